//! Runtime API of the validators pallet, for polkadot.js and other clients:
//! `api.call.validatorsApi.candidate(account)`, `.candidates(startAfter, limit)`,
//! `.validatorSets()`, `.pendingSlashes()`. Each method is the pallet's view function of the same
//! name (`pallet_validators::Pallet::candidate`, ...): clients that speak view functions (subxt,
//! PAPI) call those directly.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use infera_primitives::Page;

/// A session's index (as `sp_staking::SessionIndex`).
pub type SessionIndex = u32;

sp_api::decl_runtime_apis! {
	/// Read access to the validator set and its candidates. `Candidate` is the runtime's stored
	/// candidate record, `ValidatorSets` the current and planned sets, `PendingSlash` a slash not
	/// applied yet.
	pub trait ValidatorsApi<AccountId, Candidate, ValidatorSets, PendingSlash>
	where
		AccountId: Codec,
		Candidate: Codec,
		ValidatorSets: Codec,
		PendingSlash: Codec,
	{
		/// The candidate record of `who` (bonded or unbonding stake and standing), if any.
		fn candidate(who: AccountId) -> Option<Candidate>;
		/// One page of the candidate records (bonded and leaving accounts), in storage order,
		/// starting after `start_after` (`None`: from the first), at most `limit` of them.
		fn candidates(start_after: Option<AccountId>, limit: u32) -> Page<AccountId, Candidate>;
		/// The current session, its validators and the validators planned for the next one.
		fn validator_sets() -> ValidatorSets;
		/// The slashes not applied yet (governance may still cancel them), by the session at
		/// whose start each applies, earliest first.
		fn pending_slashes() -> Vec<(SessionIndex, Vec<PendingSlash>)>;
	}
}
