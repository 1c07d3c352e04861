//! Genesis presets: `development` (Alice alone authors and finalizes) and `local_testnet`
//! (Alice, Bob, Charlie and Dave are the validators). Validators are bonded candidates of
//! `pallet-validators` with their session keys in `pallet-session`; the Aura and GRANDPA
//! authorities come from the session, so their own genesis lists stay empty.

use crate::{
	configs::marketplace::TreasuryAccount, AccountId, BalancesConfig, CouncilMembershipConfig, RuntimeGenesisConfig,
	SessionConfig, SessionKeys, SudoConfig, ValidatorsConfig, EXISTENTIAL_DEPOSIT, UNIT,
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

/// Stake each genesis validator bonds: one hundred thousand INFR.
pub const VALIDATOR_BOND: crate::Balance = 100_000 * UNIT;

/// The development council: Alice, Bob and Charlie.
fn dev_council() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// Builds a genesis config patch from the validators (account and session keys), endowed
/// accounts, the sudo key and the council.
fn testnet_genesis(
	validators: Vec<(AccountId, AuraId, GrandpaId)>,
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
		validators: ValidatorsConfig {
			validators: validators.iter().map(|(who, _, _)| (who.clone(), VALIDATOR_BOND)).collect::<Vec<_>>(),
		},
		session: SessionConfig {
			keys: validators
				.iter()
				.map(|(who, aura, grandpa)| {
					(who.clone(), who.clone(), SessionKeys { aura: aura.clone(), grandpa: grandpa.clone() })
				})
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
		council_membership: CouncilMembershipConfig { members: BoundedVec::truncate_from(council) },
	})
}

/// A well-known development account with its Aura (sr25519) and GRANDPA (ed25519) keys.
fn validator(who: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AccountId, AuraId, GrandpaId) {
	(who.to_account_id(), who.public().into(), grandpa.public().into())
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
		vec![validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		endowed_dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
		dev_council(),
	)
}

/// Genesis of the local multi-validator chain: Alice, Bob, Charlie and Dave are validators.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			validator(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			validator(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			validator(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
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
			assert!(json.get("session").is_some(), "preset {name:?} has no session section");
		}
		assert!(get_preset(&PresetId::from("no-such-preset")).is_none());
	}

	#[test]
	fn local_testnet_has_four_bonded_validators_with_session_keys() {
		let json = local_config_genesis();
		let keys = json["session"]["keys"].as_array().map(|a| a.len());
		let bonded = json["validators"]["validators"].as_array().map(|a| a.len());
		assert_eq!(keys, Some(4));
		assert_eq!(bonded, Some(4));
		// The consensus engines get their authorities from the session.
		assert!(json.get("aura").is_none() && json.get("grandpa").is_none());
	}
}
