//! Benchmarks of the jobs pallet (frame-benchmarking v2). Worst cases: the most candidates a
//! model can have, `MaxRedundancy` providers per job, the longest inline input and output, a
//! full queue, and judgements that both pay winners and slash the rest. The benchmark models'
//! agreement rule is `CosineInt8` and every provider's output differs from the others' in one
//! component (agreeing within the tolerance), so judging computes the cosine of every pair of
//! outputs instead of stopping at equal hashes. The hooks' benchmarks
//! of `n` jobs give each job a model, a submitter and providers of its own: storage read or
//! written twice in a block is counted once, so shared providers would understate the weight.

use super::*;
use crate::Pallet as Jobs;
use alloc::{collections::BTreeSet, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		Get, Hooks,
	},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use infera_primitives::{ModelId, ProviderDirectory};
use sp_core::H256;
use sp_runtime::traits::{One, Saturating};

/// Price per provider used by the benchmarks: a thousand existential deposits.
fn price<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().max(One::one()).saturating_mul(1_000u32.into())
}

/// A funded account.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, price::<T>().saturating_mul(1_000_000u32.into()));
	who
}

/// Registers pool number `index` of `size` providers (accounts `index * size..`) as providers of
/// `model_id`, each bonding ten slashes. Pools of one size and different indices are disjoint.
fn providers<T: Config>(model_id: ModelId, index: u32, size: u32) -> Result<Vec<T::AccountId>, BenchmarkError> {
	let bond = price::<T>().saturating_mul(T::SlashMultiplier::get().into()).saturating_mul(10u32.into());
	let first = index.saturating_mul(size);
	(first..first.saturating_add(size))
		.map(|i| {
			let who = funded::<T>("provider", i);
			T::BenchmarkHelper::provider(&who, model_id, price::<T>(), bond)
				.map_err(|_| BenchmarkError::Stop("provider setup failed"))?;
			Ok(who)
		})
		.collect()
}

/// Registers as many providers of `model_id` as a model can have (pool 0).
fn full_pool<T: Config>(model_id: ModelId) -> Result<Vec<T::AccountId>, BenchmarkError> {
	providers::<T>(model_id, 0, T::Providers::max_candidates())
}

/// The fewest eligible providers a job of `MaxRedundancy` is drawn from.
fn min_pool<T: Config>() -> u32 {
	T::MaxRedundancy::get().saturating_add(T::MinPoolSurplus::get())
}

/// The model (seed `index`) and the funded submitter of job number `index` of an `n`-job
/// benchmark, which no other job shares.
fn own_market<T: Config>(index: u32) -> (ModelId, T::AccountId) {
	(T::BenchmarkHelper::listed_model(index), funded::<T>("submitter", index))
}

/// Asserts that each of `jobs` has `MaxRedundancy` providers and that no account is the
/// provider or submitter of two of them: the benchmark touches `MaxRedundancy + 1` distinct
/// accounts (and their holds) per job.
fn assert_disjoint<T: Config>(jobs: &[JobId]) {
	let mut seen = BTreeSet::new();
	for job in jobs.iter().filter_map(|job_id| Jobs::<T>::job(*job_id)) {
		assert_eq!(job.assignments.len() as u32, T::MaxRedundancy::get());
		seen.insert(job.submitter);
		seen.extend(job.assignments.into_iter().map(|a| a.provider));
	}
	assert_eq!(seen.len(), jobs.len() * (T::MaxRedundancy::get() as usize + 1), "jobs share accounts");
}

/// The longest inline payload of `len` bytes.
fn inline(len: u32) -> Payload<Vec<u8>, Vec<u8>> {
	Payload::Inline(vec![7u8; len as usize])
}

fn deadline<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(T::MaxCommitWindow::get())
}

/// Submits a job of `redundancy` for `model_id` and draws it (as the next block's hook would);
/// returns its id.
fn submit<T: Config>(
	submitter: &T::AccountId,
	model_id: ModelId,
	redundancy: u32,
) -> Result<JobId, BenchmarkError> {
	let job_id = NextJobId::<T>::get();
	Jobs::<T>::submit_job(
		RawOrigin::Signed(submitter.clone()).into(),
		model_id,
		inline(T::MaxInputLength::get()),
		price::<T>(),
		redundancy,
		deadline::<T>(),
	)?;
	Jobs::<T>::draw_submitted();
	Ok(job_id)
}

fn assigned<T: Config>(job_id: JobId) -> Vec<T::AccountId> {
	Jobs::<T>::job(job_id)
		.map(|job| job.assignments.iter().map(|a| a.provider.clone()).collect())
		.unwrap_or_default()
}

