//! Test runtime: System, Balances and the model registry.

use crate as pallet_models;
use frame_support::{
	derive_impl, parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill};

/// Account id type of the test runtime.
pub type AccountId = u64;
/// Balance type of the test runtime.
pub type Balance = u64;

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// Has less than the listing deposit.
pub const POOR: AccountId = 3;
/// Receives slashed deposits.
pub const TREASURY: AccountId = 99;
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

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Registry = pallet_models;
}

type Block = frame_system::mocking::MockBlock<Test>;

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

parameter_types! {
	pub const TreasuryAccount: AccountId = TREASURY;
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
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![
				(ALICE, INITIAL_BALANCE),
				(BOB, INITIAL_BALANCE),
				(POOR, DEPOSIT / 2),
				(TREASURY, 1),
			],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Registry::do_try_state().unwrap();
		});
	}
}
