//! Types stored by the compute providers pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use infera_primitives::AcceleratorClass;
use scale_info::TypeInfo;

/// The hardware a provider offers.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct HardwareProfile<Region> {
	/// Class of the accelerators.
	pub accelerator: AcceleratorClass,
	/// Number of accelerators (0 for CPU-only).
	pub accelerator_count: u32,
	/// Memory per job in MiB (accelerator memory, or RAM for CPU inference).
	pub memory_mib: u32,
	/// Where the hardware is, e.g. `eu-west` (free text, bounded).
	pub region: Region,
}

/// Whether a provider takes new jobs.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
pub enum ProviderStatus {
	/// Takes new jobs.
	Online,
	/// Paused by the provider: no new jobs.
	Offline,
	/// Paused because the bonded stake fell below the minimum: no new jobs until topped up and
	/// brought back online.
	BelowMinimumStake,
	/// Deregistered: waits for its unbonding funds; the record goes with the last withdrawal.
	Leaving,
}

/// Stake on its way out: still held and slashable until `unlock_at`.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
pub struct UnlockChunk<Balance, BlockNumber> {
	/// Amount unbonding.
	pub amount: Balance,
	/// First block at which it can be withdrawn.
	pub unlock_at: BlockNumber,
}

/// A registered provider.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ProviderInfo<AccountId, Balance, BlockNumber, Url, Region, Models, Chunks> {
	/// HTTP(S) URL of the provider's inference server.
	pub endpoint: Url,
	/// The hardware offered.
	pub hardware: HardwareProfile<Region>,
	/// Active stake: counts toward the minimum and is slashed first.
	pub bonded: Balance,
	/// Stake being unbonded (`UnlockChunk`s), still slashable.
	pub unlocking: Chunks,
	/// Listed models served (prices are in `Offers`).
	pub models: Models,
	/// Whether the provider takes new jobs.
	pub status: ProviderStatus,
	/// Key whose off-chain worker may act for the provider (see the dispatch layer); bound
	/// only once that account accepted (`accept_worker`).
	pub worker: Option<AccountId>,
	/// A worker key the provider proposed and that has not accepted yet.
	pub pending_worker: Option<AccountId>,
	/// Jobs assigned and not yet finished.
	pub active_jobs: u32,
	/// Bonded stake backing the open jobs (the sum of their slash amounts): it cannot be
	/// unbonded and cannot back another job.
	pub exposure: Balance,
	/// Block of registration.
	pub registered_at: BlockNumber,
}

/// Track record of a provider.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, Default, TypeInfo,
	MaxEncodedLen,
)]
pub struct Reputation {
	/// Jobs that ended with the provider's result accepted.
	pub jobs_completed: u32,
	/// Jobs the provider failed.
	pub jobs_failed: u32,
	/// Times the provider was slashed.
	pub slashes: u32,
}
