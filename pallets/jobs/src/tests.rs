//! Unit tests of the jobs pallet, against the real compute pallet.

use crate::{
	commitment_of, input_rejected_hash, mock::*, DueJobs, Error, Event, FailReason, HoldReason, JobId, JobStatus, Outputs,
	PendingDraws, PruneSchedule,
	Payload, Queue, Quote, TotalEscrow,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use infera_primitives::{AgreementRule, Perbill, SlashReason};
use sp_core::H256;
use sp_runtime::{traits::BadOrigin, DispatchError, DispatchResult};

pub(crate) type Input = Payload<Vec<u8>, Vec<u8>>;

pub(crate) fn inline(data: &[u8]) -> Input {
	Payload::Inline(data.to_vec())
}

/// Submits a job for `MODEL` with a small inline input, deadline 10 blocks ahead, without
/// running the next block (its draw).
pub(crate) fn submit_undrawn(who: AccountId, redundancy: u32, max_price: Balance) -> JobId {
	let id = crate::NextJobId::<Test>::get();
	let deadline = System::block_number() + 10;
	assert_ok!(Jobs::submit_job(RuntimeOrigin::signed(who), MODEL, inline(b"hello"), max_price, redundancy, deadline));
	id
}

/// Runs the next block, whose hook draws the providers of the jobs submitted in this one.
pub(crate) fn next_block() {
	run_to_block(System::block_number() + 1);
}

/// Submits a job like `submit_undrawn` and runs the next block, which draws its providers.
pub(crate) fn submit(who: AccountId, redundancy: u32, max_price: Balance) -> JobId {
	let id = submit_undrawn(who, redundancy, max_price);
	next_block();
	id
}

pub(crate) fn job(id: JobId) -> crate::JobOf<Test> {
	Jobs::job(id).expect("job exists")
}

pub(crate) fn assigned(id: JobId) -> Vec<AccountId> {
	job(id).assignments.iter().map(|a| a.provider).collect()
}

pub(crate) fn salt(provider: AccountId) -> H256 {
	H256::repeat_byte(provider as u8)
}

/// `provider` commits to `output` for job `id` with its salt; the call's result.
pub(crate) fn try_commit(provider: AccountId, id: JobId, output: &[u8]) -> DispatchResult {
	let hash = inline(output).hash();
	Jobs::commit_result(RuntimeOrigin::signed(provider), id, commitment_of(id, &provider, &hash, &salt(provider)))
}

pub(crate) fn commit(provider: AccountId, id: JobId, output: &[u8]) {
	assert_ok!(try_commit(provider, id, output));
}

/// `provider` reveals `output` for job `id` with its salt; the call's result.
pub(crate) fn try_reveal(provider: AccountId, id: JobId, output: &[u8]) -> DispatchResult {
	Jobs::reveal_result(RuntimeOrigin::signed(provider), id, inline(output), salt(provider))
}

pub(crate) fn reveal(provider: AccountId, id: JobId, output: &[u8]) {
	assert_ok!(try_reveal(provider, id, output));
}

/// Every assigned provider commits and reveals its output from `outputs` (by position).
pub(crate) fn answer(id: JobId, outputs: &[&[u8]]) {
	let providers = assigned(id);
	for (p, out) in providers.iter().zip(outputs) {
		commit(*p, id, out);
	}
	for (p, out) in providers.iter().zip(outputs) {
		reveal(*p, id, out);
	}
}

/// ALICE submits a single-provider job at `PRICE`, and its provider commits to and reveals
/// `output`. Returns the job and its provider.
pub(crate) fn answered_alone(output: &[u8]) -> (JobId, AccountId) {
	let id = submit(ALICE, 1, PRICE);
	answer(id, &[output]);
	(id, assigned(id)[0])
}

/// Checks that the job's result awaits its challenge window and runs past it, unchallenged.
pub(crate) fn let_challenge_window_pass(id: JobId) {
	let JobStatus::Challengeable { until } = job(id).status else {
		panic!("job {id} has no open challenge window: {:?}", job(id).status)
	};
	run_to_block(until + 1);
}

pub(crate) fn escrow_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::JobEscrow.into(), &who)
}

pub(crate) fn stake_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&pallet_compute::HoldReason::ProviderStake.into(), &who)
}

pub(crate) fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

pub(crate) fn active_jobs(who: AccountId) -> u32 {
	pallet_compute::Providers::<Test>::get(who).map(|p| p.active_jobs).unwrap_or(0)
}

pub(crate) fn reputation(who: AccountId) -> (u32, u32, u32) {
	let r = pallet_compute::Reputations::<Test>::get(who);
	(r.jobs_completed, r.jobs_failed, r.slashes)
}

pub(crate) fn jobs_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Jobs(e) = r.event { Some(e) } else { None })
		.collect()
}

pub(crate) fn fee(prices: Balance) -> Balance {
	(prices * FEE_PERCENT as Balance).div_ceil(100)
}

/// `JobFailed` of single-provider job `id` (max price `PRICE`) for `reason`: nobody paid, no fee,
/// the whole escrow refunded.
pub(crate) fn failed_refunded_in_full(id: JobId, reason: FailReason) -> Event<Test> {
	Event::JobFailed { job_id: id, reason, payments: Default::default(), fee: 0, refund: PRICE + fee(PRICE) }
}

/// The model's price times the multiplier: what a provider at fault loses, whatever the job's
/// `max_price`.
pub(crate) const SLASH: Balance = MODEL_FLOOR * SLASH_MULTIPLIER as Balance;

#[test]
fn submit_job_holds_the_escrow_and_assigns_distinct_providers() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 2, PRICE);
		let escrow = 2 * PRICE + fee(2 * PRICE);
		assert_eq!(escrow_held(ALICE), escrow);
		assert_eq!(free(ALICE), INITIAL_BALANCE - escrow);
		assert_eq!(TotalEscrow::<Test>::get(), escrow);
		let providers = assigned(id);
		assert_eq!(providers.len(), 2);
		assert_ne!(providers[0], providers[1]);
		assert!(providers.iter().all(|p| [P1, P2, P3].contains(p) && active_jobs(*p) == 1));
		let j = job(id);
		assert_eq!((j.status, j.escrow, j.slash_amount, j.deadline), (JobStatus::Committing, escrow, SLASH, 11));
		assert_eq!(
			jobs_events(),
			vec![
				Event::JobSubmitted {
					job_id: id,
					submitter: ALICE,
					model_id: MODEL,
					redundancy: 2,
					max_price: PRICE,
					escrow,
					deposit: 0,
					deadline: 11,
				},
				Event::JobAssigned { job_id: id, providers: providers.clone().try_into().unwrap(), deadline: 11 },
			]
		);
		assert_eq!(crate::NextJobId::<Test>::get(), id + 1);
	});
}

#[test]
fn submit_job_rejects_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		let alice = RuntimeOrigin::signed(ALICE);
		let submit = |origin: RuntimeOrigin, model, input: Input, price, redundancy, deadline| {
			Jobs::submit_job(origin, model, input, price, redundancy, deadline)
		};
		let ok_input = || inline(b"x");
		assert_noop!(submit(alice.clone(), MODEL, ok_input(), PRICE, 0, 11), Error::<Test>::RedundancyOutOfRange);
		assert_noop!(
			submit(alice.clone(), MODEL, ok_input(), PRICE, MAX_REDUNDANCY + 1, 11),
			Error::<Test>::RedundancyOutOfRange
		);
		assert_noop!(submit(alice.clone(), UNLISTED, ok_input(), PRICE, 1, 11), Error::<Test>::ModelNotListed);
		assert_noop!(submit(alice.clone(), MODEL, ok_input(), MODEL_FLOOR - 1, 1, 11), Error::<Test>::PriceTooLow);
		assert_noop!(submit(alice.clone(), MODEL, ok_input(), PRICE, 1, 1 + MIN_WINDOW - 1), Error::<Test>::DeadlineTooSoon);
		assert_noop!(submit(alice.clone(), MODEL, ok_input(), PRICE, 1, 1 + MAX_WINDOW + 1), Error::<Test>::DeadlineTooFar);
		assert_noop!(
			submit(alice.clone(), MODEL, inline(&[0; MAX_INPUT as usize + 1]), PRICE, 1, 11),
			Error::<Test>::InputTooLarge
		);
		let long_uri = Payload::Remote { hash: H256::zero(), uri: vec![b'u'; MAX_URI as usize + 1] };
		assert_noop!(submit(alice.clone(), MODEL, long_uri, PRICE, 1, 11), Error::<Test>::UriTooLong);
		assert_noop!(submit(alice.clone(), MODEL, ok_input(), Balance::MAX, 2, 11), Error::<Test>::AmountOverflow);
		assert_noop!(submit(RuntimeOrigin::signed(POOR), MODEL, ok_input(), PRICE, 2, 11), Error::<Test>::InsufficientBalance);
		assert_noop!(submit(RuntimeOrigin::none(), MODEL, ok_input(), PRICE, 1, 11), BadOrigin);
		// The boundaries themselves are accepted, and so is input by reference.
		let remote = Payload::Remote { hash: H256::repeat_byte(7), uri: vec![b'u'; MAX_URI as usize] };
		assert_ok!(submit(alice.clone(), MODEL, remote, MODEL_FLOOR, 1, 1 + MIN_WINDOW));
		assert_ok!(submit(alice, MODEL, inline(&[0; MAX_INPUT as usize]), PRICE, MAX_REDUNDANCY, 1 + MAX_WINDOW));
	});
}

