//! # Infera primitives
//!
//! Types and traits shared by Infera's pallets so that they stay decoupled: the model registry
//! describes what hardware a model needs with the same [`HardwareRequirement`] that compute
//! providers advertise, and the jobs pallet asks the registry about models only through
//! [`ModelRegistry`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use sp_arithmetic::Perbill;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Identifier of a registered model.
pub type ModelId = u32;

/// Class of accelerator a model needs or a provider offers, from least to most capable.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug,
	TypeInfo, MaxEncodedLen,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum AcceleratorClass {
	/// General-purpose CPUs only.
	Cpu,
	/// A consumer GPU (e.g. 8-24 GiB of VRAM).
	ConsumerGpu,
	/// A datacenter GPU (e.g. 40-80 GiB of VRAM).
	DatacenterGpu,
	/// A large-memory datacenter GPU or a dedicated AI accelerator (TPU, NPU).
	HighEndAccelerator,
}

/// The minimum hardware a model needs to serve one inference job.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct HardwareRequirement {
	/// Accelerator memory (or RAM for CPU models) in MiB.
	pub min_memory_mib: u32,
	/// The least capable accelerator class that can serve the model.
	pub accelerator: AcceleratorClass,
}

impl HardwareRequirement {
	/// Whether hardware with `memory_mib` of memory and an `accelerator` meets this requirement.
	pub fn is_met_by(&self, memory_mib: u32, accelerator: AcceleratorClass) -> bool {
		memory_mib >= self.min_memory_mib && accelerator >= self.accelerator
	}
}

/// What kind of inference task a model performs (its input/output contract).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum TaskKind {
	/// Text in, text out (chat, completion).
	TextGeneration,
	/// Text in, embedding vector out.
	TextEmbedding,
	/// Image in, class labels out.
	ImageClassification,
	/// Image in, bounding boxes out.
	ObjectDetection,
	/// Text in, image out.
	ImageGeneration,
	/// Audio in, text out.
	SpeechToText,
	/// Text in, audio out.
	TextToSpeech,
	/// Any other task; the metadata URI documents its schema.
	Other,
}

impl TaskKind {
	/// Whether the task's input is text (UTF-8), so that inline input can be checked on chain.
	pub fn takes_text(&self) -> bool {
		matches!(
			self,
			TaskKind::TextGeneration | TaskKind::TextEmbedding | TaskKind::ImageGeneration | TaskKind::TextToSpeech
		)
	}
}

/// Format of the model's weights.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum ModelFormat {
	/// ONNX.
	Onnx,
	/// safetensors (e.g. Hugging Face transformers, diffusers).
	SafeTensors,
	/// A PyTorch checkpoint.
	PyTorch,
	/// GGUF (llama.cpp and friends).
	Gguf,
	/// TensorFlow SavedModel.
	TensorFlow,
	/// Any other format; the metadata URI documents it.
	Other,
}

/// Where a model is in its lifecycle.
///
/// `Proposed` -> `Listed` | `Rejected` (governance) | `Retired` (owner);
/// `Listed` -> `Delisted` (governance) | `Retired` (owner). Only `Listed` models receive jobs.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum ModelStatus {
	/// Registered, awaiting the governance decision.
	Proposed,
	/// Approved by governance: jobs may be submitted for it.
	Listed,
	/// Refused by governance before listing.
	Rejected,
	/// Removed from the listing by governance.
	Delisted,
	/// Withdrawn by its owner.
	Retired,
}

impl ModelStatus {
	/// Whether the model is still active (proposed or listed): its owner may update or retire it
	/// and its deposit is still held.
	pub fn is_active(&self) -> bool {
		matches!(self, ModelStatus::Proposed | ModelStatus::Listed)
	}
}

/// What a marketplace needs to know about a model that may receive jobs.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ListedModel<AccountId, Balance> {
	/// The model's owner.
	pub owner: AccountId,
	/// Default price of one job.
	pub price_per_job: Balance,
	/// Minimum hardware to serve a job.
	pub hardware: HardwareRequirement,
	/// The task the model performs.
	pub task: TaskKind,
	/// BLAKE2-256 of the model's weights: providers serve exactly these weights.
	pub content_hash: [u8; 32],
}

/// Read access to the model registry, for pallets that must not depend on it directly.
pub trait ModelRegistry<AccountId, Balance> {
	/// The model if it exists and is listed (may receive jobs), else `None`.
	fn listed_model(model_id: ModelId) -> Option<ListedModel<AccountId, Balance>>;
}

