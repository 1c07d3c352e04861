//! Test support for the Infera pallets (a dev-dependency only; never part of a runtime).
//!
//! What the pallets' mock runtimes share:
//! - [`mock_runtime!`]: the mock runtime `Test` with `frame_system` and `pallet_balances` at
//!   indices 0 and 1, their test configs and the mock's block type; the mock adds its pallets
//!   (indices 2 and up) and their configs;
//! - the account and balance types and the accounts the mocks have in common ([`ALICE`],
//!   [`BOB`], [`POOR`], [`TREASURY`] and [`TreasuryAccount`]);
//! - helpers for the mocks' `ExtBuilder`s ([`storage_with_balances`],
//!   [`externalities_at_block_one`], [`execute_and_check`]) and [`next_block`] for their block
//!   loops;
//! - [`Rng`], the seeded pseudo-random numbers of the randomized tests.
//!
//! Each mock keeps what is its own: its pallets' configs, constants, genesis accounts and
//! invariant checks.

/// Account id type of the mock runtimes.
pub type AccountId = u64;
/// Balance type of the mock runtimes.
pub type Balance = u64;

/// A funded account (a submitter, an owner, a provider: each mock says).
pub const ALICE: AccountId = 1;
/// A second funded account.
pub const BOB: AccountId = 2;
/// An account each mock funds with less than its pallet asks for (a deposit, a stake).
pub const POOR: AccountId = 3;
/// The treasury: receives slashes (and, in the jobs mock, fees).
pub const TREASURY: AccountId = 99;

frame_support::parameter_types! {
	/// [`TREASURY`] as a `Get` (a `ResolveTo` target, a fee destination).
	pub const TreasuryAccount: AccountId = TREASURY;
}

/// Declares the mock runtime `Test` of a pallet's tests: `System` (`frame_system`, index 0) and
/// `Balances` (`pallet_balances`, index 1) with their `TestDefaultConfig`s (accounts
/// [`AccountId`], balances [`Balance`]), then the pallets given, written as in
/// `#[frame_support::runtime]` (`#[runtime::pallet_index(2)] pub type Jobs = pallet_jobs;`),
/// from index 2 on. The mock implements their configs.
///
/// The calling crate needs `frame-support`, `frame-system` and `pallet-balances` (the mocks'
/// dependencies already); the macro imports `frame_support::derive_impl` into the mock's module.
#[macro_export]
macro_rules! mock_runtime {
	($($pallets:tt)*) => {
		#[frame_support::runtime]
		mod runtime {
			/// The test runtime.
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

			$($pallets)*
		}

		type Block = frame_system::mocking::MockBlock<Test>;

		// `derive_impl` expands into a call of itself by this name.
		use frame_support::derive_impl;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
		impl frame_system::Config for Test {
			type Block = Block;
			type AccountData = pallet_balances::AccountData<$crate::Balance>;
		}

		#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
		impl pallet_balances::Config for Test {
			type AccountStore = System;
		}
	};
}

/// Genesis storage: `frame_system`'s default genesis and `balances` as `pallet_balances`'
/// genesis accounts. Panics if either genesis does not build (a broken mock).
pub fn storage_with_balances<T: pallet_balances::Config>(
	balances: Vec<(T::AccountId, T::Balance)>,
) -> sp_runtime::Storage {
	use sp_runtime::BuildStorage;
	let mut storage = frame_system::GenesisConfig::<T>::default()
		.build_storage()
		.unwrap_or_else(|error| panic!("frame_system genesis: {error}"));
	pallet_balances::GenesisConfig::<T> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap_or_else(|error| panic!("pallet_balances genesis: {error}"));
	storage
}

/// Test externalities over `storage`, at block 1 (so that events are recorded).
pub fn externalities_at_block_one<T: frame_system::Config>(storage: sp_runtime::Storage) -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| frame_system::Pallet::<T>::set_block_number(sp_runtime::traits::One::one()));
	ext
}

/// Runs `test` in `ext`, then the mock's invariant check `try_state` (a pallet's
/// `do_try_state`), which must pass.
pub fn execute_and_check<E: core::fmt::Debug>(
	mut ext: sp_io::TestExternalities,
	test: impl FnOnce(),
	try_state: impl FnOnce() -> Result<(), E>,
) {
	ext.execute_with(|| {
		test();
		if let Err(error) = try_state() {
			panic!("the pallet's invariants do not hold: {error:?}");
		}
	});
}

/// Moves to the next block (only the block number: the caller runs the hooks it wants) and
/// returns its number.
pub fn next_block<T: frame_system::Config>() -> frame_system::pallet_prelude::BlockNumberFor<T> {
	use sp_runtime::traits::{One, Saturating};
	let next = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
	frame_system::Pallet::<T>::set_block_number(next);
	next
}

/// Deterministic pseudo-random numbers (xorshift) for the randomized tests: the same seed gives
/// the same sequence.
pub struct Rng(pub u64);

impl Rng {
	/// The next number below `bound`. Panics if `bound` is zero.
	pub fn next(&mut self, bound: u64) -> u64 {
		self.0 ^= self.0 << 13;
		self.0 ^= self.0 >> 7;
		self.0 ^= self.0 << 17;
		match self.0.checked_rem(bound) {
			Some(number) => number,
			None => panic!("Rng::next needs a bound above zero"),
		}
	}
}
