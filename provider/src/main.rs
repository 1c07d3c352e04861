//! # infera-provider
//!
//! The reference inference server of an Infera compute provider. It serves the models found in a
//! local directory, each addressed by the BLAKE2-256 hash of its `model.safetensors` — the
//! `contentHash` registered on chain — so a request can never run other weights than the ones
//! the chain listed.
//!
//! The protocol is the one the node's off-chain workers speak:
//! `POST /v1/infer {"model": "0x<weights hash>", "input": "0x<UTF-8 text as hex>"}` ->
//! `200 {"output": "0x..", "output_hash": "0x..", "dim": 384}`. `GET /health` lists the models;
//! `GET /metrics` has Prometheus counters.
//!
//! ## Canonical output
//! Text embeddings (BERT sentence encoders such as all-MiniLM-L6-v2): tokens through the model,
//! mean pooling over the tokens, L2 normalisation (as sentence-transformers does), then each
//! component quantised to one signed byte, `round(x * 127)` clamped to [-127, 127]. The output is
//! those `dim` bytes; `output_hash` is their BLAKE2-256, the hash the chain compares. Quantising
//! absorbs the last-bit float differences between machines, so honest providers agree bit for
//! bit (a component that lands exactly on a rounding boundary could still differ; with 384
//! components of random-looking values this is rare, and redundancy >= 3 outvotes it).
//!
//! `--faulty` serves wrong answers (the embedding reversed), for tests of slashing.
//!
//! ## Who may use it
//! The endpoint is published on chain, so anyone can reach it. With `--auth-key <hex>` (or
//! `INFERA_PROVIDER_AUTH_KEY`) only requests that carry `X-Infera-Auth: 0x<BLAKE2-256(key ++
//! body)>` run; others get 401 at once, before any work. The provider's node signs its requests
//! with the same key, kept in its persistent off-chain storage under
//! `infera/jobs/server-auth-key` (set it with the node's unsafe RPC `offchain_localStorageSet`).
//! At most `--max-concurrency` requests run and `--max-queue` wait; beyond that the server
//! answers 503 at once, so a flood cannot queue work the node's own requests must wait for.

use std::{
	collections::HashMap,
	net::SocketAddr,
	path::{Path, PathBuf},
	sync::{
		atomic::{AtomicU64, AtomicUsize, Ordering},
		Arc,
	},
	time::Instant,
};

use anyhow::{anyhow, Context};
use axum::{
	body::Bytes,
	extract::State,
	http::{HeaderMap, StatusCode},
	response::{IntoResponse, Response},
	routing::{get, post},
	Json, Router,
};
use blake2::{digest::consts::U32, Blake2b, Digest};
use candle_core::{Device, Tensor, D};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config, DTYPE};
use clap::Parser;
use serde::{Deserialize, Serialize};
use tokenizers::{Tokenizer, TruncationParams};
use tokio::sync::Semaphore;

/// Command line.
#[derive(Parser, Debug)]
#[command(version, about = "Infera reference inference server")]
struct Args {
	/// Directory with one sub-directory per model, each holding `model.safetensors`,
	/// `config.json` and `tokenizer.json`.
	#[arg(long, env = "INFERA_MODELS_DIR")]
	models_dir: PathBuf,
	/// Address to listen on.
	#[arg(long, default_value = "127.0.0.1:8700")]
	listen: SocketAddr,
	/// Requests run at the same time; the rest wait.
	#[arg(long, default_value_t = 2)]
	max_concurrency: usize,
	/// Longest input text in bytes.
	#[arg(long, default_value_t = 8192)]
	max_input_bytes: usize,
	/// Tokens per input; longer input is truncated (all-MiniLM-L6-v2 was trained on 256).
	#[arg(long, default_value_t = 256)]
	max_tokens: usize,
	/// Serve wrong answers (for tests).
	#[arg(long)]
	faulty: bool,
	/// Hex key shared with the provider's node: only requests whose `X-Infera-Auth` header is
	/// BLAKE2-256(key ++ body) run. Without it the server serves anyone.
	#[arg(long, env = "INFERA_PROVIDER_AUTH_KEY")]
	auth_key: Option<String>,
	/// Requests that may wait for a free slot; more are answered 503 at once.
	#[arg(long, default_value_t = 16)]
	max_queue: usize,
	/// Instead of serving, embed this many sentences with the first model and print the
	/// throughput.
	#[arg(long)]
	bench: Option<usize>,
}

