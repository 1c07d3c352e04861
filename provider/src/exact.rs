//! A BERT sentence encoder whose output is the same to the bit on every machine, whatever its
//! SIMD features, its thread count or the batch a text runs in.
//!
//! ## Design
//! - **Linear layers are integer matrix products.** Each weight row (output channel) is
//!   quantised once at load to `i16` values within ±[`WEIGHT_LIMIT`] with its own scale
//!   (`max|w| / limit`); each activation row (token) is quantised the same way on the fly within
//!   ±[`ACTIVATION_LIMIT`]. Their dot products are exact `i32` sums (the limits are chosen so
//!   that no sum over 1,536 inputs can overflow, checked at load), so any kernel, vector width,
//!   blocking or split between threads gives the same integers (`kernels.rs`). The output is
//!   `sum · (row scale · column scale) + bias` in `f32`.
//! - **Everything else is `f32` in one fixed order** (`float_ops.rs`): element-wise operations
//!   (dequantising, bias, residual, GELU) are correctly rounded IEEE operations, and reductions
//!   over a row (layer norm, softmax, attention scores and values, pooling, the L2 norm) run in
//!   an order that depends only on the row's length. `exp` and `erf` are our own, from `+ - *
//!   /`, never `libm`, and nothing uses fused multiply-add.
//! - **Threads split only independent outputs**: blocks of output columns of a matrix product,
//!   rows for layer norm and quantisation, (text, head) pairs for attention. No reduction is
//!   ever split.
//! - **Texts are packed without padding**, and attention runs per text, so a text's result does
//!   not depend on the other texts of its batch.
//!
//! Attention itself stays in `f32` (scores and the weighted values, with the sums along the
//! sequence in token order): its cost is small next to the linear layers for the lengths served,
//! and keeping it in float keeps the accuracy.

use anyhow::{anyhow, ensure, Context};
use candle_core::{safetensors::SliceSafetensors, DType, Device};
use candle_transformers::models::bert::{Config, HiddenAct};
use rayon::prelude::*;

use crate::{
	float_ops,
	kernels::{accumulation_fits, padded_len, vectorised, Kernel},
};

/// Largest magnitude of a quantised weight (9 bits and a sign).
pub const WEIGHT_LIMIT: i32 = 511;

/// Largest magnitude of a quantised activation (11 bits and a sign): with [`WEIGHT_LIMIT`] a
/// sum of up to 2,053 products fits in `i32`. Of the splits of the `i32` budget measured (weights
/// 127 to 4,095), 511 / 2,047 came closest to the float model (see the README).
pub const ACTIVATION_LIMIT: i32 = 2047;

/// Output columns of a matrix product computed by one task (the unit of work threads share).
const COLUMN_BLOCK: usize = 64;

/// Rows quantised to `i16` with one scale per row: `row[i] ≈ values[i] · scale`.
struct QuantisedRows {
	/// Row after row, each padded with zeros to `width` values.
	values: Vec<i16>,
	/// One per row.
	scales: Vec<f32>,
	width: usize,
}

impl QuantisedRows {
	/// Quantises the rows of `matrix` (rows of `len` values) within ±`limit`, each with its own
	/// scale `max|x| / limit` (an all-zero row gets scale 0), vectorised for `kernel`.
	fn new(matrix: &[f32], len: usize, limit: i32, kernel: Kernel) -> Self {
		let width = padded_len(len);
		let rows = matrix.len() / len;
		let mut values = vec![0i16; rows * width];
		let mut scales = vec![0f32; rows];
		values
			.par_chunks_mut(width)
			.zip(scales.par_iter_mut())
			.zip(matrix.par_chunks(len))
			.for_each(|((quantised, scale), row)| *scale = quantise_row_with(kernel, row, limit, quantised));
		Self { values, scales, width }
	}

	fn rows(&self) -> usize {
		self.scales.len()
	}
}

