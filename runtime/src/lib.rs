//! # Infera runtime
//!
//! The state transition function of the Infera chain, a marketplace for AI inference.
//! It composes the FRAME system pallets (System, Timestamp, Aura, Grandpa, Balances,
//! TransactionPayment, Sudo) with Infera's own pallets, and is compiled to WASM by
//! `substrate-wasm-builder`; nodes execute that WASM.
//!
//! Block time is 6 s; the `fast-runtime` feature shortens it to 2 s for development and the
//! end-to-end test suite.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`/`impl_runtime_apis` expand to code the workspace lints would flag.
#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

extern crate alloc;

use alloc::vec::Vec;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use configs::referenda::pallet_origins;
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types, used by the node to handle blocks without knowing the runtime's call types.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The session keys of a validator: Aura for block authoring, GRANDPA for finality.
	pub struct SessionKeys {
		/// Block authoring key.
		pub aura: Aura,
		/// Finality voting key.
		pub grandpa: Grandpa,
	}
}

/// Declares [`VERSION`] with the given `spec_version` (a literal: `#[runtime_version]` embeds it
/// in the WASM's custom section at compile time).
macro_rules! declare_runtime_version {
	($spec_version:tt) => {
		/// The runtime version. Bump `spec_version` with every runtime change that alters
		/// behaviour (in both declarations below).
		#[sp_version::runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("infera"),
			impl_name: alloc::borrow::Cow::Borrowed("infera-node"),
			authoring_version: 1,
			spec_version: $spec_version,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 1,
			system_version: 1,
		};
	};
}

#[cfg(not(feature = "upgrade-test"))]
declare_runtime_version!(110);
// The same runtime one `spec_version` ahead: the code the network test upgrades a live chain to
// with `sudo(system.set_code)` (built by `scripts/build-upgrade-wasm.sh`).
#[cfg(feature = "upgrade-test")]
declare_runtime_version!(111);

/// Block timing.
pub mod block_times {
	/// Target block time in milliseconds: 6 s, or 2 s with the `fast-runtime` feature.
	///
	/// The slot duration cannot change once a chain has started.
	#[cfg(not(feature = "fast-runtime"))]
	pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
	/// Target block time in milliseconds: 6 s, or 2 s with the `fast-runtime` feature.
	#[cfg(feature = "fast-runtime")]
	pub const MILLI_SECS_PER_BLOCK: u64 = 2000;

	/// The Aura slot duration: one block per slot.
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
}
pub use block_times::*;

/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// Number of block hashes kept for `CheckEra`/`CheckGenesis`.
pub const BLOCK_HASH_COUNT: BlockNumber = 2400;

/// One INFR, the native token (12 decimals).
pub const UNIT: Balance = 1_000_000_000_000;
/// 1/1000 INFR.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// 1/1_000_000 INFR.
pub const MICRO_UNIT: Balance = 1_000_000;

/// The minimum balance an account must keep to exist.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Transaction signature: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;

/// An account on the chain: the public key of the signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account.
pub type Balance = u128;

/// Per-account transaction counter.
pub type Nonce = u32;

/// Hash of a block or of data.
pub type Hash = sp_core::H256;

/// Block number.
pub type BlockNumber = u32;

/// The address format of extrinsics.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block with its justification.
pub type SignedBlock = generic::SignedBlock<Block>;

/// The transaction extensions checked and applied for every signed transaction.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Migrations to run on runtime upgrade, besides those of the pallets themselves.
#[allow(unused_parens)]
type Migrations = ();

/// Executive: dispatches calls to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// The runtime, composed of the configured pallets. Indices are part of the chain's encoding:
/// never renumber them.
#[frame_support::runtime]
mod runtime {
	/// The Infera runtime.
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	/// Core accounting, block and event handling.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	/// On-chain time, set by the block author's inherent.
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	/// The native INFR token (declared before the pallets whose genesis holds funds).
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	/// The staked validator set: bonds, set selection, deferred slashes. Declared before
	/// Session, whose genesis selects from the candidates this pallet's genesis bonds.
	#[runtime::pallet_index(12)]
	pub type Validators = pallet_validators;

	/// Block authors, for the liveness of validators.
	#[runtime::pallet_index(13)]
	pub type Authorship = pallet_authorship;

	/// Offence reports (GRANDPA equivocation) passed on to `Validators`.
	#[runtime::pallet_index(14)]
	pub type Offences = pallet_offences;

	/// Past validator sets, to prove that a key belonged to a validator.
	#[runtime::pallet_index(15)]
	pub type Historical = pallet_session::historical;

	/// Sessions: rotates the Aura and GRANDPA authorities to the set `Validators` chooses.
	#[runtime::pallet_index(16)]
	pub type Session = pallet_session;

	/// Round-robin block authoring.
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	/// Block finality.
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	/// Transaction fees.
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	/// A superuser key for development chains.
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	/// Randomness from the last 81 block hashes, for job assignment (insecure: predictable by
	/// block authors and a block ahead; Aura has no VRF).
	#[runtime::pallet_index(7)]
	pub type RandomnessCollectiveFlip = pallet_insecure_randomness_collective_flip;

	/// The council: its majority decides model listings.
	#[runtime::pallet_index(10)]
	pub type Council = pallet_collective<Instance1>;

	/// Who sits on the council.
	#[runtime::pallet_index(11)]
	pub type CouncilMembership = pallet_membership<Instance1>;

	/// Calls scheduled for later: the enactment of passed referenda.
	#[runtime::pallet_index(8)]
	pub type Scheduler = pallet_scheduler;

	/// Preimages: the calls referenda propose, stored once against a deposit.
	#[runtime::pallet_index(9)]
	pub type Preimage = pallet_preimage;

	/// Referenda on tracks (model listings, root), decided by token holders.
	#[runtime::pallet_index(17)]
	pub type Referenda = pallet_referenda;

	/// Conviction voting on referenda: votes weighted by lock time, delegation per track.
	#[runtime::pallet_index(18)]
	pub type ConvictionVoting = pallet_conviction_voting;

	/// The origins of the marketplace's referendum tracks.
	#[runtime::pallet_index(19)]
	pub type Origins = pallet_origins;

	/// The AI model registry.
	#[runtime::pallet_index(20)]
	pub type Models = pallet_models;

	/// Compute providers: hardware, stake, reputation.
	#[runtime::pallet_index(21)]
	pub type Compute = pallet_compute;

	/// Inference jobs: escrow, assignment, commit-reveal, verification, payout.
	#[runtime::pallet_index(22)]
	pub type Jobs = pallet_jobs;
}
