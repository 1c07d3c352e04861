//! What the integration tests share.

use std::path::PathBuf;

/// all-MiniLM-L6-v2 as `scripts/fetch-models.sh` puts it, or `None` (the test is skipped).
pub fn model_dir() -> Option<PathBuf> {
	let models = std::env::var_os("INFERA_MODELS_DIR")
		.map(PathBuf::from)
		.or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache/infera/models")))?;
	let dir = models.join("all-MiniLM-L6-v2");
	["model.safetensors", "tokenizer.json", "config.json"].iter().all(|f| dir.join(f).exists()).then_some(dir)
}
