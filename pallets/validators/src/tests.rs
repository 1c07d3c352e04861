//! Unit tests of the validators pallet on the mock runtime (10-block sessions; a set planned at
//! the rotation into session `i` serves from session `i + 1`).

use crate::{
	mock::*, CandidateList, Candidates, Error, Event, Offence, PendingSlash, PendingSlashes, Planned,
	RemovedThisSession, SlashRecord, SlashRecords, ValidatorSets, Validators as Set,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::{traits::BadOrigin, Perbill};
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&crate::HoldReason::ValidatorStake.into(), &who)
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Validators(e) = r.event { Some(e) } else { None })
		.collect()
}

/// Hands `offenders` (the concurrent offenders of one GRANDPA slot in `session`) to the pallet
/// with `fraction` each, as `pallet-offences` does on every report of that slot.
fn report(offenders: &[AccountId], fraction: Perbill, session: u32) {
	let details: Vec<_> =
		offenders.iter().map(|who| OffenceDetails { offender: (*who, ()), reporters: vec![7u64] }).collect();
	let fractions = vec![fraction; offenders.len()];
	<Validators as OnOffenceHandler<AccountId, (AccountId, ()), _>>::on_offence(&details, &fractions, session);
}

/// Reports a GRANDPA equivocation of `who` in `session` with a fraction below
/// `EquivocationSlash` (as from a large set), so that the slash is `EquivocationSlash` (10%).
fn report_equivocation(who: AccountId, session: u32) {
	report(&[who], Perbill::from_percent(1), session);
}

/// The event of a reported equivocation of `validator` in `session`.
fn equivocation_reported(validator: AccountId, session: u32, amount: Balance, apply_at: u32, deactivated: bool) -> Event<Test> {
	Event::SlashReported { validator, offence: Offence::Equivocation, session, amount, apply_at, deactivated }
}

fn pending(apply_at: u32) -> Vec<(AccountId, Offence, u32, Balance)> {
	PendingSlashes::<Test>::get(apply_at).into_iter().map(|s| (s.validator, s.offence, s.session, s.amount)).collect()
}

fn list() -> Vec<AccountId> {
	CandidateList::<Test>::get().to_vec()
}

fn slashed_events(who: AccountId) -> Vec<Balance> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			Event::Slashed { validator, amount, .. } if validator == who => Some(amount),
			_ => None,
		})
		.collect()
}

#[test]
fn genesis_validators_are_bonded_and_form_the_first_set() {
	build_and_execute(|| {
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 3]);
		assert_eq!(session_set(), vec![1, 2, 3]);
		for v in [1, 2, 3] {
			assert_eq!(held(v), 1_000);
			assert_eq!(Balances::balance(&v), INITIAL_BALANCE - 1_000);
		}
		assert_eq!(list(), vec![1, 2, 3]);
	});
}

#[test]
fn a_bonded_candidate_with_keys_joins_at_the_session_after_next_rotation() {
	build_and_execute(|| {
		assert_ok!(Validators::bond(RuntimeOrigin::signed(4), 500));
		System::assert_last_event(Event::Bonded { who: 4, amount: 500 }.into());
		assert_eq!(held(4), 500);

		// Without session keys it is not eligible.
		run_to_session(1, &[1, 2, 3]);
		assert_eq!(Planned::<Test>::get().to_vec(), vec![1, 2, 3]);
		set_keys(4);
		run_to_session(2, &[1, 2, 3]);
		assert_eq!(Planned::<Test>::get().to_vec(), vec![1, 2, 3, 4]);
		assert!(events().contains(&Event::SetPlanned { session: 3, validators: Planned::<Test>::get() }));
		assert_eq!(session_set(), vec![1, 2, 3]);
		run_to_session(3, &[1, 2, 3]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 3, 4]);
		assert_eq!(session_set(), vec![1, 2, 3, 4]);
		// Keys alone (account 10) make no candidate.
		assert!(!Set::<Test>::get().contains(&10));
	});
}

