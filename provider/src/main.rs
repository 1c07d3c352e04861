//! # infera-provider
//!
//! The reference inference server of an Infera compute provider. It serves the models found in a
//! local directory, each addressed by the BLAKE2-256 hash of its `model.safetensors` — the
//! `contentHash` registered on chain — so a request can never run other weights than the ones
//! the chain listed.
//!
//! The protocol is the one the node's off-chain workers speak, defined once for both in
//! `infera-worker-protocol` (`primitives/worker-protocol`):
//! `POST /v1/infer {"model": "0x<weights hash>", "input": "0x<UTF-8 text as hex>"}` ->
//! `200 {"output": "0x..", "output_hash": "0x..", "dim": 384}`. `GET /health` lists the models;
//! `GET /metrics` has the Prometheus metrics (`metrics.rs`: requests by result, inference time
//! and its histogram, batches). Logs go to stderr through `tracing`, at the level `RUST_LOG`
//! sets (default `info`); `--bench` and `--check-bit-exact` print their results on stdout.
//!
//! ## Canonical output
//! Text embeddings (BERT sentence encoders such as all-MiniLM-L6-v2): tokens through the
//! bit-exact encoder (`exact.rs`: integer matrix products, every float operation in one fixed
//! order, no `libm`), mean pooling over the tokens, L2 normalisation (as sentence-transformers
//! does), then each component quantised to one signed byte, `round(x * 127)` clamped to
//! [-127, 127]. The output is those `dim` bytes; `output_hash` is their BLAKE2-256, the hash the
//! chain compares. The f32 embedding itself is the same to the bit on every machine, whatever
//! its SIMD features (`--kernel`), thread count or batching, so honest providers always agree.
//! The float encoder it replaced (`encoder.rs`, candle) remains as the accuracy and speed
//! baseline of `--bench`, `--check-bit-exact` and the tests.
//!
//! Text generation (a model directory holding `model.gguf`, e.g. SmolLM2-135M-Instruct; see
//! `textgen.rs`): the prompt in a fixed ChatML turn, greedy decoding (ties to the lowest id) of
//! at most 48 tokens, and the output is the UTF-8 text of the generated tokens (at most 4096
//! bytes); the answer also carries the ids as `tokens`. Its listing's agreement rule is `Exact`.
//! Generations are not batched and run one at a time per model (`--max-concurrency`).
//!
//! ## Batching
//! Requests for the same model that arrive close together run as one forward pass (see
//! `batcher.rs`: at most `--max-batch` texts, gathered for at most `--batch-wait-ms` after the
//! first). Batching never changes an output: the encoder packs the texts' tokens without
//! padding and runs attention per text, so a text's embedding is the same bit for bit alone or
//! in a batch; the tests check this on the real model.
//!
//! `--faulty` serves wrong answers (the embedding reversed), for tests of slashing.
//!
//! ## Who may use it
//! The endpoint is published on chain, so anyone can reach it. With `--auth-key <hex>` (or
//! `INFERA_PROVIDER_AUTH_KEY`) only requests that carry `X-Infera-Auth: 0x<BLAKE2-256(key ++
//! body)>` run; others get 401 at once, before any work. The provider's node signs its requests
//! with the same key, kept in its persistent off-chain storage under
//! `infera/jobs/server-auth-key` (set it with the node's unsafe RPC `offchain_localStorageSet`).
//! At most `--max-concurrency` forward passes (of up to `--max-batch` requests each) run and
//! `--max-queue` requests wait; beyond that the server answers 503 at once, so a flood cannot
//! queue work the node's own requests must wait for.

mod batcher;
mod check;
mod encoder;
mod exact;
mod float_ops;
mod gguf_tokenizer;
mod kernels;
mod metrics;
mod textgen;

use std::{
	collections::HashMap,
	net::SocketAddr,
	path::{Path, PathBuf},
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	},
	time::{Duration, Instant},
};

use anyhow::{anyhow, Context};
use axum::{
	body::Bytes,
	extract::State,
	http::{header::CONTENT_TYPE, HeaderMap, StatusCode},
	response::{IntoResponse, Response},
	routing::{get, post},
	Json, Router,
};
use batcher::{BatchConfig, BatchStats, Batcher};
use candle_core::Device;
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{Config, DTYPE};
use encoder::PackedBert;
use exact::ExactBert;
use kernels::Kernel;
use clap::Parser;
use infera_worker_protocol::{
	auth_tag, blake2_256, from_hex, to_hex, InferRequest, InferResponse, AUTH_HEADER, INFER_PATH,
};
use metrics::{Metrics, Outcome, Task};
use tokenizers::{Tokenizer, TruncationParams};
use tracing::{debug, info, warn};
use tracing_subscriber::{filter::LevelFilter, EnvFilter};

/// Command line.
#[derive(Parser, Debug)]
#[command(version, about = "Infera reference inference server")]
struct Args {
	/// Directory with one sub-directory per model, each holding `model.safetensors`,
	/// `config.json` and `tokenizer.json` (a text embedding model), or `model.gguf` (a
	/// text-generation model, see `textgen.rs`).
	#[arg(long, env = "INFERA_MODELS_DIR")]
	models_dir: PathBuf,
	/// Address to listen on.
	#[arg(long, default_value = "127.0.0.1:8700")]
	listen: SocketAddr,
	/// Forward passes (batches) of one model that run at the same time.
	#[arg(long, default_value_t = 1)]
	max_concurrency: usize,
	/// Most requests in one forward pass (dynamic batching); 1 turns batching off.
	#[arg(long, default_value_t = 32)]
	max_batch: usize,
	/// Longest a batch waits for more requests after its first one, in milliseconds.
	#[arg(long, default_value_t = 2)]
	batch_wait_ms: u64,
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
	/// Requests that may wait beyond the running batches; more are answered 503 at once.
	#[arg(long, default_value_t = 64)]
	max_queue: usize,
	/// Instead of serving, embed this many sentences with the first model, one per forward
	/// pass and then `--max-batch` per forward pass, and print the throughput of each.
	#[arg(long)]
	bench: Option<usize>,
	/// With `--bench`: embed the lines of this file (cycled) instead of the built-in sentences.
	#[arg(long, requires = "bench")]
	bench_texts: Option<PathBuf>,
	/// With `--bench`: also write the results as JSON to this file.
	#[arg(long, requires = "bench")]
	bench_json: Option<PathBuf>,
	/// The integer matrix-product kernel: `auto` (the fastest this CPU runs), `portable` (the
	/// plain-Rust reference, standing in for a build without SIMD), `avx2` or `avx512vnni`. All
	/// give the same bits.
	#[arg(long, env = "INFERA_PROVIDER_KERNEL", default_value = "auto")]
	kernel: String,
	/// Instead of serving, run the bit-exactness check on this many generated sentences with the
	/// first model (see `check.rs`) and print its report.
	#[arg(long)]
	check_bit_exact: Option<usize>,
	/// With `--check-bit-exact`: only the `--kernel` at `--max-batch`, for the digest.
	#[arg(long, requires = "check_bit_exact")]
	check_quick: bool,
	/// With `--check-bit-exact`: also write the report as JSON to this file.
	#[arg(long, requires = "check_bit_exact")]
	check_json: Option<PathBuf>,
}

