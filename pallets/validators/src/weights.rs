//! Weights of the validators pallet's calls.
//!
//! Not generated yet: the pallet is not part of the runtime, so `scripts/benchmark.sh` cannot
//! measure it. Until it is wired in (with its benchmarks), `()` charges each call for the storage
//! it touches with RocksDB's read/write weights.

#![allow(unused_parens, unused_imports)]

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// Weight functions needed by the pallet.
pub trait WeightInfo {
	/// `bond`.
	fn bond() -> Weight;
	/// `bond_extra`.
	fn bond_extra() -> Weight;
	/// `leave`.
	fn leave() -> Weight;
	/// `withdraw_unbonded`.
	fn withdraw_unbonded() -> Weight;
	/// `rejoin`.
	fn rejoin() -> Weight;
	/// `cancel_slash` with `n` slashes pending at that session.
	fn cancel_slash(n: u32) -> Weight;
}

/// Storage reads and writes of each call (candidate, count, holds and freeze of the account).
impl WeightInfo for () {
	fn bond() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn bond_extra() -> Weight {
		RocksDbWeight::get().reads_writes(3, 3)
	}
	fn leave() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
	fn withdraw_unbonded() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn rejoin() -> Weight {
		RocksDbWeight::get().reads_writes(1, 1)
	}
	fn cancel_slash(n: u32) -> Weight {
		RocksDbWeight::get().reads_writes(1, 1).saturating_add(Weight::from_parts(100_000, 0).saturating_mul(n.into()))
	}
}
