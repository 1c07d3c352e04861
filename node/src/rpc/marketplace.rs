//! The marketplace RPC (`infera_*`): models, providers, jobs, quotes and the escrow total, read
//! through the runtime APIs at the best block (or `at`), returned as JSON that needs no type
//! registry: accounts in SS58, hashes and bytes in `0x` hex, balances as decimal strings.

use std::{marker::PhantomData, sync::Arc};

use infera_primitives::{AgreementRule, ModelId, ModelStatus};
use infera_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Runtime};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObjectOwned, ErrorCode},
};
use pallet_compute_runtime_api::ComputeApi;
use pallet_jobs::{JobStatus, Payload};
use pallet_jobs_runtime_api::JobsApi;
use pallet_models_runtime_api::ModelsApi;
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::crypto::Ss58Codec;
use sp_runtime::traits::Block as BlockT;

type Hash = <Block as BlockT>::Hash;

/// A model as the RPC returns it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ModelView {
	pub id: ModelId,
	pub owner: String,
	pub name: String,
	pub version: String,
	pub content_hash: String,
	pub format: String,
	pub task: String,
	pub metadata_uri: String,
	pub min_memory_mib: u32,
	pub accelerator: String,
	pub price_per_job: String,
	/// How providers' outputs are compared: `"Exact"` or `{"CosineInt8": {"minCosine": <parts per billion>}}`.
	pub agreement: AgreementRule,
	/// Chance that a single-provider job is audited, in parts per billion.
	pub audit_chance: u32,
	pub deposit: String,
	pub status: String,
	pub registered_at: BlockNumber,
}

/// A provider's track record.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ReputationView {
	pub jobs_completed: u32,
	pub jobs_failed: u32,
	pub slashes: u32,
}

/// A provider as the RPC returns it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProviderView {
	pub account: String,
	pub endpoint: String,
	pub accelerator: String,
	pub accelerator_count: u32,
	pub memory_mib: u32,
	pub region: String,
	/// Bonded stake.
	pub stake: String,
	/// Stake still unbonding (slashable).
	pub unbonding: String,
	pub models: Vec<ModelId>,
	pub status: String,
	pub worker: Option<String>,
	/// A proposed worker key that has not accepted yet.
	pub pending_worker: Option<String>,
	pub active_jobs: u32,
	/// Bonded stake backing the open jobs (the sum of their slash amounts).
	pub exposure: String,
	pub reputation: ReputationView,
	/// Price per job for the model asked about (`infera_providers(modelId)`), else `null`.
	pub price: Option<String>,
}

/// One provider's part in a job.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AssignmentView {
	pub provider: String,
	pub price: String,
	pub committed: bool,
	pub output_hash: Option<String>,
}

/// A job as the RPC returns it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct JobView {
	pub id: u64,
	pub submitter: String,
	pub model_id: ModelId,
	pub model_hash: String,
	/// Inline input as hex, or `null` for input by reference (see `inputUri`).
	pub input: Option<String>,
	pub input_hash: String,
	pub input_uri: Option<String>,
	pub max_price: String,
	pub redundancy: u32,
	/// Where the job's audit is: `NotAuditable`, `Undecided`, `AuditorWanted`, `NotAudited`,
	/// `Auditing` (worker and auditor commit, then open their output hashes), `TieBreaking` or
	/// `Publishing` (the opened outputs are published).
	pub audit: String,
	pub fee: String,
	pub escrow: String,
	pub slash_amount: String,
	/// Paid to each provider whose "input rejected" wins.
	pub rejection_price: String,
	pub created_at: BlockNumber,
	pub deadline: BlockNumber,
	/// `Queued`, `Committing`, `Revealing`, `Challengeable`, `Disputed`, `Settled`, `Failed`
	/// or `Cancelled`.
	pub status: String,
	/// Last block of the current phase (reveal, challenge or dispute), if it has one.
	pub phase_ends_at: Option<BlockNumber>,
	/// Why a failed job failed.
	pub fail_reason: Option<String>,
	pub assignments: Vec<AssignmentView>,
	pub result: Option<String>,
}

/// What a job costs now.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct QuoteView {
	pub model_id: ModelId,
	pub redundancy: u32,
	pub max_price: String,
	pub fee: String,
	pub escrow: String,
}