/// The kernel `--kernel` names (`auto`: the fastest); an error for one this CPU cannot run.
fn kernel_from_name(name: &str) -> anyhow::Result<Kernel> {
	if name == "auto" {
		return Ok(Kernel::fastest());
	}
	let kernel = Kernel::from_name(name).ok_or_else(|| anyhow!("unknown kernel {name:?} (auto, portable, avx2, avx512vnni)"))?;
	anyhow::ensure!(kernel.is_supported(), "this CPU cannot run the {kernel} kernel");
	Ok(kernel)
}

/// A sentence encoder loaded from a model directory: the bit-exact encoder it serves and,
/// for benchmarks and accuracy checks, the float encoder it replaced.
struct Embedder {
	name: String,
	exact: ExactBert,
	/// The kernel the served embeddings use.
	kernel: Kernel,
	float: Option<PackedBert>,
	tokenizer: Tokenizer,
	dim: usize,
}

/// What [`Embedder::load`] loads besides the served encoder.
#[derive(Clone, Copy)]
struct LoadOptions {
	max_tokens: usize,
	kernel: Kernel,
	/// Also load the float encoder (candle, f32), the accuracy and speed baseline.
	with_float: bool,
}

impl Embedder {
	/// Loads the model in `dir`; returns it with the BLAKE2-256 of its weights file.
	fn load(dir: &Path, options: LoadOptions) -> anyhow::Result<([u8; 32], Embedder)> {
		let weights = std::fs::read(dir.join("model.safetensors")).context("reading model.safetensors")?;
		let hash = blake2_256(&weights);
		let config: Config = serde_json::from_str(&std::fs::read_to_string(dir.join("config.json"))?)?;
		let dim = config.hidden_size;
		let mut tokenizer = Tokenizer::from_file(dir.join("tokenizer.json")).map_err(|e| anyhow!("tokenizer: {e}"))?;
		tokenizer
			.with_truncation(Some(TruncationParams { max_length: options.max_tokens, ..Default::default() }))
			.map_err(|e| anyhow!("tokenizer: {e}"))?;
		tokenizer.with_padding(None);
		let exact = ExactBert::load(&weights, &config)?;
		let float = if options.with_float {
			Some(PackedBert::load(VarBuilder::from_buffered_safetensors(weights, DTYPE, &Device::Cpu)?, &config)?)
		} else {
			None
		};
		let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
		Ok((hash, Embedder { name, exact, kernel: options.kernel, float, tokenizer, dim }))
	}

	/// The token ids of `text` (with `[CLS]` and `[SEP]`, truncated to `--max-tokens`).
	fn tokenize(&self, text: &str) -> anyhow::Result<Vec<u32>> {
		let encoding = self.tokenizer.encode(text, true).map_err(|e| anyhow!("tokenizer: {e}"))?;
		Ok(encoding.get_ids().to_vec())
	}

	/// Mean-pooled, L2-normalised embeddings of tokenised texts, in one forward pass of the
	/// bit-exact encoder; each is the same bits alone or in any batch, on any machine (see
	/// `exact.rs`).
	fn embed_tokens(&self, texts: &[&[u32]]) -> anyhow::Result<Vec<Vec<f32>>> {
		self.embed_tokens_with(texts, self.kernel)
	}

	/// [`Self::embed_tokens`] with another kernel (the same bits, at another speed).
	fn embed_tokens_with(&self, texts: &[&[u32]], kernel: Kernel) -> anyhow::Result<Vec<Vec<f32>>> {
		self.exact.embed(texts, kernel)
	}

	/// The float encoder's embeddings (the baseline; loaded only with `with_float`).
	fn embed_tokens_float(&self, texts: &[&[u32]]) -> anyhow::Result<Vec<Vec<f32>>> {
		let float = self.float.as_ref().ok_or_else(|| anyhow!("the float encoder is not loaded"))?;
		Ok(float.embed(texts)?)
	}

	/// Embeddings of `texts`, in one forward pass.
	#[cfg(test)]
	fn embed_texts(&self, texts: &[&str]) -> anyhow::Result<Vec<Vec<f32>>> {
		self.embed_texts_on(texts, Encoder::Exact)
	}

	/// Embeddings of `texts` by one of the encoders, in one forward pass.
	fn embed_texts_on(&self, texts: &[&str], encoder: Encoder) -> anyhow::Result<Vec<Vec<f32>>> {
		let ids = texts.iter().map(|text| self.tokenize(text)).collect::<anyhow::Result<Vec<_>>>()?;
		let ids: Vec<&[u32]> = ids.iter().map(Vec::as_slice).collect();
		match encoder {
			Encoder::Exact => self.embed_tokens(&ids),
			Encoder::Float => self.embed_tokens_float(&ids),
		}
	}
}

/// Which of an [`Embedder`]'s encoders runs.
#[derive(Clone, Copy)]
enum Encoder {
	/// The served, bit-exact encoder.
	Exact,
	/// The float baseline.
	Float,
}

/// A served embedding model: its encoder and the batcher in front of it.
struct Served {
	embedder: Arc<Embedder>,
	batcher: Batcher<Vec<u32>, Vec<f32>>,
}

impl Served {
	/// Serves `embedder` behind a batcher that counts its batches in `stats`.
	fn new(embedder: Embedder, config: BatchConfig, stats: BatchStats) -> anyhow::Result<Self> {
		let embedder = Arc::new(embedder);
		let model = embedder.clone();
		let batcher = Batcher::spawn(&embedder.name, config, stats, move |texts: Vec<Vec<u32>>| {
			model.embed_tokens(&texts.iter().map(Vec::as_slice).collect::<Vec<_>>())
		})?;
		Ok(Self { embedder, batcher })
	}
}

/// The canonical output of an embedding: each component as a signed byte (see the crate docs).
fn quantise(embedding: &[f32]) -> Vec<u8> {
	embedding.iter().map(|x| ((x * 127.0).round().clamp(-127.0, 127.0) as i8) as u8).collect()
}

