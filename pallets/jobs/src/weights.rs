//! Weights of pallet-jobs: PLACEHOLDER until `scripts/benchmark.sh pallet_jobs` regenerates
//! this file. Do not edit by hand.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for pallet-jobs.
pub trait WeightInfo {
	fn submit_job() -> Weight;
	fn cancel_job() -> Weight;
	fn commit_result() -> Weight;
	fn reveal_result() -> Weight;
	fn challenge() -> Weight;
	fn resolve_challenge() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn process_due(n: u32) -> Weight;
	fn assign_queued(n: u32) -> Weight;
}

/// Weights for pallet-jobs using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn submit_job() -> Weight { Weight::from_parts(100_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(80, 10)) }
	fn cancel_job() -> Weight { Weight::from_parts(50_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(4, 4)) }
	fn commit_result() -> Weight { Weight::from_parts(50_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(4, 4)) }
	fn reveal_result() -> Weight { Weight::from_parts(200_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(30, 30)) }
	fn challenge() -> Weight { Weight::from_parts(50_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(4, 4)) }
	fn resolve_challenge() -> Weight { Weight::from_parts(100_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(10, 10)) }
	fn on_initialize_idle() -> Weight { Weight::from_parts(5_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 1)) }
	fn process_due(n: u32) -> Weight { let _ = n; Weight::from_parts(200_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(30, 30)) }
	fn assign_queued(n: u32) -> Weight { let _ = n; Weight::from_parts(100_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(80, 10)) }
}

impl WeightInfo for () {
	fn submit_job() -> Weight { Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(80, 10)) }
	fn cancel_job() -> Weight { Weight::from_parts(50_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(4, 4)) }
	fn commit_result() -> Weight { Weight::from_parts(50_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(4, 4)) }
	fn reveal_result() -> Weight { Weight::from_parts(200_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(30, 30)) }
	fn challenge() -> Weight { Weight::from_parts(50_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(4, 4)) }
	fn resolve_challenge() -> Weight { Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(10, 10)) }
	fn on_initialize_idle() -> Weight { Weight::from_parts(5_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(3, 1)) }
	fn process_due(n: u32) -> Weight { let _ = n; Weight::from_parts(200_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(30, 30)) }
	fn assign_queued(n: u32) -> Weight { let _ = n; Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(80, 10)) }
}
