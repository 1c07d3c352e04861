//! Command-line interface of `infera-node`.

use sc_cli::RunCmd;

/// Top-level command line: a subcommand, or the flags of a running node.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A maintenance subcommand; without one the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Flags of a running node (`--dev`, `--chain`, `--validator`, `--rpc-port`, ...).
	#[clap(flatten)]
	pub run: RunCmd,
}

/// Maintenance subcommands.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Write a chain specification (e.g. `--chain local --raw`) to stdout.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification of `--chain` to stdout or a file.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a block as a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain database.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database metadata of the chain.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Runtime benchmarks (only in builds with `--features runtime-benchmarks`), e.g.
	/// `benchmark pallet --runtime <wasm> --pallet pallet_models --extrinsic '*'`.
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}
