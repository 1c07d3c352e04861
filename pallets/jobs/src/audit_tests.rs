//! Audited single-provider jobs (#18 part 3): a job of redundancy 1 on a model listed with an
//! audit chance is re-run, with that chance, by an auditor drawn after its worker committed;
//! worker and auditor open their commitments with output hashes only, and different hashes
//! are decided by a tie-breaker that commits before any output is public. Unit tests of each
//! path, then a randomized test
//! of a worker that skips the work on some of its jobs: it is caught as often as the audit
//! chance predicts and ends poorer than the honest providers.

use crate::{mock::*, tests::*, AuditStage, Error, Event, FailReason, JobId, JobStatus, Jobs as JobsStorage, Outputs};
use frame_support::{assert_noop, assert_ok};
use infera_primitives::{AgreementRule, Perbill, SlashReason};
use sp_runtime::DispatchResult;
use std::collections::BTreeMap;

/// A 16-component int8 embedding with component 1 moved by `nudge`: moves of -30, 0 and +30
/// form a chain under the tests' 99% cosine rule (neighbours agree, the ends do not).
fn embedding_nudged(nudge: i8) -> Vec<u8> {
	let mut v: Vec<i8> = (0..16).map(|i| if i % 3 == 0 { -90 } else { 60 + i as i8 }).collect();
	v[1] = v[1].saturating_add(nudge);
	v.into_iter().map(|x| x as u8).collect()
}

/// Lists the tests' models with an audit chance of `percent`.
fn with_audits(percent: u32) {
	ModelAuditChance::set(Perbill::from_percent(percent));
}

/// The worker of job `id` commits to `output`; the next block decides the audit. Returns the
/// worker.
fn worker_commits(id: JobId, output: &[u8]) -> AccountId {
	let worker = assigned(id)[0];
	commit(worker, id, output);
	assert_eq!(job(id).status, JobStatus::AwaitingAuditor);
	System::assert_last_event(Event::AuditorPending { job_id: id, at: System::block_number() + 1 }.into());
	next_block();
	worker
}

/// A job audited for sure: its worker commits to `worker_output`, and the auditor drawn in the
/// next block to `auditor_output`. Returns the job, its worker and its auditor.
fn audited_job(worker_output: &[u8], auditor_output: &[u8]) -> (JobId, AccountId, AccountId) {
	with_audits(100);
	let id = submit(ALICE, 1, PRICE);
	let worker = worker_commits(id, worker_output);
	let auditor = assigned(id)[1];
	commit(auditor, id, auditor_output);
	(id, worker, auditor)
}

/// Worker and auditor of `id` open different hashes while the only other provider is offline:
/// the next block's tie-breaker draw finds nobody. Returns that provider.
fn dispute_with_the_third_provider_offline(id: JobId, worker: AccountId, auditor: AccountId) -> AccountId {
	let third = [P1, P2, P3].into_iter().find(|p| *p != worker && *p != auditor).unwrap();
	assert_ok!(Compute::go_offline(RuntimeOrigin::signed(third)));
	open(auditor, id, b"truth");
	open(worker, id, b"lie");
	third
}

/// Audited job `id` settled: each of `paid` got its price, `at_fault` alone was slashed (the
/// slash to the treasury), and the submitter paid those runs and the fee on one.
fn assert_settled(id: JobId, paid: &[AccountId], at_fault: (AccountId, SlashReason)) {
	assert_eq!(job(id).status, JobStatus::Settled);
	assert_eq!(penalties(), vec![(at_fault.0, at_fault.1, 0)]);
	for p in paid {
		assert_eq!(free(*p), INITIAL_BALANCE - STAKE + PRICE);
	}
	assert_eq!(free(ALICE), INITIAL_BALANCE - paid.len() as Balance * PRICE - fee(PRICE));
}

/// Provider `p` of job `id` opens its commitment to `output` with the output's hash only; the
/// call's result.
fn try_open(p: AccountId, id: JobId, output: &[u8]) -> DispatchResult {
	Jobs::reveal_output_hash(RuntimeOrigin::signed(p), id, inline(output).hash(), salt(p))
}