/// BLAKE2-256, the chain's hash.
fn blake2_256(data: &[u8]) -> [u8; 32] {
	Blake2b::<U32>::digest(data).into()
}

fn to_hex(bytes: &[u8]) -> String {
	let mut out = String::with_capacity(2 + bytes.len() * 2);
	out.push_str("0x");
	for b in bytes {
		out.push_str(&format!("{b:02x}"));
	}
	out
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	if digits.len() % 2 != 0 {
		return None;
	}
	(0..digits.len()).step_by(2).map(|i| u8::from_str_radix(digits.get(i..i + 2)?, 16).ok()).collect()
}

/// A sentence encoder loaded from a model directory.
struct Embedder {
	name: String,
	model: BertModel,
	tokenizer: Tokenizer,
	dim: usize,
}

impl Embedder {
	/// Loads the model in `dir`; returns it with the BLAKE2-256 of its weights file.
	fn load(dir: &Path, max_tokens: usize) -> anyhow::Result<([u8; 32], Embedder)> {
		let weights = std::fs::read(dir.join("model.safetensors")).context("reading model.safetensors")?;
		let hash = blake2_256(&weights);
		let config: Config = serde_json::from_str(&std::fs::read_to_string(dir.join("config.json"))?)?;
		let dim = config.hidden_size;
		let mut tokenizer = Tokenizer::from_file(dir.join("tokenizer.json")).map_err(|e| anyhow!("tokenizer: {e}"))?;
		tokenizer
			.with_truncation(Some(TruncationParams { max_length: max_tokens, ..Default::default() }))
			.map_err(|e| anyhow!("tokenizer: {e}"))?;
		tokenizer.with_padding(None);
		let vb = VarBuilder::from_buffered_safetensors(weights, DTYPE, &Device::Cpu)?;
		let model = BertModel::load(vb, &config)?;
		let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
		Ok((hash, Embedder { name, model, tokenizer, dim }))
	}

	/// Mean-pooled, L2-normalised embedding of `text`.
	fn embed(&self, text: &str) -> anyhow::Result<Vec<f32>> {
		let encoding = self.tokenizer.encode(text, true).map_err(|e| anyhow!("tokenizer: {e}"))?;
		let ids = Tensor::new(encoding.get_ids(), &Device::Cpu)?.unsqueeze(0)?;
		let type_ids = ids.zeros_like()?;
		let mask = Tensor::new(encoding.get_attention_mask(), &Device::Cpu)?.unsqueeze(0)?;
		let hidden = self.model.forward(&ids, &type_ids, Some(&mask))?;
		let pooled = hidden.mean(1)?.squeeze(0)?;
		let norm = pooled.sqr()?.sum_keepdim(D::Minus1)?.sqrt()?;
		Ok(pooled.broadcast_div(&norm)?.to_vec1::<f32>()?)
	}
}

/// The canonical output of an embedding: each component as a signed byte (see the crate docs).
fn quantise(embedding: &[f32]) -> Vec<u8> {
	embedding.iter().map(|x| ((x * 127.0).round().clamp(-127.0, 127.0) as i8) as u8).collect()
}

/// What the server shares between requests.
struct AppState {
	models: HashMap<[u8; 32], Embedder>,
	permits: Semaphore,
	/// The key requests must be authenticated with, if any.
	auth_key: Option<Vec<u8>>,
	/// Requests admitted (running or waiting) and the most that may be.
	admitted: AtomicUsize,
	max_admitted: usize,
	max_input_bytes: usize,
	faulty: bool,
	ok: AtomicU64,
	client_errors: AtomicU64,
	server_errors: AtomicU64,
	inference_micros: AtomicU64,
}