#[test]
fn unanimous_redundancy_three_pays_every_provider_the_fee_to_the_treasury_and_refunds_the_rest() {
	ExtBuilder::default().build_and_execute(|| {
		let issuance = Balances::total_issuance();
		// Max price above the providers' price: the difference is refunded.
		let id = submit(ALICE, 3, PRICE + 4);
		let escrow = 3 * (PRICE + 4) + fee(3 * (PRICE + 4));
		let providers = assigned(id);
		for p in &providers {
			commit(*p, id, b"embedding");
		}
		assert_eq!(job(id).status, JobStatus::Revealing { until: 2 + REVEAL });
		assert!(jobs_events().contains(&Event::RevealStarted { job_id: id, until: 2 + REVEAL }));
		for p in &providers {
			reveal(*p, id, b"embedding");
		}
		let result_hash = inline(b"embedding").hash();
		let j = job(id);
		assert_eq!((j.status, j.escrow, j.result), (JobStatus::Settled, 0, Some(result_hash)));
		let fee_paid = fee(3 * (PRICE + 4));
		let refund = escrow - 3 * PRICE - fee_paid;
		assert_eq!(refund, 12);
		System::assert_last_event(
			Event::JobSettled {
				job_id: id,
				submitter: ALICE,
				model_id: MODEL,
				result_hash,
				payments: providers.iter().map(|p| (*p, PRICE)).collect::<Vec<_>>().try_into().unwrap(),
				fee: fee_paid,
				refund,
			}
			.into(),
		);
		assert_eq!(free(ALICE), INITIAL_BALANCE - 3 * PRICE - fee_paid);
		assert_eq!(escrow_held(ALICE), 0);
		for p in &providers {
			assert_eq!(free(*p), INITIAL_BALANCE - STAKE + PRICE);
			assert_eq!(stake_held(*p), STAKE);
			assert_eq!(active_jobs(*p), 0);
			assert_eq!(reputation(*p), (1, 0, 0));
			assert_eq!(Outputs::<Test>::get(id, p), Some(Payload::Inline(b"embedding".to_vec().try_into().unwrap())));
		}
		assert_eq!(free(TREASURY), 1 + fee_paid);
		assert_eq!(TotalEscrow::<Test>::get(), 0);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn the_minority_of_three_is_slashed_to_the_treasury_on_a_settled_job() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 3, PRICE);
		let providers = assigned(id);
		answer(id, &[b"right", b"wrong", b"right"]);
		// The liar contradicted the majority: its appeal window opens before anyone is paid.
		assert_eq!(job(id).result, Some(inline(b"right").hash()));
		assert!(penalties().is_empty());
		let_challenge_window_pass(id);
		let (honest, liar) = ([providers[0], providers[2]], providers[1]);
		// The submitter got its result: the fault did not harm it, the slash goes to the treasury.
		assert!(jobs_events().contains(&Event::ProviderPenalized {
			job_id: id,
			provider: liar,
			reason: SlashReason::WrongResult,
			slashed: SLASH,
			compensation: 0,
		}));
		assert_eq!(stake_held(liar), STAKE - SLASH);
		assert_eq!(free(liar), INITIAL_BALANCE - STAKE);
		assert_eq!(reputation(liar), (0, 1, 1));
		for p in honest {
			assert_eq!(free(p), INITIAL_BALANCE - STAKE + PRICE);
			assert_eq!(reputation(p), (1, 0, 0));
		}
		let fee_paid = fee(3 * PRICE);
		// Paid two providers and the fee, got the liar's price back.
		assert_eq!(free(ALICE), INITIAL_BALANCE - 2 * PRICE - fee_paid);
		assert_eq!(free(TREASURY), 1 + fee_paid + SLASH);
		assert_eq!(job(id).status, JobStatus::Settled);
	});
}

#[test]
fn two_providers_that_disagree_fail_the_job_without_slashing_either_and_the_fee_is_charged() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 2, PRICE);
		let providers = assigned(id);
		answer(id, &[b"a", b"b"]);
		// Either may appeal for its output first; nobody does.
		System::assert_last_event(Event::AppealWindowOpened { job_id: id, until: 2 + CHALLENGE }.into());
		let_challenge_window_pass(id);
		System::assert_last_event(
			Event::JobFailed {
				job_id: id,
				reason: FailReason::NoMajority,
				payments: Default::default(),
				fee: fee(2 * PRICE),
				refund: 2 * PRICE,
			}
			.into(),
		);
		assert_eq!(free(ALICE), INITIAL_BALANCE - fee(2 * PRICE));
		for p in providers {
			assert_eq!(stake_held(p), STAKE);
			assert_eq!(reputation(p), (0, 1, 0));
			assert_eq!(active_jobs(p), 0);
		}
		assert!(!jobs_events().iter().any(|e| matches!(e, Event::ProviderPenalized { .. })));
	});
}

#[test]
fn a_provider_that_never_commits_is_slashed_at_the_deadline_and_the_others_still_reveal() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 3, PRICE);
		let providers = assigned(id);
		commit(providers[0], id, b"r");
		commit(providers[1], id, b"r");
		// Revealing before the deadline is too early: one provider has not committed yet.
		assert_noop!(try_reveal(providers[0], id, b"r"), Error::<Test>::RevealTooEarly);
		run_to_block(11);
		assert_eq!(job(id).status, JobStatus::Committing);
		// A commit after the deadline is refused, even before the hook has run.
		System::set_block_number(12);
		assert_noop!(
			Jobs::commit_result(RuntimeOrigin::signed(providers[2]), id, H256::zero()),
			Error::<Test>::TooLate
		);
		System::set_block_number(11);
		run_to_block(12);
		assert_eq!(job(id).status, JobStatus::Revealing { until: 12 + REVEAL });
		reveal(providers[0], id, b"r");
		reveal(providers[1], id, b"r");
		// Two of three agree: settled; the absent provider is slashed once.
		assert_eq!(job(id).status, JobStatus::Settled);
		let penalties: Vec<_> = jobs_events()
			.into_iter()
			.filter(|e| matches!(e, Event::ProviderPenalized { .. }))
			.collect();
		assert_eq!(
			penalties,
			vec![Event::ProviderPenalized {
				job_id: id,
				provider: providers[2],
				reason: SlashReason::MissedDeadline,
				slashed: SLASH,
				compensation: 0,
			}]
		);
		assert_eq!(free(ALICE), INITIAL_BALANCE - 2 * PRICE - fee(3 * PRICE));
	});
}

#[test]
fn no_commitment_at_all_slashes_everyone_and_compensates_the_submitter_at_most_the_fee() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 2, PRICE);
		let providers = assigned(id);
		run_to_block(12);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoResult));
		// The fee was charged and paid back from the first slash; the rest goes to the treasury.
		let charged = fee(2 * PRICE);
		let compensations: Vec<Balance> = jobs_events()
			.into_iter()
			.filter_map(|e| if let Event::ProviderPenalized { compensation, .. } = e { Some(compensation) } else { None })
			.collect();
		assert_eq!(compensations, vec![charged, 0]);
		assert_eq!(free(ALICE), INITIAL_BALANCE);
		assert_eq!(free(TREASURY), 1 + 2 * SLASH);
		assert_eq!(escrow_held(ALICE), 0);
		for p in providers {
			assert_eq!(stake_held(p), STAKE - SLASH);
			assert_eq!(reputation(p), (0, 1, 1));
		}
	});
}

#[test]
fn a_commitment_never_revealed_is_slashed_when_the_reveal_phase_ends() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 3, PRICE);
		let providers = assigned(id);
		for p in &providers {
			commit(*p, id, b"r");
		}
		reveal(providers[0], id, b"r");
		reveal(providers[1], id, b"r");
		assert_eq!(job(id).status, JobStatus::Revealing { until: 2 + REVEAL });
		// Reveals close with the phase even before the hook runs.
		System::set_block_number(3 + REVEAL);
		assert_noop!(try_reveal(providers[2], id, b"r"), Error::<Test>::TooLate);
		System::set_block_number(2);
		run_to_block(3 + REVEAL);
		assert_eq!(job(id).status, JobStatus::Settled);
		assert!(jobs_events().contains(&Event::ProviderPenalized {
			job_id: id,
			provider: providers[2],
			reason: SlashReason::NoReveal,
			slashed: SLASH,
			compensation: 0,
		}));
		assert_eq!(reputation(providers[2]), (0, 1, 1));
	});
}

#[test]
fn commit_and_reveal_errors() {
	ExtBuilder::default().providers(vec![P1, P2, P3, P4]).build_and_execute(|| {
		let id = submit(ALICE, 2, PRICE);
		let providers = assigned(id);
		let outsider = [P1, P2, P3, P4].into_iter().find(|p| !providers.contains(p)).unwrap();
		let (a, b) = (providers[0], providers[1]);
		let commitment = commitment_of(id, &a, &inline(b"r").hash(), &salt(a));
		assert_noop!(Jobs::commit_result(RuntimeOrigin::signed(a), 99, commitment), Error::<Test>::UnknownJob);
		assert_noop!(Jobs::commit_result(RuntimeOrigin::signed(outsider), id, commitment), Error::<Test>::NotAssigned);
		assert_noop!(Jobs::commit_result(RuntimeOrigin::signed(ALICE), id, commitment), Error::<Test>::NotProvider);
		assert_ok!(Jobs::commit_result(RuntimeOrigin::signed(a), id, commitment));
		System::assert_last_event(Event::ResultCommitted { job_id: id, provider: a }.into());
		assert_noop!(Jobs::commit_result(RuntimeOrigin::signed(a), id, commitment), Error::<Test>::AlreadyCommitted);
		commit(b, id, b"r");
		assert_noop!(Jobs::commit_result(RuntimeOrigin::signed(a), id, commitment), Error::<Test>::TooLate);
		// Reveal: wrong output or salt, oversized output, not assigned, twice.
		assert_noop!(try_reveal(a, id, b"other"), Error::<Test>::CommitmentMismatch);
		assert_noop!(
			Jobs::reveal_result(RuntimeOrigin::signed(a), id, inline(b"r"), H256::zero()),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(
			Jobs::reveal_result(RuntimeOrigin::signed(a), id, inline(&[1; MAX_OUTPUT as usize + 1]), salt(a)),
			Error::<Test>::OutputTooLarge
		);
		assert_noop!(try_reveal(outsider, id, b"r"), Error::<Test>::NotAssigned);
		reveal(a, id, b"r");
		System::assert_last_event(
			Event::ResultRevealed { job_id: id, provider: a, output_hash: inline(b"r").hash() }.into(),
		);
		assert_noop!(try_reveal(a, id, b"r"), Error::<Test>::AlreadyRevealed);
		reveal(b, id, b"r");
		assert_noop!(try_reveal(a, id, b"r"), Error::<Test>::TooLate);
	});
}

#[test]
fn a_provider_that_did_not_commit_cannot_reveal() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 2, PRICE);
		let providers = assigned(id);
		commit(providers[0], id, b"r");
		run_to_block(12);
		assert_noop!(try_reveal(providers[1], id, b"r"), Error::<Test>::NotCommitted);
	});
}

