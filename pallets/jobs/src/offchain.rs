//! Off-chain dispatch: a node whose keystore holds a provider's worker key (key type `infr`)
//! runs the provider's assigned jobs on its inference server and answers on chain.
//!
//! Every block, for every open job of the providers of all such keys (`ProviderJobs`, at most
//! the compute pallet's `MaxActiveJobs` per provider), earliest phase end first:
//! - **commit phase**, not yet committed: fetch the input (inline, or by URI with its hash
//!   checked), `POST {endpoint}/v1/infer` with `{"model": "0x<weights hash>", "input":
//!   "0x<input hex>"}` and read `{"output": "0x<output hex>"}`; keep output and a fresh random
//!   salt in the node's persistent off-chain storage; send `commit_result` with the commitment
//!   bound to the job and the provider ([`crate::commitment_of`]);
//! - **reveal phase**, committed, not yet revealed: send `reveal_result` with the kept output and
//!   salt. An audited job's worker and auditor first open their commitments with the output's
//!   hash only (`reveal_output_hash`), and publish the output in the next reveal phase the job
//!   starts (after a tie-breaker committed, or at once when their hashes agree).
//!
//! An input the provider cannot run is answered "input rejected" ([`crate::input_rejected_hash`],
//! revealed with `reveal_rejection`): the server refuses it as a client error (400, 413, 415 or
//! 422), a remote input's URI is not one the node may fetch ([`remote_input_allowed`]: `https`
//! to a public host), it does not match its hash, or it cannot be fetched
//! `MAX_INPUT_FETCH_FAILURES` times. A server that is down or answers 5xx is the provider's own
//! fault and is retried. With a key under [`SERVER_AUTH_KEY`], requests are authenticated to
//! the provider's server.
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
//! ahead (never after a deadline). A failed inference is retried with exponential backoff
//! (2, 4, .. 32 blocks); a sent transaction is re-sent if it is not on chain after
//! `RESEND_AFTER` blocks. Worker runs overlap (one per imported block): a storage lock per job
//! and provider covers every read and update of the job's record (a run holds the locks of all
//! the jobs it sends requests for until their records are written), so a job is never answered
//! twice (two answers would carry different salts and the reveal would not match the
//! commitment). The record is deleted once the output (or rejection) is on chain, or, for a
//! job that ended before this node's next run saw it, by the chain itself when the job is
//! pruned (offchain indexing, which the node always enables).

use crate::{commitment_of, pallet::*, JobId, JobStatus, Payload};
use alloc::{collections::BTreeMap, format, vec::Vec};
use codec::{Decode, Encode};
use frame_support::traits::Get;
use frame_system::{
	offchain::{Account, Signer, SubmitTransaction},
	pallet_prelude::BlockNumberFor,
};
use infera_primitives::ProviderDirectory;
use sp_core::H256;
use sp_runtime::{
	offchain::{
		http,
		storage::StorageValueRef,
		storage_lock::{StorageLock, StorageLockGuard, Time},
		Duration, Timestamp,
	},
	traits::{BlakeTwo256, Hash, One, Saturating},
	KeyTypeId,
};

/// Key type of worker keys: `infera-node key insert --key-type infr ...`.
pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"infr");

/// How long an inference request may take.
pub const HTTP_TIMEOUT_MS: u64 = 30_000;

/// Most HTTP requests one worker run starts for one provider by default: input downloads and
/// inference requests together. A node operator whose server admits more (or fewer) concurrent
/// requests sets its own under [`MAX_REQUESTS_PER_RUN_KEY`].
///
/// A job is taken on only if all its requests fit (one for an inline input, two for a remote
/// one); the first job that does not, and every later job of that provider that needs a
/// request, waits for the next block's run, so the earliest phase ends are served first. This
/// bounds the load one block puts on the provider's server (the reference server admits 2
/// running and 16 queued requests by default: more would be refused with 503 and backed off)
/// and what one run holds open at once: connections, and response bodies of at most
/// `MAX_BODY_BYTES` each, per worker key in the node's keystore. Each provider has its own
/// budget, so a node holding the keys of several providers serves each as fast as a node of its
/// own would; the jobs of a provider at its `MaxActiveJobs` are answered within a few blocks.
pub const MAX_REQUESTS_PER_RUN: u32 = 16;