/// Body of `POST /v1/infer`.
#[derive(Deserialize)]
struct InferRequest {
	model: String,
	input: String,
}

/// Answer of `POST /v1/infer`.
#[derive(Serialize)]
struct InferResponse {
	output: String,
	output_hash: String,
	dim: usize,
}

/// An error answer: a status and `{"error": message}`.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
	fn into_response(self) -> Response {
		(self.0, Json(serde_json::json!({ "error": self.1 }))).into_response()
	}
}

fn bad_request(message: impl Into<String>) -> ApiError {
	ApiError(StatusCode::BAD_REQUEST, message.into())
}

/// The value of `X-Infera-Auth` for `body` under `key`: `0x` hex of BLAKE2-256(key ++ body).
fn auth_tag(key: &[u8], body: &[u8]) -> String {
	to_hex(&blake2_256(&[key, body].concat()))
}

/// Whether a request may run: always without a key, else only with the right tag (compared in
/// constant time).
fn authorized(key: Option<&[u8]>, headers: &HeaderMap, body: &[u8]) -> bool {
	let Some(key) = key else { return true };
	let Some(given) = headers.get("x-infera-auth").map(|v| v.as_bytes()) else { return false };
	let expected = auth_tag(key, body);
	given.len() == expected.len() && given.iter().zip(expected.as_bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// A request's place among the admitted ones (running or waiting), given back on drop.
struct Admission<'a>(&'a AtomicUsize);

impl<'a> Admission<'a> {
	/// Admits a request unless `max` are admitted already.
	fn try_new(admitted: &'a AtomicUsize, max: usize) -> Option<Self> {
		let previous = admitted.fetch_add(1, Ordering::AcqRel);
		if previous >= max {
			admitted.fetch_sub(1, Ordering::AcqRel);
			return None;
		}
		Some(Self(admitted))
	}
}

impl Drop for Admission<'_> {
	fn drop(&mut self) {
		self.0.fetch_sub(1, Ordering::AcqRel);
	}
}

