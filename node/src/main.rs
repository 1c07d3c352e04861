//! `infera-node`: the Infera full node (Aura block authoring, GRANDPA finality,
//! off-chain workers and the marketplace RPC).

#![warn(missing_docs)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
