//! Test runtime: System, Balances, the real compute providers pallet (stake, slashing,
//! reputation) and the jobs pallet, with a fixed model registry and a seeded randomness source.

use crate as pallet_jobs;
use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU64, Hooks, Randomness},
};
use frame_system::EnsureRoot;
use infera_primitives::{
	AcceleratorClass, AgreementRule, HardwareRequirement, ListedModel, ModelId, ModelRegistry, Perbill, TaskKind,
};
use infera_test_support::{externalities_at_block_one, next_block, storage_with_balances};
// ALICE and BOB submit jobs, POOR has almost nothing, the treasury receives fees and slashes.
pub use infera_test_support::{AccountId, Balance, Rng, TreasuryAccount, ALICE, BOB, POOR, TREASURY};
use sp_core::H256;
use sp_runtime::testing::{TestSignature, UintAuthorityId};

/// Providers registered by `ExtBuilder` (stake `STAKE`, price `PRICE` for `MODEL`).
pub const P1: AccountId = 11;
pub const P2: AccountId = 12;
pub const P3: AccountId = 13;
pub const P4: AccountId = 14;
/// A provider's worker key.
pub const WORKER: AccountId = 21;
/// Challenges results.
pub const WATCHER: AccountId = 30;
/// Attackers of the adversarial test (funded like everybody else).
pub const GRIEFER: AccountId = 40;
pub const COPIER: AccountId = 41;
pub const LAZY_REJECTER: AccountId = 42;
pub const ZOMBIE: AccountId = 43;
pub const RUNAWAY: AccountId = 44;
pub const COLLUDER: AccountId = 45;
pub const SYBIL_A: AccountId = 46;
pub const SYBIL_B: AccountId = 47;
pub const SPAMMER: AccountId = 48;
/// A provider that lies on single-provider jobs and challenges its own result first through
/// its second account `SHIELD_ALT`.
pub const SHIELD: AccountId = 49;
pub const SHIELD_ALT: AccountId = 50;
pub const ATTACKERS: [AccountId; 11] =
	[GRIEFER, COPIER, LAZY_REJECTER, ZOMBIE, RUNAWAY, COLLUDER, SYBIL_A, SYBIL_B, SPAMMER, SHIELD, SHIELD_ALT];

pub const INITIAL_BALANCE: Balance = 100_000;
pub const MIN_STAKE: Balance = 1_000;
pub const STAKE: Balance = 10_000;
pub const PRICE: Balance = 10;
/// Listed, served by the providers; price floor 5.
pub const MODEL: ModelId = 1;
/// Listed, served by nobody.
pub const LONELY: ModelId = 2;
/// Listed at `PRICEY_FLOOR`: a fault costs 400, so a provider with `MIN_STAKE` backs two jobs.
pub const PRICEY: ModelId = 3;
pub const PRICEY_FLOOR: Balance = 40;
/// Not listed.
pub const UNLISTED: ModelId = 9;
pub const MODEL_FLOOR: Balance = 5;

pub const SLASH_MULTIPLIER: u32 = 10;
/// The cosine threshold, in percent, of the tests' `CosineInt8` rules.
pub const COSINE_PERCENT: u32 = 99;
pub const FEE_PERCENT: u32 = 10;
pub const COMPENSATION_PERCENT: u32 = 50;
/// A rejecting provider is paid 40% of the model's price (`MODEL_FLOOR`): 2.
pub const REJECTION_PERCENT: u32 = 40;
pub const CHALLENGE_BOND: Balance = 50;
/// An upheld challenger gets half of the provider's slash.
pub const CHALLENGER_REWARD_PERCENT: u32 = 50;
pub const MIN_WINDOW: u64 = 3;
pub const MAX_WINDOW: u64 = 100;
pub const REVEAL: u64 = 5;
pub const CHALLENGE: u64 = 5;
pub const DISPUTE: u64 = 10;
pub const RETENTION: u64 = 20;
pub const MAX_REDUNDANCY: u32 = 3;
pub const MAX_INPUT: u32 = 64;
pub const MAX_OUTPUT: u32 = 64;
pub const MAX_URI: u32 = 32;
pub const MAX_QUEUED: u32 = 3;
pub const MAX_ASSIGN_PER_BLOCK: u32 = 2;
pub const MAX_DUE_PER_BLOCK: u32 = 5;
pub const MAX_PRUNED_PER_BLOCK: u32 = 8;
pub const MAX_DRAWS_PER_BLOCK: u32 = 8;
/// Most open jobs of one provider.
pub const MAX_ACTIVE_JOBS: u32 = 6;

infera_test_support::mock_runtime! {
	#[runtime::pallet_index(2)]
	pub type Compute = pallet_compute;
	#[runtime::pallet_index(3)]
	pub type Jobs = pallet_jobs;
}