async fn infer(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Result<Json<InferResponse>, ApiError> {
	let result = admit_and_run(&state, &headers, &body).await;
	let counter = match &result {
		Ok(_) => &state.ok,
		Err(ApiError(status, _)) if status.is_client_error() => &state.client_errors,
		Err(_) => &state.server_errors,
	};
	counter.fetch_add(1, Ordering::Relaxed);
	result.map(Json)
}

/// Authenticates and admits a request, then runs it.
async fn admit_and_run(state: &Arc<AppState>, headers: &HeaderMap, body: &[u8]) -> Result<InferResponse, ApiError> {
	if !authorized(state.auth_key.as_deref(), headers, body) {
		return Err(ApiError(StatusCode::UNAUTHORIZED, "missing or wrong X-Infera-Auth".into()));
	}
	let _admission = Admission::try_new(&state.admitted, state.max_admitted)
		.ok_or_else(|| ApiError(StatusCode::SERVICE_UNAVAILABLE, "busy: the request queue is full".into()))?;
	let request: InferRequest = serde_json::from_slice(body).map_err(|e| bad_request(format!("bad request body: {e}")))?;
	run_inference(state, request).await
}

async fn run_inference(state: &Arc<AppState>, request: InferRequest) -> Result<InferResponse, ApiError> {
	let hash: [u8; 32] = from_hex(&request.model)
		.and_then(|h| h.try_into().ok())
		.ok_or_else(|| bad_request("model must be a 0x-prefixed 32-byte hex hash"))?;
	if !state.models.contains_key(&hash) {
		return Err(ApiError(StatusCode::NOT_FOUND, format!("unknown model {}", request.model)));
	}
	let bytes = from_hex(&request.input).ok_or_else(|| bad_request("input must be hex"))?;
	if bytes.len() > state.max_input_bytes {
		return Err(ApiError(StatusCode::PAYLOAD_TOO_LARGE, format!("input longer than {} bytes", state.max_input_bytes)));
	}
	let text = String::from_utf8(bytes).map_err(|_| bad_request("input must be UTF-8 text"))?;
	if text.trim().is_empty() {
		return Err(bad_request("input text is empty"));
	}
	let _permit = state.permits.acquire().await.map_err(|_| ApiError(StatusCode::SERVICE_UNAVAILABLE, "shutting down".into()))?;
	let worker = state.clone();
	let started = Instant::now();
	let embedding = tokio::task::spawn_blocking(move || worker.models.get(&hash).map(|m| m.embed(&text)))
		.await
		.map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
		.ok_or_else(|| ApiError(StatusCode::NOT_FOUND, "unknown model".into()))?
		.map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
	state.inference_micros.fetch_add(started.elapsed().as_micros() as u64, Ordering::Relaxed);
	let mut output = quantise(&embedding);
	if state.faulty {
		output.reverse();
	}
	Ok(InferResponse { output_hash: to_hex(&blake2_256(&output)), output: to_hex(&output), dim: output.len() })
}

async fn health(State(state): State<Arc<AppState>>) -> Json<serde_json::Value> {
	let models: Vec<_> = state
		.models
		.iter()
		.map(|(hash, m)| serde_json::json!({ "hash": to_hex(hash), "name": m.name, "dim": m.dim }))
		.collect();
	Json(serde_json::json!({ "status": "ok", "faulty": state.faulty, "models": models }))
}

async fn metrics(State(state): State<Arc<AppState>>) -> String {
	let ok = state.ok.load(Ordering::Relaxed);
	format!(
		"# TYPE infera_provider_requests_total counter\n\
		 infera_provider_requests_total{{result=\"ok\"}} {ok}\n\
		 infera_provider_requests_total{{result=\"client_error\"}} {}\n\
		 infera_provider_requests_total{{result=\"server_error\"}} {}\n\
		 # TYPE infera_provider_inference_seconds_total counter\n\
		 infera_provider_inference_seconds_total {}\n\
		 # TYPE infera_provider_models gauge\n\
		 infera_provider_models {}\n",
		state.client_errors.load(Ordering::Relaxed),
		state.server_errors.load(Ordering::Relaxed),
		state.inference_micros.load(Ordering::Relaxed) as f64 / 1e6,
		state.models.len(),
	)
}

/// Loads every model directory under `dir`.
fn load_models(dir: &Path, max_tokens: usize) -> anyhow::Result<HashMap<[u8; 32], Embedder>> {
	let mut models = HashMap::new();
	let mut entries: Vec<_> = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?.collect::<Result<_, _>>()?;
	entries.sort_by_key(|e| e.path());
	for entry in entries {
		let path = entry.path();
		if !path.join("model.safetensors").exists() {
			continue;
		}
		let (hash, model) = Embedder::load(&path, max_tokens).with_context(|| format!("loading {}", path.display()))?;
		eprintln!("loaded model {} ({} dims) weights hash {}", model.name, model.dim, to_hex(&hash));
		models.insert(hash, model);
	}
	if models.is_empty() {
		anyhow::bail!("no model directories (with model.safetensors) under {}", dir.display());
	}
	Ok(models)
}

/// Embeds `count` sentences with one model and prints embeddings per second.
fn bench(models: &HashMap<[u8; 32], Embedder>, count: usize) -> anyhow::Result<()> {
	let model = models.values().next().ok_or_else(|| anyhow!("no model"))?;
	let sentences = [
		"A man is eating food.",
		"The new movie is awesome and everyone should see it.",
		"Blockchains let mutually distrusting parties agree on a shared ledger without a central operator.",
		"Two dogs play in the snow.",
	];
	model.embed(sentences[0])?;
	let started = Instant::now();
	for i in 0..count {
		model.embed(sentences[i % sentences.len()])?;
	}
	let seconds = started.elapsed().as_secs_f64();
	println!("{count} embeddings in {seconds:.2} s: {:.1} embeddings/s (model {}, one thread per request)", count as f64 / seconds, model.name);
	Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
	let args = Args::parse();
	let models = load_models(&args.models_dir, args.max_tokens)?;
	if let Some(count) = args.bench {
		return bench(&models, count);
	}
	let auth_key = args
		.auth_key
		.as_deref()
		.map(|hex| from_hex(hex).filter(|key| !key.is_empty()).ok_or_else(|| anyhow!("--auth-key must be non-empty hex")))
		.transpose()?;
	let state = Arc::new(AppState {
		models,
		permits: Semaphore::new(args.max_concurrency.max(1)),
		auth_key,
		admitted: AtomicUsize::new(0),
		max_admitted: args.max_concurrency.max(1).saturating_add(args.max_queue),
		max_input_bytes: args.max_input_bytes,
		faulty: args.faulty,
		ok: AtomicU64::new(0),
		client_errors: AtomicU64::new(0),
		server_errors: AtomicU64::new(0),
		inference_micros: AtomicU64::new(0),
	});
	let app = Router::new()
		.route("/v1/infer", post(infer))
		.route("/health", get(health))
		.route("/metrics", get(metrics))
		.with_state(state);
	let listener = tokio::net::TcpListener::bind(args.listen).await.with_context(|| format!("binding {}", args.listen))?;
	eprintln!("infera-provider listening on http://{}{}", args.listen, if args.faulty { " (FAULTY: wrong answers)" } else { "" });
	axum::serve(listener, app)
		.with_graceful_shutdown(async {
			let _ = tokio::signal::ctrl_c().await;
		})
		.await?;
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hex_round_trips_and_rejects_garbage() {
		assert_eq!(to_hex(&[0, 0xab]), "0x00ab");
		assert_eq!(from_hex("0x00ab"), Some(vec![0, 0xab]));
		assert_eq!(from_hex("00AB"), Some(vec![0, 0xab]));
		assert_eq!(from_hex("0x0"), None);
		assert_eq!(from_hex("0xzz"), None);
	}

	#[test]
	fn quantisation_is_round_and_clamped() {
		assert_eq!(quantise(&[0.0, 1.0, -1.0, 0.5, -0.003, 2.0]), vec![0, 127, 129, 64, 0, 127]);
	}

	#[test]
	fn only_requests_with_the_right_tag_run_when_a_key_is_set() {
		let body = br#"{"model":"0x00","input":"0x6869"}"#;
		let mut headers = HeaderMap::new();
		assert!(authorized(None, &headers, body), "no key: anyone");
		assert!(!authorized(Some(b"secret"), &headers, body), "no tag");
		headers.insert("x-infera-auth", auth_tag(b"secret", body).parse().unwrap());
		assert!(authorized(Some(b"secret"), &headers, body));
		assert!(!authorized(Some(b"other"), &headers, body), "another key");
		assert!(!authorized(Some(b"secret"), &headers, b"{}"), "another body");
		// The node's tag: BLAKE2-256 of key ++ body, as the off-chain worker computes it.
		assert_eq!(auth_tag(b"", b""), to_hex(&blake2_256(b"")));
	}

	#[test]
	fn admission_is_bounded_and_given_back() {
		let admitted = AtomicUsize::new(0);
		let first = Admission::try_new(&admitted, 2).unwrap();
		let second = Admission::try_new(&admitted, 2).unwrap();
		assert!(Admission::try_new(&admitted, 2).is_none(), "queue full: 503");
		drop(first);
		let third = Admission::try_new(&admitted, 2);
		assert!(third.is_some());
		drop((second, third));
		assert_eq!(admitted.load(Ordering::Relaxed), 0);
	}

	#[test]
	fn blake2_256_matches_the_chain() {
		// BLAKE2b-256 of the empty input.
		assert_eq!(
			to_hex(&blake2_256(b"")),
			"0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"
		);
	}
}