/// What the server shares between requests.
struct AppState {
	models: HashMap<[u8; 32], Served>,
	/// The text-generation models (`textgen.rs`).
	generators: HashMap<[u8; 32], textgen::ServedGenerator>,
	/// The key requests must be authenticated with, if any.
	auth_key: Option<Vec<u8>>,
	/// Requests admitted (running or waiting) and the most that may be.
	admitted: AtomicUsize,
	max_admitted: usize,
	max_input_bytes: usize,
	faulty: bool,
	/// What `GET /metrics` serves (the batchers count into it too).
	metrics: Metrics,
}

/// An error answer: a status and `{"error": message}`.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
	fn into_response(self) -> Response {
		(self.0, Json(serde_json::json!({ "error": self.1 }))).into_response()
	}
}

fn internal_error(error: anyhow::Error) -> ApiError {
	ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("{error:#}"))
}

fn bad_request(message: impl Into<String>) -> ApiError {
	ApiError(StatusCode::BAD_REQUEST, message.into())
}

/// Whether a request may run: always without a key, else only with the right tag (compared in
/// constant time).
fn authorized(key: Option<&[u8]>, headers: &HeaderMap, body: &[u8]) -> bool {
	let Some(key) = key else { return true };
	let Some(given) = headers.get(AUTH_HEADER).map(|v| v.as_bytes()) else { return false };
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
	let outcome = match &result {
		Ok(_) => Outcome::Ok,
		Err(ApiError(status, _)) if status.is_client_error() => Outcome::ClientError,
		Err(_) => Outcome::ServerError,
	};
	state.metrics.count_request(outcome);
	if let Err(ApiError(status, message)) = &result {
		// An internal error is the operator's to look into; refusals (bad input, a wrong key, a
		// full queue) are the client's, and under a flood there are many.
		if *status == StatusCode::INTERNAL_SERVER_ERROR {
			warn!(status = status.as_u16(), error = %message, "inference failed");
		} else {
			debug!(status = status.as_u16(), error = %message, "request refused");
		}
	}
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
	let hash = request.model_hash().ok_or_else(|| bad_request("model must be a 0x-prefixed 32-byte hex hash"))?;
	if !state.models.contains_key(&hash) && !state.generators.contains_key(&hash) {
		return Err(ApiError(StatusCode::NOT_FOUND, format!("unknown model {}", request.model)));
	}
	let bytes = request.input_bytes().ok_or_else(|| bad_request("input must be hex"))?;
	if bytes.len() > state.max_input_bytes {
		return Err(ApiError(StatusCode::PAYLOAD_TOO_LARGE, format!("input longer than {} bytes", state.max_input_bytes)));
	}
	let text = String::from_utf8(bytes).map_err(|_| bad_request("input must be UTF-8 text"))?;
	if text.trim().is_empty() {
		return Err(bad_request("input text is empty"));
	}
	if let Some(generator) = state.generators.get(&hash) {
		let started = Instant::now();
		let response = generator.infer(text, state.faulty).await;
		let elapsed = started.elapsed();
		state.metrics.observe_inference(Task::TextGeneration, elapsed);
		debug!(model = %generator.generator.name, ok = response.is_ok(), seconds = elapsed.as_secs_f64(), "generated");
		return response;
	}
	let served = state.models.get(&hash).ok_or_else(|| ApiError(StatusCode::NOT_FOUND, "unknown model".into()))?;
	let started = Instant::now();
	// Tokenising is cheap next to the forward pass; the tokens go to the batcher as they are.
	let ids = served.embedder.tokenize(&text).map_err(internal_error)?;
	let embedding = served.batcher.submit(ids).await.map_err(internal_error)?;
	let elapsed = started.elapsed();
	state.metrics.observe_inference(Task::TextEmbedding, elapsed);
	debug!(model = %served.embedder.name, seconds = elapsed.as_secs_f64(), "embedded");
	let mut output = quantise(&embedding);
	if state.faulty {
		output.reverse();
	}
	Ok(InferResponse::new(&output, None))
}

async fn health(State(state): State<Arc<AppState>>) -> Json<serde_json::Value> {
	let mut models: Vec<_> = state
		.models
		.iter()
		.map(|(hash, m)| serde_json::json!({ "hash": to_hex(hash), "name": m.embedder.name, "dim": m.embedder.dim, "task": "TextEmbedding" }))
		.collect();
	models.extend(state.generators.iter().map(|(hash, g)| {
		serde_json::json!({
			"hash": to_hex(hash), "name": g.generator.name, "task": "TextGeneration",
			"max_new_tokens": textgen::MAX_NEW_TOKENS, "max_output_bytes": textgen::MAX_OUTPUT_BYTES,
		})
	}));
	Json(serde_json::json!({ "status": "ok", "faulty": state.faulty, "models": models }))
}

/// `GET /metrics`: every metric (`metrics.rs`) in the Prometheus text format.
async fn metrics(State(state): State<Arc<AppState>>) -> Response {
	match state.metrics.encode() {
		Ok(text) => ([(CONTENT_TYPE, metrics::CONTENT_TYPE)], text).into_response(),
		Err(error) => internal_error(error.into()).into_response(),
	}
}

/// Loads every model directory under `dir`.
fn load_models(dir: &Path, options: LoadOptions) -> anyhow::Result<HashMap<[u8; 32], Embedder>> {
	let mut models = HashMap::new();
	let mut entries: Vec<_> = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?.collect::<Result<_, _>>()?;
	entries.sort_by_key(|e| e.path());
	for entry in entries {
		let path = entry.path();
		if !path.join("model.safetensors").exists() {
			continue;
		}
		let (hash, model) = Embedder::load(&path, options).with_context(|| format!("loading {}", path.display()))?;
		info!(model = %model.name, dim = model.dim, weights_hash = %to_hex(&hash), "loaded model");
		models.insert(hash, model);
	}
	Ok(models)
}

/// Loads every text-generation model directory (with `model.gguf`) under `dir`.
fn load_generators(dir: &Path) -> anyhow::Result<HashMap<[u8; 32], textgen::Generator>> {
	let mut generators = HashMap::new();
	let mut entries: Vec<_> = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?.collect::<Result<_, _>>()?;
	entries.sort_by_key(|e| e.path());
	for entry in entries {
		let path = entry.path();
		if !path.join("model.gguf").exists() {
			continue;
		}
		let (hash, generator) = textgen::Generator::load(&path).with_context(|| format!("loading {}", path.display()))?;
		info!(model = %generator.name, weights_hash = %to_hex(&hash), "loaded text-generation model");
		generators.insert(hash, generator);
	}
	Ok(generators)
}

