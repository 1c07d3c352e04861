//! # Infera primitives
//!
//! Types and traits shared by Infera's pallets so that they stay decoupled: the model registry
//! describes what hardware a model needs with the same [`HardwareRequirement`] that compute
//! providers advertise, and the jobs pallet asks the registry about models only through
//! [`ModelRegistry`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use sp_arithmetic::Perbill;

use codec::{Decode, DecodeWithMemTracking, Encode, FullCodec, FullEncode, MaxEncodedLen};
use frame_support::storage::{IterableStorageMap, StorageMap};
use scale_info::TypeInfo;

/// Identifier of a registered model.
pub type ModelId = u32;

/// Identifier of an inference job (the jobs pallet counts them from 0).
pub type JobId = u64;

/// The most entries one page of a marketplace read returns (runtime APIs and view functions
/// that list models, providers or jobs), and a page scans at most [`PAGE_SCAN_FACTOR`] times as
/// many, so that one call's work stays bounded however large the chain's maps grow.
pub const MAX_PAGE_LEN: u32 = 100;

/// How many entries a page may scan per entry it may return (the rest being filtered out).
pub const PAGE_SCAN_FACTOR: u32 = 4;

/// One page of a long list read from the chain: entries in storage order, and the key to pass
/// as `start_after` for the next page (`None`: the list ends with this page).
///
/// A page holds at most its `limit` (itself at most [`MAX_PAGE_LEN`]) entries; a filtered read
/// (models of one status) may return fewer, even none, and still a `next` key: it stopped
/// after scanning `PAGE_SCAN_FACTOR × limit` entries. Read until `next` is `None`.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct Page<K, V> {
	/// The entries of this page, in storage order.
	pub items: alloc::vec::Vec<(K, V)>,
	/// Where the next page starts (after this key), or `None` at the end of the list.
	pub next: Option<K>,
}

impl<K: Clone, V> Page<K, V> {
	/// The page of `entries` (storage order, starting after the previous page's `next`) that
	/// `keep` accepts: at most `limit` entries (taken as 1 to [`MAX_PAGE_LEN`], so a page always
	/// makes progress), scanning at most `PAGE_SCAN_FACTOR × limit`. It looks at one entry
	/// beyond the last it scans, to tell whether the list goes on.
	pub fn read(entries: impl Iterator<Item = (K, V)>, limit: u32, keep: impl Fn(&V) -> bool) -> Self {
		let limit = limit.clamp(1, MAX_PAGE_LEN) as usize;
		let scan_limit = limit.saturating_mul(PAGE_SCAN_FACTOR as usize);
		let mut entries = entries.peekable();
		let mut items = alloc::vec::Vec::new();
		let mut last = None;
		let mut scanned = 0usize;
		while items.len() < limit && scanned < scan_limit {
			let Some((key, value)) = entries.next() else { break };
			scanned = scanned.saturating_add(1);
			last = Some(key.clone());
			if keep(&value) {
				items.push((key, value));
			}
		}
		let next = if entries.peek().is_some() { last } else { None };
		Page { items, next }
	}

	/// The page of the storage map `Map` that starts after the key `start_after` (`None`: at
	/// the map's first entry), read as [`Page::read`] does. The view functions that list a
	/// pallet's records (models, providers, jobs, validator candidates) are this call.
	pub fn of_map<Map>(start_after: Option<K>, limit: u32, keep: impl Fn(&V) -> bool) -> Self
	where
		Map: IterableStorageMap<K, V> + StorageMap<K, V>,
		K: FullEncode,
		V: FullCodec,
	{
		let entries = match start_after {
			Some(after) => Map::iter_from(Map::hashed_key_for(after)),
			None => Map::iter(),
		};
		Self::read(entries, limit, keep)
	}
}

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

/// How the outputs of two providers for the same job are compared: the model's agreement rule,
/// part of its listing (governance votes on it with the rest).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
	MaxEncodedLen,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all_fields = "camelCase"))]
pub enum AgreementRule {
	/// Outputs agree when they are the same bytes (the same BLAKE2-256 hash): for models whose
	/// reference inference is bit-exact on every machine.
	Exact,
	/// Outputs are vectors of signed bytes (int8-quantised embeddings or logits), revealed
	/// inline; two agree when they have the same length and their cosine similarity is at
	/// least `min_cosine`. For float models whose results differ in the last bits between
	/// machines: honest providers land close together, a wrong or lazy output does not.
	CosineInt8 {
		/// The least cosine similarity (0..=1) at which two outputs agree.
		min_cosine: Perbill,
	},
}

/// The longest int8 vectors [`AgreementRule::CosineInt8`] compares (its integer arithmetic is
/// exact up to this length).
pub const MAX_COMPARED_VECTOR: usize = 65_536;