#[test]
fn a_worker_key_commits_and_reveals_for_its_provider() {
	ExtBuilder::default().providers(vec![P1]).build_and_execute(|| {
		assert_ok!(Compute::set_worker(RuntimeOrigin::signed(P1), Some(WORKER)));
		assert_ok!(Compute::accept_worker(RuntimeOrigin::signed(WORKER), P1));
		let id = submit(ALICE, 1, PRICE);
		let hash = inline(b"r").hash();
		// The commitment binds the provider, not the worker key that signs.
		assert_ok!(Jobs::commit_result(RuntimeOrigin::signed(WORKER), id, commitment_of(id, &P1, &hash, &salt(9))));
		assert_ok!(Jobs::reveal_result(RuntimeOrigin::signed(WORKER), id, inline(b"r"), salt(9)));
		System::assert_last_event(
			Event::ChallengeWindowOpened { job_id: id, output_hash: hash, until: 2 + CHALLENGE }.into(),
		);
		assert!(Outputs::<Test>::contains_key(id, P1));
	});
}

#[test]
fn a_single_result_settles_after_an_unchallenged_window() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, provider) = answered_alone(b"r");
		assert_eq!(job(id).status, JobStatus::Challengeable { until: 2 + CHALLENGE });
		run_to_block(2 + CHALLENGE);
		assert_eq!(job(id).status, JobStatus::Challengeable { until: 2 + CHALLENGE });
		run_to_block(3 + CHALLENGE);
		assert_eq!(job(id).status, JobStatus::Settled);
		assert_eq!(free(provider), INITIAL_BALANCE - STAKE + PRICE);
		assert_eq!(free(ALICE), INITIAL_BALANCE - PRICE - fee(PRICE));
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(WATCHER), id), Error::<Test>::TooLate);
	});
}

#[test]
fn an_upheld_challenge_slashes_the_provider_rewards_the_challenger_and_refunds_the_submitter_in_full() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 1, PRICE);
		let provider = assigned(id)[0];
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(WATCHER), id), Error::<Test>::NotYetJudged);
		answer(id, &[b"lie"]);
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(POOR), id), Error::<Test>::InsufficientBalance);
		assert_noop!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, true), Error::<Test>::NotDisputed);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(WATCHER), id));
		System::assert_last_event(Event::JobChallenged { job_id: id, challenger: WATCHER, bond: CHALLENGE_BOND }.into());
		assert_eq!(Balances::balance_on_hold(&HoldReason::ChallengeBond.into(), &WATCHER), CHALLENGE_BOND);
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(BOB), id), Error::<Test>::TooLate);
		assert_noop!(Jobs::resolve_challenge(RuntimeOrigin::signed(ALICE), id, true), BadOrigin);
		assert_ok!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, true));
		assert!(jobs_events().contains(&Event::ChallengeResolved { job_id: id, upheld: true }));
		System::assert_last_event(failed_refunded_in_full(id, FailReason::ChallengeUpheld).into());
		// Attack 7: the challenger that caught the lie gets its bond back and half the slash
		// (on the old code: only its bond).
		let reward = SLASH * CHALLENGER_REWARD_PERCENT as Balance / 100;
		assert!(jobs_events().contains(&Event::ProviderPenalized {
			job_id: id,
			provider,
			reason: SlashReason::WrongResult,
			slashed: SLASH,
			compensation: reward,
		}));
		assert_eq!(free(WATCHER), INITIAL_BALANCE + reward);
		assert_eq!(free(ALICE), INITIAL_BALANCE);
		assert_eq!(free(TREASURY), 1 + SLASH - reward);
		assert_eq!(stake_held(provider), STAKE - SLASH);
		assert_eq!(reputation(provider), (0, 1, 1));
	});
}

#[test]
fn a_dismissed_challenge_pays_the_bond_to_the_provider_and_settles() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, provider) = answered_alone(b"truth");
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(WATCHER), id));
		assert_ok!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, false));
		assert_eq!(job(id).status, JobStatus::Settled);
		assert_eq!(free(WATCHER), INITIAL_BALANCE - CHALLENGE_BOND);
		assert_eq!(free(provider), INITIAL_BALANCE - STAKE + PRICE + CHALLENGE_BOND);
		assert_eq!(stake_held(provider), STAKE);
		assert_eq!(reputation(provider), (1, 0, 0));
	});
}

/// Attack 7 (self-challenge shield): on the old code a challenge that governance did not
/// decide in time let the result stand, so a provider could challenge its own wrong result
/// through another account, block real challengers and wait. Now a lapsed dispute fails the
/// job: the result is not accepted and the provider is not paid.
#[test]
fn a_challenge_not_decided_in_time_lapses_and_the_result_is_not_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, provider) = answered_alone(b"lie");
		// The provider's own second account challenges first; a real watcher cannot join.
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(BOB), id));
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(WATCHER), id), Error::<Test>::TooLate);
		run_to_block(3 + DISPUTE);
		assert!(jobs_events().contains(&Event::ChallengeLapsed { job_id: id }));
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::DisputeLapsed));
		assert_eq!(job(id).result, Some(inline(b"lie").hash()), "recorded, not accepted");
		// Nobody slashed, nobody paid: the provider's shield earned it nothing.
		assert!(penalties().is_empty());
		assert_eq!(free(provider), INITIAL_BALANCE - STAKE);
		assert_eq!(free(BOB), INITIAL_BALANCE);
		assert_eq!(free(ALICE), INITIAL_BALANCE - fee(PRICE));
		assert_noop!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, true), Error::<Test>::NotDisputed);
	});
}

#[test]
fn a_job_without_providers_waits_in_the_queue_and_is_assigned_when_one_joins() {
	ExtBuilder::default().providers(vec![]).build_and_execute(|| {
		let id = submit(ALICE, 1, PRICE);
		assert_eq!(job(id).status, JobStatus::Queued);
		assert_eq!(Queue::<Test>::get().to_vec(), vec![id]);
		System::assert_last_event(Event::JobQueued { job_id: id }.into());
		run_to_block(3);
		assert_eq!(job(id).status, JobStatus::Queued);
		register_provider(P1, MODEL, PRICE, STAKE);
		run_to_block(4);
		assert_eq!(assigned(id), vec![P1]);
		assert!(Queue::<Test>::get().is_empty());
		assert_eq!(active_jobs(P1), 1);
	});
}

#[test]
fn a_queued_job_expires_with_a_full_refund_when_it_can_no_longer_be_assigned() {
	ExtBuilder::default().providers(vec![]).build_and_execute(|| {
		let id = submit(ALICE, 1, PRICE);
		// Deadline 11, commit window 3: assignable up to block 8, expired at 9.
		run_to_block(8);
		assert_eq!(job(id).status, JobStatus::Queued);
		run_to_block(9);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoProviders));
		System::assert_last_event(failed_refunded_in_full(id, FailReason::NoProviders).into());
		assert_eq!(free(ALICE), INITIAL_BALANCE);
		assert!(Queue::<Test>::get().is_empty());
	});
}

#[test]
fn cancel_refunds_a_queued_job_and_nothing_else() {
	ExtBuilder::default().providers(vec![P1]).build_and_execute(|| {
		let queued = submit(ALICE, 2, PRICE);
		assert_noop!(Jobs::cancel_job(RuntimeOrigin::signed(BOB), queued), Error::<Test>::NotSubmitter);
		assert_noop!(Jobs::cancel_job(RuntimeOrigin::signed(ALICE), 42), Error::<Test>::UnknownJob);
		assert_ok!(Jobs::cancel_job(RuntimeOrigin::signed(ALICE), queued));
		System::assert_last_event(Event::JobCancelled { job_id: queued, refund: 2 * PRICE + fee(2 * PRICE) }.into());
		assert_eq!(job(queued).status, JobStatus::Cancelled);
		assert_eq!(free(ALICE), INITIAL_BALANCE);
		assert!(Queue::<Test>::get().is_empty());
		assert_noop!(Jobs::cancel_job(RuntimeOrigin::signed(ALICE), queued), Error::<Test>::NotQueued);
		// A cancelled job is over: too late to challenge, not "not yet judged".
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(BOB), queued), Error::<Test>::TooLate);
		let assigned_job = submit(ALICE, 1, PRICE);
		assert_noop!(Jobs::cancel_job(RuntimeOrigin::signed(ALICE), assigned_job), Error::<Test>::NotQueued);
	});
}

#[test]
fn the_queue_is_bounded_and_a_job_that_finds_it_full_fails_refunded_in_full() {
	ExtBuilder::default().providers(vec![]).build_and_execute(|| {
		for _ in 0..MAX_QUEUED {
			submit(ALICE, 1, PRICE);
		}
		assert_eq!(Queue::<Test>::get().len() as u32, MAX_QUEUED);
		let before = free(ALICE);
		let id = submit(ALICE, 1, PRICE);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoProviders));
		System::assert_last_event(failed_refunded_in_full(id, FailReason::NoProviders).into());
		assert_eq!(free(ALICE), before);
		// Never assigned: pruned in the next block.
		next_block();
		assert!(Jobs::job(id).is_none());
	});
}

#[test]
fn a_block_takes_at_most_max_draws_per_block_new_jobs() {
	ExtBuilder::default().build_and_execute(|| {
		for _ in 0..MAX_DRAWS_PER_BLOCK {
			submit_undrawn(ALICE, 1, PRICE);
		}
		assert_noop!(
			Jobs::submit_job(RuntimeOrigin::signed(ALICE), MODEL, inline(b"x"), PRICE, 1, 11),
			Error::<Test>::TooManySubmissions
		);
		next_block();
		assert_ok!(Jobs::submit_job(RuntimeOrigin::signed(ALICE), MODEL, inline(b"x"), PRICE, 1, 12));
	});
}

#[test]
fn only_eligible_providers_are_assigned() {
	ExtBuilder::default().providers(vec![]).build_and_execute(|| {
		// For a job at max price 101: P1 asks 102, P2 is offline, P3's stake backs other jobs
		// (only SLASH - 1 of it is free), P4 is the submitter. Nobody qualifies.
		register_provider(P1, MODEL, 102, STAKE);
		register_provider(P2, MODEL, PRICE, STAKE);
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(P2)));
		register_provider(P3, MODEL, PRICE, STAKE);
		let exposure = STAKE - SLASH + 1;
		<Compute as infera_primitives::ProviderActivity<_, _>>::note_job_assigned(&P3, exposure);
		register_provider(P4, MODEL, PRICE, STAKE);
		let submit_as_p4 = |max_price| {
			let id = crate::NextJobId::<Test>::get();
			assert_ok!(Jobs::submit_job(RuntimeOrigin::signed(P4), MODEL, inline(b"x"), max_price, 1, 11));
			next_block();
			id
		};
		let id = submit_as_p4(101);
		assert_eq!(job(id).status, JobStatus::Queued);
		// At 102 P1 qualifies; P3 still lacks free stake.
		let id = submit_as_p4(102);
		assert_eq!(assigned(id), vec![P1]);
		<Compute as infera_primitives::ProviderActivity<_, _>>::note_job_finished(&P3, exposure, infera_primitives::JobOutcome::Completed);
	});
}