/// An output of the longest length, and its salt: an int8 vector of result `family` (vectors
/// of different families are far apart under any cosine rule), with component `member` moved
/// by one (so the members of a family agree under a cosine rule but differ byte for byte).
fn output<T: Config>(family: u8, member: u8) -> (Payload<Vec<u8>, Vec<u8>>, H256) {
	let mut bytes: Vec<u8> = (0..T::MaxOutputLength::get())
		.map(|i| (i.wrapping_mul(7_919).wrapping_add(u32::from(family).wrapping_mul(104_729)) % 251) as u8)
		.collect();
	if let Some(byte) = bytes.get_mut(usize::from(member)) {
		let value = *byte as i8;
		*byte = if value == i8::MAX { value.saturating_sub(1) } else { value.saturating_add(1) } as u8;
	}
	(Payload::Inline(bytes), H256::repeat_byte(family.wrapping_mul(16).wrapping_add(member)))
}

fn commit<T: Config>(provider: &T::AccountId, job_id: JobId, family: u8, member: u8) -> Result<(), BenchmarkError> {
	let (out, salt) = output::<T>(family, member);
	let commitment = commitment_of(job_id, provider, &out.hash(), &salt);
	Jobs::<T>::commit_result(RawOrigin::Signed(provider.clone()).into(), job_id, commitment)?;
	Ok(())
}

fn reveal<T: Config>(provider: &T::AccountId, job_id: JobId, family: u8, member: u8) -> Result<(), BenchmarkError> {
	let (out, salt) = output::<T>(family, member);
	Jobs::<T>::reveal_result(RawOrigin::Signed(provider.clone()).into(), job_id, out, salt)?;
	Ok(())
}

/// A job of `MaxRedundancy` in which everybody committed: the first `quorum` to an output of
/// family 1, the rest to one of family `minority` (1 too for a unanimous job); provider `i`'s
/// output is member `i` of its family. Returns the job and its providers.
fn committed_job<T: Config>(
	submitter: &T::AccountId,
	model_id: ModelId,
	minority: u8,
) -> Result<(JobId, Vec<T::AccountId>), BenchmarkError> {
	let job_id = submit::<T>(submitter, model_id, T::MaxRedundancy::get())?;
	let chosen = assigned::<T>(job_id);
	let quorum = T::MaxRedundancy::get() / 2 + 1;
	for (i, p) in chosen.iter().enumerate() {
		commit::<T>(p, job_id, if (i as u32) < quorum { 1 } else { minority }, i as u8)?;
	}
	Ok((job_id, chosen))
}

/// `n` jobs of `MaxRedundancy`, each with a model, a submitter and `min_pool` providers of its
/// own, in which everybody committed (see `committed_job`) and the first `revealers` revealed.
fn disjoint_jobs<T: Config>(n: u32, minority: u8, revealers: u32) -> Result<Vec<JobId>, BenchmarkError> {
	(0..n)
		.map(|index| {
			let (model_id, submitter) = own_market::<T>(index);
			providers::<T>(model_id, index, min_pool::<T>())?;
			let (job_id, chosen) = committed_job::<T>(&submitter, model_id, minority)?;
			for (i, p) in chosen.iter().enumerate().take(revealers as usize) {
				reveal::<T>(p, job_id, 1, i as u8)?;
			}
			Ok(job_id)
		})
		.collect()
}

