//! Off-chain work: a node whose keystore holds a provider's worker key (key type `infr`) runs
//! the provider's assigned jobs on its inference server and answers on chain.
//!
//! Every block, for every open job of the providers of all such keys (`ProviderJobs`, at most
//! the compute pallet's `MaxActiveJobs` per provider), earliest phase end first:
//! - **commit phase**, not yet committed: fetch the input (inline, or by URI with its hash
//!   checked), `POST {endpoint}/v1/infer` with `{"model": "0x<weights hash>", "input":
//!   "0x<input hex>"}` and read `{"output": "0x<output hex>"}` (the protocol of
//!   [`infera_worker_protocol`], shared with the reference server); keep output and a fresh
//!   random salt in the node's persistent off-chain storage ([`WorkRecord`]); send
//!   `commit_result` with the commitment bound to the job and the provider
//!   ([`crate::commitment_of`]);
//! - **reveal phase**, committed, not yet revealed: send `reveal_result` with the kept output and
//!   salt. An audited job's worker and auditor first open their commitments with the output's
//!   hash only (`reveal_output_hash`), and publish the output in the next reveal phase the job
//!   starts (after a tie-breaker committed, or at once when their hashes agree).
//!
//! An input the provider cannot run is answered "input rejected" ([`crate::input_rejected_hash`],
//! revealed with `reveal_rejection`): the server refuses it as a client error
//! ([`infera_worker_protocol::INPUT_REJECTED_STATUSES`]: 400, 413, 415 or 422), a remote input's
//! URI is not one the node may fetch ([`remote_input_allowed`]: `https` to a public host), it
//! does not match its hash, or it cannot be fetched `MAX_INPUT_FETCH_FAILURES` times. A server
//! that is down or answers 5xx is the provider's own fault and is retried. With a key under
//! [`SERVER_AUTH_KEY`], requests are authenticated to the provider's server.
//!
//! A run's HTTP requests are concurrent, in two rounds: it starts the downloads of all the
//! remote inputs it needs and awaits them together, with one deadline (`HTTP_TIMEOUT_MS`), then
//! starts the inference requests of all those jobs and awaits them together, with one deadline.
//! So jobs whose servers are slow cost a run at most two timeouts, however many they are. A run
//! starts at most [`requests_per_run`] requests per provider ([`MAX_REQUESTS_PER_RUN`] unless
//! the operator set another): that provider's jobs beyond wait for the next block's run (the
//! earliest phase ends are served first). Jobs that need no request (the commitment of a kept
//! answer, a reveal) are handled before the requests are sent, and are not limited.
//!
//! Transactions are signed by the worker key and sent only while the phase's last block is still
//! ahead (never after a deadline), with nonces reserved by the nonce manager ([`NonceRecord`]).
//! A failed inference is retried with exponential backoff (2, 4, .. 32 blocks); a sent
//! transaction is re-sent if it is not on chain after `RESEND_AFTER` blocks. Worker runs overlap
//! (one per imported block): a storage lock per job and provider ([`work_lock`]) covers every
//! read and update of the job's record (a run holds the locks of all the jobs it sends requests
//! for until their records are written), so a job is never answered twice (two answers would
//! carry different salts and the reveal would not match the commitment). The record is deleted
//! once the output (or rejection) is on chain, or, for a job that ended before this node's next
//! run saw it, by the chain itself when the job is pruned (offchain indexing, which the node
//! always enables).
//!
//! The parts: this module (the worker run: which jobs, in which state, what to send), `record`
//! (the work records and their locks), `nonce` (the nonce manager), `protocol` (the HTTP
//! requests), `remote_input` (which URIs may be fetched) and `budget` (requests per run).

mod budget;
mod nonce;
mod protocol;
mod record;
mod remote_input;
#[cfg(test)]
mod tests;

pub use budget::{requests_per_run, MAX_REQUESTS_PER_RUN, MAX_REQUESTS_PER_RUN_KEY, MAX_REQUESTS_PER_RUN_LIMIT};
pub use nonce::{nonce_key, NonceRecord};
pub use protocol::{infer_url, request_body, MAX_BODY_BYTES, SERVER_AUTH_KEY};
pub use record::{work_lock, work_lock_key, work_record_key, Answer, WorkRecord};
pub use remote_input::{remote_input_allowed, ALLOW_PRIVATE_URIS_KEY};

use crate::{commitment_of, pallet::*, JobId, JobStatus, Payload};
use alloc::{collections::BTreeMap, vec::Vec};
use budget::{requests_needed, RequestBudget};
use frame_support::traits::Get;
use frame_system::{
	offchain::{Account, Signer, SubmitTransaction},
	pallet_prelude::BlockNumberFor,
};
use infera_primitives::ProviderDirectory;
use remote_input::private_uris_allowed;
use sp_core::H256;
use sp_runtime::{
	offchain::{
		storage::StorageValueRef,
		storage_lock::{StorageLock, StorageLockGuard, Time},
	},
	traits::Saturating,
	KeyTypeId,
};

