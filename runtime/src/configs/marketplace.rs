//! Infera's marketplace pallets.

use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32},
	PalletId,
};
use sp_runtime::traits::AccountIdConversion;

use super::governance::RootOrCouncilMajority;
use crate::{AccountId, Balance, Balances, Runtime, RuntimeHoldReason, UNIT};

parameter_types! {
	/// Account that receives slashed deposits, spendable by governance later.
	pub const TreasuryPalletId: PalletId = PalletId(*b"inf/trsy");
	/// The treasury's account id.
	pub TreasuryAccount: AccountId = TreasuryPalletId::get().into_account_truncating();
	/// Deposit held while a model is proposed or listed.
	pub const ModelListingDeposit: Balance = 100 * UNIT;
}

impl pallet_models::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// A council majority (or root) lists, rejects and delists models.
	type ListingOrigin = RootOrCouncilMajority;
	/// Slashed listing deposits go to the treasury account.
	type OnSlash = ResolveTo<TreasuryAccount, Balances>;
	type ListingDeposit = ModelListingDeposit;
	type MaxNameLength = ConstU32<64>;
	type MaxUriLength = ConstU32<256>;
	type WeightInfo = pallet_models::weights::SubstrateWeight<Runtime>;
}
