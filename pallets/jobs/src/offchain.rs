//! Off-chain dispatch: a node whose keystore holds a provider's worker key (key type `infr`)
//! runs the provider's assigned jobs on its inference server and answers on chain.
//!
//! Every block, for each such key, for every open job of the provider (`ProviderJobs`, at most
//! the compute pallet's `MaxActiveJobs`), earliest phase end first:
//! - **commit phase**, not yet committed: fetch the input (inline, or by URI with its hash
//!   checked), `POST {endpoint}/v1/infer` with `{"model": "0x<weights hash>", "input":
//!   "0x<input hex>"}` and read `{"output": "0x<output hex>"}`; keep output and a fresh random
//!   salt in the node's persistent off-chain storage; send `commit_result` with the commitment
//!   bound to the job and the provider ([`crate::commitment_of`]);
//! - **reveal phase**, committed, not yet revealed: send `reveal_result` with the kept output and
//!   salt.
//!
//! An input the provider cannot run is answered "input rejected" ([`crate::input_rejected_hash`],
//! revealed with `reveal_rejection`): the server refuses it as a client error (400, 413, 415 or
//! 422), a remote input's URI is not one the node may fetch ([`remote_input_allowed`]: `https`
//! to a public host), it does not match its hash, or it cannot be fetched
//! `MAX_INPUT_FETCH_FAILURES` times. A server that is down or answers 5xx is the provider's own
//! fault and is retried. With a key under [`SERVER_AUTH_KEY`], requests are authenticated to
//! the provider's server.
//!
//! Transactions are signed by the worker key and sent only while the phase's last block is still
//! ahead (never after a deadline). A failed inference is retried with exponential backoff
//! (2, 4, .. 32 blocks); a sent transaction is re-sent if it is not on chain after
//! `RESEND_AFTER` blocks. Worker runs overlap (one per imported block): a storage lock per job
//! and provider covers every read and update of the job's record, so a job is never answered
//! twice (two answers would carry different salts and the reveal would not match the
//! commitment). The record is deleted once the reveal is on chain.

use crate::{commitment_of, pallet::*, JobId, JobStatus, Payload};
use alloc::{format, vec::Vec};
use codec::{Decode, Encode};
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
		storage_lock::{StorageLock, Time},
		Duration,
	},
	traits::{BlakeTwo256, Hash, One, Saturating},
	KeyTypeId,
};

/// Key type of worker keys: `infera-node key insert --key-type infr ...`.
pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"infr");

/// How long an inference request may take.
pub const HTTP_TIMEOUT_MS: u64 = 30_000;

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
/// the HTTP timeout (a run that dies leaves it to expire). One job's work is at most two
/// requests (the input download and the inference), each within the timeout; should a run
/// outlast the lock all the same, the answer first stored is kept (see `Pallet::work_on`).
pub fn dispatch_lock(key: &[u8]) -> StorageLock<'_, Time> {
	StorageLock::<Time>::with_deadline(key, Duration::from_millis(HTTP_TIMEOUT_MS.saturating_mul(3)))
}

impl<T: Config> Pallet<T> {
	/// The worker run of block `now` (see the module docs).
	pub fn dispatch_assigned_jobs(now: BlockNumberFor<T>) {
		for account in Signer::<T, T::WorkerKey>::keystore_accounts() {
			let Some(provider) = T::Providers::provider_for_signer(&account.id) else { continue };
			let Some(endpoint) = T::Providers::endpoint(&provider) else { continue };
			// Every open job (at most `MaxActiveJobs`), the earliest phase end first.
			let mut jobs: Vec<(JobId, JobOf<T>)> = ProviderJobs::<T>::iter_key_prefix(&provider)
				.filter_map(|job_id| Some((job_id, Jobs::<T>::get(job_id)?)))
				.collect();
			jobs.sort_by_key(|(job_id, job)| (Self::phase_end(job), *job_id));
			for (job_id, job) in jobs {
				if let Err(error) = Self::work_on(job_id, job, &provider, &endpoint, &account, now) {
					log::warn!(target: "runtime::jobs", "job {job_id}: dispatch failed: {error:?}");
				}
			}
		}
	}

