//! `infera-upgrade-check`: dry-runs a runtime upgrade to *this* code against the live state of a
//! running node, natively (no WASM), with the try-runtime hooks switched on.
//!
//! It downloads the state of a block (the node's latest finalized block, or `--at`) over the
//! node's RPC with `frame-remote-externalities` (the download is checked against the block's
//! state root), then, on that state:
//!
//! 1. reads every pallet's on-chain storage version and compares it with its in-code version;
//! 2. runs `Executive::try_runtime_upgrade` (the path `TryRuntime_on_runtime_upgrade` takes):
//!    the runtime's `Migrations`, the pallets' `on_runtime_upgrade` hooks, each with its
//!    `pre_upgrade`/`post_upgrade` checks (FRAME's `post_upgrade` of every pallet also fails when
//!    its on-chain storage version differs from its in-code one: a missing migration, or a chain
//!    ahead of the code), then checks that the whole state decodes with the new types
//!    (`try_decode_entire_state`) and runs every pallet's `try_state` invariants;
//! 3. checks the upgrade's weight against the block's maximum (a single-block upgrade must fit);
//! 4. runs the upgrade a second time and checks that it changes nothing (idempotency);
//! 5. compares the chain's `spec_name`/`spec_version` (what the node reports for that block; from
//!    a snapshot, `System::LastRuntimeUpgrade`) with the code's.
//!
//! Before downloading, it asks the node for the block's header and runtime version, so that an
//! unknown or pruned block fails at once (the downloader would retry it for ever).
//!
//! It prints a report and a last line `RESULT: OK` or `RESULT: FAILED: <why>` (exit status 0 or
//! 1). Build it with the runtime features of the node whose state it reads (`fast-runtime` for
//! the dev node): `scripts/try-upgrade.sh` does.

use std::{
	io::Write as _,
	panic::{catch_unwind, AssertUnwindSafe},
	path::PathBuf,
	process::ExitCode,
	time::{Duration, Instant},
};

use anyhow::{anyhow, Context as _, Result};
use clap::Parser;
use codec::{Decode, Encode};
use frame_remote_externalities::{
	Builder, Mode, OfflineConfig, OnlineConfig, RemoteExternalities, SnapshotConfig,
};
use frame_support::traits::{
	GetStorageVersion, NoStorageVersionSet, PalletInfoAccess, StorageVersion, TryState,
	TryStateSelect, UpgradeCheckSelect,
};
use infera_runtime::{AllPalletsWithSystem, Block, Executive, Header, Runtime, VERSION};
use sp_core::H256;
use substrate_rpc_client::{ws_client, ChainApi, StateApi};

/// Dry-runs the upgrade to this runtime against a running node's state: migrations with their
/// pre/post-upgrade checks, storage versions, every pallet's `try_state`, weight, idempotency.
#[derive(Parser, Debug)]
#[command(name = "infera-upgrade-check", version)]
struct Cli {
	/// WebSocket RPC endpoint of the node whose state is checked.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	uri: String,

	/// Hash of the block whose state is checked (default: the node's latest finalized block).
	#[arg(long, value_parser = parse_hash)]
	at: Option<H256>,

	/// Check the node's best block instead of its latest finalized one.
	#[arg(long, conflicts_with = "at")]
	best: bool,

	/// Give up when the state is not downloaded within this many seconds.
	#[arg(long, value_name = "SECONDS", default_value_t = 600)]
	timeout: u64,

	/// Which checks run with the upgrade: all, pre-and-post, try-state or none.
	#[arg(long, default_value = "all", value_parser = parse_checks)]
	checks: UpgradeCheckSelect,

	/// Also write the downloaded state to this file (a state snapshot, reusable with --snapshot).
	#[arg(long, value_name = "FILE")]
	save_snapshot: Option<PathBuf>,