/// The model registry of the tests: `MODEL`, `LONELY` and `PRICEY` are listed (CPU, 1 GiB,
/// text embeddings), as are the benchmarks' models 100..200.
pub struct TestModels;
impl ModelRegistry<AccountId, Balance> for TestModels {
	fn listed_model(model_id: ModelId) -> Option<ListedModel<AccountId, Balance>> {
		if model_id == DelistedModel::get() {
			return None;
		}
		match model_id {
			MODEL | LONELY | PRICEY | 100..=199 => Some(ListedModel {
				owner: 50,
				price_per_job: if model_id == PRICEY { PRICEY_FLOOR } else { MODEL_FLOOR },
				hardware: HardwareRequirement { min_memory_mib: 1_024, accelerator: AcceleratorClass::Cpu },
				task: TaskKind::TextEmbedding,
				content_hash: [model_id as u8; 32],
				agreement: match model_id {
					100..=199 => AgreementRule::CosineInt8 { min_cosine: Perbill::from_percent(COSINE_PERCENT) },
					_ => ModelAgreement::get(),
				},
				audit_chance: if (100..=199).contains(&model_id) { Perbill::zero() } else { ModelAuditChance::get() },
			}),
			_ => None,
		}
	}
}

parameter_types! {
	/// Mixed into the randomness so that tests can vary the draw.
	pub static RandomSalt: u64 = 0;
	/// A model that tests delist (0: none).
	pub static DelistedModel: ModelId = 0;
	/// The agreement rule of the listed models (the benchmarks' models always compare outputs).
	pub static ModelAgreement: AgreementRule = AgreementRule::Exact;
	/// The audit chance of the listed models (none for the benchmarks' models).
	pub static ModelAuditChance: Perbill = Perbill::zero();
	/// Job storage deposit (0 unless a test sets it: most tests count escrow only).
	pub static JobDepositBase: Balance = 0;
	pub static JobDepositPerByte: Balance = 0;
	/// Eligible providers needed beyond the redundancy (0 unless a test sets it).
	pub static MinPoolSurplus: u32 = 0;
}

/// Randomness from `RandomSalt` and the subject: deterministic, varied by tests.
pub struct TestRandomness;
impl Randomness<H256, u64> for TestRandomness {
	fn random(subject: &[u8]) -> (H256, u64) {
		let mut data = subject.to_vec();
		data.extend_from_slice(&RandomSalt::get().to_le_bytes());
		(<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(&data), System::block_number())
	}
}

impl pallet_compute::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = TestModels;
	type OnSlash = ResolveTo<TreasuryAccount, Balances>;
	type MinProviderStake = ConstU64<MIN_STAKE>;
	type UnbondingPeriod = ConstU64<10>;
	type MaxEndpointLength = ConstU32<64>;
	type MaxRegionLength = ConstU32<8>;
	type MaxModelsPerProvider = ConstU32<4>;
	type MaxUnlockingChunks = ConstU32<4>;
	type MaxProvidersPerModel = ConstU32<12>;
	type MaxActiveJobs = ConstU32<MAX_ACTIVE_JOBS>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestBenchmarkHelper;
}

parameter_types! {
	pub const ProtocolFee: Perbill = Perbill::from_percent(FEE_PERCENT);
	pub const SubmitterCompensation: Perbill = Perbill::from_percent(COMPENSATION_PERCENT);
	pub const RejectionPriceShare: Perbill = Perbill::from_percent(REJECTION_PERCENT);
	pub const ChallengerReward: Perbill = Perbill::from_percent(CHALLENGER_REWARD_PERCENT);
}

/// Transactions of the tests: signed by a plain account id, no signature, no extensions.
pub type Extrinsic = sp_runtime::testing::TestXt<RuntimeCall, ()>;

impl frame_system::offchain::SigningTypes for Test {
	type Public = UintAuthorityId;
	type Signature = TestSignature;
}

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> frame_system::offchain::CreateSignedTransaction<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	fn create_signed_transaction<C: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>>(
		call: RuntimeCall,
		_public: UintAuthorityId,
		account: AccountId,
		nonce: u32,
	) -> Option<Extrinsic> {
		SIGNED_NONCES.with(|n| n.borrow_mut().push((account, nonce)));
		Some(Extrinsic::new_signed(call, account, (), ()))
	}
}