/// Provider `p` of an audited job opens its commitment to `output` with the output's hash only.
fn open(p: AccountId, id: JobId, output: &[u8]) {
	assert_ok!(try_open(p, id, output));
}

/// Worker and auditor of `id` open `worker_output` and `auditor_output`, which differ, and the
/// next block draws a tie-breaker. Returns the tie-breaker.
fn open_apart_and_draw_tie_breaker(
	id: JobId,
	worker: AccountId,
	auditor: AccountId,
	worker_output: &[u8],
	auditor_output: &[u8],
) -> AccountId {
	open(worker, id, worker_output);
	open(auditor, id, auditor_output);
	next_block();
	assigned(id)[2]
}

/// Worker and auditor open `worker_output` and `auditor_output`, which differ: the next block
/// draws a tie-breaker, which commits to `tie_breaker_output`; then all three publish. Returns
/// the tie-breaker.
fn tie_break(id: JobId, worker_output: &[u8], auditor_output: &[u8], tie_breaker_output: &[u8]) -> AccountId {
	let (worker, auditor) = (assigned(id)[0], assigned(id)[1]);
	open(worker, id, worker_output);
	open(auditor, id, auditor_output);
	assert_eq!(job(id).status, JobStatus::AwaitingAuditor);
	next_block();
	let tie_breaker = assigned(id)[2];
	assert_eq!(job(id).audit, AuditStage::TieBreaking);
	commit(tie_breaker, id, tie_breaker_output);
	assert!(matches!(job(id).status, JobStatus::Revealing { .. }));
	for (p, output) in [(worker, worker_output), (auditor, auditor_output), (tie_breaker, tie_breaker_output)] {
		reveal(p, id, output);
	}
	tie_breaker
}

#[test]
fn an_audited_job_whose_auditor_agrees_settles_at_once_and_pays_both() {
	ExtBuilder::default().build_and_execute(|| {
		with_audits(100);
		let id = submit(ALICE, 1, PRICE);
		// Room for the auditor's price (under `Exact` at most two runs are ever paid): the fee
		// is on the worker's price only.
		assert_eq!(escrow_held(ALICE), 2 * PRICE + fee(PRICE));
		// Nothing is decided before the worker commits: the worker cannot know.
		assert_eq!(job(id).audit, AuditStage::Undecided);
		assert_eq!(assigned(id).len(), 1);
		let worker = worker_commits(id, b"truth");
		let auditor = assigned(id)[1];
		assert_ne!(auditor, worker);
		assert_eq!(job(id).audit, AuditStage::Auditing);
		assert!(jobs_events().contains(&Event::AuditorAssigned { job_id: id, auditor, deadline: job(id).deadline }));
		assert_eq!(job(id).status, JobStatus::Committing);
		commit(auditor, id, b"truth");
		assert!(matches!(job(id).status, JobStatus::Revealing { .. }));
		open(worker, id, b"truth");
		open(auditor, id, b"truth");
		// The same hash: no tie-breaker, both publish.
		assert_eq!(job(id).audit, AuditStage::Publishing);
		assert!(matches!(job(id).status, JobStatus::Revealing { .. }));
		assert!(jobs_events().contains(&Event::OutputHashRevealed {
			job_id: id,
			provider: auditor,
			output_hash: inline(b"truth").hash()
		}));
		reveal(worker, id, b"truth");
		reveal(auditor, id, b"truth");
		// Worker and auditor agree: settled at once, both paid.
		assert_eq!(job(id).status, JobStatus::Settled);
		for p in [worker, auditor] {
			assert_eq!(free(p), INITIAL_BALANCE - STAKE + PRICE);
			assert_eq!(reputation(p), (1, 0, 0));
		}
		assert_eq!(free(ALICE), INITIAL_BALANCE - 2 * PRICE - fee(PRICE));
		assert_eq!(escrow_held(ALICE), 0);
		assert!(penalties().is_empty());
	});
}

