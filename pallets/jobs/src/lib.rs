//! # Jobs pallet
//!
//! The inference marketplace itself: a submitter pays for a job on a listed model, the chain
//! assigns providers, the providers commit and then reveal their results, the chain verifies
//! them and pays, refunds and slashes.
//!
//! ## Lifecycle
//! 1. `submit_job` puts `max_price * redundancy` plus the protocol fee on hold (`JobEscrow`)
//!    and a storage deposit (`JobDeposit`, returned when the job is pruned). The next block's
//!    hook draws `redundancy` providers, or queues the job until enough are eligible. A queued
//!    job can be cancelled (full refund) and expires, refunded, when it can no longer be
//!    assigned `MinCommitWindow` blocks before its deadline.
//! 2. Assigned providers `commit_result` ([`commitment_of`]: the hash of job id, provider
//!    account, output hash and salt) until the job's deadline, then `reveal_result` (output and
//!    salt) for `RevealPeriod` blocks. Commit-reveal keeps a lazy provider from copying another's
//!    answer off the chain; binding job and provider into the commitment keeps it from copying
//!    the commitment itself, and a commitment already made for the job is refused. A provider
//!    that cannot run the input commits to [`input_rejected_hash`] and reveals it with
//!    `reveal_rejection`. The reveal phase starts early once everyone committed, and the job is
//!    judged as soon as everyone revealed.
//! 3. Verification. Outputs are compared under the model's agreement rule
//!    ([`infera_primitives::AgreementRule`], recorded in the job at submission): `Exact`
//!    compares hashes, `CosineInt8` the inline int8 vectors (outputs within the listed cosine
//!    threshold agree, so honest providers whose float results differ in the last bits count as
//!    one result). Redundancy >= 2: the output that agrees with a strict majority of the
//!    assigned providers (the most, on a tie the first drawn) wins, and every output that
//!    agrees with it is the same result; a unanimous result settles at once. Redundancy 1, or a majority
//!    result that another provider contradicted: the result stands after a `ChallengePeriod`
//!    in which anyone (the contradicting minority included: its appeal) may `challenge` it
//!    with a `ChallengeBond`; `ResolutionOrigin` then upholds it (the providers of the result
//!    are slashed, the challenger gets its bond back and `ChallengerReward` of one slash, the
//!    submitter a full refund) or dismisses it (the bond goes to a provider of the result). A
//!    challenge undecided within `DisputePeriod` returns the bond; a single provider's result
//!    then fails the job unaccepted, so a provider cannot shield a wrong result by challenging
//!    it itself, while a majority result stands, so a wrong minority cannot escape its slash
//!    by appealing. A split (no majority) opens the same window: a provider of the job may
//!    appeal for its own output, which governance then accepts (the others are slashed) or
//!    not (the appellant is slashed, the job fails `NoMajority`).
//!
//!    3a. Audits. A single-provider job of a model listed with an `audit_chance` holds room in its
//!    escrow for a second run (and a third under a tolerance rule, [`Pallet::audit_runs`]). Once
//!    its worker committed, the next block's hook draws, with randomness that did not exist at the
//!    commitment, whether to audit it: if so an auditor (another eligible provider, drawn like the
//!    worker) runs it too and commits. Worker and auditor then open their commitments with output
//!    hashes only (`reveal_output_hash`): the same hash (or only one opened), they publish their
//!    outputs (`reveal_result`) and are judged by the providers that revealed: agreeing, both are
//!    paid and the job settles. Different hashes, the next block draws a tie-breaker, which commits
//!    before any of the disputed outputs is public (it cannot copy one); then all three publish and
//!    the majority decides (the loser slashed). An auditor that does not answer is slashed and the
//!    worker's result stands alone (challengeable); an opened output not published by the end of
//!    the reveal counts as not revealed. The submitter pays the second price only for an audited
//!    job: `price × (1 + audit_chance)` on average. The model's `audit_chance` is at least
//!    `1 / (1 + SlashMultiplier)` (see the models pallet), so a worker that skips the work loses
//!    more when audited than it gains when not (`docs/design/audited-jobs.md`).
//! 4. Settlement. Winners are paid their price from escrow, the fee goes to `FeeDestination`,
//!    the rest is refunded; a `JobSettled` receipt ties job, model, providers, result hash and
//!    amounts together. A winning "input rejected" fails the job (`InputRejected`): the
//!    providers that rejected are paid the job's `rejection_price`, the fee goes to
//!    `FeeDestination`, nobody in the majority is slashed. Any other failure after assignment
//!    charges the fee and refunds the rest; a job that was never assigned is refunded in full.
//!    Providers at fault are slashed `slash_amount` (= the model's price times
//!    `SlashMultiplier`, never chosen by the submitter) through
//!    [`infera_primitives::ProviderSlashing`]: a wrong (minority or upheld) result, a commitment
//!    never revealed, or no commitment by the deadline. Settlement (`finish`) reads the revealed
//!    outputs once, decides for every provider whether it won and what it is at fault for
//!    (`rulings`, a pure function of the job, its outputs and the verdict), and only then moves
//!    funds. Compute reports each slash (`ProviderSlashed`); `ProviderPenalized` adds the job. A
//!    provider slashed to nothing at stake loses its record (`ProviderRemoved`) once its last
//!    open job's end is recorded, if nothing of its stake is unbonding.
//!
//! ## Who gets a slash
//! Slashes go to the slash handler (the treasury), except: an upheld challenge pays the
//! challenger `ChallengerReward` of the slash; and a job that failed after assignment
//! harmed its submitter: then `SubmitterCompensation` of each slash goes to the submitter, in
//! total at most the fee it was charged, so a submitter never ends richer than it started from
//! a job without a valid result (no profit from jobs designed to make providers fail). A job
//! failed by a winning "input rejected" (`InputRejected`) is the submitter's own doing: its
//! slashes compensate nobody.
//!
//! ## Exposure
//! Every assignment reserves the job's slash amount of the provider's bonded stake until the job
//! ends ([`infera_primitives::ProviderActivity`]): a provider is eligible only while
//! `bonded - exposure >= slash_amount`, and cannot unbond its exposure.
//!
//! ## Assignment
//! Eligible providers are online, below their `MaxActiveJobs`, serve the model at a price
//! `<= max_price`, have at least `slash_amount` of bonded stake not backing other jobs and are
//! not the submitter. `redundancy` of them are drawn without replacement, each with
//! probability proportional to `(bonded - exposure) * (completed + 1) / (completed + failed +
//! 2)` (free stake weighted by a smoothed success rate). The draw is seeded by
//! `Config::Randomness` with the job id as subject, in the hook of the block after the
//! submission; the runtime uses `pallet-insecure-randomness-collective-flip` (a mix of the
//! last 81 block hashes, the submission's block included: Aura has no VRF). The submitter
//! cannot know that seed when it signs; the author of the submission's block can bias it by
//! grinding its block. A chain with BABE should plug its VRF randomness in. A job is drawn
//! only while at least `redundancy + MinPoolSurplus` providers are eligible, so a submitter's
//! `max_price` cannot narrow the pool to exactly the providers it wants.
//!
//! ## Off-chain worker
//! The pallet's off-chain worker (see [`offchain`]) runs on providers' nodes: for every job
//! assigned to a provider whose worker key (type `infr`) is in the node's keystore, it calls the
//! provider's inference server and sends the commitment and the reveal, signed by that key.
//!
//! ## Per-block work
//! `on_initialize` advances at most `MaxDuePerBlock` open jobs whose phase ended
//! (`advance_phase`; a cursor over the `DueJobs` schedule scanning at most `MaxBlocksScanned`
//! of its blocks, never an unbounded loop), prunes at most `MaxPrunedPerBlock`
//! finished jobs (a separate `PruneSchedule` with its own cursor and budget, so pruning never
//! delays a settlement), draws the previous block's new jobs (at most `MaxDrawsPerBlock`,
//! paid for by their submissions) and tries at most `MaxAssignmentsPerBlock` queued jobs.
//! Deadlines are also checked in the calls themselves, so a backlog never lets a late commit
//! or reveal in.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod adversarial_tests;
#[cfg(test)]
mod audit_tests;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod offchain;
pub mod types;
pub mod weights;