/// Persistent local storage key of this node's own per-provider request budget: a SCALE `u32`
/// (e.g. `0x20000000` for 32, set with the unsafe RPC `offchain_localStorageSet`), clamped to
/// `1..=MAX_REQUESTS_PER_RUN_LIMIT`; [`MAX_REQUESTS_PER_RUN`] when unset.
pub const MAX_REQUESTS_PER_RUN_KEY: &[u8] = b"infera/jobs/max-requests-per-run";

/// The largest per-provider request budget a node may set: two requests for each of 128 jobs.
pub const MAX_REQUESTS_PER_RUN_LIMIT: u32 = 256;

/// Blocks after which a transaction that is not on chain yet is sent again.
pub const RESEND_AFTER: u32 = 5;

/// Most bytes of an HTTP response body the worker reads (an inference answer or a remote
/// input): four times the largest input, hex-encoded in JSON.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Persistent local storage key that, set to `1` (e.g. with the node's unsafe RPC
/// `offchain_localStorageSet`), lets this node's worker download remote inputs from any `http`
/// or `https` URI, private and loopback addresses included: for local development and tests
/// only (see [`remote_input_allowed`]).
pub const ALLOW_PRIVATE_URIS_KEY: &[u8] = b"infera/jobs/allow-private-uris";

/// Persistent local storage key of the key shared with the provider's inference server: when
/// set (raw bytes, e.g. with the unsafe RPC `offchain_localStorageSet`), every inference request
/// carries `X-Infera-Auth: 0x<BLAKE2-256(key ++ body)>` (see [`auth_tag`]), and a server
/// started with the same `--auth-key` serves nobody else.
pub const SERVER_AUTH_KEY: &[u8] = b"infera/jobs/server-auth-key";

/// The `X-Infera-Auth` value of a request `body` under `key`: `0x` hex of BLAKE2-256(key ++
/// body).
pub fn auth_tag(key: &[u8], body: &[u8]) -> alloc::string::String {
	let mut preimage = Vec::with_capacity(key.len().saturating_add(body.len()));
	preimage.extend_from_slice(key);
	preimage.extend_from_slice(body);
	to_hex(BlakeTwo256::hash(&preimage).as_bytes())
}

/// Failed downloads of a remote input after which the worker answers "input rejected".
pub const MAX_INPUT_FETCH_FAILURES: u32 = 3;