/// Red team 1: a job that may be audited is only assigned where a worker, an auditor and a
/// tie-breaker can be drawn; on the old code it ran on a pool too thin to audit it, which the
/// worker could see before committing a lie.
#[test]
fn an_auditable_job_is_assigned_only_where_it_can_be_audited() {
	ExtBuilder::default().providers(vec![P1, P2]).build_and_execute(|| {
		with_audits(100);
		let id = submit(ALICE, 1, PRICE);
		assert_eq!(job(id).status, JobStatus::Queued);
		register_provider(P3, MODEL, PRICE, STAKE);
		run_to_block(System::block_number() + 2);
		assert_eq!(job(id).status, JobStatus::Committing);
	});
}

/// Red team 1: accomplices that leave the pool right after the worker's commitment cannot buy
/// it an unaudited lie: the job waits for an auditor and, none coming, fails unpaid (the
/// submitter refunded in full, nobody slashed: the worker may have been honest).
#[test]
fn emptying_the_pool_after_the_commitment_fails_the_job_unpaid_instead_of_unaudited() {
	ExtBuilder::default().build_and_execute(|| {
		with_audits(100);
		let id = submit(ALICE, 1, PRICE);
		let worker = assigned(id)[0];
		commit(worker, id, b"lie");
		for accomplice in [P1, P2, P3].into_iter().filter(|p| *p != worker) {
			assert_ok!(Compute::go_offline(RuntimeOrigin::signed(accomplice)));
		}
		next_block();
		assert_eq!(job(id).audit, AuditStage::AuditorWanted);
		assert_eq!(job(id).status, JobStatus::AwaitingAuditor);
		assert!(!jobs_events().contains(&Event::JobNotAudited { job_id: id }));
		run_to_block(job(id).deadline + MIN_WINDOW + 2);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::AuditUnavailable));
		assert!(penalties().is_empty());
		assert_eq!(free(worker), INITIAL_BALANCE - STAKE);
		assert_eq!(reputation(worker), (0, 0, 0));
		assert_eq!(free(ALICE), INITIAL_BALANCE);
		assert_eq!(escrow_held(ALICE), 0);
	});
}

/// ...and a provider back in time is drawn: the retry keeps the draw's "audit".
#[test]
fn an_auditor_that_comes_back_in_time_is_drawn() {
	ExtBuilder::default().build_and_execute(|| {
		with_audits(100);
		let id = submit(ALICE, 1, PRICE);
		let worker = assigned(id)[0];
		commit(worker, id, b"truth");
		let others: Vec<AccountId> = [P1, P2, P3].into_iter().filter(|p| *p != worker).collect();
		for p in &others {
			assert_ok!(Compute::go_offline(RuntimeOrigin::signed(*p)));
		}
		next_block();
		next_block();
		assert_ok!(Compute::go_online(RuntimeOrigin::signed(others[0])));
		next_block();
		assert_eq!(job(id).audit, AuditStage::Auditing);
		assert_eq!(assigned(id)[1], others[0]);
	});
}

/// Red team 2: a model delisted (or unlisted by its owner) after the worker committed does not
/// cancel the audit of the running job.
#[test]
fn delisting_the_model_does_not_cancel_a_running_audit() {
	ExtBuilder::default().build_and_execute(|| {
		with_audits(100);
		let id = submit(ALICE, 1, PRICE);
		commit(assigned(id)[0], id, b"lie");
		DelistedModel::set(MODEL);
		next_block();
		assert_eq!(job(id).audit, AuditStage::Auditing);
		DelistedModel::set(0);
	});
}