/// Key type of worker keys: `infera-node key insert --key-type infr ...`.
pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"infr");

/// How long an inference request may take.
pub const HTTP_TIMEOUT_MS: u64 = 30_000;

/// Blocks after which a transaction that is not on chain yet is sent again.
pub const RESEND_AFTER: u32 = 5;

/// Failed downloads of a remote input after which the worker answers "input rejected".
pub const MAX_INPUT_FETCH_FAILURES: u32 = 3;

/// Worker keys: sr25519, key type `infr`.
pub mod crypto {
	use super::KEY_TYPE;
	use sp_runtime::{
		app_crypto::{app_crypto, sr25519},
		MultiSignature, MultiSigner,
	};
	app_crypto!(sr25519, KEY_TYPE);

	/// `Config::WorkerKey` of a runtime whose accounts are `MultiSigner`s.
	pub struct WorkerKey;
	impl frame_system::offchain::AppCrypto<MultiSigner, MultiSignature> for WorkerKey {
		type RuntimeAppPublic = Public;
		type GenericSignature = sp_core::sr25519::Signature;
		type GenericPublic = sp_core::sr25519::Public;
	}
}

/// Why a job could not be answered this time.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WorkFailure {
	/// The request could not be sent or timed out.
	Unreachable,
	/// The server answered with an error status.
	Status(u16),
	/// The response carried no hex `output`.
	BadResponse,
	/// The output is longer than `MaxOutputLength`.
	OutputTooLarge,
	/// A remote input could not be downloaded.
	InputUnavailable,
	/// A response body was larger than `MAX_BODY_BYTES`.
	BodyTooLarge,
	/// A URL is not UTF-8.
	BadUrl,
	/// The kept answer is gone (off-chain storage wiped): the job cannot be revealed.
	AnswerLost,
	/// No worker key could sign the transaction.
	NotSent,
}

/// A worker key in this node's keystore and the provider it answers for.
struct Worker<T: Config> {
	/// The worker key's account: it signs the provider's transactions.
	account: Account<T>,
	/// The provider the key works for.
	provider: T::AccountId,
	/// The provider's inference server.
	endpoint: Vec<u8>,
}

/// A job of this run whose answer needs HTTP requests, held under its lock (`'k`: the lock's
/// key, `'g`: the run's locks) with its record until the record is written.
struct HeldJob<'k, 'g, T: Config> {
	/// The job's id.
	job_id: JobId,
	/// The job, as on chain at this block.
	job: JobOf<T>,
	/// The worker key of the provider whose part this is.
	worker: &'g Worker<T>,
	/// The provider's work record of the job, as read under the lock.
	record: WorkRecord<BlockNumberFor<T>>,
	/// The job's lock, released when the job is dropped.
	guard: StorageLockGuard<'k, 'g, Time>,
}

impl<T: Config> Pallet<T> {
	/// The worker run of block `now` (see the module docs): the jobs that need no request at
	/// once, then the requests of the others, all started before any is awaited.
	pub fn work_on_assigned_jobs(now: BlockNumberFor<T>) {
		let workers = Self::local_workers();
		let tasks = Self::open_jobs(&workers);
		let lock_keys: Vec<Vec<u8>> =
			tasks.iter().map(|(job_id, _, worker)| work_lock_key(*job_id, &worker.provider)).collect();
		let mut locks: Vec<StorageLock<'_, Time>> = lock_keys.iter().map(|key| work_lock(key)).collect();
		let allow_private = private_uris_allowed();
		let held = Self::settle_or_hold(tasks, &mut locks, allow_private, now);
		if held.is_empty() {
			return;
		}
		let progress = Self::fetch_inputs(&held, allow_private);
		let answers = Self::run_inferences(&held, progress);
		for (held_job, answer) in held.into_iter().zip(answers) {
			let job_id = held_job.job_id;
			if let Err(error) = Self::conclude(held_job, answer, now) {
				log::warn!(target: "runtime::jobs", "job {job_id}: work failed: {error:?}");
			}
		}
	}

	/// The worker keys in the keystore whose provider has an endpoint.
	fn local_workers() -> Vec<Worker<T>> {
		Signer::<T, T::WorkerKey>::keystore_accounts()
			.filter_map(|account| {
				let provider = T::Providers::provider_for_signer(&account.id)?;
				let endpoint = T::Providers::endpoint(&provider)?;
				Some(Worker { account, provider, endpoint })
			})
			.collect()
	}