#[rpc(client, server)]
pub trait MarketplaceApi<BlockHash> {
	/// Models, all or those with `status` (`Proposed`, `Listed`, `Rejected`, `Delisted`,
	/// `Retired`).
	#[method(name = "infera_models")]
	fn models(&self, status: Option<ModelStatus>, at: Option<BlockHash>) -> RpcResult<Vec<ModelView>>;

	/// Providers, all or those serving `model_id` (with their price for it).
	#[method(name = "infera_providers")]
	fn providers(&self, model_id: Option<ModelId>, at: Option<BlockHash>) -> RpcResult<Vec<ProviderView>>;

	/// A job, or `null` if there is none with this id (never created, or pruned).
	#[method(name = "infera_job")]
	fn job(&self, job_id: u64, at: Option<BlockHash>) -> RpcResult<Option<JobView>>;

	/// What a job for `model_id` served by `redundancy` providers costs now, or `null` if not
	/// enough providers qualify.
	#[method(name = "infera_quote")]
	fn quote(&self, model_id: ModelId, redundancy: u32, at: Option<BlockHash>) -> RpcResult<Option<QuoteView>>;

	/// Total held in escrow for open jobs (decimal string).
	#[method(name = "infera_escrowTotal")]
	fn escrow_total(&self, at: Option<BlockHash>) -> RpcResult<String>;
}

/// Serves `MarketplaceApi` from a client's runtime APIs.
pub struct Marketplace<C> {
	client: Arc<C>,
	_marker: PhantomData<Block>,
}

