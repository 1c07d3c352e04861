//! The float operations of the bit-exact encoder, each computed in one fixed order with nothing
//! but IEEE-754 `+ - * /` and `sqrt` on `f32` (correctly rounded, hence the same on every CPU
//! that Rust targets with SSE2 or NEON floats), never a fused multiply-add (Rust does not
//! contract `a * b + c` on its own) and never `libm` (whose `exp` and `erf` differ between C
//! libraries and versions).
//!
//! A loop that the compiler vectorises computes the same values: it may run several independent
//! lanes of the loop at once but never reorders one lane's additions. Sums over a row use
//! [`SUM_LANES`] interleaved partial sums combined pairwise in a fixed order, which is fast at
//! any vector width and the same at all of them.

/// Partial sums of [`sum`]: element `i` goes to lane `i % SUM_LANES`.
pub const SUM_LANES: usize = 16;

/// `1.5 · 2^23`: adding and subtracting it rounds an `f32` of magnitude below `2^22` to the
/// nearest integer, ties to even (the rounding of every IEEE addition).
const ROUNDING_MAGIC: f32 = 12_582_912.0;

/// `x` rounded to the nearest integer, ties to even; valid for `|x| < 2^22`.
#[inline(always)]
pub fn round_to_integer(x: f32) -> f32 {
	(x + ROUNDING_MAGIC) - ROUNDING_MAGIC
}

/// `x` rounded to the nearest integer (ties to even) as an `i32`, for `|x| < 2^22`: the bits of
/// `x + 1.5 · 2^23` are those of `1.5 · 2^23` plus that integer. Unlike `as`, which saturates,
/// this vectorises.
#[inline(always)]
pub fn to_integer(x: f32) -> i32 {
	(x + ROUNDING_MAGIC).to_bits() as i32 - ROUNDING_MAGIC.to_bits() as i32
}

/// The sum of `values` mapped through `f`, in a fixed order: [`SUM_LANES`] partial sums
/// (`lane[i % 16] += f(values[i])` in index order), then added pairwise, 16 -> 8 -> 4 -> 2 -> 1.
#[inline(always)]
pub fn sum_mapped(values: &[f32], f: impl Fn(f32) -> f32) -> f32 {
	let mut lanes = [0f32; SUM_LANES];
	let chunks = values.chunks_exact(SUM_LANES);
	let rest = chunks.remainder();
	for chunk in chunks {
		for (lane, &x) in lanes.iter_mut().zip(chunk) {
			*lane += f(x);
		}
	}
	for (lane, &x) in lanes.iter_mut().zip(rest) {
		*lane += f(x);
	}
	let mut width = SUM_LANES;
	while width > 1 {
		width /= 2;
		for lane in 0..width {
			lanes[lane] += lanes[lane + width];
		}
	}
	lanes[0]
}

/// The sum of `values` in the fixed order of [`sum_mapped`].
#[inline(always)]
pub fn sum(values: &[f32]) -> f32 {
	sum_mapped(values, |x| x)
}

/// The largest `f(x)` of `values`, at least `floor` (NaN is ignored): exact, so its order does
/// not matter; [`SUM_LANES`] partial maxima keep it vectorisable.
#[inline(always)]
pub fn max_mapped(values: &[f32], floor: f32, f: impl Fn(f32) -> f32) -> f32 {
	let mut lanes = [floor; SUM_LANES];
	for chunk in values.chunks(SUM_LANES) {
		for (lane, &x) in lanes.iter_mut().zip(chunk) {
			let y = f(x);
			*lane = if y > *lane { y } else { *lane };
		}
	}
	lanes.into_iter().fold(floor, |max, lane| if lane > max { lane } else { max })
}

/// The largest `|x|` of `values` (0 for none).
#[inline(always)]
pub fn max_abs(values: &[f32]) -> f32 {
	max_mapped(values, 0.0, f32::abs)
}

/// `e^x` to about one ulp, from `+ - *` only: `x = n·ln 2 + r` with `|r| <= ln 2 / 2` (Cody and
/// Waite's two-part `ln 2`), a degree-7 Taylor polynomial of `e^r` (truncation error below
/// `1e-8`) and `2^n` built from its bits. Inputs are clamped to `[-87, 88]`, the range where
/// `2^n` is a normal float.
#[inline(always)]
pub fn exp(x: f32) -> f32 {
	const LN2_HIGH: f32 = 355.0 / 512.0; // ln 2 rounded to 9 bits: n · LN2_HIGH is exact
	const LN2_LOW: f32 = -2.121_944_4e-4; // ln 2 - LN2_HIGH
	let x = x.clamp(-87.0, 88.0);
	let n = round_to_integer(x * std::f32::consts::LOG2_E);
	let r = (x - n * LN2_HIGH) - n * LN2_LOW;
	let mut polynomial = 1.0 / 5040.0;
	for coefficient in [1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0] {
		polynomial = polynomial * r + coefficient;
	}
	let power_of_two = f32::from_bits(((n as i32 + 127) as u32) << 23);
	polynomial * power_of_two
}

