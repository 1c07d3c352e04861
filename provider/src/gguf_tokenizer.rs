//! The tokenizer of a GGUF language model, built from the GGUF file's own metadata at load time
//! (no `tokenizer.json` next to it, no Python, nothing downloaded).
//!
//! Only the byte-level BPE of GPT-2-style models (`tokenizer.ggml.model = gpt2`) is supported,
//! with the pre-tokenizer llama.cpp uses for SmolLM (`tokenizer.ggml.pre = smollm`): every digit
//! on its own, then the GPT-2 regex. The result is the Hugging Face tokenizer
//! - model: BPE, vocabulary `tokenizer.ggml.tokens` (index = id), merges
//!   `tokenizer.ggml.merges` (each split at its first space), no unknown token, no byte fallback;
//! - pre-tokenizer: `Sequence[Digits{individual_digits}, ByteLevel{add_prefix_space: false}]`;
//! - decoder: `ByteLevel` (token strings back to bytes, then UTF-8 with U+FFFD for invalid
//!   sequences);
//! - added tokens: those of `tokenizer.ggml.token_type` 3 (control), special, not normalised;
//! - no normaliser, no post-processor (nothing is added around a text).
//!
//! It is the same tokenizer as `docs/research/second-task-kind/build_tokenizer.py` writes with
//! the Python `tokenizers` package; the tests pin token ids of known texts.

use std::{collections::HashMap, str::FromStr};

use anyhow::{anyhow, bail, ensure, Context};
use candle_core::quantized::gguf_file::Value;
use tokenizers::Tokenizer;

/// `tokenizer.ggml.token_type` of control tokens (`<|im_start|>` and the like).
const CONTROL: i32 = 3;

fn strings<'a>(metadata: &'a HashMap<String, Value>, key: &str) -> anyhow::Result<Vec<&'a str>> {
	let values = metadata.get(key).ok_or_else(|| anyhow!("GGUF metadata has no {key}"))?.to_vec()?;
	values.iter().map(|v| Ok(v.to_string()?.as_str())).collect::<candle_core::Result<_>>().with_context(|| key.to_string())
}

/// The tokenizer described by a GGUF file's `tokenizer.ggml.*` metadata.
pub fn tokenizer_from_gguf(metadata: &HashMap<String, Value>) -> anyhow::Result<Tokenizer> {
	let model = metadata.get("tokenizer.ggml.model").map(|v| v.to_string()).transpose()?;
	ensure!(model.map(String::as_str) == Some("gpt2"), "tokenizer model {model:?}: only gpt2 (byte-level BPE) is supported");
	let pre = metadata.get("tokenizer.ggml.pre").map(|v| v.to_string()).transpose()?;
	ensure!(pre.map(String::as_str) == Some("smollm"), "pre-tokenizer {pre:?}: only smollm is supported");
	let tokens = strings(metadata, "tokenizer.ggml.tokens")?;
	let merges = strings(metadata, "tokenizer.ggml.merges")?;
	let types = metadata
		.get("tokenizer.ggml.token_type")
		.ok_or_else(|| anyhow!("GGUF metadata has no tokenizer.ggml.token_type"))?
		.to_vec()?
		.iter()
		.map(|v| v.to_i32())
		.collect::<candle_core::Result<Vec<_>>>()?;
	ensure!(types.len() == tokens.len(), "{} token types for {} tokens", types.len(), tokens.len());
	let mut vocab = serde_json::Map::with_capacity(tokens.len());
	for (id, token) in tokens.iter().enumerate() {
		if vocab.insert(token.to_string(), id.into()).is_some() {
			bail!("token {token:?} appears twice in the vocabulary");
		}
	}
	let merges = merges
		.iter()
		.map(|merge| {
			let (left, right) = merge.split_once(' ').ok_or_else(|| anyhow!("merge {merge:?} has no space"))?;
			Ok(serde_json::json!([left, right]))
		})
		.collect::<anyhow::Result<Vec<_>>>()?;
	let added: Vec<_> = tokens
		.iter()
		.zip(&types)
		.enumerate()
		.filter(|(_, (_, &kind))| kind == CONTROL)
		.map(|(id, (token, _))| {
			serde_json::json!({
				"id": id, "content": token, "single_word": false, "lstrip": false, "rstrip": false,
				"normalized": false, "special": true,
			})
		})
		.collect();
	let json = serde_json::json!({
		"version": "1.0",
		"truncation": null,
		"padding": null,
		"added_tokens": added,
		"normalizer": null,
		"pre_tokenizer": {"type": "Sequence", "pretokenizers": [
			{"type": "Digits", "individual_digits": true},
			{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true},
		]},
		"post_processor": null,
		"decoder": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
		"model": {
			"type": "BPE", "dropout": null, "unk_token": null, "continuing_subword_prefix": null,
			"end_of_word_suffix": null, "fuse_unk": false, "byte_fallback": false, "ignore_merges": false,
			"vocab": vocab, "merges": merges,
		},
	});
	Tokenizer::from_str(&json.to_string()).map_err(|e| anyhow!("building the tokenizer: {e}"))
}