/// Quantises `row` into `out` (`round(x / scale)` with `scale = max|x| / limit`, ties to even);
/// returns the scale. `out` may be longer than `row`: the rest is left as it is (zero padding).
#[inline(always)]
fn quantise_row(row: &[f32], limit: i32, out: &mut [i16]) -> f32 {
	let max = float_ops::max_abs(row);
	if max == 0.0 || !max.is_finite() {
		out[..row.len()].fill(0);
		return 0.0;
	}
	let inverse = limit as f32 / max;
	for (q, &x) in out.iter_mut().zip(row) {
		// NaN (whose bits differ between CPUs) becomes 0.
		let scaled = if x.is_nan() { 0.0 } else { x * inverse };
		*q = float_ops::to_integer(scaled).clamp(-limit, limit) as i16;
	}
	max / limit as f32
}

/// A linear layer `y = x·Wᵀ + b` with `W` quantised per output channel.
struct QuantisedLinear {
	inputs: usize,
	outputs: usize,
	/// `outputs` rows of `padded_len(inputs)` values.
	weights: Vec<i16>,
	/// One per output.
	scales: Vec<f32>,
	bias: Vec<f32>,
}

impl QuantisedLinear {
	/// From a float weight matrix (`outputs` rows of `inputs`) and bias.
	fn new(weight: &[f32], bias: Vec<f32>, inputs: usize) -> anyhow::Result<Self> {
		ensure!(accumulation_fits(padded_len(inputs), ACTIVATION_LIMIT, WEIGHT_LIMIT), "a layer of {inputs} inputs could overflow i32");
		let quantised = QuantisedRows::new(weight, inputs, WEIGHT_LIMIT, Kernel::Portable);
		ensure!(quantised.rows() == bias.len(), "{} weight rows for {} biases", quantised.rows(), bias.len());
		Ok(Self { inputs, outputs: bias.len(), weights: quantised.values, scales: quantised.scales, bias })
	}

	/// Several layers on the same input as one (their outputs side by side).
	fn concatenate(layers: Vec<QuantisedLinear>) -> Self {
		let inputs = layers.first().map_or(0, |layer| layer.inputs);
		let mut merged = Self { inputs, outputs: 0, weights: Vec::new(), scales: Vec::new(), bias: Vec::new() };
		for layer in layers {
			merged.outputs += layer.outputs;
			merged.weights.extend(layer.weights);
			merged.scales.extend(layer.scales);
			merged.bias.extend(layer.bias);
		}
		merged
	}

	/// `rows × outputs` values: each output is `sum · (row scale · column scale) + bias`.
	fn forward(&self, kernel: Kernel, input: &QuantisedRows) -> Vec<f32> {
		debug_assert_eq!(input.width, padded_len(self.inputs));
		let (rows, width) = (input.rows(), input.width);
		let sums: Vec<Vec<i32>> = self
			.weights
			.par_chunks(COLUMN_BLOCK * width)
			.map(|block| {
				let mut sums = vec![0; rows * (block.len() / width)];
				kernel.dot_rows(&input.values, block, width, &mut sums);
				sums
			})
			.collect();
		let mut out = vec![0f32; rows * self.outputs];
		out.par_chunks_mut(self.outputs).enumerate().for_each(|(row, out_row)| {
			for (block, sums) in sums.iter().enumerate() {
				let columns = sums.len() / rows;
				let first = block * COLUMN_BLOCK;
				let range = first..first + columns;
				let sums = &sums[row * columns..(row + 1) * columns];
				dequantise_with(kernel, &mut out_row[range.clone()], sums, input.scales[row], &self.scales[range.clone()], &self.bias[range]);
			}
		});
		out
	}
}

/// Layer normalisation weights.
struct LayerNorm {
	gamma: Vec<f32>,
	beta: Vec<f32>,
	eps: f32,
}