/// HTTP statuses with which an inference server refuses an input it cannot run.
pub const INPUT_REJECTED_STATUSES: [u16; 4] = [400, 413, 415, 422];

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
pub struct DispatchRecord<BlockNumber> {
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

/// The next nonce a worker account will use, kept in persistent off-chain storage (see
/// `Pallet::reserve_nonce`).
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct NonceRecord<Nonce, BlockNumber> {
	/// The nonce the next transaction gets.
	pub next: Nonce,
	/// The account's nonce on chain when last seen.
	pub chain: Nonce,
	/// Block at which the chain's nonce was last seen to change.
	pub since: BlockNumber,
}

/// Persistent local storage key of a worker account's [`NonceRecord`].
pub fn nonce_key<AccountId: Encode>(who: &AccountId) -> Vec<u8> {
	(b"infera/jobs/nonce", who).encode()
}

/// Why a job could not be answered this time.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DispatchFailure {
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

/// Lower-case hex of `bytes`, `0x`-prefixed.
pub fn to_hex(bytes: &[u8]) -> alloc::string::String {
	use core::fmt::Write;
	let mut out = alloc::string::String::from("0x");
	for b in bytes {
		let _ = write!(out, "{b:02x}");
	}
	out
}

/// Bytes of a hex string (`0x` prefix optional), `None` if it is not hex.
pub fn from_hex(text: &[u8]) -> Option<Vec<u8>> {
	let digits = text.strip_prefix(b"0x").unwrap_or(text);
	if digits.len() % 2 != 0 {
		return None;
	}
	let value = |c: u8| char::from(c).to_digit(16).and_then(|d| u8::try_from(d).ok());
	digits.chunks(2).map(|pair| match pair {
		[hi, lo] => Some(value(*hi)? << 4 | value(*lo)?),
		_ => None,
	}).collect()
}

/// The hex string value of the top-level `"output"` member of a JSON object, decoded; `None`
/// if the body is not a JSON object with such a string member.
pub fn parse_output(body: &[u8]) -> Option<Vec<u8>> {
	let value: serde_json::Value = serde_json::from_slice(body).ok()?;
	from_hex(value.as_object()?.get("output")?.as_str()?.as_bytes())
}

/// The inference request body: `{"model":"0x<hash>","input":"0x<input>"}`.
pub fn request_body(model_hash: &H256, input: &[u8]) -> Vec<u8> {
	format!("{{\"model\":\"{}\",\"input\":\"{}\"}}", to_hex(model_hash.as_bytes()), to_hex(input)).into_bytes()
}

/// Whether the worker may download a remote input from `uri`: `https://` only, no user info,
/// and a host that is a dotted name or a public IPv4 address — not `localhost` (or `*.localhost`,
/// `*.local`, `*.internal`), not a private, loopback, link-local, shared, multicast or reserved
/// IPv4 address, no IPv6 literal and no numeric host in another form (e.g. `2130706433`). A
/// submitter could otherwise make every assigned provider's node request its own internal
/// services (SSRF). `allow_private` (the node's dev override) accepts any `http(s)` URI.
///
/// A name that resolves to a private address is not caught here (the runtime cannot resolve
/// names); operators should run the node where its outbound requests cannot reach anything
/// private.
pub fn remote_input_allowed(uri: &[u8], allow_private: bool) -> bool {
	let Ok(uri) = core::str::from_utf8(uri) else { return false };
	if allow_private {
		return uri.starts_with("https://") || uri.starts_with("http://");
	}
	let Some(rest) = uri.strip_prefix("https://") else { return false };
	let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
	if authority.contains('@') || authority.starts_with('[') {
		return false;
	}
	let host = authority.split(':').next().unwrap_or_default().to_ascii_lowercase();
	let host = host.trim_end_matches('.');
	if host.is_empty() ||
		host == "localhost" ||
		[".localhost", ".local", ".internal"].iter().any(|suffix| host.ends_with(suffix))
	{
		return false;
	}
	// A host without letters is numeric: only a canonical public dotted quad passes.
	if !host.bytes().any(|b| b.is_ascii_alphabetic()) || host.starts_with("0x") {
		let octets: Vec<u8> = host.split('.').filter_map(|part| part.parse::<u8>().ok()).collect();
		let canonical = octets.len() == 4 && host.split('.').all(|p| p == "0" || !p.starts_with('0'));
		return canonical && is_public_ipv4(&octets);
	}
	// A name needs a dot (a single label resolves through the node's search domains, i.e. to
	// internal hosts) and a top-level label with a letter.
	host.contains('.') && host.split('.').last().is_some_and(|tld| tld.bytes().any(|b| b.is_ascii_alphabetic()))
}

/// Whether an IPv4 address (4 octets) is publicly routable.
fn is_public_ipv4(octets: &[u8]) -> bool {
	match *octets {
		[0, ..] | [10, ..] | [127, ..] | [169, 254, ..] | [192, 168, ..] => false,
		[172, b, ..] if (16..=31).contains(&b) => false,
		[100, b, ..] if (64..=127).contains(&b) => false,
		[192, 0, 0, _] | [192, 0, 2, _] | [198, 51, 100, _] | [203, 0, 113, _] => false,
		[198, b, ..] if b == 18 || b == 19 => false,
		[a, ..] if a >= 224 => false,
		[_, _, _, _] => true,
		_ => false,
	}
}

/// `{endpoint}/v1/infer`, without a doubled slash.
pub fn infer_url(endpoint: &[u8]) -> Result<alloc::string::String, DispatchFailure> {
	let endpoint = core::str::from_utf8(endpoint).map_err(|_| DispatchFailure::BadUrl)?;
	Ok(format!("{}/v1/infer", endpoint.trim_end_matches('/')))
}

/// Persistent local storage key of the [`DispatchRecord`] of `provider`'s part in `job_id`.
pub fn dispatch_record_key<AccountId: Encode>(job_id: JobId, provider: &AccountId) -> Vec<u8> {
	(b"infera/jobs/dispatch", job_id, provider).encode()
}

/// Persistent local storage key of the lock over that record.
pub fn dispatch_lock_key<AccountId: Encode>(job_id: JobId, provider: &AccountId) -> Vec<u8> {
	(b"infera/jobs/dispatch-lock", job_id, provider).encode()
}

/// The lock over a dispatch record: held by one worker run at a time, for at most three times
/// the HTTP timeout (a run that dies leaves it to expire). A run's requests are two rounds (the
/// input downloads, then the inference requests), each awaited within the timeout; should a
/// run outlast the lock all the same, the answer first stored is kept (see
/// `Pallet::conclude`).
pub fn dispatch_lock(key: &[u8]) -> StorageLock<'_, Time> {
	StorageLock::<Time>::with_deadline(key, Duration::from_millis(HTTP_TIMEOUT_MS.saturating_mul(3)))
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
	/// The provider's dispatch record of the job, as read under the lock.
	record: DispatchRecord<BlockNumberFor<T>>,
	/// The job's lock, released when the job is dropped.
	guard: StorageLockGuard<'k, 'g, Time>,
}