#[test]
fn an_oversubscribed_set_takes_the_largest_stakes_ties_by_account() {
	build_and_execute(|| {
		for (who, stake) in [(4, 2_000), (5, 1_500), (6, 999)] {
			assert_ok!(Validators::bond(RuntimeOrigin::signed(who), stake));
			set_keys(who);
		}
		assert_ok!(Validators::bond_extra(RuntimeOrigin::signed(3), 1));
		System::assert_last_event(Event::Bonded { who: 3, amount: 1 }.into());
		run_to_session(2, &[1, 2, 3]);
		// 4 (2000), 5 (1500), 3 (1001), then 1 before 2 at 1000 each; 6 (999) is out.
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 3, 4, 5]);
		assert_eq!(session_set(), vec![1, 3, 4, 5]);
	});
}

#[test]
fn a_leaving_validator_is_replaced_and_withdraws_after_the_bonding_duration() {
	build_and_execute(|| {
		assert_ok!(Validators::bond(RuntimeOrigin::signed(4), 500));
		set_keys(4);
		assert_ok!(Validators::leave(RuntimeOrigin::signed(2)));
		System::assert_last_event(Event::Unbonding { who: 2, amount: 1_000, until: 3 }.into());
		assert_noop!(Validators::leave(RuntimeOrigin::signed(2)), Error::<Test>::Leaving);
		assert_noop!(Validators::bond_extra(RuntimeOrigin::signed(2), 5), Error::<Test>::Leaving);

		run_to_session(2, &[1, 2, 3]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 3, 4]);
		// Still held (and slashable) until session 3.
		assert_eq!(held(2), 1_000);
		assert_noop!(Validators::withdraw_unbonded(RuntimeOrigin::signed(2)), Error::<Test>::StillUnbonding);
		run_to_session(3, &[1, 3, 4]);
		assert_ok!(Validators::withdraw_unbonded(RuntimeOrigin::signed(2)));
		System::assert_last_event(Event::Withdrawn { who: 2, amount: 1_000 }.into());
		assert_eq!((held(2), Balances::balance(&2)), (0, INITIAL_BALANCE));
		assert!(!Candidates::<Test>::contains_key(2));
		assert_eq!(list(), vec![1, 3, 4]);
	});
}

#[test]
fn voluntary_leaves_may_shrink_the_set_below_the_floor_but_never_empty_it() {
	build_and_execute(|| {
		// The floor (3) holds against faults, not against leaving (a dev chain runs on one).
		assert_ok!(Validators::leave(RuntimeOrigin::signed(1)));
		assert_ok!(Validators::leave(RuntimeOrigin::signed(2)));
		run_to_session(2, &[1, 2, 3]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![3]);
		assert_eq!(session_set(), vec![3]);
		// With no eligible candidate left the set is kept.
		assert_ok!(Validators::leave(RuntimeOrigin::signed(3)));
		run_to_session(4, &[3]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![3]);
		assert_eq!(session_set(), vec![3]);
	});
}

#[test]
fn bad_inputs_fail_with_clear_errors() {
	build_and_execute(|| {
		assert_noop!(Validators::bond(RuntimeOrigin::signed(4), MIN_STAKE - 1), Error::<Test>::BelowMinimum);
		assert_noop!(Validators::bond(RuntimeOrigin::signed(1), 500), Error::<Test>::AlreadyCandidate);
		assert_noop!(Validators::bond(RuntimeOrigin::signed(4), INITIAL_BALANCE), Error::<Test>::InsufficientBalance);
		assert_noop!(Validators::bond_extra(RuntimeOrigin::signed(4), 5), Error::<Test>::NotCandidate);
		assert_noop!(Validators::leave(RuntimeOrigin::signed(4)), Error::<Test>::NotCandidate);
		assert_noop!(Validators::withdraw_unbonded(RuntimeOrigin::signed(1)), Error::<Test>::NothingToWithdraw);
		assert_noop!(Validators::rejoin(RuntimeOrigin::signed(1)), Error::<Test>::AlreadyActive);
		assert_noop!(Validators::cancel_slash(RuntimeOrigin::signed(1), 2, Offence::Equivocation, 0), BadOrigin);
		assert_noop!(
			Validators::cancel_slash(RuntimeOrigin::root(), 2, Offence::Equivocation, 0),
			Error::<Test>::NoSuchSlash
		);
		for who in 4..=8 {
			assert_ok!(Validators::bond(RuntimeOrigin::signed(who), MIN_STAKE));
		}
		// Full: an equal stake displaces nobody.
		assert_noop!(Validators::bond(RuntimeOrigin::signed(9), MIN_STAKE), Error::<Test>::TooManyCandidates);
	});
}

