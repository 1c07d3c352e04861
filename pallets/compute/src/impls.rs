//! The compute pallet's side of the cross-pallet traits of [`infera_primitives`]: the
//! provider directory the jobs pallet draws from, the slashing it judges with, and the job
//! bookkeeping (exposure, active jobs, reputation) of every assignment.

use crate::{pallet::*, ProviderStatus};
use frame_support::traits::Get;
use sp_runtime::traits::Saturating;

/// Slashes through [`Pallet::do_slash`], which reports every slash (`ProviderSlashed`) and can
/// remove the provider's record (see there).
impl<T: Config> infera_primitives::ProviderSlashing<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn slash_provider(
		provider: &T::AccountId,
		amount: BalanceOf<T>,
		reason: infera_primitives::SlashReason,
		compensate: Option<(&T::AccountId, BalanceOf<T>)>,
	) -> infera_primitives::SlashOutcome<BalanceOf<T>> {
		Self::do_slash(provider, amount, reason, compensate)
	}
}

impl<T: Config> infera_primitives::ProviderDirectory<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn candidates(
		model_id: infera_primitives::ModelId,
	) -> alloc::vec::Vec<infera_primitives::ProviderCandidate<T::AccountId, BalanceOf<T>>> {
		Offers::<T>::iter_prefix(model_id)
			.filter_map(|(provider, price)| {
				let info = Providers::<T>::get(&provider)?;
				if info.status != ProviderStatus::Online || info.active_jobs >= T::MaxActiveJobs::get() {
					return None;
				}
				let reputation = Reputations::<T>::get(&provider);
				Some(infera_primitives::ProviderCandidate {
					provider,
					price,
					bonded: info.bonded,
					exposure: info.exposure,
					jobs_completed: reputation.jobs_completed,
					jobs_failed: reputation.jobs_failed,
				})
			})
			.collect()
	}

	fn endpoint(provider: &T::AccountId) -> Option<alloc::vec::Vec<u8>> {
		Providers::<T>::get(provider).map(|info| info.endpoint.into_inner())
	}

	fn max_candidates() -> u32 {
		<T::MaxProvidersPerModel as frame_support::traits::Get<u32>>::get()
	}

	fn provider_for_signer(signer: &T::AccountId) -> Option<T::AccountId> {
		if Providers::<T>::contains_key(signer) {
			return Some(signer.clone());
		}
		ProviderOfWorker::<T>::get(signer)
	}
}

impl<T: Config> infera_primitives::ProviderActivity<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn note_job_assigned(provider: &T::AccountId, exposure: BalanceOf<T>) {
		Providers::<T>::mutate(provider, |slot| {
			if let Some(info) = slot {
				info.active_jobs = info.active_jobs.saturating_add(1);
				info.exposure = info.exposure.saturating_add(exposure);
			}
		});
	}

	fn note_job_finished(provider: &T::AccountId, exposure: BalanceOf<T>, outcome: infera_primitives::JobOutcome) {
		if let Some(mut info) = Providers::<T>::get(provider) {
			info.active_jobs = info.active_jobs.saturating_sub(1);
			info.exposure = info.exposure.saturating_sub(exposure);
			if Self::store_or_remove(provider, info) {
				Self::deposit_event(Event::ProviderRemoved { provider: provider.clone() });
			}
		}
		Reputations::<T>::mutate(provider, |r| match outcome {
			infera_primitives::JobOutcome::Completed => r.jobs_completed = r.jobs_completed.saturating_add(1),
			infera_primitives::JobOutcome::Failed => r.jobs_failed = r.jobs_failed.saturating_add(1),
			infera_primitives::JobOutcome::Rejected => {},
		});
	}

	fn exposure_of(provider: &T::AccountId) -> (u32, BalanceOf<T>) {
		Providers::<T>::get(provider).map(|info| (info.active_jobs, info.exposure)).unwrap_or_default()
	}
}