/// Attack 3 (submitter-chosen slashes): on the old code the slash amount was `max_price *
/// SlashMultiplier`, so a submitter could raise `max_price` to make every fault cost a provider
/// whatever it wanted (and to filter the pool down to providers with huge bonds).
#[test]
fn the_slash_amount_is_the_models_price_times_the_multiplier_whatever_the_max_price() {
	ExtBuilder::default().build_and_execute(|| {
		for max_price in [PRICE, 10 * PRICE, 1_000 * PRICE] {
			let id = submit(ALICE, 1, max_price);
			assert_eq!(job(id).slash_amount, MODEL_FLOOR * SLASH_MULTIPLIER as Balance);
			assert_eq!(job(id).slash_amount, SLASH);
		}
	});
}

/// The provider the weighted draw picks for job id `job_id` among `MODEL`'s candidates.
fn drawn(job_id: JobId) -> AccountId {
	let candidates = <Compute as infera_primitives::ProviderDirectory<_, _>>::candidates(MODEL);
	Jobs::draw(job_id, candidates, 1)[0].provider
}

#[test]
fn the_draw_favours_free_stake_and_reputation_and_varies_with_randomness() {
	ExtBuilder::default().providers(vec![P1]).build_and_execute(|| {
		register_provider(P2, MODEL, PRICE, 4 * STAKE);
		let wins = (0..400u64).filter(|id| drawn(*id) == P2).count();
		// P2 has four times P1's stake: expect about 320 of 400.
		assert!((280..=360).contains(&wins), "P2 won {wins} of 400");
		// Ten failed jobs cut P2's weight to (0+1)/(0+10+2) of its stake: now P1 wins most.
		for _ in 0..10 {
			<Compute as infera_primitives::ProviderActivity<_, _>>::note_job_assigned(&P2, 0);
			<Compute as infera_primitives::ProviderActivity<_, _>>::note_job_finished(&P2, 0, infera_primitives::JobOutcome::Failed);
		}
		let p2_wins = (1_000..1_400u64).filter(|id| drawn(*id) == P2).count();
		// Weights 10_000 / 2 = 5_000 vs 40_000 / 12 = 3_333: P2 wins about 40%, 160 of 400.
		assert!((125..=195).contains(&p2_wins), "P2 won {p2_wins} of 400");
		// Stake backing open jobs does not count: with 3/4 of P2's stake exposed, its weight
		// is 10_000 / 12 = 833 vs 5_000: P2 wins about 14%, 57 of 400.
		<Compute as infera_primitives::ProviderActivity<_, _>>::note_job_assigned(&P2, 3 * STAKE);
		let exposed_wins = (2_000..2_400u64).filter(|id| drawn(*id) == P2).count();
		assert!((30..=85).contains(&exposed_wins), "P2 won {exposed_wins} of 400");
		<Compute as infera_primitives::ProviderActivity<_, _>>::note_job_finished(&P2, 3 * STAKE, infera_primitives::JobOutcome::Failed);
		// The draw also varies with the randomness source for the same job.
		let picks: Vec<AccountId> = (0..40u64).map(|salt| { RandomSalt::set(salt); drawn(7) }).collect();
		assert!(picks.contains(&P1) && picks.contains(&P2));
		RandomSalt::set(0);
	});
}

#[test]
fn finished_jobs_are_pruned_after_the_retention_period() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 2, PRICE);
		answer(id, &[b"r", b"r"]);
		assert_eq!(job(id).status, JobStatus::Settled);
		run_to_block(1 + RETENTION);
		assert!(Jobs::job(id).is_some());
		run_to_block(2 + RETENTION);
		assert!(Jobs::job(id).is_none());
		assert_eq!(Outputs::<Test>::iter_prefix(id).count(), 0);
		System::assert_last_event(Event::JobPruned { job_id: id, deposit: 0 }.into());
	});
}

#[test]
fn the_hook_handles_at_most_max_due_jobs_per_block_and_catches_up() {
	ExtBuilder::default().build_and_execute(|| {
		let ids: Vec<JobId> = (0..MAX_DUE_PER_BLOCK + 2).map(|_| submit_undrawn(ALICE, 1, PRICE)).collect();
		next_block();
		// All commit deadlines are block 11: their phase ends at block 12.
		assert_eq!(DueJobs::<Test>::iter_prefix(12).count() as u32, MAX_DUE_PER_BLOCK + 2);
		run_to_block(12);
		let failed = |ids: &[JobId]| ids.iter().filter(|id| job(**id).status.is_finished()).count() as u32;
		assert_eq!(failed(&ids), MAX_DUE_PER_BLOCK);
		run_to_block(13);
		assert_eq!(failed(&ids), MAX_DUE_PER_BLOCK + 2);
		assert_eq!(DueJobs::<Test>::iter_prefix(12).count(), 0);
	});
}

#[test]
fn quote_gives_the_cheapest_price_at_which_enough_providers_qualify() {
	ExtBuilder::default().providers(vec![]).build_and_execute(|| {
		assert_eq!(Jobs::quote(MODEL, 1), None);
		register_provider(P1, MODEL, 7, STAKE);
		register_provider(P2, MODEL, 12, STAKE);
		// Below the model's floor a provider's price counts as the floor.
		register_provider(P3, MODEL, 1, STAKE);
		let quote = |price: Balance, redundancy: Balance| Quote {
			max_price: price,
			fee: fee(price * redundancy),
			escrow: price * redundancy + fee(price * redundancy),
		};
		assert_eq!(Jobs::quote(MODEL, 1), Some(quote(MODEL_FLOOR, 1)));
		assert_eq!(Jobs::quote(MODEL, 2), Some(quote(7, 2)));
		assert_eq!(Jobs::quote(MODEL, 3), Some(quote(12, 3)));
		assert_eq!(Jobs::quote(MODEL, 4), None);
		assert_eq!(Jobs::quote(UNLISTED, 1), None);
		// A quoted job is assignable at once.
		let id = submit(ALICE, 3, 12);
		assert_eq!(job(id).status, JobStatus::Committing);
	});
}


/// Thousands of random calls over many blocks; after every block: no balance created or lost
/// (total issuance and the sum of all accounts unchanged, slashes go to the treasury), the
/// escrow total equals the held escrow, providers' active job counts match the open jobs, and
/// no job is paid twice nor a provider slashed twice for one job.
#[test]
fn random_marketplace_activity_keeps_every_invariant() {
	let accounts = [ALICE, BOB, POOR, P1, P2, P3, P4, WORKER, WATCHER, TREASURY];
	for seed in [1u64, 42, 2024, 777_777] {
		ExtBuilder::default().providers(vec![P1, P2, P3, P4]).build_and_execute(|| {
			let mut rng = Rng(seed);
			let issuance = Balances::total_issuance();
			let total = || accounts.iter().map(|a| Balances::total_balance(a)).sum::<Balance>();
			let initial_total = total();
			let providers = [P1, P2, P3, P4];
			for block in 2..300u64 {
				run_to_block(block);
				for _ in 0..8 {
					// Mostly a recent job and one of its providers, so that jobs get answered.
					let next_id = crate::NextJobId::<Test>::get();
					let job_id = next_id.saturating_sub(1 + rng.next(6));
					let assigned: Vec<AccountId> = crate::Jobs::<Test>::get(job_id)
						.map(|j| j.assignments.iter().map(|a| a.provider).collect())
						.unwrap_or_default();
					let provider = if !assigned.is_empty() && rng.next(5) != 0 {
						assigned[rng.next(assigned.len() as u64) as usize]
					} else {
						providers[rng.next(4) as usize]
					};
					// Each provider answers a job consistently; one in five answers are wrong.
					let output: &[u8] = if (job_id + provider) % 5 == 0 { b"wrong" } else { b"right" };
					let _ = match rng.next(12) {
						0..=2 => Jobs::submit_job(
							RuntimeOrigin::signed([ALICE, BOB, POOR, P1][rng.next(4) as usize]),
							[MODEL, LONELY][(rng.next(8) == 0) as usize],
							inline(b"in"),
							PRICE + rng.next(5),
							1 + rng.next(MAX_REDUNDANCY as u64 + 1) as u32,
							block + MIN_WINDOW + rng.next(10),
						),
						3..=5 => try_commit(provider, job_id, output),
						6 | 7 => try_reveal(provider, job_id, output),
						8 => Jobs::challenge(RuntimeOrigin::signed(WATCHER), job_id),
						9 => Jobs::resolve_challenge(RuntimeOrigin::root(), job_id, rng.next(2) == 0),
						10 => Jobs::cancel_job(RuntimeOrigin::signed([ALICE, BOB][rng.next(2) as usize]), job_id),
						_ => match rng.next(3) {
							0 => Compute::go_offline(RuntimeOrigin::signed(provider)),
							1 => Compute::go_online(RuntimeOrigin::signed(provider)),
							_ => Compute::bond_extra(RuntimeOrigin::signed(provider), SLASH),
						},
					};
				}
				assert_eq!(Balances::total_issuance(), issuance, "block {block}");
				assert_eq!(total(), initial_total, "block {block}");
				let held: Balance = [ALICE, BOB, POOR, P1].iter().map(|a| escrow_held(*a)).sum();
				assert_eq!(TotalEscrow::<Test>::get(), held, "block {block}");
				for p in providers {
					let open = crate::Jobs::<Test>::iter()
						.filter(|(_, j)| j.status.is_assigned_and_open() && j.assignments.iter().any(|a| a.provider == p))
						.count() as u32;
					assert_eq!(active_jobs(p), open, "block {block}, provider {p}");
				}
			}
			let events = jobs_events();
			let mut settled: Vec<JobId> = events
				.iter()
				.filter_map(|e| match e {
					Event::JobSettled { job_id, .. } | Event::JobFailed { job_id, .. } | Event::JobCancelled { job_id, .. } =>
						Some(*job_id),
					_ => None,
				})
				.collect();
			let ended = settled.len();
			settled.sort();
			settled.dedup();
			assert_eq!(settled.len(), ended, "a job ended twice");
			let mut penalties: Vec<(JobId, AccountId)> = events
				.iter()
				.filter_map(|e| match e {
					Event::ProviderPenalized { job_id, provider, .. } => Some((*job_id, *provider)),
					_ => None,
				})
				.collect();
			let slashes = penalties.len();
			penalties.sort();
			penalties.dedup();
			assert_eq!(penalties.len(), slashes, "a provider was slashed twice for one job");
			let count = |f: fn(&Event<Test>) -> bool| events.iter().filter(|e| f(e)).count();
			eprintln!(
				"seed {seed}: settled {} failed {} cancelled {} challenged {} resolved {} lapsed {} penalties {slashes} pruned {}",
				count(|e| matches!(e, Event::JobSettled { .. })),
				count(|e| matches!(e, Event::JobFailed { .. })),
				count(|e| matches!(e, Event::JobCancelled { .. })),
				count(|e| matches!(e, Event::JobChallenged { .. })),
				count(|e| matches!(e, Event::ChallengeResolved { .. })),
				count(|e| matches!(e, Event::ChallengeLapsed { .. })),
				count(|e| matches!(e, Event::JobPruned { .. })),
			);
			// The run exercised every ending.
			assert!(events.iter().any(|e| matches!(e, Event::JobSettled { .. })), "seed {seed}: nothing settled");
			assert!(slashes > 0, "seed {seed}: nobody slashed");
			assert!(ended > 50, "seed {seed}: only {ended} jobs ended");
			assert!(count(|e| matches!(e, Event::JobCancelled { .. })) > 0, "seed {seed}: nothing cancelled");
			assert!(count(|e| matches!(e, Event::JobChallenged { .. })) > 0, "seed {seed}: nothing challenged");
		});
	}
}