/// Red team 4: under a tolerance rule a tie-breaker whose output agrees with both the worker's
/// and the auditor's decides nothing (on the old code its bridge won: the far output was paid
/// and the result was never computed by anyone); the disagreement stays a split.
#[test]
fn a_tie_breaker_bridging_worker_and_auditor_decides_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		with_audits(100);
		ModelAgreement::set(AgreementRule::CosineInt8 { min_cosine: Perbill::from_percent(COSINE_PERCENT) });
		let (far, middle, other_far) = (embedding_nudged(-30), embedding_nudged(0), embedding_nudged(30));
		let id = submit(ALICE, 1, PRICE);
		worker_commits(id, &far);
		commit(assigned(id)[1], id, &other_far);
		tie_break(id, &far, &other_far, &middle);
		assert!(matches!(job(id).status, JobStatus::Challengeable { .. }));
		assert_eq!(job(id).result, None);
		let_challenge_window_pass(id);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoMajority));
		ModelAgreement::set(AgreementRule::Exact);
	});
}

/// Red team 6: a tie-breaker that never commits leaves worker and auditor to publish their
/// outputs, and the job is judged as soon as they did, not after `RevealPeriod` blocks; it is
/// slashed.
#[test]
fn a_tie_breaker_that_never_commits_ends_the_job_once_worker_and_auditor_published() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, worker, auditor) = audited_job(b"lie", b"truth");
		let tie_breaker = open_apart_and_draw_tie_breaker(id, worker, auditor, b"lie", b"truth");
		run_to_block(job(id).deadline + 1);
		assert!(matches!(job(id).status, JobStatus::Revealing { .. }));
		reveal(worker, id, b"lie");
		reveal(auditor, id, b"truth");
		assert!(matches!(job(id).status, JobStatus::Challengeable { .. }));
		let_challenge_window_pass(id);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoMajority));
		// The job failed after assignment: the submitter is compensated from the slash, at most
		// the fee it was charged.
		assert_eq!(penalties(), vec![(tie_breaker, SlashReason::MissedDeadline, fee(PRICE))]);
	});
}

#[test]
fn a_model_without_audits_holds_no_audit_share_and_never_draws_an_auditor() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 1, PRICE);
		assert_eq!(escrow_held(ALICE), PRICE + fee(PRICE));
		assert_eq!(job(id).audit, AuditStage::NotAuditable);
		commit(assigned(id)[0], id, b"truth");
		assert!(matches!(job(id).status, JobStatus::Revealing { .. }));
		// Redundancy 2 is never audited either.
		with_audits(100);
		let id = submit(ALICE, 2, PRICE);
		assert_eq!(job(id).audit, AuditStage::NotAuditable);
		assert_eq!(job(id).audit_chance, Perbill::zero());
	});
}

/// The worker lies; the auditor disagrees; the tie-breaker sides with the auditor. The worker
/// is slashed, auditor and tie-breaker are paid, and the submitter pays two prices as for any
/// audited job (the third share of the escrow is refunded).
#[test]
fn a_lying_worker_is_caught_by_its_auditor_and_slashed_after_the_tie_breaker() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, worker, auditor) = audited_job(b"lie", b"truth");
		let tie_breaker = tie_break(id, b"lie", b"truth", b"truth");
		assert!(jobs_events().contains(&Event::TieBreakerAssigned {
			job_id: id,
			provider: tie_breaker,
			deadline: job(id).deadline
		}));
		assert_eq!(job(id).result, Some(inline(b"truth").hash()));
		let_challenge_window_pass(id);
		assert_settled(id, &[auditor, tie_breaker], (worker, SlashReason::WrongResult));
		assert_eq!(stake_held(worker), STAKE - SLASH);
		assert_eq!(free(worker), INITIAL_BALANCE - STAKE);
	});
}

#[test]
fn an_auditor_that_never_answers_is_slashed_and_the_workers_result_stands_alone() {
	ExtBuilder::default().build_and_execute(|| {
		with_audits(100);
		let id = submit(ALICE, 1, PRICE);
		let worker = worker_commits(id, b"truth");
		let auditor = assigned(id)[1];
		// The auditor's commit window ends unanswered: the worker opens alone, then publishes.
		run_to_block(job(id).deadline + 1);
		assert!(matches!(job(id).status, JobStatus::Revealing { .. }));
		open(worker, id, b"truth");
		assert_eq!(job(id).audit, AuditStage::Publishing);
		reveal(worker, id, b"truth");
		let_challenge_window_pass(id);
		assert_settled(id, &[worker], (auditor, SlashReason::MissedDeadline));
	});
}

