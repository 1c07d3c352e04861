//! # Compute providers pallet
//!
//! Hardware owners register as providers of inference: an HTTP(S) endpoint where their
//! inference server listens, a hardware profile, the listed models they serve with a price
//! per job for each, and a stake of at least `MinProviderStake` put on hold.
//!
//! ## Stake
//! - `bond_extra` adds stake; `unbond` moves stake into an unlocking chunk that stays held and
//!   slashable for `UnbondingPeriod` blocks; `withdraw_unbonded` releases every due chunk.
//! - **Exposure.** Each job assigned to a provider reserves the job's slash amount of its
//!   bonded stake until the job ends ([`infera_primitives::ProviderActivity`]): only
//!   `bonded - exposure` can back another job, and `unbond` cannot go below the exposure, so one
//!   stake never backs more slashes than it can pay. A provider holds at most `MaxActiveJobs`
//!   jobs at once.
//! - Other pallets slash through [`infera_primitives::ProviderSlashing`]: bonded stake first,
//!   then unbonding chunks (latest first); the slashed funds go to `Config::OnSlash` (treasury
//!   account or burn) and the amount actually slashed is returned and reported. A provider whose
//!   bonded stake falls below the minimum (by slash or unbond) is paused (`BelowMinimumStake`).
//!
//! ## Lifecycle
//! `register_provider` -> `Online`; `go_offline`/`go_online` pause and resume new jobs;
//! `deregister` (no active jobs) unbonds everything and marks the provider `Leaving`; its record
//! is removed by the withdrawal of its last chunk. Offers come only from online providers with
//! at least the minimum stake; a provider that falls below it loses its offers (so empty
//! accounts cannot squat the `MaxProvidersPerModel` places of a model), and a provider with
//! nothing bonded, nothing unbonding and no job is removed.
//!
//! ## Worker keys
//! A worker key is bound in two steps: the provider proposes it (`set_worker`), the worker
//! account accepts (`accept_worker`). A provider cannot claim another operator's key, whose
//! node would then run the provider's jobs and pay its transaction fees.
//!
//! Reputation (jobs completed, jobs failed, slashes) is kept per account, also after the
//! provider leaves.

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