impl LayerNorm {
	/// Normalises every row of `matrix` in place, vectorised for `kernel`.
	fn apply(&self, matrix: &mut [f32], kernel: Kernel) {
		matrix
			.par_chunks_mut(self.gamma.len())
			.for_each(|row| layer_norm_with(kernel, row, &self.gamma, &self.beta, self.eps));
	}
}

/// One transformer layer.
struct Layer {
	/// Query, key and value projections side by side (`3 · hidden` outputs).
	query_key_value: QuantisedLinear,
	attention_output: QuantisedLinear,
	attention_norm: LayerNorm,
	intermediate: QuantisedLinear,
	output: QuantisedLinear,
	output_norm: LayerNorm,
}

/// The named tensors of a `model.safetensors`, under the prefix the checkpoint uses, read one at
/// a time (so that loading holds the file and one tensor in float, not a second full copy).
struct Weights<'a> {
	tensors: SliceSafetensors<'a>,
	prefix: String,
}

impl<'a> Weights<'a> {
	fn new(bytes: &'a [u8], config: &Config) -> anyhow::Result<Self> {
		let tensors = SliceSafetensors::new(bytes)?;
		let word = "embeddings.word_embeddings.weight";
		let prefix = [Some("bert"), config.model_type.as_deref()]
			.into_iter()
			.flatten()
			.map(|prefix| format!("{prefix}."))
			.find(|prefix| tensors.get(&format!("{prefix}{word}")).is_ok())
			.unwrap_or_default();
		Ok(Self { tensors, prefix })
	}

	/// The tensor `name` as `f32` values, checking its shape.
	fn get(&self, name: &str, shape: &[usize]) -> anyhow::Result<Vec<f32>> {
		let full = format!("{}{name}", self.prefix);
		let tensor = self.tensors.load(&full, &Device::Cpu).with_context(|| format!("tensor {full}"))?;
		ensure!(tensor.dims() == shape, "{full} has shape {:?}, expected {shape:?}", tensor.dims());
		Ok(tensor.to_dtype(DType::F32)?.flatten_all()?.to_vec1::<f32>()?)
	}

	fn linear(&self, name: &str, inputs: usize, outputs: usize) -> anyhow::Result<QuantisedLinear> {
		let weight = self.get(&format!("{name}.weight"), &[outputs, inputs])?;
		QuantisedLinear::new(&weight, self.get(&format!("{name}.bias"), &[outputs])?, inputs)
	}

	fn layer_norm(&self, name: &str, size: usize, eps: f32) -> anyhow::Result<LayerNorm> {
		Ok(LayerNorm { gamma: self.get(&format!("{name}.weight"), &[size])?, beta: self.get(&format!("{name}.bias"), &[size])?, eps })
	}
}

/// The bit-exact BERT encoder; see the module docs.
pub struct ExactBert {
	hidden: usize,
	heads: usize,
	head_size: usize,
	max_positions: usize,
	/// `vocabulary × hidden`.
	word_embeddings: Vec<f32>,
	/// `max_positions × hidden`.
	position_embeddings: Vec<f32>,
	/// The embedding of token type 0 (every token's type here).
	token_type_embedding: Vec<f32>,
	embedding_norm: LayerNorm,
	layers: Vec<Layer>,
}