	/// Read the state from this snapshot file instead of a node (no --uri, --at).
	#[arg(long, value_name = "FILE", conflicts_with_all = ["at", "best", "save_snapshot"])]
	snapshot: Option<PathBuf>,

	/// Fail unless the code's spec_version is above the chain's (set_code refuses anything else);
	/// without it an unchanged spec_version is only a warning (checking a node's own code).
	#[arg(long)]
	require_spec_bump: bool,

	/// Skip running the upgrade a second time to check that it changes nothing.
	#[arg(long)]
	no_idempotency_check: bool,

	/// Log level of the runtime's and the downloader's log lines (error, warn, info, debug,
	/// trace), written to stderr.
	#[arg(long, default_value = "info")]
	log_level: log::LevelFilter,
}

fn parse_hash(s: &str) -> Result<H256, String> {
	let bytes = sp_core::bytes::from_hex(s).map_err(|e| format!("not a hex block hash: {e}"))?;
	if bytes.len() != 32 {
		return Err(format!("a block hash has 32 bytes, this has {}", bytes.len()));
	}
	Ok(H256::from_slice(&bytes))
}

fn parse_checks(s: &str) -> Result<UpgradeCheckSelect, String> {
	s.parse().map_err(|_| format!("{s:?}: expected all, pre-and-post, try-state or none"))
}

fn main() -> ExitCode {
	let cli = Cli::parse();
	Logger::init(cli.log_level);
	let started = Instant::now();
	let outcome = run(&cli);
	let secs = started.elapsed().as_secs_f64();
	let _ = std::io::stdout().flush();
	match outcome {
		Ok(()) => {
			println!("RESULT: OK: the upgrade to {} passed its checks ({secs:.1} s)", code_version());
			ExitCode::SUCCESS
		},
		Err(e) => {
			println!("RESULT: FAILED: {e:#}");
			ExitCode::FAILURE
		},
	}
}

fn code_version() -> String {
	format!("{} spec_version {}", VERSION.spec_name, VERSION.spec_version)
}

