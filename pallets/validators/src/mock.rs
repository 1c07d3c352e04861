//! A test runtime: System, Balances, Session (10-block sessions, `UpToLimitDisablingStrategy`)
//! managed by this pallet.

use crate::{self as pallet_validators, KeysRegistered};
use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64, Hooks},
};
use infera_test_support::{execute_and_check, externalities_at_block_one, next_block, storage_with_balances};
pub use infera_test_support::{AccountId, Balance};
use sp_runtime::{
	impl_opaque_keys,
	testing::UintAuthorityId,
	traits::{ConvertInto, OpaqueKeys},
	BuildStorage, KeyTypeId, Perbill, RuntimeAppPublic,
};
use std::cell::RefCell;

infera_test_support::mock_runtime! {
	// Before Session: its genesis bonds the candidates that Session's genesis then selects.
	#[runtime::pallet_index(2)]
	pub type Validators = pallet_validators;
	#[runtime::pallet_index(3)]
	pub type Session = pallet_session;
}

impl_opaque_keys! {
	pub struct MockSessionKeys {
		pub dummy: UintAuthorityId,
	}
}

impl From<UintAuthorityId> for MockSessionKeys {
	fn from(dummy: UintAuthorityId) -> Self {
		Self { dummy }
	}
}

thread_local! {
	/// The authority set the session pallet last handed to the consensus engines.
	pub static SESSION_SET: RefCell<Vec<AccountId>> = const { RefCell::new(Vec::new()) };
	/// Everything slashed to `OnSlash`.
	pub static SLASHED: RefCell<Balance> = const { RefCell::new(0) };
}

/// Records the validator set of each new session.
pub struct TestSessionHandler;
impl pallet_session::SessionHandler<AccountId> for TestSessionHandler {
	const KEY_TYPE_IDS: &'static [KeyTypeId] = &[UintAuthorityId::ID];
	fn on_genesis_session<K: OpaqueKeys>(validators: &[(AccountId, K)]) {
		SESSION_SET.with(|s| *s.borrow_mut() = validators.iter().map(|(v, _)| *v).collect());
	}
	fn on_new_session<K: OpaqueKeys>(_changed: bool, validators: &[(AccountId, K)], _queued: &[(AccountId, K)]) {
		SESSION_SET.with(|s| *s.borrow_mut() = validators.iter().map(|(v, _)| *v).collect());
	}
	fn on_disabled(_validator_index: u32) {}
}

impl pallet_session::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<ConstU64<10>, ConstU64<0>>;
	type NextSessionRotation = pallet_session::PeriodicSessions<ConstU64<10>, ConstU64<0>>;
	type SessionManager = Validators;
	type SessionHandler = TestSessionHandler;
	type Keys = MockSessionKeys;
	/// Fewer than a third of the set: one of four, none of three.
	type DisablingStrategy = pallet_session::disabling::UpToLimitDisablingStrategy;
	type WeightInfo = ();
	type Currency = Balances;
	type KeyDeposit = ConstU64<0>;
}

/// Slashed stake is counted (and burnt).
pub struct CountSlashes;
impl frame_support::traits::OnUnbalanced<crate::CreditOf<Test>> for CountSlashes {
	fn on_nonzero_unbalanced(credit: crate::CreditOf<Test>) {
		use frame_support::traits::Imbalance;
		SLASHED.with(|s| *s.borrow_mut() += credit.peek());
	}
}

parameter_types! {
	pub const EquivocationSlash: Perbill = Perbill::from_percent(10);
	pub const OfflineSlash: Perbill = Perbill::from_percent(1);
	pub const MaxRemovedPerSession: Perbill = Perbill::from_percent(30);
}

pub const MIN_STAKE: Balance = 100;