/// Collusion: an auditor that is the worker's accomplice confirms the lie, and an audited job
/// that agrees settles at once. This is the `q` of the inequality in
/// `docs/design/audited-jobs.md`: the audit catches a cheat only when the auditor drawn is not
/// an accomplice, so an accomplice's share of the draw weight lowers the detection rate. The
/// test pins the limit down so that a change in it is noticed.
#[test]
fn a_colluding_auditor_confirms_the_lie_and_the_job_settles() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, worker, accomplice) = audited_job(b"lie", b"lie");
		for p in [worker, accomplice] {
			open(p, id, b"lie");
		}
		for p in [worker, accomplice] {
			reveal(p, id, b"lie");
		}
		assert_eq!(job(id).status, JobStatus::Settled);
		assert!(penalties().is_empty());
	});
}

/// Red team 3: the tie-breaker commits before either disputed output is public, so it cannot
/// copy one. On the old code worker and auditor revealed their outputs in full before the
/// tie-breaker was drawn: a tie-breaker copying a faulty auditor's bytes got the honest worker
/// slashed.
#[test]
fn a_tie_breaker_commits_before_either_disputed_output_is_public() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, worker, auditor) = audited_job(b"truth", b"garbage");
		// In the opening an output cannot be revealed in full through the chain.
		assert_noop!(try_reveal(auditor, id, b"garbage"), Error::<Test>::OutputHashFirst);
		let tie_breaker = open_apart_and_draw_tie_breaker(id, worker, auditor, b"truth", b"garbage");
		assert_eq!(job(id).status, JobStatus::Committing);
		// Nothing to copy: the chain holds the two hashes only.
		for p in [worker, auditor] {
			assert!(Outputs::<Test>::get(id, p).is_none());
		}
		assert!(!jobs_events().iter().any(|e| matches!(e, Event::ResultRevealed { job_id, .. } if *job_id == id)));
		// The tie-breaker computes; the honest worker wins, the faulty auditor is slashed.
		commit(tie_breaker, id, b"truth");
		for (p, output) in [(worker, &b"truth"[..]), (auditor, b"garbage"), (tie_breaker, b"truth")] {
			reveal(p, id, output);
		}
		assert_eq!(job(id).result, Some(inline(b"truth").hash()));
		let_challenge_window_pass(id);
		assert_settled(id, &[worker, tie_breaker], (auditor, SlashReason::WrongResult));
		assert_eq!(escrow_held(ALICE), 0);
	});
}

/// The opening takes hashes only, from an audited job's providers; the publication must be
/// exactly the opened output, once.
#[test]
fn an_audited_job_is_opened_by_hash_and_published_as_opened() {
	ExtBuilder::default().build_and_execute(|| {
		// A job that is not audited is revealed in full.
		let plain = submit(ALICE, 1, PRICE);
		let provider = assigned(plain)[0];
		commit(provider, plain, b"truth");
		assert_noop!(try_open(provider, plain, b"truth"), Error::<Test>::OutputRequired);
		let (id, worker, auditor) = audited_job(b"truth", b"truth");
		assert_noop!(try_open(worker, id, b"other"), Error::<Test>::CommitmentMismatch);
		assert_noop!(
			Jobs::reveal_output_hash(RuntimeOrigin::signed(worker), id, crate::input_rejected_hash(), salt(worker)),
			Error::<Test>::UseRevealRejection
		);
		open(worker, id, b"truth");
		assert_noop!(try_open(worker, id, b"truth"), Error::<Test>::AlreadyRevealed);
		open(auditor, id, b"truth");
		assert_eq!(job(id).audit, AuditStage::Publishing);
		// Publishing: the output opened, in full, once.
		assert_noop!(try_open(worker, id, b"truth"), Error::<Test>::OutputRequired);
		assert_noop!(try_reveal(worker, id, b"other"), Error::<Test>::CommitmentMismatch);
		reveal(worker, id, b"truth");
		assert_noop!(try_reveal(worker, id, b"truth"), Error::<Test>::AlreadyRevealed);
		assert!(matches!(job(id).status, JobStatus::Revealing { .. }));
		reveal(auditor, id, b"truth");
		assert_eq!(job(id).status, JobStatus::Settled);
	});
}

