//! Logs go to stderr at the level `RUST_LOG` sets (default `info`), as lines with fields; a
//! command's product (here `--check-bit-exact`'s JSON report) goes to stdout alone.
#![cfg(unix)]

mod common;

use std::process::Command;

use common::model_dir;

/// Runs a quick bit-exactness check of 3 sentences on a models directory holding only
/// all-MiniLM-L6-v2, with `RUST_LOG` set to `level` (unset for `None`); its stdout and stderr.
fn check_with_log_level(level: Option<&str>) -> Option<(String, String)> {
	let Some(model) = model_dir() else {
		eprintln!("SKIPPED: no all-MiniLM-L6-v2 (run scripts/fetch-models.sh)");
		return None;
	};
	let models = std::env::temp_dir().join(format!("infera-logs-test-{}-{}", level.unwrap_or("unset"), std::process::id()));
	std::fs::create_dir_all(&models).unwrap();
	let link = models.join("all-MiniLM-L6-v2");
	let _ = std::fs::remove_file(&link);
	std::os::unix::fs::symlink(&model, &link).unwrap();
	let mut command = Command::new(env!("CARGO_BIN_EXE_infera-provider"));
	command.arg("--models-dir").arg(&models).args(["--check-bit-exact", "3", "--check-quick"]);
	match level {
		Some(level) => command.env("RUST_LOG", level),
		None => command.env_remove("RUST_LOG"),
	};
	let output = command.output().unwrap();
	let _ = std::fs::remove_dir_all(&models);
	assert!(output.status.success(), "the check failed: {}", String::from_utf8_lossy(&output.stderr));
	Some((String::from_utf8(output.stdout).unwrap(), String::from_utf8(output.stderr).unwrap()))
}

#[test]
fn info_logs_by_default_with_their_fields_on_stderr_and_the_report_alone_on_stdout() {
	let Some((stdout, stderr)) = check_with_log_level(None) else { return };
	let report: serde_json::Value = serde_json::from_str(&stdout).expect("stdout is the JSON report alone");
	assert_eq!(report["texts"], 3);
	let loaded = stderr.lines().find(|line| line.contains("loaded model")).unwrap_or_else(|| panic!("no model loaded in\n{stderr}"));
	assert!(loaded.contains(" INFO ") && loaded.contains("model=all-MiniLM-L6-v2") && loaded.contains("dim=384"), "{loaded}");
	assert!(loaded.contains("weights_hash=0x"), "{loaded}");
	let tokenised = stderr.lines().find(|line| line.contains("corpus tokenised")).unwrap_or_else(|| panic!("no progress in\n{stderr}"));
	assert!(tokenised.contains("texts=3"), "{tokenised}");
	assert!(!stderr.contains("DEBUG"), "debug lines at the default level:\n{stderr}");
}

#[test]
fn rust_log_sets_the_level() {
	let Some((stdout, stderr)) = check_with_log_level(Some("warn")) else { return };
	assert!(stderr.is_empty(), "info lines at RUST_LOG=warn:\n{stderr}");
	assert!(serde_json::from_str::<serde_json::Value>(&stdout).is_ok(), "{stdout}");
}
