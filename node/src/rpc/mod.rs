//! The node's JSON-RPC extensions, added to the standard Substrate RPCs
//! (`system`, `chain`, `state`, `author`): account nonces (`system_accountNextIndex`), fee
//! queries (`payment_queryInfo`, `payment_queryFeeDetails`) and the marketplace (`infera_*`, see
//! [`marketplace`]).

pub mod marketplace;

use std::sync::Arc;

use infera_runtime::{opaque::Block, AccountId, Balance, Nonce, Runtime};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC extensions need from the node.
pub struct FullDeps<C, P> {
	/// The client, to call runtime APIs and read headers.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
}

/// Builds the RPC module with Infera's extensions.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: pallet_models_runtime_api::ModelsApi<Block, pallet_models::ModelOf<Runtime>>,
	C::Api: pallet_compute_runtime_api::ComputeApi<
		Block,
		AccountId,
		Balance,
		pallet_compute::ProviderOf<Runtime>,
		pallet_compute::Reputation,
	>,
	C::Api: pallet_jobs_runtime_api::JobsApi<Block, Balance, pallet_jobs::JobOf<Runtime>, pallet_jobs::Quote<Balance>>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	use marketplace::{Marketplace, MarketplaceApiServer};

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Marketplace::new(client).into_rpc())?;

	Ok(module)
}
