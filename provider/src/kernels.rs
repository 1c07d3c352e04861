//! Integer matrix products whose result does not depend on the CPU: every kernel computes the
//! exact integer dot products of `i16` rows with `i32` accumulation, so the vector width, the
//! blocking and the order of the additions cannot change a single bit. The callers guarantee
//! that no sum can overflow (see [`accumulation_fits`]).
//!
//! [`Kernel::Portable`] is the plain-Rust reference (a dot product per output, which the
//! compiler may vectorise with the target's baseline SIMD, e.g. SSE2 on x86-64 or NEON on
//! aarch64 — integer sums are exact either way). [`Kernel::Avx2`] and [`Kernel::Avx512Vnni`] are
//! register-blocked kernels with intrinsics, picked at run time where the CPU has them.

use std::fmt;

/// Rows of activations and weights are padded with zeros to a multiple of this many values (one
/// 512-bit vector of `i16`), so that no kernel needs a remainder loop along the shared dimension.
pub const ROW_ALIGN: usize = 32;

/// Rows of the left operand processed together, so that a block of activations stays in the
/// L2 cache while every column of the block of weights passes over it.
const ROW_BLOCK: usize = 64;

/// Whether `inner` products of values of magnitude at most `left_max` and `right_max` always sum
/// within `i32` (the accumulator of every kernel).
pub const fn accumulation_fits(inner: usize, left_max: i32, right_max: i32) -> bool {
	(inner as i64) * (left_max as i64) * (right_max as i64) <= i32::MAX as i64
}

/// Rounds up to a multiple of [`ROW_ALIGN`].
pub const fn padded_len(len: usize) -> usize {
	len.div_ceil(ROW_ALIGN) * ROW_ALIGN
}

/// An implementation of the integer matrix product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kernel {
	/// Plain Rust, the reference: one dot product per output.
	Portable,
	/// AVX2 `vpmaddwd`, 2 x 4 outputs per tile.
	Avx2,
	/// AVX-512 VNNI `vpdpwssd`, 4 x 4 outputs per tile.
	Avx512Vnni,
}

impl fmt::Display for Kernel {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(self.name())
	}
}

impl Kernel {
	/// Every kernel, fastest first.
	pub const ALL: [Kernel; 3] = [Kernel::Avx512Vnni, Kernel::Avx2, Kernel::Portable];

	/// The name `--kernel` takes.
	pub fn name(self) -> &'static str {
		match self {
			Kernel::Portable => "portable",
			Kernel::Avx2 => "avx2",
			Kernel::Avx512Vnni => "avx512vnni",
		}
	}

	/// The kernel called `name`, if any.
	pub fn from_name(name: &str) -> Option<Self> {
		Self::ALL.into_iter().find(|kernel| kernel.name() == name)
	}

	/// Whether this CPU can run the kernel (checked at run time).
	pub fn is_supported(self) -> bool {
		match self {
			Kernel::Portable => true,
			#[cfg(target_arch = "x86_64")]
			Kernel::Avx2 => std::arch::is_x86_feature_detected!("avx2"),
			#[cfg(target_arch = "x86_64")]
			Kernel::Avx512Vnni => {
				std::arch::is_x86_feature_detected!("avx512f")
					&& std::arch::is_x86_feature_detected!("avx512bw")
					&& std::arch::is_x86_feature_detected!("avx512vnni")
			}
			#[cfg(not(target_arch = "x86_64"))]
			Kernel::Avx2 | Kernel::Avx512Vnni => false,
		}
	}

	/// The kernels this CPU can run, fastest first.
	pub fn supported() -> Vec<Self> {
		Self::ALL.into_iter().filter(|kernel| kernel.is_supported()).collect()
	}

	/// The fastest kernel this CPU can run.
	pub fn fastest() -> Self {
		Self::ALL.into_iter().find(|kernel| kernel.is_supported()).unwrap_or(Kernel::Portable)
	}

	/// `out[i * n + j] = Σ_p left[i * width + p] · right[j * width + p]` for the `m` rows of
	/// `left` and the `n` rows of `right` (`out` has `m * n` values). `width` is a multiple of
	/// [`ROW_ALIGN`] and the caller guarantees that the sums fit in `i32`. A kernel this CPU
	/// cannot run falls back to [`Kernel::Portable`], which gives the same result; so do shapes
	/// that break this contract (a bug in the caller), which the vector kernels' unchecked loads
	/// must never see.
	pub fn dot_rows(self, left: &[i16], right: &[i16], width: usize, out: &mut [i32]) {
		let columns = right.len().checked_div(width).unwrap_or(0);
		if columns == 0 {
			out.fill(0);
			return;
		}
		let shapes_fit = width.is_multiple_of(ROW_ALIGN)
			&& left.len().is_multiple_of(width)
			&& right.len().is_multiple_of(width)
			&& out.len() == left.len() / width * columns;
		debug_assert!(shapes_fit, "dot_rows: {} x {} values of width {width} into {}", left.len(), right.len(), out.len());
		let kernel = if self.is_supported() && shapes_fit { self } else { Kernel::Portable };
		for (left_block, out_block) in left.chunks(ROW_BLOCK * width).zip(out.chunks_mut(ROW_BLOCK * columns)) {
			match kernel {
				Kernel::Portable => dot_rows_portable(left_block, right, width, out_block),
				// SAFETY: `is_supported` checked the CPU features each kernel is compiled for.
				#[cfg(target_arch = "x86_64")]
				Kernel::Avx2 => unsafe { x86::dot_rows_avx2(left_block, right, width, out_block) },
				#[cfg(target_arch = "x86_64")]
				Kernel::Avx512Vnni => unsafe { x86::dot_rows_avx512vnni(left_block, right, width, out_block) },
				#[cfg(not(target_arch = "x86_64"))]
				Kernel::Avx2 | Kernel::Avx512Vnni => dot_rows_portable(left_block, right, width, out_block),
			}
		}
	}
}

