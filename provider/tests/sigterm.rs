//! `docker stop` (and systemd, Kubernetes) stops the server with SIGTERM, a terminal with SIGINT:
//! either must end it cleanly (status 0) and promptly, also when sent the moment it listens.
#![cfg(unix)]

mod common;

use std::{
	io::{BufRead, BufReader},
	process::{Command, Stdio},
	sync::mpsc,
	time::{Duration, Instant},
};

use common::model_dir;

#[test]
fn sigterm_stops_the_server_with_status_0() {
	stops_on("TERM");
}

#[test]
fn sigint_stops_the_server_with_status_0() {
	stops_on("INT");
}

/// Starts the server, sends it SIG`signal` as soon as it says it listens and expects status 0
/// within 5 s.
fn stops_on(signal: &str) {
	let Some(model) = model_dir() else {
		eprintln!("SKIPPED: no all-MiniLM-L6-v2 (run scripts/fetch-models.sh)");
		return;
	};
	// A models directory with the small embedding model only (quicker to load than all).
	let models = std::env::temp_dir().join(format!("infera-sig{signal}-test-{}", std::process::id()));
	std::fs::create_dir_all(&models).unwrap();
	let link = models.join("all-MiniLM-L6-v2");
	let _ = std::fs::remove_file(&link);
	std::os::unix::fs::symlink(&model, &link).unwrap();

	let mut server = Command::new(env!("CARGO_BIN_EXE_infera-provider"))
		.args(["--listen", "127.0.0.1:0", "--models-dir"])
		.arg(&models)
		// The "listening on" line is an info log: shown whatever `RUST_LOG` the tests run with.
		.env("RUST_LOG", "info")
		.stdout(Stdio::null())
		.stderr(Stdio::piped())
		.spawn()
		.unwrap();
	// Wait until it serves (the signal handlers are installed before it says so).
	let (tx, rx) = mpsc::channel();
	let stderr = server.stderr.take().unwrap();
	std::thread::spawn(move || {
		for line in BufReader::new(stderr).lines().map_while(Result::ok) {
			eprintln!("server: {line}");
			if line.contains("listening on") {
				let _ = tx.send(());
			}
		}
	});
	if rx.recv_timeout(Duration::from_secs(120)).is_err() {
		let _ = server.kill();
		panic!("the server did not start listening within 120 s");
	}

	let sent = Instant::now();
	// The shell's `kill` builtin (no libc binding needed, no procps binary).
	let kill = Command::new("sh").arg("-c").arg(format!("kill -{signal} {}", server.id())).status().unwrap();
	assert!(kill.success(), "kill -{signal} failed");
	let status = loop {
		if let Some(status) = server.try_wait().unwrap() {
			break status;
		}
		if sent.elapsed() > Duration::from_secs(5) {
			let _ = server.kill();
			let _ = server.wait();
			panic!("the server was still running 5 s after SIG{signal}");
		}
		std::thread::sleep(Duration::from_millis(20));
	};
	let _ = std::fs::remove_dir_all(&models);
	assert!(status.success(), "the server exited with {status} on SIG{signal} (a signal, not status 0, means no handler)");
}