/// Sentences of different lengths (5 to 40 tokens) for the benchmark and the tests.
const SENTENCES: [&str; 8] = [
	"A man is eating food.",
	"The new movie is awesome and everyone should see it.",
	"Blockchains let mutually distrusting parties agree on a shared ledger without a central operator.",
	"Two dogs play in the snow.",
	"A compute provider stakes tokens, serves registered models over HTTP and is paid per answer its peers agree with.",
	"Hi!",
	"The quick brown fox jumps over the lazy dog while the farmer watches from the porch, sipping tea.",
	"Quantising each component to one signed byte absorbs the last-bit float differences between honest machines.",
];

/// Embeds `count` texts (cycling through `texts`) with `model`'s `encoder`, `batch` texts
/// per forward pass, after one warm-up pass; returns embeddings per second.
fn measure(model: &Embedder, encoder: Encoder, texts: &[String], count: usize, batch: usize) -> anyhow::Result<f64> {
	let texts: Vec<&str> = texts.iter().cycle().take(count.max(batch)).map(String::as_str).collect();
	model.embed_texts_on(&texts[..batch], encoder)?;
	let started = Instant::now();
	for chunk in texts.chunks(batch) {
		model.embed_texts_on(chunk, encoder)?;
	}
	Ok(texts.len() as f64 / started.elapsed().as_secs_f64())
}

/// This process's peak resident memory in MiB (`VmHWM`), where the OS tells it.
fn peak_rss_mib() -> Option<f64> {
	let status = std::fs::read_to_string("/proc/self/status").ok()?;
	let kib: f64 = status.lines().find_map(|line| line.strip_prefix("VmHWM:"))?.trim().trim_end_matches("kB").trim().parse().ok()?;
	Some(kib / 1024.0)
}

/// What `--bench` measures.
struct BenchOptions<'a> {
	count: usize,
	max_batch: usize,
	texts: Option<&'a Path>,
	json: Option<&'a Path>,
}

/// `--bench`: embeddings per second of the first model at batch 1 and at `max_batch`, through
/// the function the batcher runs (tokenising included, HTTP and queueing not), for the served
/// bit-exact encoder and for the float encoder it replaced.
fn bench(models: &HashMap<[u8; 32], Embedder>, options: BenchOptions) -> anyhow::Result<()> {
	let model = models.values().next().ok_or_else(|| anyhow!("no model"))?;
	let texts: Vec<String> = match options.texts {
		Some(path) => std::fs::read_to_string(path)
			.with_context(|| format!("reading {}", path.display()))?
			.lines()
			.filter(|line| !line.trim().is_empty())
			.map(str::to_owned)
			.collect(),
		None => SENTENCES.iter().map(|s| s.to_string()).collect(),
	};
	anyhow::ensure!(!texts.is_empty(), "no texts to embed");
	let (count, batch) = (options.count, options.max_batch);
	let threads = rayon::current_num_threads();
	let mut rates = Vec::new();
	for encoder in [Encoder::Exact, Encoder::Float] {
		for size in [1, batch] {
			let rate = measure(model, encoder, &texts, count, size)?;
			let name = match encoder {
				Encoder::Exact => format!("bit-exact, {} kernel", model.kernel),
				Encoder::Float => "float (candle)".to_string(),
			};
			println!("{name}: batch {size}: {rate:.1} embeddings/s ({count} texts, model {}, {threads} threads)", model.name);
			rates.push(rate);
		}
	}
	let &[batch1, batched, float_batch1, float_batched] = rates.as_slice() else { anyhow::bail!("missing measurements") };
	let peak = peak_rss_mib();
	if let Some(peak) = peak {
		println!("peak RSS {peak:.0} MiB");
	}
	if let Some(path) = options.json {
		let report = serde_json::json!({
			"model": model.name, "texts": count, "threads": threads, "kernel": model.kernel.name(),
			"batch1_per_s": batch1, "batch": batch, "batched_per_s": batched,
			"float_batch1_per_s": float_batch1, "float_batched_per_s": float_batched, "peak_rss_mib": peak,
		});
		std::fs::write(path, serde_json::to_vec_pretty(&report)?).with_context(|| format!("writing {}", path.display()))?;
	}
	Ok(())
}

/// Sends logs to stderr at the level `RUST_LOG` sets (an `EnvFilter`: `debug`,
/// `infera_provider=debug,warn` ...), by default `info`; colours only on a terminal.
fn init_logging() -> anyhow::Result<()> {
	use std::io::IsTerminal;
	let filter = EnvFilter::builder().with_default_directive(LevelFilter::INFO.into()).from_env_lossy();
	tracing_subscriber::fmt()
		.with_env_filter(filter)
		.with_writer(std::io::stderr)
		.with_ansi(std::io::stderr().is_terminal())
		.try_init()
		.map_err(|e| anyhow!("installing the logger: {e}"))
}

