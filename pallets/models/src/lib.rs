//! # Model registry pallet
//!
//! Anyone may register an AI model — name, version, weights hash, format, task kind, metadata
//! URI, minimum hardware, default price per job, agreement rule and audit chance — by placing a
//! listing deposit on hold.
//! Governance (`Config::ListingOrigin`, in the runtime a referendum on the model-listings track,
//! a council majority or root) decides whether a proposed model is listed or rejected, and may
//! later delist it. Only listed models may receive jobs: other pallets ask through
//! [`infera_primitives::ModelRegistry`].
//!
//! ## Lifecycle and deposit
//! - `register_model`: `Proposed`; `ListingDeposit` is held from the owner.
//! - `approve_listing` (governance): `Proposed` -> `Listed`; the deposit stays held.
//! - `reject_listing` (governance): `Proposed` -> `Rejected`; the deposit is slashed to
//!   `Config::OnSlash` or returned, as governance decides.
//! - `delist` (governance): `Listed` -> `Delisted`; deposit slashed or returned likewise.
//! - `retire` (owner): `Proposed`/`Listed` -> `Retired`. The deposit stays held for
//!   `RetirementDelay` blocks, during which governance may still reject or delist the model
//!   and slash it (an owner cannot escape a pending motion by retiring); then anyone may
//!   `release_deposit` it back to the owner.
//! - `update_model` (owner): change the metadata URI or price of an active model. A listed
//!   model goes back to `Proposed`: what voters approved changed, so it needs a new listing
//!   decision (its price also sets the slash of its jobs). The weights hash never changes:
//!   new weights are a new version, registered anew.
//!
//! ## Agreement rule
//! A model declares how its providers' outputs are compared when a job runs on several of them
//! ([`infera_primitives::AgreementRule`]): `Exact` (the same bytes; for models whose reference
//! inference is bit-exact on every machine) or `CosineInt8 { min_cosine }` (int8 vectors agree
//! when their cosine is at least the threshold; for float models). The rule is part of what
//! governance lists, and like the weights hash it never changes: another rule is another
//! version. A cosine threshold below `MinCosineAgreement` is refused (it would let unrelated
//! outputs agree).
//!
//! ## Audit chance
//! A single-provider job of a model with a non-zero `audit_chance` is re-run, with that chance,
//! by a second provider drawn after the first committed (see the jobs pallet). The chance is
//! part of the listing and fixed; a non-zero chance below `MinAuditChance` is refused: below
//! `1 / (1 + SlashMultiplier)` answering without computing would pay on average.
//!
//! A `(content_hash, version)` pair can be registered once while its model holds a deposit;
//! a rejected or delisted model, or a retired one whose deposit was released, frees it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod impls;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use types::{ModelInfo, ModelStatus};
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, Credit},
			tokens::Precision,
			Imbalance, OnUnbalanced,
		},
	};
	use frame_system::pallet_prelude::*;
	use infera_primitives::{AgreementRule, HardwareRequirement, ModelFormat, ModelId, Page, Perbill, TaskKind};
	use sp_core::H256;
	use sp_runtime::traits::{One, Saturating, Zero};

	/// The balance type of `Config::Currency`.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A bounded name or version label.
	pub type TextOf<T> = BoundedVec<u8, <T as Config>::MaxNameLength>;
	/// A bounded metadata URI.
	pub type UriOf<T> = BoundedVec<u8, <T as Config>::MaxUriLength>;
	/// A model as stored.
	pub type ModelOf<T> = ModelInfo<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		TextOf<T>,
		UriOf<T>,
	>;
	/// Funds taken by a slash, handed to `Config::OnSlash`.
	pub type CreditOf<T> = Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

	/// The in-code storage version. Version 2: models carry their agreement rule. (Version 1:
	/// models record when they were retired.) No migration: no chain with older data is live.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency holding listing deposits.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::hold::Mutate<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::hold::Balanced<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who decides listings: approve, reject, delist.
		type ListingOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives slashed listing deposits.
		type OnSlash: OnUnbalanced<CreditOf<Self>>;

		/// Deposit held from the owner while a model is proposed or listed.
		#[pallet::constant]
		type ListingDeposit: Get<BalanceOf<Self>>;

		/// Blocks after `retire` during which governance may still reject or delist the model
		/// and slash its deposit; at least as long as a governance motion.
		#[pallet::constant]
		type RetirementDelay: Get<BlockNumberFor<Self>>;

		/// Maximum length in bytes of a model name or version label.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// Maximum length in bytes of a metadata URI.
		#[pallet::constant]
		type MaxUriLength: Get<u32>;

		/// The lowest cosine threshold a `CosineInt8` agreement rule may have.
		#[pallet::constant]
		type MinCosineAgreement: Get<Perbill>;

		/// The lowest non-zero audit chance: at least `1 / (1 + SlashMultiplier)` of the jobs
		/// pallet, so that skipping the work never pays on average.
		#[pallet::constant]
		type MinAuditChance: Get<Perbill>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The listing deposit of a proposed or listed model.
		#[codec(index = 0)]
		ListingDeposit,
	}

	/// The id the next registered model gets.
	#[pallet::storage]
	pub type NextModelId<T> = StorageValue<_, ModelId, ValueQuery>;

	/// Every registered model, by id (kept after rejection, delisting or retirement as a record).
	#[pallet::storage]
	pub type Models<T: Config> = StorageMap<_, Twox64Concat, ModelId, ModelOf<T>>;

	/// Model id by `(content_hash, version)`: a pair can be registered once.
	#[pallet::storage]
	pub type ModelIdByHashVersion<T: Config> =
		StorageMap<_, Blake2_128Concat, (H256, TextOf<T>), ModelId>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model was registered and awaits the listing decision.
		ModelRegistered {
			/// The new model's id.
			model_id: ModelId,
			/// Its owner.
			owner: T::AccountId,
			/// The listing deposit put on hold.
			deposit: BalanceOf<T>,
			/// How the model's providers' outputs will be compared.
			agreement: AgreementRule,
			/// Chance that a single-provider job of the model is audited.
			audit_chance: Perbill,
		},
		/// Governance listed a model: it may now receive jobs.
		ModelListed {
			/// The model.
			model_id: ModelId,
		},
		/// Governance rejected a proposed model.
		ModelRejected {
			/// The model.
			model_id: ModelId,
			/// Deposit slashed to `OnSlash`.
			slashed: BalanceOf<T>,
			/// Deposit returned to the owner.
			returned: BalanceOf<T>,
		},
		/// Governance delisted a listed model.
		ModelDelisted {
			/// The model.
			model_id: ModelId,
			/// Deposit slashed to `OnSlash`.
			slashed: BalanceOf<T>,
			/// Deposit returned to the owner.
			returned: BalanceOf<T>,
		},
		/// The owner retired a model: it takes no more jobs; its deposit stays held (and
		/// slashable by governance) until `release_at`.
		ModelRetired {
			/// The model.
			model_id: ModelId,
			/// First block at which the deposit can be released.
			release_at: BlockNumberFor<T>,
		},
		/// The deposit of a retired model went back to its owner.
		DepositReleased {
			/// The model.
			model_id: ModelId,
			/// Deposit returned to the owner.
			returned: BalanceOf<T>,
		},
		/// An update of a listed model sent it back to `Proposed`: it needs a new listing
		/// decision.
		ListingReopened {
			/// The model.
			model_id: ModelId,
		},
		/// The owner changed a model's metadata URI and/or price.
		ModelUpdated {
			/// The model.
			model_id: ModelId,
			/// The new metadata URI, if it changed.
			metadata_uri: Option<UriOf<T>>,
			/// The new price per job, if it changed.
			price_per_job: Option<BalanceOf<T>>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No model has this id.
		UnknownModel,
		/// The model is neither proposed nor listed (it was retired, rejected or delisted).
		NotActive,
		/// The retired model's deposit is held until `RetirementDelay` has passed.
		RetirementNotOver,
		/// Only the model's owner may do this.
		NotOwner,
		/// This `(content_hash, version)` pair is already registered.
		DuplicateModel,
		/// The name is empty.
		EmptyName,
		/// The name is longer than `MaxNameLength`.
		NameTooLong,
		/// The version label is empty.
		EmptyVersion,
		/// The version label is longer than `MaxNameLength`.
		VersionTooLong,
		/// The metadata URI is longer than `MaxUriLength`.
		UriTooLong,
		/// The owner's free balance cannot cover the listing deposit.
		InsufficientBalance,
		/// `update_model` was called with nothing to change.
		NothingToUpdate,
		/// The model id counter is exhausted.
		TooManyModels,
		/// A `CosineInt8` agreement rule's threshold is below `MinCosineAgreement`.
		AgreementTooLoose,
		/// The audit chance is neither zero nor at least `MinAuditChance`.
		AuditChanceTooLow,
		/// Only a retired model's deposit is released (a rejected or delisted one's was settled
		/// when governance decided).
		NotRetired,
		/// The retired model's deposit was released already.
		NoDepositHeld,
		/// The model is neither proposed nor retired within `RetirementDelay` (approve, reject).
		NotProposed,
		/// The model is neither listed nor retired within `RetirementDelay` (delist).
		NotListed,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Checks that the constants agree: a model can have a name, a version and a metadata
		/// URI, governance has at least a block to act on a retired model, and the floors of
		/// the agreement rule and the audit chance are not zero (a zero cosine floor would let
		/// unrelated outputs agree; a zero audit floor would let a listing name a chance too
		/// small to deter skipped work).
		fn integrity_test() {
			assert!(T::MaxNameLength::get() >= 1, "MaxNameLength must leave room for a name");
			assert!(T::MaxUriLength::get() >= 1, "MaxUriLength must leave room for a URI");
			assert!(T::RetirementDelay::get() >= One::one(), "RetirementDelay must be at least a block");
			assert!(!T::MinCosineAgreement::get().is_zero(), "MinCosineAgreement must not be zero");
			assert!(!T::MinAuditChance::get().is_zero(), "MinAuditChance must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a model; it starts `Proposed` and `ListingDeposit` is put on hold.
		///
		/// - origin: must be signed; the signer becomes the owner.
		/// - `name`, `version`: non-empty, at most `MaxNameLength` bytes.
		/// - `content_hash`: hash of the weights; with `version` it must be new.
		/// - `metadata_uri`: at most `MaxUriLength` bytes.
		/// - `agreement`: how providers' outputs are compared; a cosine threshold must be at
		///   least `MinCosineAgreement`.
		/// - `audit_chance`: chance that a single-provider job is audited; zero or at least
		///   `MinAuditChance`.
		///
		/// Emits `ModelRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_model())]
		pub fn register_model(
			origin: OriginFor<T>,
			name: Vec<u8>,
			version: Vec<u8>,
			content_hash: H256,
			format: ModelFormat,
			task: TaskKind,
			metadata_uri: Vec<u8>,
			hardware: HardwareRequirement,
			price_per_job: BalanceOf<T>,
			agreement: AgreementRule,
			audit_chance: Perbill,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			ensure!(
				audit_chance.is_zero() || audit_chance >= T::MinAuditChance::get(),
				Error::<T>::AuditChanceTooLow
			);
			if let AgreementRule::CosineInt8 { min_cosine } = agreement {
				ensure!(min_cosine >= T::MinCosineAgreement::get(), Error::<T>::AgreementTooLoose);
			}
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			ensure!(!version.is_empty(), Error::<T>::EmptyVersion);
			let name: TextOf<T> = name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
			let version: TextOf<T> = version.try_into().map_err(|_| Error::<T>::VersionTooLong)?;
			let metadata_uri: UriOf<T> =
				metadata_uri.try_into().map_err(|_| Error::<T>::UriTooLong)?;
			let key = (content_hash, version.clone());
			ensure!(!ModelIdByHashVersion::<T>::contains_key(&key), Error::<T>::DuplicateModel);

			let model_id = NextModelId::<T>::get();
			let next_id = model_id.checked_add(1).ok_or(Error::<T>::TooManyModels)?;
			let deposit = T::ListingDeposit::get();
			<T::Currency as fungible::hold::Mutate<_>>::hold(
				&HoldReason::ListingDeposit.into(),
				&owner,
				deposit,
			)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

			Models::<T>::insert(
				model_id,
				ModelInfo {
					owner: owner.clone(),
					name,
					version,
					content_hash,
					format,
					task,
					metadata_uri,
					hardware,
					price_per_job,
					agreement,
					audit_chance,
					deposit,
					status: ModelStatus::Proposed,
					registered_at: frame_system::Pallet::<T>::block_number(),
					retired_at: None,
				},
			);
			ModelIdByHashVersion::<T>::insert(key, model_id);
			NextModelId::<T>::put(next_id);
			Self::deposit_event(Event::ModelRegistered { model_id, owner, deposit, agreement, audit_chance });
			Ok(())
		}

		/// List a proposed model: from now on it may receive jobs. A model its owner retired
		/// cannot be listed (an approval motion still open at retirement fails `NotProposed`).
		///
		/// - origin: must be `ListingOrigin` (in the runtime a referendum on the model-listings
		///   track, a council majority or root).
		///
		/// Emits `ModelListed`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::approve_listing())]
		pub fn approve_listing(origin: OriginFor<T>, model_id: ModelId) -> DispatchResult {
			T::ListingOrigin::ensure_origin(origin)?;
			let model = Self::transition(model_id, ModelStatus::Proposed, ModelStatus::Listed, Error::<T>::NotProposed, false)?;
			Models::<T>::insert(model_id, model);
			Self::deposit_event(Event::ModelListed { model_id });
			Ok(())
		}

		/// Reject a proposed model, or one its owner retired within `RetirementDelay`; its
		/// deposit is slashed if `slash_deposit`, else returned.
		///
		/// - origin: must be `ListingOrigin`.
		///
		/// Emits `ModelRejected`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reject_listing())]
		pub fn reject_listing(
			origin: OriginFor<T>,
			model_id: ModelId,
			slash_deposit: bool,
		) -> DispatchResult {
			T::ListingOrigin::ensure_origin(origin)?;
			let model =
				Self::transition(model_id, ModelStatus::Proposed, ModelStatus::Rejected, Error::<T>::NotProposed, true)?;
			let (slashed, returned) = Self::settle_deposit(model_id, model, slash_deposit)?;
			Self::deposit_event(Event::ModelRejected { model_id, slashed, returned });
			Ok(())
		}

		/// Delist a listed model, or one its owner retired within `RetirementDelay`; its deposit
		/// is slashed if `slash_deposit`, else returned.
		///
		/// - origin: must be `ListingOrigin`.
		///
		/// Emits `ModelDelisted`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::delist())]
		pub fn delist(origin: OriginFor<T>, model_id: ModelId, slash_deposit: bool) -> DispatchResult {
			T::ListingOrigin::ensure_origin(origin)?;
			let model = Self::transition(model_id, ModelStatus::Listed, ModelStatus::Delisted, Error::<T>::NotListed, true)?;
			let (slashed, returned) = Self::settle_deposit(model_id, model, slash_deposit)?;
			Self::deposit_event(Event::ModelDelisted { model_id, slashed, returned });
			Ok(())
		}

		/// Retire one of your proposed or listed models: it takes no more jobs. The deposit stays
		/// held for `RetirementDelay` blocks, in which governance may still reject or delist the
		/// model (and slash the deposit); then `release_deposit` returns it.
		///
		/// - origin: must be signed by the model's owner.
		///
		/// Emits `ModelRetired`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::retire())]
		pub fn retire(origin: OriginFor<T>, model_id: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			Models::<T>::try_mutate(model_id, |slot| -> DispatchResult {
				let model = slot.as_mut().ok_or(Error::<T>::UnknownModel)?;
				ensure!(model.owner == who, Error::<T>::NotOwner);
				ensure!(model.status.is_active(), Error::<T>::NotActive);
				model.status = ModelStatus::Retired;
				model.retired_at = Some(now);
				Ok(())
			})?;
			Self::deposit_event(Event::ModelRetired { model_id, release_at: Self::release_block(now) });
			Ok(())
		}

		/// Return the deposit of a model retired at least `RetirementDelay` blocks ago to its
		/// owner, and free its `(content_hash, version)`.
		///
		/// - origin: must be signed (anyone).
		///
		/// Emits `DepositReleased`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::release_deposit())]
		pub fn release_deposit(origin: OriginFor<T>, model_id: ModelId) -> DispatchResult {
			ensure_signed(origin)?;
			let model = Models::<T>::get(model_id).ok_or(Error::<T>::UnknownModel)?;
			let retired_at = model.retired_at.filter(|_| model.status == ModelStatus::Retired);
			let retired_at = retired_at.ok_or(Error::<T>::NotRetired)?;
			ensure!(!model.deposit.is_zero(), Error::<T>::NoDepositHeld);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= Self::release_block(retired_at), Error::<T>::RetirementNotOver);
			let (_, returned) = Self::settle_deposit(model_id, model, false)?;
			Self::deposit_event(Event::DepositReleased { model_id, returned });
			Ok(())
		}

		/// Change the metadata URI and/or the default price of one of your active models. A
		/// listed model goes back to `Proposed` and needs a new listing decision.
		///
		/// - origin: must be signed by the model's owner.
		/// - `metadata_uri`: the new URI (at most `MaxUriLength` bytes), or `None` to keep it.
		/// - `price_per_job`: the new price, or `None` to keep it. At least one must be given.
		///
		/// Emits `ModelUpdated` (and `ListingReopened` for a listed model).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::update_model())]
		pub fn update_model(
			origin: OriginFor<T>,
			model_id: ModelId,
			metadata_uri: Option<Vec<u8>>,
			price_per_job: Option<BalanceOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(metadata_uri.is_some() || price_per_job.is_some(), Error::<T>::NothingToUpdate);
			let metadata_uri: Option<UriOf<T>> = metadata_uri
				.map(|uri| uri.try_into().map_err(|_| Error::<T>::UriTooLong))
				.transpose()?;
			let reopened = Models::<T>::try_mutate(model_id, |slot| -> Result<bool, DispatchError> {
				let model = slot.as_mut().ok_or(Error::<T>::UnknownModel)?;
				ensure!(model.owner == who, Error::<T>::NotOwner);
				ensure!(model.status.is_active(), Error::<T>::NotActive);
				if let Some(uri) = &metadata_uri {
					model.metadata_uri = uri.clone();
				}
				if let Some(price) = price_per_job {
					model.price_per_job = price;
				}
				let reopened = model.status == ModelStatus::Listed;
				model.status = ModelStatus::Proposed;
				Ok(reopened)
			})?;
			Self::deposit_event(Event::ModelUpdated { model_id, metadata_uri, price_per_job });
			if reopened {
				Self::deposit_event(Event::ListingReopened { model_id });
			}
			Ok(())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The model with this id, if any.
		pub fn model(model_id: ModelId) -> Option<ModelOf<T>> {
			Models::<T>::get(model_id)
		}

		/// One page of the models in `status` (`None`: every model), in storage order, starting
		/// after the model `start_after` (`None`: from the first), at most `limit` of them (see
		/// [`Page`] for how to read on).
		pub fn models_by_status(
			status: Option<ModelStatus>,
			start_after: Option<ModelId>,
			limit: u32,
		) -> Page<ModelId, ModelOf<T>> {
			Page::of_map::<Models<T>>(start_after, limit, |model| status.is_none() || status == Some(model.status))
		}
	}

	impl<T: Config> Pallet<T> {
		/// First block in which the deposit of a model retired at `retired_at` can be released
		/// (until then governance may still reject or delist it).
		fn release_block(retired_at: BlockNumberFor<T>) -> BlockNumberFor<T> {
			retired_at.saturating_add(T::RetirementDelay::get())
		}

		/// The model moved from `from` to `to` (not stored: the caller stores it); `not_from`
		/// if it is not in `from` and, where `or_retired_recently` (a verdict that settles the
		/// deposit: reject or delist), not retired within `RetirementDelay` either. Listing never
		/// takes a retired model: its owner withdrew it.
		fn transition(
			model_id: ModelId,
			from: ModelStatus,
			to: ModelStatus,
			not_from: Error<T>,
			or_retired_recently: bool,
		) -> Result<ModelOf<T>, DispatchError> {
			let now = frame_system::Pallet::<T>::block_number();
			let mut model = Models::<T>::get(model_id).ok_or(Error::<T>::UnknownModel)?;
			// A model retired within `RetirementDelay` still answers for its listing.
			let retired_recently = or_retired_recently &&
				model.status == ModelStatus::Retired &&
				!model.deposit.is_zero() &&
				model.retired_at.is_some_and(|at| now < Self::release_block(at));
			ensure!(model.status == from || retired_recently, not_from);
			model.status = to;
			Ok(model)
		}

		/// Ends the hold of a model's deposit: slashes it to `OnSlash` or releases it to the
		/// owner, stores `model` with its deposit settled and frees its `(content_hash,
		/// version)`. Returns `(slashed, returned)`; together they are the whole deposit.
		fn settle_deposit(
			model_id: ModelId,
			mut model: ModelOf<T>,
			slash: bool,
		) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
			let deposit = core::mem::take(&mut model.deposit);
			ModelIdByHashVersion::<T>::remove((model.content_hash, model.version.clone()));
			Models::<T>::insert(model_id, &model);
			let reason: T::RuntimeHoldReason = HoldReason::ListingDeposit.into();
			let zero = BalanceOf::<T>::default();
			if slash {
				let (credit, _missing) = <T::Currency as fungible::hold::Balanced<_>>::slash(
					&reason,
					&model.owner,
					deposit,
				);
				let slashed = credit.peek();
				T::OnSlash::on_unbalanced(credit);
				Ok((slashed, zero))
			} else {
				let returned = <T::Currency as fungible::hold::Mutate<_>>::release(
					&reason,
					&model.owner,
					deposit,
					Precision::BestEffort,
				)?;
				Ok((zero, returned))
			}
		}

		/// Inserts a listed model that a CPU with 1 GiB can serve, without deposit, for other
		/// pallets' benchmarks; its agreement rule is the costlier `CosineInt8` (outputs
		/// compared, not only hashes); no audits (an auditor's draw is charged as a queued job's
		/// draw). Returns its id.
		#[cfg(feature = "runtime-benchmarks")]
		pub fn insert_listed_model_for_benchmarks(owner: T::AccountId, seed: u32) -> ModelId {
			use infera_primitives::AcceleratorClass;
			let model_id = NextModelId::<T>::get();
			let version: TextOf<T> = BoundedVec::truncate_from(seed.to_le_bytes().to_vec());
			let mut raw = [0u8; 32];
			for (slot, byte) in raw.iter_mut().zip(seed.to_le_bytes()) {
				*slot = byte;
			}
			let content_hash = H256::from(raw);
			Models::<T>::insert(
				model_id,
				ModelInfo {
					owner,
					name: BoundedVec::truncate_from(b"benchmark".to_vec()),
					version: version.clone(),
					content_hash,
					format: ModelFormat::Onnx,
					task: TaskKind::Other,
					metadata_uri: BoundedVec::new(),
					hardware: HardwareRequirement { min_memory_mib: 1_024, accelerator: AcceleratorClass::Cpu },
					price_per_job: Default::default(),
					agreement: AgreementRule::CosineInt8 { min_cosine: T::MinCosineAgreement::get() },
					audit_chance: Perbill::zero(),
					deposit: Default::default(),
					status: ModelStatus::Listed,
					registered_at: frame_system::Pallet::<T>::block_number(),
					retired_at: None,
				},
			);
			ModelIdByHashVersion::<T>::insert((content_hash, version), model_id);
			NextModelId::<T>::put(model_id.saturating_add(1));
			model_id
		}

		/// Checks the pallet's invariants:
		/// - every model's id is below `NextModelId`;
		/// - `ModelIdByHashVersion` maps the `(content_hash, version)` of each model that holds a
		///   deposit to its id, and has no other entries;
		/// - only active and retired models hold a deposit, and the total held for
		///   `ListingDeposit` by each owner equals the deposits its models hold.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			use alloc::collections::btree_map::BTreeMap;
			use frame_support::traits::fungible::InspectHold;

			let next = NextModelId::<T>::get();
			let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
			let mut count: u32 = 0;
			for (id, model) in Models::<T>::iter() {
				ensure!(id < next, "model id not below NextModelId");
				let entry = held.entry(model.owner.clone()).or_default();
				if model.deposit.is_zero() {
					continue;
				}
				ensure!(
					model.status.is_active() || model.status == ModelStatus::Retired,
					"a rejected or delisted model holds a deposit"
				);
				ensure!(
					ModelIdByHashVersion::<T>::get((model.content_hash, model.version.clone())) ==
						Some(id),
					"hash/version index does not point at the model"
				);
				count = count.saturating_add(1);
				*entry = entry.saturating_add(model.deposit);
			}
			ensure!(
				ModelIdByHashVersion::<T>::iter().count() == count as usize,
				"hash/version index has stray entries"
			);
			let reason: T::RuntimeHoldReason = HoldReason::ListingDeposit.into();
			for (owner, expected) in held {
				ensure!(
					T::Currency::balance_on_hold(&reason, &owner) == expected,
					"held listing deposits differ from the active models' deposits"
				);
			}
			Ok(())
		}
	}
}
