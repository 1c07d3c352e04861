//! Runtime API of the model registry, for RPC and off-chain clients
//! (polkadot.js: `api.call.modelsApi.model(id)`, `api.call.modelsApi.modelsByStatus(status)`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use infera_primitives::{ModelId, ModelStatus};

sp_api::decl_runtime_apis! {
	/// Read access to registered models. `Model` is the runtime's stored model type.
	pub trait ModelsApi<Model> where Model: Codec {
		/// The model with this id, if any.
		fn model(model_id: ModelId) -> Option<Model>;
		/// Every model in `status`, by id.
		fn models_by_status(status: ModelStatus) -> Vec<(ModelId, Model)>;
	}
}