/// Why a provider's stake is slashed.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum SlashReason {
	/// The provider's result lost verification (minority result or a won challenge).
	WrongResult,
	/// The provider committed but never revealed its result.
	NoReveal,
	/// The provider missed a job deadline.
	MissedDeadline,
	/// Governance slashed the provider for misconduct, with off-chain evidence.
	Misconduct,
}

/// How a slash was split.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct SlashOutcome<Balance> {
	/// Total taken from the provider's stake.
	pub slashed: Balance,
	/// Part of `slashed` paid to the beneficiary; the rest went to the slash handler
	/// (treasury or burn).
	pub compensation: Balance,
}

/// Slashing of compute providers' stake, for the pallets that judge their work.
pub trait ProviderSlashing<AccountId, Balance> {
	/// Slashes up to `amount` of `provider`'s stake (bonded funds first, then funds still
	/// unbonding); the amount actually taken may be less when the stake is smaller.
	/// `compensate` names an account that receives at most the given amount of what was taken
	/// (e.g. the job submitter that the fault harmed); the rest goes to the slash handler. A
	/// provider left below the minimum stake is paused.
	fn slash_provider(
		provider: &AccountId,
		amount: Balance,
		reason: SlashReason,
		compensate: Option<(&AccountId, Balance)>,
	) -> SlashOutcome<Balance>;
}

/// A provider that may take a job for a model: online and serving it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ProviderCandidate<AccountId, Balance> {
	/// The provider.
	pub provider: AccountId,
	/// Its price per job for the model.
	pub price: Balance,
	/// Its bonded stake (what a slash takes first).
	pub bonded: Balance,
	/// Stake already backing its open jobs (the sum of their slash amounts): only
	/// `bonded - exposure` can back a new job.
	pub exposure: Balance,
	/// Jobs it completed with its result accepted.
	pub jobs_completed: u32,
	/// Jobs it failed.
	pub jobs_failed: u32,
}

/// Which providers serve what, for the jobs pallet.
pub trait ProviderDirectory<AccountId, Balance> {
	/// The online providers serving `model_id`, at most `MaxProvidersPerModel` of them (the
	/// compute pallet bounds the offers per model), in storage order.
	fn candidates(model_id: ModelId) -> alloc::vec::Vec<ProviderCandidate<AccountId, Balance>>;
	/// The most candidates `candidates` returns (for weights and benchmarks).
	fn max_candidates() -> u32;
	/// The URL of `provider`'s inference server, if it is registered.
	fn endpoint(provider: &AccountId) -> Option<alloc::vec::Vec<u8>>;
	/// The provider that `signer` acts for: itself if it is a provider, else the provider whose
	/// worker key it is.
	fn provider_for_signer(signer: &AccountId) -> Option<AccountId>;
}

/// How a job ended for one of its providers, for its reputation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum JobOutcome {
	/// Its result was accepted.
	Completed,
	/// It failed the job (no or a losing answer, or the job failed).
	Failed,
	/// Its "input rejected" won: paid, but no work to show, so no reputation either way (a
	/// provider cannot build reputation by rejecting).
	Rejected,
}

/// Bookkeeping of providers' jobs, for the jobs pallet.
pub trait ProviderActivity<AccountId, Balance> {
	/// A job was assigned to `provider`, backed by `exposure` of its bonded stake (the job's
	/// slash amount): that stake cannot be unbonded, nor back another job, and the provider
	/// cannot deregister until the job ends.
	fn note_job_assigned(provider: &AccountId, exposure: Balance);
	/// A job of `provider` ended, releasing the `exposure` it reserved; `outcome` feeds its
	/// reputation.
	fn note_job_finished(provider: &AccountId, exposure: Balance, outcome: JobOutcome);
	/// `provider`'s open jobs and the stake they reserve: `(active jobs, exposure)`.
	fn exposure_of(provider: &AccountId) -> (u32, Balance);
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hardware_requirement_compares_memory_and_accelerator_class() {
		let need = HardwareRequirement { min_memory_mib: 16_384, accelerator: AcceleratorClass::ConsumerGpu };
		assert!(need.is_met_by(16_384, AcceleratorClass::ConsumerGpu));
		assert!(need.is_met_by(81_920, AcceleratorClass::DatacenterGpu));
		assert!(!need.is_met_by(16_383, AcceleratorClass::DatacenterGpu));
		assert!(!need.is_met_by(65_536, AcceleratorClass::Cpu));
	}
}