/// A worker that opened a lie learns nothing from the tie-breaker's commitment, and keeping its
/// output back does not save it: an opened output not published counts as not revealed.
#[test]
fn an_opened_output_never_published_is_slashed_as_unrevealed() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, worker, auditor) = audited_job(b"lie", b"truth");
		let tie_breaker = open_apart_and_draw_tie_breaker(id, worker, auditor, b"lie", b"truth");
		commit(tie_breaker, id, b"truth");
		reveal(auditor, id, b"truth");
		reveal(tie_breaker, id, b"truth");
		let JobStatus::Revealing { until } = job(id).status else { panic!("not revealing: {:?}", job(id).status) };
		run_to_block(until + 1);
		// Auditor and tie-breaker agree and nobody contradicts them: settled at once.
		assert_settled(id, &[auditor, tie_breaker], (worker, SlashReason::NoReveal));
		assert_eq!(job(id).assignments[0].output_hash, None);
	});
}

/// Red team (blind tie-breaker) 1: a worker that lied and does not open cannot publish its
/// output once the auditor's opened output is published (on the first version it could, the
/// job became a split and nobody was slashed): it counts as not revealed, and the auditor's
/// result stands alone.
#[test]
fn a_provider_that_did_not_open_cannot_publish_and_escape_the_tie_breaker() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, worker, auditor) = audited_job(b"lie", b"truth");
		open(auditor, id, b"truth");
		let JobStatus::Revealing { until } = job(id).status else { panic!("not revealing: {:?}", job(id).status) };
		run_to_block(until + 1);
		assert_eq!(job(id).audit, AuditStage::Publishing);
		assert_noop!(try_reveal(worker, id, b"lie"), Error::<Test>::NotOpened);
		// The phase ends as soon as the auditor published: nobody else has anything to reveal.
		reveal(auditor, id, b"truth");
		assert!(matches!(job(id).status, JobStatus::Challengeable { .. }));
		let_challenge_window_pass(id);
		assert_settled(id, &[auditor], (worker, SlashReason::NoReveal));
	});
}

/// Red team (blind tie-breaker) 5: the liar opens last and so picks the block of the
/// tie-breaker's draw; a pool thin in that block only delays the draw (on the first version the
/// job went on without a tie-breaker, a split nobody was slashed for).
#[test]
fn a_tie_breaker_missing_for_one_block_is_drawn_when_it_comes_back() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, worker, auditor) = audited_job(b"lie", b"truth");
		let third = dispute_with_the_third_provider_offline(id, worker, auditor);
		next_block();
		assert_eq!(job(id).status, JobStatus::AwaitingAuditor);
		assert_ok!(Compute::go_online(RuntimeOrigin::signed(third)));
		next_block();
		assert_eq!(job(id).audit, AuditStage::TieBreaking);
		assert_eq!(assigned(id)[2], third);
	});
}

/// ...and one that never comes back leaves worker and auditor to publish, after the retries.
#[test]
fn without_a_tie_breaker_worker_and_auditor_publish_after_the_retries() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, worker, auditor) = audited_job(b"lie", b"truth");
		dispute_with_the_third_provider_offline(id, worker, auditor);
		let retry_until = job(id).deadline + REVEAL + MIN_WINDOW;
		run_to_block(retry_until);
		assert_eq!(job(id).status, JobStatus::AwaitingAuditor);
		run_to_block(retry_until + 2);
		assert_eq!(job(id).audit, AuditStage::Publishing);
		reveal(worker, id, b"lie");
		reveal(auditor, id, b"truth");
		assert!(matches!(job(id).status, JobStatus::Challengeable { .. }));
		assert_eq!(job(id).result, None);
	});
}

