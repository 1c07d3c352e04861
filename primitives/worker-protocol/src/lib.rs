//! # infera-worker-protocol
//!
//! The HTTP protocol between an Infera node's off-chain worker (`pallet-jobs`, `offchain/`) and
//! a compute provider's inference server (the reference one is `provider/`), defined once for
//! both ends. `no_std` (with `alloc`): the runtime uses it, and so does the server, which takes
//! no Substrate crate.
//!
//! - `POST {endpoint}`[`INFER_PATH`] with an [`InferRequest`] as its JSON body
//!   (`{"model":"0x<weights hash>","input":"0x<input>"}`), answered `200` with an
//!   [`InferResponse`] (`{"output":"0x..","output_hash":"0x..","dim":384}`). The worker reads
//!   the response's `output` only ([`InferResponse::output_of`]).
//! - A server refuses an input it cannot run with one of [`INPUT_REJECTED_STATUSES`]: the
//!   worker then answers the job "input rejected". Any other error status is the server's own
//!   fault, and is retried.
//! - A server that shares a key with its node runs only requests that carry [`AUTH_HEADER`]:
//!   [`auth_tag`] of the body under the key.
//! - Bytes travel as `0x`-prefixed lower-case hex ([`to_hex`]; [`from_hex`] takes either case,
//!   the prefix optional).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::{format, string::String, vec::Vec};
use blake2::{digest::consts::U32, Blake2b, Digest};
use serde::{Deserialize, Serialize};

/// The path of the inference request, below a provider's endpoint.
pub const INFER_PATH: &str = "/v1/infer";

/// The media type of the inference request's body and of its answer.
pub const CONTENT_TYPE: &str = "application/json";

/// The header that carries a request's authentication tag ([`auth_tag`]).
pub const AUTH_HEADER: &str = "X-Infera-Auth";

/// The HTTP statuses with which an inference server refuses an input it cannot run (bad
/// request, payload too large, unsupported media type, unprocessable content).
pub const INPUT_REJECTED_STATUSES: [u16; 4] = [400, 413, 415, 422];

/// `0x`-prefixed lower-case hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
	array_bytes::Hexify::hexify_prefixed(bytes)
}

/// The bytes of a hex string (either case, the `0x` prefix optional); `None` if it is not hex
/// (an odd number of digits, or another character).
pub fn from_hex(text: impl AsRef<[u8]>) -> Option<Vec<u8>> {
	<Vec<u8> as array_bytes::Dehexify>::dehexify(text).ok()
}

/// BLAKE2b-256 of `data`: the chain's hash (of model weights, outputs and inputs).
pub fn blake2_256(data: &[u8]) -> [u8; 32] {
	Blake2b::<U32>::digest(data).into()
}

/// The [`AUTH_HEADER`] value of a request `body` under `key`: `0x` hex of BLAKE2-256(key ++
/// body).
pub fn auth_tag(key: &[u8], body: &[u8]) -> String {
	let digest: [u8; 32] = Blake2b::<U32>::new().chain_update(key).chain_update(body).finalize().into();
	to_hex(&digest)
}

/// The inference URL of a provider's `endpoint`: `{endpoint}/v1/infer`, without a doubled
/// slash.
pub fn infer_url(endpoint: &str) -> String {
	format!("{}{INFER_PATH}", endpoint.trim_end_matches('/'))
}

/// The body of an inference request: the model to run and the input, both hex.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub struct InferRequest {
	/// The model's weights hash (its `contentHash` on chain), `0x` hex of 32 bytes.
	pub model: String,
	/// The input, `0x` hex.
	pub input: String,
}

impl InferRequest {
	/// The request to run `input` on the model with weights hash `model_hash`.
	pub fn new(model_hash: &[u8; 32], input: &[u8]) -> Self {
		Self { model: to_hex(model_hash), input: to_hex(input) }
	}