/// Where the answer of a held job stands between a run's two rounds of requests.
enum Progress {
	/// The input, to run on the provider's server.
	Input(Vec<u8>),
	/// The answer, or why there is none this time, known without an inference request.
	Done(Result<Answer, DispatchFailure>),
}

/// Whether the worker may download remote inputs from private addresses (the node's dev
/// override under [`ALLOW_PRIVATE_URIS_KEY`]).
fn private_uris_allowed() -> bool {
	StorageValueRef::persistent(ALLOW_PRIVATE_URIS_KEY).get::<u8>().ok().flatten().is_some_and(|flag| flag == 1)
}

/// The HTTP requests answering a job with `input` takes: one inference request, after a
/// download for a remote input the node may fetch; none for one it may not (rejected at once).
fn requests_needed<Data, Uri: AsRef<[u8]>>(input: &Payload<Data, Uri>, allow_private: bool) -> u32 {
	match input {
		Payload::Inline(_) => 1,
		Payload::Remote { uri, .. } if remote_input_allowed(uri.as_ref(), allow_private) => 2,
		Payload::Remote { .. } => 0,
	}
}

/// The per-provider request budget of this node's worker runs: the operator's under
/// [`MAX_REQUESTS_PER_RUN_KEY`] (clamped), else [`MAX_REQUESTS_PER_RUN`].
pub fn requests_per_run() -> u32 {
	StorageValueRef::persistent(MAX_REQUESTS_PER_RUN_KEY)
		.get::<u32>()
		.ok()
		.flatten()
		.map_or(MAX_REQUESTS_PER_RUN, |budget| budget.clamp(1, MAX_REQUESTS_PER_RUN_LIMIT))
}

/// What is left of one provider's request budget in a worker run.
struct RequestBudget {
	/// Requests the run may still start for the provider.
	left: u32,
	/// The provider's jobs that wait for the next run.
	deferred: u32,
}

impl RequestBudget {
	/// A provider's full budget of `per_run` requests.
	fn new(per_run: u32) -> Self {
		Self { left: per_run, deferred: 0 }
	}

	/// Takes `cost` requests for the provider's next job (jobs come earliest phase end first),
	/// or defers it: once a job does not fit, the provider's later jobs wait too, so that the
	/// earliest phase ends are served first.
	fn take(&mut self, cost: u32) -> bool {
		if self.deferred > 0 || cost > self.left {
			self.deferred = self.deferred.saturating_add(1);
			return false;
		}
		self.left = self.left.saturating_sub(cost);
		true
	}
}

