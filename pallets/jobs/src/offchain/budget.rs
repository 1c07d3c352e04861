//! The per-provider request budget of a worker run: how many HTTP requests one run may start
//! for one provider's server.

use super::remote_input::remote_input_allowed;
use crate::Payload;
use sp_runtime::offchain::storage::StorageValueRef;

/// Most HTTP requests one worker run starts for one provider by default: input downloads and
/// inference requests together. A node operator whose server admits more (or fewer) concurrent
/// requests sets its own under [`MAX_REQUESTS_PER_RUN_KEY`].
///
/// A job is taken on only if all its requests fit (one for an inline input, two for a remote
/// one); the first job that does not, and every later job of that provider that needs a
/// request, waits for the next block's run, so the earliest phase ends are served first. This
/// bounds the load one block puts on the provider's server (the reference server admits 2
/// running and 16 queued requests by default: more would be refused with 503 and backed off)
/// and what one run holds open at once: connections, and response bodies of at most
/// `MAX_BODY_BYTES` each, per worker key in the node's keystore. Each provider has its own
/// budget, so a node holding the keys of several providers serves each as fast as a node of its
/// own would; the jobs of a provider at its `MaxActiveJobs` are answered within a few blocks.
pub const MAX_REQUESTS_PER_RUN: u32 = 16;

/// Persistent local storage key of this node's own per-provider request budget: a SCALE `u32`
/// (e.g. `0x20000000` for 32, set with the unsafe RPC `offchain_localStorageSet`), clamped to
/// `1..=MAX_REQUESTS_PER_RUN_LIMIT`; [`MAX_REQUESTS_PER_RUN`] when unset.
pub const MAX_REQUESTS_PER_RUN_KEY: &[u8] = b"infera/jobs/max-requests-per-run";

/// The largest per-provider request budget a node may set: two requests for each of 128 jobs.
pub const MAX_REQUESTS_PER_RUN_LIMIT: u32 = 256;

/// The per-provider request budget of this node's worker runs: the operator's under
/// [`MAX_REQUESTS_PER_RUN_KEY`] (clamped), else [`MAX_REQUESTS_PER_RUN`].
pub fn requests_per_run() -> u32 {
	StorageValueRef::persistent(MAX_REQUESTS_PER_RUN_KEY)
		.get::<u32>()
		.ok()
		.flatten()
		.map_or(MAX_REQUESTS_PER_RUN, |budget| budget.clamp(1, MAX_REQUESTS_PER_RUN_LIMIT))
}

/// The HTTP requests answering a job with `input` takes: one inference request, after a
/// download for a remote input the node may fetch; none for one it may not (rejected at once).
pub(super) fn requests_needed<Data, Uri: AsRef<[u8]>>(input: &Payload<Data, Uri>, allow_private: bool) -> u32 {
	match input {
		Payload::Inline(_) => 1,
		Payload::Remote { uri, .. } if remote_input_allowed(uri.as_ref(), allow_private) => 2,
		Payload::Remote { .. } => 0,
	}
}

/// What is left of one provider's request budget in a worker run.
pub(super) struct RequestBudget {
	/// Requests the run may still start for the provider.
	left: u32,
	/// The provider's jobs that wait for the next run.
	pub(super) deferred: u32,
}

impl RequestBudget {
	/// A provider's full budget of `per_run` requests.
	pub(super) fn new(per_run: u32) -> Self {
		Self { left: per_run, deferred: 0 }
	}

	/// Takes `cost` requests for the provider's next job (jobs come earliest phase end first),
	/// or defers it: once a job does not fit, the provider's later jobs wait too, so that the
	/// earliest phase ends are served first.
	pub(super) fn take(&mut self, cost: u32) -> bool {
		if self.deferred > 0 || cost > self.left {
			self.deferred = self.deferred.saturating_add(1);
			return false;
		}
		self.left = self.left.saturating_sub(cost);
		true
	}
}