	/// Every open job of the `workers`' providers (at most `MaxActiveJobs` each) with the worker
	/// of its provider, the earliest phase end first.
	fn open_jobs(workers: &[Worker<T>]) -> Vec<(JobId, JobOf<T>, &Worker<T>)> {
		let mut jobs: Vec<(JobId, JobOf<T>, &Worker<T>)> = workers
			.iter()
			.flat_map(|worker| {
				ProviderJobs::<T>::iter_key_prefix(&worker.provider)
					.filter_map(move |job_id| Some((job_id, Jobs::<T>::get(job_id)?, worker)))
			})
			.collect();
		jobs.sort_by_key(|(job_id, job, _)| (Self::phase_end(job), *job_id));
		jobs
	}

	/// Last block of the job's current phase (the commit deadline, or the end of the reveal).
	fn phase_end(job: &JobOf<T>) -> BlockNumberFor<T> {
		match job.status {
			JobStatus::Revealing { until } => until,
			_ => job.deadline,
		}
	}

	/// Takes each of `jobs` (with its lock among `locks`, in the same order) under its lock:
	/// moves on at once those that need no request, and returns, still locked, those whose
	/// answer needs requests, as many as each provider's request budget ([`requests_per_run`])
	/// allows.
	fn settle_or_hold<'k, 'g>(
		jobs: Vec<(JobId, JobOf<T>, &'g Worker<T>)>,
		locks: &'g mut [StorageLock<'k, Time>],
		allow_private: bool,
		now: BlockNumberFor<T>,
	) -> Vec<HeldJob<'k, 'g, T>> {
		// Each provider's server gets its own budget: a node answering for several providers
		// serves each of them as fast as one answering for a single provider would.
		let per_run = requests_per_run();
		let mut budgets: BTreeMap<&T::AccountId, RequestBudget> = BTreeMap::new();
		let mut held = Vec::new();
		for ((job_id, job, worker), lock) in jobs.into_iter().zip(locks.iter_mut()) {
			let Some(assignment) = job.assignment_of(&worker.provider) else { continue };
			// Worker runs overlap (one starts for every imported block). Every read-modify-write
			// of the job's record happens under its lock: two runs that both read "no answer
			// yet" would otherwise both run the inference and store different salts, and the
			// reveal of one would not match the commitment of the other.
			let Ok(guard) = lock.try_lock() else { continue };
			let record = Self::read_record(job_id, &worker.provider);
			if !Self::needs_answer(&job, assignment, &record, now) {
				if let Err(error) = Self::settle(job_id, &job, worker, record, now) {
					log::warn!(target: "runtime::jobs", "job {job_id}: work failed: {error:?}");
				}
				continue;
			}
			if now < record.retry_at {
				continue;
			}
			let cost = requests_needed(&job.input, allow_private);
			if budgets.entry(&worker.provider).or_insert_with(|| RequestBudget::new(per_run)).take(cost) {
				held.push(HeldJob { job_id, job, worker, record, guard });
			}
		}
		let deferred: u32 = budgets.values().map(|budget| budget.deferred).sum();
		if deferred > 0 {
			log::debug!(
				target: "runtime::jobs",
				"worker run at {now:?}: {deferred} jobs wait for the next run ({per_run} requests per provider and run)"
			);
		}
		held
	}

	/// Whether the provider still has to find its answer to the job: in the commit phase, not
	/// committed, and no answer kept.
	fn needs_answer(
		job: &JobOf<T>,
		assignment: &crate::Assignment<T::AccountId, BalanceOf<T>>,
		record: &WorkRecord<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
	) -> bool {
		matches!(job.status, JobStatus::Committing) &&
			assignment.commitment.is_none() &&
			now < job.deadline &&
			record.answer.is_none()
	}

	/// Keeps the answer the requests of a held job gave (or counts the failure and schedules a
	/// retry), then commits it; releases the job's lock once its record is written.
	fn conclude(
		held: HeldJob<'_, '_, T>,
		answer: Result<Answer, WorkFailure>,
		now: BlockNumberFor<T>,
	) -> Result<(), WorkFailure> {
		let HeldJob { job_id, job, worker, mut record, guard } = held;
		let key = work_record_key(job_id, &worker.provider);
		let store = StorageValueRef::persistent(&key);
		let answer = match answer {
			Err(WorkFailure::InputUnavailable) if record.failures.saturating_add(1) >= MAX_INPUT_FETCH_FAILURES =>
				Ok(Answer::InputRejected),
			other => other,
		};
		let result = match answer {
			Ok(answer) => {
				// Never replace an answer another run stored meanwhile (its commitment may be on
				// its way): adopt that one instead.
				let stored: Option<WorkRecord<BlockNumberFor<T>>> = store.get().ok().flatten();
				match stored.filter(|s| s.answer.is_some()) {
					Some(stored) => record = stored,
					None => record.answer = Some((answer, H256(sp_io::offchain::random_seed()))),
				}
				Self::settle(job_id, &job, worker, record, now)
			},
			Err(error) => {
				record.failures = record.failures.saturating_add(1);
				// A remote input is tried again next block (it must be rejected before the
				// deadline if it stays unavailable); a failing server backs off exponentially.
				let backoff = if error == WorkFailure::InputUnavailable {
					1
				} else {
					2u32.saturating_pow(record.failures.min(5))
				};
				record.retry_at = now.saturating_add(backoff.into());
				store.set(&record);
				Err(error)
			},
		};
		drop(guard);
		result
	}

