//! Helpers shared by the runtime's integration tests.

use infera_runtime::{RuntimeGenesisConfig, System};
use sp_runtime::BuildStorage;

/// Merges a JSON patch into a value (RFC 7386 merge, as the node does with presets).
fn merge(base: &mut serde_json::Value, patch: &serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) =>
			for (key, value) in patch {
				merge(base.entry(key.clone()).or_insert(serde_json::Value::Null), value);
			},
		(base, patch) => *base = patch.clone(),
	}
}

/// Externalities initialised from a genesis preset's JSON patch, at block 1.
pub fn ext_from_preset(patch: serde_json::Value) -> sp_io::TestExternalities {
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, &patch);
	let config: RuntimeGenesisConfig = serde_json::from_value(config).unwrap();
	let mut ext: sp_io::TestExternalities = config.build_storage().unwrap().into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}