#[test]
fn only_the_resolution_origin_resolves_and_the_job_must_exist() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Jobs::resolve_challenge(RuntimeOrigin::root(), 5, true), Error::<Test>::UnknownJob);
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(WATCHER), 5), Error::<Test>::UnknownJob);
		assert_noop!(Jobs::cancel_job(RuntimeOrigin::none(), 5), DispatchError::BadOrigin);
	});
}

// ---- Economic attacks (docs/threat-model.md): each test fails on the code before the fix. ----

/// What a provider whose "input rejected" wins is paid on a `MODEL` job.
const REJECTION_PRICE: Balance = MODEL_FLOOR * REJECTION_PERCENT as Balance / 100;

/// `provider` commits to "input rejected".
fn commit_rejection(provider: AccountId, id: JobId) {
	let commitment = commitment_of(id, &provider, &input_rejected_hash(), &salt(provider));
	assert_ok!(Jobs::commit_result(RuntimeOrigin::signed(provider), id, commitment));
}

fn reveal_rejection(provider: AccountId, id: JobId) {
	assert_ok!(Jobs::reveal_rejection(RuntimeOrigin::signed(provider), id, salt(provider)));
}

pub(crate) fn penalties() -> Vec<(AccountId, SlashReason, Balance)> {
	jobs_events()
		.into_iter()
		.filter_map(|e| match e {
			Event::ProviderPenalized { provider, reason, compensation, .. } => Some((provider, reason, compensation)),
			_ => None,
		})
		.collect()
}

/// Attack 1: a job nobody can answer. On the old code the providers could only miss the
/// deadline, each was slashed 10x the price and half of every slash went to the submitter.
/// Now they answer "input rejected": the job fails without slashes and the submitter pays them.
#[test]
fn a_majority_input_rejected_fails_the_job_pays_the_rejecting_providers_and_slashes_nobody() {
	ExtBuilder::default().build_and_execute(|| {
		let issuance = Balances::total_issuance();
		let id = submit(ALICE, 3, PRICE);
		let providers = assigned(id);
		for p in &providers {
			commit_rejection(*p, id);
		}
		for p in &providers {
			reveal_rejection(*p, id);
		}
		let charged = fee(3 * PRICE);
		let paid = 3 * REJECTION_PRICE;
		System::assert_last_event(
			Event::JobFailed {
				job_id: id,
				reason: FailReason::InputRejected,
				payments: providers.iter().map(|p| (*p, REJECTION_PRICE)).collect::<Vec<_>>().try_into().unwrap(),
				fee: charged,
				refund: 3 * PRICE - paid,
			}
			.into(),
		);
		assert!(penalties().is_empty());
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::InputRejected));
		assert_eq!(free(ALICE), INITIAL_BALANCE - paid - charged);
		for p in providers {
			assert_eq!(free(p), INITIAL_BALANCE - STAKE + REJECTION_PRICE);
			assert_eq!(stake_held(p), STAKE);
			// Paid, but rejecting builds no reputation.
			assert_eq!(reputation(p), (0, 0, 0));
		}
		assert_eq!(free(TREASURY), 1 + charged);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

/// Attack 1, the compensation rule: even when the providers do fail (here: none answers at
/// all), a submitter never ends richer than it started from a job without a valid result. On
/// the old code Alice gained half of three slashes.
#[test]
fn a_griefing_submitter_never_ends_richer_from_a_job_without_a_valid_result() {
	ExtBuilder::default().build_and_execute(|| {
		let before = free(ALICE) + escrow_held(ALICE);
		let id = submit(ALICE, 3, PRICE);
		run_to_block(12);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoResult));
		let compensation: Balance = penalties().iter().map(|(_, _, c)| c).sum();
		assert_eq!(penalties().len(), 3);
		assert_eq!(compensation, fee(3 * PRICE), "at most the fee it was charged");
		assert!(free(ALICE) + escrow_held(ALICE) <= before);
		assert_eq!(free(ALICE), before);
	});
}

#[test]
fn a_minority_that_answered_an_input_the_majority_rejected_is_slashed_and_vice_versa() {
	ExtBuilder::default().build_and_execute(|| {
		// Two reject, one answers: the job fails as rejected, the answer is the minority.
		let id = submit(ALICE, 3, PRICE);
		let p = assigned(id);
		commit_rejection(p[0], id);
		commit(p[1], id, b"made up");
		commit_rejection(p[2], id);
		reveal_rejection(p[0], id);
		reveal(p[1], id, b"made up");
		reveal_rejection(p[2], id);
		let_challenge_window_pass(id);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::InputRejected));
		assert_eq!(penalties(), vec![(p[1], SlashReason::WrongResult, 0)]);
		assert_eq!(free(p[0]), INITIAL_BALANCE - STAKE + REJECTION_PRICE);
		// Two answer alike, one rejects: the job settles, the rejection is the minority.
		let id = submit(BOB, 3, PRICE);
		let q = assigned(id);
		commit(q[0], id, b"r");
		commit_rejection(q[1], id);
		commit(q[2], id, b"r");
		reveal(q[0], id, b"r");
		reveal_rejection(q[1], id);
		reveal(q[2], id, b"r");
		let_challenge_window_pass(id);
		assert_eq!(job(id).status, JobStatus::Settled);
		assert_eq!(penalties().last(), Some(&(q[1], SlashReason::WrongResult, 0)));
	});
}

#[test]
fn a_single_providers_rejection_stands_after_the_challenge_window() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 1, PRICE);
		let provider = assigned(id)[0];
		commit_rejection(provider, id);
		reveal_rejection(provider, id);
		System::assert_last_event(
			Event::ChallengeWindowOpened { job_id: id, output_hash: input_rejected_hash(), until: 2 + CHALLENGE }.into(),
		);
		run_to_block(3 + CHALLENGE);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::InputRejected));
		assert_eq!(free(provider), INITIAL_BALANCE - STAKE + REJECTION_PRICE);
		assert_eq!(free(ALICE), INITIAL_BALANCE - REJECTION_PRICE - fee(PRICE));
	});
}

#[test]
fn inline_input_a_text_model_cannot_take_is_refused_at_submission() {
	ExtBuilder::default().build_and_execute(|| {
		let alice = RuntimeOrigin::signed(ALICE);
		assert_noop!(
			Jobs::submit_job(alice.clone(), MODEL, inline(&[0xff, 0xfe, 0x00]), PRICE, 1, 11),
			Error::<Test>::InputNotText
		);
		assert_noop!(Jobs::submit_job(alice.clone(), MODEL, inline(b""), PRICE, 1, 11), Error::<Test>::EmptyInput);
		assert_ok!(Jobs::submit_job(alice, MODEL, inline("héllo".as_bytes()), PRICE, 1, 11));
	});
}

/// Attack 2: commitment copying. On the old code the commitment bound neither job nor
/// provider: a copier committed another provider's commitment and replayed its reveal (output
/// and salt), paid without running the model.
#[test]
fn a_copied_commitment_is_refused_and_a_replayed_reveal_does_not_open_it() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 3, PRICE);
		let p = assigned(id);
		let (honest, copier) = (p[0], p[1]);
		commit(honest, id, b"r");
		let copied = job(id).assignments[0].commitment.unwrap();
		assert_noop!(
			Jobs::commit_result(RuntimeOrigin::signed(copier), id, copied),
			Error::<Test>::DuplicateCommitment
		);
		// A commitment the copier makes of the honest output with the honest salt is its own
		// (it binds the copier), but the copier needs the output to make it, which it can
		// only read after the commit phase.
		assert_ne!(commitment_of(id, &copier, &inline(b"r").hash(), &salt(honest)), copied);
	});
}

/// Attack 2, front-running: a copier that gets the honest commitment on chain first can never
/// open it (it binds the honest provider), so it is slashed; the honest provider commits again
/// with a fresh salt (its off-chain worker does so) and is paid.
#[test]
fn a_front_run_commitment_costs_the_copier_its_slash_and_the_honest_provider_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 3, PRICE);
		let p = assigned(id);
		let (honest, copier, third) = (p[0], p[1], p[2]);
		let honest_commitment = commitment_of(id, &honest, &inline(b"r").hash(), &salt(honest));
		assert_ok!(Jobs::commit_result(RuntimeOrigin::signed(copier), id, honest_commitment));
		assert_noop!(
			Jobs::commit_result(RuntimeOrigin::signed(honest), id, honest_commitment),
			Error::<Test>::DuplicateCommitment
		);
		let fresh = H256::repeat_byte(0xaa);
		let recommitment = commitment_of(id, &honest, &inline(b"r").hash(), &fresh);
		assert_ok!(Jobs::commit_result(RuntimeOrigin::signed(honest), id, recommitment));
		commit(third, id, b"r");
		// The copier replays what the honest provider will reveal: it does not open its copy.
		assert_noop!(
			Jobs::reveal_result(RuntimeOrigin::signed(copier), id, inline(b"r"), salt(honest)),
			Error::<Test>::CommitmentMismatch
		);
		assert_ok!(Jobs::reveal_result(RuntimeOrigin::signed(honest), id, inline(b"r"), fresh));
		reveal(third, id, b"r");
		run_to_block(3 + REVEAL);
		assert_eq!(job(id).status, JobStatus::Settled);
		assert_eq!(penalties(), vec![(copier, SlashReason::NoReveal, 0)]);
		assert_eq!(free(honest), INITIAL_BALANCE - STAKE + PRICE);
		assert_eq!(free(copier), INITIAL_BALANCE - STAKE);
		assert_eq!(stake_held(copier), STAKE - SLASH);
	});
}