/// The error function to about `2e-7` (Abramowitz and Stegun 7.1.26, with [`exp`]).
#[inline(always)]
pub fn erf(x: f32) -> f32 {
	const P: f32 = 0.327_591_1;
	// 0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429 rounded to f32.
	const A: [f32; 5] = [0.254_829_6, -0.284_496_72, 1.421_413_8, -1.453_152_1, 1.061_405_4];
	let magnitude = x.abs();
	let t = 1.0 / (1.0 + P * magnitude);
	let mut polynomial = A[4];
	for coefficient in [A[3], A[2], A[1], A[0]] {
		polynomial = polynomial * t + coefficient;
	}
	let value = 1.0 - polynomial * t * exp(-(magnitude * magnitude));
	value.copysign(x)
}

/// GELU with the error function (BERT's `gelu`): `(erf(x / √2) + 1) · 0.5 · x`.
#[inline(always)]
pub fn gelu(x: f32) -> f32 {
	(erf(x * std::f32::consts::FRAC_1_SQRT_2) + 1.0) * 0.5 * x
}

/// Layer normalisation of one row in place: `(x - mean) / sqrt(variance + eps) · gamma + beta`,
/// with the mean and the (biased) variance summed by [`sum_mapped`].
#[inline(always)]
pub fn layer_norm(row: &mut [f32], gamma: &[f32], beta: &[f32], eps: f32) {
	let count = row.len() as f32;
	let mean = sum(row) / count;
	let variance = sum_mapped(row, |x| (x - mean) * (x - mean)) / count;
	let deviation = (variance + eps).sqrt();
	for ((x, &g), &b) in row.iter_mut().zip(gamma).zip(beta) {
		*x = (*x - mean) / deviation * g + b;
	}
}

/// Softmax of one row in place: `e^(x - max) / Σ e^(x - max)`.
#[inline(always)]
pub fn softmax(row: &mut [f32]) {
	let max = max_mapped(row, f32::NEG_INFINITY, |x| x);
	for x in row.iter_mut() {
		*x = exp(*x - max);
	}
	let total = sum(row);
	for x in row.iter_mut() {
		*x /= total;
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn exp_and_erf_are_accurate() {
		let mut worst_exp = 0f64;
		let mut worst_erf = 0f64;
		for i in -8700..=8800 {
			let x = i as f32 / 100.0;
			let expected = (x as f64).exp();
			worst_exp = worst_exp.max(((exp(x) as f64 - expected) / expected).abs());
		}
		for i in -600..=600 {
			let x = i as f32 / 100.0;
			let expected = erf_reference(x as f64);
			worst_erf = worst_erf.max((erf(x) as f64 - expected).abs());
		}
		assert!(worst_exp < 4e-7, "exp relative error {worst_exp:e}");
		assert!(worst_erf < 4e-7, "erf absolute error {worst_erf:e}");
	}

	/// erf in f64: its Taylor series up to |x| = 3, beyond that 1 - erfc by its continued
	/// fraction.
	fn erf_reference(x: f64) -> f64 {
		if x.abs() > 3.0 {
			let mut fraction = 0.0;
			for k in (1..60).rev() {
				fraction = (k as f64 / 2.0) / (x.abs() + fraction);
			}
			return x.signum() * (1.0 - (-x * x).exp() / std::f64::consts::PI.sqrt() / (x.abs() + fraction));
		}
		let (mut term, mut total, mut n) = (x, x, 0.0);
		while term.abs() > 1e-17 {
			n += 1.0;
			term *= -x * x / n;
			total += term / (2.0 * n + 1.0);
		}
		total * 2.0 / std::f64::consts::PI.sqrt()
	}

	#[test]
	fn the_fixed_sum_has_the_documented_order() {
		let values: Vec<f32> = (0..37).map(|i| 1.0 / (i as f32 + 1.0)).collect();
		let mut lanes = [0f32; 16];
		for (i, x) in values.iter().enumerate() {
			lanes[i % 16] += x;
		}
		for width in [8, 4, 2, 1] {
			for lane in 0..width {
				lanes[lane] += lanes[lane + width];
			}
		}
		assert_eq!(sum(&values).to_bits(), lanes[0].to_bits());
		assert_eq!(round_to_integer(2.5), 2.0);
		assert_eq!(round_to_integer(-3.5), -4.0);
		assert_eq!(round_to_integer(7.49), 7.0);
		for x in [0.0f32, -0.0, 0.5, 1.5, -2.5, 8190.7, -8191.2, 123.456] {
			assert_eq!(to_integer(x), round_to_integer(x) as i32, "{x}");
		}
	}
}