fn run(cli: &Cli) -> Result<()> {
	let Loaded { mut ext, chain_version } = load_state(cli)?;
	let header = ext.header.clone();
	println!(
		"state: block #{} {:?} (state root {:?}, state version {:?})",
		header.number,
		header.hash(),
		header.state_root,
		ext.state_version,
	);

	let before = ext.execute_with(ChainInfo::read);
	let code = code_version();
	let mut failures: Vec<String> = Vec::new();
	let mut warnings: Vec<String> = Vec::new();

	// The chain's runtime version (as the node reports it; from a snapshot, as
	// `System::LastRuntimeUpgrade` records it) vs the code's.
	match chain_version.as_ref().or(before.last_upgrade.as_ref()) {
		None => warnings.push(
			"the snapshot has no System::LastRuntimeUpgrade: the chain's spec_version is unknown".into(),
		),
		Some((name, version)) => {
			println!("runtime: chain {name} spec_version {version}, code {code}");
			if name.as_str() != &*VERSION.spec_name {
				failures.push(format!(
					"spec_name differs: the chain runs {name:?}, the code is {:?}",
					VERSION.spec_name
				));
			} else if *version > VERSION.spec_version {
				failures.push(format!(
					"the chain's spec_version {version} is above the code's {}: the code is older than the chain",
					VERSION.spec_version
				));
			} else if *version == VERSION.spec_version {
				let msg = format!(
					"spec_version {version} is not bumped: set_code would refuse this code, and a chain \
					 only runs migrations when spec_version grows (this dry run ran them anyway)"
				);
				if cli.require_spec_bump {
					failures.push(msg);
				} else {
					warnings.push(msg);
				}
			}
		},
	}

	// The upgrade with its checks.
	println!("upgrade: Executive::try_runtime_upgrade(UpgradeCheckSelect::{:?}) ...", cli.checks);
	let started = Instant::now();
	let upgrade = ext.execute_with(|| guarded(|| upgrade(cli.checks)));
	let upgrade_secs = started.elapsed().as_secs_f64();
	let after = ext.execute_with(ChainInfo::read);

	print_versions(&before, &after);
	for p in &after.pallets {
		if let Some(problem) = p.mismatch() {
			failures.push(format!("{}: {problem}", p.name));
		}
	}

	let weight = match upgrade {
		Ok(weight) => weight,
		Err(e) => {
			failures.insert(0, format!("the upgrade failed: {e}"));
			// FRAME reports failed `try_state` hooks together, without the pallets' names: run
			// each pallet's alone (on the migrated state) to name the ones that fail.
			if cli.checks.try_state() {
				let names: Vec<&'static str> = after.pallets.iter().map(|p| p.name).collect();
				failures.extend(ext.execute_with(|| try_state_by_pallet(&names)));
			}
			return Err(summarise(failures, warnings));
		},
	};
	println!("upgrade: ran in {upgrade_secs:.2} s; checks: {}", describe_checks(cli.checks));

	let max = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	let proof = if max.proof_size() == u64::MAX {
		format!("proof_size {} bytes (the block's is unlimited)", weight.proof_size())
	} else {
		format!(
			"proof_size {} bytes = {} of the block's maximum {} bytes",
			weight.proof_size(),
			percent(weight.proof_size(), max.proof_size()),
			max.proof_size()
		)
	};
	println!(
		"weight: ref_time {} ps = {} of the block's maximum {} ps; {proof}",
		weight.ref_time(),
		percent(weight.ref_time(), max.ref_time()),
		max.ref_time(),
	);
	if weight.any_gt(max) {
		failures.push(format!(
			"the upgrade's weight {weight:?} exceeds the block's maximum {max:?}: it cannot run in one block \
			 (use a multi-block migration)"
		));
	}

	if cli.no_idempotency_check {
		println!("idempotency: skipped (--no-idempotency-check)");
	} else {
		let state_version = ext.state_version;
		match ext.execute_with(|| idempotency(state_version)) {
			Ok(()) => println!("idempotency: a second run of the upgrade changes no storage"),
			Err(e) => failures.push(e),
		}
	}

	if failures.is_empty() {
		for w in &warnings {
			println!("warning: {w}");
		}
		Ok(())
	} else {
		Err(summarise(failures, warnings))
	}
}

/// The state to check, and the chain's runtime version (spec_name, spec_version) where a node
/// reported it.
struct Loaded {
	ext: RemoteExternalities<Block>,
	chain_version: Option<(String, u32)>,
}

/// Downloads the state (or reads a snapshot) into externalities.
fn load_state(cli: &Cli) -> Result<Loaded> {
	let runtime = tokio::runtime::Builder::new_multi_thread()
		.enable_all()
		.build()
		.context("cannot start the async runtime")?;
	let started = Instant::now();
	let loaded = match &cli.snapshot {
		Some(path) => {
			println!("state: reading the snapshot {}", path.display());
			let mode =
				Mode::Offline(OfflineConfig { state_snapshot: SnapshotConfig::new(path.clone()) });
			let ext = guarded(|| {
				runtime.block_on(Builder::<Block>::new().mode(mode).build()).map_err(str::to_string)
			})
			.map_err(|e| anyhow!("cannot read the state snapshot {}: {e}", path.display()))?;
			Loaded { ext, chain_version: None }
		},
		None => {
			let block = runtime.block_on(async {
				tokio::time::timeout(Duration::from_secs(60), preflight(cli))
					.await
					.map_err(|_| anyhow!("no answer from {} within 60 s", cli.uri))?
			})?;
			println!(
				"state: downloading from {} at block #{} {:?} ({})",
				cli.uri,
				block.number,
				block.hash,
				match (cli.at, cli.best) {
					(Some(_), _) => "--at",
					(None, true) => "the node's best block",
					(None, false) => "the node's latest finalized block",
				}
			);
			let mode = Mode::Online(OnlineConfig {
				at: Some(block.hash),
				transport_uris: vec![cli.uri.clone()],
				state_snapshot: cli.save_snapshot.clone().map(SnapshotConfig::new),
				..Default::default()
			});
			let limit = Duration::from_secs(cli.timeout);
			let ext = guarded(|| {
				runtime.block_on(async {
					tokio::time::timeout(limit, Builder::<Block>::new().mode(mode).build())
						.await
						.map_err(|_| format!("not downloaded within {} s (--timeout)", cli.timeout))?
						.map_err(str::to_string)
				})
			})
			.map_err(|e| anyhow!("cannot load the state from {}: {e}", cli.uri))?;
			Loaded { ext, chain_version: Some(block.version) }
		},
	};
	// The downloader's worker tasks may still wait on the node: don't wait for them.
	runtime.shutdown_background();
	println!("state: loaded in {:.1} s", started.elapsed().as_secs_f64());
	Ok(loaded)
}