thread_local! {
	/// (signer, nonce) of every transaction the off-chain worker signed (the test extrinsic
	/// type carries no nonce).
	pub static SIGNED_NONCES: core::cell::RefCell<Vec<(AccountId, u32)>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// Worker keys of the tests: `UintAuthorityId`s, whose "keystore" is
/// `UintAuthorityId::set_all_keys`.
pub struct TestWorkerKey;
impl frame_system::offchain::AppCrypto<UintAuthorityId, TestSignature> for TestWorkerKey {
	type RuntimeAppPublic = UintAuthorityId;
	type GenericSignature = TestSignature;
	type GenericPublic = UintAuthorityId;
}

impl pallet_jobs::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = TestModels;
	type Providers = Compute;
	type Randomness = TestRandomness;
	type WorkerKey = TestWorkerKey;
	type ResolutionOrigin = EnsureRoot<AccountId>;
	type FeeDestination = TreasuryAccount;
	type ProtocolFee = ProtocolFee;
	type SlashMultiplier = ConstU32<SLASH_MULTIPLIER>;
	type SubmitterCompensation = SubmitterCompensation;
	type RejectionPriceShare = RejectionPriceShare;
	type ChallengeBond = ConstU64<CHALLENGE_BOND>;
	type ChallengerReward = ChallengerReward;
	type MinCommitWindow = ConstU64<MIN_WINDOW>;
	type MaxCommitWindow = ConstU64<MAX_WINDOW>;
	type RevealPeriod = ConstU64<REVEAL>;
	type ChallengePeriod = ConstU64<CHALLENGE>;
	type DisputePeriod = ConstU64<DISPUTE>;
	type RetentionPeriod = ConstU64<RETENTION>;
	type MaxRedundancy = ConstU32<MAX_REDUNDANCY>;
	type MaxInputLength = ConstU32<MAX_INPUT>;
	type MaxOutputLength = ConstU32<MAX_OUTPUT>;
	type MaxUriLength = ConstU32<MAX_URI>;
	type MaxQueuedJobs = ConstU32<MAX_QUEUED>;
	type MaxDrawsPerBlock = ConstU32<MAX_DRAWS_PER_BLOCK>;
	type MinPoolSurplus = MinPoolSurplus;
	type JobDepositBase = JobDepositBase;
	type JobDepositPerByte = JobDepositPerByte;
	type MaxAssignmentsPerBlock = ConstU32<MAX_ASSIGN_PER_BLOCK>;
	type MaxDuePerBlock = ConstU32<MAX_DUE_PER_BLOCK>;
	type MaxPrunedPerBlock = ConstU32<MAX_PRUNED_PER_BLOCK>;
	type MaxBlocksScanned = ConstU32<16>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestBenchmarkHelper;
}

/// The benchmarks' helper of both pallets: model ids 100 + seed are listed (see `TestModels`),
/// and providers are registered through the real compute pallet.
#[cfg(feature = "runtime-benchmarks")]
pub struct TestBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_compute::BenchmarkHelper for TestBenchmarkHelper {
	fn listed_model(seed: u32) -> ModelId {
		100 + seed
	}
}
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, Balance> for TestBenchmarkHelper {
	fn listed_model(seed: u32) -> ModelId {
		<Self as pallet_compute::BenchmarkHelper>::listed_model(seed)
	}
	fn provider(who: &AccountId, model_id: ModelId, price: Balance, min_bond: Balance) -> sp_runtime::DispatchResult {
		register_provider(*who, model_id, price, min_bond.max(MIN_STAKE));
		Ok(())
	}
}

/// Registers `who` as an online CPU provider of `model_id` at `price` with `stake` bonded.
pub fn register_provider(who: AccountId, model_id: ModelId, price: Balance, stake: Balance) {
	let hardware = pallet_compute::HardwareProfile {
		accelerator: AcceleratorClass::Cpu,
		accelerator_count: 0,
		memory_mib: 4_096,
		region: b"eu".to_vec(),
	};
	let origin = RuntimeOrigin::signed(who);
	if pallet_compute::Providers::<Test>::get(who).is_none() {
		assert!(Compute::register_provider(origin.clone(), b"http://10.0.0.1:8080".to_vec(), hardware, stake).is_ok());
	}
	assert!(Compute::set_model_price(origin, model_id, price).is_ok());
}

pub struct ExtBuilder {
	providers: Vec<AccountId>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { providers: vec![P1, P2, P3] }
	}
}

impl ExtBuilder {
	/// Which accounts are registered as providers of `MODEL` (default P1, P2, P3).
	pub fn providers(mut self, providers: Vec<AccountId>) -> Self {
		self.providers = providers;
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		let mut balances = vec![(ALICE, INITIAL_BALANCE), (BOB, INITIAL_BALANCE), (POOR, 20), (WATCHER, INITIAL_BALANCE), (TREASURY, 1)];
		balances.extend([P1, P2, P3, P4, WORKER].map(|p| (p, INITIAL_BALANCE)));
		balances.extend(ATTACKERS.map(|a| (a, INITIAL_BALANCE)));
		let mut ext = externalities_at_block_one::<Test>(storage_with_balances::<Test>(balances));
		ext.execute_with(|| {
			for p in self.providers {
				register_provider(p, MODEL, PRICE, STAKE);
			}
		});
		ext
	}

	/// Runs `test`, then checks the invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			check_invariants();
		});
	}
}

/// The `try_state` checks of both pallets: the jobs pallet's (which also checks each provider's
/// exposure against its open jobs) and the compute pallet's (each provider's held stake is its
/// bonded plus unbonding stake, so slashes through the jobs pallet keep the compute books
/// straight; offers, offer counts and worker keys agree; only online or offline providers keep
/// offers).
pub fn check_invariants() {
	Jobs::do_try_state().unwrap();
	Compute::do_try_state().unwrap();
}

/// Runs blocks up to `n`, with the jobs pallet's `on_initialize`, checking invariants after
/// each block.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = next_block::<Test>();
		Jobs::on_initialize(next);
		check_invariants();
	}
}