/// Defines `fn $name(kernel: Kernel, args..) [-> ret]`, which runs `$body(args..)` (an
/// `#[inline(always)]` function) compiled for `kernel`'s vector instructions: AVX2, AVX-512, or
/// the target's baseline for [`Kernel::Portable`] (and for any kernel the CPU lacks). Wider
/// vectors only run more independent lanes of a loop at once: Rust never reorders or fuses float
/// operations, so every version computes the same bits (the corpus check compares them).
macro_rules! vectorised {
	($(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $type:ty),* $(,)?) $(-> $ret:ty)? = $body:path;) => {
		$(#[$meta])*
		$vis fn $name(kernel: $crate::kernels::Kernel, $($arg: $type),*) $(-> $ret)? {
			#[cfg(target_arch = "x86_64")]
			#[target_feature(enable = "avx2")]
			unsafe fn avx2($($arg: $type),*) $(-> $ret)? {
				$body($($arg),*)
			}
			#[cfg(target_arch = "x86_64")]
			#[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
			unsafe fn avx512($($arg: $type),*) $(-> $ret)? {
				$body($($arg),*)
			}
			match kernel {
				// SAFETY: `is_supported` checked the CPU features each version is compiled for.
				#[cfg(target_arch = "x86_64")]
				$crate::kernels::Kernel::Avx2 if kernel.is_supported() => unsafe { avx2($($arg),*) },
				#[cfg(target_arch = "x86_64")]
				$crate::kernels::Kernel::Avx512Vnni if kernel.is_supported() => unsafe { avx512($($arg),*) },
				_ => $body($($arg),*),
			}
		}
	};
}
pub(crate) use vectorised;

/// The reference kernel: one dot product per output.
fn dot_rows_portable(left: &[i16], right: &[i16], width: usize, out: &mut [i32]) {
	let columns = right.len() / width;
	for (left_row, out_row) in left.chunks_exact(width).zip(out.chunks_exact_mut(columns)) {
		for (right_row, out) in right.chunks_exact(width).zip(out_row) {
			*out = left_row.iter().zip(right_row).map(|(&a, &b)| i32::from(a) * i32::from(b)).sum();
		}
	}
}

#[cfg(target_arch = "x86_64")]
mod x86 {
	//! The x86-64 kernels, generated by one macro from a vector type, its load, its
	//! multiply-accumulate of `i16` pairs into `i32` lanes and its horizontal sum.

	use std::arch::x86_64::*;

	/// `acc + Σ pairs of a·b` in `i32` lanes (AVX2 has no fused form).
	#[target_feature(enable = "avx2")]
	#[inline]
	unsafe fn madd_avx2(acc: __m256i, a: __m256i, b: __m256i) -> __m256i {
		_mm256_add_epi32(acc, _mm256_madd_epi16(a, b))
	}