	/// The request as sent: compact JSON, `{"model":"0x..","input":"0x.."}`.
	pub fn to_json(&self) -> Vec<u8> {
		// Two strings always serialize: the default (empty) is never returned.
		serde_json::to_vec(self).unwrap_or_default()
	}

	/// The model's weights hash; `None` if `model` is not hex of 32 bytes.
	pub fn model_hash(&self) -> Option<[u8; 32]> {
		from_hex(&self.model)?.try_into().ok()
	}

	/// The input's bytes; `None` if `input` is not hex.
	pub fn input_bytes(&self) -> Option<Vec<u8>> {
		from_hex(&self.input)
	}
}

/// The `200` answer to an inference request.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub struct InferResponse {
	/// The output, `0x` hex: what the provider commits to and reveals.
	pub output: String,
	/// BLAKE2-256 of the output, `0x` hex (for information: the chain hashes the output
	/// itself).
	pub output_hash: String,
	/// The output's length in bytes (an embedding's dimension).
	pub dim: u64,
	/// Text generation: the generated token ids (for information; the output is their text).
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub tokens: Option<Vec<u32>>,
}

impl InferResponse {
	/// The answer carrying `output` (and the generated `tokens` of a text generation).
	pub fn new(output: &[u8], tokens: Option<Vec<u32>>) -> Self {
		Self {
			output: to_hex(output),
			output_hash: to_hex(&blake2_256(output)),
			dim: u64::try_from(output.len()).unwrap_or(u64::MAX),
			tokens,
		}
	}