#[test]
fn an_equivocation_is_slashed_after_the_deferral_and_the_offender_removed() {
	ExtBuilder::default().validators(&[1, 2, 3, 4]).build_and_execute(|| {
		assert_ok!(Validators::bond(RuntimeOrigin::signed(5), 500));
		set_keys(5);
		let issuance = Balances::total_issuance();
		report_equivocation(2, 0);
		// 10% of its 1000 stake, applied at the start of session 0 + 2; one of four may go.
		System::assert_last_event(equivocation_reported(2, 0, 100, 2, true).into());
		assert!(!Candidates::<Test>::get(2).unwrap().active);
		assert_eq!(disabled(), vec![2]);
		run_to_session(1, &[1, 2, 3, 4]);
		assert_eq!(held(2), 1_000);
		run_to_session(2, &[1, 3, 4]);
		// Out of the set planned after the report, and slashed exactly.
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 3, 4, 5]);
		assert!(events().contains(&Event::Slashed { validator: 2, offence: Offence::Equivocation, amount: 100 }));
		assert_eq!(held(2), 900);
		assert_eq!(Balances::balance(&2), INITIAL_BALANCE - 1_000);
		assert_eq!(slashed(), 100);
		assert_eq!(Balances::total_issuance(), issuance - 100);
		assert!(PendingSlashes::<Test>::get(2).is_empty());

		// It may come back; its stake (900) still ranks above 5's (500).
		assert_ok!(Validators::rejoin(RuntimeOrigin::signed(2)));
		System::assert_last_event(Event::Rejoined { who: 2 }.into());
		run_to_session(4, &[1, 3, 4, 5]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn a_cancelled_slash_leaves_the_bond_whole() {
	build_and_execute(|| {
		report_equivocation(3, 0);
		report_equivocation(1, 0);
		// Governance cancels 3's slash, named by validator, offence and session.
		assert_ok!(Validators::cancel_slash(RuntimeOrigin::root(), 3, Offence::Equivocation, 0));
		System::assert_last_event(
			Event::SlashCancelled { validator: 3, offence: Offence::Equivocation, session: 0, amount: 100 }.into(),
		);
		run_to_session(2, &[1, 2, 3]);
		assert_eq!(held(3), 1_000);
		assert_eq!(held(1), 900);
		assert_eq!(slashed(), 100);
	});
}

#[test]
fn a_validator_that_authors_nothing_for_two_sessions_is_reported_offline() {
	ExtBuilder::default().validators(&[1, 2, 3, 4]).build_and_execute(|| {
		// 3 authors nothing in sessions 0 and 1.
		run_to_session(1, &[1, 2, 4]);
		assert_eq!(Candidates::<Test>::get(3).unwrap().missed_sessions, 1);
		assert_eq!(Candidates::<Test>::get(1).unwrap().missed_sessions, 0);
		run_to_session(2, &[1, 2, 4]);
		assert!(events().contains(&Event::SlashReported {
			validator: 3,
			offence: Offence::Offline,
			session: 1,
			amount: 10,
			apply_at: 3,
			deactivated: true,
		}));
		assert!(!Candidates::<Test>::get(3).unwrap().active);
		// Liveness faults do not disable (the session had ended).
		assert!(disabled().is_empty());
		run_to_session(3, &[1, 2, 4]);
		assert!(events().contains(&Event::Slashed { validator: 3, offence: Offence::Offline, amount: 10 }));
		assert_eq!(held(3), 990);
		// The set went on without it (the floor of 3 is met).
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 4]);
	});
}

