//! Types stored by the jobs pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use alloc::vec::Vec;
use infera_primitives::{AgreementRule, ModelId, Perbill};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

pub use infera_primitives::JobId;

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

/// The commitment of `provider` to an output of job `job_id`: BLAKE2-256 of
/// `SCALE(job_id) ++ SCALE(provider) ++ output_hash ++ salt` (for 32-byte accounts: the job id as
/// 8 little-endian bytes, the account's 32 bytes, then 64 bytes).
///
/// It binds the job and the provider, so a commitment copied from another provider (or another
/// job) can never be opened by the copier: its reveal would need the other provider's account.
pub fn commitment_of<AccountId: Encode>(job_id: JobId, provider: &AccountId, output_hash: &H256, salt: &H256) -> H256 {
	(job_id, provider, output_hash, salt).using_encoded(BlakeTwo256::hash)
}

/// The output hash that stands for "input rejected": a provider that cannot run the job's input
/// (not decodable, not what the model takes, a remote input that cannot be fetched or does not
/// match its hash) commits to and reveals this instead of an output
/// (`reveal_rejection`). It is BLAKE2-256 of `infera/jobs/input-rejected`; no real output has
/// this hash.
pub fn input_rejected_hash() -> H256 {
	BlakeTwo256::hash(b"infera/jobs/input-rejected")
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
	/// The revealed results had no majority of the assigned providers (and no appeal for one
	/// of them was upheld). An unappealed or lapsed split slashes nobody for its output (no
	/// output was shown wrong); a rejected appeal slashes the appellant.
	NoMajority,
	/// The result was challenged and governance upheld the challenge.
	ChallengeUpheld,
	/// A majority of the providers (or the single provider, unchallenged) found the input
	/// impossible to run: the submitter pays their rejection price and the fee.
	InputRejected,
	/// The single result was challenged and governance did not decide in time: the result is
	/// not accepted, nobody is slashed.
	DisputeLapsed,
	/// The job was to be audited and no provider could audit it in time: the worker's result is
	/// not accepted; the submitter is refunded in full, nobody is slashed or paid.
	AuditUnavailable,
}

/// Where a job is in its lifecycle.
///
/// `Queued` -> `Committing` -> `Revealing` -> (`Challengeable` -> `Disputed` ->) `Settled`,
/// or `Failed`; a queued job can be `Cancelled`. Finished jobs are pruned after the retention
/// period (cancelled and never assigned ones in the next block).
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
	/// A single provider's result, a majority result another provider contradicted, or a
	/// split (no majority, `result` is `None`) awaits the end of the challenge (appeal) window.
	Challengeable {
		/// Last block in which the result can be challenged.
		until: BlockNumber,
	},
	/// The worker of a job that may be audited committed (or its auditor disagreed with it):
	/// the next block's hook decides whether to audit it and draws the auditor (or draws a
	/// tie-breaker), with randomness that did not exist when the worker committed.
	AwaitingAuditor,
	/// The result was challenged; governance decides by `until`.
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

/// Where a single-provider job's audit is. An audited job's second assignment is its auditor,
/// its third (after a disagreement) the tie-breaker.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
pub enum AuditStage {
	/// Never audited: redundancy above 1, or the model has no audits.
	NotAuditable,
	/// To be decided once the worker committed.
	Undecided,
	/// The draw said "audit" and no auditor could be drawn yet: the hook tries again.
	AuditorWanted,
	/// Decided: not audited (the draw said no, or no auditor was eligible).
	NotAudited,
	/// An auditor re-runs the job. Once both committed, worker and auditor open their
	/// commitments with their output hashes only (`reveal_output_hash`): no output is public
	/// until it is known whether a tie-breaker must run.
	Auditing,
	/// Worker and auditor disagreed (their opened hashes differ): a tie-breaker, which committed
	/// before any of their outputs was public, runs the job a third time; then all three publish
	/// their outputs.
	TieBreaking,
	/// Worker and auditor opened the same hash (or only one of them opened one), or no
	/// tie-breaker could be drawn: they publish the outputs they opened and are judged.
	Publishing,
}

impl AuditStage {
	/// Whether an auditor was drawn: the job is judged by the providers that revealed, and
	/// worker and auditor must agree for it to settle at once.
	pub fn is_audited(&self) -> bool {
		matches!(self, AuditStage::Auditing | AuditStage::TieBreaking | AuditStage::Publishing)
	}

	/// Whether the job's providers open their commitments with output hashes only (the
	/// auditor's stage, until a tie-breaker has committed or is known not to be needed).
	pub fn opens_hashes_first(&self) -> bool {
		matches!(self, AuditStage::Auditing)
	}

	/// Whether the job's worker and auditor opened their commitments before and must now
	/// publish the outputs they opened.
	pub fn publishes_opened_outputs(&self) -> bool {
		matches!(self, AuditStage::TieBreaking | AuditStage::Publishing)
	}

	/// Whether the job holds room in its escrow for an audit.
	pub fn may_be_audited(&self) -> bool {
		!matches!(self, AuditStage::NotAuditable)
	}