	/// The sum of the 8 `i32` lanes.
	#[target_feature(enable = "avx2")]
	#[inline]
	unsafe fn sum_avx2(v: __m256i) -> i32 {
		let half = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256::<1>(v));
		let quarter = _mm_add_epi32(half, _mm_shuffle_epi32::<0b01_00_11_10>(half));
		let eighth = _mm_add_epi32(quarter, _mm_shuffle_epi32::<0b10_11_00_01>(quarter));
		_mm_cvtsi128_si32(eighth)
	}

	#[target_feature(enable = "avx2")]
	#[inline]
	unsafe fn load_avx2(p: *const i16) -> __m256i {
		_mm256_loadu_si256(p.cast())
	}

	#[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
	#[inline]
	unsafe fn madd_avx512vnni(acc: __m512i, a: __m512i, b: __m512i) -> __m512i {
		_mm512_dpwssd_epi32(acc, a, b)
	}

	#[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
	#[inline]
	unsafe fn sum_avx512vnni(v: __m512i) -> i32 {
		_mm512_reduce_add_epi32(v)
	}

	#[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
	#[inline]
	unsafe fn load_avx512vnni(p: *const i16) -> __m512i {
		_mm512_loadu_si512(p.cast())
	}

	/// Defines `$name(left, right, width, out)` (the contract of `Kernel::dot_rows`): tiles of
	/// `$rows` x `$cols` outputs, each accumulated in its own vector along the whole width and
	/// summed horizontally at the end; edges use 1-row and 1-column tiles.
	macro_rules! tiled_kernel {
		($name:ident, $tile:ident, $features:literal, $vector:ty, $lanes:literal, $zero:ident, $load:ident, $madd:ident, $sum:ident, $rows:literal, $cols:literal) => {
			/// One tile: `R` rows of `left` times `C` rows of `right`, starting at (`i`, `j`).
			#[target_feature(enable = $features)]
			#[inline]
			unsafe fn $tile<const R: usize, const C: usize>(left: &[i16], right: &[i16], width: usize, i: usize, j: usize, out: &mut [i32]) {
				let columns = right.len() / width;
				let (left, right) = (left.as_ptr().add(i * width), right.as_ptr().add(j * width));
				let mut acc = [[$zero(); C]; R];
				let mut p = 0;
				while p < width {
					let mut a = [$zero(); R];
					for r in 0..R {
						a[r] = $load(left.add(r * width + p));
					}
					for c in 0..C {
						let b = $load(right.add(c * width + p));
						for r in 0..R {
							acc[r][c] = $madd(acc[r][c], a[r], b);
						}
					}
					p += $lanes;
				}
				for r in 0..R {
					for c in 0..C {
						out[(i + r) * columns + j + c] = $sum(acc[r][c]);
					}
				}
			}

			/// See `Kernel::dot_rows`.
			#[target_feature(enable = $features)]
			pub(super) unsafe fn $name(left: &[i16], right: &[i16], width: usize, out: &mut [i32]) {
				let (rows, columns) = (left.len() / width, right.len() / width);
				let (full_rows, full_columns) = (rows - rows % $rows, columns - columns % $cols);
				for j in (0..full_columns).step_by($cols) {
					for i in (0..full_rows).step_by($rows) {
						$tile::<$rows, $cols>(left, right, width, i, j, out);
					}
					for i in full_rows..rows {
						$tile::<1, $cols>(left, right, width, i, j, out);
					}
				}
				for j in full_columns..columns {
					for i in (0..full_rows).step_by($rows) {
						$tile::<$rows, 1>(left, right, width, i, j, out);
					}
					for i in full_rows..rows {
						$tile::<1, 1>(left, right, width, i, j, out);
					}
				}
			}
		};
	}

	tiled_kernel!(dot_rows_avx2, tile_avx2, "avx2", __m256i, 16, _mm256_setzero_si256, load_avx2, madd_avx2, sum_avx2, 2, 4);
	tiled_kernel!(
		dot_rows_avx512vnni,
		tile_avx512vnni,
		"avx512f,avx512bw,avx512vnni",
		__m512i,
		32,
		_mm512_setzero_si512,
		load_avx512vnni,
		madd_avx512vnni,
		sum_avx512vnni,
		4,
		4
	);
}

#[cfg(test)]
mod tests {
	use super::*;

	/// Deterministic pseudo-random `i16` values in `[-limit, limit]`.
	fn values(count: usize, limit: i32, seed: u64) -> Vec<i16> {
		let mut state = seed;
		(0..count)
			.map(|_| {
				state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
				((state >> 33) as i64 % (2 * limit as i64 + 1) - limit as i64) as i16
			})
			.collect()
	}

	#[test]
	fn every_kernel_gives_the_exact_products_on_odd_shapes() {
		// Shapes with edges in both directions, at the largest magnitudes the model uses.
		for (rows, columns, width) in [(1, 1, 32), (3, 5, 64), (7, 9, 384), (67, 13, 1536), (130, 6, 96)] {
			let left = values(rows * width, 2047, 1);
			let right = values(columns * width, 511, 2);
			let mut expected = vec![0i64; rows * columns];
			for i in 0..rows {
				for j in 0..columns {
					expected[i * columns + j] = (0..width).map(|p| left[i * width + p] as i64 * right[j * width + p] as i64).sum();
				}
			}
			for kernel in Kernel::supported() {
				let mut out = vec![0; rows * columns];
				kernel.dot_rows(&left, &right, width, &mut out);
				assert!(out.iter().zip(&expected).all(|(&a, &b)| a as i64 == b), "{kernel} on {rows}x{columns}x{width}");
			}
		}
	}

	#[test]
	fn the_bounds_check_catches_overflow() {
		assert!(accumulation_fits(1536, 2047, 511));
		assert!(!accumulation_fits(4096, 2047, 511));
	}
}