impl pallet_validators::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type OnSlash = CountSlashes;
	type SessionKeys = Session;
	type Disabler = Session;
	type CancelOrigin = frame_system::EnsureRoot<AccountId>;
	type MinValidatorStake = ConstU64<MIN_STAKE>;
	type MaxValidators = ConstU32<4>;
	type MinValidators = ConstU32<3>;
	type MaxRemovedPerSession = MaxRemovedPerSession;
	type MaxCandidates = ConstU32<8>;
	type BondingDuration = ConstU32<3>;
	type SlashDeferDuration = ConstU32<2>;
	type EquivocationSlash = EquivocationSlash;
	type OfflineSlash = OfflineSlash;
	type MaxMissedSessions = ConstU32<2>;
	type MaxPendingSlashes = ConstU32<4>;
	type WeightInfo = ();
}

pub const INITIAL_BALANCE: Balance = 10_000;

/// Genesis: accounts 1..=10 with `INITIAL_BALANCE`; the validators (by default 1, 2, 3) bonded
/// 1_000 each with keys; account 10 has keys but no bond.
pub struct ExtBuilder {
	validators: Vec<AccountId>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { validators: vec![1, 2, 3] }
	}
}

impl ExtBuilder {
	/// The genesis validators (each bonds 1_000 and has keys).
	pub fn validators(mut self, validators: &[AccountId]) -> Self {
		self.validators = validators.to_vec();
		self
	}

	/// The genesis state at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = storage_with_balances::<Test>((1..=10).map(|a| (a, INITIAL_BALANCE)).collect());
		pallet_validators::GenesisConfig::<Test> { validators: self.validators.iter().map(|v| (*v, 1_000)).collect() }
			.assimilate_storage(&mut storage)
			.unwrap();
		pallet_session::GenesisConfig::<Test> {
			keys: self.validators.iter().map(|a| (*a, *a, UintAuthorityId(*a).into())).collect(),
			non_authority_keys: vec![(10, 10, UintAuthorityId(10).into())],
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		externalities_at_block_one::<Test>(storage)
	}

	/// Runs `f` in the genesis state and checks the pallet's invariants afterwards (and, through
	/// [`run_to_session`], after every block).
	pub fn build_and_execute(self, f: impl FnOnce()) {
		execute_and_check(self.build(), f, crate::Pallet::<Test>::do_try_state)
	}
}

/// The default genesis (validators 1, 2, 3), for the benchmark tests.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}

/// Runs `f` in the default genesis and checks the pallet's invariants afterwards.
pub fn build_and_execute(f: impl FnOnce()) {
	ExtBuilder::default().build_and_execute(f)
}

/// Registers session keys for `who` (as `session.set_keys` would).
pub fn set_keys(who: AccountId) {
	use codec::Encode;
	// The keys prove they belong to `who` by signing its account id.
	let proof = UintAuthorityId(who).sign(&who.encode()).map(|s| s.encode()).unwrap_or_default();
	assert_eq!(
		pallet_session::Pallet::<Test>::set_keys(RuntimeOrigin::signed(who), UintAuthorityId(who).into(), proof),
		Ok(())
	);
	assert!(Session::keys_registered(&who));
}

/// Produces blocks until session `index` has started; every block is authored by the
/// validators in `authors` in turn (none if empty). The pallet's invariants are checked after
/// every block.
pub fn run_to_session(index: u32, authors: &[AccountId]) {
	while pallet_session::CurrentIndex::<Test>::get() < index {
		let next = next_block::<Test>();
		Session::on_initialize(next);
		if !authors.is_empty() {
			let author = authors[(next as usize) % authors.len()];
			<Validators as pallet_authorship::EventHandler<AccountId, u64>>::note_author(author);
		}
		assert_eq!(crate::Pallet::<Test>::do_try_state(), Ok(()));
	}
}

/// The validators `pallet-session` has disabled in the current session (accounts).
pub fn disabled() -> Vec<AccountId> {
	let set = pallet_session::Validators::<Test>::get();
	Session::disabled_validators().into_iter().filter_map(|i| set.get(i as usize).copied()).collect()
}

/// The authority set the consensus engines were last given.
pub fn session_set() -> Vec<AccountId> {
	SESSION_SET.with(|s| s.borrow().clone())
}

/// Total slashed so far.
pub fn slashed() -> Balance {
	SLASHED.with(|s| *s.borrow())
}
