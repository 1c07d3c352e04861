//! Infera's marketplace pallets.

use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32},
	PalletId,
};
use sp_runtime::traits::AccountIdConversion;

use super::governance::RootOrCouncilMajority;
use crate::{AccountId, Balance, Balances, BlockNumber, Models, Runtime, RuntimeHoldReason, DAYS, UNIT};

parameter_types! {
	/// Account that receives slashed deposits, spendable by governance later.
	pub const TreasuryPalletId: PalletId = PalletId(*b"inf/trsy");
	/// The treasury's account id.
	pub TreasuryAccount: AccountId = TreasuryPalletId::get().into_account_truncating();
	/// Deposit held while a model is proposed or listed.
	pub const ModelListingDeposit: Balance = 100 * UNIT;
	/// Minimum bonded stake of a compute provider.
	pub const MinProviderStake: Balance = 1_000 * UNIT;
	/// Unbonding stake stays slashable for 7 days.
	pub const ProviderUnbondingPeriod: BlockNumber = 7 * DAYS;
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

impl pallet_compute::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	/// Slashed stake goes to the treasury account.
	type OnSlash = ResolveTo<TreasuryAccount, Balances>;
	type MinProviderStake = MinProviderStake;
	type UnbondingPeriod = ProviderUnbondingPeriod;
	type MaxEndpointLength = ConstU32<256>;
	type MaxRegionLength = ConstU32<32>;
	type MaxModelsPerProvider = ConstU32<32>;
	type MaxUnlockingChunks = ConstU32<16>;
	type MaxProvidersPerModel = ConstU32<64>;
	type WeightInfo = pallet_compute::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ComputeBenchmarkHelper;
}

/// Lists models in `pallet-models` for `pallet-compute`'s benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct ComputeBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_compute::BenchmarkHelper for ComputeBenchmarkHelper {
	fn listed_model(seed: u32) -> infera_primitives::ModelId {
		Models::insert_listed_model_for_benchmarks(TreasuryAccount::get(), seed)
	}
}