/// The block to check, as the node knows it.
struct RemoteBlock {
	hash: H256,
	number: u32,
	/// The runtime version of the block's state: spec_name, spec_version.
	version: (String, u32),
}

/// Asks the node for the block to check, and checks that it has the block and its state
/// (the downloader would retry an unknown or pruned block for ever).
async fn preflight(cli: &Cli) -> Result<RemoteBlock> {
	let uri = &cli.uri;
	let client = ws_client(uri).await.map_err(|e| {
		anyhow!("cannot connect to {uri}: {e} (is a node running there, with its RPC reachable?)")
	})?;
	let hash = match cli.at {
		Some(hash) => hash,
		None if cli.best => ChainApi::<(), H256, Header, ()>::header(&client, None)
			.await
			.with_context(|| format!("{uri}: chain_getHeader failed"))?
			.ok_or_else(|| anyhow!("{uri} has no best block"))?
			.hash(),
		None => ChainApi::<(), H256, Header, ()>::finalized_head(&client)
			.await
			.with_context(|| format!("{uri}: chain_getFinalizedHead failed"))?,
	};
	let header = ChainApi::<(), H256, Header, ()>::header(&client, Some(hash))
		.await
		.with_context(|| format!("{uri}: chain_getHeader failed"))?
		.ok_or_else(|| anyhow!("the node at {uri} does not know block {hash:?}"))?;
	let version = StateApi::<H256>::runtime_version(&client, Some(hash)).await.map_err(|e| {
		anyhow!(
			"the node at {uri} has no state for block #{} {hash:?} (pruned? run it with --state-pruning archive to check old blocks): {e}",
			header.number
		)
	})?;
	Ok(RemoteBlock {
		hash,
		number: header.number,
		version: (version.spec_name.to_string(), version.spec_version),
	})
}

/// The runtime's upgrade path with the try-runtime hooks (what `TryRuntime_on_runtime_upgrade`
/// runs), its error as text (a `DispatchError`, whose `Other` carries the check's message).
fn upgrade(checks: UpgradeCheckSelect) -> Result<frame_support::weights::Weight, String> {
	Executive::try_runtime_upgrade(checks).map_err(|e| format!("{e:?}"))
}

/// Runs `f`, turning both its error and a panic (a failed `assert!` in a hook, or the
/// `StorageNoopGuard` of `try_runtime_upgrade` catching a check that writes) into an error.
fn guarded<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
	match catch_unwind(AssertUnwindSafe(f)) {
		Ok(result) => result,
		Err(panic) => Err(format!("panicked: {}", panic_message(panic.as_ref()))),
	}
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
	if let Some(s) = panic.downcast_ref::<&str>() {
		(*s).to_string()
	} else if let Some(s) = panic.downcast_ref::<String>() {
		s.clone()
	} else {
		"(no message)".to_string()
	}
}

