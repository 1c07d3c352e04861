//! The bit-exactness check: a deterministic corpus of generated sentences, embedded by the
//! bit-exact encoder in several configurations (kernel x batch size) and by the float path, with
//! the mismatches between configurations, a digest of the outputs (to compare between
//! processes, thread counts, builds and machines) and the accuracy against the float path.
//!
//! `infera-provider --check-bit-exact N` runs it from the command line
//! (`scripts/check-bit-exact.sh` runs it across thread counts and builds); the tests run it on a
//! smaller corpus.

use std::time::Instant;

use serde::Serialize;
use tracing::info;

use crate::{kernels::Kernel, quantise, Embedder};
use infera_worker_protocol::{blake2_256, to_hex};

/// Words the generator draws from: common words, technical words, numbers, punctuation and a
/// few that the tokenizer splits into several word pieces or does not know.
const WORDS: &[&str] = &[
	"the", "a", "of", "and", "to", "in", "is", "was", "for", "on", "with", "as", "by", "at", "from", "it", "that", "this",
	"man", "woman", "child", "dog", "cat", "horse", "bird", "car", "train", "city", "river", "mountain", "house", "garden",
	"food", "bread", "water", "coffee", "music", "book", "movie", "game", "street", "market", "school", "doctor", "teacher",
	"eats", "runs", "plays", "reads", "writes", "sings", "drives", "walks", "sleeps", "builds", "sells", "buys", "watches",
	"quickly", "slowly", "today", "yesterday", "tomorrow", "never", "always", "often", "very", "quite", "almost", "together",
	"red", "green", "blue", "small", "large", "old", "new", "happy", "sad", "bright", "dark", "quiet", "loud", "famous",
	"blockchain", "validator", "provider", "embedding", "quantisation", "inference", "tokenizer", "consensus", "ledger",
	"transaction", "signature", "network", "latency", "throughput", "kernel", "matrix", "gradient", "transformer",
	"one", "two", "three", "seven", "twelve", "42", "2026", "3.14", "1,000", "50%", "$20", "#1", "@home",
	",", ",", ".", ";", ":", "-", "(", ")", "!", "?", "'s", "\"",
	"Zürich", "naïve", "café", "Ωmega", "東京", "😀", "résumé", "façade", "über", "smörgåsbord",
	"antidisestablishmentarianism", "pneumonoultramicroscopic", "supercalifragilistic", "xylophone", "quixotic",
];

/// SplitMix64: a small, fast, fully specified pseudo-random generator.
struct SplitMix64(u64);

impl SplitMix64 {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}

	/// A number in `low..=high`.
	fn between(&mut self, low: usize, high: usize) -> usize {
		low + (self.next() % (high - low + 1) as u64) as usize
	}
}

/// `count` sentences, the same on every machine: 88% of 3 to 30 words, 10% of 31 to 120, 2% of
/// 180 to 400 (longer than the 256 tokens a text is truncated to).
pub fn sentences(count: usize) -> Vec<String> {
	let mut random = SplitMix64(0x1f_e4a);
	(0..count)
		.map(|_| {
			let words = match random.between(0, 99) {
				0..=87 => random.between(3, 30),
				88..=97 => random.between(31, 120),
				_ => random.between(180, 400),
			};
			let mut sentence = String::new();
			for i in 0..words {
				let word = WORDS[random.between(0, WORDS.len() - 1)];
				if i > 0 {
					sentence.push(' ');
				}
				if i == 0 {
					let mut letters = word.chars();
					sentence.extend(letters.next().into_iter().flat_map(char::to_uppercase));
					sentence.extend(letters);
				} else {
					sentence.push_str(word);
				}
			}
			sentence.push(['.', '?', '!'][random.between(0, 2)]);
			sentence
		})
		.collect()
}

/// One configuration's result against the reference.
#[derive(Serialize, Debug)]
pub struct Configuration {
	/// `kernel/batch N`.
	pub name: String,
	/// Texts whose f32 embedding differs from the reference's in any bit.
	pub mismatches: usize,
	/// Texts whose canonical output (384 bytes) differs from the reference's.
	pub output_mismatches: usize,
	/// Embeddings per second (tokenised beforehand).
	pub per_second: f64,
}

/// What [`run`] found.
#[derive(Serialize, Debug)]
pub struct Report {
	/// Texts in the corpus.
	pub texts: usize,
	/// Tokens over all texts (after truncation).
	pub tokens: usize,
	/// Threads of the process (`RAYON_NUM_THREADS`, else the number of cores).
	pub threads: usize,
	/// The reference configuration.
	pub reference: String,
	/// Every other configuration against the reference.
	pub configurations: Vec<Configuration>,
	/// BLAKE2-256 over the reference's f32 embeddings (bits, little endian), text after text:
	/// equal digests mean equal bits.
	pub embeddings_digest: String,
	/// BLAKE2-256 over the reference's canonical outputs, text after text.
	pub outputs_digest: String,
	/// Accuracy against the float path (absent in a quick check): cosine of each text's f32
	/// embeddings, mean and minimum.
	pub cosine_mean: Option<f64>,
	/// See `cosine_mean`.
	pub cosine_min: Option<f64>,
	/// Texts whose canonical output equals the float path's exactly.
	pub outputs_equal_to_float: Option<usize>,
	/// Float path throughput (embeddings per second) on the corpus, batches of the check's size.
	pub float_per_second: Option<f64>,
}

