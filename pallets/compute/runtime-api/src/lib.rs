//! Runtime API of the compute providers pallet, for RPC and off-chain clients
//! (polkadot.js: `api.call.computeApi.provider(account)`, `.reputation(account)`,
//! `.offers(modelId)`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use infera_primitives::ModelId;

sp_api::decl_runtime_apis! {
	/// Read access to providers. `Provider` is the runtime's stored provider type and
	/// `Reputation` its track record type.
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
		/// Providers serving `model_id`, with their price per job.
		fn offers(model_id: ModelId) -> Vec<(AccountId, Balance)>;
		/// Every registered provider.
		fn providers() -> Vec<(AccountId, Provider)>;
	}
}