/// The server's routes: `POST /v1/infer`, `GET /health`, `GET /metrics`.
fn router(state: Arc<AppState>) -> Router {
	Router::new()
		.route(INFER_PATH, post(infer))
		.route("/health", get(health))
		.route("/metrics", get(metrics))
		.with_state(state)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
	let args = Args::parse();
	init_logging()?;
	let options = LoadOptions {
		max_tokens: args.max_tokens,
		kernel: kernel_from_name(&args.kernel)?,
		with_float: args.bench.is_some() || args.check_bit_exact.is_some(),
	};
	let models = load_models(&args.models_dir, options)?;
	let serving = args.check_bit_exact.is_none() && args.bench.is_none();
	let generators = if serving { load_generators(&args.models_dir)? } else { HashMap::new() };
	if models.is_empty() && generators.is_empty() {
		anyhow::bail!("no model directories (with model.safetensors or model.gguf) under {}", args.models_dir.display());
	}
	if let Some(count) = args.check_bit_exact {
		let model = models.values().next().ok_or_else(|| anyhow!("no model"))?;
		let report = check::run(model, count, args.max_batch.max(1), args.check_quick)?;
		let json = serde_json::to_string_pretty(&report)?;
		println!("{json}");
		if let Some(path) = &args.check_json {
			std::fs::write(path, json).with_context(|| format!("writing {}", path.display()))?;
		}
		return Ok(());
	}
	if let Some(count) = args.bench {
		let options = BenchOptions {
			count,
			max_batch: args.max_batch.max(1),
			texts: args.bench_texts.as_deref(),
			json: args.bench_json.as_deref(),
		};
		return bench(&models, options);
	}
	let auth_key = args
		.auth_key
		.as_deref()
		.map(|hex| from_hex(hex).filter(|key| !key.is_empty()).ok_or_else(|| anyhow!("--auth-key must be non-empty hex")))
		.transpose()?;
	let batching = BatchConfig {
		max_batch: args.max_batch.max(1),
		max_wait: Duration::from_millis(args.batch_wait_ms),
		workers: args.max_concurrency.max(1),
	};
	let metrics = Metrics::new().context("creating the metrics")?;
	metrics.set_models(models.len() + generators.len());
	let models = models
		.into_iter()
		.map(|(hash, embedder)| Ok((hash, Served::new(embedder, batching, metrics.batch_stats())?)))
		.collect::<anyhow::Result<HashMap<_, _>>>()?;
	let generators = generators
		.into_iter()
		.map(|(hash, generator)| (hash, textgen::ServedGenerator::new(generator, batching.workers)))
		.collect();
	let state = Arc::new(AppState {
		models,
		generators,
		auth_key,
		admitted: AtomicUsize::new(0),
		max_admitted: (batching.workers * batching.max_batch).saturating_add(args.max_queue),
		max_input_bytes: args.max_input_bytes,
		faulty: args.faulty,
		metrics,
	});
	let shutdown = shutdown_signal()?;
	let listener = tokio::net::TcpListener::bind(args.listen).await.with_context(|| format!("binding {}", args.listen))?;
	let address = listener.local_addr().context("reading the listening address")?;
	if args.faulty {
		warn!("--faulty: serving wrong answers");
	}
	info!(
		url = %format_args!("http://{address}"),
		max_batch = batching.max_batch,
		batch_wait_ms = args.batch_wait_ms,
		concurrency = batching.workers,
		faulty = args.faulty,
		"listening on"
	);
	axum::serve(listener, router(state)).with_graceful_shutdown(shutdown).await?;
	info!("stopped");
	Ok(())
}