/// Under a tolerance rule, honest outputs that differ in a byte open different hashes: the
/// tie-breaker runs and, all three agreeing, all three are paid from the escrow's third share.
#[test]
fn close_outputs_under_a_tolerance_rule_draw_a_tie_breaker_paid_beside_both() {
	ExtBuilder::default().build_and_execute(|| {
		with_audits(100);
		ModelAgreement::set(AgreementRule::CosineInt8 { min_cosine: Perbill::from_percent(COSINE_PERCENT) });
		let id = submit(ALICE, 1, PRICE);
		// Room for auditor and tie-breaker under a tolerance rule.
		assert_eq!(escrow_held(ALICE), 3 * PRICE + fee(PRICE));
		let (a, b) = (embedding_nudged(0), embedding_nudged(1));
		let worker = worker_commits(id, &a);
		let auditor = assigned(id)[1];
		commit(auditor, id, &b);
		let tie_breaker = tie_break(id, &a, &b, &a);
		assert_eq!(job(id).status, JobStatus::Settled);
		assert!(penalties().is_empty());
		for p in [worker, auditor, tie_breaker] {
			assert_eq!(free(p), INITIAL_BALANCE - STAKE + PRICE);
		}
		assert_eq!(free(ALICE), INITIAL_BALANCE - 3 * PRICE - fee(PRICE));
		assert_eq!(escrow_held(ALICE), 0);
		ModelAgreement::set(AgreementRule::Exact);
	});
}

/// How a randomized run ended.
#[derive(Default, Debug)]
struct AuditTally {
	/// Jobs the cheater worked on and answered without computing.
	lies: u32,
	/// Of those, the ones whose worker was slashed (caught by an audit).
	caught: u32,
	/// What the cheater got for its lies: payments minus slashes.
	lie_gain: i128,
	/// Settled jobs, and the provider runs they took.
	settled: u32,
	runs: u32,
}

/// A cheating worker (P4) answers without computing on every other job it works on (it is
/// honest as an auditor or tie-breaker); P1-P3 are honest. Alice submits two single-provider
/// jobs a block for `blocks` blocks with audit chance `percent`.
fn run_cheater_market(percent: u32, blocks: u64) -> (AuditTally, BTreeMap<AccountId, i128>) {
	let mut tally = AuditTally::default();
	let mut earned = BTreeMap::new();
	ExtBuilder::default().build_and_execute(|| {
		with_audits(percent);
		register_provider(P4, MODEL, PRICE, STAKE);
		let providers = [P1, P2, P3, P4];
		let start: BTreeMap<AccountId, i128> =
			providers.iter().map(|p| (*p, i128::from(free(*p)) + i128::from(stake_held(*p)))).collect();
		let mut lied: BTreeMap<JobId, bool> = BTreeMap::new();
		let end = System::block_number() + blocks;
		while System::block_number() < end + 40 {
			if System::block_number() < end {
				for _ in 0..2 {
					let deadline = System::block_number() + 10;
					let _ = crate::Pallet::<Test>::submit_job(
						RuntimeOrigin::signed(ALICE),
						MODEL,
						inline(b"text"),
						PRICE,
						1,
						deadline,
					);
				}
			}
			next_block();
			for (job_id, job) in JobsStorage::<Test>::iter().collect::<Vec<_>>() {
				for (i, a) in job.assignments.iter().enumerate() {
					// The worker is the first assignment; it lies on odd job ids.
					let lies = a.provider == P4 && i == 0 && job_id % 2 == 1;
					let output: &[u8] = if lies { b"skipped" } else { b"computed" };
					match (&job.status, a.commitment, a.output_hash) {
						(JobStatus::Committing, None, _) => {
							commit(a.provider, job_id, output);
							if i == 0 && a.provider == P4 {
								lied.insert(job_id, lies);
							}
						},
						// What the job asks for now: the hash first in an audit's opening, then
						// the output.
						(JobStatus::Revealing { .. }, Some(_), _) if !crate::Pallet::<Test>::has_revealed(job_id, &job, a) => {
							if job.audit.opens_hashes_first() {
								open(a.provider, job_id, output);
							} else {
								reveal(a.provider, job_id, output);
							}
						},
						_ => {},
					}
				}
			}
		}
		for event in jobs_events() {
			match event {
				Event::ProviderPenalized { job_id, provider: P4, reason: SlashReason::WrongResult, slashed, .. }
					if lied.get(&job_id) == Some(&true) =>
				{
					tally.caught += 1;
					tally.lie_gain -= i128::from(slashed);
				},
				Event::JobSettled { job_id, payments, .. } => {
					tally.settled += 1;
					tally.runs += payments.len() as u32;
					if lied.get(&job_id) == Some(&true) {
						tally.lie_gain += payments.iter().filter(|(p, _)| *p == P4).map(|(_, paid)| i128::from(*paid)).sum::<i128>();
					}
				},
				_ => {},
			}
		}
		// A settled job's runs: its paid providers plus a slashed one (an audited lie).
		tally.runs += tally.caught;
		tally.lies = lied.values().filter(|l| **l).count() as u32;
		for p in providers {
			let now = i128::from(free(p)) + i128::from(stake_held(p));
			earned.insert(p, now - start[&p]);
		}
	});
	(tally, earned)
}