	/// Providers the audit added to the job's `redundancy`.
	pub fn extra_providers(&self) -> u32 {
		match self {
			AuditStage::Auditing | AuditStage::Publishing => 1,
			AuditStage::TieBreaking => 2,
			_ => 0,
		}
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
	/// How the providers' outputs are compared: the model's rule when the job was submitted.
	pub agreement: AgreementRule,
	/// Chance that the job is audited (single-provider jobs of a model with audits; else 0).
	pub audit_chance: Perbill,
	/// Where the job's audit is.
	pub audit: AuditStage,
	/// Protocol fee, paid to the treasury when the job settles.
	pub fee: Balance,
	/// Funds still held in escrow for this job (0 once finished).
	pub escrow: Balance,
	/// Storage deposit held from the submitter until the job is pruned.
	pub deposit: Balance,
	/// What a provider at fault loses on this job: `SlashMultiplier` times the model's
	/// price, a protocol parameter the submitter cannot choose. Each assigned provider reserves
	/// this much of its bonded stake (its exposure) until the job ends.
	pub slash_amount: Balance,
	/// What each provider whose "input rejected" wins is paid instead of its price
	/// (`RejectionPriceShare` of the model's price, at most `max_price`).
	pub rejection_price: Balance,
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
	/// Block at which the per-block hook next looks at the job (for a finished job: when it
	/// is pruned). `None` while the job waits for the next block's draw.
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
	/// The escrow to hold: `max_price * redundancy + fee`, plus `max_price` per possible audit
	/// run of a single-provider job of a model with audits.
	pub escrow: Balance,
}

/// The revealed outputs of a job's providers, in assignment order, compared under the job's
/// agreement rule: judging, paying and slashing all ask it whether an output agrees with
/// another, so a rule that tolerates last-bit differences treats every output within the
/// tolerance as the same result.
pub struct RevealedOutputs<Bytes> {
	rule: AgreementRule,
	/// Per assignment: the revealed output hash, and the inline output when the rule compares
	/// outputs (`None` for a rejection, a remote output or under `Exact`).
	entries: Vec<(Option<H256>, Option<Bytes>)>,
}

impl<Bytes: AsRef<[u8]>> RevealedOutputs<Bytes> {
	/// How many providers revealed.
	pub fn count(&self) -> usize {
		self.entries.iter().filter(|(hash, _)| hash.is_some()).count()
	}

	/// The outputs `entries` (per assignment, in order) compared under `rule`.
	pub fn new(rule: AgreementRule, entries: Vec<(Option<H256>, Option<Bytes>)>) -> Self {
		Self { rule, entries }
	}

	/// Whether any provider revealed.
	pub fn any(&self) -> bool {
		self.entries.iter().any(|(hash, _)| hash.is_some())
	}

	/// Whether the outputs of assignments `i` and `j` agree: both revealed, and the same hash
	/// or (for a rule that compares outputs) inline outputs the rule finds close enough.
	fn agree(&self, i: usize, j: usize) -> bool {
		let (Some((Some(hash_i), bytes_i)), Some((Some(hash_j), bytes_j))) = (self.entries.get(i), self.entries.get(j))
		else {
			return false;
		};
		if hash_i == hash_j {
			return true;
		}
		match (bytes_i, bytes_j) {
			(Some(a), Some(b)) => self.rule.agree(a.as_ref(), b.as_ref()),
			_ => false,
		}
	}

	/// Whether assignment `i` revealed an output that agrees with the revealed output hashed
	/// `reference`.
	pub fn agrees_with(&self, i: usize, reference: &H256) -> bool {
		self.entries
			.iter()
			.position(|(hash, _)| hash.as_ref() == Some(reference))
			.is_some_and(|k| self.agree(i, k))
	}

	/// Whether every revealed output agrees with the one hashed `reference`.
	pub fn all_agree_with(&self, reference: &H256) -> bool {
		(0..self.entries.len())
			.filter(|i| self.entries.get(*i).is_some_and(|(hash, _)| hash.is_some()))
			.all(|i| self.agrees_with(i, reference))
	}

	/// The winning output among the first `candidates` assignments (a tie-breaker's decision
	/// between a worker and its auditor): the one that agrees with at least `quorum` outputs,
	/// if exactly one does, or the first if the two that do agree with each other (the same
	/// result under a tolerance rule).
	pub fn winner_among(&self, quorum: u32, candidates: usize) -> Option<H256> {
		let count = self.entries.len();
		let mut winners = self.entries.iter().take(candidates).enumerate().filter_map(|(i, (hash, _))| {
			let support = (0..count).filter(|j| self.agree(i, *j)).count();
			hash.filter(|_| support >= quorum as usize).map(|hash| (i, hash))
		});
		match (winners.next(), winners.next()) {
			(Some((_, winner)), None) => Some(winner),
			(Some((i, winner)), Some((j, _))) if self.agree(i, j) => Some(winner),
			_ => None,
		}
	}

	/// The winning output's hash: the revealed output that agrees with the most outputs
	/// (itself included), if at least `quorum` of them; on a tie the first in assignment order.
	/// Under `Exact` this is the output revealed by a strict-majority `quorum`.
	pub fn winner(&self, quorum: u32) -> Option<H256> {
		let count = self.entries.len();
		let mut best: Option<(usize, H256)> = None;
		for (i, (hash, _)) in self.entries.iter().enumerate() {
			let Some(hash) = hash else { continue };
			let support = (0..count).filter(|j| self.agree(i, *j)).count();
			if support >= quorum as usize && best.is_none_or(|(most, _)| support > most) {
				best = Some((support, *hash));
			}
		}
		best.map(|(_, hash)| hash)
	}
}