impl ExactBert {
	/// Loads and quantises the weights of a BERT checkpoint (with or without a `bert.` or
	/// `<model_type>.` prefix). Only the erf GELU activation (BERT's `gelu`) is supported.
	pub fn load(safetensors: &[u8], config: &Config) -> anyhow::Result<Self> {
		ensure!(config.hidden_act == HiddenAct::Gelu, "only the erf GELU activation is supported, not {:?}", config.hidden_act);
		let (hidden, heads) = (config.hidden_size, config.num_attention_heads);
		ensure!(heads > 0 && hidden % heads == 0, "{hidden} hidden units do not split into {heads} heads");
		let weights = Weights::new(safetensors, config)?;
		let eps = config.layer_norm_eps as f32;
		let token_types = weights.get("embeddings.token_type_embeddings.weight", &[config.type_vocab_size, hidden])?;
		let layers = (0..config.num_hidden_layers)
			.map(|i| {
				let name = |part: &str| format!("encoder.layer.{i}.{part}");
				let projections = ["query", "key", "value"]
					.iter()
					.map(|projection| weights.linear(&name(&format!("attention.self.{projection}")), hidden, hidden))
					.collect::<anyhow::Result<Vec<_>>>()?;
				Ok(Layer {
					query_key_value: QuantisedLinear::concatenate(projections),
					attention_output: weights.linear(&name("attention.output.dense"), hidden, hidden)?,
					attention_norm: weights.layer_norm(&name("attention.output.LayerNorm"), hidden, eps)?,
					intermediate: weights.linear(&name("intermediate.dense"), hidden, config.intermediate_size)?,
					output: weights.linear(&name("output.dense"), config.intermediate_size, hidden)?,
					output_norm: weights.layer_norm(&name("output.LayerNorm"), hidden, eps)?,
				})
			})
			.collect::<anyhow::Result<Vec<Layer>>>()
			.context("loading the encoder layers")?;
		Ok(Self {
			hidden,
			heads,
			head_size: hidden / heads,
			max_positions: config.max_position_embeddings,
			word_embeddings: weights.get("embeddings.word_embeddings.weight", &[config.vocab_size, hidden])?,
			position_embeddings: weights.get("embeddings.position_embeddings.weight", &[config.max_position_embeddings, hidden])?,
			token_type_embedding: token_types[..hidden].to_vec(),
			embedding_norm: weights.layer_norm("embeddings.LayerNorm", hidden, eps)?,
			layers,
		})
	}

	/// Mean-pooled, L2-normalised embeddings of tokenised texts (token type 0), one per text in
	/// the order given, computed with `kernel` (every kernel gives the same bits). Each text
	/// needs at least one token and at most the model's positions.
	pub fn embed(&self, texts: &[&[u32]], kernel: Kernel) -> anyhow::Result<Vec<Vec<f32>>> {
		if texts.is_empty() {
			return Ok(Vec::new());
		}
		let mut spans = Vec::with_capacity(texts.len());
		let mut start = 0;
		for ids in texts {
			ensure!(!ids.is_empty(), "a text without tokens");
			ensure!(ids.len() <= self.max_positions, "a text of {} tokens (at most {})", ids.len(), self.max_positions);
			spans.push((start, ids.len()));
			start += ids.len();
		}
		let mut hidden = self.embeddings(texts, kernel)?;
		for layer in &self.layers {
			hidden = self.layer(layer, &hidden, &spans, kernel);
		}
		Ok(spans.iter().map(|&(start, len)| self.pool(&hidden[start * self.hidden..(start + len) * self.hidden])).collect())
	}

	/// `(word + token type) + position`, normalised, for every packed token.
	fn embeddings(&self, texts: &[&[u32]], kernel: Kernel) -> anyhow::Result<Vec<f32>> {
		let h = self.hidden;
		let mut out = Vec::with_capacity(texts.iter().map(|ids| ids.len()).sum::<usize>() * h);
		for ids in texts {
			for (position, &id) in ids.iter().enumerate() {
				let word = self.word_embeddings.get(id as usize * h..(id as usize + 1) * h).ok_or_else(|| anyhow!("token id {id} out of the vocabulary"))?;
				let place = &self.position_embeddings[position * h..(position + 1) * h];
				out.extend(word.iter().zip(&self.token_type_embedding).zip(place).map(|((&w, &t), &p)| (w + t) + p));
			}
		}
		self.embedding_norm.apply(&mut out, kernel);
		Ok(out)
	}