/// Detection: a worker skipping the work on a fraction of its jobs is caught as often as the
/// audit chance predicts, and skipping does not pay: what a skipped job brings (its price when
/// unaudited, minus the slash when caught) is `(1 - a) P - a S` on average, below zero for
/// `a > P / (P + S)`, so it is below what an honest run nets however little the run costs.
/// Here the providers charge `P` = twice the model's price and `S` is ten model prices, so the
/// break-even chance is 1/6 (at the model's own price it is 1/11, the registry's 10% floor). Prints predicted vs measured detection, the gain per skipped job and the
/// verification overhead (extra provider runs per settled job).
#[test]
fn a_cheating_worker_is_caught_at_the_audit_rate_and_never_profits() {
	let mut rows = Vec::new();
	for percent in [5u32, 10, 20, 50] {
		let (tally, earned) = run_cheater_market(percent, 300);
		let chance = f64::from(percent) / 100.0;
		let predicted = f64::from(tally.lies) * chance;
		let sigma = (f64::from(tally.lies) * chance * (1.0 - chance)).sqrt();
		let overhead = f64::from(tally.runs) / f64::from(tally.settled.max(1)) - 1.0;
		let slash = f64::from(SLASH as u32);
		let gain_per_lie = tally.lie_gain as f64 / f64::from(tally.lies.max(1));
		let predicted_gain = (1.0 - chance) * PRICE as f64 - chance * slash;
		rows.push(format!(
			"audit {percent:>2}%: lies {:>3}, caught {:>3} (predicted {predicted:>5.1} ± {sigma:.1}); gain per skipped job {gain_per_lie:>6.2} (predicted {predicted_gain:>6.2}, an honest job nets {PRICE} minus its cost); extra runs per settled job {overhead:.3} (predicted >= {chance:.3}); earned: cheater {}, honest {:?}",
			tally.lies,
			tally.caught,
			earned[&P4],
			[P1, P2, P3].map(|p| earned[&p])
		));
		assert!(tally.lies >= 40, "too few lies to measure: {tally:?}");
		assert!(
			(f64::from(tally.caught) - predicted).abs() <= 3.0 * sigma + 1.0,
			"caught {} of {} lies at {percent}%, predicted {predicted:.1}",
			tally.caught,
			tally.lies
		);
		// Well above the break-even chance, skipping loses money outright, and the cheater ends
		// below every honest provider.
		if percent >= 20 {
			assert!(tally.lie_gain < 0, "at {percent}% skipping gained {}", tally.lie_gain);
			for p in [P1, P2, P3] {
				assert!(earned[&P4] < earned[&p], "at {percent}% the cheater earned {} vs {}", earned[&P4], earned[&p]);
			}
		}
	}
	println!("{}", rows.join("\n"));
}
