//! The models pallet's side of the cross-pallet traits of [`infera_primitives`]: the registry
//! of listed models that the compute and jobs pallets read.

use crate::{pallet::*, ModelStatus};

/// A model is listed while its status is `Listed`: proposed, rejected, retired and delisted
/// models take no jobs and no offers.
impl<T: Config> infera_primitives::ModelRegistry<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn listed_model(
		model_id: infera_primitives::ModelId,
	) -> Option<infera_primitives::ListedModel<T::AccountId, BalanceOf<T>>> {
		Models::<T>::get(model_id).filter(|m| m.status == ModelStatus::Listed).map(|m| {
			infera_primitives::ListedModel {
				owner: m.owner,
				price_per_job: m.price_per_job,
				hardware: m.hardware,
				task: m.task,
				content_hash: m.content_hash.0,
				agreement: m.agreement,
				audit_chance: m.audit_chance,
			}
		})
	}
}
