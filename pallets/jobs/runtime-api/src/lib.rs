//! Runtime API of the jobs pallet, for RPC and off-chain clients
//! (polkadot.js: `api.call.jobsApi.job(jobId)`, `.quote(modelId, redundancy)`,
//! `.escrowTotal()`, `.queuedJobs()`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use infera_primitives::ModelId;

sp_api::decl_runtime_apis! {
	/// Read access to jobs. `Job` is the runtime's stored job type, `Quote` its price quote.
	pub trait JobsApi<Balance, Job, Quote>
	where
		Balance: Codec,
		Job: Codec,
		Quote: Codec,
	{
		/// The job `job_id`, if it exists (open, or finished and not yet pruned).
		fn job(job_id: u64) -> Option<Job>;
		/// What a job for `model_id` served by `redundancy` providers would cost now: the
		/// lowest `max_price` at which enough online providers qualify, and the escrow (prices
		/// plus protocol fee) the submitter must hold. `None` when not enough providers serve it.
		fn quote(model_id: ModelId, redundancy: u32) -> Option<Quote>;
		/// Total held in escrow for open jobs.
		fn escrow_total() -> Balance;
		/// Jobs waiting for providers, oldest first.
		fn queued_jobs() -> Vec<u64>;
	}
}