pub use types::{HardwareProfile, ProviderInfo, ProviderStatus, Reputation, UnlockChunk};
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
	use infera_primitives::{ModelId, ModelRegistry, Page, SlashOutcome, SlashReason};
	use sp_runtime::traits::{Saturating, Zero};

	/// The balance type of `Config::Currency`.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A bounded endpoint URL.
	pub type UrlOf<T> = BoundedVec<u8, <T as Config>::MaxEndpointLength>;
	/// A bounded region label.
	pub type RegionOf<T> = BoundedVec<u8, <T as Config>::MaxRegionLength>;
	/// The hardware profile as stored.
	pub type HardwareOf<T> = HardwareProfile<RegionOf<T>>;
	/// Unlocking chunks of a provider.
	pub type ChunksOf<T> =
		BoundedVec<UnlockChunk<BalanceOf<T>, BlockNumberFor<T>>, <T as Config>::MaxUnlockingChunks>;
	/// A provider as stored.
	pub type ProviderOf<T> = ProviderInfo<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		UrlOf<T>,
		RegionOf<T>,
		BoundedVec<ModelId, <T as Config>::MaxModelsPerProvider>,
		ChunksOf<T>,
	>;
	/// Funds taken by a slash, handed to `Config::OnSlash`.
	pub type CreditOf<T> = Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

	/// Version 1: providers record their exposure and a pending worker key. No migration: no
	/// chain with version 0 data is live.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency holding provider stake.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::hold::Mutate<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::hold::Balanced<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Which models are listed (may be served), and at what default price.
		type Models: ModelRegistry<Self::AccountId, BalanceOf<Self>>;

		/// Receives slashed stake (a treasury account, or `()` to burn).
		type OnSlash: OnUnbalanced<CreditOf<Self>>;

		/// Minimum bonded stake of a provider that takes jobs.
		#[pallet::constant]
		type MinProviderStake: Get<BalanceOf<Self>>;

		/// Blocks that unbonded stake stays held and slashable.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;

		/// Maximum length in bytes of an endpoint URL.
		#[pallet::constant]
		type MaxEndpointLength: Get<u32>;

		/// Maximum length in bytes of a region label.
		#[pallet::constant]
		type MaxRegionLength: Get<u32>;

		/// Maximum number of models one provider serves.
		#[pallet::constant]
		type MaxModelsPerProvider: Get<u32>;

		/// Maximum number of unlocking chunks per provider.
		#[pallet::constant]
		type MaxUnlockingChunks: Get<u32>;

		/// Maximum number of providers serving one model: bounds the candidates that the jobs
		/// pallet weighs when it assigns a job.
		#[pallet::constant]
		type MaxProvidersPerModel: Get<u32>;

		/// Most jobs one provider holds at once: a provider at the limit is no candidate (bounds
		/// the work of its off-chain worker and its exposure).
		#[pallet::constant]
		type MaxActiveJobs: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates listed models for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// Sets up what the benchmarks need from other pallets.
	#[cfg(feature = "runtime-benchmarks")]
	pub trait BenchmarkHelper {
		/// A listed model (distinct for each `seed`) that a CPU with 1 GiB can serve.
		fn listed_model(seed: u32) -> ModelId;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A provider's stake, bonded or unbonding.
		#[codec(index = 0)]
		ProviderStake,
	}

	/// Registered providers.
	#[pallet::storage]
	pub type Providers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ProviderOf<T>>;

	/// Price per job of each provider serving a model: model -> provider -> price.
	#[pallet::storage]
	pub type Offers<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ModelId,
		Blake2_128Concat,
		T::AccountId,
		BalanceOf<T>,
	>;

	/// Number of providers serving each model (the entries of `Offers` under it).
	#[pallet::storage]
	pub type OfferCount<T: Config> = StorageMap<_, Twox64Concat, ModelId, u32, ValueQuery>;

	/// Provider served by each worker key.
	#[pallet::storage]
	pub type ProviderOfWorker<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, T::AccountId>;

	/// Track record of every account that has been a provider.
	#[pallet::storage]
	pub type Reputations<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Reputation, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider registered and bonded stake.
		ProviderRegistered {
			/// The provider.
			provider: T::AccountId,
			/// Stake bonded.
			stake: BalanceOf<T>,
		},
		/// A provider bonded more stake.
		Bonded {
			/// The provider.
			provider: T::AccountId,
			/// Amount added.
			amount: BalanceOf<T>,
		},
		/// A provider started unbonding stake.
		Unbonded {
			/// The provider.
			provider: T::AccountId,
			/// Amount moved to unbonding.
			amount: BalanceOf<T>,
			/// Block from which it can be withdrawn.
			unlock_at: BlockNumberFor<T>,
		},
		/// Unbonded stake was released to the provider.
		Withdrawn {
			/// The provider.
			provider: T::AccountId,
			/// Amount released.
			amount: BalanceOf<T>,
		},
		/// A provider's status changed.
		StatusChanged {
			/// The provider.
			provider: T::AccountId,
			/// The new status.
			status: ProviderStatus,
		},
		/// A provider changed its endpoint.
		EndpointUpdated {
			/// The provider.
			provider: T::AccountId,
			/// The new endpoint.
			endpoint: UrlOf<T>,
		},
		/// A provider changed its hardware profile.
		HardwareUpdated {
			/// The provider.
			provider: T::AccountId,
		},
		/// A provider now serves a model at this price (new offer or new price).
		ModelPriceSet {
			/// The provider.
			provider: T::AccountId,
			/// The model.
			model_id: ModelId,
			/// Price per job.
			price: BalanceOf<T>,
		},
		/// A provider stopped serving a model.
		ModelRemoved {
			/// The provider.
			provider: T::AccountId,
			/// The model.
			model_id: ModelId,
		},
		/// A provider proposed a worker key; it is bound once that account accepts.
		WorkerProposed {
			/// The provider.
			provider: T::AccountId,
			/// The proposed worker key.
			worker: T::AccountId,
		},
		/// A worker key was bound to a provider (accepted by the worker), or the provider
		/// cleared its worker key (`None`).
		WorkerSet {
			/// The provider.
			provider: T::AccountId,
			/// The new worker key, if any.
			worker: Option<T::AccountId>,
		},
		/// A provider deregistered; its stake is unbonding.
		ProviderDeregistered {
			/// The provider.
			provider: T::AccountId,
		},
		/// A leaving provider withdrew its last stake; its record is gone.
		ProviderRemoved {
			/// The provider.
			provider: T::AccountId,
		},
		/// A provider's stake was slashed.
		ProviderSlashed {
			/// The provider.
			provider: T::AccountId,
			/// Amount actually slashed.
			amount: BalanceOf<T>,
			/// Part of `amount` paid as compensation to the party the fault harmed; the rest
			/// went to `OnSlash`.
			compensation: BalanceOf<T>,
			/// Why.
			reason: SlashReason,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not a registered provider.
		NotProvider,
		/// The account is already a provider.
		AlreadyProvider,
		/// The stake would be below `MinProviderStake`.
		StakeBelowMinimum,
		/// The free balance cannot cover the stake.
		InsufficientBalance,
		/// Zero amounts are not allowed.
		ZeroAmount,
		/// More than the bonded stake was asked for.
		NotEnoughBonded,
		/// No unbonding chunk is due yet.
		UnbondingNotFinished,
		/// Too many unlocking chunks: withdraw or wait.
		TooManyUnlockingChunks,
		/// The endpoint is not an `http://` or `https://` URL with a host, or has spaces or
		/// non-printable characters.
		BadEndpoint,
		/// The endpoint is longer than `MaxEndpointLength`.
		EndpointTooLong,
		/// The region is longer than `MaxRegionLength`.
		RegionTooLong,
		/// The model is not listed.
		ModelNotListed,
		/// The provider does not serve this model.
		ModelNotServed,
		/// The provider already serves `MaxModelsPerProvider` models.
		TooManyModels,
		/// The provider's hardware does not meet the model's requirement.
		HardwareTooWeak,
		/// The provider still has active jobs.
		ActiveJobs,
		/// The provider is leaving: only withdrawals are possible.
		Leaving,
		/// The provider already has this status.
		AlreadyInStatus,
		/// The worker key is already used by another provider.
		WorkerInUse,
		/// The model already has `MaxProvidersPerModel` providers.
		TooManyProviders,
		/// The stake asked for backs open jobs (their exposure): wait until they end.
		StakeExposed,
		/// Only an online provider with at least `MinProviderStake` bonded may offer a model.
		NotOnline,
		/// The provider has not proposed the signer as its worker key.
		NotProposedWorker,
		/// A provider cannot be another provider's worker key, nor a worker key a provider.
		WorkerIsProvider,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Checks that the constants agree: a provider can take at least one job, a model can
		/// have at least one provider, and a provider can unbond at least once.
		fn integrity_test() {
			assert!(T::MaxActiveJobs::get() >= 1, "MaxActiveJobs must be at least 1");
			assert!(T::MaxProvidersPerModel::get() >= 1, "MaxProvidersPerModel must be at least 1");
			assert!(T::MaxUnlockingChunks::get() >= 1, "MaxUnlockingChunks must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register as a provider, bonding `stake` (at least `MinProviderStake`).
		///
		/// - origin: must be signed; the signer becomes the provider.
		/// - `endpoint`: `http://` or `https://` URL of the inference server.
		/// - `hardware`: the hardware profile (region at most `MaxRegionLength` bytes).
		///
		/// Emits `ProviderRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_provider())]
		pub fn register_provider(
			origin: OriginFor<T>,
			endpoint: Vec<u8>,
			hardware: HardwareProfile<Vec<u8>>,
			stake: BalanceOf<T>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			ensure!(!Providers::<T>::contains_key(&provider), Error::<T>::AlreadyProvider);
			ensure!(!ProviderOfWorker::<T>::contains_key(&provider), Error::<T>::WorkerIsProvider);
			let endpoint = Self::checked_endpoint(endpoint)?;
			let hardware = Self::checked_hardware(hardware)?;
			ensure!(stake >= T::MinProviderStake::get(), Error::<T>::StakeBelowMinimum);
			Self::hold_stake(&provider, stake)?;
			Providers::<T>::insert(
				&provider,
				ProviderInfo {
					endpoint,
					hardware,
					bonded: stake,
					unlocking: BoundedVec::new(),
					models: BoundedVec::new(),
					status: ProviderStatus::Online,
					worker: None,
					pending_worker: None,
					active_jobs: 0,
					exposure: Zero::zero(),
					registered_at: frame_system::Pallet::<T>::block_number(),
				},
			);
			Self::deposit_event(Event::ProviderRegistered { provider, stake });
			Ok(())
		}

		/// Bond `amount` more stake.
		///
		/// - origin: must be signed by a provider that is not leaving.
		///
		/// Emits `Bonded`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::bond_extra())]
		pub fn bond_extra(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			Self::mutate_active(&provider, |info| {
				Self::hold_stake(&provider, amount)?;
				info.bonded = info.bonded.saturating_add(amount);
				Ok(())
			})?;
			Self::deposit_event(Event::Bonded { provider, amount });
			Ok(())
		}

		/// Start unbonding `amount`: it stays held and slashable for `UnbondingPeriod` blocks.
		/// Stake that backs open jobs (the exposure) cannot be unbonded. Leaving less than
		/// `MinProviderStake` bonded pauses the provider and withdraws its offers.
		///
		/// - origin: must be signed by a provider that is not leaving.
		/// - `amount`: at most `bonded - exposure`.
		///
		/// Emits `Unbonded` (and `StatusChanged` and `ModelRemoved` when it pauses the
		/// provider).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			let unlock_at = Self::mutate_active(&provider, |info| {
				ensure!(amount <= info.bonded, Error::<T>::NotEnoughBonded);
				ensure!(amount <= info.bonded.saturating_sub(info.exposure), Error::<T>::StakeExposed);
				let unlock_at = Self::push_unlocking(info, amount)?;
				info.bonded = info.bonded.saturating_sub(amount);
				Ok(unlock_at)
			})?;
			Self::deposit_event(Event::Unbonded { provider: provider.clone(), amount, unlock_at });
			Self::pause_if_below_minimum(&provider);
			Ok(())
		}

		/// Release every unbonding chunk that is due. A leaving provider whose last chunk is
		/// withdrawn is removed.
		///
		/// - origin: must be signed by a provider.
		///
		/// Emits `Withdrawn` (and `ProviderRemoved` for the last withdrawal of a leaving
		/// provider).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let mut info = Providers::<T>::get(&provider).ok_or(Error::<T>::NotProvider)?;
			let now = frame_system::Pallet::<T>::block_number();
			let due: BalanceOf<T> = info
				.unlocking
				.iter()
				.filter(|c| c.unlock_at <= now)
				.fold(Zero::zero(), |sum, c| sum.saturating_add(c.amount));
			ensure!(!due.is_zero(), Error::<T>::UnbondingNotFinished);
			info.unlocking.retain(|c| c.unlock_at > now);
			let released = <T::Currency as fungible::hold::Mutate<_>>::release(
				&HoldReason::ProviderStake.into(),
				&provider,
				due,
				Precision::Exact,
			)?;
			Self::deposit_event(Event::Withdrawn { provider: provider.clone(), amount: released });
			if Self::store_or_remove(&provider, info) {
				Self::deposit_event(Event::ProviderRemoved { provider });
			}
			Ok(())
		}

		/// Stop taking new jobs.
		///
		/// - origin: must be signed by an online provider.
		///
		/// Emits `StatusChanged`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::go_offline())]
		pub fn go_offline(origin: OriginFor<T>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::mutate_active(&provider, |info| {
				ensure!(info.status == ProviderStatus::Online, Error::<T>::AlreadyInStatus);
				info.status = ProviderStatus::Offline;
				Ok(())
			})?;
			Self::deposit_event(Event::StatusChanged { provider, status: ProviderStatus::Offline });
			Ok(())
		}

		/// Take new jobs again; needs at least `MinProviderStake` bonded.
		///
		/// - origin: must be signed by a paused provider.
		///
		/// Emits `StatusChanged`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::go_online())]
		pub fn go_online(origin: OriginFor<T>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::mutate_active(&provider, |info| {
				ensure!(info.status != ProviderStatus::Online, Error::<T>::AlreadyInStatus);
				ensure!(info.bonded >= T::MinProviderStake::get(), Error::<T>::StakeBelowMinimum);
				info.status = ProviderStatus::Online;
				Ok(())
			})?;
			Self::deposit_event(Event::StatusChanged { provider, status: ProviderStatus::Online });
			Ok(())
		}

		/// Change the endpoint of the inference server.
		///
		/// - origin: must be signed by a provider that is not leaving.
		///
		/// Emits `EndpointUpdated`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::update_endpoint())]
		pub fn update_endpoint(origin: OriginFor<T>, endpoint: Vec<u8>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let endpoint = Self::checked_endpoint(endpoint)?;
			Self::mutate_active(&provider, |info| {
				info.endpoint = endpoint.clone();
				Ok(())
			})?;
			Self::deposit_event(Event::EndpointUpdated { provider, endpoint });
			Ok(())
		}

		/// Change the hardware profile. Fails if the new hardware no longer meets the
		/// requirement of a model the provider serves.
		///
		/// - origin: must be signed by a provider that is not leaving.
		///
		/// Emits `HardwareUpdated`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::update_hardware(T::MaxModelsPerProvider::get()))]
		pub fn update_hardware(origin: OriginFor<T>, hardware: HardwareProfile<Vec<u8>>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let hardware = Self::checked_hardware(hardware)?;
			Self::mutate_active(&provider, |info| {
				for model_id in info.models.iter() {
					if let Some(model) = T::Models::listed_model(*model_id) {
						ensure!(
							model.hardware.is_met_by(hardware.memory_mib, hardware.accelerator),
							Error::<T>::HardwareTooWeak
						);
					}
				}
				info.hardware = hardware;
				Ok(())
			})?;
			Self::deposit_event(Event::HardwareUpdated { provider });
			Ok(())
		}

		/// Serve a listed model at `price` per job, or change the price of one already served.
		/// When the model already has `MaxProvidersPerModel` providers, the new offer takes the
		/// place of a provider that is not online, or else of the provider with the least bonded
		/// stake if the signer has more.
		///
		/// - origin: must be signed by an online provider (which has at least `MinProviderStake`
		///   bonded).
		/// - `model_id`: a listed model whose hardware requirement the provider meets.
		///
		/// Emits `ModelPriceSet` (and `ModelRemoved` for a displaced provider).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_model_price())]
		pub fn set_model_price(
			origin: OriginFor<T>,
			model_id: ModelId,
			price: BalanceOf<T>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let model = T::Models::listed_model(model_id).ok_or(Error::<T>::ModelNotListed)?;
			let displaced = Self::mutate_active(&provider, |info| {
				ensure!(info.status == ProviderStatus::Online, Error::<T>::NotOnline);
				ensure!(
					model.hardware.is_met_by(info.hardware.memory_mib, info.hardware.accelerator),
					Error::<T>::HardwareTooWeak
				);
				if info.models.contains(&model_id) {
					return Ok(None);
				}
				info.models.try_push(model_id).map_err(|_| Error::<T>::TooManyModels)?;
				if OfferCount::<T>::get(model_id) < T::MaxProvidersPerModel::get() {
					OfferCount::<T>::mutate(model_id, |count| *count = count.saturating_add(1));
					return Ok(None);
				}
				let (weakest, _, _) = Self::weakest_offer(model_id)
					.filter(|(_, online, bonded)| !*online || *bonded < info.bonded)
					.ok_or(Error::<T>::TooManyProviders)?;
				Ok(Some(weakest))
			})?;
			if let Some(weakest) = displaced {
				Offers::<T>::remove(model_id, &weakest);
				Providers::<T>::mutate(&weakest, |slot| {
					if let Some(info) = slot {
						info.models.retain(|m| *m != model_id);
					}
				});
				Self::deposit_event(Event::ModelRemoved { provider: weakest, model_id });
			}
			Offers::<T>::insert(model_id, &provider, price);
			Self::deposit_event(Event::ModelPriceSet { provider, model_id, price });
			Ok(())
		}

		/// Stop serving a model.
		///
		/// - origin: must be signed by a provider serving `model_id`.
		///
		/// Emits `ModelRemoved`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::remove_model())]
		pub fn remove_model(origin: OriginFor<T>, model_id: ModelId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::mutate_active(&provider, |info| {
				let before = info.models.len();
				info.models.retain(|m| *m != model_id);
				ensure!(info.models.len() < before, Error::<T>::ModelNotServed);
				Ok(())
			})?;
			Self::remove_offers(&provider, &[model_id]);
			Self::deposit_event(Event::ModelRemoved { provider, model_id });
			Ok(())
		}

		/// Propose a worker key whose off-chain worker will act for the provider, or clear the
		/// worker key (`None`, at once). A proposed key is bound only when its account accepts
		/// with `accept_worker`; until then the previous key (if any) stays bound.
		///
		/// - origin: must be signed by a provider that is not leaving.
		/// - `worker`: an account that is no provider.
		///
		/// Emits `WorkerProposed`, or `WorkerSet` with `None`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_worker())]
		pub fn set_worker(origin: OriginFor<T>, worker: Option<T::AccountId>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			if let Some(w) = &worker {
				ensure!(!Providers::<T>::contains_key(w), Error::<T>::WorkerIsProvider);
			}
			let previous = Self::mutate_active(&provider, |info| {
				info.pending_worker = worker.clone();
				Ok(if worker.is_none() { info.worker.take() } else { None })
			})?;
			match worker {
				Some(worker) => Self::deposit_event(Event::WorkerProposed { provider, worker }),
				None => {
					if let Some(old) = previous {
						ProviderOfWorker::<T>::remove(old);
					}
					Self::deposit_event(Event::WorkerSet { provider, worker: None });
				},
			}
			Ok(())
		}

		/// Accept being `provider`'s worker key: from now on this account's off-chain worker
		/// may commit and reveal results for the provider. Replaces the provider's previous
		/// worker key.
		///
		/// - origin: must be signed by the account the provider proposed (`set_worker`), which
		///   is no provider and no other provider's worker.
		///
		/// Emits `WorkerSet`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::accept_worker())]
		pub fn accept_worker(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResult {
			let worker = ensure_signed(origin)?;
			ensure!(!Providers::<T>::contains_key(&worker), Error::<T>::WorkerIsProvider);
			if let Some(owner) = ProviderOfWorker::<T>::get(&worker) {
				ensure!(owner == provider, Error::<T>::WorkerInUse);
			}
			let previous = Self::mutate_active(&provider, |info| {
				ensure!(info.pending_worker.as_ref() == Some(&worker), Error::<T>::NotProposedWorker);
				info.pending_worker = None;
				Ok(core::mem::replace(&mut info.worker, Some(worker.clone())))
			})?;
			if let Some(old) = previous {
				ProviderOfWorker::<T>::remove(old);
			}
			ProviderOfWorker::<T>::insert(&worker, &provider);
			Self::deposit_event(Event::WorkerSet { provider, worker: Some(worker) });
			Ok(())
		}

		/// Leave the marketplace: all bonded stake starts unbonding, offers are withdrawn and the
		/// provider takes no more jobs. The record is removed with the last withdrawal.
		///
		/// - origin: must be signed by a provider with no active jobs.
		///
		/// Emits `ProviderDeregistered` (and `Unbonded` if stake was bonded).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::deregister(T::MaxModelsPerProvider::get()))]
		pub fn deregister(origin: OriginFor<T>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let (bonded, unlock_at) = Self::mutate_active(&provider, |info| {
				ensure!(info.active_jobs == 0, Error::<T>::ActiveJobs);
				let bonded = info.bonded;
				let unlock_at = if bonded.is_zero() {
					None
				} else {
					Some(Self::push_unlocking(info, bonded)?)
				};
				info.bonded = Zero::zero();
				info.status = ProviderStatus::Leaving;
				Self::remove_offers(&provider, &info.models);
				info.models = BoundedVec::new();
				Ok((bonded, unlock_at))
			})?;
			if let Some(unlock_at) = unlock_at {
				Self::deposit_event(Event::Unbonded { provider: provider.clone(), amount: bonded, unlock_at });
			}
			Self::deposit_event(Event::ProviderDeregistered { provider });
			Ok(())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The provider record of `who`, if registered.
		pub fn provider(who: T::AccountId) -> Option<ProviderOf<T>> {
			Providers::<T>::get(who)
		}

		/// The track record of `who` (zero for an account that never served a job).
		pub fn reputation(who: T::AccountId) -> Reputation {
			Reputations::<T>::get(who)
		}

		/// The providers serving `model_id` (at most `MaxProvidersPerModel`), with their price
		/// per job.
		pub fn offers(model_id: ModelId) -> Vec<(T::AccountId, BalanceOf<T>)> {
			Offers::<T>::iter_prefix(model_id).collect()
		}

		/// One page of the registered providers, in storage order, starting after `start_after`
		/// (`None`: from the first), at most `limit` of them (see [`Page`] for how to read on).
		pub fn providers(start_after: Option<T::AccountId>, limit: u32) -> Page<T::AccountId, ProviderOf<T>> {
			Page::of_map::<Providers<T>>(start_after, limit, |_| true)
		}

		/// One page of the track records (of every account that has been a provider, current
		/// providers or not), in storage order, starting after `start_after` (`None`: from the
		/// first), at most `limit` of them (see [`Page`] for how to read on).
		pub fn reputations(start_after: Option<T::AccountId>, limit: u32) -> Page<T::AccountId, Reputation> {
			Page::of_map::<Reputations<T>>(start_after, limit, |_| true)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Validates an endpoint: `http://` or `https://`, a non-empty host, printable ASCII
		/// without spaces, at most `MaxEndpointLength` bytes.
		fn checked_endpoint(endpoint: Vec<u8>) -> Result<UrlOf<T>, DispatchError> {
			let rest = endpoint
				.strip_prefix(b"https://")
				.or_else(|| endpoint.strip_prefix(b"http://"))
				.ok_or(Error::<T>::BadEndpoint)?;
			let host_len = rest.iter().take_while(|b| !matches!(b, b'/' | b'?' | b'#')).count();
			ensure!(host_len > 0, Error::<T>::BadEndpoint);
			ensure!(endpoint.iter().all(|b| b.is_ascii_graphic()), Error::<T>::BadEndpoint);
			Ok(endpoint.try_into().map_err(|_| Error::<T>::EndpointTooLong)?)
		}

		/// Bounds the region of a hardware profile.
		fn checked_hardware(hardware: HardwareProfile<Vec<u8>>) -> Result<HardwareOf<T>, DispatchError> {
			Ok(HardwareProfile {
				accelerator: hardware.accelerator,
				accelerator_count: hardware.accelerator_count,
				memory_mib: hardware.memory_mib,
				region: hardware.region.try_into().map_err(|_| Error::<T>::RegionTooLong)?,
			})
		}

		/// Puts `amount` of `who`'s free balance on hold as stake.
		fn hold_stake(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
			<T::Currency as fungible::hold::Mutate<_>>::hold(
				&HoldReason::ProviderStake.into(),
				who,
				amount,
			)
			.map_err(|_| Error::<T>::InsufficientBalance.into())
		}

		/// Runs `f` on a registered provider that is not leaving, storing the result on success.
		fn mutate_active<R>(
			provider: &T::AccountId,
			f: impl FnOnce(&mut ProviderOf<T>) -> Result<R, DispatchError>,
		) -> Result<R, DispatchError> {
			Providers::<T>::try_mutate(provider, |slot| {
				let info = slot.as_mut().ok_or(Error::<T>::NotProvider)?;
				ensure!(info.status != ProviderStatus::Leaving, Error::<T>::Leaving);
				f(info)
			})
		}

		/// Adds `amount` to the unlocking chunk that unlocks `UnbondingPeriod` from now
		/// (merging with one unlocking at the same block). Returns the unlock block.
		fn push_unlocking(
			info: &mut ProviderOf<T>,
			amount: BalanceOf<T>,
		) -> Result<BlockNumberFor<T>, DispatchError> {
			let unlock_at =
				frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
			if let Some(chunk) = info.unlocking.iter_mut().find(|c| c.unlock_at == unlock_at) {
				chunk.amount = chunk.amount.saturating_add(amount);
			} else {
				info.unlocking
					.try_push(UnlockChunk { amount, unlock_at })
					.map_err(|_| Error::<T>::TooManyUnlockingChunks)?;
			}
			Ok(unlock_at)
		}

		/// Pauses an online or offline provider whose bonded stake is below the minimum and
		/// withdraws its offers (a provider without stake must not keep a model's places).
		fn pause_if_below_minimum(provider: &T::AccountId) {
			let dropped = Providers::<T>::mutate(provider, |slot| match slot {
				Some(info)
					if info.bonded < T::MinProviderStake::get() &&
						matches!(info.status, ProviderStatus::Online | ProviderStatus::Offline) =>
				{
					info.status = ProviderStatus::BelowMinimumStake;
					Some(core::mem::take(&mut info.models))
				},
				_ => None,
			});
			if let Some(models) = dropped {
				Self::remove_offers(provider, &models);
				Self::deposit_event(Event::StatusChanged {
					provider: provider.clone(),
					status: ProviderStatus::BelowMinimumStake,
				});
				for model_id in models {
					Self::deposit_event(Event::ModelRemoved { provider: provider.clone(), model_id });
				}
			}
		}

		/// The weakest provider offering `model_id`: one that is not online if any (an offline
		/// provider keeps no place in a full model), else the one with the least bonded stake
		/// (the first in storage order on a tie). Returns it, whether it is online, and its stake.
		fn weakest_offer(model_id: ModelId) -> Option<(T::AccountId, bool, BalanceOf<T>)> {
			Offers::<T>::iter_key_prefix(model_id)
				.map(|who| {
					let (online, bonded) = Providers::<T>::get(&who)
						.map(|info| (info.status == ProviderStatus::Online, info.bonded))
						.unwrap_or_default();
					(who, online, bonded)
				})
				.min_by_key(|(_, online, bonded)| (*online, *bonded))
		}

		/// Withdraws `provider`'s offers for `models`.
		fn remove_offers(provider: &T::AccountId, models: &[ModelId]) {
			for model_id in models {
				Offers::<T>::remove(model_id, provider);
				OfferCount::<T>::mutate_exists(model_id, |count| {
					*count = count.map(|c| c.saturating_sub(1)).filter(|c| *c > 0);
				});
			}
		}

		/// Stores `info`, or removes the provider's record, offers and worker key when it has
		/// nothing left at stake: leaving with nothing unbonding, or nothing bonded, nothing
		/// unbonding and no job. Returns whether it was removed.
		pub(crate) fn store_or_remove(provider: &T::AccountId, info: ProviderOf<T>) -> bool {
			let empty = info.bonded.is_zero() && info.active_jobs == 0;
			if !info.unlocking.is_empty() || (info.status != ProviderStatus::Leaving && !empty) {
				Providers::<T>::insert(provider, info);
				return false;
			}
			Self::remove_offers(provider, &info.models);
			if let Some(worker) = &info.worker {
				ProviderOfWorker::<T>::remove(worker);
			}
			Providers::<T>::remove(provider);
			true
		}

		/// Slashes up to `amount` of a provider's stake: bonded first, then unlocking chunks
		/// from the latest. `compensate` receives at most its amount of what was taken,
		/// `OnSlash` the rest. Reports the slash once (`ProviderSlashed`) and counts it in the
		/// provider's reputation; a provider left below the minimum stake is paused.
		///
		/// A slash can remove the provider's record (with its offers and worker key; the
		/// reputation stays), by the rule of `store_or_remove`: one that leaves a leaving
		/// provider nothing unbonding, or any provider nothing bonded, nothing unbonding and no
		/// job, emits `ProviderRemoved` after `ProviderSlashed`. A slash for a job never does (the
		/// job still counts); ending the job afterwards
		/// ([`infera_primitives::ProviderActivity::note_job_finished`]) then removes it.
		pub fn do_slash(
			provider: &T::AccountId,
			amount: BalanceOf<T>,
			reason: SlashReason,
			compensate: Option<(&T::AccountId, BalanceOf<T>)>,
		) -> SlashOutcome<BalanceOf<T>> {
			let Some(mut info) = Providers::<T>::get(provider) else { return SlashOutcome::default() };
			let mut remaining = amount;
			let from_bonded = remaining.min(info.bonded);
			info.bonded = info.bonded.saturating_sub(from_bonded);
			remaining = remaining.saturating_sub(from_bonded);
			for chunk in info.unlocking.iter_mut().rev() {
				let take = remaining.min(chunk.amount);
				chunk.amount = chunk.amount.saturating_sub(take);
				remaining = remaining.saturating_sub(take);
			}
			info.unlocking.retain(|c| !c.amount.is_zero());
			let wanted = amount.saturating_sub(remaining);
			let (credit, _) = <T::Currency as fungible::hold::Balanced<_>>::slash(
				&HoldReason::ProviderStake.into(),
				provider,
				wanted,
			);
			let slashed = credit.peek();
			let compensation = Self::pay_compensation(credit, compensate);
			let outcome = SlashOutcome { slashed, compensation };
			let removed = Self::store_or_remove(provider, info);
			Reputations::<T>::mutate(provider, |r| r.slashes = r.slashes.saturating_add(1));
			Self::deposit_event(Event::ProviderSlashed {
				provider: provider.clone(),
				amount: slashed,
				compensation,
				reason,
			});
			if removed {
				Self::deposit_event(Event::ProviderRemoved { provider: provider.clone() });
			}
			Self::pause_if_below_minimum(provider);
			outcome
		}

		/// Pays up to `compensate`'s amount of a slash to its account and hands the rest to
		/// `OnSlash`. Returns the compensation paid (0 if the account could not receive it, e.g.
		/// because the amount is below the existential deposit of a new account).
		fn pay_compensation(
			credit: CreditOf<T>,
			compensate: Option<(&T::AccountId, BalanceOf<T>)>,
		) -> BalanceOf<T> {
			let Some((beneficiary, most)) = compensate else {
				T::OnSlash::on_unbalanced(credit);
				return Zero::zero();
			};
			let share = most.min(credit.peek());
			let (to_beneficiary, rest) = credit.split(share);
			let amount = to_beneficiary.peek();
			let (paid, unpaid) = match <T::Currency as fungible::Balanced<_>>::resolve(beneficiary, to_beneficiary) {
				Ok(()) => (amount, None),
				Err(unpaid) => (Zero::zero(), Some(unpaid)),
			};
			T::OnSlash::on_unbalanced(rest);
			if let Some(unpaid) = unpaid {
				T::OnSlash::on_unbalanced(unpaid);
			}
			paid
		}

		/// Checks the pallet's invariants:
		/// - each provider's `ProviderStake` hold equals its bonded stake plus its unlocking
		///   chunks;
		/// - `Offers` holds exactly the (model, provider) pairs in the providers' model lists;
		/// - `OfferCount` counts the offers of each model and stays within
		///   `MaxProvidersPerModel`;
		/// - `ProviderOfWorker` points each provider's worker back at it, and nothing else;
		/// - a provider without jobs has no exposure, and none exceeds `MaxActiveJobs`;
		/// - offers come only from online providers or paused ones with the minimum stake.
		#[cfg(any(feature = "try-runtime", feature = "try-state", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			use frame_support::traits::fungible::InspectHold;
			let reason: T::RuntimeHoldReason = HoldReason::ProviderStake.into();
			let mut offers = 0usize;
			let mut workers = 0usize;
			let mut counts = alloc::collections::BTreeMap::<ModelId, u32>::new();
			for (who, info) in Providers::<T>::iter() {
				let unlocking = info
					.unlocking
					.iter()
					.fold(BalanceOf::<T>::zero(), |sum, c| sum.saturating_add(c.amount));
				ensure!(
					T::Currency::balance_on_hold(&reason, &who) == info.bonded.saturating_add(unlocking),
					"held stake differs from bonded + unlocking"
				);
				for model_id in info.models.iter() {
					ensure!(Offers::<T>::contains_key(model_id, &who), "model without offer");
					let count = counts.entry(*model_id).or_insert(0u32);
					*count = count.saturating_add(1);
				}
				offers = offers.saturating_add(info.models.len());
				ensure!(info.active_jobs > 0 || info.exposure.is_zero(), "exposure without jobs");
				ensure!(info.active_jobs <= T::MaxActiveJobs::get(), "too many active jobs");
				ensure!(
					info.models.is_empty() ||
						matches!(info.status, ProviderStatus::Online | ProviderStatus::Offline),
					"offers of a paused or leaving provider"
				);
				if let Some(worker) = &info.worker {
					ensure!(ProviderOfWorker::<T>::get(worker).as_ref() == Some(&who), "worker index");
					workers = workers.saturating_add(1);
				}
			}
			ensure!(Offers::<T>::iter().count() == offers, "stray offers");
			ensure!(
				OfferCount::<T>::iter().collect::<alloc::collections::BTreeMap<_, _>>() == counts,
				"offer counts differ from the offers"
			);
			ensure!(
				counts.values().all(|c| *c <= T::MaxProvidersPerModel::get()),
				"too many providers for a model"
			);
			ensure!(ProviderOfWorker::<T>::iter().count() == workers, "stray worker keys");
			Ok(())
		}
	}
}