#[test]
fn a_slash_reaches_unbonding_stake_of_a_validator_that_left() {
	build_and_execute(|| {
		assert_ok!(Validators::bond(RuntimeOrigin::signed(4), 500));
		set_keys(4);
		assert_ok!(Validators::leave(RuntimeOrigin::signed(1)));
		report_equivocation(1, 0);
		// It still serves the sessions it was planned for (and authors in them).
		run_to_session(2, &[1, 2, 3]);
		assert_eq!(held(1), 900);
		let candidate = Candidates::<Test>::get(1).unwrap();
		assert_eq!((candidate.bonded, candidate.unbonding), (0, 900));
		run_to_session(3, &[2, 3]);
		assert_ok!(Validators::withdraw_unbonded(RuntimeOrigin::signed(1)));
		assert_eq!(Balances::balance(&1), INITIAL_BALANCE - 100);
		assert!(!Candidates::<Test>::contains_key(1));
	});
}

#[test]
fn repeated_reports_of_one_slot_slash_each_offender_once_at_the_highest_fraction() {
	build_and_execute(|| {
		// pallet-offences hands all concurrent offenders of the slot over again with each new
		// report, each time with the (higher) fraction for all of them.
		report(&[2], Perbill::from_percent(12), 0);
		report(&[2, 3], Perbill::from_percent(20), 0);
		report(&[2, 3, 1], Perbill::from_percent(30), 0);
		// A lower fraction changes nothing.
		report(&[2, 3, 1], Perbill::from_percent(15), 0);
		let reported = |validator, amount| equivocation_reported(validator, 0, amount, 2, false);
		let raised = |validator, amount| Event::SlashRaised { validator, offence: Offence::Equivocation, session: 0, amount };
		// A set of three may lose nobody in a session (fewer than a third).
		assert_eq!(
			events(),
			vec![reported(2, 120), raised(2, 200), reported(3, 200), raised(2, 300), raised(3, 300), reported(1, 300)]
		);
		assert_eq!(
			pending(2),
			vec![
				(2, Offence::Equivocation, 0, 300),
				(3, Offence::Equivocation, 0, 300),
				(1, Offence::Equivocation, 0, 300)
			]
		);
		assert_eq!(
			SlashRecords::<Test>::get(0, (2, Offence::Equivocation)),
			Some(SlashRecord { fraction: Perbill::from_percent(30), apply_at: 2 })
		);
		run_to_session(2, &[1, 2, 3]);
		for v in [1, 2, 3] {
			assert_eq!(slashed_events(v), vec![300]);
			assert_eq!(held(v), 700);
			assert_eq!(Balances::balance(&v), INITIAL_BALANCE - 1_000);
		}
		assert_eq!(slashed(), 900);
	});
}

#[test]
fn reports_of_one_offender_in_several_slots_of_a_session_slash_it_once() {
	build_and_execute(|| {
		// One report per GRANDPA round (a new slot each), at the `EquivocationSlash` floor.
		for _ in 0..5 {
			report_equivocation(2, 0);
		}
		assert_eq!(pending(2), vec![(2, Offence::Equivocation, 0, 100)]);
		// A later round with a higher fraction raises the one slash (to 25%), never adds.
		report(&[2], Perbill::from_percent(25), 0);
		System::assert_last_event(
			Event::SlashRaised { validator: 2, offence: Offence::Equivocation, session: 0, amount: 250 }.into(),
		);
		report_equivocation(2, 0);
		assert_eq!(pending(2), vec![(2, Offence::Equivocation, 0, 250)]);
		assert_eq!(events().iter().filter(|e| matches!(e, Event::SlashReported { .. })).count(), 1);
		run_to_session(2, &[1, 2, 3]);
		assert_eq!(slashed_events(2), vec![250]);
		assert_eq!((held(2), slashed()), (750, 250));
	});
}

