//! Runtime API of the compute providers pallet, for polkadot.js and other clients:
//! `api.call.computeApi.provider(account)`, `.reputation(account)`, `.offers(modelId)`,
//! `.providers(startAfter, limit)`, `.reputations(startAfter, limit)`. Each method is the
//! pallet's view function of the same name (`pallet_compute::Pallet::provider`, ...): clients
//! that speak view functions (subxt, PAPI) call those directly.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use infera_primitives::{ModelId, Page};

sp_api::decl_runtime_apis! {
	/// Read access to providers. `Provider` is the runtime's stored provider type and
	/// `Reputation` its track record type.
	///
	/// Version 2: `providers` reads one page (at most `infera_primitives::MAX_PAGE_LEN`
	/// providers); version 1 returned them all. Version 3 adds `reputations`.
	#[api_version(3)]
	pub trait ComputeApi<AccountId, Balance, Provider, Reputation>
	where
		AccountId: Codec,
		Balance: Codec,
		Provider: Codec,
		Reputation: Codec,
	{
		/// The provider record of `who`, if registered.
		fn provider(who: AccountId) -> Option<Provider>;
		/// The track record of `who` (zero for an account that never served a job).
		fn reputation(who: AccountId) -> Reputation;
		/// Providers serving `model_id` (at most the pallet's `MaxProvidersPerModel`), with their
		/// price per job.
		fn offers(model_id: ModelId) -> Vec<(AccountId, Balance)>;
		/// Every registered provider (version 1: reads them all).
		#[changed_in(2)]
		fn providers() -> Vec<(AccountId, Provider)>;
		/// One page of the registered providers, in storage order, starting after `start_after`
		/// (`None`: from the first), at most `limit` of them.
		fn providers(start_after: Option<AccountId>, limit: u32) -> Page<AccountId, Provider>;
		/// One page of the track records (of every account that has been a provider), in
		/// storage order, starting after `start_after` (`None`: from the first), at most `limit`.
		/// Since version 3.
		fn reputations(start_after: Option<AccountId>, limit: u32) -> Page<AccountId, Reputation>;
	}
}