pub use types::{
	commitment_of, input_rejected_hash, Assignment, AuditStage, FailReason, JobId, JobInfo, JobStatus, Payload, Quote,
	RevealedOutputs,
};
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		storage::{
			IterableStorageDoubleMap, StorageDoubleMap as StorageDoubleMapT, StorageValue as StorageValueT,
		},
		traits::{
			fungible::{self, MutateHold},
			tokens::{Fortitude, Precision, Restriction},
			Randomness,
		},
	};
	use frame_system::pallet_prelude::*;
	use infera_primitives::{
		AgreementRule, JobOutcome, ModelId, ModelRegistry, Page, Perbill, ProviderActivity, ProviderCandidate,
		ProviderDirectory, ProviderSlashing, SlashReason, TaskKind,
	};
	use sp_core::H256;
	use sp_runtime::traits::{CheckedAdd, CheckedMul, Hash, One, Saturating, UniqueSaturatedInto, Zero};

	/// The balance type of `Config::Currency`.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A bounded URI.
	pub type UriOf<T> = BoundedVec<u8, <T as Config>::MaxUriLength>;
	/// Inline data of at most `N` bytes, or a bounded URI.
	pub type BoundedPayloadOf<T, N> = Payload<BoundedVec<u8, N>, UriOf<T>>;
	/// A job's input as stored.
	pub type InputOf<T> = BoundedPayloadOf<T, <T as Config>::MaxInputLength>;
	/// A provider's output as stored.
	pub type OutputOf<T> = BoundedPayloadOf<T, <T as Config>::MaxOutputLength>;
	/// One provider's part in a job.
	pub type AssignmentOf<T> = Assignment<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	/// A job's assignments.
	pub type AssignmentsOf<T> = BoundedVec<AssignmentOf<T>, <T as Config>::MaxRedundancy>;
	/// A job as stored.
	pub type JobOf<T> = JobInfo<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		InputOf<T>,
		AssignmentsOf<T>,
	>;
	/// Amounts paid to winning providers, for the receipt.
	pub type PaymentsOf<T> = BoundedVec<
		(<T as frame_system::Config>::AccountId, BalanceOf<T>),
		<T as Config>::MaxRedundancy,
	>;

	/// Version 3: jobs record their model's agreement rule. Version 2: jobs record their storage deposit; finished jobs are scheduled for pruning in
	/// `PruneSchedule`; new jobs wait in `PendingDraws` for the next block's draw. (Version 1:
	/// rejection price, commitments bind job and provider.) No migration: no chain with older
	/// data is live.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ frame_system::offchain::CreateSignedTransaction<Call<Self>>
	{
		/// The currency of payments, escrow and challenge bonds.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::hold::Mutate<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Which models are listed, and their minimum price.
		type Models: ModelRegistry<Self::AccountId, BalanceOf<Self>>;

		/// The compute providers: who serves a model, their slashing and job bookkeeping.
		type Providers: ProviderDirectory<Self::AccountId, BalanceOf<Self>>
			+ ProviderSlashing<Self::AccountId, BalanceOf<Self>>
			+ ProviderActivity<Self::AccountId, BalanceOf<Self>>;

		/// Seeds the weighted draw of providers.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

		/// The key type of providers' worker keys, which sign the off-chain worker's results
		/// (`offchain::crypto::WorkerKey` in a runtime with `MultiSignature`).
		type WorkerKey: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>;

		/// Decides challenges of single-provider results (e.g. root or a council majority).
		type ResolutionOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives protocol fees (the treasury account).
		#[pallet::constant]
		type FeeDestination: Get<Self::AccountId>;

		/// Protocol fee as a share of `max_price * redundancy`, rounded up to the next unit.
		#[pallet::constant]
		type ProtocolFee: Get<Perbill>;

		/// A provider at fault on a job loses the model's price times `SlashMultiplier`; only
		/// providers with that much bonded stake free of other jobs are assigned.
		#[pallet::constant]
		type SlashMultiplier: Get<u32>;

		/// Share of each slash paid to the submitter of a job that failed after assignment (in
		/// total at most the fee it was charged).
		#[pallet::constant]
		type SubmitterCompensation: Get<Perbill>;

		/// What a provider whose "input rejected" wins is paid, as a share of the model's price.
		#[pallet::constant]
		type RejectionPriceShare: Get<Perbill>;

		/// Bond to challenge a single-provider result.
		#[pallet::constant]
		type ChallengeBond: Get<BalanceOf<Self>>;

		/// Share of the provider's slash paid to a challenger whose challenge governance upheld.
		#[pallet::constant]
		type ChallengerReward: Get<Perbill>;

		/// Fewest blocks between assignment and the commit deadline: a job is only assigned, and
		/// only accepted, while at least this many blocks remain.
		#[pallet::constant]
		type MinCommitWindow: Get<BlockNumberFor<Self>>;

		/// Most blocks between submission and the commit deadline.
		#[pallet::constant]
		type MaxCommitWindow: Get<BlockNumberFor<Self>>;

		/// Blocks of the reveal phase.
		#[pallet::constant]
		type RevealPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks in which a single-provider result can be challenged.
		#[pallet::constant]
		type ChallengePeriod: Get<BlockNumberFor<Self>>;

		/// Blocks governance has to decide a challenge before it lapses.
		#[pallet::constant]
		type DisputePeriod: Get<BlockNumberFor<Self>>;

		/// Blocks a finished job (and its outputs) stays in storage before it is pruned.
		#[pallet::constant]
		type RetentionPeriod: Get<BlockNumberFor<Self>>;

		/// Most providers per job.
		#[pallet::constant]
		type MaxRedundancy: Get<u32>;

		/// Most bytes of inline input.
		#[pallet::constant]
		type MaxInputLength: Get<u32>;

		/// Most bytes of inline output.
		#[pallet::constant]
		type MaxOutputLength: Get<u32>;

		/// Most bytes of an input or output URI.
		#[pallet::constant]
		type MaxUriLength: Get<u32>;

		/// Most jobs waiting for providers.
		#[pallet::constant]
		type MaxQueuedJobs: Get<u32>;

		/// Most jobs submitted in one block: they are drawn by the next block's hook.
		#[pallet::constant]
		type MaxDrawsPerBlock: Get<u32>;

		/// Eligible providers a job needs beyond its redundancy before it is assigned: the
		/// pool it is drawn from has at least `redundancy + MinPoolSurplus` providers, so a
		/// submitter cannot narrow the draw (by its price) to exactly the providers it wants.
		#[pallet::constant]
		type MinPoolSurplus: Get<u32>;

		/// Storage deposit of every job, held until the job is pruned: the fixed part.
		#[pallet::constant]
		type JobDepositBase: Get<BalanceOf<Self>>;

		/// Storage deposit of every job: the part per byte of its encoded input.
		#[pallet::constant]
		type JobDepositPerByte: Get<BalanceOf<Self>>;

		/// Most queued jobs the per-block hook tries to assign.
		#[pallet::constant]
		type MaxAssignmentsPerBlock: Get<u32>;

		/// Most due jobs the per-block hook handles.
		#[pallet::constant]
		type MaxDuePerBlock: Get<u32>;

		/// Most finished jobs the per-block hook prunes (a budget of its own: pruning never
		/// delays a phase transition).
		#[pallet::constant]
		type MaxPrunedPerBlock: Get<u32>;

		/// Most blocks of a schedule (`DueJobs`, `PruneSchedule`) one hook call scans, empty
		/// ones included: after a backlog the hook catches up over several blocks.
		#[pallet::constant]
		type MaxBlocksScanned: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Creates listed models and providers for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, BalanceOf<Self>>;
	}

	/// Sets up what the benchmarks need from other pallets.
	#[cfg(feature = "runtime-benchmarks")]
	pub trait BenchmarkHelper<AccountId, Balance> {
		/// A listed model that a CPU provider with 4 GiB can serve, with a price floor of at
		/// most 1: another one for each `seed` (the benchmarks give each of their jobs a model
		/// of its own, so that no two jobs share providers).
		fn listed_model(seed: u32) -> ModelId;
		/// Makes `who` (funded by the caller) an online provider of `model_id` at `price`, with
		/// at least `min_bond` bonded (more if the provider minimum is higher).
		fn provider(who: &AccountId, model_id: ModelId, price: Balance, min_bond: Balance) -> DispatchResult;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A submitter's payment for an open job.
		#[codec(index = 0)]
		JobEscrow,
		/// A challenger's bond on a disputed result.
		#[codec(index = 1)]
		ChallengeBond,
		/// A job's storage deposit, returned when the job is pruned.
		#[codec(index = 2)]
		JobDeposit,
	}

	/// Id of the next job.
	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, JobId, ValueQuery>;

	/// Jobs, open and recently finished.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOf<T>>;

	/// Revealed outputs: job -> provider -> output.
	#[pallet::storage]
	pub type Outputs<T: Config> =
		StorageDoubleMap<_, Twox64Concat, JobId, Blake2_128Concat, T::AccountId, OutputOf<T>>;

	/// Open jobs of each provider: provider -> job (what its off-chain worker works on).
	#[pallet::storage]
	pub type ProviderJobs<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, JobId, ()>;

	/// Jobs waiting for eligible providers, oldest first.
	#[pallet::storage]
	pub type Queue<T: Config> = StorageValue<_, BoundedVec<JobId, T::MaxQueuedJobs>, ValueQuery>;

	/// Jobs submitted in this block, drawn by the next block's hook (with randomness that did
	/// not exist when they were signed).
	#[pallet::storage]
	pub type PendingDraws<T: Config> = StorageValue<_, BoundedVec<JobId, T::MaxDrawsPerBlock>, ValueQuery>;

	/// Schedule of the per-block hook: block -> open jobs whose phase ends before it.
	#[pallet::storage]
	pub type DueJobs<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, JobId, ()>;

	/// First block of `DueJobs` that may still hold entries.
	#[pallet::storage]
	pub type DueCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// Pruning schedule: block -> finished jobs to remove from it on.
	#[pallet::storage]
	pub type PruneSchedule<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, JobId, ()>;

	/// First block of `PruneSchedule` that may still hold entries.
	#[pallet::storage]
	pub type PruneCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// Total held in escrow for open jobs.
	#[pallet::storage]
	pub type TotalEscrow<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A job was submitted and its payment put in escrow.
		JobSubmitted {
			/// The job.
			job_id: JobId,
			/// Who pays.
			submitter: T::AccountId,
			/// The model.
			model_id: ModelId,
			/// Providers wanted.
			redundancy: u32,
			/// Highest price per provider.
			max_price: BalanceOf<T>,
			/// Amount held in escrow (prices plus fee).
			escrow: BalanceOf<T>,
			/// Storage deposit held until the job is pruned.
			deposit: BalanceOf<T>,
			/// Last block to commit results.
			deadline: BlockNumberFor<T>,
		},
		/// Not enough eligible providers yet: the job waits in the queue.
		JobQueued {
			/// The job.
			job_id: JobId,
		},
		/// Providers were assigned.
		JobAssigned {
			/// The job.
			job_id: JobId,
			/// The assigned providers.
			providers: BoundedVec<T::AccountId, T::MaxRedundancy>,
			/// Last block to commit results.
			deadline: BlockNumberFor<T>,
		},
		/// A provider committed to its result.
		ResultCommitted {
			/// The job.
			job_id: JobId,
			/// The provider.
			provider: T::AccountId,
		},
		/// The reveal phase began.
		RevealStarted {
			/// The job.
			job_id: JobId,
			/// Last block to reveal.
			until: BlockNumberFor<T>,
		},
		/// A provider of an audited job opened its commitment with its output hash only; the
		/// output is published later (`ResultRevealed`).
		OutputHashRevealed {
			/// The job.
			job_id: JobId,
			/// The provider.
			provider: T::AccountId,
			/// The hash of its output (the commitment's).
			output_hash: H256,
		},
		/// A provider revealed its result.
		ResultRevealed {
			/// The job.
			job_id: JobId,
			/// The provider.
			provider: T::AccountId,
			/// BLAKE2-256 of the output.
			output_hash: H256,
		},
		/// A single-provider result, or a majority result some provider disputed by revealing
		/// another output, awaits the end of its challenge window.
		ChallengeWindowOpened {
			/// The job.
			job_id: JobId,
			/// The result.
			output_hash: H256,
			/// Last block to challenge.
			until: BlockNumberFor<T>,
		},
		/// A result was challenged, or a split appealed.
		JobChallenged {
			/// The job.
			job_id: JobId,
			/// Who challenged.
			challenger: T::AccountId,
			/// The bond held.
			bond: BalanceOf<T>,
		},
		/// Governance decided a challenge.
		ChallengeResolved {
			/// The job.
			job_id: JobId,
			/// Whether the result was found wrong (bond returned, providers of the result
			/// slashed) or not (bond paid to a provider of the result).
			upheld: bool,
		},
		/// A challenge was not decided in time: the bond was returned. A single provider's
		/// result is not accepted (the job fails `DisputeLapsed`, nobody is slashed); a majority
		/// result stands.
		ChallengeLapsed {
			/// The job.
			job_id: JobId,
		},
		/// A provider at fault on a job was slashed. Compute's `ProviderSlashed`, emitted before
		/// it (compute's `StatusChanged` may come between), reports the slash itself (the same
		/// provider, amounts and reason); this event adds the job it was for. A provider left
		/// with nothing at stake is removed (compute's `ProviderRemoved`, after this event) once
		/// this was its last open job and nothing of its stake is unbonding.
		ProviderPenalized {
			/// The job.
			job_id: JobId,
			/// The provider.
			provider: T::AccountId,
			/// The fault.
			reason: SlashReason,
			/// Amount taken from its stake.
			slashed: BalanceOf<T>,
			/// Part of `slashed` paid to the submitter.
			compensation: BalanceOf<T>,
		},
		/// Receipt of a settled job: the result was accepted and paid for.
		JobSettled {
			/// The job.
			job_id: JobId,
			/// Who paid.
			submitter: T::AccountId,
			/// The model.
			model_id: ModelId,
			/// BLAKE2-256 of the accepted output.
			result_hash: H256,
			/// Each winning provider and what it was paid.
			payments: PaymentsOf<T>,
			/// Protocol fee paid to the treasury.
			fee: BalanceOf<T>,
			/// Escrow returned to the submitter.
			refund: BalanceOf<T>,
		},
		/// A job ended without an accepted result.
		JobFailed {
			/// The job.
			job_id: JobId,
			/// Why.
			reason: FailReason,
			/// Providers paid for rejecting the input (`InputRejected` only), with the amounts.
			payments: PaymentsOf<T>,
			/// Protocol fee charged (zero for a job that was never assigned).
			fee: BalanceOf<T>,
			/// Escrow returned to the submitter.
			refund: BalanceOf<T>,
		},
		/// The submitter cancelled a queued job and was refunded.
		JobCancelled {
			/// The job.
			job_id: JobId,
			/// Escrow returned.
			refund: BalanceOf<T>,
		},
		/// A finished job left storage (after the retention period if it was assigned, at once
		/// if cancelled or never assigned) and its storage deposit was returned.
		JobPruned {
			/// The job.
			job_id: JobId,
			/// Storage deposit returned to the submitter.
			deposit: BalanceOf<T>,
		},
		/// No output was revealed by a strict majority (a split): until `until` a provider of
		/// the job may appeal (`challenge`) for its output; unappealed, the job then fails
		/// `NoMajority`.
		AppealWindowOpened {
			/// The job.
			job_id: JobId,
			/// Last block to appeal.
			until: BlockNumberFor<T>,
		},
		/// The worker of a job that may be audited committed (or worker and auditor disagreed):
		/// block `at` decides whether to audit it and draws the auditor (or the tie-breaker).
		AuditorPending {
			/// The job.
			job_id: JobId,
			/// Block whose hook draws.
			at: BlockNumberFor<T>,
		},
		/// The job is audited: `auditor` runs it too and commits by `deadline`.
		AuditorAssigned {
			/// The job.
			job_id: JobId,
			/// The auditor drawn.
			auditor: T::AccountId,
			/// Last block for the auditor to commit.
			deadline: BlockNumberFor<T>,
		},
		/// The job is not audited (the draw said no, or no provider was eligible to audit): its
		/// worker's result stands alone, open to challenges.
		JobNotAudited {
			/// The job.
			job_id: JobId,
		},
		/// Worker and auditor disagreed: `provider` runs the job a third time and commits by
		/// `deadline`; the majority decides.
		TieBreakerAssigned {
			/// The job.
			job_id: JobId,
			/// The tie-breaker drawn.
			provider: T::AccountId,
			/// Last block for it to commit.
			deadline: BlockNumberFor<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No job has this id.
		UnknownJob,
		/// The model is not listed.
		ModelNotListed,
		/// `max_price` is zero or below the model's minimum price.
		PriceTooLow,
		/// `redundancy` is 0 or above `MaxRedundancy`.
		RedundancyOutOfRange,
		/// The deadline leaves fewer than `MinCommitWindow` blocks.
		DeadlineTooSoon,
		/// The deadline is more than `MaxCommitWindow` blocks away.
		DeadlineTooFar,
		/// Inline input longer than `MaxInputLength`.
		InputTooLarge,
		/// Inline output longer than `MaxOutputLength`.
		OutputTooLarge,
		/// URI longer than `MaxUriLength`.
		UriTooLong,
		/// The price times the redundancy (plus fee) overflows.
		AmountOverflow,
		/// The free balance does not cover the escrow or bond.
		InsufficientBalance,
		/// This block already took `MaxDrawsPerBlock` new jobs; submit in a later block.
		TooManySubmissions,
		/// Only the submitter may do this.
		NotSubmitter,
		/// The provider is not assigned to the job (no provider is, while the job is queued); or,
		/// appealing a split, the signer is not a provider of the job that revealed an output.
		NotAssigned,
		/// The provider already committed.
		AlreadyCommitted,
		/// The provider already revealed.
		AlreadyRevealed,
		/// The provider never committed, so it cannot reveal.
		NotCommitted,
		/// Output and salt do not match the commitment.
		CommitmentMismatch,
		/// The reveal phase has not begun: other providers are still committing.
		RevealTooEarly,
		/// The phase for this action is over.
		TooLate,
		/// Only a job still waiting for providers (queued) can be cancelled.
		NotQueued,
		/// The job has no challenge to decide.
		NotDisputed,
		/// Another provider of the job already made this commitment (copied commitments are
		/// refused).
		DuplicateCommitment,
		/// The model takes text and the inline input is not valid UTF-8.
		InputNotText,
		/// The inline input is empty.
		EmptyInput,
		/// The model's agreement rule compares outputs, so they must be revealed inline.
		OutputNotInline,
		/// An audited job's worker and auditor open their commitments with output hashes only
		/// (`reveal_output_hash`) until it is known whether a tie-breaker runs.
		OutputHashFirst,
		/// The job's outputs are revealed in full (`reveal_result`): only an audited job's worker
		/// and auditor reveal hashes first.
		OutputRequired,
		/// An audited job's worker or auditor that did not open its commitment in the opening
		/// cannot reveal afterwards (it counts as not revealed).
		NotOpened,
		/// "Input rejected" is revealed with `reveal_rejection`.
		UseRevealRejection,
		/// The signer is neither a registered provider nor a provider's worker key.
		NotProvider,
		/// The job has no result to challenge yet: its providers are still being drawn,
		/// committing or revealing.
		NotYetJudged,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let (handled, scanned, auditor_draws) = Self::process_due(now);
			let (pruned, prune_scanned) = Self::prune_finished(now);
			let tried = Self::draw_submitted().saturating_add(Self::assign_queued(now));
			let mut weight = T::WeightInfo::on_initialize_idle().saturating_add(
				T::DbWeight::get().reads(scanned.saturating_add(prune_scanned).saturating_sub(2).into()),
			);
			if handled > 0 {
				weight = weight.saturating_add(T::WeightInfo::process_due(handled));
			}
			if pruned > 0 {
				weight = weight.saturating_add(T::WeightInfo::prune_finished(pruned));
			}
			if tried > 0 {
				weight = weight.saturating_add(T::WeightInfo::assign_queued(tried));
			}
			// Drawing an auditor or a tie-breaker is a draw of one provider from the model's
			// candidates: at most what assigning a queued job of `MaxRedundancy` costs.
			if auditor_draws > 0 {
				weight = weight.saturating_add(T::WeightInfo::assign_queued(auditor_draws));
			}
			weight
		}

		/// Checks that the constants agree: a job can be assigned within its commit window,
		/// every phase lasts at least a block, a job has at least one provider and a provider
		/// at fault loses something.
		fn integrity_test() {
			assert!(T::MinCommitWindow::get() >= One::one(), "MinCommitWindow must be at least a block");
			assert!(T::MinCommitWindow::get() <= T::MaxCommitWindow::get(), "MinCommitWindow > MaxCommitWindow");
			assert!(T::RevealPeriod::get() >= One::one(), "RevealPeriod must be at least a block");
			assert!(T::ChallengePeriod::get() >= One::one(), "ChallengePeriod must be at least a block");
			assert!(
				T::DisputePeriod::get() >= T::ChallengePeriod::get(),
				"governance must have at least as long to decide a challenge as watchers have to make one"
			);
			assert!(T::MaxRedundancy::get() >= 1, "MaxRedundancy must be at least 1");
			assert!(
				T::MaxRedundancy::get() >= 3,
				"an audited job holds its worker, an auditor and a tie-breaker: MaxRedundancy must be at least 3"
			);
			assert!(T::SlashMultiplier::get() >= 1, "a fault must cost a provider something");
			assert!(T::MaxDuePerBlock::get() >= 1, "the hook must make progress");
			assert!(T::MaxBlocksScanned::get() >= 1, "the hook must move through its schedules");
			assert!(
				T::MaxPrunedPerBlock::get() >= T::MaxDrawsPerBlock::get(),
				"pruning must keep up with the most jobs a block can create"
			);
			assert!(T::MaxDrawsPerBlock::get() >= 1, "a block must take at least one job");
			assert!(
				T::MinPoolSurplus::get().saturating_add(T::MaxRedundancy::get()) <= T::Providers::max_candidates(),
				"a job of MaxRedundancy must be assignable from a full model"
			);
		}

		/// Runs the assigned jobs of the providers whose worker keys this node holds (see
		/// [`crate::offchain`]).
		fn offchain_worker(now: BlockNumberFor<T>) {
			Self::work_on_assigned_jobs(now);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Submit an inference job and put its payment in escrow.
		///
		/// - origin: must be signed; the signer pays.
		/// - `model_id`: a listed model.
		/// - `input`: inline bytes (at most `MaxInputLength`, not empty, UTF-8 for models that
		///   take text) or hash + URI.
		/// - `max_price`: highest price per provider, at least the model's price.
		/// - `redundancy`: providers to run it, 1..=`MaxRedundancy`.
		/// - `deadline`: last block to commit results, `MinCommitWindow`..=`MaxCommitWindow`
		///   blocks ahead.
		///
		/// Holds `max_price * redundancy + fee` in escrow (plus `max_price` per possible audit
		/// run, [`Pallet::audit_runs`], for a single-provider job of a model with audits) and
		/// the job's storage deposit
		/// (`JobDepositBase + JobDepositPerByte * encoded input length`, returned when the job
		/// is pruned). The next block's hook draws the providers, with randomness that does not
		/// exist yet when the job is signed.
		///
		/// Emits `JobSubmitted` (and in the next block `JobAssigned` or `JobQueued`).
		#[pallet::call_index(0)]
		// The submitter pays for its draw in the next block's hook too.
		#[pallet::weight(T::WeightInfo::submit_job().saturating_add(T::WeightInfo::assign_queued(1)))]
		pub fn submit_job(
			origin: OriginFor<T>,
			model_id: ModelId,
			input: Payload<Vec<u8>, Vec<u8>>,
			max_price: BalanceOf<T>,
			redundancy: u32,
			deadline: BlockNumberFor<T>,
		) -> DispatchResult {
			let submitter = ensure_signed(origin)?;
			ensure!(
				(1..=T::MaxRedundancy::get()).contains(&redundancy),
				Error::<T>::RedundancyOutOfRange
			);
			let model = T::Models::listed_model(model_id).ok_or(Error::<T>::ModelNotListed)?;
			ensure!(!max_price.is_zero() && max_price >= model.price_per_job, Error::<T>::PriceTooLow);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(deadline >= now.saturating_add(T::MinCommitWindow::get()), Error::<T>::DeadlineTooSoon);
			ensure!(deadline <= now.saturating_add(T::MaxCommitWindow::get()), Error::<T>::DeadlineTooFar);
			let input = Self::bounded_payload(input, Error::<T>::InputTooLarge)?;
			Self::check_inline_input(&input, model.task)?;
			let audit_chance = if redundancy == 1 { model.audit_chance } else { Perbill::zero() };
			let audit = if audit_chance.is_zero() { AuditStage::NotAuditable } else { AuditStage::Undecided };
			let audit_runs = Self::audit_runs(audit.may_be_audited(), model.agreement);
			let (fee, escrow) =
				Self::escrow_for(max_price, redundancy, audit_runs).ok_or(Error::<T>::AmountOverflow)?;
			let deposit = Self::deposit_for(&input);
			let job_id = NextJobId::<T>::get();
			PendingDraws::<T>::try_append(job_id).map_err(|_| Error::<T>::TooManySubmissions)?;
			T::Currency::hold(&HoldReason::JobEscrow.into(), &submitter, escrow)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			T::Currency::hold(&HoldReason::JobDeposit.into(), &submitter, deposit)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			TotalEscrow::<T>::mutate(|total| *total = total.saturating_add(escrow));
			NextJobId::<T>::put(job_id.saturating_add(1));
			let job = JobInfo {
				submitter: submitter.clone(),
				model_id,
				model_hash: H256(model.content_hash),
				input,
				max_price,
				redundancy,
				agreement: model.agreement,
				audit_chance,
				audit,
				fee,
				escrow,
				deposit,
				slash_amount: Self::slash_amount_for(model.price_per_job),
				rejection_price: T::RejectionPriceShare::get().mul_floor(model.price_per_job).min(max_price),
				created_at: now,
				deadline,
				status: JobStatus::Queued,
				assignments: BoundedVec::new(),
				result: None,
				due_at: None,
			};
			Self::deposit_event(Event::JobSubmitted {
				job_id,
				submitter,
				model_id,
				redundancy,
				max_price,
				escrow,
				deposit,
				deadline,
			});
			Jobs::<T>::insert(job_id, job);
			Ok(())
		}

		/// Cancel a job still waiting for providers; the escrow is refunded in full and the job
		/// is pruned (deposit returned) in the next block.
		///
		/// - origin: must be signed by the job's submitter.
		///
		/// Emits `JobCancelled`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::cancel_job())]
		pub fn cancel_job(origin: OriginFor<T>, job_id: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
			ensure!(job.submitter == who, Error::<T>::NotSubmitter);
			ensure!(job.status == JobStatus::Queued, Error::<T>::NotQueued);
			Queue::<T>::mutate(|queue| queue.retain(|id| *id != job_id));
			PendingDraws::<T>::mutate(|pending| pending.retain(|id| *id != job_id));
			let refund = Self::refund_escrow(&mut job);
			job.status = JobStatus::Cancelled;
			Self::schedule_pruning(job_id, &mut job);
			Jobs::<T>::insert(job_id, job);
			Self::deposit_event(Event::JobCancelled { job_id, refund });
			Ok(())
		}

		/// Commit to a result: `commitment =` [`commitment_of`]`(job_id, provider, output_hash,
		/// salt)`, where `provider` is the provider's account (also when its worker key signs),
		/// `output_hash` BLAKE2-256 of the output (or [`input_rejected_hash`]) and `salt` 32
		/// secret random bytes.
		///
		/// - origin: must be signed by an assigned provider or its worker key, once, by the
		///   job's deadline.
		/// - `commitment`: not one another provider of the job already made.
		///
		/// Emits `ResultCommitted` (and `RevealStarted` once every provider committed).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::commit_result())]
		pub fn commit_result(origin: OriginFor<T>, job_id: JobId, commitment: H256) -> DispatchResult {
			let provider = Self::signing_provider(origin)?;
			let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
			match job.status {
				JobStatus::Committing => {},
				JobStatus::Queued => return Err(Error::<T>::NotAssigned.into()),
				_ => return Err(Error::<T>::TooLate.into()),
			}
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now <= job.deadline, Error::<T>::TooLate);
			let duplicate = job.assignments.iter().any(|a| a.commitment == Some(commitment));
			let assignment = job.assignment_of_mut(&provider).ok_or(Error::<T>::NotAssigned)?;
			ensure!(assignment.commitment.is_none(), Error::<T>::AlreadyCommitted);
			ensure!(!duplicate, Error::<T>::DuplicateCommitment);
			assignment.commitment = Some(commitment);
			Self::deposit_event(Event::ResultCommitted { job_id, provider });
			if job.assignments.iter().all(|a| a.commitment.is_some()) {
				if job.audit == AuditStage::Undecided {
					Self::await_auditor(job_id, &mut job);
				} else {
					Self::start_reveal(job_id, &mut job);
				}
			}
			Jobs::<T>::insert(job_id, job);
			Ok(())
		}

		/// Reveal a committed result.
		///
		/// - origin: must be signed by an assigned provider (or its worker) that committed, once,
		///   in the reveal phase.
		/// - `output`: inline bytes (at most `MaxOutputLength`) or hash + URI (not for a model
		///   whose agreement rule compares outputs: `OutputNotInline`); its hash and `salt` must
		///   match the commitment.
		///
		/// Emits `ResultRevealed`; the last reveal judges the job (see the pallet docs).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::reveal_result())]
		pub fn reveal_result(
			origin: OriginFor<T>,
			job_id: JobId,
			output: Payload<Vec<u8>, Vec<u8>>,
			salt: H256,
		) -> DispatchResult {
			let provider = Self::signing_provider(origin)?;
			let output = Self::bounded_payload(output, Error::<T>::OutputTooLarge)?;
			Self::do_reveal(job_id, provider, output.hash(), Some(output), salt)
		}

		/// Reveal a committed "input rejected": the provider could not run the job's input
		/// (see [`input_rejected_hash`]). Judged like any output: a majority of rejections fails
		/// the job with `InputRejected`, the rejecting providers are paid the rejection price
		/// and nobody in the majority is slashed.
		///
		/// - origin: as for `reveal_result`.
		/// - `salt`: the salt of the commitment to [`input_rejected_hash`].
		///
		/// Emits `ResultRevealed` with the rejection hash; the last reveal judges the job.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::reveal_result())]
		pub fn reveal_rejection(origin: OriginFor<T>, job_id: JobId, salt: H256) -> DispatchResult {
			let provider = Self::signing_provider(origin)?;
			Self::do_reveal(job_id, provider, input_rejected_hash(), None, salt)
		}

		/// Open a committed result of an audited job with its output hash only: worker and
		/// auditor do this first, so that no output is public before a tie-breaker (if their
		/// hashes differ) has committed. The output itself follows with `reveal_result` once the
		/// job asks for it (an opened output never published counts as not revealed).
		///
		/// - origin: as for `reveal_result`; the job must be audited and in the reveal phase of
		///   its worker and auditor (else `OutputRequired`).
		/// - `output_hash`, `salt`: must match the commitment; not the rejection's
		///   (`UseRevealRejection`: a rejection is revealed with `reveal_rejection`).
		///
		/// Emits `OutputHashRevealed`; the last opening decides between publishing the outputs
		/// and drawing a tie-breaker.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::reveal_output_hash())]
		pub fn reveal_output_hash(origin: OriginFor<T>, job_id: JobId, output_hash: H256, salt: H256) -> DispatchResult {
			let provider = Self::signing_provider(origin)?;
			ensure!(output_hash != input_rejected_hash(), Error::<T>::UseRevealRejection);
			Self::do_reveal(job_id, provider, output_hash, None, salt)
		}

		/// Challenge a result within its challenge window, holding `ChallengeBond`: a
		/// single provider's result, or a majority result that another provider of the job
		/// contradicted (its appeal). `ResolutionOrigin` decides: upheld returns the bond,
		/// slashes the providers of the result, pays the challenger `ChallengerReward` of one
		/// slash and refunds the submitter in full; dismissed pays the bond to a provider of the
		/// result and the standing verdict applies. Undecided within `DisputePeriod`, the bond
		/// is returned; a single provider's result is not accepted (the job fails
		/// `DisputeLapsed`), a majority result stands.
		///
		/// A split (no output revealed by a strict majority) has no result to challenge but an
		/// appeal window too: a provider of the job that revealed an output may appeal for it.
		/// Upheld, that output is accepted (its providers are paid, the others slashed
		/// `WrongResult`, the bond returned); dismissed, the appellant is slashed `WrongResult`,
		/// its bond goes to a provider of another output and the job fails `NoMajority`; lapsed,
		/// the job fails `NoMajority`, the bond returned.
		///
		/// - origin: must be signed (the submitter, a provider of the job or any watcher; for a
		///   split: a provider of the job that revealed an output, with its own account).
		///
		/// Emits `JobChallenged`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::challenge())]
		pub fn challenge(origin: OriginFor<T>, job_id: JobId) -> DispatchResult {
			let challenger = ensure_signed(origin)?;
			let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
			let now = frame_system::Pallet::<T>::block_number();
			match job.status {
				JobStatus::Challengeable { until } => ensure!(now <= until, Error::<T>::TooLate),
				JobStatus::Disputed { .. } | JobStatus::Settled | JobStatus::Failed(_) | JobStatus::Cancelled =>
					return Err(Error::<T>::TooLate.into()),
				JobStatus::Queued |
				JobStatus::Committing |
				JobStatus::Revealing { .. } |
				JobStatus::AwaitingAuditor => return Err(Error::<T>::NotYetJudged.into()),
			}
			if job.result.is_none() {
				// A split: only a provider that revealed an output can appeal, for that output.
				Self::appealed_output(&job, &challenger).ok_or(Error::<T>::NotAssigned)?;
			}
			let bond = T::ChallengeBond::get();
			T::Currency::hold(&HoldReason::ChallengeBond.into(), &challenger, bond)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			let until = now.saturating_add(T::DisputePeriod::get());
			job.status = JobStatus::Disputed { challenger: challenger.clone(), bond, until };
			Self::schedule(job_id, &mut job, until.saturating_add(One::one()));
			Jobs::<T>::insert(job_id, job);
			Self::deposit_event(Event::JobChallenged { job_id, challenger, bond });
			Ok(())
		}

		/// Decide a challenge.
		///
		/// - origin: `ResolutionOrigin`.
		/// - `upheld`: `true` if the challenger is right. For a challenged result: the result is
		///   wrong, the challenger's bond is returned, the providers of the result slashed
		///   (`WrongResult`) with `ChallengerReward` of one slash to the challenger, and the
		///   submitter refunded in full; `false`: the bond is paid to the first provider of the
		///   result and the standing verdict applies. For an appealed split: the appellant's
		///   output is accepted; `false`: the appellant is slashed, its bond paid to the first
		///   provider of another output, and the job fails `NoMajority`.
		///
		/// Emits `ChallengeResolved`, then `JobFailed` or `JobSettled`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::resolve_challenge())]
		pub fn resolve_challenge(origin: OriginFor<T>, job_id: JobId, upheld: bool) -> DispatchResult {
			T::ResolutionOrigin::ensure_origin(origin)?;
			let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
			let JobStatus::Disputed { challenger, bond, .. } = job.status.clone() else {
				return Err(Error::<T>::NotDisputed.into());
			};
			Self::deposit_event(Event::ChallengeResolved { job_id, upheld });
			// The first provider whose output agrees (or, `agreeing = false`, revealed one that
			// does not agree) with the output hashed `reference`, under the job's rule.
			let revealed = Self::revealed_outputs(job_id, &job);
			let first_provider_of = |job: &JobOf<T>, reference: &H256, agreeing: bool| {
				job.assignments
					.iter()
					.enumerate()
					.find(|(i, a)| a.output_hash.is_some() && revealed.agrees_with(*i, reference) == agreeing)
					.map(|(_, a)| a.provider.clone())
			};
			match (job.result, upheld) {
				(Some(result), true) => {
					Self::release_bond(&challenger, bond);
					Self::finish(job_id, &mut job, Verdict::Overturned { wrong: result, challenger });
				},
				(Some(result), false) => {
					let provider = first_provider_of(&job, &result, true);
					Self::forfeit_bond(&challenger, provider.as_ref(), bond);
					Self::finish(job_id, &mut job, Self::verdict_for(result));
				},
				(None, upheld) => {
					let claimed = Self::appealed_output(&job, &challenger).ok_or(Error::<T>::NotDisputed)?;
					if upheld {
						Self::release_bond(&challenger, bond);
						Self::finish(job_id, &mut job, Self::verdict_for(claimed));
					} else {
						let provider = first_provider_of(&job, &claimed, false);
						Self::forfeit_bond(&challenger, provider.as_ref(), bond);
						let verdict = Verdict::Failed { reason: FailReason::NoMajority, wrong: Some(claimed) };
						Self::finish(job_id, &mut job, verdict);
					}
				},
			}
			Jobs::<T>::insert(job_id, job);
			Ok(())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The job `job_id`, if it exists (open, or finished and not yet pruned).
		pub fn job(job_id: JobId) -> Option<JobOf<T>> {
			Jobs::<T>::get(job_id)
		}

		/// One page of the stored jobs (open, or finished and not yet pruned), in storage order,
		/// starting after `start_after` (`None`: from the first), at most `limit` of them (see
		/// [`Page`] for how to read on).
		pub fn jobs(start_after: Option<JobId>, limit: u32) -> Page<JobId, JobOf<T>> {
			Page::of_map::<Jobs<T>>(start_after, limit, |_| true)
		}

		/// The outputs revealed for job `job_id`, by provider (at most one per assignment; a
		/// rejection or an opened hash stores none). Kept until the job is pruned.
		pub fn outputs(job_id: JobId) -> Vec<(T::AccountId, OutputOf<T>)> {
			Outputs::<T>::iter_prefix(job_id).collect()
		}

		/// The total held in escrow for open jobs.
		pub fn escrow_total() -> BalanceOf<T> {
			TotalEscrow::<T>::get()
		}

		/// The jobs waiting for providers, oldest first (at most `MaxQueuedJobs`).
		pub fn queued_jobs() -> Vec<JobId> {
			Queue::<T>::get().into_inner()
		}

		/// The cheapest `max_price` at which `redundancy + MinPoolSurplus` online providers of
		/// `model_id` qualify (price within it, enough free stake for the model's slash amount), with the
		/// fee and escrow that go with it.
		pub fn quote(model_id: ModelId, redundancy: u32) -> Option<Quote<BalanceOf<T>>> {
			if !(1..=T::MaxRedundancy::get()).contains(&redundancy) {
				return None;
			}
			let model = T::Models::listed_model(model_id)?;
			let floor = model.price_per_job;
			let may_be_audited = redundancy == 1 && !model.audit_chance.is_zero();
			let slash = Self::slash_amount_for(floor);
			let candidates: Vec<_> =
				T::Providers::candidates(model_id).into_iter().filter(|c| Self::free_stake(c) >= slash).collect();
			let mut prices: Vec<BalanceOf<T>> = candidates.iter().map(|c| c.price.max(floor)).collect();
			prices.sort();
			prices.dedup();
			prices.into_iter().filter(|p| !p.is_zero()).find_map(|max_price| {
				let qualified = candidates.iter().filter(|c| c.price <= max_price).count() as u32;
				let needed = if may_be_audited { redundancy.saturating_add(2) } else { redundancy };
				if qualified < Self::min_pool(needed) {
					return None;
				}
				let audit_runs = Self::audit_runs(may_be_audited, model.agreement);
				let (fee, escrow) = Self::escrow_for(max_price, redundancy, audit_runs)?;
				Some(Quote { max_price, fee, escrow })
			})
		}
	}

	/// How a judged job ends.
	pub(crate) enum Verdict<AccountId> {
		/// This output hash is the accepted result.
		Accepted(H256),
		/// The providers' "input rejected" won: the job fails, the rejecting providers are paid.
		Rejected,
		/// No accepted result; providers that revealed `wrong` are at fault.
		Failed {
			/// Why the job failed.
			reason: FailReason,
			/// An output hash known to be wrong.
			wrong: Option<H256>,
		},
		/// Governance upheld `challenger`'s challenge of the single result `wrong`.
		Overturned {
			/// The result found wrong.
			wrong: H256,
			/// Who challenged it: rewarded from the provider's slash.
			challenger: AccountId,
		},
	}

	impl<AccountId> Verdict<AccountId> {
		/// The output hash the verdict accepts as the job's result (the rejection's for a winning
		/// "input rejected"); `None` for a job that failed or was overturned.
		pub(crate) fn winning_output(&self) -> Option<H256> {
			match self {
				Verdict::Accepted(result) => Some(*result),
				Verdict::Rejected => Some(input_rejected_hash()),
				Verdict::Failed { .. } | Verdict::Overturned { .. } => None,
			}
		}

		/// Whether the verdict is nobody's proven fault: an audit that could not run. Then no
		/// provider is slashed, no fee is charged and no track record changes either way.
		pub(crate) fn excuses_providers(&self) -> bool {
			matches!(self, Verdict::Failed { reason: FailReason::AuditUnavailable, .. })
		}
	}

	/// What a verdict means for one provider of the job ([`Pallet::rulings`]), decided before any
	/// funds move.
	#[derive(Clone, Copy, PartialEq, Eq, Debug)]
	pub(crate) struct Ruling {
		/// Its output is the winning result: it is paid its price.
		pub won: bool,
		/// Why it is slashed, if it is at fault.
		pub fault: Option<SlashReason>,
		/// What its track record gains.
		pub outcome: JobOutcome,
	}

	impl<T: Config> Pallet<T> {
		/// The escrow of a job: `(fee, max_price * (redundancy + audit_runs) + fee)`, the fee on
		/// `max_price * redundancy` only (what an audit did not use is refunded); see
		/// [`Self::audit_runs`].
		pub fn escrow_for(
			max_price: BalanceOf<T>,
			redundancy: u32,
			audit_runs: u32,
		) -> Option<(BalanceOf<T>, BalanceOf<T>)> {
			let prices = max_price.checked_mul(&redundancy.into())?;
			let fee = T::ProtocolFee::get().mul_ceil(prices);
			let audit = max_price.checked_mul(&audit_runs.into())?;
			Some((fee, prices.checked_add(&fee)?.checked_add(&audit)?))
		}

		/// Paid runs beyond its redundancy that a job's escrow must cover: none without audits;
		/// the auditor's (after a lie, auditor and tie-breaker are paid instead of the worker);
		/// and under a rule that compares outputs a tie-breaker's too: it is drawn whenever
		/// worker and auditor opened different hashes, and honest outputs that differ in a byte
		/// and agree under the rule are then all three paid.
		pub fn audit_runs(may_be_audited: bool, agreement: AgreementRule) -> u32 {
			match (may_be_audited, agreement.compares_outputs()) {
				(false, _) => 0,
				(true, false) => 1,
				(true, true) => 2,
			}
		}

		/// Bounds a call's payload: inline data to `N` bytes (else `too_large`), URIs to
		/// `MaxUriLength`.
		fn bounded_payload<N: Get<u32>>(
			payload: Payload<Vec<u8>, Vec<u8>>,
			too_large: Error<T>,
		) -> Result<BoundedPayloadOf<T, N>, Error<T>> {
			Ok(match payload {
				Payload::Inline(data) => Payload::Inline(data.try_into().map_err(|_| too_large)?),
				Payload::Remote { hash, uri } =>
					Payload::Remote { hash, uri: uri.try_into().map_err(|_| Error::<T>::UriTooLong)? },
			})
		}

		/// Checks inline input where that is cheap: not empty, and UTF-8 for models that take
		/// text. (A job no provider can run would otherwise only fail after assignment.)
		fn check_inline_input(input: &InputOf<T>, task: TaskKind) -> DispatchResult {
			if let Payload::Inline(data) = input {
				ensure!(!data.is_empty(), Error::<T>::EmptyInput);
				ensure!(!task.takes_text() || core::str::from_utf8(data).is_ok(), Error::<T>::InputNotText);
			}
			Ok(())
		}

		/// The storage deposit of a job with `input`: `JobDepositBase` plus `JobDepositPerByte`
		/// per byte of its encoding.
		pub fn deposit_for(input: &InputOf<T>) -> BalanceOf<T> {
			let bytes: BalanceOf<T> = (input.encoded_size() as u32).into();
			T::JobDepositBase::get().saturating_add(T::JobDepositPerByte::get().saturating_mul(bytes))
		}

		/// What a provider at fault loses on a job for a model priced `model_price`.
		pub fn slash_amount_for(model_price: BalanceOf<T>) -> BalanceOf<T> {
			model_price.saturating_mul(T::SlashMultiplier::get().into())
		}

		/// Records `provider`'s reveal of `output_hash`: with the output, or without it (a
		/// rejection, or an audited job's opening), or the publication of an output it opened
		/// before. Judges the job once every committed provider revealed (see
		/// [`Self::has_revealed`]).
		fn do_reveal(
			job_id: JobId,
			provider: T::AccountId,
			output_hash: H256,
			output: Option<OutputOf<T>>,
			salt: H256,
		) -> DispatchResult {
			let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
			let until = match job.status {
				JobStatus::Revealing { until } => until,
				JobStatus::Committing => return Err(Error::<T>::RevealTooEarly.into()),
				JobStatus::Queued => return Err(Error::<T>::NotAssigned.into()),
				_ => return Err(Error::<T>::TooLate.into()),
			};
			ensure!(frame_system::Pallet::<T>::block_number() <= until, Error::<T>::TooLate);
			let remote = matches!(output, Some(Payload::Remote { .. }));
			let hash_only = output.is_none() && output_hash != input_rejected_hash();
			let opening = job.audit.opens_hashes_first();
			let publishing = job.audit == AuditStage::Publishing;
			ensure!(!opening || output.is_none(), Error::<T>::OutputHashFirst);
			ensure!(opening || !hash_only, Error::<T>::OutputRequired);
			ensure!(!(remote && job.agreement.compares_outputs()), Error::<T>::OutputNotInline);
			let assignment = job.assignment_of_mut(&provider).ok_or(Error::<T>::NotAssigned)?;
			let commitment = assignment.commitment.ok_or(Error::<T>::NotCommitted)?;
			match assignment.output_hash {
				None => {
					// A worker or auditor that did not open its hash has nothing left to reveal.
					ensure!(!publishing, Error::<T>::NotOpened);
					ensure!(
						commitment_of(job_id, &provider, &output_hash, &salt) == commitment,
						Error::<T>::CommitmentMismatch
					)
				},
				// Opened before: now it publishes exactly the output it opened.
				Some(opened) => {
					ensure!(output.is_some() && !Outputs::<T>::contains_key(job_id, &provider), Error::<T>::AlreadyRevealed);
					ensure!(opened == output_hash, Error::<T>::CommitmentMismatch);
				},
			}
			assignment.output_hash = Some(output_hash);
			match output {
				Some(output) => Outputs::<T>::insert(job_id, &provider, output),
				None if hash_only => {
					Self::deposit_event(Event::OutputHashRevealed { job_id, provider: provider.clone(), output_hash })
				},
				None => {},
			}
			if !hash_only {
				Self::deposit_event(Event::ResultRevealed { job_id, provider, output_hash });
			}
			if Self::all_revealed(job_id, &job) {
				Self::judge(job_id, &mut job);
			}
			Jobs::<T>::insert(job_id, job);
			Ok(())
		}

		/// Whether assignment `a` of the job has nothing more to reveal in the current reveal
		/// phase: it never committed, or it revealed (in an audited job's opening, its output
		/// hash; once the opened outputs are to be published, the output itself), or it missed
		/// the opening.
		pub(crate) fn has_revealed(job_id: JobId, job: &JobOf<T>, a: &AssignmentOf<T>) -> bool {
			match a.output_hash {
				// Publishing: a worker or auditor that did not open has nothing left to reveal
				// (it counts as not revealed).
				None => a.commitment.is_none() || job.audit == AuditStage::Publishing,
				Some(_) if !job.audit.publishes_opened_outputs() => true,
				Some(_) => Self::output_published(job_id, a),
			}
		}

		/// Whether assignment `a` revealed its output in full: the output is stored, or it is a
		/// rejection (which has none).
		pub(crate) fn output_published(job_id: JobId, a: &AssignmentOf<T>) -> bool {
			a.output_hash
				.is_some_and(|hash| hash == input_rejected_hash() || Outputs::<T>::contains_key(job_id, &a.provider))
		}

		/// Whether every provider of the job has revealed what the current phase asks for.
		fn all_revealed(job_id: JobId, job: &JobOf<T>) -> bool {
			job.assignments.iter().all(|a| Self::has_revealed(job_id, job, a))
		}

		/// The provider a signed origin acts for (itself or the provider whose worker it is).
		fn signing_provider(origin: OriginFor<T>) -> Result<T::AccountId, DispatchError> {
			let signer = ensure_signed(origin)?;
			Ok(T::Providers::provider_for_signer(&signer).ok_or(Error::<T>::NotProvider)?)
		}

		/// Last block at which a queued job can still be assigned.
		fn assignable_until(job: &JobOf<T>) -> BlockNumberFor<T> {
			job.deadline.saturating_sub(T::MinCommitWindow::get())
		}

		/// Makes the per-block hook look at the open job at block `at` (at the earliest the next
		/// block), replacing its previous entry.
		fn schedule(job_id: JobId, job: &mut JobOf<T>, at: BlockNumberFor<T>) {
			Self::unschedule(job_id, job);
			let at = Self::not_before_next_block(at);
			DueJobs::<T>::insert(at, job_id, ());
			job.due_at = Some(at);
		}

		/// Moves a finished job from the phase schedule to the pruning schedule: removed after
		/// the retention period if it was assigned (its result and receipt stay readable), in
		/// the next block if it was cancelled or never assigned.
		fn schedule_pruning(job_id: JobId, job: &mut JobOf<T>) {
			Self::unschedule(job_id, job);
			let retention = if job.assignments.is_empty() { Zero::zero() } else { T::RetentionPeriod::get() };
			let at = Self::not_before_next_block(frame_system::Pallet::<T>::block_number().saturating_add(retention));
			PruneSchedule::<T>::insert(at, job_id, ());
			job.due_at = Some(at);
		}

		/// Removes the open job's entry from the phase schedule, if it has one.
		fn unschedule(job_id: JobId, job: &mut JobOf<T>) {
			if let Some(previous) = job.due_at.take() {
				DueJobs::<T>::remove(previous, job_id);
			}
		}

		/// `at`, or the next block if `at` is earlier.
		fn not_before_next_block(at: BlockNumberFor<T>) -> BlockNumberFor<T> {
			at.max(frame_system::Pallet::<T>::block_number().saturating_add(One::one()))
		}

		/// Bonded stake of a candidate not backing its other open jobs.
		fn free_stake(candidate: &ProviderCandidate<T::AccountId, BalanceOf<T>>) -> BalanceOf<T> {
			candidate.bonded.saturating_sub(candidate.exposure)
		}

		/// The eligible providers of a job: online candidates below their job limit, serving its
		/// model at a price within `max_price`, with at least `slash_amount` of free stake, not
		/// the submitter.
		fn eligible(job: &JobOf<T>) -> Vec<ProviderCandidate<T::AccountId, BalanceOf<T>>> {
			T::Providers::candidates(job.model_id)
				.into_iter()
				.filter(|c| {
					c.provider != job.submitter &&
						c.price <= job.max_price &&
						Self::free_stake(c) >= job.slash_amount
				})
				.collect()
		}

		/// Draw weight of a candidate: free stake times its smoothed success rate
		/// `(completed + 1) / (completed + failed + 2)`, at least 1.
		fn draw_weight(candidate: &ProviderCandidate<T::AccountId, BalanceOf<T>>) -> u128 {
			let completed = candidate.jobs_completed.saturating_add(1);
			let total = candidate.jobs_failed.saturating_add(completed).saturating_add(1);
			let rate = Perbill::from_rational(completed, total);
			let stake: u128 = Self::free_stake(candidate).unique_saturated_into();
			rate.mul_floor(stake).max(1)
		}

		/// Draws `count` distinct candidates, each with probability proportional to its draw
		/// weight, from a random seed for `job_id`.
		pub(crate) fn draw(
			job_id: JobId,
			candidates: Vec<ProviderCandidate<T::AccountId, BalanceOf<T>>>,
			count: u32,
		) -> Vec<ProviderCandidate<T::AccountId, BalanceOf<T>>> {
			Self::draw_seeded(&(b"infera/jobs/assign", job_id).encode(), candidates, count)
		}

		/// Draws like [`Self::draw`], from the randomness for `subject`.
		fn draw_seeded(
			subject: &[u8],
			mut candidates: Vec<ProviderCandidate<T::AccountId, BalanceOf<T>>>,
			count: u32,
		) -> Vec<ProviderCandidate<T::AccountId, BalanceOf<T>>> {
			let (seed, _) = T::Randomness::random(subject);
			let mut weights: Vec<u128> = candidates.iter().map(Self::draw_weight).collect();
			let mut chosen = Vec::new();
			for round in 0..count {
				let total = weights.iter().fold(0u128, |sum, w| sum.saturating_add(*w));
				let entropy = sp_runtime::traits::BlakeTwo256::hash_of(&(seed, round));
				// A point in `0..total`; no weight left (`total` 0) ends the draw.
				let Some(mut point) = u128::decode(&mut entropy.as_bytes()).unwrap_or_default().checked_rem(total) else {
					break;
				};
				let mut index = 0usize;
				for (i, weight) in weights.iter().enumerate() {
					index = i;
					if point < *weight {
						break;
					}
					point = point.saturating_sub(*weight);
				}
				if index >= candidates.len() {
					break;
				}
				weights.swap_remove(index);
				chosen.push(candidates.swap_remove(index));
			}
			chosen
		}

		/// Fewest eligible providers a job of `redundancy` is drawn from.
		fn min_pool(redundancy: u32) -> u32 {
			redundancy.saturating_add(T::MinPoolSurplus::get())
		}

		/// Providers the job may need: its redundancy, plus an auditor and a tie-breaker for a
		/// job that may be audited (so that it is only assigned where an audit can run: a worker
		/// must not be able to see, before committing, that nobody could audit it).
		fn providers_needed(job: &JobOf<T>) -> u32 {
			let audit = if job.audit.may_be_audited() { 2 } else { 0 };
			job.redundancy.saturating_add(audit)
		}

		/// Assigns providers to a queued job if its model is still listed and at least
		/// `redundancy + MinPoolSurplus` providers are eligible. Returns whether it did. (A job of a model delisted while it waited stays
		/// queued until it expires, refunded in full.)
		fn try_assign(job_id: JobId, job: &mut JobOf<T>) -> bool {
			if T::Models::listed_model(job.model_id).is_none() {
				return false;
			}
			let eligible = Self::eligible(job);
			if (eligible.len() as u32) < Self::min_pool(Self::providers_needed(job)) {
				return false;
			}
			let drawn = Self::draw(job_id, eligible, job.redundancy);
			let assignments: Vec<_> = drawn
				.into_iter()
				.map(|c| Assignment { provider: c.provider, price: c.price, commitment: None, output_hash: None })
				.collect();
			let Ok(assignments) = AssignmentsOf::<T>::try_from(assignments) else { return false };
			if (assignments.len() as u32) < job.redundancy {
				return false;
			}
			for a in assignments.iter() {
				T::Providers::note_job_assigned(&a.provider, job.slash_amount);
				ProviderJobs::<T>::insert(&a.provider, job_id, ());
			}
			let providers = assignments.iter().map(|a| a.provider.clone()).collect::<Vec<_>>();
			job.assignments = assignments;
			job.status = JobStatus::Committing;
			let commit_phase_end = job.deadline.saturating_add(One::one());
			Self::schedule(job_id, job, commit_phase_end);
			Self::deposit_event(Event::JobAssigned {
				job_id,
				providers: BoundedVec::truncate_from(providers),
				deadline: job.deadline,
			});
			true
		}

		/// Starts the reveal phase; if every provider that committed has revealed already (a
		/// tie-breaker that never committed after worker and auditor opened rejections),
		/// judges at once instead of waiting it out.
		fn start_reveal(job_id: JobId, job: &mut JobOf<T>) {
			let until = frame_system::Pallet::<T>::block_number().saturating_add(T::RevealPeriod::get());
			job.status = JobStatus::Revealing { until };
			Self::schedule(job_id, job, until.saturating_add(One::one()));
			Self::deposit_event(Event::RevealStarted { job_id, until });
			if Self::all_revealed(job_id, job) && job.assignments.iter().any(|a| a.output_hash.is_some()) {
				Self::judge(job_id, job);
			}
		}

		/// Worker and auditor of an audited job publish the outputs they opened (in a fresh
		/// reveal phase), to be judged by them: no tie-breaker runs.
		fn publish_opened_outputs(job_id: JobId, job: &mut JobOf<T>) {
			job.audit = AuditStage::Publishing;
			Self::start_reveal(job_id, job);
		}

		/// Hands the job to the next block's hook, which decides whether to audit it and draws
		/// its auditor, or draws a tie-breaker (see [`Self::draw_auditor`]).
		fn await_auditor(job_id: JobId, job: &mut JobOf<T>) {
			let at = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
			job.status = JobStatus::AwaitingAuditor;
			Self::schedule(job_id, job, at);
			Self::deposit_event(Event::AuditorPending { job_id, at });
		}

		/// Whether the job is audited: true with probability `chance`, from the randomness of
		/// the block in which it is decided (after the worker's commitment).
		fn audit_roll(job_id: JobId, chance: Perbill) -> bool {
			let (seed, _) = T::Randomness::random(&(b"infera/jobs/audit-roll", job_id).encode());
			let entropy = sp_runtime::traits::BlakeTwo256::hash_of(&seed);
			let value = u64::decode(&mut entropy.as_bytes()).unwrap_or_default() % 1_000_000_000;
			Perbill::from_parts(value as u32) < chance
		}

		/// The hook's part of an audit: decides whether to audit a job whose worker committed
		/// and draws the auditor, or draws the tie-breaker of a worker and auditor that opened
		/// different hashes. Once the draw said "audit" the job is never settled unaudited:
		/// without an eligible auditor it tries again every block until `MinCommitWindow` blocks
		/// after the worker's deadline, then fails `AuditUnavailable` (refunded, the worker
		/// neither paid nor slashed), so emptying the pool cannot buy a worker an unaudited lie.
		/// Without an eligible tie-breaker it tries again every block until `RevealPeriod +
		/// MinCommitWindow` blocks after the auditor's deadline; then worker and auditor publish
		/// their outputs and are judged by themselves (a disagreement under the rule is a split
		/// open to appeals).
		/// Returns whether it drew (for the hook's weight).
		fn draw_auditor(job_id: JobId, job: &mut JobOf<T>) -> bool {
			match job.audit {
				AuditStage::Undecided if !Self::audit_roll(job_id, job.audit_chance) => {
					job.audit = AuditStage::NotAudited;
					Self::deposit_event(Event::JobNotAudited { job_id });
					Self::start_reveal(job_id, job);
					false
				},
				AuditStage::Undecided | AuditStage::AuditorWanted => {
					job.audit = AuditStage::AuditorWanted;
					match Self::draw_extra_provider(job_id, job, b"infera/jobs/auditor") {
						Some(auditor) => {
							job.audit = AuditStage::Auditing;
							Self::deposit_event(Event::AuditorAssigned { job_id, auditor, deadline: job.deadline });
						},
						None => {
							let now = frame_system::Pallet::<T>::block_number();
							if now > job.deadline.saturating_add(T::MinCommitWindow::get()) {
								let verdict = Verdict::Failed { reason: FailReason::AuditUnavailable, wrong: None };
								Self::finish(job_id, job, verdict);
							} else {
								Self::await_auditor(job_id, job);
							}
						},
					}
					true
				},
				AuditStage::Auditing => {
					match Self::draw_extra_provider(job_id, job, b"infera/jobs/tie-breaker") {
						Some(provider) => {
							job.audit = AuditStage::TieBreaking;
							Self::deposit_event(Event::TieBreakerAssigned { job_id, provider, deadline: job.deadline });
						},
						// Tried again every block while worker and auditor could still be in their
						// reveal and `MinCommitWindow` blocks more: the liar, which may open last,
						// must not be able to time the draw to a moment nobody is eligible.
						None => {
							let now = frame_system::Pallet::<T>::block_number();
							let retry_until = job
								.deadline
								.saturating_add(T::RevealPeriod::get())
								.saturating_add(T::MinCommitWindow::get());
							if now > retry_until {
								Self::publish_opened_outputs(job_id, job);
							} else {
								Self::await_auditor(job_id, job);
							}
						},
					}
					true
				},
				// Not reached: only the two stages above wait for the hook.
				_ => {
					Self::start_reveal(job_id, job);
					false
				},
			}
		}

		/// Draws one more provider for the job (an auditor or a tie-breaker) from its eligible
		/// providers not yet assigned, if any: assigns it at its price (covered by the audit's
		/// escrow), gives it `MinCommitWindow` blocks to commit and reopens the commit phase.
		/// Returns it. The job was assigned from a pool that could hold its audit, and a model
		/// delisted (or unlisted by its owner) since does not stop the audit of a job already
		/// running: an accomplice owner must not be able to cancel audits.
		fn draw_extra_provider(job_id: JobId, job: &mut JobOf<T>, domain: &[u8]) -> Option<T::AccountId> {
			let eligible: Vec<_> =
				Self::eligible(job).into_iter().filter(|c| job.assignment_of(&c.provider).is_none()).collect();
			if eligible.is_empty() {
				return None;
			}
			let drawn = Self::draw_seeded(&(domain, job_id).encode(), eligible, 1).into_iter().next()?;
			let assignment = Assignment { provider: drawn.provider.clone(), price: drawn.price, commitment: None, output_hash: None };
			job.assignments.try_push(assignment).ok()?;
			T::Providers::note_job_assigned(&drawn.provider, job.slash_amount);
			ProviderJobs::<T>::insert(&drawn.provider, job_id, ());
			let now = frame_system::Pallet::<T>::block_number();
			job.deadline = job.deadline.max(now.saturating_add(T::MinCommitWindow::get()));
			job.status = JobStatus::Committing;
			Self::schedule(job_id, job, job.deadline.saturating_add(One::one()));
			Some(drawn.provider)
		}

		/// Judges the revealed results: the output that agrees with a strict majority of the
		/// assigned providers wins. A single provider's result, or a majority result another
		/// provider contradicted, opens the challenge window instead of settling (the
		/// contradicting minority's appeal); so does a split (no majority), in which a provider
		/// may appeal for its output.
		///
		/// Outputs are compared under the job's agreement rule ([`RevealedOutputs`]): under a
		/// tolerance rule the winner is the output that agrees with the most others, and every
		/// output that agrees with it counts as the same result.
		///
		/// An audited job is first judged on the hashes its worker and auditor opened
		/// ([`Self::judge_opened_hashes`]); once they published their outputs it counts the
		/// providers that revealed: worker and auditor must agree to settle at once; an auditor
		/// (or worker) that did not reveal leaves the other's result standing alone. An opened
		/// output not published by the end of the reveal phase counts as not revealed.
		fn judge(job_id: JobId, job: &mut JobOf<T>) {
			if job.audit.opens_hashes_first() {
				return Self::judge_opened_hashes(job_id, job);
			}
			if job.audit.publishes_opened_outputs() {
				for a in job.assignments.iter_mut() {
					if !Self::output_published(job_id, a) {
						a.output_hash = None;
					}
				}
			}
			let revealed = Self::revealed_outputs(job_id, job);
			let voters = if job.audit.is_audited() { revealed.count() } else { job.assignments.len() } as u32;
			let quorum = voters.saturating_div(2).saturating_add(1);
			// A tie-breaker decides between the worker's and the auditor's outputs: its own
			// output never wins, and one that agrees with both (a bridge under a tolerance rule)
			// decides nothing.
			let winner = if job.audit == AuditStage::TieBreaking {
				revealed.winner_among(quorum, 2)
			} else {
				revealed.winner(quorum)
			};
			match winner {
				Some(result) if voters == 1 || !revealed.all_agree_with(&result) => {
					job.result = Some(result);
					let until = Self::open_challenge_window(job_id, job);
					Self::deposit_event(Event::ChallengeWindowOpened { job_id, output_hash: result, until });
				},
				Some(result) => Self::finish(job_id, job, Self::verdict_for(result)),
				None if !revealed.any() => {
					Self::finish(job_id, job, Verdict::Failed { reason: FailReason::NoResult, wrong: None });
				},
				// A split: a provider may appeal for its output before the job fails.
				None => {
					let until = Self::open_challenge_window(job_id, job);
					Self::deposit_event(Event::AppealWindowOpened { job_id, until });
				},
			}
		}

		/// Judges the output hashes an audited job's worker and auditor opened: different hashes
		/// have the next block draw a tie-breaker, which commits before either output is public;
		/// the same hash (or only one opened) goes on to publish the outputs; none fails the job
		/// `NoResult`.
		fn judge_opened_hashes(job_id: JobId, job: &mut JobOf<T>) {
			let mut opened = job.assignments.iter().filter_map(|a| a.output_hash);
			match (opened.next(), opened.next()) {
				(None, _) => Self::finish(job_id, job, Verdict::Failed { reason: FailReason::NoResult, wrong: None }),
				(Some(first), Some(second)) if first != second => Self::await_auditor(job_id, job),
				_ => Self::publish_opened_outputs(job_id, job),
			}
		}

		/// Makes the job challengeable for `ChallengePeriod` blocks and schedules the end of the
		/// window. Returns the window's last block.
		fn open_challenge_window(job_id: JobId, job: &mut JobOf<T>) -> BlockNumberFor<T> {
			let until = frame_system::Pallet::<T>::block_number().saturating_add(T::ChallengePeriod::get());
			job.status = JobStatus::Challengeable { until };
			Self::schedule(job_id, job, until.saturating_add(One::one()));
			until
		}

		/// The verdict for a winning output hash: accepted, or the input rejected.
		fn verdict_for(result: H256) -> Verdict<T::AccountId> {
			if result == input_rejected_hash() {
				Verdict::Rejected
			} else {
				Verdict::Accepted(result)
			}
		}

		/// Ends a job (settlement). Runs once per job: the job is finished afterwards.
		///
		/// 1. Reads the job's revealed outputs, once ([`Self::revealed_outputs`]).
		/// 2. Detects faults: [`Self::rulings`], a pure function of the job, those outputs and
		///    the verdict, says for every provider whether it won and what it is at fault for.
		/// 3. Pays: charges the fee ([`Self::charge_fee`]), slashes the providers at fault
		///    through compute ([`Self::slash_at_fault`]), records every provider's outcome,
		///    pays the winners, refunds the rest of the escrow, emits `JobSettled` or
		///    `JobFailed` and schedules pruning.
		///
		/// Slashes go to the slash handler, except that a job that failed after assignment
		/// (other than by a winning "input rejected") charges the fee and compensates its
		/// submitter from the slashes, in total at most that fee, and an overturned result
		/// rewards its challenger.
		pub(crate) fn finish(job_id: JobId, job: &mut JobOf<T>, verdict: Verdict<T::AccountId>) {
			let revealed = Self::revealed_outputs(job_id, job);
			let rulings = Self::rulings(job, &revealed, &verdict);
			let fee = Self::charge_fee(job, &verdict);
			let (beneficiary, share, mut compensation_left) = Self::slash_compensation(job, &verdict, fee);
			let mut winners = Vec::new();
			for (a, ruling) in job.assignments.iter().zip(rulings.iter()) {
				if let Some(reason) = ruling.fault {
					let compensation = share.mul_floor(job.slash_amount).min(compensation_left);
					let beneficiary = beneficiary.as_ref().map(|who| (who, compensation));
					let paid = Self::slash_at_fault(job_id, job.slash_amount, &a.provider, reason, beneficiary);
					compensation_left = compensation_left.saturating_sub(paid);
				}
				T::Providers::note_job_finished(&a.provider, job.slash_amount, ruling.outcome);
				ProviderJobs::<T>::remove(&a.provider, job_id);
				if ruling.won {
					// A rejection never pays more than the provider's own price for the job.
					let price = if matches!(verdict, Verdict::Rejected) { job.rejection_price.min(a.price) } else { a.price };
					winners.push((a.provider.clone(), price));
				}
			}
			let payments: Vec<_> = winners
				.into_iter()
				.map(|(provider, price)| {
					let paid = Self::pay_from_escrow(job, &provider, price);
					(provider, paid)
				})
				.collect();
			let payments = BoundedVec::truncate_from(payments);
			let refund = Self::refund_escrow(job);
			match verdict {
				Verdict::Accepted(result_hash) => {
					job.result = Some(result_hash);
					job.status = JobStatus::Settled;
					Self::deposit_event(Event::JobSettled {
						job_id,
						submitter: job.submitter.clone(),
						model_id: job.model_id,
						result_hash,
						payments,
						fee,
						refund,
					});
				},
				Verdict::Rejected => {
					job.result = Some(input_rejected_hash());
					job.status = JobStatus::Failed(FailReason::InputRejected);
					let reason = FailReason::InputRejected;
					Self::deposit_event(Event::JobFailed { job_id, reason, payments, fee, refund });
				},
				Verdict::Overturned { .. } => {
					let reason = FailReason::ChallengeUpheld;
					job.status = JobStatus::Failed(reason);
					Self::deposit_event(Event::JobFailed { job_id, reason, payments, fee, refund });
				},
				Verdict::Failed { reason, .. } => {
					job.status = JobStatus::Failed(reason);
					Self::deposit_event(Event::JobFailed { job_id, reason, payments, fee, refund });
				},
			}
			Self::schedule_pruning(job_id, job);
		}

		/// Fault detection: what `verdict` means for each of the job's assignments, in order. A
		/// pure function of the job, its revealed outputs (compared under its agreement rule)
		/// and the verdict: no storage is read and no funds move.
		///
		/// - `won`: its output agrees with the winning result (the accepted output, or the
		///   rejection when the rejection won).
		/// - `fault`: no commitment (`MissedDeadline`); a commitment never revealed
		///   (`NoReveal`); an output known to be wrong (`WrongResult`): one that disagrees with
		///   the winning result, or, without one, agrees with the output the verdict names wrong.
		///   Nobody is at fault when the audit could not run (`AuditUnavailable`).
		/// - `outcome`: its track record: `Completed` for a winning output, `Rejected` (neutral)
		///   for a winning rejection or an audit that could not run, `Failed` otherwise.
		pub(crate) fn rulings(
			job: &JobOf<T>,
			revealed: &RevealedOutputs<BoundedVec<u8, T::MaxOutputLength>>,
			verdict: &Verdict<T::AccountId>,
		) -> Vec<Ruling> {
			let winning = verdict.winning_output();
			let excused = verdict.excuses_providers();
			job.assignments
				.iter()
				.enumerate()
				.map(|(i, a)| {
					let won = winning.as_ref().is_some_and(|winner| revealed.agrees_with(i, winner));
					let known_wrong = match (&winning, verdict) {
						(Some(winner), _) => !revealed.agrees_with(i, winner),
						(None, Verdict::Failed { wrong, .. }) =>
							wrong.as_ref().is_some_and(|wrong| revealed.agrees_with(i, wrong)),
						(None, Verdict::Overturned { wrong, .. }) => revealed.agrees_with(i, wrong),
						(None, _) => false,
					};
					let fault = match (a.commitment, a.output_hash) {
						_ if excused => None,
						(None, _) => Some(SlashReason::MissedDeadline),
						(Some(_), None) => Some(SlashReason::NoReveal),
						(Some(_), Some(_)) if known_wrong => Some(SlashReason::WrongResult),
						_ => None,
					};
					let outcome = match (won, verdict) {
						_ if excused => JobOutcome::Rejected,
						(true, Verdict::Rejected) => JobOutcome::Rejected,
						(true, _) => JobOutcome::Completed,
						(false, _) => JobOutcome::Failed,
					};
					Ruling { won, fault, outcome }
				})
				.collect()
		}

		/// Pays the job's fee from its escrow to `FeeDestination`, unless nothing was asked of
		/// the submitter's job that it should pay for: a job never assigned, an overturned
		/// result (the provider's slash rewards the challenger instead) or an audit that could
		/// not run. Returns the fee paid.
		fn charge_fee(job: &mut JobOf<T>, verdict: &Verdict<T::AccountId>) -> BalanceOf<T> {
			let assigned = !job.assignments.is_empty();
			let overturned = matches!(verdict, Verdict::Overturned { .. });
			if assigned && !overturned && !verdict.excuses_providers() {
				Self::pay_from_escrow(job, &T::FeeDestination::get(), job.fee)
			} else {
				Zero::zero()
			}
		}

		/// Who the job's slashes compensate, with what share of each slash, and at most how much
		/// in all: the submitter of a job that failed after assignment (`SubmitterCompensation`,
		/// at most the `fee` it was charged), the challenger of an overturned result
		/// (`ChallengerReward` of one slash); nobody otherwise (a winning "input rejected" is
		/// not a `Failed` verdict: its slashes compensate nobody).
		fn slash_compensation(
			job: &JobOf<T>,
			verdict: &Verdict<T::AccountId>,
			fee: BalanceOf<T>,
		) -> (Option<T::AccountId>, Perbill, BalanceOf<T>) {
			match verdict {
				Verdict::Failed { .. } if !job.assignments.is_empty() =>
					(Some(job.submitter.clone()), T::SubmitterCompensation::get(), fee),
				Verdict::Overturned { challenger, .. } => {
					let reward = T::ChallengerReward::get();
					(Some(challenger.clone()), reward, reward.mul_floor(job.slash_amount))
				},
				_ => (None, Perbill::zero(), Zero::zero()),
			}
		}

		/// Slashes a provider at fault on the job through compute
		/// ([`infera_primitives::ProviderSlashing`]): `slash_amount` of its stake, of which
		/// `compensate`'s account receives at most its amount. Compute reports the slash itself
		/// (`ProviderSlashed`); the `ProviderPenalized` emitted here adds the job it was for.
		/// A slash can leave the provider nothing at stake: compute then removes its record
		/// (`ProviderRemoved`) when [`Self::finish`] records the end of its job, right after.
		/// Returns the compensation paid.
		fn slash_at_fault(
			job_id: JobId,
			slash_amount: BalanceOf<T>,
			provider: &T::AccountId,
			reason: SlashReason,
			compensate: Option<(&T::AccountId, BalanceOf<T>)>,
		) -> BalanceOf<T> {
			let outcome = T::Providers::slash_provider(provider, slash_amount, reason, compensate);
			Self::deposit_event(Event::ProviderPenalized {
				job_id,
				provider: provider.clone(),
				reason,
				slashed: outcome.slashed,
				compensation: outcome.compensation,
			});
			outcome.compensation
		}

		/// Pays `amount` of the job's escrow to `to`. If the transfer is impossible (e.g. `to`
		/// does not exist and `amount` is below the existential deposit) the amount stays in
		/// escrow and is refunded with the rest. Returns what was paid.
		fn pay_from_escrow(job: &mut JobOf<T>, to: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
			let amount = amount.min(job.escrow);
			if amount.is_zero() {
				return amount;
			}
			let paid = T::Currency::transfer_on_hold(
				&HoldReason::JobEscrow.into(),
				&job.submitter,
				to,
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)
			.unwrap_or_else(|_| Zero::zero());
			Self::reduce_escrow(job, paid);
			paid
		}

		/// Returns the job's remaining escrow to the submitter. Returns the amount.
		fn refund_escrow(job: &mut JobOf<T>) -> BalanceOf<T> {
			let released = T::Currency::release(
				&HoldReason::JobEscrow.into(),
				&job.submitter,
				job.escrow,
				Precision::BestEffort,
			)
			.unwrap_or_else(|_| Zero::zero());
			Self::reduce_escrow(job, job.escrow);
			released
		}

		/// Takes `amount` off the job's escrow and the escrow total.
		fn reduce_escrow(job: &mut JobOf<T>, amount: BalanceOf<T>) {
			job.escrow = job.escrow.saturating_sub(amount);
			TotalEscrow::<T>::mutate(|total| *total = total.saturating_sub(amount));
		}

		/// Returns a challenger's bond.
		fn release_bond(challenger: &T::AccountId, bond: BalanceOf<T>) {
			let _ = T::Currency::release(&HoldReason::ChallengeBond.into(), challenger, bond, Precision::BestEffort);
		}

		/// Pays a dismissed challenger's bond to the provider it accused (returned to the
		/// challenger if that is impossible).
		fn forfeit_bond(challenger: &T::AccountId, provider: Option<&T::AccountId>, bond: BalanceOf<T>) {
			let paid = provider.is_some_and(|provider| {
				T::Currency::transfer_on_hold(
					&HoldReason::ChallengeBond.into(),
					challenger,
					provider,
					bond,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Polite,
				)
				.is_ok()
			});
			if !paid {
				Self::release_bond(challenger, bond);
			}
		}

		/// Advances the open jobs whose phase ended by block `now` ([`Self::advance_phase`]), at
		/// most `MaxDuePerBlock` of them. Returns (jobs handled, blocks scanned, auditors and
		/// tie-breakers drawn).
		pub(crate) fn process_due(now: BlockNumberFor<T>) -> (u32, u32, u32) {
			let draws = core::cell::Cell::new(0u32);
			let (handled, scanned) =
				Self::drain_schedule::<DueJobs<T>, DueCursor<T>>(now, T::MaxDuePerBlock::get(), |job_id| {
					if Self::advance_phase(job_id) {
						draws.set(draws.get().saturating_add(1));
					}
				});
			(handled, scanned, draws.get())
		}

		/// Prunes the finished jobs scheduled for removal by block `now`, at most
		/// `MaxPrunedPerBlock` of them. Returns (jobs pruned, blocks scanned).
		pub(crate) fn prune_finished(now: BlockNumberFor<T>) -> (u32, u32) {
			Self::drain_schedule::<PruneSchedule<T>, PruneCursor<T>>(now, T::MaxPrunedPerBlock::get(), Self::prune)
		}

		/// Takes the entries of `Schedule` up to block `now` from its cursor on, at most `budget`
		/// of them, scanning at most `MaxBlocksScanned` blocks, and hands each job to `handle`.
		/// Returns (jobs handled, blocks scanned).
		fn drain_schedule<Schedule, Cursor>(
			now: BlockNumberFor<T>,
			mut budget: u32,
			handle: impl Fn(JobId),
		) -> (u32, u32)
		where
			Schedule: IterableStorageDoubleMap<BlockNumberFor<T>, JobId, ()>
				+ StorageDoubleMapT<BlockNumberFor<T>, JobId, ()>,
			Cursor: StorageValueT<BlockNumberFor<T>, Query = Option<BlockNumberFor<T>>>,
		{
			let mut block = Cursor::get().unwrap_or(now);
			let (mut handled, mut scanned) = (0u32, 0u32);
			while block <= now && scanned < T::MaxBlocksScanned::get() {
				scanned = scanned.saturating_add(1);
				let due: Vec<JobId> = Schedule::iter_key_prefix(block).take(budget as usize).collect();
				for job_id in due {
					<Schedule as StorageDoubleMapT<_, _, _>>::remove(block, job_id);
					handle(job_id);
					handled = handled.saturating_add(1);
					budget = budget.saturating_sub(1);
				}
				if budget == 0 && Schedule::iter_key_prefix(block).next().is_some() {
					break;
				}
				block = block.saturating_add(One::one());
			}
			Cursor::put(block);
			(handled, scanned)
		}

		/// Draws the providers of the jobs submitted in the previous block. A job that cannot
		/// be assigned yet waits in the queue until it expires; if the queue is full it fails
		/// at once (`NoProviders`, refunded in full). Returns the number drawn.
		pub(crate) fn draw_submitted() -> u32 {
			let pending = PendingDraws::<T>::take();
			for job_id in pending.iter().copied() {
				let Some(mut job) = Jobs::<T>::get(job_id).filter(|job| job.status == JobStatus::Queued) else {
					continue;
				};
				if !Self::try_assign(job_id, &mut job) {
					if Queue::<T>::try_append(job_id).is_ok() {
						let expiry = Self::assignable_until(&job).saturating_add(One::one());
						Self::schedule(job_id, &mut job, expiry);
						Self::deposit_event(Event::JobQueued { job_id });
					} else {
						let reason = FailReason::NoProviders;
						Self::finish(job_id, &mut job, Verdict::Failed { reason, wrong: None });
					}
				}
				Jobs::<T>::insert(job_id, job);
			}
			pending.len() as u32
		}

		/// Moves a job whose phase ended on to its next phase: a queued job that can no longer be
		/// assigned fails; a commit phase ends in the reveal (or fails without commitments); an
		/// audited job draws its auditor or tie-breaker; a reveal phase ends in judging; a
		/// challenge window ends in the standing result; a lapsed dispute returns the bond.
		/// Returns whether it drew a provider (an auditor or a tie-breaker).
		fn advance_phase(job_id: JobId) -> bool {
			let Some(mut job) = Jobs::<T>::get(job_id) else { return false };
			job.due_at = None;
			let mut drew = false;
			match job.status.clone() {
				JobStatus::Queued => {
					Queue::<T>::mutate(|queue| queue.retain(|id| *id != job_id));
					Self::finish(job_id, &mut job, Verdict::Failed { reason: FailReason::NoProviders, wrong: None });
				},
				JobStatus::Committing =>
					if job.assignments.iter().any(|a| a.commitment.is_some()) {
						Self::start_reveal(job_id, &mut job);
					} else {
						Self::finish(job_id, &mut job, Verdict::Failed { reason: FailReason::NoResult, wrong: None });
					},
				JobStatus::AwaitingAuditor => drew = Self::draw_auditor(job_id, &mut job),
				JobStatus::Revealing { .. } => Self::judge(job_id, &mut job),
				JobStatus::Challengeable { .. } => Self::accept_standing_result(job_id, &mut job),
				JobStatus::Disputed { challenger, bond, .. } => {
					Self::release_bond(&challenger, bond);
					Self::deposit_event(Event::ChallengeLapsed { job_id });
					if job.result.is_some() && Self::revealed_count(&job) == 1 {
						// A single provider's result is not accepted (a provider cannot shield a
						// wrong result by challenging it itself and waiting); nobody is slashed.
						let reason = FailReason::DisputeLapsed;
						Self::finish(job_id, &mut job, Verdict::Failed { reason, wrong: None });
					} else {
						// Otherwise the job ends as if unchallenged: a majority result stands, an
						// appealed split stays a split.
						Self::accept_standing_result(job_id, &mut job);
					}
				},
				// Finished jobs are on the pruning schedule, not here.
				JobStatus::Settled | JobStatus::Failed(_) | JobStatus::Cancelled => return false,
			}
			Jobs::<T>::insert(job_id, job);
			drew
		}

		/// How many of the job's providers revealed (1 for a single provider's result: a
		/// single-provider job's, or an audited job's whose other provider did not answer).
		fn revealed_count(job: &JobOf<T>) -> usize {
			job.assignments.iter().filter(|a| a.output_hash.is_some()).count()
		}

		/// Removes a finished job (and its outputs) and returns its storage deposit. Clears its
		/// providers' off-chain dispatch records too (offchain indexing, on the nodes that hold
		/// them): a job that ended on a provider's own reveal never reaches that provider's next
		/// worker run, which would have deleted the record.
		fn prune(job_id: JobId) {
			let Some(job) = Jobs::<T>::get(job_id).filter(|job| job.status.is_finished()) else { return };
			Jobs::<T>::remove(job_id);
			let _ = Outputs::<T>::clear_prefix(job_id, T::MaxRedundancy::get(), None);
			for a in job.assignments.iter() {
				sp_io::offchain_index::clear(&offchain::work_record_key(job_id, &a.provider));
			}
			let deposit = T::Currency::release(
				&HoldReason::JobDeposit.into(),
				&job.submitter,
				job.deposit,
				Precision::BestEffort,
			)
			.unwrap_or_else(|_| Zero::zero());
			Self::deposit_event(Event::JobPruned { job_id, deposit });
		}

		/// Ends a job whose challenge window passed unchallenged: its result stands, or a split
		/// fails `NoMajority`.
		fn accept_standing_result(job_id: JobId, job: &mut JobOf<T>) {
			let verdict = match job.result {
				Some(result) => Self::verdict_for(result),
				None => Verdict::Failed { reason: FailReason::NoMajority, wrong: None },
			};
			Self::finish(job_id, job, verdict);
		}

		/// The job's revealed outputs, compared under its agreement rule: reads the inline
		/// outputs (at most `MaxRedundancy`) only for a rule that compares them.
		pub(crate) fn revealed_outputs(
			job_id: JobId,
			job: &JobOf<T>,
		) -> RevealedOutputs<BoundedVec<u8, T::MaxOutputLength>> {
			let compare = job.agreement.compares_outputs();
			let entries = job
				.assignments
				.iter()
				.map(|a| {
					let bytes = a.output_hash.filter(|_| compare).and_then(|_| match Outputs::<T>::get(job_id, &a.provider) {
						Some(Payload::Inline(bytes)) => Some(bytes),
						_ => None,
					});
					(a.output_hash, bytes)
				})
				.collect();
			RevealedOutputs::new(job.agreement, entries)
		}

		/// The output `appellant` revealed in the job, if it is one of its providers and
		/// revealed one (what it appeals for in a split).
		fn appealed_output(job: &JobOf<T>, appellant: &T::AccountId) -> Option<H256> {
			job.assignment_of(appellant).and_then(|a| a.output_hash)
		}

		/// Tries to assign up to `MaxAssignmentsPerBlock` queued jobs, oldest first; a job that
		/// still lacks providers moves to the back. Returns the number tried.
		pub(crate) fn assign_queued(now: BlockNumberFor<T>) -> u32 {
			let mut queue = Queue::<T>::get();
			let tries = T::MaxAssignmentsPerBlock::get().min(queue.len() as u32);
			if tries == 0 {
				return 0;
			}
			for _ in 0..tries {
				if queue.is_empty() {
					break;
				}
				let job_id = queue.remove(0);
				let Some(mut job) = Jobs::<T>::get(job_id) else { continue };
				if now <= Self::assignable_until(&job) && Self::try_assign(job_id, &mut job) {
					Jobs::<T>::insert(job_id, job);
				} else {
					// Cannot fail: one was just removed.
					let _ = queue.try_push(job_id);
				}
			}
			Queue::<T>::put(queue);
			tries
		}

		/// Checks the pallet's invariants:
		/// - `TotalEscrow` equals the sum of the open jobs' escrow, and each submitter's
		///   `JobEscrow` hold equals the escrow of its open jobs (no funds created or lost);
		/// - each submitter's `JobDeposit` hold equals the deposits of its stored jobs;
		/// - finished jobs hold no escrow; each challenger's `ChallengeBond` hold equals its
		///   disputes' bonds;
		/// - every job is scheduled exactly where its `due_at` says (open jobs in `DueJobs`,
		///   finished ones in `PruneSchedule`), queued jobs are either in the queue or waiting
		///   for the next block's draw (not both), and assigned jobs have `redundancy` distinct
		///   providers;
		/// - `ProviderJobs` indexes exactly the providers of open assigned jobs, and each
		///   provider's exposure and active jobs (in the provider directory) are the sum of the
		///   slash amounts and the number of its open assignments;
		/// - outputs are kept only for existing jobs, by their assigned providers;
		/// - neither cursor lies beyond the earliest block of its schedule.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			use alloc::collections::BTreeMap;
			use frame_support::traits::fungible::InspectHold;
			let mut escrow_by_submitter = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
			let mut deposit_by_submitter = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
			let mut bonds = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
			let mut total = BalanceOf::<T>::zero();
			let mut queued = Vec::new();
			let mut scheduled = 0usize;
			let mut to_prune = 0usize;
			let mut indexed = 0usize;
			let mut exposure = BTreeMap::<T::AccountId, (u32, BalanceOf<T>)>::new();
			for (job_id, job) in Jobs::<T>::iter() {
				ensure!(!job.status.is_finished() || job.escrow.is_zero(), "finished job holds escrow");
				total = total.saturating_add(job.escrow);
				let entry = escrow_by_submitter.entry(job.submitter.clone()).or_default();
				*entry = entry.saturating_add(job.escrow);
				let entry = deposit_by_submitter.entry(job.submitter.clone()).or_default();
				*entry = entry.saturating_add(job.deposit);
				if let JobStatus::Disputed { challenger, bond, .. } = &job.status {
					let entry = bonds.entry(challenger.clone()).or_default();
					*entry = entry.saturating_add(*bond);
				}
				if job.status == JobStatus::Queued {
					queued.push(job_id);
					ensure!(job.assignments.is_empty(), "queued job with providers");
				} else if job.status.is_assigned_and_open() {
					for a in job.assignments.iter() {
						ensure!(ProviderJobs::<T>::contains_key(&a.provider, job_id), "open job not indexed");
						let entry = exposure.entry(a.provider.clone()).or_default();
						*entry = (entry.0.saturating_add(1), entry.1.saturating_add(job.slash_amount));
					}
					indexed = indexed.saturating_add(job.assignments.len());
					let mut providers: Vec<_> = job.assignments.iter().map(|a| a.provider.clone()).collect();
					providers.sort();
					providers.dedup();
					ensure!(
						providers.len() as u32 == job.redundancy.saturating_add(job.audit.extra_providers()),
						"assigned providers differ from redundancy and audit"
					);
				}
				match job.due_at {
					Some(at) if job.status.is_finished() => {
						ensure!(PruneSchedule::<T>::contains_key(at, job_id), "finished job not scheduled for pruning");
						to_prune = to_prune.saturating_add(1);
					},
					Some(at) => {
						ensure!(DueJobs::<T>::contains_key(at, job_id), "job not scheduled at its due block");
						scheduled = scheduled.saturating_add(1);
					},
					None => ensure!(job.status == JobStatus::Queued, "job without a schedule"),
				}
			}
			ensure!(DueJobs::<T>::iter().count() == scheduled, "stray schedule entries");
			ensure!(PruneSchedule::<T>::iter().count() == to_prune, "stray pruning entries");
			if let (Some(cursor), Some(earliest)) = (DueCursor::<T>::get(), DueJobs::<T>::iter_keys().map(|(at, _)| at).min()) {
				ensure!(cursor <= earliest, "due cursor beyond a scheduled job");
			}
			if let (Some(cursor), Some(earliest)) =
				(PruneCursor::<T>::get(), PruneSchedule::<T>::iter_keys().map(|(at, _)| at).min())
			{
				ensure!(cursor <= earliest, "prune cursor beyond a scheduled job");
			}
			for (job_id, provider) in Outputs::<T>::iter_keys() {
				let job = Jobs::<T>::get(job_id).ok_or("output of a pruned job")?;
				ensure!(job.assignment_of(&provider).is_some(), "output of a provider not assigned");
			}
			for provider in ProviderJobs::<T>::iter_keys().map(|(p, _)| p) {
				exposure.entry(provider).or_default();
			}
			for (provider, expected) in exposure {
				ensure!(T::Providers::exposure_of(&provider) == expected, "provider exposure differs from its open jobs");
			}
			ensure!(ProviderJobs::<T>::iter().count() == indexed, "stray provider job entries");
			ensure!(TotalEscrow::<T>::get() == total, "escrow total differs from the open jobs");
			for (who, escrow) in escrow_by_submitter {
				ensure!(
					T::Currency::balance_on_hold(&HoldReason::JobEscrow.into(), &who) == escrow,
					"held escrow differs from the submitter's open jobs"
				);
			}
			for (who, deposit) in deposit_by_submitter {
				ensure!(
					T::Currency::balance_on_hold(&HoldReason::JobDeposit.into(), &who) == deposit,
					"held deposit differs from the submitter's stored jobs"
				);
			}
			for (who, bond) in bonds {
				ensure!(
					T::Currency::balance_on_hold(&HoldReason::ChallengeBond.into(), &who) == bond,
					"held bond differs from the challenger's disputes"
				);
			}
			let mut waiting = Queue::<T>::get().into_inner();
			waiting.extend(PendingDraws::<T>::get());
			waiting.sort();
			queued.sort();
			ensure!(waiting == queued, "queue and pending draws differ from the queued jobs");
			for job_id in PendingDraws::<T>::get() {
				let job = Jobs::<T>::get(job_id).ok_or("pending draw of a missing job")?;
				ensure!(job.due_at.is_none(), "a job waiting for its draw is scheduled");
			}
			Ok(())
		}
	}
}
