//! Weights of this chain's blocks, extrinsics and database, measured here with
//! `scripts/weights.sh overhead storage` on the release benchmark node, and of the
//! polkadot-sdk pallets the runtime uses (`scripts/weights.sh <pallet>`, e.g.
//! `pallet_balances`). Infera's own pallets keep their call weights in their own `weights.rs`.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_conviction_voting;
pub mod pallet_membership;
pub mod pallet_preimage;
pub mod pallet_referenda;
pub mod pallet_scheduler;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod paritydb_weights;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
pub use paritydb_weights::constants::ParityDbWeight;
