//! Weights of this chain's blocks, extrinsics and database, measured here with
//! `scripts/benchmark.sh overhead storage` on the release benchmark node (each pallet's call
//! weights are in its own `weights.rs`, from `scripts/benchmark.sh <pallet>`).

pub mod block_weights;
pub mod extrinsic_weights;
pub mod paritydb_weights;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
pub use paritydb_weights::constants::ParityDbWeight;
