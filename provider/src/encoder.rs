//! The float (f32, candle) BERT sentence encoder the server used to serve, kept as the
//! accuracy and speed baseline of the bit-exact encoder (`exact.rs`), which replaced it because
//! f32 sums differ between machines. It runs many texts in one forward pass **without
//! padding**, so that a text's embedding is bit for bit the same whether it runs alone or in a
//! batch (on one machine).
//!
//! ## Why not pad
//! The usual way to batch texts of different lengths is to pad them to the longest and mask the
//! padding out of attention. In candle 0.11 on the CPU that changes the floats of the real
//! tokens. Measured (`padding_experiment` in `main.rs`, 32 texts of 3 to 256 tokens padded to
//! 256 through `candle_transformers`' `BertModel`): the f32 embedding changed for 31 of the 32
//! texts, by up to 2e-7 per component (the quantised bytes happened not to change, but a
//! component near a rounding boundary would flip). The code shows why — two kernels depend on
//! the padded length:
//! - the softmax's sum (`candle_nn::ops::softmax` -> `sum_keepdim` -> `vec_sum`) adds 32 floats
//!   at a time in 4x8 AVX lanes and the rest one by one, so appending masked zeros regroups the
//!   additions of the real scores;
//! - `gemm` computes `Q·Kᵀ` with a "horizontal" dot-product kernel (vectorised along `k`) when
//!   `m·n <= 256`, i.e. for texts of up to 16 tokens, and with its usual micro-kernel (a
//!   sequential fused multiply-add along `k`) for longer ones, so padding a short text past 16
//!   tokens changes its attention scores.
//!
//! Texts of equal length batched without padding came out identical in the same experiment.
//!
//! ## Packing instead
//! Every operation of BERT except attention works on each token's row on its own: the linear
//! layers (a matrix product whose rows are independent: `gemm` splits `k` into blocks whose size
//! depends on the cache sizes and `k`, never on `m`, and splits only rows and columns between
//! threads), layer norm (one row at a time), GELU and the additions (element-wise). So
//! [`PackedBert`] stacks the tokens of all texts into one `(tokens, hidden)` matrix and runs
//! those operations once over all of them, and runs attention — the only step that mixes
//! tokens — separately for each group of texts of the same length, with exactly the shapes the
//! text would have alone (candle runs a batched attention product as one `gemm` per text and
//! head, and the softmax one row at a time). It computes the same operations in the same order
//! as `candle_transformers::models::bert::BertModel`, so its output equals that model's for a
//! single text bit for bit too (test `the_packed_encoder_matches_candle_bert_bit_for_bit`), and
//! no work is spent on padding. (The bit-exact encoder keeps this packing.)
//!
//! ## Where the time goes
//! A profile of a batch of 32 on one thread: two thirds in `gemm` for the linear layers, half
//! of that packing the row-major activations (the left operand) into column panels, and ~9% in
//! `erf` for GELU. Swapping the operands (`(W·xᵀ)ᵀ` with `W` stored column-major, which keeps
//! every float) avoids the strided packing but came out 15-20% slower here, so the layers stay
//! `candle_nn::Linear`.

use candle_core::{Device, Module, Result, Tensor, D};
use candle_nn::{embedding, layer_norm, linear, Embedding, LayerNorm, Linear, VarBuilder};
use candle_transformers::models::bert::{Config, HiddenAct};

/// Token, position and token-type embeddings, summed and normalised.
struct Embeddings {
	word: Embedding,
	position: Embedding,
	token_type: Embedding,
	norm: LayerNorm,
}

/// One transformer layer's weights.
struct Layer {
	query: Linear,
	key: Linear,
	value: Linear,
	attention_output: Linear,
	attention_norm: LayerNorm,
	intermediate: Linear,
	output: Linear,
	output_norm: LayerNorm,
}

/// A BERT encoder over packed (unpadded) texts; see the module docs.
pub struct PackedBert {
	embeddings: Embeddings,
	layers: Vec<Layer>,
	heads: usize,
	head_size: usize,
	activation: HiddenAct,
	device: Device,
}