	/// One transformer layer over all packed tokens (`spans`: each text's first row and length).
	fn layer(&self, layer: &Layer, hidden: &[f32], spans: &[(usize, usize)], kernel: Kernel) -> Vec<f32> {
		let h = self.hidden;
		let quantise = |matrix: &[f32], len: usize| QuantisedRows::new(matrix, len, ACTIVATION_LIMIT, kernel);
		let projections = layer.query_key_value.forward(kernel, &quantise(hidden, h));
		let context = self.attention(&projections, spans, kernel);
		let mut attention = layer.attention_output.forward(kernel, &quantise(&context, h));
		add_in_place(&mut attention, hidden);
		layer.attention_norm.apply(&mut attention, kernel);
		let inputs = layer.intermediate.outputs;
		let mut intermediate = layer.intermediate.forward(kernel, &quantise(&attention, h));
		intermediate.par_chunks_mut(inputs).for_each(|row| gelu_row_with(kernel, row));
		let mut output = layer.output.forward(kernel, &quantise(&intermediate, inputs));
		add_in_place(&mut output, &attention);
		layer.output_norm.apply(&mut output, kernel);
		output
	}

	/// Self-attention of every text on its own, from the packed query/key/value projections
	/// (`3 · hidden` per row); the context rows, `hidden` per packed token.
	fn attention(&self, projections: &[f32], spans: &[(usize, usize)], kernel: Kernel) -> Vec<f32> {
		let (h, size) = (self.hidden, self.head_size);
		let tasks: Vec<(usize, usize, usize)> =
			spans.iter().flat_map(|&(start, len)| (0..self.heads).map(move |head| (start, len, head))).collect();
		let heads: Vec<Vec<f32>> =
			tasks.par_iter().map(|&(start, len, head)| attention_head_with(kernel, projections, h, size, start, len, head)).collect();
		let rows = spans.iter().map(|&(_, len)| len).sum::<usize>();
		let mut context = vec![0f32; rows * h];
		for (&(start, _, head), values) in tasks.iter().zip(&heads) {
			for (t, value) in values.chunks_exact(size).enumerate() {
				context[(start + t) * h + head * size..][..size].copy_from_slice(value);
			}
		}
		context
	}

	/// The mean of a text's rows (summed in token order), divided by its L2 norm.
	fn pool(&self, rows: &[f32]) -> Vec<f32> {
		let mut mean = vec![0f32; self.hidden];
		for row in rows.chunks_exact(self.hidden) {
			add_in_place(&mut mean, row);
		}
		let count = (rows.len() / self.hidden) as f32;
		for x in mean.iter_mut() {
			*x /= count;
		}
		let norm = float_ops::sum_mapped(&mean, |x| x * x).sqrt();
		mean.iter().map(|x| x / norm).collect()
	}
}

/// `target[i] = target[i] + other[i]`.
fn add_in_place(target: &mut [f32], other: &[f32]) {
	for (x, &y) in target.iter_mut().zip(other) {
		*x += y;
	}
}

