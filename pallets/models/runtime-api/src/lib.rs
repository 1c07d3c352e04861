//! Runtime API of the model registry, for polkadot.js and other clients:
//! `api.call.modelsApi.model(id)`, `api.call.modelsApi.modelsByStatus(status, startAfter, limit)`.
//! Each method is the pallet's view function of the same name (`pallet_models::Pallet::model`,
//! `::models_by_status`): clients that speak view functions (subxt, PAPI) call those directly.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use infera_primitives::{ModelId, ModelStatus, Page};

sp_api::decl_runtime_apis! {
	/// Read access to registered models. `Model` is the runtime's stored model type.
	///
	/// Version 2: `models_by_status` reads one page (at most `infera_primitives::MAX_PAGE_LEN`
	/// models) and takes `None` for every status; version 1 returned every model of a status.
	#[api_version(2)]
	pub trait ModelsApi<Model> where Model: Codec {
		/// The model with this id, if any.
		fn model(model_id: ModelId) -> Option<Model>;
		/// Every model in `status`, by id (version 1: reads every model).
		#[changed_in(2)]
		fn models_by_status(status: ModelStatus) -> Vec<(ModelId, Model)>;
		/// One page of the models in `status` (`None`: every model), starting after the model
		/// `start_after` (`None`: from the first), at most `limit` of them.
		fn models_by_status(status: Option<ModelStatus>, start_after: Option<ModelId>, limit: u32) -> Page<ModelId, Model>;
	}
}