impl AgreementRule {
	/// Whether the rule needs the outputs themselves (inline) rather than only their hashes.
	pub fn compares_outputs(&self) -> bool {
		!matches!(self, AgreementRule::Exact)
	}

	/// Whether outputs `a` and `b` (their bytes) agree under this rule. Identical bytes always
	/// agree. The cosine is decided exactly in integers: `a·b > 0` and
	/// `(a·b)² · 10¹⁸ >= min_cosine² · |a|² · |b|²` (the threshold in parts per billion), so
	/// every node reaches the same answer; vectors of different lengths, or longer than
	/// [`MAX_COMPARED_VECTOR`] bytes, never agree unless identical. Costs `O(len)`.
	pub fn agree(&self, a: &[u8], b: &[u8]) -> bool {
		if a == b {
			return true;
		}
		match self {
			AgreementRule::Exact => false,
			AgreementRule::CosineInt8 { min_cosine } => {
				if a.len() != b.len() || a.len() > MAX_COMPARED_VECTOR {
					return false;
				}
				let (mut dot, mut norm_a, mut norm_b) = (0i64, 0u64, 0u64);
				for (x, y) in a.iter().zip(b) {
					let (x, y) = (i64::from(*x as i8), i64::from(*y as i8));
					// At most 128² per term and `MAX_COMPARED_VECTOR` terms: no overflow here
					// nor in the products below (both sides stay under 2^121).
					dot = dot.saturating_add(x.saturating_mul(y));
					norm_a = norm_a.saturating_add(x.unsigned_abs().saturating_mul(x.unsigned_abs()));
					norm_b = norm_b.saturating_add(y.unsigned_abs().saturating_mul(y.unsigned_abs()));
				}
				if dot <= 0 {
					return false;
				}
				let dot = u128::from(dot.unsigned_abs());
				let threshold = u128::from(min_cosine.deconstruct());
				let lhs = dot.saturating_mul(dot).saturating_mul(1_000_000_000_000_000_000);
				let rhs = threshold
					.saturating_mul(threshold)
					.saturating_mul(u128::from(norm_a))
					.saturating_mul(u128::from(norm_b));
				lhs >= rhs
			},
		}
	}
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
	/// How the outputs of the model's providers are compared.
	pub agreement: AgreementRule,
	/// Chance that a single-provider job of the model is audited (re-run by a second,
	/// independently drawn provider); zero: such jobs are only open to challenges.
	pub audit_chance: Perbill,
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

	/// `v` as the bytes of an int8 vector.
	fn bytes(v: &[i8]) -> alloc::vec::Vec<u8> {
		v.iter().map(|x| *x as u8).collect()
	}

	/// Reads a whole list page by page, as a client does: from the start, then after each
	/// page's `next`, until `next` is `None`.
	fn read_all(len: u32, limit: u32, keep: impl Fn(&u32) -> bool) -> (alloc::vec::Vec<u32>, usize) {
		let mut all = alloc::vec::Vec::new();
		let mut pages = 0;
		let mut start = 0u32;
		loop {
			let page = Page::read((start..len).map(|k| (k, k)), limit, &keep);
			pages += 1;
			assert!(page.items.len() <= limit.clamp(1, MAX_PAGE_LEN) as usize);
			all.extend(page.items.iter().map(|(k, _)| *k));
			match page.next {
				Some(after) => start = after + 1,
				None => return (all, pages),
			}
		}
	}

	#[test]
	fn pages_cover_a_list_once_in_order_and_end_with_no_next_key() {
		assert_eq!(read_all(0, 10, |_| true), (vec![], 1));
		assert_eq!(read_all(10, 10, |_| true), ((0..10).collect(), 1));
		assert_eq!(read_all(11, 10, |_| true), ((0..11).collect(), 2));
		let (all, pages) = read_all(1_000, 1_000, |_| true);
		assert_eq!((all.len(), pages), (1_000, 10), "a page never exceeds MAX_PAGE_LEN");
		let (all, pages) = read_all(3, 0, |_| true);
		assert_eq!((all, pages), ((0..3).collect(), 3), "a limit of 0 reads one entry per page, never ends early");
	}

	#[test]
	fn a_filtered_page_scans_a_bounded_number_of_entries_and_says_where_to_go_on() {
		// Only every 50th entry matches: a page of 10 scans 40 entries, returns what it found
		// and a key to go on from, so no call reads the whole map.
		let page = Page::read((0u32..1_000).map(|k| (k, k)), 10, |v| v % 50 == 0);
		assert_eq!(page.items, vec![(0, 0)]);
		assert_eq!(page.next, Some(39));
		let (all, _) = read_all(1_000, 10, |v| v % 50 == 0);
		assert_eq!(all, (0..1_000).filter(|v| v % 50 == 0).collect::<alloc::vec::Vec<_>>());
	}

	/// A storage map of its own for [`Page::of_map`]'s test (no pallet needed).
	#[frame_support::storage_alias]
	type Squares = StorageMap<PageTest, frame_support::Blake2_128Concat, u32, u32>;