#[test]
fn a_validator_equivocating_every_session_is_slashed_once_per_session() {
	build_and_execute(|| {
		// Kept in the set (three may lose nobody), it equivocates in every round of sessions
		// 0, 1 and 2; late reports of an earlier session's rounds arrive too.
		for session in 0..3 {
			run_to_session(session, &[1, 2, 3]);
			for _ in 0..4 {
				report_equivocation(2, session);
				if let Some(earlier) = session.checked_sub(1) {
					report_equivocation(2, earlier);
				}
			}
			assert_eq!(pending(session + 2).len(), 1);
		}
		run_to_session(5, &[1, 2, 3]);
		// 10% of the stake at each report: 1000, 1000 (the first not applied yet), 900.
		assert_eq!(slashed_events(2), vec![100, 100, 90]);
		assert_eq!(held(2), 710);
		assert_eq!(slashed(), 290);
	});
}

#[test]
fn an_offence_older_than_the_bonding_duration_is_ignored() {
	build_and_execute(|| {
		run_to_session(3, &[1, 2, 3]);
		report_equivocation(2, 0);
		assert!(events().iter().all(|e| !matches!(e, Event::SlashReported { .. })));
		assert!(pending(5).is_empty());
		// Records of old sessions are pruned (after `BondingDuration + SlashDeferDuration`).
		report_equivocation(2, 1);
		assert!(SlashRecords::<Test>::get(1, (2, Offence::Equivocation)).is_some());
		run_to_session(6, &[1, 2, 3]);
		assert!(SlashRecords::<Test>::get(1, (2, Offence::Equivocation)).is_none());
	});
}

#[test]
fn cancellations_by_identity_hit_the_right_validators() {
	build_and_execute(|| {
		report_equivocation(1, 0);
		report_equivocation(2, 0);
		report_equivocation(3, 0);
		// By position, the second cancellation would have hit the wrong one after the first
		// shifted the list.
		assert_ok!(Validators::cancel_slash(RuntimeOrigin::root(), 1, Offence::Equivocation, 0));
		System::assert_last_event(
			Event::SlashCancelled { validator: 1, offence: Offence::Equivocation, session: 0, amount: 100 }.into(),
		);
		assert_ok!(Validators::cancel_slash(RuntimeOrigin::root(), 3, Offence::Equivocation, 0));
		System::assert_last_event(
			Event::SlashCancelled { validator: 3, offence: Offence::Equivocation, session: 0, amount: 100 }.into(),
		);
		assert_eq!(pending(2), vec![(2, Offence::Equivocation, 0, 100)]);
		assert_noop!(
			Validators::cancel_slash(RuntimeOrigin::root(), 1, Offence::Equivocation, 0),
			Error::<Test>::NoSuchSlash
		);
		assert_noop!(Validators::cancel_slash(RuntimeOrigin::root(), 2, Offence::Offline, 0), Error::<Test>::NoSuchSlash);
		assert_noop!(
			Validators::cancel_slash(RuntimeOrigin::root(), 2, Offence::Equivocation, 1),
			Error::<Test>::NoSuchSlash
		);
		// A cancelled offence reported again stays cancelled.
		report(&[1], Perbill::from_percent(50), 0);
		assert_eq!(pending(2), vec![(2, Offence::Equivocation, 0, 100)]);
		run_to_session(2, &[1, 2, 3]);
		assert_eq!((held(1), held(2), held(3)), (1_000, 900, 1_000));
		assert_eq!(slashed_events(1), Vec::<Balance>::new());
		assert_eq!(slashed(), 100);
		assert_noop!(
			Validators::cancel_slash(RuntimeOrigin::root(), 2, Offence::Equivocation, 0),
			Error::<Test>::NoSuchSlash
		);
	});
}

#[test]
fn offenders_below_the_floor_are_slashed_but_not_removed() {
	ExtBuilder::default().validators(&[1, 2, 3, 4]).build_and_execute(|| {
		report_equivocation(4, 0);
		System::assert_last_event(equivocation_reported(4, 0, 100, 2, true).into());
		run_to_session(1, &[1, 2, 3, 4]);
		// Without 3, only 1 and 2 would be eligible: below the floor of 3.
		report_equivocation(3, 1);
		System::assert_last_event(equivocation_reported(3, 1, 100, 3, false).into());
		assert!(Candidates::<Test>::get(3).unwrap().active);
		run_to_session(3, &[1, 2, 3, 4]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 3]);
		assert_eq!(session_set(), vec![1, 2, 3]);
		assert_eq!((held(3), held(4)), (900, 900));
		assert_eq!(slashed(), 200);
	});
}