	/// Moves one job of the worker's provider on without any request, the job's lock held:
	/// commits a kept answer, reveals a committed one, or deletes a record no longer needed;
	/// then writes the record.
	fn settle(
		job_id: JobId,
		job: &JobOf<T>,
		worker: &Worker<T>,
		mut record: WorkRecord<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
	) -> Result<(), WorkFailure> {
		let (provider, account) = (&worker.provider, &worker.account);
		let Some(assignment) = job.assignment_of(provider) else { return Ok(()) };
		let key = work_record_key(job_id, provider);
		let mut store = StorageValueRef::persistent(&key);
		let resend_after: BlockNumberFor<T> = RESEND_AFTER.into();
		let recently = |sent: Option<BlockNumberFor<T>>| sent.is_some_and(|at| now < at.saturating_add(resend_after));
		match job.status {
			JobStatus::Committing if assignment.commitment.is_none() && now < job.deadline => {
				// No answer yet: it is being retried later, or waits for a run with room.
				let Some((answer, salt)) = &mut record.answer else { return Ok(()) };
				let mut commitment = commitment_of(job_id, provider, &answer.hash(), salt);
				// Another provider got our commitment on chain first (copied from the pool): it
				// binds us, so the copier can never open it, but ours would now be refused as a
				// duplicate. Commit again with a fresh salt, at once.
				if job.assignments.iter().any(|a| a.commitment == Some(commitment)) {
					*salt = H256(sp_io::offchain::random_seed());
					commitment = commitment_of(job_id, provider, &answer.hash(), salt);
					record.commit_sent_at = None;
				}
				if !recently(record.commit_sent_at) {
					Self::send(account, Call::commit_result { job_id, commitment }, now)?;
					record.commit_sent_at = Some(now);
				}
			},
			JobStatus::Revealing { until }
				if assignment.commitment.is_some() && !Self::has_revealed(job_id, job, assignment) && now < until =>
			{
				let (answer, salt) = record.answer.clone().ok_or(WorkFailure::AnswerLost)?;
				// Sent in this reveal phase (an opening sent in the phase before does not count).
				let phase_start = until.saturating_sub(T::RevealPeriod::get());
				if !(recently(record.reveal_sent_at) && record.reveal_sent_at >= Some(phase_start)) {
					let call = match answer {
						Answer::InputRejected => Call::reveal_rejection { job_id, salt },
						Answer::Output(_) if job.audit.opens_hashes_first() => {
							Call::reveal_output_hash { job_id, output_hash: answer.hash(), salt }
						},
						Answer::Output(output) => Call::reveal_result { job_id, output: Payload::Inline(output), salt },
					};
					Self::send(account, call, now)?;
					record.reveal_sent_at = Some(now);
				}
			},
			// Our output is on chain, or the job is being judged: the record is no longer needed.
			_ if Self::output_published(job_id, assignment) ||
				!matches!(job.status, JobStatus::Committing | JobStatus::AwaitingAuditor | JobStatus::Revealing { .. }) =>
			{
				store.clear();
				return Ok(());
			},
			_ => return Ok(()),
		}
		store.set(&record);
		Ok(())
	}

	/// Signs `call` with the worker key `account`, with a nonce from [`Self::reserve_nonce`],
	/// and puts it in the transaction pool.
	fn send(account: &Account<T>, call: Call<T>, now: BlockNumberFor<T>) -> Result<(), WorkFailure> {
		let nonce = Self::reserve_nonce(&account.id, now)?;
		let sent = T::create_signed_transaction::<T::WorkerKey>(
			call.into(),
			account.public.clone(),
			account.id.clone(),
			nonce,
		)
		.ok_or(WorkFailure::NotSent)
		.and_then(|xt| SubmitTransaction::<T, Call<T>>::submit_transaction(xt).map_err(|()| WorkFailure::NotSent));
		if sent.is_err() {
			Self::release_nonce(&account.id, nonce);
		}
		sent
	}
}