/// Attack 4: one stake backing unlimited jobs. On the old code a provider with a bond worth
/// one slash was eligible for any number of concurrent jobs.
#[test]
fn a_provider_holds_only_the_jobs_its_free_stake_can_pay_for() {
	ExtBuilder::default().providers(vec![]).build_and_execute(|| {
		register_provider(P1, PRICEY, PRICEY_FLOOR, MIN_STAKE);
		let slash = PRICEY_FLOOR * SLASH_MULTIPLIER as Balance;
		let submit_pricey = || {
			let id = crate::NextJobId::<Test>::get();
			assert_ok!(Jobs::submit_job(RuntimeOrigin::signed(ALICE), PRICEY, inline(b"x"), PRICEY_FLOOR, 1, 11));
			id
		};
		let (first, second, third) = (submit_pricey(), submit_pricey(), submit_pricey());
		next_block();
		assert_eq!((assigned(first), assigned(second)), (vec![P1], vec![P1]));
		assert_eq!(job(third).status, JobStatus::Queued, "MIN_STAKE backs two slashes of 400, not three");
		assert_eq!(Compute::provider(P1).map(|p| (p.active_jobs, p.exposure)), Some((2, 2 * slash)));
		// The exposed stake cannot be unbonded.
		assert_noop!(
			Compute::unbond(RuntimeOrigin::signed(P1), MIN_STAKE - 2 * slash + 1),
			pallet_compute::Error::<Test>::StakeExposed
		);
		// The first job ends: its exposure is released and the queued job is assigned.
		commit(P1, first, b"r");
		reveal(P1, first, b"r");
		run_to_block(3 + CHALLENGE);
		assert_eq!(job(first).status, JobStatus::Settled);
		assert_eq!(assigned(third), vec![P1]);
		assert_eq!(Compute::provider(P1).map(|p| p.exposure), Some(2 * slash));
	});
}

/// `MaxActiveJobs` caps a provider's open jobs (and so the work of its off-chain worker).
#[test]
fn a_provider_at_its_job_limit_gets_no_more_jobs() {
	ExtBuilder::default().providers(vec![P1]).build_and_execute(|| {
		let ids: Vec<JobId> = (0..MAX_ACTIVE_JOBS).map(|_| submit(ALICE, 1, PRICE)).collect();
		assert!(ids.iter().all(|id| assigned(*id) == vec![P1]));
		let extra = submit(ALICE, 1, PRICE);
		assert_eq!(job(extra).status, JobStatus::Queued);
		assert_eq!(crate::ProviderJobs::<Test>::iter_prefix(P1).count() as u32, MAX_ACTIVE_JOBS);
	});
}

/// Attack 10: a queued job of a model delisted while it waited is never assigned (on the old
/// code it was, as soon as a provider of the delisted model turned up); it expires refunded.
#[test]
fn a_queued_job_of_a_model_delisted_meanwhile_is_not_assigned_and_expires_refunded() {
	ExtBuilder::default().providers(vec![P1]).build_and_execute(|| {
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(P1)));
		let id = submit(ALICE, 1, PRICE);
		assert_eq!(job(id).status, JobStatus::Queued);
		// The model is delisted; its provider (whose offer stays) comes back online.
		DelistedModel::set(MODEL);
		assert_ok!(Compute::go_online(RuntimeOrigin::signed(P1)));
		run_to_block(8);
		assert_eq!(job(id).status, JobStatus::Queued);
		assert_eq!(active_jobs(P1), 0);
		run_to_block(9);
		DelistedModel::set(0);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoProviders));
		assert_eq!(free(ALICE), INITIAL_BALANCE);
	});
}

fn deposit_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::JobDeposit.into(), &who)
}

/// Attack 6 (cheap state spam): on the old code a job kept its storage for a day at the cost of
/// its transaction fees only. Now every job holds a storage deposit until it is pruned.
#[test]
fn a_job_holds_a_storage_deposit_until_it_is_pruned() {
	ExtBuilder::default().build_and_execute(|| {
		JobDepositBase::set(7);
		JobDepositPerByte::set(2);
		// `Inline(b"hello")` encodes to 7 bytes (variant, length, data).
		let deposit = 7 + 2 * 7;
		let escrow = 2 * PRICE + fee(2 * PRICE);
		let id = submit(ALICE, 2, PRICE);
		assert_eq!(job(id).deposit, deposit);
		assert_eq!((deposit_held(ALICE), escrow_held(ALICE)), (deposit, escrow));
		assert!(jobs_events().iter().any(|e| matches!(e, Event::JobSubmitted { job_id, deposit: d, .. } if *job_id == id && *d == deposit)));
		answer(id, &[b"r", b"r"]);
		assert_eq!(job(id).status, JobStatus::Settled);
		// Settled at block 2: the receipt stays readable, the deposit held, for the retention
		// period.
		assert_eq!(deposit_held(ALICE), deposit);
		assert_eq!(free(ALICE), INITIAL_BALANCE - 2 * PRICE - fee(2 * PRICE) - deposit);
		assert_eq!(PruneSchedule::<Test>::iter_keys().collect::<Vec<_>>(), vec![(2 + RETENTION, id)]);
		run_to_block(2 + RETENTION);
		assert!(Jobs::job(id).is_none());
		System::assert_last_event(Event::JobPruned { job_id: id, deposit }.into());
		assert_eq!(deposit_held(ALICE), 0);
		assert_eq!(free(ALICE), INITIAL_BALANCE - 2 * PRICE - fee(2 * PRICE));
		// A cancelled job is pruned in the next block, its deposit returned.
		let before = free(BOB);
		let id = submit_undrawn(BOB, 1, PRICE);
		assert_eq!(free(BOB), before - PRICE - fee(PRICE) - deposit);
		assert_ok!(Jobs::cancel_job(RuntimeOrigin::signed(BOB), id));
		assert!(PendingDraws::<Test>::get().is_empty(), "a cancelled job is not drawn");
		next_block();
		assert!(Jobs::job(id).is_none());
		assert_eq!(free(BOB), before);
		// Whoever cannot pay the deposit cannot submit (POOR has 20: escrow 11 + deposit 21).
		assert_noop!(
			Jobs::submit_job(RuntimeOrigin::signed(POOR), MODEL, inline(b"hello"), PRICE, 1, System::block_number() + 10),
			Error::<Test>::InsufficientBalance
		);
	});
}

/// Attack 6 (spam delays settlement): on the old code a cancelled job was pruned through the
/// same `DueJobs` budget as phase transitions, `RetentionPeriod` blocks later, so a flood of
/// submit + cancel (free but for fees) delayed everyone's settlement. Now a block takes at most
/// `MaxDrawsPerBlock` new jobs, a cancelled job is pruned in the next block on a schedule with
/// a budget of its own (at least as large), and every honest result settles on time.
#[test]
fn a_flood_of_submit_and_cancel_at_the_block_limit_never_delays_an_honest_settlement() {
	ExtBuilder::default().build_and_execute(|| {
		JobDepositBase::set(5);
		let spammer_start = free(GRIEFER);
		let mut honest: Vec<(JobId, u64)> = Vec::new();
		let mut most_stored = 0;
		for _ in 0..3 * RETENTION {
			// Each block is full: one honest single-provider job and as many spam jobs as a
			// block takes, all cancelled at once.
			let id = submit_undrawn(ALICE, 1, PRICE);
			let deadline = System::block_number() + 10;
			let first_spam = crate::NextJobId::<Test>::get();
			for _ in 1..MAX_DRAWS_PER_BLOCK {
				assert_ok!(Jobs::submit_job(RuntimeOrigin::signed(GRIEFER), MODEL, inline(b"spam"), PRICE, 1, deadline));
			}
			assert_noop!(
				Jobs::submit_job(RuntimeOrigin::signed(GRIEFER), MODEL, inline(b"spam"), PRICE, 1, deadline),
				Error::<Test>::TooManySubmissions
			);
			for spam in first_spam..crate::NextJobId::<Test>::get() {
				assert_ok!(Jobs::cancel_job(RuntimeOrigin::signed(GRIEFER), spam));
			}
			next_block();
			let provider = assigned(id)[0];
			commit(provider, id, b"r");
			reveal(provider, id, b"r");
			let JobStatus::Challengeable { until } = job(id).status else { panic!("no challenge window") };
			honest.push((id, until));
			let now = System::block_number();
			// The job whose window ended in the last block was settled by this block's hook.
			for (id, until) in &honest {
				if *until + 1 == now {
					assert_eq!(job(*id).status, JobStatus::Settled, "job {id} (window to {until}) not settled at {now}");
				}
			}
			most_stored = most_stored.max(crate::Jobs::<Test>::iter().count());
		}
		// The spam never piled up: the jobs of about two blocks of flood and the honest jobs
		// in their window or retention period are all that was ever stored.
		assert!(most_stored <= 2 * MAX_DRAWS_PER_BLOCK as usize + honest.len(), "{most_stored} jobs stored");
		next_block();
		assert_eq!(deposit_held(GRIEFER), 0);
		assert_eq!(free(GRIEFER), spammer_start, "the spammer got its deposits back, and nothing else");
	});
}