#[test]
fn a_validator_slashed_below_the_minimum_stake_keeps_the_set_at_the_floor() {
	build_and_execute(|| {
		// A set of three loses nobody to faults; 95% leaves 3 with 50 bonded.
		report(&[3], Perbill::from_percent(95), 0);
		run_to_session(2, &[1, 2, 3]);
		assert_eq!(held(3), 50);
		assert!(Candidates::<Test>::get(3).unwrap().active);
		// 50 is below `MinValidatorStake` (100), but without it the set would fall below 3.
		run_to_session(4, &[1, 2, 3]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 3]);
		// Once another candidate can take its place, it goes.
		assert_ok!(Validators::bond(RuntimeOrigin::signed(4), 500));
		set_keys(4);
		run_to_session(6, &[1, 2, 3]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 4]);
	});
}

#[test]
fn faults_deactivate_at_most_the_per_session_cap() {
	ExtBuilder::default().validators(&[1, 2, 3, 4]).build_and_execute(|| {
		for who in [5, 6] {
			assert_ok!(Validators::bond(RuntimeOrigin::signed(who), 1_000));
			set_keys(who);
		}
		// 30% of a set of four: one per session, however many candidates remain.
		report(&[1, 2], Perbill::from_percent(1), 0);
		let reported = |validator, session, apply_at, deactivated| equivocation_reported(validator, session, 100, apply_at, deactivated);
		assert_eq!(events()[events().len() - 2..].to_vec(), vec![reported(1, 0, 2, true), reported(2, 0, 2, false)]);
		assert_eq!(RemovedThisSession::<Test>::get(), 1);
		assert!(Candidates::<Test>::get(2).unwrap().active);
		run_to_session(1, &[1, 2, 3, 4]);
		assert_eq!(RemovedThisSession::<Test>::get(), 0);
		// A repeated report of session 0 does nothing; 2's offence in session 1 takes it out.
		report_equivocation(2, 0);
		assert!(Candidates::<Test>::get(2).unwrap().active);
		report_equivocation(2, 1);
		System::assert_last_event(reported(2, 1, 3, true).into());
		assert!(!Candidates::<Test>::get(2).unwrap().active);
		run_to_session(3, &[1, 2, 3, 4, 5]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![3, 4, 5, 6]);
		// 2 paid once for each session.
		assert_eq!(slashed_events(2), vec![100, 100]);
		assert_eq!(held(2), 800);
	});
}

#[test]
fn an_equivocating_validator_is_disabled_at_once_within_the_limit() {
	ExtBuilder::default().validators(&[1, 2, 3, 4]).build_and_execute(|| {
		report_equivocation(3, 0);
		assert_eq!(disabled(), vec![3]);
		assert!(System::events()
			.iter()
			.any(|r| r.event == RuntimeEvent::Session(pallet_session::Event::ValidatorDisabled { validator: 3 })));
		// Fewer than a third of four: one. A second offender is slashed, not disabled.
		report_equivocation(2, 0);
		assert_eq!(disabled(), vec![3]);
		// It still serves session 1 (planned before the report): disabled again there.
		run_to_session(1, &[1, 2, 3, 4]);
		assert_eq!(session_set(), vec![1, 2, 3, 4]);
		assert_eq!(disabled(), vec![3]);
		// Then it is out, and nobody is disabled.
		run_to_session(2, &[1, 2, 4]);
		assert_eq!(session_set(), vec![1, 2, 4]);
		assert!(disabled().is_empty());
	});
}

#[test]
fn a_set_of_three_disables_nobody() {
	build_and_execute(|| {
		report_equivocation(3, 0);
		assert!(disabled().is_empty());
		assert!(Candidates::<Test>::get(3).unwrap().active);
	});
}

