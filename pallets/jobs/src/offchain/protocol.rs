//! The worker's HTTP requests: the downloads of remote inputs and the inference requests to
//! providers' servers, in the protocol of [`infera_worker_protocol`] (shared with the reference
//! server), each round sent at once and awaited together.

use super::{remote_input::remote_input_allowed, Answer, HeldJob, WorkFailure, HTTP_TIMEOUT_MS};
use crate::{pallet::*, Payload};
use alloc::{string::String, vec::Vec};
use infera_worker_protocol::{
	auth_tag, InferRequest, InferResponse, AUTH_HEADER, CONTENT_TYPE, INPUT_REJECTED_STATUSES,
};
use sp_core::H256;
use sp_runtime::{
	offchain::{http, Duration, Timestamp},
	traits::{BlakeTwo256, Hash},
};

/// Most bytes of an HTTP response body the worker reads (an inference answer or a remote
/// input): four times the largest input, hex-encoded in JSON.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Persistent local storage key of the key shared with the provider's inference server: when
/// set (raw bytes, e.g. with the unsafe RPC `offchain_localStorageSet`), every inference request
/// carries `X-Infera-Auth: 0x<BLAKE2-256(key ++ body)>` (see [`auth_tag`]), and a server
/// started with the same `--auth-key` serves nobody else.
pub const SERVER_AUTH_KEY: &[u8] = b"infera/jobs/server-auth-key";

/// The inference request body of `input` for the model with weights hash `model_hash`:
/// `{"model":"0x<hash>","input":"0x<input>"}` ([`InferRequest`]).
pub fn request_body(model_hash: &H256, input: &[u8]) -> Vec<u8> {
	InferRequest::new(model_hash.as_fixed_bytes(), input).to_json()
}

/// The inference URL of a provider's `endpoint` ([`infera_worker_protocol::infer_url`]).
pub fn infer_url(endpoint: &[u8]) -> Result<String, WorkFailure> {
	let endpoint = core::str::from_utf8(endpoint).map_err(|_| WorkFailure::BadUrl)?;
	Ok(infera_worker_protocol::infer_url(endpoint))
}

/// Where the answer of a held job stands between a run's two rounds of requests.
pub(super) enum Progress {
	/// The input, to run on the provider's server.
	Input(Vec<u8>),
	/// The answer, or why there is none this time, known without an inference request.
	Done(Result<Answer, WorkFailure>),
}

impl<T: Config> Pallet<T> {
	/// The first round of a run's requests: the inputs of the `held` jobs (in order), the remote
	/// ones downloaded all at once; a remote input that may not be fetched or does not match its
	/// hash is answered "input rejected".
	pub(super) fn fetch_inputs(held: &[HeldJob<'_, '_, T>], allow_private: bool) -> Vec<Progress> {
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
					progress.push(Progress::Done(Err(WorkFailure::InputUnavailable)));
				},
			}
		}
		for ((index, hash), data) in downloads.into_iter().zip(Self::http_all(requests, "input download")) {
			if let Some(slot) = progress.get_mut(index) {
				*slot = match data {
					Err(_) => Progress::Done(Err(WorkFailure::InputUnavailable)),
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
	pub(super) fn run_inferences(
		held: &[HeldJob<'_, '_, T>],
		progress: Vec<Progress>,
	) -> Vec<Result<Answer, WorkFailure>> {
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
						answers.push(Err(WorkFailure::Unreachable));
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
	fn answer_of(response: Result<Vec<u8>, WorkFailure>) -> Result<Answer, WorkFailure> {
		let response = match response {
			Err(WorkFailure::Status(code)) if INPUT_REJECTED_STATUSES.contains(&code) =>
				return Ok(Answer::InputRejected),
			other => other?,
		};
		let output = InferResponse::output_of(&response).ok_or(WorkFailure::BadResponse)?;
		if output.len() > <T::MaxOutputLength as frame_support::traits::Get<u32>>::get() as usize {
			return Err(WorkFailure::OutputTooLarge);
		}
		Ok(Answer::Output(output))
	}

	/// Sends all `requests` (in order), then awaits them together with one deadline, the
	/// timeout from now; returns the body of each one's 200 response, or why there is none (in
	/// order). Logs how many requests were started and how long they took.
	fn http_all<B: Default + IntoIterator<Item = I>, I: AsRef<[u8]>>(
		requests: Vec<http::Request<'_, B>>,
		what: &str,
	) -> Vec<Result<Vec<u8>, WorkFailure>> {
		let mut results: Vec<Result<Vec<u8>, WorkFailure>> = Vec::with_capacity(requests.len());
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
			results.push(Err(WorkFailure::Unreachable));
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
	let request = http::Request::post(url, alloc::vec![body]).add_header("Content-Type", CONTENT_TYPE);
	match auth_key {
		Some(key) => request.add_header(AUTH_HEADER, &auth_tag(key, body)),
		None => request,
	}
}

/// The body of a 200 response awaited until `deadline`: read by the same deadline and no
/// larger than `MAX_BODY_BYTES` (a slow or endless body would otherwise hold the worker, a huge
/// one exhaust the node).
fn read_response(
	response: Result<http::HttpResult, http::PendingRequest>,
	deadline: Timestamp,
) -> Result<Vec<u8>, WorkFailure> {
	let response = response.map_err(|_| WorkFailure::Unreachable)?.map_err(|_| WorkFailure::Unreachable)?;
	if response.code != 200 {
		return Err(WorkFailure::Status(response.code));
	}
	let mut body = response.body();
	body.deadline(deadline);
	let bytes: Vec<u8> = body.by_ref().take(MAX_BODY_BYTES.saturating_add(1)).collect();
	if body.error().is_some() {
		return Err(WorkFailure::Unreachable);
	}
	if bytes.len() > MAX_BODY_BYTES {
		return Err(WorkFailure::BodyTooLarge);
	}
	Ok(bytes)
}