/// Attack 3 (predictable draw): on the old code `submit_job` drew the providers in the
/// submitter's own block from randomness it knew when it signed, so it could time a job to
/// land on the providers it wanted. Now the next block's hook draws them.
#[test]
fn providers_are_drawn_in_the_next_block_from_randomness_that_did_not_exist_at_submission() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit_undrawn(ALICE, 1, PRICE);
		assert_eq!((job(id).status, job(id).assignments.len()), (JobStatus::Queued, 0));
		assert_eq!(PendingDraws::<Test>::get().into_inner(), vec![id]);
		// What the submitter could compute when it signed, and randomness of the next block
		// under which the draw differs.
		let foreseen = drawn(id);
		let next_salt = (1..100).find(|salt| {
			RandomSalt::set(*salt);
			drawn(id) != foreseen
		});
		assert!(next_salt.is_some());
		let expected = drawn(id);
		next_block();
		assert_eq!(assigned(id), vec![expected]);
		assert_ne!(assigned(id), vec![foreseen]);
		assert!(PendingDraws::<Test>::get().is_empty());
		RandomSalt::set(0);
	});
}

/// Attack 3 (narrowed pool): on the old code a job was assigned as soon as `redundancy`
/// providers qualified, so a submitter's `max_price` could narrow the draw to exactly the
/// providers it wanted. Now the pool must be larger by `MinPoolSurplus`.
#[test]
fn a_job_is_drawn_only_from_a_pool_larger_than_its_redundancy_by_the_surplus() {
	ExtBuilder::default().build_and_execute(|| {
		MinPoolSurplus::set(1);
		// P1..P3 qualify: enough for redundancy 2, not 3.
		let waiting = submit(ALICE, 3, PRICE);
		assert_eq!(job(waiting).status, JobStatus::Queued);
		assert_eq!(Jobs::quote(MODEL, 3), None);
		let pair = submit(ALICE, 2, PRICE);
		assert_eq!(assigned(pair).len(), 2);
		assert!(Jobs::quote(MODEL, 2).is_some());
		// A fourth provider joins: the waiting job is drawn from four.
		register_provider(P4, MODEL, PRICE, STAKE);
		next_block();
		assert_eq!(assigned(waiting).len(), 3);
		MinPoolSurplus::set(0);
	});
}

/// Attack 3 (colluding majority): on the old code a majority verdict of redundancy >= 2 was
/// final at once, so a submitter's Sybils drawn beside one honest provider slashed it with no
/// appeal. Now a contradicted majority waits out a challenge window; the minority appeals and
/// governance slashes the majority instead.
#[test]
fn an_honest_minority_appeals_and_governance_slashes_the_colluding_majority() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 3, PRICE);
		let p = assigned(id);
		let (honest, sybils) = (p[0], [p[1], p[2]]);
		answer(id, &[b"right", b"forged", b"forged"]);
		let forged = inline(b"forged").hash();
		assert_eq!(job(id).status, JobStatus::Challengeable { until: 2 + CHALLENGE });
		System::assert_last_event(
			Event::ChallengeWindowOpened { job_id: id, output_hash: forged, until: 2 + CHALLENGE }.into(),
		);
		assert!(penalties().is_empty(), "nobody is slashed before the window ends");
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(honest), id));
		assert_eq!(free(honest), INITIAL_BALANCE - STAKE - CHALLENGE_BOND);
		assert_ok!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, true));
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::ChallengeUpheld));
		// Both Sybils lose their slash; the honest provider gets its bond back and half of one
		// slash; the submitter is refunded in full.
		let reward = SLASH * CHALLENGER_REWARD_PERCENT as Balance / 100;
		assert_eq!(
			penalties(),
			vec![(sybils[0], SlashReason::WrongResult, reward), (sybils[1], SlashReason::WrongResult, 0)]
		);
		for s in sybils {
			assert_eq!((free(s), stake_held(s)), (INITIAL_BALANCE - STAKE, STAKE - SLASH));
		}
		assert_eq!((free(honest), stake_held(honest)), (INITIAL_BALANCE - STAKE + reward, STAKE));
		assert_eq!(free(ALICE), INITIAL_BALANCE);
		assert_eq!(free(TREASURY), 1 + 2 * SLASH - reward);
	});
}

#[test]
fn a_dismissed_appeal_pays_the_bond_to_the_majority_and_the_minority_is_slashed() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 3, PRICE);
		let p = assigned(id);
		answer(id, &[b"right", b"right", b"wrong"]);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(p[2]), id));
		assert_ok!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, false));
		assert_eq!(job(id).status, JobStatus::Settled);
		assert_eq!(penalties(), vec![(p[2], SlashReason::WrongResult, 0)]);
		assert_eq!(free(p[0]), INITIAL_BALANCE - STAKE + PRICE + CHALLENGE_BOND);
		assert_eq!(free(p[1]), INITIAL_BALANCE - STAKE + PRICE);
		assert_eq!((free(p[2]), stake_held(p[2])), (INITIAL_BALANCE - STAKE - CHALLENGE_BOND, STAKE - SLASH));
	});
}

/// A minority cannot escape its slash by appealing and hoping governance stays silent: a lapsed
/// appeal leaves the majority result standing (unlike a single provider's result).
#[test]
fn a_lapsed_appeal_leaves_the_majority_result_standing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 3, PRICE);
		let p = assigned(id);
		answer(id, &[b"right", b"right", b"wrong"]);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(p[2]), id));
		run_to_block(3 + DISPUTE);
		assert!(jobs_events().contains(&Event::ChallengeLapsed { job_id: id }));
		assert_eq!(job(id).status, JobStatus::Settled);
		assert_eq!(penalties(), vec![(p[2], SlashReason::WrongResult, 0)]);
		assert_eq!((free(p[2]), stake_held(p[2])), (INITIAL_BALANCE - STAKE, STAKE - SLASH));
		assert_eq!(free(p[0]), INITIAL_BALANCE - STAKE + PRICE);
	});
}

/// Attack 3 (split without appeal): on the old code a provider that revealed garbage in a
/// redundancy-2 job failed it `NoMajority`: its honest partner went unpaid and the garbage cost
/// nothing. Now either may appeal for its output; governance accepting the honest one pays it
/// and slashes the other.
#[test]
fn an_upheld_appeal_of_a_split_accepts_the_appellants_output_and_slashes_the_other() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 2, PRICE);
		let p = assigned(id);
		answer(id, &[b"right", b"garbage"]);
		assert_eq!((job(id).status, job(id).result), (JobStatus::Challengeable { until: 2 + CHALLENGE }, None));
		// Only a provider that revealed an output can appeal a split, with its own account.
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(WATCHER), id), Error::<Test>::NotAssigned);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(p[0]), id));
		assert_ok!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, true));
		let right = inline(b"right").hash();
		assert_eq!((job(id).status, job(id).result), (JobStatus::Settled, Some(right)));
		assert_eq!(penalties(), vec![(p[1], SlashReason::WrongResult, 0)]);
		assert_eq!((free(p[0]), stake_held(p[0])), (INITIAL_BALANCE - STAKE + PRICE, STAKE));
		assert_eq!((free(p[1]), stake_held(p[1])), (INITIAL_BALANCE - STAKE, STAKE - SLASH));
		assert_eq!(free(ALICE), INITIAL_BALANCE - PRICE - fee(2 * PRICE));
	});
}

#[test]
fn a_dismissed_appeal_of_a_split_slashes_the_appellant_and_pays_its_bond_to_the_other() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 2, PRICE);
		let p = assigned(id);
		answer(id, &[b"right", b"garbage"]);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(p[1]), id));
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(p[0]), id), Error::<Test>::TooLate);
		assert_ok!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, false));
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoMajority));
		// The failed job compensates its submitter from the appellant's slash, at most the fee.
		assert_eq!(penalties(), vec![(p[1], SlashReason::WrongResult, fee(2 * PRICE))]);
		assert_eq!(free(p[0]), INITIAL_BALANCE - STAKE + CHALLENGE_BOND);
		assert_eq!((free(p[1]), stake_held(p[1])), (INITIAL_BALANCE - STAKE - CHALLENGE_BOND, STAKE - SLASH));
		assert_eq!(free(ALICE), INITIAL_BALANCE);
	});
}

#[test]
fn a_lapsed_appeal_of_a_split_fails_the_job_without_slashing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 2, PRICE);
		let p = assigned(id);
		answer(id, &[b"right", b"garbage"]);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(p[0]), id));
		run_to_block(3 + DISPUTE);
		assert!(jobs_events().contains(&Event::ChallengeLapsed { job_id: id }));
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoMajority));
		assert!(penalties().is_empty());
		assert_eq!(free(p[0]), INITIAL_BALANCE - STAKE);
	});
}

// Agreement rules: a model's `CosineInt8` rule compares the inline int8 outputs, so honest
// providers whose float results differ in the last bits agree, and an output outside the
// tolerance loses.

/// A 16-component int8 embedding (as the bytes a provider reveals) with component `at` moved
/// by `nudge`: honest providers' outputs differ like this when a component lands next to a
/// rounding boundary on their hardware.
fn embedding(at: usize, nudge: i8) -> Vec<u8> {
	let mut v: Vec<i8> = (0..16).map(|i| if i % 3 == 0 { -90 } else { 60 + i as i8 }).collect();
	v[at] = v[at].saturating_add(nudge);
	v.into_iter().map(|x| x as u8).collect()
}

/// A wrong output: the honest embedding's components shifted by one place (cosine -0.32).
fn shifted() -> Vec<u8> {
	let mut v = embedding(0, 0);
	v.rotate_left(1);
	v
}

/// Another wrong output: every other component negated (cosine about 0 with both above).
fn alternating() -> Vec<u8> {
	embedding(0, 0).into_iter().enumerate().map(|(i, x)| if i % 2 == 0 { (x as i8).saturating_neg() as u8 } else { x }).collect()
}

/// Lists the tests' models under a `CosineInt8` rule of `COSINE_PERCENT`.
fn use_cosine_rule() {
	ModelAgreement::set(AgreementRule::CosineInt8 { min_cosine: Perbill::from_percent(COSINE_PERCENT) });
}

/// Regression: under hash equality the three honest outputs below are a three-way split (the
/// job fails `NoMajority` and nobody is paid); under the model's cosine rule they are one result
/// and the job settles at once, every provider paid, nobody slashed.
#[test]
fn under_a_cosine_rule_honest_outputs_that_differ_in_the_last_bits_settle_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		use_cosine_rule();
		let id = submit(ALICE, 3, PRICE);
		assert_eq!(job(id).agreement, ModelAgreement::get());
		let providers = assigned(id);
		let outputs = [embedding(0, 0), embedding(4, 1), embedding(7, -1)];
		answer(id, &[&outputs[0], &outputs[1], &outputs[2]]);
		assert_eq!(job(id).status, JobStatus::Settled);
		// The first drawn output that agrees with the most is the recorded result.
		assert_eq!(job(id).result, Some(inline(&outputs[0]).hash()));
		assert!(penalties().is_empty());
		for p in providers {
			assert_eq!(free(p), INITIAL_BALANCE - STAKE + PRICE);
			assert_eq!(stake_held(p), STAKE);
			assert_eq!(reputation(p), (1, 0, 0));
		}
		assert_eq!(free(ALICE), INITIAL_BALANCE - 3 * PRICE - fee(3 * PRICE));
	});
}