#[test]
fn a_larger_bond_displaces_the_smallest_candidate_outside_the_sets() {
	build_and_execute(|| {
		// 4 has the smallest stake but keys: it is elected.
		assert_ok!(Validators::bond(RuntimeOrigin::signed(4), 100));
		set_keys(4);
		run_to_session(2, &[1, 2, 3]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 3, 4]);
		// The others have no keys: never elected, they only hold places.
		for (who, stake) in [(5, 300), (6, 200), (7, 250), (8, 200)] {
			assert_ok!(Validators::bond(RuntimeOrigin::signed(who), stake));
		}
		assert_eq!(list(), vec![1, 2, 3, 4, 5, 6, 7, 8]);
		assert_noop!(Validators::bond(RuntimeOrigin::signed(9), 200), Error::<Test>::TooManyCandidates);
		assert_ok!(Validators::bond(RuntimeOrigin::signed(9), 201));
		// 6 and 8 tie at 200: 8 ranks last.
		let tail = events()[events().len() - 3..].to_vec();
		assert_eq!(
			tail,
			vec![
				Event::Unbonding { who: 8, amount: 200, until: 5 },
				Event::Displaced { who: 8, stake: 200, by: 9 },
				Event::Bonded { who: 9, amount: 201 },
			]
		);
		assert_eq!(list(), vec![1, 2, 3, 4, 5, 6, 7, 9]);
		let displaced = Candidates::<Test>::get(8).unwrap();
		assert_eq!((displaced.bonded, displaced.unbonding, displaced.active), (0, 200, false));
		assert_eq!((held(8), held(9)), (200, 201));
		// A leaving candidate frees its place at once.
		assert_ok!(Validators::leave(RuntimeOrigin::signed(6)));
		assert_ok!(Validators::bond(RuntimeOrigin::signed(10), 100));
		assert_eq!(list(), vec![1, 2, 3, 4, 5, 7, 9, 10]);
		// The displaced stake unbonds normally.
		assert_noop!(Validators::withdraw_unbonded(RuntimeOrigin::signed(8)), Error::<Test>::StillUnbonding);
		run_to_session(5, &[1, 2, 3, 4]);
		assert_ok!(Validators::withdraw_unbonded(RuntimeOrigin::signed(8)));
		assert_eq!((held(8), Balances::balance(&8)), (0, INITIAL_BALANCE));
	});
}

#[test]
fn view_functions_read_candidates_page_by_page_the_sets_and_the_pending_slashes() {
	ExtBuilder::default().validators(&[1, 2, 3, 4]).build_and_execute(|| {
		assert_ok!(Validators::bond(RuntimeOrigin::signed(5), 500));
		// Pages of two cover every candidate record once, in storage order.
		let (mut read, mut start_after, mut pages) = (Vec::new(), None, 0);
		loop {
			let page = Validators::candidates(start_after, 2);
			assert!(page.items.len() <= 2);
			pages += 1;
			read.extend(page.items);
			match page.next {
				Some(after) => start_after = Some(after),
				None => break,
			}
		}
		assert_eq!(read, Candidates::<Test>::iter().collect::<Vec<_>>());
		assert_eq!((read.len(), pages), (5, 3));
		assert_eq!(Validators::candidate(5).map(|c| (c.bonded, c.active)), Some((500, true)));
		assert_eq!(Validators::candidate(9), None);
		assert_eq!(
			Validators::validator_sets(),
			ValidatorSets { session: 0, current: vec![1, 2, 3, 4], planned: Planned::<Test>::get().to_vec() }
		);

		// Two slashes due at different sessions, listed earliest first.
		report_equivocation(4, 0);
		run_to_session(1, &[1, 2, 3, 4]);
		report_equivocation(3, 1);
		let slash = |validator, session| PendingSlash { validator, amount: 100, offence: Offence::Equivocation, session };
		assert_eq!(Validators::pending_slashes(), vec![(2, vec![slash(4, 0)]), (3, vec![slash(3, 1)])]);
		let sets = Validators::validator_sets();
		assert_eq!((sets.session, sets.current), (1, Set::<Test>::get().to_vec()));
		run_to_session(2, &[1, 2, 3]);
		assert_eq!(Validators::pending_slashes(), vec![(3, vec![slash(3, 1)])]);
	});
}
