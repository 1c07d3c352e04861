//! Test runtime: System, Balances and the model registry.

use crate as pallet_models;
use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use infera_test_support::{execute_and_check, externalities_at_block_one, storage_with_balances};
// ALICE and BOB are funded, POOR has less than the listing deposit, the treasury receives
// slashed deposits.
pub use infera_test_support::{AccountId, Balance, TreasuryAccount, ALICE, BOB, POOR, TREASURY};
use sp_runtime::Perbill;

/// Blocks a retired model's deposit stays slashable.
pub const RETIREMENT_DELAY: u64 = 10;
pub const DEPOSIT: Balance = 100;
pub const INITIAL_BALANCE: Balance = 10_000;
pub const MAX_NAME: u32 = 16;
pub const MAX_URI: u32 = 32;
/// The lowest cosine threshold an agreement rule may have, in percent.
pub const MIN_COSINE_PERCENT: u32 = 90;
/// The lowest non-zero audit chance, in percent.
pub const MIN_AUDIT_PERCENT: u32 = 10;

infera_test_support::mock_runtime! {
	#[runtime::pallet_index(2)]
	pub type Registry = pallet_models;
}

parameter_types! {
	pub MinCosineAgreement: Perbill = Perbill::from_percent(MIN_COSINE_PERCENT);
	pub MinAuditChance: Perbill = Perbill::from_percent(MIN_AUDIT_PERCENT);
}

impl pallet_models::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ListingOrigin = EnsureRoot<AccountId>;
	type OnSlash = ResolveTo<TreasuryAccount, Balances>;
	type ListingDeposit = ConstU64<DEPOSIT>;
	type RetirementDelay = ConstU64<RETIREMENT_DELAY>;
	type MaxNameLength = ConstU32<MAX_NAME>;
	type MaxUriLength = ConstU32<MAX_URI>;
	type MinCosineAgreement = MinCosineAgreement;
	type MinAuditChance = MinAuditChance;
	type WeightInfo = ();
}

/// Builds test externalities: ALICE and BOB are funded, POOR has less than a deposit, the
/// treasury exists.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		externalities_at_block_one::<Test>(storage_with_balances::<Test>(vec![
			(ALICE, INITIAL_BALANCE),
			(BOB, INITIAL_BALANCE),
			(POOR, DEPOSIT / 2),
			(TREASURY, 1),
		]))
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		execute_and_check(self.build(), test, Registry::do_try_state)
	}
}