	/// Last block of the job's current phase (the commit deadline, or the end of the reveal).
	fn phase_end(job: &JobOf<T>) -> BlockNumberFor<T> {
		match job.status {
			JobStatus::Revealing { until } => until,
			_ => job.deadline,
		}
	}

	/// Moves one job of `provider` on: inference and commitment, or reveal.
	fn work_on(
		job_id: JobId,
		job: JobOf<T>,
		provider: &T::AccountId,
		endpoint: &[u8],
		account: &Account<T>,
		now: BlockNumberFor<T>,
	) -> Result<(), DispatchFailure> {
		let Some(assignment) = job.assignment_of(provider) else { return Ok(()) };
		// Worker runs overlap (one starts for every imported block). Every read-modify-write of
		// the job's record happens under its lock: two runs that both read "no answer yet"
		// would otherwise both run the inference and store different salts, and the reveal of
		// one would not match the commitment of the other.
		let lock_key = dispatch_lock_key(job_id, provider);
		let mut lock = dispatch_lock(&lock_key);
		let Ok(_guard) = lock.try_lock() else { return Ok(()) };
		let key = dispatch_record_key(job_id, provider);
		let mut store = StorageValueRef::persistent(&key);
		let mut record: DispatchRecord<BlockNumberFor<T>> = store.get().ok().flatten().unwrap_or_default();
		let resend_after: BlockNumberFor<T> = RESEND_AFTER.into();
		let recently = |sent: Option<BlockNumberFor<T>>| sent.is_some_and(|at| now < at.saturating_add(resend_after));
		match job.status {
			JobStatus::Committing if assignment.commitment.is_none() && now < job.deadline => {
				if record.answer.is_none() {
					if now < record.retry_at {
						return Ok(());
					}
					let answer = match Self::run_inference(endpoint, &job.model_hash, &job.input) {
						Err(DispatchFailure::InputUnavailable)
							if record.failures.saturating_add(1) >= MAX_INPUT_FETCH_FAILURES =>
							Ok(Answer::InputRejected),
						other => other,
					};
					match answer {
						Ok(answer) => {
							// Never replace an answer another run stored meanwhile (its
							// commitment may be on its way): adopt that one instead.
							let stored: Option<DispatchRecord<BlockNumberFor<T>>> = store.get().ok().flatten();
							match stored.filter(|s| s.answer.is_some()) {
								Some(stored) => record = stored,
								None => record.answer = Some((answer, H256(sp_io::offchain::random_seed()))),
							}
						},
						Err(error) => {
							record.failures = record.failures.saturating_add(1);
							// A remote input is tried again next block (it must be rejected
							// before the deadline if it stays unavailable); a failing server
							// backs off exponentially.
							let backoff = if error == DispatchFailure::InputUnavailable {
								1
							} else {
								2u32.saturating_pow(record.failures.min(5))
							};
							record.retry_at = now.saturating_add(backoff.into());
							store.set(&record);
							return Err(error);
						},
					}
				}
				if let Some((answer, salt)) = &mut record.answer {
					let mut commitment = commitment_of(job_id, provider, &answer.hash(), salt);
					// Another provider got our commitment on chain first (copied from the pool):
					// it binds us, so the copier can never open it, but ours would now be refused
					// as a duplicate. Commit again with a fresh salt, at once.
					if job.assignments.iter().any(|a| a.commitment == Some(commitment)) {
						*salt = H256(sp_io::offchain::random_seed());
						commitment = commitment_of(job_id, provider, &answer.hash(), salt);
						record.commit_sent_at = None;
					}
					if !recently(record.commit_sent_at) {
						Self::send(account, Call::commit_result { job_id, commitment }, now)?;
						record.commit_sent_at = Some(now);
					}
				}
			},
			JobStatus::Revealing { until }
				if assignment.commitment.is_some() && assignment.output_hash.is_none() && now < until =>
			{
				let (answer, salt) = record.answer.clone().ok_or(DispatchFailure::AnswerLost)?;
				if !recently(record.reveal_sent_at) {
					let call = match answer {
						Answer::Output(output) => Call::reveal_result { job_id, output: Payload::Inline(output), salt },
						Answer::InputRejected => Call::reveal_rejection { job_id, salt },
					};
					Self::send(account, call, now)?;
					record.reveal_sent_at = Some(now);
				}
			},
			// Our reveal is on chain, or the job is being judged: the record is no longer needed.
			_ if assignment.output_hash.is_some() ||
				!matches!(job.status, JobStatus::Committing | JobStatus::Revealing { .. }) =>
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

	/// Fetches the input and runs it on the provider's server; returns the answer: the output,
	/// or "input rejected" when the input does not match its hash or the server refuses it as a
	/// client error.
	fn run_inference(endpoint: &[u8], model_hash: &H256, input: &InputOf<T>) -> Result<Answer, DispatchFailure> {
		let input = match input {
			Payload::Inline(data) => data.to_vec(),
			Payload::Remote { hash, uri } => {
				let allow_private = StorageValueRef::persistent(ALLOW_PRIVATE_URIS_KEY)
					.get::<u8>()
					.ok()
					.flatten()
					.is_some_and(|flag| flag == 1);
				if !remote_input_allowed(uri, allow_private) {
					// The submitter's URI is not one this node may fetch: its input cannot run.
					return Ok(Answer::InputRejected);
				}
				let uri = core::str::from_utf8(uri).map_err(|_| DispatchFailure::InputUnavailable)?;
				let data = Self::http(http::Request::get(uri)).map_err(|_| DispatchFailure::InputUnavailable)?;
				if BlakeTwo256::hash(&data) != *hash {
					return Ok(Answer::InputRejected);
				}
				data
			},
		};
		let url = infer_url(endpoint)?;
		let body = request_body(model_hash, &input);
		let tag = sp_io::offchain::local_storage_get(sp_core::offchain::StorageKind::PERSISTENT, SERVER_AUTH_KEY)
			.filter(|key| !key.is_empty())
			.map(|key| auth_tag(&key, &body));
		let mut request = http::Request::post(&url, alloc::vec![body]).add_header("Content-Type", "application/json");
		if let Some(tag) = &tag {
			request = request.add_header("X-Infera-Auth", tag);
		}
		let response = match Self::http(request) {
			Err(DispatchFailure::Status(code)) if INPUT_REJECTED_STATUSES.contains(&code) => return Ok(Answer::InputRejected),
			other => other?,
		};
		let output = parse_output(&response).ok_or(DispatchFailure::BadResponse)?;
		if output.len() > <T::MaxOutputLength as frame_support::traits::Get<u32>>::get() as usize {
			return Err(DispatchFailure::OutputTooLarge);
		}
		Ok(Answer::Output(output))
	}

	/// Sends a request with the timeout and returns the body of a 200 response.
	fn http<B: Default + IntoIterator<Item = I>, I: AsRef<[u8]>>(
		request: http::Request<'_, B>,
	) -> Result<Vec<u8>, DispatchFailure> {
		let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(HTTP_TIMEOUT_MS));
		let pending = request.deadline(deadline).send().map_err(|_| DispatchFailure::Unreachable)?;
		let response = pending
			.try_wait(deadline)
			.map_err(|_| DispatchFailure::Unreachable)?
			.map_err(|_| DispatchFailure::Unreachable)?;
		if response.code != 200 {
			return Err(DispatchFailure::Status(response.code));
		}
		// The body too must arrive by the deadline, and no larger than `MAX_BODY_BYTES` (a slow
		// or endless body would otherwise hold the worker, a huge one exhaust the node).
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
}