/// The embeddings of `ids` in batches of `batch`, and embeddings per second.
fn embed_all(ids: &[Vec<u32>], batch: usize, embed: impl Fn(&[&[u32]]) -> anyhow::Result<Vec<Vec<f32>>>) -> anyhow::Result<(Vec<Vec<f32>>, f64)> {
	let started = Instant::now();
	let mut out = Vec::with_capacity(ids.len());
	for chunk in ids.chunks(batch) {
		out.extend(embed(&chunk.iter().map(Vec::as_slice).collect::<Vec<_>>())?);
	}
	Ok((out, ids.len() as f64 / started.elapsed().as_secs_f64()))
}

fn bits(embedding: &[f32]) -> Vec<u32> {
	embedding.iter().map(|x| x.to_bits()).collect()
}

fn cosine(a: &[f32], b: &[f32]) -> f64 {
	let dot: f64 = a.iter().zip(b).map(|(&x, &y)| x as f64 * y as f64).sum();
	let norm = |v: &[f32]| v.iter().map(|&x| x as f64 * x as f64).sum::<f64>().sqrt();
	dot / (norm(a) * norm(b))
}

/// Embeds `count` generated sentences. Quick: only the embedder's kernel at `batch` (the
/// reference then), for digests to compare between processes. Full: the portable kernel at
/// `batch` is the reference, compared with every other kernel this CPU runs at `batch` and the
/// fastest at batch 1, and the float path gives the accuracy.
pub fn run(embedder: &Embedder, count: usize, batch: usize, quick: bool) -> anyhow::Result<Report> {
	let texts = sentences(count);
	let ids = texts.iter().map(|text| embedder.tokenize(text)).collect::<anyhow::Result<Vec<_>>>()?;
	let (reference_kernel, reference_batch) = if quick { (embedder.kernel, batch) } else { (Kernel::Portable, batch) };
	let reference_name = format!("{reference_kernel}/batch {reference_batch}");
	info!(texts = ids.len(), tokens = ids.iter().map(Vec::len).sum::<usize>(), reference = ?reference_name, "corpus tokenised");
	let exact = |kernel: Kernel| move |chunk: &[&[u32]]| embedder.embed_tokens_with(chunk, kernel);
	let (reference, reference_rate) = embed_all(&ids, reference_batch, exact(reference_kernel))?;
	info!(configuration = ?reference_name, per_second = reference_rate, "reference embedded");
	let reference_bits: Vec<Vec<u32>> = reference.iter().map(|e| bits(e)).collect();
	let reference_outputs: Vec<Vec<u8>> = reference.iter().map(|e| quantise(e)).collect();
	let mut configurations = Vec::new();
	if !quick {
		let others = Kernel::supported().into_iter().filter(|&kernel| kernel != reference_kernel).map(|kernel| (kernel, batch));
		for (kernel, size) in others.chain([(Kernel::fastest(), 1)]) {
			let (embeddings, per_second) = embed_all(&ids, size, exact(kernel))?;
			let configuration = Configuration {
				name: format!("{kernel}/batch {size}"),
				mismatches: embeddings.iter().zip(&reference_bits).filter(|(e, r)| bits(e) != **r).count(),
				output_mismatches: embeddings.iter().zip(&reference_outputs).filter(|(e, r)| quantise(e) != **r).count(),
				per_second,
			};
			info!(
				configuration = ?configuration.name,
				mismatches = configuration.mismatches,
				output_mismatches = configuration.output_mismatches,
				per_second = configuration.per_second,
				"configuration embedded"
			);
			configurations.push(configuration);
		}
	}
	let digest = |items: &mut dyn Iterator<Item = Vec<u8>>| to_hex(&blake2_256(&items.flatten().collect::<Vec<u8>>()));
	let mut report = Report {
		texts: ids.len(),
		tokens: ids.iter().map(Vec::len).sum(),
		threads: rayon::current_num_threads(),
		reference: reference_name,
		configurations,
		embeddings_digest: digest(&mut reference.iter().map(|e| e.iter().flat_map(|x| x.to_le_bytes()).collect())),
		outputs_digest: digest(&mut reference_outputs.iter().cloned()),
		cosine_mean: None,
		cosine_min: None,
		outputs_equal_to_float: None,
		float_per_second: None,
	};
	if !quick {
		let (float, per_second) = embed_all(&ids, batch, |chunk| embedder.embed_tokens_float(chunk))?;
		let cosines: Vec<f64> = float.iter().zip(&reference).map(|(f, e)| cosine(f, e)).collect();
		report.cosine_mean = Some(cosines.iter().sum::<f64>() / cosines.len().max(1) as f64);
		report.cosine_min = cosines.iter().copied().reduce(f64::min);
		report.outputs_equal_to_float = Some(float.iter().zip(&reference_outputs).filter(|(f, r)| quantise(f) == **r).count());
		report.float_per_second = Some(per_second);
	}
	Ok(report)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_corpus_is_deterministic_and_varied() {
		let corpus = sentences(2000);
		assert_eq!(corpus, sentences(2000));
		assert_eq!(sentences(10), corpus[..10]);
		let words: Vec<usize> = corpus.iter().map(|s| s.split(' ').count()).collect();
		assert!(words.iter().any(|&n| n <= 4) && words.iter().any(|&n| n >= 300), "lengths {:?}", (words.iter().min(), words.iter().max()));
	}
}
