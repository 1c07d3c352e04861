//! Types stored by the jobs pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use infera_primitives::ModelId;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

/// Identifier of a job.
pub type JobId = u64;

/// A job's input or a provider's output: inline bytes, or the hash of data published at a URI.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Payload<Data, Uri> {
	/// The data itself.
	Inline(Data),
	/// Data stored elsewhere: its BLAKE2-256 hash and where to fetch it.
	Remote {
		/// BLAKE2-256 of the data.
		hash: H256,
		/// Where the data is published.
		uri: Uri,
	},
}

impl<Data: AsRef<[u8]>, Uri> Payload<Data, Uri> {
	/// BLAKE2-256 of the data: computed for inline data, as declared for remote data.
	pub fn hash(&self) -> H256 {
		match self {
			Payload::Inline(data) => BlakeTwo256::hash(data.as_ref()),
			Payload::Remote { hash, .. } => *hash,
		}
	}
}

/// The commitment to an output: BLAKE2-256 of the 64 bytes `output_hash ++ salt`.
pub fn commitment_of(output_hash: &H256, salt: &H256) -> H256 {
	let mut preimage = [0u8; 64];
	let (first, second) = preimage.split_at_mut(32);
	first.copy_from_slice(output_hash.as_bytes());
	second.copy_from_slice(salt.as_bytes());
	BlakeTwo256::hash(&preimage)
}

/// Why a job ended without an accepted result.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
pub enum FailReason {
	/// Not enough eligible providers before the deadline.
	NoProviders,
	/// No provider committed, or none revealed.
	NoResult,
	/// The revealed results had no majority of the assigned providers.
	NoMajority,
	/// The single result was challenged and governance upheld the challenge.
	ChallengeUpheld,
}

/// Where a job is in its lifecycle.
///
/// `Queued` -> `Committing` -> `Revealing` -> (`Challengeable` -> [`Disputed`] ->) `Settled`,
/// or `Failed`; a queued job can be `Cancelled`. Finished jobs are pruned after the retention
/// period.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum JobStatus<AccountId, Balance, BlockNumber> {
	/// Waiting for enough eligible providers.
	Queued,
	/// Assigned: providers commit to their results until the job's deadline.
	Committing,
	/// Committed providers reveal their results until `until`.
	Revealing {
		/// Last block of the reveal phase.
		until: BlockNumber,
	},
	/// A single provider's result awaits the end of the challenge window.
	Challengeable {
		/// Last block in which the result can be challenged.
		until: BlockNumber,
	},
	/// The single result was challenged; governance decides by `until`.
	Disputed {
		/// Who challenged.
		challenger: AccountId,
		/// The challenger's bond, held.
		bond: Balance,
		/// Last block for the decision; after it the challenge lapses.
		until: BlockNumber,
	},
	/// Paid out: the result was accepted.
	Settled,
	/// Ended without an accepted result; the submitter was refunded.
	Failed(FailReason),
	/// Cancelled by the submitter before assignment; refunded.
	Cancelled,
}

impl<AccountId, Balance, BlockNumber> JobStatus<AccountId, Balance, BlockNumber> {
	/// Whether the job has ended (its escrow is settled).
	pub fn is_finished(&self) -> bool {
		matches!(self, JobStatus::Settled | JobStatus::Failed(_) | JobStatus::Cancelled)
	}

	/// Whether providers are assigned and the job has not ended.
	pub fn is_assigned_and_open(&self) -> bool {
		!self.is_finished() && !matches!(self, JobStatus::Queued)
	}
}

/// One provider's part in a job.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Assignment<AccountId, Balance> {
	/// The provider.
	pub provider: AccountId,
	/// Its price for the job (its offer when assigned), paid if its result wins.
	pub price: Balance,
	/// Its commitment, once committed.
	pub commitment: Option<H256>,
	/// The hash of its output, once revealed.
	pub output_hash: Option<H256>,
}

/// An inference job.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct JobInfo<AccountId, Balance, BlockNumber, Input, Assignments> {
	/// Who submitted (and pays for) the job.
	pub submitter: AccountId,
	/// The listed model to run.
	pub model_id: ModelId,
	/// BLAKE2-256 of the model's weights when the job was submitted: the exact model to run.
	pub model_hash: H256,
	/// The input.
	pub input: Input,
	/// Highest price per provider the submitter accepts.
	pub max_price: Balance,
	/// How many providers run the job.
	pub redundancy: u32,
	/// Protocol fee, paid to the treasury when the job settles.
	pub fee: Balance,
	/// Funds still held in escrow for this job (0 once finished).
	pub escrow: Balance,
	/// What a provider at fault loses on this job.
	pub slash_amount: Balance,
	/// Block of submission.
	pub created_at: BlockNumber,
	/// Last block for providers to commit their results.
	pub deadline: BlockNumber,
	/// Lifecycle state.
	pub status: JobStatus<AccountId, Balance, BlockNumber>,
	/// Providers assigned (empty while queued).
	pub assignments: Assignments,
	/// Hash of the accepted (or challengeable) result.
	pub result: Option<H256>,
	/// Block at which the per-block hook next looks at the job.
	pub due_at: Option<BlockNumber>,
}

impl<AccountId: PartialEq, Balance, BlockNumber, Input, Assignments> JobInfo<AccountId, Balance, BlockNumber, Input, Assignments>
where
	Assignments: AsRef<[Assignment<AccountId, Balance>]> + AsMut<[Assignment<AccountId, Balance>]>,
{
	/// `provider`'s assignment in the job, if it is assigned.
	pub fn assignment_of(&self, provider: &AccountId) -> Option<&Assignment<AccountId, Balance>> {
		self.assignments.as_ref().iter().find(|a| &a.provider == provider)
	}

	/// `provider`'s assignment in the job, mutably.
	pub fn assignment_of_mut(&mut self, provider: &AccountId) -> Option<&mut Assignment<AccountId, Balance>> {
		self.assignments.as_mut().iter_mut().find(|a| &a.provider == provider)
	}
}

/// What a job costs now (see the runtime API).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Quote<Balance> {
	/// The lowest `max_price` at which `redundancy` providers qualify.
	pub max_price: Balance,
	/// The protocol fee for that price.
	pub fee: Balance,
	/// The escrow to hold: `max_price * redundancy + fee`.
	pub escrow: Balance,
}
