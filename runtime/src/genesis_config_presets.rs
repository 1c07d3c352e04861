//! Genesis presets: `development` (Alice alone authors and finalizes) and `local_testnet`
//! (Alice, Bob and Charlie are the authorities).

use crate::{
	configs::marketplace::TreasuryAccount, AccountId, BalancesConfig, CouncilMembershipConfig, RuntimeGenesisConfig,
	SudoConfig, EXISTENTIAL_DEPOSIT, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::{build_struct_json_patch, BoundedVec};
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Balance given to each endowed development account: one million INFR.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

/// The development council: Alice, Bob and Charlie.
fn dev_council() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// Builds a genesis config patch from authorities, endowed accounts, the sudo key and the
/// council.
fn testnet_genesis(
	initial_authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
	council: Vec<AccountId>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				// The treasury exists from genesis, so that fees and slashes of any size reach it.
				.chain([(TreasuryAccount::get(), EXISTENTIAL_DEPOSIT)])
				.collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
		council_membership: CouncilMembershipConfig { members: BoundedVec::truncate_from(council) },
	})
}

/// The Aura (sr25519) and GRANDPA (ed25519) keys of a well-known development account.
fn authority_keys(who: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(who.public().into(), grandpa.public().into())
}

/// The well-known development accounts (Alice..Ferdie and their stashes).
fn endowed_dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|v| v != &Sr25519Keyring::One && v != &Sr25519Keyring::Two)
		.map(|v| v.to_account_id())
		.collect()
}

/// Genesis of the `--dev` chain: Alice is the only authority and the sudo key.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		endowed_dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
		dev_council(),
	)
}

/// Genesis of the local multi-validator chain: Alice, Bob and Charlie are authorities.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority_keys(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority_keys(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		],
		endowed_dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
		dev_council(),
	)
}

/// Returns the JSON patch of the named preset, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn presets_are_listed_and_build() {
		let names = preset_names();
		assert_eq!(names.len(), 2);
		for name in names {
			let bytes = get_preset(&name).unwrap_or_default();
			let json: Value = serde_json::from_slice(&bytes).unwrap_or_default();
			assert!(json.get("aura").is_some(), "preset {name:?} has no aura section");
		}
		assert!(get_preset(&PresetId::from("no-such-preset")).is_none());
	}

	#[test]
	fn local_testnet_has_three_authorities() {
		let json = local_config_genesis();
		let aura = json["aura"]["authorities"].as_array().map(|a| a.len());
		let grandpa = json["grandpa"]["authorities"].as_array().map(|a| a.len());
		assert_eq!(aura, Some(3));
		assert_eq!(grandpa, Some(3));
	}
}