#[test]
fn under_a_cosine_rule_an_output_outside_the_tolerance_is_slashed_and_the_close_ones_paid() {
	ExtBuilder::default().build_and_execute(|| {
		use_cosine_rule();
		let id = submit(ALICE, 3, PRICE);
		let providers = assigned(id);
		answer(id, &[&embedding(2, 1), &shifted(), &embedding(0, 0)]);
		assert_eq!(job(id).result, Some(inline(&embedding(2, 1)).hash()));
		let_challenge_window_pass(id);
		assert_eq!(job(id).status, JobStatus::Settled);
		assert_eq!(penalties(), vec![(providers[1], SlashReason::WrongResult, 0)]);
		assert_eq!(stake_held(providers[1]), STAKE - SLASH);
		assert_eq!(free(providers[1]), INITIAL_BALANCE - STAKE);
		for p in [providers[0], providers[2]] {
			assert_eq!(free(p), INITIAL_BALANCE - STAKE + PRICE);
			assert_eq!(reputation(p), (1, 0, 0));
		}
		assert_eq!(free(ALICE), INITIAL_BALANCE - 2 * PRICE - fee(3 * PRICE));
	});
}

/// A tolerance split: A agrees with B and B with C, but A and C are too far apart. B agrees
/// with everyone, so B's output wins and all three are the same result; nobody is slashed for
/// being on the far side of an honest neighbour.
#[test]
fn under_a_cosine_rule_a_chain_of_close_outputs_settles_on_the_middle_one() {
	ExtBuilder::default().build_and_execute(|| {
		use_cosine_rule();
		let rule = ModelAgreement::get();
		let (a, b, c) = (embedding(1, -30), embedding(1, 0), embedding(1, 30));
		assert!(rule.agree(&a, &b) && rule.agree(&b, &c) && !rule.agree(&a, &c), "the vectors form a chain");
		let id = submit(ALICE, 3, PRICE);
		answer(id, &[&a, &b, &c]);
		assert_eq!(job(id).status, JobStatus::Settled);
		assert_eq!(job(id).result, Some(inline(&b).hash()));
		assert!(penalties().is_empty());
	});
}

/// Three outputs none of which agrees with another are a split under the cosine rule too: the
/// appeal window opens and the job fails `NoMajority` without slashing.
#[test]
fn under_a_cosine_rule_unrelated_outputs_are_a_split() {
	ExtBuilder::default().build_and_execute(|| {
		use_cosine_rule();
		let id = submit(ALICE, 3, PRICE);
		answer(id, &[&embedding(0, 0), &shifted(), &alternating()]);
		assert!(matches!(job(id).status, JobStatus::Challengeable { .. }));
		assert_eq!(job(id).result, None);
		let_challenge_window_pass(id);
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::NoMajority));
		assert!(penalties().is_empty());
	});
}

/// A dismissed challenge of a cosine-rule result pays the bond to a provider whose output
/// agrees with the result, and an upheld one slashes every provider within its tolerance.
#[test]
fn under_a_cosine_rule_a_challenge_treats_close_outputs_as_the_result() {
	ExtBuilder::default().build_and_execute(|| {
		use_cosine_rule();
		let id = submit(ALICE, 3, PRICE);
		let providers = assigned(id);
		answer(id, &[&shifted(), &embedding(0, 0), &embedding(5, 1)]);
		assert_eq!(job(id).result, Some(inline(&embedding(0, 0)).hash()));
		// The minority appeals; governance finds the majority wrong: both of its providers are
		// slashed although their bytes differ.
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(providers[0]), id));
		assert_ok!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, true));
		assert_eq!(job(id).status, JobStatus::Failed(FailReason::ChallengeUpheld));
		let slashed: Vec<AccountId> = penalties().into_iter().map(|(p, reason, _)| {
			assert_eq!(reason, SlashReason::WrongResult);
			p
		}).collect();
		assert_eq!(slashed, vec![providers[1], providers[2]]);

		let id = submit(ALICE, 3, PRICE);
		let providers = assigned(id);
		answer(id, &[&shifted(), &embedding(5, 1), &embedding(0, 0)]);
		assert_eq!(job(id).result, Some(inline(&embedding(5, 1)).hash()));
		let before = [free(providers[1]), free(providers[2])];
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(providers[0]), id));
		assert_ok!(Jobs::resolve_challenge(RuntimeOrigin::root(), id, false));
		assert_eq!(job(id).status, JobStatus::Settled);
		// The bond went to the first provider of the result; the other provider within its
		// tolerance was paid its price like it.
		assert_eq!(free(providers[1]), before[0] + PRICE + CHALLENGE_BOND);
		assert_eq!(free(providers[2]), before[1] + PRICE);
		assert!(jobs_events().contains(&Event::ProviderPenalized {
			job_id: id,
			provider: providers[0],
			reason: SlashReason::WrongResult,
			slashed: SLASH,
			compensation: 0,
		}));
	});
}

#[test]
fn under_a_cosine_rule_a_remote_output_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		use_cosine_rule();
		let id = submit(ALICE, 1, PRICE);
		let provider = assigned(id)[0];
		let remote: Input = Payload::Remote { hash: H256::repeat_byte(3), uri: b"ipfs://out".to_vec() };
		let hash = remote.hash();
		assert_ok!(Jobs::commit_result(
			RuntimeOrigin::signed(provider),
			id,
			commitment_of(id, &provider, &hash, &salt(provider))
		));
		assert_noop!(
			Jobs::reveal_result(RuntimeOrigin::signed(provider), id, remote, salt(provider)),
			Error::<Test>::OutputNotInline
		);
	});
}

/// Fault detection is a pure function of the job, its revealed outputs and the verdict: the
/// same assignments are judged differently by each verdict, before any funds move.
#[test]
fn rulings_say_who_won_and_who_is_at_fault_for_each_verdict() {
	use crate::pallet::{Ruling, Verdict};
	use crate::{Assignment, RevealedOutputs};
	use infera_primitives::JobOutcome;
	ExtBuilder::default().build_and_execute(|| {
		let (right, wrong) = (H256::repeat_byte(1), H256::repeat_byte(2));
		let assignment = |provider, commitment: Option<H256>, output_hash: Option<H256>| Assignment {
			provider,
			price: PRICE,
			commitment,
			output_hash,
		};
		let mut judged = job(submit(ALICE, 1, PRICE));
		let committed = Some(H256::zero());
		let rulings = |job: &crate::JobOf<Test>, verdict: &Verdict<AccountId>| {
			let entries = job.assignments.iter().map(|a| (a.output_hash, None)).collect();
			Jobs::rulings(job, &RevealedOutputs::new(AgreementRule::Exact, entries), verdict)
		};
		let ruling = |won, fault, outcome| Ruling { won, fault, outcome };
		let lost = |fault| ruling(false, Some(fault), JobOutcome::Failed);
		// P1 revealed the right output, P2 a wrong one, P3 never committed.
		judged.assignments = frame_support::BoundedVec::truncate_from(vec![
			assignment(P1, committed, Some(right)),
			assignment(P2, committed, Some(wrong)),
			assignment(P3, None, None),
		]);
		assert_eq!(
			rulings(&judged, &Verdict::Accepted(right)),
			vec![
				ruling(true, None, JobOutcome::Completed),
				lost(SlashReason::WrongResult),
				lost(SlashReason::MissedDeadline)
			]
		);
		// Overturned: the accepted output is the wrong one; nobody won.
		let overturned = Verdict::Overturned { wrong: right, challenger: WATCHER };
		assert_eq!(
			rulings(&judged, &overturned),
			vec![
				lost(SlashReason::WrongResult),
				ruling(false, None, JobOutcome::Failed),
				lost(SlashReason::MissedDeadline)
			]
		);
		// A failed job faults only the output it names wrong (none: only the no-shows).
		let split = Verdict::Failed { reason: FailReason::NoMajority, wrong: None };
		assert_eq!(
			rulings(&judged, &split),
			vec![
				ruling(false, None, JobOutcome::Failed),
				ruling(false, None, JobOutcome::Failed),
				lost(SlashReason::MissedDeadline)
			]
		);
		// An audit that could not run is nobody's fault and leaves every track record as it was.
		let excused = Verdict::Failed { reason: FailReason::AuditUnavailable, wrong: None };
		assert_eq!(rulings(&judged, &excused), vec![ruling(false, None, JobOutcome::Rejected); 3]);
		// A commitment never revealed; a winning rejection is paid but neutral for reputation.
		judged.assignments = frame_support::BoundedVec::truncate_from(vec![
			assignment(P1, committed, Some(input_rejected_hash())),
			assignment(P2, committed, Some(input_rejected_hash())),
			assignment(P3, committed, None),
		]);
		assert_eq!(
			rulings(&judged, &Verdict::Rejected),
			vec![
				ruling(true, None, JobOutcome::Rejected),
				ruling(true, None, JobOutcome::Rejected),
				lost(SlashReason::NoReveal)
			]
		);
	});
}

#[test]
fn the_outputs_view_lists_the_revealed_outputs_of_a_job_and_none_for_a_rejection() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submit(ALICE, 3, PRICE);
		let providers = assigned(id);
		let (answering, rejecting) = (&providers[..2], providers[2]);
		for p in answering {
			commit(*p, id, b"embedding");
		}
		commit_rejection(rejecting, id);
		for p in answering {
			reveal(*p, id, b"embedding");
		}
		reveal_rejection(rejecting, id);
		let mut outputs = Jobs::outputs(id);
		outputs.sort_by_key(|(p, _)| *p);
		let embedding = Payload::Inline(b"embedding".to_vec().try_into().unwrap());
		let mut expected: Vec<_> = answering.iter().map(|p| (*p, embedding.clone())).collect();
		expected.sort_by_key(|(p, _)| *p);
		assert_eq!(outputs, expected);
		assert!(Jobs::outputs(id + 1).is_empty(), "no such job: no outputs");
	});
}