/// A single-provider job whose result awaits its challenge window.
fn challengeable_job<T: Config>(submitter: &T::AccountId, model_id: ModelId) -> Result<(JobId, T::AccountId), BenchmarkError> {
	let job_id = submit::<T>(submitter, model_id, 1)?;
	let provider = assigned::<T>(job_id).into_iter().next().ok_or(BenchmarkError::Stop("not assigned"))?;
	commit::<T>(&provider, job_id, 1, 0)?;
	reveal::<T>(&provider, job_id, 1, 0)?;
	Ok((job_id, provider))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn submit_job() -> Result<(), BenchmarkError> {
		// The block's last submission (its draw is `assign_queued(1)`, charged with it).
		let model_id = T::BenchmarkHelper::listed_model(0);
		full_pool::<T>(model_id)?;
		let submitter = funded::<T>("submitter", 0);
		let others = T::MaxDrawsPerBlock::get().saturating_sub(1);
		PendingDraws::<T>::put(BoundedVec::truncate_from((0..others.into()).map(|i: u64| i + 1_000_000).collect::<Vec<_>>()));
		let job_id = NextJobId::<T>::get();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(submitter),
			model_id,
			inline(T::MaxInputLength::get()),
			price::<T>(),
			T::MaxRedundancy::get(),
			deadline::<T>(),
		);
		assert!(PendingDraws::<T>::get().contains(&job_id));
		Ok(())
	}

	#[benchmark]
	fn cancel_job() -> Result<(), BenchmarkError> {
		// No providers: every job queues. The queue is full; cancel the last one.
		let model_id = T::BenchmarkHelper::listed_model(0);
		let submitter = funded::<T>("submitter", 0);
		let mut last = 0;
		for _ in 0..T::MaxQueuedJobs::get() {
			last = submit::<T>(&submitter, model_id, 1)?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(submitter), last);
		assert_eq!(Jobs::<T>::job(last).map(|j| j.status), Some(JobStatus::Cancelled));
		Ok(())
	}

	#[benchmark]
	fn commit_result() -> Result<(), BenchmarkError> {
		// The last commitment, which starts the reveal phase.
		let model_id = T::BenchmarkHelper::listed_model(0);
		full_pool::<T>(model_id)?;
		let submitter = funded::<T>("submitter", 0);
		let job_id = submit::<T>(&submitter, model_id, T::MaxRedundancy::get())?;
		let chosen = assigned::<T>(job_id);
		let (last, others) = chosen.split_last().ok_or(BenchmarkError::Stop("not assigned"))?;
		for (i, p) in others.iter().enumerate() {
			commit::<T>(p, job_id, 1, i as u8)?;
		}
		let (out, salt) = output::<T>(1, others.len() as u8);
		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), job_id, commitment_of(job_id, last, &out.hash(), &salt));
		assert!(matches!(Jobs::<T>::job(job_id).map(|j| j.status), Some(JobStatus::Revealing { .. })));
		Ok(())
	}

	#[benchmark]
	fn reveal_result() -> Result<(), BenchmarkError> {
		// The last reveal, which judges the job: unanimous (every output within the tolerance of
		// every other, none equal), every provider is paid. (A contradicted majority only opens
		// the challenge window: less work.)
		let model_id = T::BenchmarkHelper::listed_model(0);
		full_pool::<T>(model_id)?;
		let submitter = funded::<T>("submitter", 0);
		let (job_id, chosen) = committed_job::<T>(&submitter, model_id, 1)?;
		let (first, rest) = chosen.split_first().ok_or(BenchmarkError::Stop("not assigned"))?;
		for (i, p) in rest.iter().enumerate() {
			reveal::<T>(p, job_id, 1, (i as u8).saturating_add(1))?;
		}
		let (out, salt) = output::<T>(1, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(first.clone()), job_id, out, salt);
		assert_eq!(Jobs::<T>::job(job_id).map(|j| j.status), Some(JobStatus::Settled));
		Ok(())
	}

	#[benchmark]
	fn reveal_output_hash() -> Result<(), BenchmarkError> {
		// The last opening of an audited job's worker and auditor, with the same hash as the
		// first: both go on to publish their outputs in a fresh reveal phase. (Different hashes
		// only hand the job to the next block's hook.) The audit is set on a two-provider job
		// directly: the hook's random draw is not the extrinsic's cost.
		let model_id = T::BenchmarkHelper::listed_model(0);
		full_pool::<T>(model_id)?;
		let submitter = funded::<T>("submitter", 0);
		let job_id = submit::<T>(&submitter, model_id, 2)?;
		let chosen = assigned::<T>(job_id);
		let [worker, auditor] = chosen.as_slice() else { return Err(BenchmarkError::Stop("not assigned")) };
		for p in [worker, auditor] {
			commit::<T>(p, job_id, 1, 0)?;
		}
		crate::Jobs::<T>::mutate(job_id, |job| {
			if let Some(job) = job {
				job.audit = AuditStage::Auditing;
			}
		});
		let (out, salt) = output::<T>(1, 0);
		Jobs::<T>::reveal_output_hash(RawOrigin::Signed(worker.clone()).into(), job_id, out.hash(), salt)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(auditor.clone()), job_id, out.hash(), salt);
		let job = Jobs::<T>::job(job_id).ok_or(BenchmarkError::Stop("job gone"))?;
		assert_eq!(job.audit, AuditStage::Publishing);
		assert!(matches!(job.status, JobStatus::Revealing { .. }));
		Ok(())
	}

	#[benchmark]
	fn challenge() -> Result<(), BenchmarkError> {
		let model_id = T::BenchmarkHelper::listed_model(0);
		full_pool::<T>(model_id)?;
		let submitter = funded::<T>("submitter", 0);
		let (job_id, _) = challengeable_job::<T>(&submitter, model_id)?;
		let watcher = funded::<T>("watcher", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(watcher), job_id);
		assert!(matches!(Jobs::<T>::job(job_id).map(|j| j.status), Some(JobStatus::Disputed { .. })));
		Ok(())
	}

	#[benchmark]
	fn resolve_challenge() -> Result<(), BenchmarkError> {
		// Upheld: bond returned, provider slashed with compensation, submitter refunded.
		let model_id = T::BenchmarkHelper::listed_model(0);
		full_pool::<T>(model_id)?;
		let submitter = funded::<T>("submitter", 0);
		let (job_id, _) = challengeable_job::<T>(&submitter, model_id)?;
		let watcher = funded::<T>("watcher", 0);
		Jobs::<T>::challenge(RawOrigin::Signed(watcher).into(), job_id)?;
		let origin = <T::ResolutionOrigin as frame_support::traits::EnsureOrigin<T::RuntimeOrigin>>::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, job_id, true);
		assert_eq!(
			Jobs::<T>::job(job_id).map(|j| j.status),
			Some(JobStatus::Failed(FailReason::ChallengeUpheld))
		);
		Ok(())
	}

	#[benchmark]
	fn on_initialize_idle() {
		let now = frame_system::Pallet::<T>::block_number();
		#[block]
		{
			Jobs::<T>::on_initialize(now);
		}
	}

	#[benchmark]
	fn process_due(n: Linear<1, { T::MaxDuePerBlock::get() }>) -> Result<(), BenchmarkError> {
		// `n` jobs whose reveal phase ends: each pays its majority and slashes the rest, who
		// never revealed. No two jobs share a provider or submitter.
		let quorum = T::MaxRedundancy::get() / 2 + 1;
		let jobs = disjoint_jobs::<T>(n, 2, quorum)?;
		assert_disjoint::<T>(&jobs);
		let reveal_end = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::RevealPeriod::get())
			.saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(reveal_end);
		DueCursor::<T>::put(reveal_end);
		#[block]
		{
			Jobs::<T>::process_due(reveal_end);
		}
		for job_id in jobs {
			assert_eq!(Jobs::<T>::job(job_id).map(|j| j.status), Some(JobStatus::Settled));
		}
		Ok(())
	}

	#[benchmark]
	fn assign_queued(n: Linear<1, { T::MaxAssignmentsPerBlock::get() }>) -> Result<(), BenchmarkError> {
		// `n` queued jobs of `MaxRedundancy`, all assignable once the providers register: each
		// job has a model of its own with as many candidates as a model can have (its own, so
		// the `n` draws share no provider), and a submitter of its own.
		let mut jobs = Vec::new();
		let mut models = Vec::new();
		for index in 0..n {
			let (model_id, submitter) = own_market::<T>(index);
			jobs.push(submit::<T>(&submitter, model_id, T::MaxRedundancy::get())?);
			models.push(model_id);
		}
		for (index, model_id) in (0..n).zip(models) {
			providers::<T>(model_id, index, T::Providers::max_candidates())?;
			assert_eq!(T::Providers::candidates(model_id).len() as u32, T::Providers::max_candidates());
		}
		let now = frame_system::Pallet::<T>::block_number();
		#[block]
		{
			Jobs::<T>::assign_queued(now);
		}
		assert_disjoint::<T>(&jobs);
		Ok(())
	}

	#[benchmark]
	fn prune_finished(n: Linear<1, { T::MaxPrunedPerBlock::get() }>) -> Result<(), BenchmarkError> {
		// `n` settled jobs of `MaxRedundancy` with the longest input and every output stored,
		// at the end of their retention period; each returns the deposit of a submitter of its
		// own.
		let jobs = disjoint_jobs::<T>(n, 1, T::MaxRedundancy::get())?;
		assert_disjoint::<T>(&jobs);
		for job_id in jobs.iter() {
			assert_eq!(Jobs::<T>::job(*job_id).map(|j| j.status), Some(JobStatus::Settled));
		}
		let prune_at = frame_system::Pallet::<T>::block_number().saturating_add(T::RetentionPeriod::get());
		frame_system::Pallet::<T>::set_block_number(prune_at);
		PruneCursor::<T>::put(prune_at);
		#[block]
		{
			Jobs::<T>::prune_finished(prune_at);
		}
		for job_id in jobs {
			assert!(Jobs::<T>::job(job_id).is_none());
		}
		Ok(())
	}

	impl_benchmark_test_suite!(Jobs, crate::mock::ExtBuilder::default().providers(vec![]).build(), crate::mock::Test);
}
