//! Test runtime: System, Balances and the compute providers pallet, with a fixed model registry.

use crate as pallet_compute;
use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU64, OnUnbalanced},
};
use infera_primitives::{
	AcceleratorClass, HardwareRequirement, ListedModel, ModelId, ModelRegistry, TaskKind,
};
use infera_test_support::{execute_and_check, externalities_at_block_one, storage_with_balances};
// ALICE, BOB (and CAROL) are funded, POOR has less than the minimum stake, the treasury
// receives slashed stake.
pub use infera_test_support::{AccountId, Balance, Rng, TreasuryAccount, ALICE, BOB, POOR, TREASURY};

pub const CAROL: AccountId = 4;
/// A worker key.
pub const WORKER: AccountId = 10;
pub const MIN_STAKE: Balance = 1_000;
pub const INITIAL_BALANCE: Balance = 100_000;
pub const UNBONDING: u64 = 10;
pub const MAX_URL: u32 = 40;
pub const MAX_REGION: u32 = 8;
pub const MAX_MODELS: u32 = 2;
pub const MAX_CHUNKS: u32 = 2;
pub const MAX_PROVIDERS_PER_MODEL: u32 = 2;
pub const MAX_ACTIVE_JOBS: u32 = 4;

/// Listed models: 1 (consumer GPU, 16 GiB), 2 (CPU, 1 GiB), 3 (datacenter GPU, 80 GiB).
/// Model 9 exists but is not listed.
pub const LLM: ModelId = 1;
pub const SMALL: ModelId = 2;
pub const HUGE: ModelId = 3;
pub const UNLISTED: ModelId = 9;

infera_test_support::mock_runtime! {
	#[runtime::pallet_index(2)]
	pub type Compute = pallet_compute;
}

/// The model registry of the tests.
pub struct TestModels;
impl ModelRegistry<AccountId, Balance> for TestModels {
	fn listed_model(model_id: ModelId) -> Option<ListedModel<AccountId, Balance>> {
		let (min_memory_mib, accelerator) = match model_id {
			LLM => (16_384, AcceleratorClass::ConsumerGpu),
			SMALL => (1_024, AcceleratorClass::Cpu),
			HUGE => (81_920, AcceleratorClass::DatacenterGpu),
			// Models of the benchmarks.
			100..=199 => (1_024, AcceleratorClass::Cpu),
			_ => return None,
		};
		Some(ListedModel {
			owner: 50,
			price_per_job: 10,
			hardware: HardwareRequirement { min_memory_mib, accelerator },
			task: TaskKind::TextGeneration,
			content_hash: [model_id as u8; 32],
			agreement: infera_primitives::AgreementRule::Exact,
			audit_chance: infera_primitives::Perbill::zero(),
		})
	}
}

parameter_types! {
	/// When set, slashed stake is burned instead of sent to the treasury.
	pub static BurnSlashes: bool = false;
}

/// Sends slashed stake to the treasury, or burns it when `BurnSlashes` is set.
pub struct TestSlashHandler;
impl OnUnbalanced<crate::CreditOf<Test>> for TestSlashHandler {
	fn on_nonzero_unbalanced(credit: crate::CreditOf<Test>) {
		if BurnSlashes::get() {
			drop(credit);
		} else {
			<ResolveTo<TreasuryAccount, Balances> as OnUnbalanced<_>>::on_unbalanced(credit);
		}
	}
}

impl pallet_compute::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = TestModels;
	type OnSlash = TestSlashHandler;
	type MinProviderStake = ConstU64<MIN_STAKE>;
	type UnbondingPeriod = ConstU64<UNBONDING>;
	type MaxEndpointLength = ConstU32<MAX_URL>;
	type MaxRegionLength = ConstU32<MAX_REGION>;
	type MaxModelsPerProvider = ConstU32<MAX_MODELS>;
	type MaxUnlockingChunks = ConstU32<MAX_CHUNKS>;
	type MaxProvidersPerModel = ConstU32<MAX_PROVIDERS_PER_MODEL>;
	type MaxActiveJobs = ConstU32<MAX_ACTIVE_JOBS>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestBenchmarkHelper;
}

/// Model ids 100 + seed are listed for the benchmarks (see `TestModels`).
#[cfg(feature = "runtime-benchmarks")]
pub struct TestBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for TestBenchmarkHelper {
	fn listed_model(seed: u32) -> ModelId {
		100 + seed
	}
}

#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		externalities_at_block_one::<Test>(storage_with_balances::<Test>(vec![
			(ALICE, INITIAL_BALANCE),
			(BOB, INITIAL_BALANCE),
			(CAROL, INITIAL_BALANCE),
			(POOR, MIN_STAKE / 2),
			(TREASURY, 1),
		]))
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		execute_and_check(self.build(), test, Compute::do_try_state)
	}
}

/// Moves to block `n`.
pub fn run_to_block(n: u64) {
	System::set_block_number(n);
}
