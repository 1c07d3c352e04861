//! Chain specifications: `dev` (one validator, Alice) and `local` (Alice, Bob, Charlie).

use infera_runtime::WASM_BINARY;
use sc_service::{ChainType, Properties};

/// The chain specification of Infera (genesis comes from the runtime's presets).
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token symbol and decimals shown by wallets such as polkadot.js Apps.
fn token_properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), "INFR".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

/// Builds a chain spec from a runtime genesis preset.
fn from_preset(name: &str, id: &str, chain_type: ChainType, preset: &str) -> Result<ChainSpec, String> {
	let wasm = WASM_BINARY.ok_or_else(|| {
		"The runtime WASM is not available: build without SKIP_WASM_BUILD".to_string()
	})?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_protocol_id("infera")
		.with_chain_type(chain_type)
		.with_properties(token_properties())
		.with_genesis_config_preset_name(preset)
		.build())
}

/// The single-validator development chain (`--dev`).
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	from_preset("Infera Development", "infera_dev", ChainType::Development, sp_genesis_builder::DEV_RUNTIME_PRESET)
}

/// The four-validator local test network (`--chain local`: Alice, Bob, Charlie and Dave).
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	from_preset(
		"Infera Local Testnet",
		"infera_local_testnet",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}
