//! What the worker keeps of each job it works on, in the node's persistent off-chain storage:
//! the [`WorkRecord`] of (job, provider), and the lock over it.

use super::HTTP_TIMEOUT_MS;
use crate::{pallet::*, JobId};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	offchain::{
		storage::StorageValueRef,
		storage_lock::{StorageLock, Time},
		Duration,
	},
	traits::{BlakeTwo256, Hash},
};

/// A provider's answer to a job.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub enum Answer {
	/// The model's output.
	Output(Vec<u8>),
	/// The input cannot be run (see the module docs).
	InputRejected,
}

impl Answer {
	/// The hash committed to: the output's, or [`crate::input_rejected_hash`].
	pub fn hash(&self) -> H256 {
		match self {
			Answer::Output(output) => BlakeTwo256::hash(output),
			Answer::InputRejected => crate::input_rejected_hash(),
		}
	}
}

/// What this node did for one (job, provider), kept in persistent off-chain storage.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, Default)]
pub struct WorkRecord<BlockNumber> {
	/// The answer and the salt of its commitment, once known.
	pub answer: Option<(Answer, H256)>,
	/// Failed inference attempts so far.
	pub failures: u32,
	/// No new attempt before this block.
	pub retry_at: BlockNumber,
	/// Block at which `commit_result` was last sent.
	pub commit_sent_at: Option<BlockNumber>,
	/// Block at which `reveal_result` was last sent.
	pub reveal_sent_at: Option<BlockNumber>,
}

/// Persistent local storage key of the [`WorkRecord`] of `provider`'s part in `job_id`.
///
/// Its bytes keep the prefix `infera/jobs/dispatch` (the worker's earlier name): the records
/// of the jobs in progress live under it in nodes' off-chain databases, and the chain clears
/// them under it (offchain indexing) when a job is pruned.
pub fn work_record_key<AccountId: Encode>(job_id: JobId, provider: &AccountId) -> Vec<u8> {
	(b"infera/jobs/dispatch", job_id, provider).encode()
}

/// Persistent local storage key of the lock over that record.
///
/// Its bytes keep the prefix `infera/jobs/dispatch-lock` (the worker's earlier name), so that
/// a run of the previous runtime and one of this runtime exclude each other.
pub fn work_lock_key<AccountId: Encode>(job_id: JobId, provider: &AccountId) -> Vec<u8> {
	(b"infera/jobs/dispatch-lock", job_id, provider).encode()
}

/// The lock over a work record: held by one worker run at a time, for at most three times the
/// HTTP timeout (a run that dies leaves it to expire). A run's requests are two rounds (the
/// input downloads, then the inference requests), each awaited within the timeout; should a
/// run outlast the lock all the same, the answer first stored is kept (see
/// `Pallet::conclude`).
pub fn work_lock(key: &[u8]) -> StorageLock<'_, Time> {
	StorageLock::<Time>::with_deadline(key, Duration::from_millis(HTTP_TIMEOUT_MS.saturating_mul(3)))
}

impl<T: Config> Pallet<T> {
	/// The provider's work record of the job (a default one if there is none yet).
	pub(super) fn read_record(job_id: JobId, provider: &T::AccountId) -> WorkRecord<BlockNumberFor<T>> {
		StorageValueRef::persistent(&work_record_key(job_id, provider)).get().ok().flatten().unwrap_or_default()
	}
}