fn summarise(failures: Vec<String>, warnings: Vec<String>) -> anyhow::Error {
	for w in &warnings {
		println!("warning: {w}");
	}
	for f in &failures {
		println!("error: {f}");
	}
	anyhow!(failures.join("; "))
}

fn describe_checks(checks: UpgradeCheckSelect) -> &'static str {
	match checks {
		UpgradeCheckSelect::All =>
			"pre_upgrade/post_upgrade of every migration and pallet (storage versions included), \
			 the whole state decodes, try_state of every pallet: passed",
		UpgradeCheckSelect::PreAndPost =>
			"pre_upgrade/post_upgrade of every migration and pallet (storage versions included), \
			 the whole state decodes: passed (try_state not run)",
		UpgradeCheckSelect::TryState =>
			"the whole state decodes, try_state of every pallet: passed (pre/post-upgrade not run)",
		UpgradeCheckSelect::None => "none selected (the migrations ran without checks)",
	}
}

fn percent(part: u64, whole: u64) -> String {
	if whole == 0 {
		return "n/a".into();
	}
	// Display only: the ratio of two u64s as f64 is precise enough.
	#[allow(clippy::cast_precision_loss)]
	let ratio = part as f64 / whole as f64;
	format!("{:.4}%", ratio * 100.0)
}

