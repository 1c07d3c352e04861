//! Infera's marketplace pallets.

use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32},
	PalletId,
};
use sp_runtime::traits::AccountIdConversion;

use super::governance::RootOrCouncilMajority;
use crate::{
	AccountId, Balance, Balances, BlockNumber, Compute, Models, RandomnessCollectiveFlip, Runtime,
	RuntimeHoldReason, DAYS, HOURS, MILLI_UNIT, UNIT,
};
use infera_primitives::Perbill;

parameter_types! {
	/// The lowest cosine threshold of a model's `CosineInt8` agreement rule.
	pub const MinCosineAgreement: Perbill = Perbill::from_percent(90);
	/// The lowest non-zero audit chance of a model.
	pub const MinAuditChance: Perbill = Perbill::from_percent(10);
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
	/// Protocol fee on job payments, paid to the treasury when a job settles.
	pub const JobProtocolFee: Perbill = Perbill::from_percent(5);
	/// Half of a slash compensates the submitter of a job that failed after assignment (at most
	/// the fee it was charged).
	pub const JobSubmitterCompensation: Perbill = Perbill::from_percent(50);
	/// A provider whose "input rejected" wins is paid a fifth of the model's price.
	pub const JobRejectionPriceShare: Perbill = Perbill::from_percent(20);
	/// Bond to challenge a single provider's result.
	pub const JobChallengeBond: Balance = 10 * UNIT;
	/// Half of the slash of a provider whose result was overturned rewards the challenger.
	pub const JobChallengerReward: Perbill = Perbill::from_percent(50);
	/// Storage deposit of a job, held until it is pruned: 1 INFR plus 1 mINFR per byte of
	/// input (a job with 4 KiB of inline input holds about 5.1 INFR).
	pub const JobDepositBase: Balance = UNIT;
	pub const JobDepositPerByte: Balance = MILLI_UNIT;
}

/// Eligible providers a job needs beyond its redundancy: two on a production chain, none on a
/// `fast-runtime` development chain (whose tests run with as few providers as a job needs).
#[cfg(not(feature = "fast-runtime"))]
pub type JobMinPoolSurplus = ConstU32<2>;
/// Eligible providers a job needs beyond its redundancy: two on a production chain, none on a
/// `fast-runtime` development chain (whose tests run with as few providers as a job needs).
#[cfg(feature = "fast-runtime")]
pub type JobMinPoolSurplus = ConstU32<0>;

impl pallet_models::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// A referendum on the model-listings track, a council majority or root lists, rejects and
	/// delists models.
	type ListingOrigin = super::referenda::ListingOrigin;
	/// Slashed listing deposits go to the treasury account.
	type OnSlash = ResolveTo<TreasuryAccount, Balances>;
	type ListingDeposit = ModelListingDeposit;
	/// A retired model's deposit stays slashable for three days: longer than a council motion
	/// (two days), so a motion already open when the owner retires can still slash it.
	type RetirementDelay = ConstU32<{ 3 * DAYS }>;
	type MaxNameLength = ConstU32<64>;
	type MaxUriLength = ConstU32<256>;
	/// A cosine agreement rule must demand at least 0.9: below it, outputs of a different (e.g.
	/// smaller, cheaper) model of the same family could pass for the listed one's.
	type MinCosineAgreement = MinCosineAgreement;
	/// 10%, above `1 / (1 + SlashMultiplier)` = 1/11 of the jobs pallet: an audited provider that
	/// skipped the work loses ten prices, so skipping never pays on average.
	type MinAuditChance = MinAuditChance;
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
	/// Bounds a provider's open jobs (and its off-chain worker's work per block).
	type MaxActiveJobs = ConstU32<32>;
	type WeightInfo = pallet_compute::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ComputeBenchmarkHelper;
}

impl pallet_insecure_randomness_collective_flip::Config for Runtime {}

impl pallet_jobs::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	type Providers = Compute;
	/// Mix of the last 81 block hashes (see the pallet docs on why this is insecure).
	type Randomness = RandomnessCollectiveFlip;
	/// Worker keys are sr25519 keys of type `infr` in the node's keystore.
	type WorkerKey = pallet_jobs::offchain::crypto::WorkerKey;
	/// A council majority (or root) decides challenged results.
	type ResolutionOrigin = RootOrCouncilMajority;
	type FeeDestination = TreasuryAccount;
	type ProtocolFee = JobProtocolFee;
	/// A provider at fault loses ten times the model's price.
	type SlashMultiplier = ConstU32<10>;
	type SubmitterCompensation = JobSubmitterCompensation;
	type RejectionPriceShare = JobRejectionPriceShare;
	type ChallengeBond = JobChallengeBond;
	type ChallengerReward = JobChallengerReward;
	/// Block counts, not wall time, so that `fast-runtime` tests stay quick: 5 blocks to commit
	/// at least, an hour at most; 10 blocks to reveal and to challenge.
	type MinCommitWindow = ConstU32<5>;
	type MaxCommitWindow = ConstU32<HOURS>;
	type RevealPeriod = ConstU32<10>;
	type ChallengePeriod = ConstU32<10>;
	/// Governance has three days to decide a challenge: longer than a council motion (two
	/// days), so a motion opened on the last day of the challenge window still ends in time.
	type DisputePeriod = ConstU32<{ 3 * DAYS }>;
	/// Finished jobs stay readable for a day.
	type RetentionPeriod = ConstU32<DAYS>;
	type MaxRedundancy = ConstU32<5>;
	type MaxInputLength = ConstU32<4096>;
	type MaxOutputLength = ConstU32<4096>;
	type MaxUriLength = ConstU32<256>;
	type MaxQueuedJobs = ConstU32<256>;
	type MaxDrawsPerBlock = ConstU32<64>;
	type MinPoolSurplus = JobMinPoolSurplus;
	type JobDepositBase = JobDepositBase;
	type JobDepositPerByte = JobDepositPerByte;
	type MaxAssignmentsPerBlock = ConstU32<4>;
	type MaxDuePerBlock = ConstU32<16>;
	/// Pruning has its own budget: it never delays a phase transition.
	type MaxPrunedPerBlock = ConstU32<64>;
	/// A backlog of empty schedule blocks (e.g. after a stalled chain) is caught up 16 at a time.
	type MaxBlocksScanned = ConstU32<16>;
	type WeightInfo = pallet_jobs::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = JobsBenchmarkHelper;
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

/// Lists models and registers providers for `pallet-jobs`' benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct JobsBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_jobs::BenchmarkHelper<AccountId, Balance> for JobsBenchmarkHelper {
	fn listed_model(seed: u32) -> infera_primitives::ModelId {
		Models::insert_listed_model_for_benchmarks(TreasuryAccount::get(), seed)
	}

	fn provider(
		who: &AccountId,
		model_id: infera_primitives::ModelId,
		price: Balance,
		min_bond: Balance,
	) -> sp_runtime::DispatchResult {
		let origin = crate::RuntimeOrigin::signed(who.clone());
		let hardware = pallet_compute::HardwareProfile {
			accelerator: infera_primitives::AcceleratorClass::Cpu,
			accelerator_count: 0,
			memory_mib: 4_096,
			region: alloc::vec::Vec::new(),
		};
		let stake = min_bond.max(MinProviderStake::get());
		Compute::register_provider(origin.clone(), b"http://127.0.0.1:8000".to_vec(), hardware, stake)?;
		Compute::set_model_price(origin, model_id, price)
	}
}