	#[test]
	fn a_storage_map_read_page_by_page_yields_each_entry_once_and_honours_the_filter() {
		sp_io::TestExternalities::default().execute_with(|| {
			for k in 0..25u32 {
				Squares::insert(k, k * k);
			}
			let in_storage_order: alloc::vec::Vec<(u32, u32)> = Squares::iter().collect();
			let read_pages = |limit: u32, keep: fn(&u32) -> bool| {
				let (mut all, mut start_after, mut pages) = (alloc::vec::Vec::new(), None, 0);
				loop {
					let page = Page::of_map::<Squares>(start_after, limit, keep);
					pages += 1;
					all.extend(page.items);
					match page.next {
						Some(after) => start_after = Some(after),
						None => return (all, pages),
					}
				}
			};
			assert_eq!(read_pages(10, |_| true), (in_storage_order.clone(), 3));
			let odd: alloc::vec::Vec<_> = in_storage_order.iter().copied().filter(|(_, v)| v % 2 == 1).collect();
			assert_eq!(read_pages(4, |v| v % 2 == 1).0, odd);
			// The page after the last key is empty and ends the list.
			let last = in_storage_order.last().map(|(k, _)| *k);
			assert_eq!(Page::of_map::<Squares>(last, 10, |_| true), Page { items: vec![], next: None });
		});
	}

	#[test]
	fn exact_agreement_is_byte_equality() {
		let a = bytes(&[10, -20, 30]);
		assert!(AgreementRule::Exact.agree(&a, &a));
		assert!(!AgreementRule::Exact.agree(&a, &bytes(&[10, -20, 31])));
	}

	#[test]
	fn cosine_agreement_is_decided_at_the_threshold() {
		// cos((3, 4), (4, 3)) = 24 / 25 = 0.96 exactly.
		let (a, b) = (bytes(&[3, 4]), bytes(&[4, 3]));
		let rule = |parts| AgreementRule::CosineInt8 { min_cosine: Perbill::from_parts(parts) };
		assert!(rule(960_000_000).agree(&a, &b));
		assert!(!rule(960_000_001).agree(&a, &b));
		assert!(rule(959_999_999).agree(&b, &a));
	}

	#[test]
	fn cosine_agreement_refuses_opposite_orthogonal_short_and_zero_vectors() {
		let rule = AgreementRule::CosineInt8 { min_cosine: Perbill::from_percent(90) };
		let a = bytes(&[100, -50, 25, 127]);
		// A last-bit difference (one component off by one) agrees.
		assert!(rule.agree(&a, &bytes(&[100, -50, 26, 127])));
		// The reversed, negated, orthogonal, truncated or zero vector does not.
		assert!(!rule.agree(&a, &bytes(&[127, 25, -50, 100])));
		assert!(!rule.agree(&a, &bytes(&[-100, 50, -25, -127])));
		assert!(!rule.agree(&bytes(&[1, 0]), &bytes(&[0, 1])));
		assert!(!rule.agree(&a, &bytes(&[100, -50, 25])));
		assert!(!rule.agree(&a, &bytes(&[0, 0, 0, 0])));
		// -128 is a valid component (the full int8 range, no overflow).
		assert!(rule.agree(&bytes(&[-128; 4]), &bytes(&[-127; 4])));
	}

	#[test]
	fn cosine_agreement_is_exact_on_the_longest_vectors() {
		let rule = AgreementRule::CosineInt8 { min_cosine: Perbill::from_percent(100) };
		let a = alloc::vec![0x80u8; MAX_COMPARED_VECTOR];
		let mut b = a.clone();
		// One component of 65,536 changed: the cosine is just below 1.
		if let Some(last) = b.last_mut() {
			*last = 0x81;
		}
		assert!(!rule.agree(&a, &b));
		let almost = AgreementRule::CosineInt8 { min_cosine: Perbill::from_parts(999_999_999) };
		assert!(almost.agree(&a, &b));
		let longer = alloc::vec![1u8; MAX_COMPARED_VECTOR + 1];
		let mut other = longer.clone();
		if let Some(first) = other.first_mut() {
			*first = 2;
		}
		assert!(!almost.agree(&longer, &other));
	}

	#[test]
	fn hardware_requirement_compares_memory_and_accelerator_class() {
		let need = HardwareRequirement { min_memory_mib: 16_384, accelerator: AcceleratorClass::ConsumerGpu };
		assert!(need.is_met_by(16_384, AcceleratorClass::ConsumerGpu));
		assert!(need.is_met_by(81_920, AcceleratorClass::DatacenterGpu));
		assert!(!need.is_met_by(16_383, AcceleratorClass::DatacenterGpu));
		assert!(!need.is_met_by(65_536, AcceleratorClass::Cpu));
	}
}