/// Runs each pallet's `try_state` alone; one line per pallet whose check fails.
fn try_state_by_pallet(names: &[&'static str]) -> Vec<String> {
	let now = frame_system::Pallet::<Runtime>::block_number();
	names
		.iter()
		.filter_map(|name| {
			let only = TryStateSelect::Only(vec![name.as_bytes().to_vec()]);
			guarded(|| {
				<AllPalletsWithSystem as TryState<_>>::try_state(now, only)
					.map_err(|e| format!("{e:?}"))
			})
			.err()
			.map(|e| format!("{name}: try_state failed: {e}"))
		})
		.collect()
}

/// Runs the upgrade again (no checks) and fails if it changes the storage root.
fn idempotency(state_version: sp_runtime::StateVersion) -> Result<(), String> {
	let root_before = sp_io::storage::root(state_version);
	guarded(|| upgrade(UpgradeCheckSelect::None))
		.map_err(|e| format!("the second run of the upgrade failed: {e}"))?;
	let root_after = sp_io::storage::root(state_version);
	if root_before != root_after {
		return Err("the upgrade is not idempotent: running it a second time changed the storage (a \
		            migration that is not gated by a storage version?)"
			.into());
	}
	Ok(())
}

/// What the checker reads from the state, before and after the upgrade.
struct ChainInfo {
	/// `System::LastRuntimeUpgrade`: spec_name and spec_version.
	last_upgrade: Option<(String, u32)>,
	pallets: Vec<PalletVersion>,
}

impl ChainInfo {
	fn read() -> Self {
		let last_upgrade = frame_system::LastRuntimeUpgrade::<Runtime>::get()
			.map(|info| (info.spec_name.to_string(), info.spec_version.0));
		let mut pallets = Vec::new();
		<AllPalletsWithSystem as PalletVersions>::collect(&mut pallets);
		pallets.sort_by_key(|p| p.index);
		Self { last_upgrade, pallets }
	}
}

/// A pallet's storage versions.
struct PalletVersion {
	name: &'static str,
	index: usize,
	/// The version stored on chain (0 when none is stored).
	on_chain: u16,
	/// Whether the chain stores one.
	stored: bool,
	/// The version the code declares (`#[pallet::storage_version]`), if any.
	in_code: Option<u16>,
}

impl PalletVersion {
	fn mismatch(&self) -> Option<String> {
		match self.in_code {
			Some(code) if code != self.on_chain => Some(format!(
				"on-chain storage version {} {} in-code version {code} after the upgrade: {}",
				self.on_chain,
				if self.on_chain < code { "is behind the" } else { "is ahead of the" },
				if self.on_chain < code {
					"a migration is missing (or does not set the version)"
				} else {
					"the code is older than the chain's state"
				}
			)),
			None if self.on_chain != 0 => Some(format!(
				"the chain stores storage version {} but the pallet declares none",
				self.on_chain
			)),
			_ => None,
		}
	}

	fn in_code_text(&self) -> String {
		self.in_code.map_or_else(|| "-".to_string(), |v| v.to_string())
	}

	fn on_chain_text(&self) -> String {
		if self.stored {
			self.on_chain.to_string()
		} else {
			"- (0)".to_string()
		}
	}
}

fn print_versions(before: &ChainInfo, after: &ChainInfo) {
	println!("storage versions (on chain before the upgrade / after it / in code):");
	println!("  {:<5} {:<28} {:>8} {:>8} {:>8}", "index", "pallet", "before", "after", "code");
	for p in &after.pallets {
		let was = before
			.pallets
			.iter()
			.find(|b| b.name == p.name)
			.map_or_else(|| "?".to_string(), PalletVersion::on_chain_text);
		let note = match p.mismatch() {
			Some(_) => "  MISMATCH",
			None if was != p.on_chain_text() => "  migrated",
			None => "",
		};
		println!(
			"  {:<5} {:<28} {:>8} {:>8} {:>8}{note}",
			p.index,
			p.name,
			was,
			p.on_chain_text(),
			p.in_code_text()
		);
	}
}

/// A pallet's in-code storage version as a number: `None` for a pallet that declares none.
trait InCodeVersion {
	fn number(&self) -> Option<u16>;
}

impl InCodeVersion for StorageVersion {
	fn number(&self) -> Option<u16> {
		u16::decode(&mut &self.encode()[..]).ok()
	}
}

impl InCodeVersion for NoStorageVersionSet {
	fn number(&self) -> Option<u16> {
		None
	}
}

/// Collects the storage versions of every pallet of a tuple (`AllPalletsWithSystem`).
trait PalletVersions {
	fn collect(out: &mut Vec<PalletVersion>);
}

#[impl_trait_for_tuples::impl_for_tuples(64)]
#[tuple_types_custom_trait_bound(PalletInfoAccess + GetStorageVersion)]
impl PalletVersions for Tuple {
	for_tuples!( where #( Tuple::InCodeStorageVersion: InCodeVersion )* );
	fn collect(out: &mut Vec<PalletVersion>) {
		for_tuples!( #(
			out.push(PalletVersion {
				name: Tuple::name(),
				index: Tuple::index(),
				on_chain: StorageVersion::get::<Tuple>().number().unwrap_or_default(),
				stored: StorageVersion::exists::<Tuple>(),
				in_code: Tuple::in_code_storage_version().number(),
			});
		)* );
	}
}

/// A minimal stderr logger (the runtime's and the downloader's `log` lines): no extra
/// dependency. The RPC client's chatter is capped at `warn`.
struct Logger(log::LevelFilter);

impl Logger {
	fn init(level: log::LevelFilter) {
		if log::set_boxed_logger(Box::new(Logger(level))).is_ok() {
			log::set_max_level(level);
		}
	}
}

impl log::Log for Logger {
	fn enabled(&self, metadata: &log::Metadata) -> bool {
		let noisy = ["jsonrpsee", "soketto", "hyper", "rustls", "tokio", "mio", "tower"]
			.iter()
			.any(|t| metadata.target().starts_with(t));
		let limit = if noisy { self.0.min(log::LevelFilter::Warn) } else { self.0 };
		metadata.level() <= limit
	}

	fn log(&self, record: &log::Record) {
		if self.enabled(record.metadata()) {
			eprintln!("[{} {}] {}", record.level(), record.target(), record.args());
		}
	}

	fn flush(&self) {
		let _ = std::io::stderr().flush();
	}
}