/// Texts packed row after row, sorted by length so that equally long texts are adjacent.
struct Packing {
	/// For each packed text: its index in the caller's order, first row and token count.
	texts: Vec<(usize, usize, usize)>,
}

impl Packing {
	fn new(lengths: &[usize]) -> Self {
		let mut order: Vec<usize> = (0..lengths.len()).collect();
		order.sort_by_key(|&i| lengths[i]);
		let mut row = 0;
		let texts = order
			.into_iter()
			.map(|i| {
				let start = row;
				row += lengths[i];
				(i, start, lengths[i])
			})
			.collect();
		Self { texts }
	}

	/// Runs of texts of one length: (first row, number of texts, length).
	fn groups(&self) -> Vec<(usize, usize, usize)> {
		let mut groups: Vec<(usize, usize, usize)> = Vec::new();
		for &(_, start, len) in &self.texts {
			match groups.last_mut() {
				Some((_, count, group_len)) if *group_len == len => *count += 1,
				_ => groups.push((start, 1, len)),
			}
		}
		groups
	}
}

impl PackedBert {
	/// Loads the weights the way `BertModel::load` does (with or without a `bert.` or
	/// `<model_type>.` prefix).
	pub fn load(vb: VarBuilder, config: &Config) -> Result<Self> {
		let device = vb.device().clone();
		let root = if vb.contains_tensor("bert.embeddings.word_embeddings.weight") {
			vb.pp("bert")
		} else if let Some(model_type) = config.model_type.as_deref().filter(|t| vb.contains_tensor(&format!("{t}.embeddings.word_embeddings.weight"))) {
			vb.pp(model_type)
		} else {
			vb
		};
		let (hidden, eps) = (config.hidden_size, config.layer_norm_eps);
		let e = root.pp("embeddings");
		let embeddings = Embeddings {
			word: embedding(config.vocab_size, hidden, e.pp("word_embeddings"))?,
			position: embedding(config.max_position_embeddings, hidden, e.pp("position_embeddings"))?,
			token_type: embedding(config.type_vocab_size, hidden, e.pp("token_type_embeddings"))?,
			norm: layer_norm(hidden, eps, e.pp("LayerNorm"))?,
		};
		let layers = (0..config.num_hidden_layers)
			.map(|i| {
				let l = root.pp(format!("encoder.layer.{i}"));
				let (attention, intermediate) = (l.pp("attention"), config.intermediate_size);
				Ok(Layer {
					query: linear(hidden, hidden, attention.pp("self.query"))?,
					key: linear(hidden, hidden, attention.pp("self.key"))?,
					value: linear(hidden, hidden, attention.pp("self.value"))?,
					attention_output: linear(hidden, hidden, attention.pp("output.dense"))?,
					attention_norm: layer_norm(hidden, eps, attention.pp("output.LayerNorm"))?,
					intermediate: linear(hidden, intermediate, l.pp("intermediate.dense"))?,
					output: linear(intermediate, hidden, l.pp("output.dense"))?,
					output_norm: layer_norm(hidden, eps, l.pp("output.LayerNorm"))?,
				})
			})
			.collect::<Result<_>>()?;
		Ok(Self {
			embeddings,
			layers,
			heads: config.num_attention_heads,
			head_size: hidden / config.num_attention_heads,
			activation: config.hidden_act,
			device,
		})
	}

