//! Types stored by the model registry.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
pub use infera_primitives::ModelStatus;
use infera_primitives::{AgreementRule, HardwareRequirement, ModelFormat, Perbill, TaskKind};
use scale_info::TypeInfo;
use sp_core::H256;

/// A registered model.
///
/// `Text` and `Uri` are bounded byte vectors (names/versions and the metadata URI).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ModelInfo<AccountId, Balance, BlockNumber, Text, Uri> {
	/// Who registered the model; pays and gets back the deposit.
	pub owner: AccountId,
	/// Human-readable name, e.g. `llama-3-8b-instruct`.
	pub name: Text,
	/// Version label, e.g. `1.0.0`; a new weights hash is a new version.
	pub version: Text,
	/// Hash of the weights file(s) (e.g. blake2-256 or sha-256 of the artifact).
	pub content_hash: H256,
	/// Format of the weights.
	pub format: ModelFormat,
	/// The task, which fixes the input/output contract.
	pub task: TaskKind,
	/// Where full metadata (schema, licence, card) lives, e.g. `ipfs://...` or `https://...`.
	pub metadata_uri: Uri,
	/// Minimum hardware to serve one job.
	pub hardware: HardwareRequirement,
	/// Default price of one job.
	pub price_per_job: Balance,
	/// How the outputs of the model's providers are compared (fixed at registration).
	pub agreement: AgreementRule,
	/// Chance that a single-provider job is audited by a second provider (fixed at
	/// registration; zero: no audits).
	pub audit_chance: Perbill,
	/// Listing deposit held from the owner while the model is active, and after retirement
	/// until it is released (zero once slashed or returned).
	pub deposit: Balance,
	/// Lifecycle state.
	pub status: ModelStatus,
	/// Block of registration.
	pub registered_at: BlockNumber,
	/// Block at which the owner retired the model, if it did: governance may still reject or
	/// delist it (and slash the deposit) for `RetirementDelay` blocks after it.
	pub retired_at: Option<BlockNumber>,
}