impl<T: Config> Pallet<T> {
	/// The worker run of block `now` (see the module docs): the jobs that need no request at
	/// once, then the requests of the others, all started before any is awaited.
	pub fn dispatch_assigned_jobs(now: BlockNumberFor<T>) {
		let workers = Self::local_workers();
		let tasks = Self::open_jobs(&workers);
		let lock_keys: Vec<Vec<u8>> =
			tasks.iter().map(|(job_id, _, worker)| dispatch_lock_key(*job_id, &worker.provider)).collect();
		let mut locks: Vec<StorageLock<'_, Time>> = lock_keys.iter().map(|key| dispatch_lock(key)).collect();
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
				log::warn!(target: "runtime::jobs", "job {job_id}: dispatch failed: {error:?}");
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
					log::warn!(target: "runtime::jobs", "job {job_id}: dispatch failed: {error:?}");
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

	/// The provider's dispatch record of the job (a default one if there is none yet).
	fn read_record(job_id: JobId, provider: &T::AccountId) -> DispatchRecord<BlockNumberFor<T>> {
		StorageValueRef::persistent(&dispatch_record_key(job_id, provider)).get().ok().flatten().unwrap_or_default()
	}

	/// Whether the provider still has to find its answer to the job: in the commit phase, not
	/// committed, and no answer kept.
	fn needs_answer(
		job: &JobOf<T>,
		assignment: &crate::Assignment<T::AccountId, BalanceOf<T>>,
		record: &DispatchRecord<BlockNumberFor<T>>,
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
		answer: Result<Answer, DispatchFailure>,
		now: BlockNumberFor<T>,
	) -> Result<(), DispatchFailure> {
		let HeldJob { job_id, job, worker, mut record, guard } = held;
		let key = dispatch_record_key(job_id, &worker.provider);
		let store = StorageValueRef::persistent(&key);
		let answer = match answer {
			Err(DispatchFailure::InputUnavailable) if record.failures.saturating_add(1) >= MAX_INPUT_FETCH_FAILURES =>
				Ok(Answer::InputRejected),
			other => other,
		};
		let result = match answer {
			Ok(answer) => {
				// Never replace an answer another run stored meanwhile (its commitment may be on
				// its way): adopt that one instead.
				let stored: Option<DispatchRecord<BlockNumberFor<T>>> = store.get().ok().flatten();
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
				let backoff = if error == DispatchFailure::InputUnavailable {
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
		mut record: DispatchRecord<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
	) -> Result<(), DispatchFailure> {
		let (provider, account) = (&worker.provider, &worker.account);
		let Some(assignment) = job.assignment_of(provider) else { return Ok(()) };
		let key = dispatch_record_key(job_id, provider);
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
				let (answer, salt) = record.answer.clone().ok_or(DispatchFailure::AnswerLost)?;
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
	fn send(account: &Account<T>, call: Call<T>, now: BlockNumberFor<T>) -> Result<(), DispatchFailure> {
		let nonce = Self::reserve_nonce(&account.id, now)?;
		let sent = T::create_signed_transaction::<T::WorkerKey>(
			call.into(),
			account.public.clone(),
			account.id.clone(),
			nonce,
		)
		.ok_or(DispatchFailure::NotSent)
		.and_then(|xt| SubmitTransaction::<T, Call<T>>::submit_transaction(xt).map_err(|()| DispatchFailure::NotSent));
		if sent.is_err() {
			Self::release_nonce(&account.id, nonce);
		}
		sent
	}

	/// The nonce for the next transaction of worker account `who`.
	///
	/// The chain's nonce alone is not enough: the transactions of the previous worker runs may
	/// still wait in the pool (runs overlap, and a run may end after the next block was
	/// authored), and a second transaction with the same nonce would replace one of them or be
	/// refused. So the next nonce is kept in local storage and reserved atomically. If the
	/// chain's nonce has not moved for `RESEND_AFTER` blocks while we are ahead of it, one of our
	/// transactions was dropped and left a gap that blocks the later ones: start again from the
	/// chain's nonce (what is still pending then fails harmlessly or is re-sent).
	fn reserve_nonce(who: &T::AccountId, now: BlockNumberFor<T>) -> Result<T::Nonce, DispatchFailure> {
		let chain = frame_system::Pallet::<T>::account_nonce(who);
		let resend_after: BlockNumberFor<T> = RESEND_AFTER.into();
		let mut reserved = chain;
		StorageValueRef::persistent(&nonce_key(who))
			.mutate::<NonceRecord<T::Nonce, BlockNumberFor<T>>, (), _>(|stored| {
				let mut record = match stored {
					Ok(Some(record)) => record,
					_ => NonceRecord { next: chain, chain, since: now },
				};
				if record.chain != chain {
					record.chain = chain;
					record.since = now;
				}
				let stalled = now >= record.since.saturating_add(resend_after);
				if record.next < chain || (record.next > chain && stalled) {
					record.next = chain;
					record.since = now;
				}
				reserved = record.next;
				record.next = record.next.saturating_add(One::one());
				Ok(record)
			})
			.map(|_| reserved)
			.map_err(|_| DispatchFailure::NotSent)
	}

	/// Gives back `nonce` if it is still the last one reserved for `who` (its transaction was
	/// not sent), so that no gap is left.
	fn release_nonce(who: &T::AccountId, nonce: T::Nonce) {
		let _ = StorageValueRef::persistent(&nonce_key(who)).mutate::<NonceRecord<T::Nonce, BlockNumberFor<T>>, (), _>(
			|stored| match stored {
				Ok(Some(mut record)) if record.next == nonce.saturating_add(One::one()) => {
					record.next = nonce;
					Ok(record)
				},
				_ => Err(()),
			},
		);
	}

	/// The first round of a run's requests: the inputs of the `held` jobs (in order), the remote
	/// ones downloaded all at once; a remote input that may not be fetched or does not match its
	/// hash is answered "input rejected".
	fn fetch_inputs(held: &[HeldJob<'_, '_, T>], allow_private: bool) -> Vec<Progress> {
		let mut progress = Vec::with_capacity(held.len());
		// (index in `progress`, expected hash) of each download, in the order of `requests`.
		let mut downloads = Vec::new();
		let mut requests = Vec::new();
		for held_job in held {
			match &held_job.job.input {
				Payload::Inline(data) => progress.push(Progress::Input(data.to_vec())),
				Payload::Remote { uri, .. } if !remote_input_allowed(uri, allow_private) => {
					// The submitter's URI is not one this node may fetch: its input cannot run.
					progress.push(Progress::Done(Ok(Answer::InputRejected)))
				},
				Payload::Remote { hash, uri } => {
					if let Ok(uri) = core::str::from_utf8(uri) {
						downloads.push((progress.len(), *hash));
						requests.push(http::Request::get(uri));
					}
					// Replaced by the download's outcome below.
					progress.push(Progress::Done(Err(DispatchFailure::InputUnavailable)));
				},
			}
		}
		for ((index, hash), data) in downloads.into_iter().zip(Self::http_all(requests, "input download")) {
			if let Some(slot) = progress.get_mut(index) {
				*slot = match data {
					Err(_) => Progress::Done(Err(DispatchFailure::InputUnavailable)),
					Ok(data) if BlakeTwo256::hash(&data) != hash => Progress::Done(Ok(Answer::InputRejected)),
					Ok(data) => Progress::Input(data),
				};
			}
		}
		progress
	}

	/// The second round of a run's requests: every input in `progress` is sent to its job's
	/// provider's server, all at once; returns each held job's answer (in order): the output, or
	/// "input rejected" when the server refuses the input as a client error.
	fn run_inferences(held: &[HeldJob<'_, '_, T>], progress: Vec<Progress>) -> Vec<Result<Answer, DispatchFailure>> {
		let auth_key = sp_io::offchain::local_storage_get(sp_core::offchain::StorageKind::PERSISTENT, SERVER_AUTH_KEY)
			.filter(|key| !key.is_empty());
		let mut answers = Vec::with_capacity(held.len());
		// (index in `answers`, URL, body) of each inference request.
		let mut calls = Vec::new();
		for (held_job, step) in held.iter().zip(progress) {
			match step {
				Progress::Done(answer) => answers.push(answer),
				Progress::Input(input) => match infer_url(&held_job.worker.endpoint) {
					Err(error) => answers.push(Err(error)),
					Ok(url) => {
						calls.push((answers.len(), url, request_body(&held_job.job.model_hash, &input)));
						// Replaced by the request's outcome below.
						answers.push(Err(DispatchFailure::Unreachable));
					},
				},
			}
		}
		let requests = calls.iter().map(|(_, url, body)| inference_request(url, body, auth_key.as_deref())).collect();
		for ((index, ..), response) in calls.iter().zip(Self::http_all(requests, "inference")) {
			if let Some(slot) = answers.get_mut(*index) {
				*slot = Self::answer_of(response);
			}
		}
		answers
	}

	/// The answer an inference server's response gives: its output (at most `MaxOutputLength`
	/// bytes), or "input rejected" for a client error status.
	fn answer_of(response: Result<Vec<u8>, DispatchFailure>) -> Result<Answer, DispatchFailure> {
		let response = match response {
			Err(DispatchFailure::Status(code)) if INPUT_REJECTED_STATUSES.contains(&code) => return Ok(Answer::InputRejected),
			other => other?,
		};
		let output = parse_output(&response).ok_or(DispatchFailure::BadResponse)?;
		if output.len() > <T::MaxOutputLength as frame_support::traits::Get<u32>>::get() as usize {
			return Err(DispatchFailure::OutputTooLarge);
		}
		Ok(Answer::Output(output))
	}

	/// Sends all `requests` (in order), then awaits them together with one deadline, the
	/// timeout from now; returns the body of each one's 200 response, or why there is none (in
	/// order). Logs how many requests were started and how long they took.
	fn http_all<B: Default + IntoIterator<Item = I>, I: AsRef<[u8]>>(
		requests: Vec<http::Request<'_, B>>,
		what: &str,
	) -> Vec<Result<Vec<u8>, DispatchFailure>> {
		let mut results: Vec<Result<Vec<u8>, DispatchFailure>> = Vec::with_capacity(requests.len());
		if requests.is_empty() {
			return results;
		}
		let started = sp_io::offchain::timestamp();
		let deadline = started.add(Duration::from_millis(HTTP_TIMEOUT_MS));
		// (index in `results`) of each sent request, in the order of `pending`.
		let mut slots = Vec::new();
		let mut pending = Vec::new();
		for request in requests {
			if let Ok(sent) = request.deadline(deadline).send() {
				slots.push(results.len());
				pending.push(sent);
			}
			// Replaced by the response below if the request was sent.
			results.push(Err(DispatchFailure::Unreachable));
		}
		let sent = pending.len();
		let waiting_since = sp_io::offchain::timestamp();
		for (index, response) in slots.into_iter().zip(http::PendingRequest::try_wait_all(pending, deadline)) {
			if let Some(slot) = results.get_mut(index) {
				*slot = read_response(response, deadline);
			}
		}
		let now = sp_io::offchain::timestamp();
		log::debug!(
			target: "runtime::jobs",
			"{what}: {sent} of {} requests started at once, answered or timed out after {} ms ({} ms waited)",
			results.len(),
			now.diff(&started).millis(),
			now.diff(&waiting_since).millis(),
		);
		results
	}
}

/// The inference request of `body` to `url`, with its `X-Infera-Auth` tag under `auth_key`.
fn inference_request<'a>(url: &'a str, body: &'a [u8], auth_key: Option<&[u8]>) -> http::Request<'a, Vec<&'a [u8]>> {
	let request = http::Request::post(url, alloc::vec![body]).add_header("Content-Type", "application/json");
	match auth_key {
		Some(key) => request.add_header("X-Infera-Auth", &auth_tag(key, body)),
		None => request,
	}
}

/// The body of a 200 response awaited until `deadline`: read by the same deadline and no
/// larger than `MAX_BODY_BYTES` (a slow or endless body would otherwise hold the worker, a huge
/// one exhaust the node).
fn read_response(
	response: Result<http::HttpResult, http::PendingRequest>,
	deadline: Timestamp,
) -> Result<Vec<u8>, DispatchFailure> {
	let response = response.map_err(|_| DispatchFailure::Unreachable)?.map_err(|_| DispatchFailure::Unreachable)?;
	if response.code != 200 {
		return Err(DispatchFailure::Status(response.code));
	}
	let mut body = response.body();
	body.deadline(deadline);
	let bytes: Vec<u8> = body.by_ref().take(MAX_BODY_BYTES.saturating_add(1)).collect();
	if body.error().is_some() {
		return Err(DispatchFailure::Unreachable);
	}
	if bytes.len() > MAX_BODY_BYTES {
		return Err(DispatchFailure::BodyTooLarge);
	}
	Ok(bytes)
}