impl<C> Marketplace<C> {
	/// The RPC over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

fn runtime_error(error: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(ErrorCode::InternalError.code(), format!("runtime API call failed: {error}"), None::<()>)
}

fn hex(bytes: &[u8]) -> String {
	format!("0x{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn account(who: &AccountId) -> String {
	who.to_ss58check()
}

fn amount(value: Balance) -> String {
	value.to_string()
}

fn debug_name(value: impl std::fmt::Debug) -> String {
	format!("{value:?}")
}

fn model_view(id: ModelId, m: pallet_models::ModelOf<Runtime>) -> ModelView {
	ModelView {
		id,
		owner: account(&m.owner),
		name: text(&m.name),
		version: text(&m.version),
		content_hash: hex(m.content_hash.as_bytes()),
		format: debug_name(m.format),
		task: debug_name(m.task),
		metadata_uri: text(&m.metadata_uri),
		min_memory_mib: m.hardware.min_memory_mib,
		accelerator: debug_name(m.hardware.accelerator),
		price_per_job: amount(m.price_per_job),
		agreement: m.agreement,
		audit_chance: m.audit_chance.deconstruct(),
		deposit: amount(m.deposit),
		status: debug_name(m.status),
		registered_at: m.registered_at,
	}
}

fn provider_view(
	who: &AccountId,
	p: pallet_compute::ProviderOf<Runtime>,
	reputation: pallet_compute::Reputation,
	price: Option<Balance>,
) -> ProviderView {
	ProviderView {
		account: account(who),
		endpoint: text(&p.endpoint),
		accelerator: debug_name(p.hardware.accelerator),
		accelerator_count: p.hardware.accelerator_count,
		memory_mib: p.hardware.memory_mib,
		region: text(&p.hardware.region),
		stake: amount(p.bonded),
		unbonding: amount(p.unlocking.iter().map(|c| c.amount).sum()),
		models: p.models.into_inner(),
		status: debug_name(p.status),
		worker: p.worker.as_ref().map(account),
		pending_worker: p.pending_worker.as_ref().map(account),
		active_jobs: p.active_jobs,
		exposure: amount(p.exposure),
		reputation: ReputationView {
			jobs_completed: reputation.jobs_completed,
			jobs_failed: reputation.jobs_failed,
			slashes: reputation.slashes,
		},
		price: price.map(amount),
	}
}

fn job_view(id: u64, j: pallet_jobs::JobOf<Runtime>) -> JobView {
	let (input, input_uri) = match &j.input {
		Payload::Inline(data) => (Some(hex(data)), None),
		Payload::Remote { uri, .. } => (None, Some(text(uri))),
	};
	let (status, phase_ends_at, fail_reason) = match &j.status {
		JobStatus::Queued => ("Queued", None, None),
		JobStatus::Committing => ("Committing", None, None),
		JobStatus::AwaitingAuditor => ("AwaitingAuditor", j.due_at, None),
		JobStatus::Revealing { until } => ("Revealing", Some(*until), None),
		JobStatus::Challengeable { until } => ("Challengeable", Some(*until), None),
		JobStatus::Disputed { until, .. } => ("Disputed", Some(*until), None),
		JobStatus::Settled => ("Settled", None, None),
		JobStatus::Failed(reason) => ("Failed", None, Some(debug_name(reason))),
		JobStatus::Cancelled => ("Cancelled", None, None),
	};
	let status = status.to_string();
	JobView {
		id,
		submitter: account(&j.submitter),
		model_id: j.model_id,
		model_hash: hex(j.model_hash.as_bytes()),
		input,
		input_hash: hex(j.input.hash().as_bytes()),
		input_uri,
		max_price: amount(j.max_price),
		redundancy: j.redundancy,
		audit: debug_name(j.audit),
		fee: amount(j.fee),
		escrow: amount(j.escrow),
		slash_amount: amount(j.slash_amount),
		rejection_price: amount(j.rejection_price),
		created_at: j.created_at,
		deadline: j.deadline,
		status,
		phase_ends_at,
		fail_reason,
		assignments: j
			.assignments
			.iter()
			.map(|a| AssignmentView {
				provider: account(&a.provider),
				price: amount(a.price),
				committed: a.commitment.is_some(),
				output_hash: a.output_hash.map(|h| hex(h.as_bytes())),
			})
			.collect(),
		result: j.result.map(|h| hex(h.as_bytes())),
	}
}

const ALL_STATUSES: [ModelStatus; 5] =
	[ModelStatus::Proposed, ModelStatus::Listed, ModelStatus::Rejected, ModelStatus::Delisted, ModelStatus::Retired];

impl<C> MarketplaceApiServer<Hash> for Marketplace<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ModelsApi<Block, pallet_models::ModelOf<Runtime>>
		+ ComputeApi<Block, AccountId, Balance, pallet_compute::ProviderOf<Runtime>, pallet_compute::Reputation>
		+ JobsApi<Block, Balance, pallet_jobs::JobOf<Runtime>, pallet_jobs::Quote<Balance>>,
{
	fn models(&self, status: Option<ModelStatus>, at: Option<Hash>) -> RpcResult<Vec<ModelView>> {
		let api = self.client.runtime_api();
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let statuses = status.map(|s| vec![s]).unwrap_or_else(|| ALL_STATUSES.to_vec());
		let mut models = Vec::new();
		for status in statuses {
			for (id, model) in api.models_by_status(at, status).map_err(runtime_error)? {
				models.push(model_view(id, model));
			}
		}
		models.sort_by_key(|m| m.id);
		Ok(models)
	}

	fn providers(&self, model_id: Option<ModelId>, at: Option<Hash>) -> RpcResult<Vec<ProviderView>> {
		let api = self.client.runtime_api();
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let listed: Vec<(AccountId, Option<Balance>)> = match model_id {
			Some(model_id) =>
				api.offers(at, model_id).map_err(runtime_error)?.into_iter().map(|(who, p)| (who, Some(p))).collect(),
			None => api.providers(at).map_err(runtime_error)?.into_iter().map(|(who, _)| (who, None)).collect(),
		};
		let mut providers = Vec::new();
		for (who, price) in listed {
			let Some(provider) = api.provider(at, who.clone()).map_err(runtime_error)? else { continue };
			let reputation = api.reputation(at, who.clone()).map_err(runtime_error)?;
			providers.push(provider_view(&who, provider, reputation, price));
		}
		providers.sort_by(|a, b| a.account.cmp(&b.account));
		Ok(providers)
	}

	fn job(&self, job_id: u64, at: Option<Hash>) -> RpcResult<Option<JobView>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let job = self.client.runtime_api().job(at, job_id).map_err(runtime_error)?;
		Ok(job.map(|j| job_view(job_id, j)))
	}

	fn quote(&self, model_id: ModelId, redundancy: u32, at: Option<Hash>) -> RpcResult<Option<QuoteView>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let quote = self.client.runtime_api().quote(at, model_id, redundancy).map_err(runtime_error)?;
		Ok(quote.map(|q| QuoteView {
			model_id,
			redundancy,
			max_price: amount(q.max_price),
			fee: amount(q.fee),
			escrow: amount(q.escrow),
		}))
	}

	fn escrow_total(&self, at: Option<Hash>) -> RpcResult<String> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		Ok(amount(self.client.runtime_api().escrow_total(at).map_err(runtime_error)?))
	}
}