	/// Mean-pooled, L2-normalised embeddings of tokenised texts (token type 0), one per text in
	/// the order given. Each text must have at least one token.
	pub fn embed(&self, texts: &[&[u32]]) -> Result<Vec<Vec<f32>>> {
		if texts.is_empty() {
			return Ok(Vec::new());
		}
		if texts.iter().any(|ids| ids.is_empty()) {
			candle_core::bail!("a text without tokens");
		}
		let lengths: Vec<usize> = texts.iter().map(|ids| ids.len()).collect();
		let packing = Packing::new(&lengths);
		let hidden = self.forward(texts, &packing)?;
		// Mean over each text's own rows, as `hidden.mean(1)` of the text alone.
		let pooled = packing
			.texts
			.iter()
			.map(|&(_, start, len)| hidden.narrow(0, start, len)?.mean(0))
			.collect::<Result<Vec<_>>>()?;
		let pooled = Tensor::stack(&pooled, 0)?;
		// Row by row: the sum over the last dimension of a row does not depend on other rows.
		let norm = pooled.sqr()?.sum_keepdim(D::Minus1)?.sqrt()?;
		let normalised = pooled.broadcast_div(&norm)?.to_vec2::<f32>()?;
		let mut out = vec![Vec::new(); texts.len()];
		for (&(index, _, _), embedding) in packing.texts.iter().zip(normalised) {
			out[index] = embedding;
		}
		Ok(out)
	}

	/// The last hidden state of every packed token, `(tokens, hidden)`.
	fn forward(&self, texts: &[&[u32]], packing: &Packing) -> Result<Tensor> {
		let (mut ids, mut positions) = (Vec::new(), Vec::new());
		for &(index, _, len) in &packing.texts {
			ids.extend_from_slice(texts[index]);
			positions.extend(0..len as u32);
		}
		let ids = Tensor::new(ids.as_slice(), &self.device)?;
		let positions = Tensor::new(positions.as_slice(), &self.device)?;
		let e = &self.embeddings;
		// Same order as BertEmbeddings: (word + token type) + position.
		let summed = ((e.word.forward(&ids)? + e.token_type.forward(&ids.zeros_like()?)?)? + e.position.forward(&positions)?)?;
		let mut hidden = e.norm.forward(&summed)?;
		let groups = packing.groups();
		for layer in &self.layers {
			hidden = self.layer(layer, &hidden, &groups)?;
		}
		Ok(hidden)
	}

	fn layer(&self, layer: &Layer, hidden: &Tensor, groups: &[(usize, usize, usize)]) -> Result<Tensor> {
		let query = layer.query.forward(hidden)?;
		let key = layer.key.forward(hidden)?;
		let value = layer.value.forward(hidden)?;
		let context = groups
			.iter()
			.map(|&(start, count, len)| {
				let rows = count * len;
				self.attention(&query.narrow(0, start, rows)?, &key.narrow(0, start, rows)?, &value.narrow(0, start, rows)?, count, len)
			})
			.collect::<Result<Vec<_>>>()?;
		let context = Tensor::cat(&context, 0)?;
		let attention = layer.attention_norm.forward(&(layer.attention_output.forward(&context)? + hidden)?)?;
		let intermediate = layer.intermediate.forward(&attention)?;
		let intermediate = match self.activation {
			HiddenAct::Gelu => intermediate.gelu_erf()?,
			HiddenAct::GeluApproximate => intermediate.gelu()?,
			HiddenAct::Relu => intermediate.relu()?,
		};
		layer.output_norm.forward(&(layer.output.forward(&intermediate)? + attention)?)
	}

	/// Self-attention of `count` texts of `len` tokens each (rows `count * len` of the
	/// projections), with the shapes `BertSelfAttention` gives a batch of such texts. No mask:
	/// the texts have no padding, and BERT's all-ones mask adds -0.0, which changes no float.
	fn attention(&self, query: &Tensor, key: &Tensor, value: &Tensor, count: usize, len: usize) -> Result<Tensor> {
		let split = |x: &Tensor| x.reshape((count, len, self.heads, self.head_size))?.transpose(1, 2)?.contiguous();
		let scores = (split(query)?.matmul(&split(key)?.t()?)? / (self.head_size as f64).sqrt())?;
		let probs = candle_nn::ops::softmax(&scores, D::Minus1)?;
		probs.matmul(&split(value)?)?.transpose(1, 2)?.contiguous()?.reshape((count * len, self.heads * self.head_size))
	}
}