/// One head of one text (`len` rows from `start` of the packed query/key/value projections,
/// `3 · h` per row; heads of `size`): `softmax(q·kᵀ / √size)·v`, `len × size`.
/// Each score sums over the head's dimensions in order and each value over the text's tokens
/// in order; the loops run across independent outputs, so vectorising them changes nothing.
#[inline(always)]
fn attention_head(projections: &[f32], h: usize, size: usize, start: usize, len: usize, head: usize) -> Vec<f32> {
	// Where token `t`'s query (part 0), key (1) or value (2) of this head starts.
	let offset = |t: usize, part: usize| (start + t) * 3 * h + part * h + head * size;
	// Keys transposed and padded with zeros to whole chunks: `keys[d * padded + t]`, so that a
	// chunk of scores accumulates in registers across the chunk's keys.
	let padded = len.div_ceil(SCORE_LANES) * SCORE_LANES;
	let mut keys = vec![0f32; size * padded];
	for t in 0..len {
		for (d, &k) in projections[offset(t, 1)..][..size].iter().enumerate() {
			keys[d * padded + t] = k;
		}
	}
	let divisor = (size as f32).sqrt();
	let mut padded_scores = vec![0f32; padded];
	let mut context = vec![0f32; len * size];
	for (t, out) in context.chunks_exact_mut(size).enumerate() {
		let query = &projections[offset(t, 0)..][..size];
		for (chunk, scores) in padded_scores.chunks_exact_mut(SCORE_LANES).enumerate() {
			let mut sums = [0f32; SCORE_LANES];
			for (&q, keys_d) in query.iter().zip(keys.chunks_exact(padded)) {
				accumulate(&mut sums, q, &keys_d[chunk * SCORE_LANES..][..SCORE_LANES]);
			}
			scores.copy_from_slice(&sums);
		}
		let scores = &mut padded_scores[..len];
		for score in scores.iter_mut() {
			*score /= divisor;
		}
		float_ops::softmax(scores);
		for (chunk, out) in out.chunks_mut(VALUE_LANES).enumerate() {
			let mut sums = [0f32; VALUE_LANES];
			let values = |u: usize| offset(u, 2) + chunk * VALUE_LANES;
			// The same sums for a whole chunk or a partial one; a whole one stays in registers.
			if out.len() == VALUE_LANES {
				for (u, &p) in scores.iter().enumerate() {
					accumulate(&mut sums, p, &projections[values(u)..][..VALUE_LANES]);
				}
			} else {
				for (u, &p) in scores.iter().enumerate() {
					accumulate(&mut sums[..out.len()], p, &projections[values(u)..][..out.len()]);
				}
			}
			out.copy_from_slice(&sums[..out.len()]);
		}
	}
	context
}

/// Scores (keys) [`attention_head`] accumulates at once in registers: several vectors, so that
/// their independent additions overlap.
const SCORE_LANES: usize = 64;

/// Dimensions of the weighted values [`attention_head`] accumulates at once in registers.
const VALUE_LANES: usize = 32;

/// `sums[l] = sums[l] + factor · values[l]`.
#[inline(always)]
fn accumulate(sums: &mut [f32], factor: f32, values: &[f32]) {
	for (sum, &value) in sums.iter_mut().zip(values) {
		*sum += factor * value;
	}
}

vectorised! {
	/// [`attention_head`] vectorised for `kernel`.
	fn attention_head_with(projections: &[f32], h: usize, size: usize, start: usize, len: usize, head: usize) -> Vec<f32> = attention_head;
}

/// GELU of every value of `row`, in place.
#[inline(always)]
fn gelu_row(row: &mut [f32]) {
	for x in row.iter_mut() {
		*x = float_ops::gelu(*x);
	}
}

vectorised! {
	/// [`gelu_row`] vectorised for `kernel`.
	fn gelu_row_with(row: &mut [f32]) = gelu_row;
}

vectorised! {
	/// [`float_ops::layer_norm`] vectorised for `kernel`.
	fn layer_norm_with(row: &mut [f32], gamma: &[f32], beta: &[f32], eps: f32) = float_ops::layer_norm;
}

vectorised! {
	/// [`quantise_row`] vectorised for `kernel`.
	fn quantise_row_with(row: &[f32], limit: i32, out: &mut [i16]) -> f32 = quantise_row;
}

/// `out[j] = sums[j] · (row_scale · column_scales[j]) + bias[j]`: a row of a block of a matrix
/// product back in `f32`.
#[inline(always)]
fn dequantise(out: &mut [f32], sums: &[i32], row_scale: f32, column_scales: &[f32], bias: &[f32]) {
	for (out, ((&sum, &column_scale), &bias)) in out.iter_mut().zip(sums.iter().zip(column_scales).zip(bias)) {
		*out = sum as f32 * (row_scale * column_scale) + bias;
	}
}

vectorised! {
	/// [`dequantise`] vectorised for `kernel`.
	fn dequantise_with(out: &mut [f32], sums: &[i32], row_scale: f32, column_scales: &[f32], bias: &[f32]) = dequantise;
}