/// Installs the stop signals' handlers now, before the server says it listens (a signal sent once
/// it does is never missed), and returns a future that resolves on the first: Ctrl-C (SIGINT) or,
/// on unix, SIGTERM. `docker stop`, systemd and Kubernetes stop a process with SIGTERM, and a
/// container's PID 1 has no default action for it (without a handler `docker stop` waits 10 s,
/// then kills). The server then stops accepting connections, finishes the requests in flight and
/// `main` returns 0.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
	#[cfg(unix)]
	let signalled = {
		use tokio::signal::unix::{signal, SignalKind};
		let mut interrupt = signal(SignalKind::interrupt()).context("installing the SIGINT handler")?;
		let mut terminate = signal(SignalKind::terminate()).context("installing the SIGTERM handler")?;
		async move {
			tokio::select! {
				_ = interrupt.recv() => {}
				_ = terminate.recv() => {}
			}
		}
	};
	#[cfg(not(unix))]
	let signalled = async {
		let _ = tokio::signal::ctrl_c().await;
	};
	Ok(async move {
		signalled.await;
		info!("shutting down (finishing the requests in flight)");
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The server speaks the node's protocol (`infera-worker-protocol`): it reads the request
	/// the worker sends, its answer is the one the worker reads, and it refuses an input it
	/// cannot run with a status the worker answers "input rejected" (not one it retries).
	#[test]
	fn the_server_speaks_the_workers_protocol() {
		let request: InferRequest = serde_json::from_slice(&InferRequest::new(&[7; 32], b"hi").to_json()).unwrap();
		assert_eq!((request.model_hash(), request.input_bytes()), (Some([7; 32]), Some(b"hi".to_vec())));
		let answer = serde_json::to_vec(&InferResponse::new(&[1, 0xff], None)).unwrap();
		let expected = serde_json::json!({ "output": "0x01ff", "output_hash": to_hex(&blake2_256(&[1, 0xff])), "dim": 2 });
		assert_eq!(serde_json::from_slice::<serde_json::Value>(&answer).unwrap(), expected);
		assert_eq!(InferResponse::output_of(&answer), Some(vec![1, 0xff]));
		for refusal in [bad_request("input must be hex").0, StatusCode::PAYLOAD_TOO_LARGE] {
			assert!(infera_worker_protocol::INPUT_REJECTED_STATUSES.contains(&refusal.as_u16()), "{refusal}");
		}
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

	/// The model the bit-identity tests run: `$INFERA_MODELS_DIR/all-MiniLM-L6-v2` (default
	/// `~/.cache/infera/models`), loaded once; `None` (and the test skips, saying so) without it.
	fn model() -> Option<&'static Embedder> {
		static MODEL: std::sync::OnceLock<Option<Embedder>> = std::sync::OnceLock::new();
		MODEL
			.get_or_init(|| {
				let dir = model_dir()?;
				Some(Embedder::load(&dir, test_options()).expect("loading the test model").1)
			})
			.as_ref()
	}

	/// The served encoder with the fastest kernel, and the float one.
	fn test_options() -> LoadOptions {
		LoadOptions { max_tokens: 256, kernel: Kernel::fastest(), with_float: true }
	}

	fn model_dir() -> Option<PathBuf> {
		let models = std::env::var_os("INFERA_MODELS_DIR")
			.map(PathBuf::from)
			.or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache/infera/models")))?;
		let dir = models.join("all-MiniLM-L6-v2");
		if dir.join("model.safetensors").exists() && dir.join("tokenizer.json").exists() && dir.join("config.json").exists() {
			Some(dir)
		} else {
			eprintln!("SKIPPED: no model at {} (run scripts/setup.sh to fetch all-MiniLM-L6-v2)", dir.display());
			None
		}
	}

	/// 32 texts of 3 to 256 tokens (the last one truncated), two of them equal.
	fn mixed_texts() -> Vec<String> {
		let mut texts: Vec<String> = SENTENCES.iter().map(|s| s.to_string()).collect();
		for i in 0..22 {
			let words: Vec<&str> = SENTENCES[i % 8].split(' ').chain(SENTENCES[(3 * i + 1) % 8].split(' ')).collect();
			texts.push(words[..(i % words.len()) + 1].join(" "));
		}
		texts.push(SENTENCES[1].to_string());
		texts.push(SENTENCES.join(" ").repeat(4));
		texts
	}

	/// Exact bit patterns, so that -0.0 != 0.0 and NaNs compare.
	fn bits(embedding: &[f32]) -> Vec<u32> {
		embedding.iter().map(|x| x.to_bits()).collect()
	}

	/// Every text of `mixed_texts()` alone (one forward pass each) and all 32 in one pass.
	fn alone_and_batched(model: &Embedder) -> (Vec<Vec<f32>>, Vec<Vec<f32>>) {
		let texts = mixed_texts();
		let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
		let alone = refs.iter().map(|t| model.embed_texts(&[t]).unwrap().remove(0)).collect();
		(alone, model.embed_texts(&refs).unwrap())
	}

	#[test]
	fn a_text_gives_the_same_bits_alone_and_in_a_batch_of_32() {
		let Some(model) = model() else { return };
		let texts = mixed_texts();
		let lengths: Vec<usize> = texts.iter().map(|t| model.tokenize(t).unwrap().len()).collect();
		assert_eq!(texts.len(), 32);
		assert!(lengths.iter().min() < Some(&6) && lengths.contains(&256), "lengths {lengths:?}");
		let (alone, batched) = alone_and_batched(model);
		for (i, (a, b)) in alone.iter().zip(&batched).enumerate() {
			assert_eq!(a.len(), 384);
			assert_eq!(bits(a), bits(b), "text {i} ({} tokens): f32 embedding differs in a batch", lengths[i]);
			assert_eq!(blake2_256(&quantise(a)), blake2_256(&quantise(b)), "text {i}: output_hash differs");
		}
		// Permuting the batch changes nothing either.
		let mut reversed: Vec<&str> = texts.iter().map(String::as_str).collect();
		reversed.reverse();
		let mut again = model.embed_texts(&reversed).unwrap();
		again.reverse();
		assert!(again.iter().zip(&alone).all(|(x, y)| bits(x) == bits(y)), "order within a batch changed an output");
	}

	#[test]
	fn the_packed_encoder_matches_candle_bert_bit_for_bit() {
		use candle_core::{Tensor, D};
		use candle_transformers::models::bert::BertModel;
		let (Some(model), Some(dir)) = (model(), model_dir()) else { return };
		let config: Config = serde_json::from_str(&std::fs::read_to_string(dir.join("config.json")).unwrap()).unwrap();
		let vb = VarBuilder::from_buffered_safetensors(std::fs::read(dir.join("model.safetensors")).unwrap(), DTYPE, &Device::Cpu).unwrap();
		let bert = BertModel::load(vb, &config).unwrap();
		for text in mixed_texts() {
			// What this server computed before it packed batches: one text through candle's BERT.
			let ids = model.tokenize(&text).unwrap();
			let ids = Tensor::new(ids.as_slice(), &Device::Cpu).unwrap().unsqueeze(0).unwrap();
			let hidden = bert.forward(&ids, &ids.zeros_like().unwrap(), Some(&ids.ones_like().unwrap())).unwrap();
			let pooled = hidden.mean(1).unwrap().squeeze(0).unwrap();
			let norm = pooled.sqr().unwrap().sum_keepdim(D::Minus1).unwrap().sqrt().unwrap();
			let expected = pooled.broadcast_div(&norm).unwrap().to_vec1::<f32>().unwrap();
			assert_eq!(bits(&model.embed_texts_on(&[&text], Encoder::Float).unwrap()[0]), bits(&expected), "{text:?}");
		}
	}

	#[test]
	fn a_text_gives_the_same_bits_on_1_and_2_threads() {
		let Some(model) = model() else { return };
		// rayon fixes its thread count (RAYON_NUM_THREADS, else the number of cores) when a
		// process first uses it, so each count runs in a child process: this test binary,
		// running only `thread_test_child`. Besides the mixed texts, the children embed a
		// generated corpus, compared by digest.
		let (alone, batched) = alone_and_batched(model);
		let corpus = check::run(model, THREAD_TEST_CORPUS, 32, true).unwrap().embeddings_digest;
		for threads in ["1", "2"] {
			let report = run_thread_test_child("tests::thread_test_child", threads);
			let as_bits = |v: &[Vec<f32>]| serde_json::json!(v.iter().map(|e| bits(e)).collect::<Vec<_>>());
			assert_eq!(report["alone"], as_bits(&alone), "alone on {threads} threads differs from this process");
			assert_eq!(report["batched"], as_bits(&batched), "batched on {threads} threads differs from this process");
			assert_eq!(report["corpus"], corpus, "the corpus on {threads} threads differs from this process");
		}
	}

	/// The file a thread test's child writes its JSON report to.
	pub(crate) const THREAD_TEST_OUT: &str = "INFERA_THREAD_TEST_OUT";

	/// Runs the ignored test `child` of this test binary alone in a child process on `threads`
	/// rayon threads (rayon and candle fix their thread count when a process first uses them)
	/// and returns the JSON report it wrote to the file named by [`THREAD_TEST_OUT`], checking
	/// that it ran on that many threads (its `"threads"` field).
	pub(crate) fn run_thread_test_child(child: &str, threads: &str) -> serde_json::Value {
		let exe = std::env::current_exe().unwrap();
		let name = child.replace("::", "-");
		let out = std::env::temp_dir().join(format!("infera-{name}-{threads}-{}.json", std::process::id()));
		let status = std::process::Command::new(&exe)
			.args([child, "--exact", "--ignored", "--test-threads=1"])
			.env("RAYON_NUM_THREADS", threads)
			.env_remove("CANDLE_NUM_THREADS")
			.env(THREAD_TEST_OUT, &out)
			.stdout(std::process::Stdio::null())
			.status()
			.unwrap();
		assert!(status.success(), "{child} on {threads} threads failed");
		let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
		let _ = std::fs::remove_file(&out);
		assert_eq!(report["threads"].to_string(), threads, "{child} ran on another thread count");
		report
	}

	/// Generated sentences the thread test embeds in each process.
	const THREAD_TEST_CORPUS: usize = 300;

	/// The child of `a_text_gives_the_same_bits_on_1_and_2_threads`; does nothing when run
	/// directly.
	#[test]
	#[ignore = "run by a_text_gives_the_same_bits_on_1_and_2_threads"]
	fn thread_test_child() {
		let (Some(out), Some(model)) = (std::env::var_os(THREAD_TEST_OUT), model()) else { return };
		let (alone, batched) = alone_and_batched(model);
		let as_bits = |v: &[Vec<f32>]| v.iter().map(|e| bits(e)).collect::<Vec<_>>();
		let report = serde_json::json!({
			"threads": rayon::current_num_threads(),
			"alone": as_bits(&alone),
			"batched": as_bits(&batched),
			"corpus": check::run(model, THREAD_TEST_CORPUS, 32, true).unwrap().embeddings_digest,
		});
		std::fs::write(out, report.to_string()).unwrap();
	}

	#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
	async fn concurrent_requests_through_the_batcher_each_get_their_own_embedding() {
		let Some(dir) = model_dir() else { return };
		let (_, embedder) = Embedder::load(&dir, LoadOptions { with_float: false, ..test_options() }).unwrap();
		let config = BatchConfig { max_batch: 32, max_wait: Duration::from_millis(5), workers: 2 };
		let metrics = Metrics::new().unwrap();
		let served = Arc::new(Served::new(embedder, config, metrics.batch_stats()).unwrap());
		let texts = mixed_texts();
		let expected: Vec<Vec<u32>> =
			texts.iter().map(|t| bits(&served.embedder.embed_texts(&[t.as_str()]).unwrap()[0])).collect();
		let tasks: Vec<_> = (0..96)
			.map(|i| {
				let (served, text) = (served.clone(), texts[(i * 7) % texts.len()].clone());
				tokio::spawn(async move {
					let ids = served.embedder.tokenize(&text).unwrap();
					(i, served.batcher.submit(ids).await.unwrap())
				})
			})
			.collect();
		for task in tasks {
			let (i, embedding) = task.await.unwrap();
			assert_eq!(bits(&embedding), expected[(i * 7) % texts.len()], "request {i} got another text's embedding");
		}
		let stats = metrics.batch_stats();
		assert_eq!(stats.inputs.get(), 96);
		assert!(stats.batches.get() < 96, "the requests were batched");
	}

	#[test]
	#[ignore = "a measurement, not a check: run with --ignored --nocapture"]
	fn padding_experiment() {
		// The alternative this server does not take: candle's BertModel on texts padded to the
		// longest, with the attention mask. Prints which texts' floats change.
		use candle_core::{Tensor, D};
		use candle_transformers::models::bert::BertModel;
		let (Some(model), Some(dir)) = (model(), model_dir()) else { return };
		let config: Config = serde_json::from_str(&std::fs::read_to_string(dir.join("config.json")).unwrap()).unwrap();
		let vb = VarBuilder::from_buffered_safetensors(std::fs::read(dir.join("model.safetensors")).unwrap(), DTYPE, &Device::Cpu).unwrap();
		let bert = BertModel::load(vb, &config).unwrap();
		let run = |batch: &[Vec<u32>]| -> Vec<Vec<f32>> {
			let longest = batch.iter().map(Vec::len).max().unwrap();
			let ids: Vec<u32> = batch.iter().flat_map(|ids| ids.iter().copied().chain(std::iter::repeat(0)).take(longest)).collect();
			let mask: Vec<u32> = batch.iter().flat_map(|ids| (0..longest).map(move |i| u32::from(i < ids.len()))).collect();
			let ids = Tensor::from_vec(ids, (batch.len(), longest), &Device::Cpu).unwrap();
			let mask = Tensor::from_vec(mask, (batch.len(), longest), &Device::Cpu).unwrap();
			let hidden = bert.forward(&ids, &ids.zeros_like().unwrap(), Some(&mask)).unwrap();
			batch
				.iter()
				.enumerate()
				.map(|(i, ids)| {
					let pooled = hidden.get(i).unwrap().narrow(0, 0, ids.len()).unwrap().mean(0).unwrap();
					let norm = pooled.sqr().unwrap().sum_keepdim(D::Minus1).unwrap().sqrt().unwrap();
					pooled.broadcast_div(&norm).unwrap().to_vec1::<f32>().unwrap()
				})
				.collect()
		};
		let ids: Vec<Vec<u32>> = mixed_texts().iter().map(|t| model.tokenize(t).unwrap()).collect();
		let padded = run(&ids);
		let longest = ids.iter().map(Vec::len).max().unwrap();
		let (mut f32_differs, mut bytes_differ) = (0, 0);
		for (i, ids) in ids.iter().enumerate() {
			let alone = run(std::slice::from_ref(ids)).remove(0);
			let max_diff = alone.iter().zip(&padded[i]).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
			f32_differs += usize::from(bits(&alone) != bits(&padded[i]));
			bytes_differ += usize::from(quantise(&alone) != quantise(&padded[i]));
			println!("{:3} tokens padded to {longest}: max |diff| {max_diff:e}", ids.len());
		}
		// Same-length texts, batched without padding.
		let same: Vec<Vec<u32>> = (0..8).map(|_| ids[0].clone()).collect();
		let same_ok = run(&same).iter().all(|e| bits(e) == bits(&run(&same[..1])[0]));
		println!("padded batch of 32: f32 differs for {f32_differs}/32 texts, bytes for {bytes_differ}/32; equal-length batch identical: {same_ok}");
	}

	/// Generated sentences the corpus check embeds in every configuration (more with
	/// `INFERA_CHECK_TEXTS`; `scripts/check-bit-exact.sh` runs 10,000 in release).
	fn corpus_size() -> usize {
		std::env::var("INFERA_CHECK_TEXTS").ok().and_then(|n| n.parse().ok()).unwrap_or(500)
	}

	#[test]
	fn every_kernel_and_batch_size_gives_the_same_bits_on_a_generated_corpus() {
		let Some(model) = model() else { return };
		let report = check::run(model, corpus_size(), 32, false).unwrap();
		println!("{}", serde_json::to_string_pretty(&report).unwrap());
		assert!(!report.configurations.is_empty(), "at least the fastest kernel at batch 1");
		for configuration in &report.configurations {
			assert_eq!(configuration.mismatches, 0, "{} differs from {}", configuration.name, report.reference);
		}
		let (mean, min) = (report.cosine_mean.unwrap(), report.cosine_min.unwrap());
		eprintln!("cosine to the float path over {} texts: mean {mean:.6}, min {min:.6}", report.texts);
		assert!(mean > 0.999 && min > 0.99, "accuracy against the float path: mean {mean}, min {min}");
	}

	#[test]
	fn paraphrases_stay_closer_than_unrelated_sentences() {
		let Some(model) = model() else { return };
		// (sentence, paraphrase, unrelated sentence)
		let triples = [
			("A man is eating food.", "A man is eating a piece of bread.", "The girl is carrying a baby."),
			("Two dogs play in the snow.", "A pair of dogs are playing in the snow.", "The stock market fell sharply on Monday."),
			("Where is the nearest train station?", "How do I get to the closest railway station?", "She sold sea shells by the sea shore."),
			("The new movie is awesome.", "The new film is great.", "Validators finalise blocks with GRANDPA."),
		];
		// Similarity of two canonical outputs: the dot product of their signed bytes.
		let similarity = |a: &str, b: &str| -> i32 {
			let embeddings = model.embed_texts(&[a, b]).unwrap();
			let (x, y) = (quantise(&embeddings[0]), quantise(&embeddings[1]));
			x.iter().zip(&y).map(|(&p, &q)| i32::from(p as i8) * i32::from(q as i8)).sum()
		};
		for (sentence, paraphrase, unrelated) in triples {
			let (close, far) = (similarity(sentence, paraphrase), similarity(sentence, unrelated));
			assert!(close > far + 127 * 127 / 5, "{sentence:?}: paraphrase {close}, unrelated {far}");
		}
	}

	/// The server's state as `main` builds it, with all-MiniLM-L6-v2 if it is there, else no
	/// model, and no key.
	fn served_state() -> Arc<AppState> {
		let metrics = Metrics::new().unwrap();
		let config = BatchConfig { max_batch: 32, max_wait: Duration::from_millis(2), workers: 1 };
		let models: HashMap<_, _> = model_dir()
			.map(|dir| {
				let (hash, embedder) = Embedder::load(&dir, LoadOptions { with_float: false, ..test_options() }).unwrap();
				(hash, Served::new(embedder, config, metrics.batch_stats()).unwrap())
			})
			.into_iter()
			.collect();
		metrics.set_models(models.len());
		Arc::new(AppState {
			models,
			generators: HashMap::new(),
			auth_key: None,
			admitted: AtomicUsize::new(0),
			max_admitted: 64,
			max_input_bytes: 8192,
			faulty: false,
			metrics,
		})
	}

	/// Sends `request` to the server's router; its status and body.
	async fn send(app: &Router, request: axum::http::Request<axum::body::Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
		use tower::ServiceExt;
		let response = app.clone().oneshot(request).await.unwrap();
		let (status, headers) = (response.status(), response.headers().clone());
		(status, headers, axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap().to_vec())
	}

	fn post_infer(body: Vec<u8>) -> axum::http::Request<axum::body::Body> {
		axum::http::Request::post(INFER_PATH).header("content-type", "application/json").body(body.into()).unwrap()
	}

	/// `GET /metrics`, parsed by `prometheus-parse`; checks that every sample line parsed.
	async fn scrape(app: &Router) -> Vec<prometheus_parse::Sample> {
		let (status, headers, body) = send(app, axum::http::Request::get("/metrics").body(axum::body::Body::empty()).unwrap()).await;
		assert_eq!(status, StatusCode::OK);
		assert_eq!(headers[CONTENT_TYPE], "text/plain; version=0.0.4");
		let text = String::from_utf8(body).unwrap();
		let scrape = prometheus_parse::Scrape::parse(text.lines().map(|line| Ok(line.to_owned()))).unwrap();
		let sample_lines = text.lines().filter(|line| !line.is_empty() && !line.starts_with('#')).count();
		let parsed: usize = scrape
			.samples
			.iter()
			.map(|sample| match &sample.value {
				prometheus_parse::Value::Histogram(buckets) => buckets.len(),
				_ => 1,
			})
			.sum();
		assert_eq!(parsed, sample_lines, "a line did not parse as a sample:\n{text}");
		scrape.samples
	}

	/// The value of the counter, gauge or untyped sample `name` whose labels include `labels`.
	fn value_of(samples: &[prometheus_parse::Sample], name: &str, labels: &[(&str, &str)]) -> f64 {
		use prometheus_parse::Value;
		let sample = samples
			.iter()
			.find(|s| s.metric == name && labels.iter().all(|(k, v)| s.labels.get(k) == Some(v)))
			.unwrap_or_else(|| panic!("no sample {name} {labels:?}"));
		match sample.value {
			Value::Counter(v) | Value::Gauge(v) | Value::Untyped(v) => v,
			ref other => panic!("{name}: {other:?}"),
		}
	}

	#[tokio::test]
	async fn metrics_count_the_requests_in_the_prometheus_text_format() {
		let state = served_state();
		let app = router(state.clone());
		let served = state.models.len();
		let before = scrape(&app).await;
		assert_eq!(value_of(&before, "infera_provider_requests_total", &[("result", "client_error")]), 0.0);
		assert_eq!(value_of(&before, "infera_provider_models", &[]), served as f64);

		// Two refusals: an unknown model (404) and a body that is not a request (400).
		let (status, _, _) = send(&app, post_infer(InferRequest::new(&[7; 32], b"hi").to_json())).await;
		assert_eq!(status, StatusCode::NOT_FOUND);
		let (status, _, _) = send(&app, post_infer(b"not json".to_vec())).await;
		assert_eq!(status, StatusCode::BAD_REQUEST);
		// An answer, where the model is here.
		for hash in state.models.keys() {
			let (status, _, body) = send(&app, post_infer(InferRequest::new(hash, b"A man is eating food.").to_json())).await;
			assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
		}

		let after = scrape(&app).await;
		let requests = |result| value_of(&after, "infera_provider_requests_total", &[("result", result)]);
		assert_eq!((requests("ok"), requests("client_error"), requests("server_error")), (served as f64, 2.0, 0.0));
		assert_eq!(value_of(&after, "infera_provider_models", &[]), served as f64);
		assert_eq!(value_of(&after, "infera_provider_batches_total", &[]), served as f64);
		assert_eq!(value_of(&after, "infera_provider_batched_requests_total", &[]), served as f64);
		let embedding = [("task", "TextEmbedding")];
		let (seconds, histogram_sum) = (
			value_of(&after, "infera_provider_inference_seconds_total", &[]),
			value_of(&after, "infera_provider_inference_duration_seconds_sum", &embedding),
		);
		assert_eq!(seconds, histogram_sum, "the counter and the histogram add the same times");
		assert_eq!(value_of(&after, "infera_provider_inference_duration_seconds_count", &embedding), served as f64);
		let buckets = after
			.iter()
			.find_map(|s| match &s.value {
				prometheus_parse::Value::Histogram(b) if s.metric == "infera_provider_inference_duration_seconds" && s.labels.get("task") == Some("TextEmbedding") => Some(b.clone()),
				_ => None,
			})
			.expect("the latency histogram");
		assert_eq!(buckets.last().map(|b| (b.less_than, b.count)), Some((f64::INFINITY, served as f64)));
		if served > 0 {
			assert!(seconds > 0.0 && value_of(&after, "infera_provider_forward_seconds_total", &[]) > 0.0);
		} else {
			eprintln!("SKIPPED (in part): no model, so no answered request (run scripts/setup.sh)");
		}
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