	/// The output of a response `body` as the node's worker reads it: the hex string value of
	/// the `output` member of a JSON object, decoded. Other members are not read (a server may
	/// add its own, of any type), nor are members of nested objects; the last of repeated
	/// `output` members counts. `None` if the body is not a JSON object with such a member.
	pub fn output_of(body: &[u8]) -> Option<Vec<u8>> {
		let object: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(body).ok()?;
		from_hex(object.get("output")?.as_str()?)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hex_is_prefixed_lower_case_and_read_in_either_case_with_or_without_prefix() {
		assert_eq!(to_hex(&[0, 1, 0xab, 0xff]), "0x0001abff");
		assert_eq!(to_hex(&[]), "0x");
		assert_eq!(from_hex("0x0001abff"), Some(vec![0, 1, 0xab, 0xff]));
		assert_eq!(from_hex(b"0AbF"), Some(vec![0x0a, 0xbf]));
		assert_eq!(from_hex("0x"), Some(vec![]));
		assert_eq!(from_hex(""), Some(vec![]));
		assert_eq!(from_hex("0x123"), None, "odd number of digits");
		assert_eq!(from_hex("0xzz"), None);
		assert_eq!(from_hex("0X00"), None, "only a lower-case prefix");
		assert_eq!(from_hex("+f"), None, "a sign is no digit");
		assert_eq!(from_hex("0x é"), None);
		let bytes: Vec<u8> = (0..=255).collect();
		assert_eq!(from_hex(to_hex(&bytes)), Some(bytes));
	}

	#[test]
	fn the_request_is_compact_json_and_round_trips() {
		let request = InferRequest::new(&[1; 32], b"hi");
		let json = request.to_json();
		assert_eq!(
			String::from_utf8(json.clone()).unwrap(),
			format!("{{\"model\":\"0x{}\",\"input\":\"0x6869\"}}", "01".repeat(32))
		);
		let parsed: InferRequest = serde_json::from_slice(&json).unwrap();
		assert_eq!(parsed, request);
		assert_eq!(parsed.model_hash(), Some([1; 32]));
		assert_eq!(parsed.input_bytes(), Some(b"hi".to_vec()));
		// What a server makes of other requests.
		let spaced: InferRequest =
			serde_json::from_str(r#" { "input" : "6869", "model":"0x01", "extra": 1 } "#).unwrap();
		assert_eq!(
			(spaced.model_hash(), spaced.input_bytes()),
			(None, Some(b"hi".to_vec())),
			"a short hash is no hash"
		);
		let not_hex = InferRequest { model: "0x".to_string() + &"zz".repeat(32), input: "hi".into() };
		assert_eq!((not_hex.model_hash(), not_hex.input_bytes()), (None, None));
	}

	#[test]
	fn the_response_round_trips_and_carries_the_outputs_hash_and_length() {
		let response = InferResponse::new(b"out", None);
		assert_eq!(response.output, "0x6f7574");
		assert_eq!(response.output_hash, to_hex(&blake2_256(b"out")));
		assert_eq!(response.dim, 3);
		let json = serde_json::to_string(&response).unwrap();
		assert_eq!(json, format!(r#"{{"output":"0x6f7574","output_hash":"{}","dim":3}}"#, response.output_hash));
		assert_eq!(serde_json::from_str::<InferResponse>(&json).unwrap(), response);
		assert_eq!(InferResponse::output_of(json.as_bytes()), Some(b"out".to_vec()));
		let generated = InferResponse::new(b"hi", Some(vec![7, 8]));
		let json = serde_json::to_string(&generated).unwrap();
		assert!(json.ends_with(r#","dim":2,"tokens":[7,8]}"#), "{json}");
		assert_eq!(serde_json::from_str::<InferResponse>(&json).unwrap(), generated);
	}

	#[test]
	fn the_worker_reads_only_the_output_member_of_a_json_object() {
		// Other members, whitespace and member order do not matter, whatever their types.
		assert_eq!(
			InferResponse::output_of(br#"{"output_hash":"0x00","output" : "0x0102ff","ms":3}"#),
			Some(vec![1, 2, 0xff])
		);
		assert_eq!(InferResponse::output_of(b"\n{ \"dim\": \"many\",\n\t\"output\":\"0x01\" }\n"), Some(vec![1]));
		assert_eq!(InferResponse::output_of(br#"{"output":""}"#), Some(vec![]));
		assert_eq!(
			InferResponse::output_of(br#"{"output":"0x01","output":"0x02"}"#),
			Some(vec![2]),
			"the last one counts"
		);
		// Real JSON, not a byte scan: a string that merely contains `"output"`, a nested member,
		// an array and a body that is not JSON at all are not outputs.
		assert_eq!(InferResponse::output_of(br#"{"note":"\"output\":\"0xff\"","output":"0x01"}"#), Some(vec![1]));
		assert_eq!(InferResponse::output_of(br#"{"data":{"output":"0xff"}}"#), None);
		assert_eq!(InferResponse::output_of(br#"["0xff"]"#), None);
		assert_eq!(InferResponse::output_of(br#"garbage "output":"0xff""#), None);
		assert_eq!(InferResponse::output_of(br#"{"output":"0x01""#), None);
		assert_eq!(InferResponse::output_of(br#"{"error":"model not found"}"#), None);
		assert_eq!(InferResponse::output_of(br#"{"output":12}"#), None);
		assert_eq!(InferResponse::output_of(br#"{"output":"0xf"}"#), None);
	}

	#[test]
	fn the_auth_tag_is_the_hash_of_key_and_body() {
		assert_eq!(auth_tag(b"", b""), to_hex(&blake2_256(b"")));
		assert_eq!(auth_tag(b"key", b"body"), to_hex(&blake2_256(b"keybody")));
		assert_ne!(auth_tag(b"key", b"body"), auth_tag(b"other", b"body"));
		// BLAKE2b-256 of the empty input (the chain's `BlakeTwo256`).
		assert_eq!(to_hex(&blake2_256(b"")), "0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
	}

	#[test]
	fn the_infer_url_has_one_slash() {
		assert_eq!(infer_url("http://10.0.0.1:8080"), "http://10.0.0.1:8080/v1/infer");
		assert_eq!(infer_url("https://p.example/api//"), "https://p.example/api/v1/infer");
	}
}
