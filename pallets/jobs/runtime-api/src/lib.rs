//! Runtime API of the jobs pallet, for polkadot.js and other clients:
//! `api.call.jobsApi.job(jobId)`, `.jobs(startAfter, limit)`, `.outputs(jobId)`,
//! `.quote(modelId, redundancy)`, `.escrowTotal()`, `.queuedJobs()`. Each method is the pallet's view function of the same
//! name (`pallet_jobs::Pallet::job`, ...): clients that speak view functions (subxt, PAPI) call
//! those directly.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use infera_primitives::{JobId, ModelId, Page};

sp_api::decl_runtime_apis! {
	/// Read access to jobs. `Job` is the runtime's stored job type, `Quote` its price quote,
	/// `Output` a revealed output as stored.
	///
	/// Version 2 adds `jobs` (one page of the stored jobs); version 3 adds `outputs`.
	#[api_version(3)]
	pub trait JobsApi<AccountId, Balance, Job, Output, Quote>
	where
		AccountId: Codec,
		Balance: Codec,
		Job: Codec,
		Output: Codec,
		Quote: Codec,
	{
		/// The job `job_id`, if it exists (open, or finished and not yet pruned).
		fn job(job_id: JobId) -> Option<Job>;
		/// One page of the stored jobs (open, or finished and not yet pruned), in storage
		/// order, starting after `start_after` (`None`: from the first), at most `limit` of them.
		/// Since version 2.
		fn jobs(start_after: Option<JobId>, limit: u32) -> Page<JobId, Job>;
		/// The outputs revealed for job `job_id`, by provider (a rejection or an opened hash
		/// stores none); empty once the job is pruned. Since version 3.
		fn outputs(job_id: JobId) -> Vec<(AccountId, Output)>;
		/// What a job for `model_id` served by `redundancy` providers would cost now: the
		/// lowest `max_price` at which enough online providers qualify, and the escrow (prices
		/// plus protocol fee) the submitter must hold. `None` when not enough providers serve it.
		fn quote(model_id: ModelId, redundancy: u32) -> Option<Quote>;
		/// Total held in escrow for open jobs.
		fn escrow_total() -> Balance;
		/// Jobs waiting for providers, oldest first (at most the pallet's `MaxQueuedJobs`).
		fn queued_jobs() -> Vec<JobId>;
	}
}
