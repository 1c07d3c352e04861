//! Unit tests of the validators pallet on the mock runtime (10-block sessions; a set planned at
//! the rotation into session `i` serves from session `i + 1`).

use crate::{mock::*, CandidateCount, Candidates, Error, Event, Offence, PendingSlashes, Planned, Validators as Set};
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

/// Reports a GRANDPA equivocation of `who` in `session`, as `pallet-offences` would.
fn report_equivocation(who: AccountId, session: u32) {
	let offenders = [OffenceDetails { offender: (who, ()), reporters: vec![7u64] }];
	<Validators as OnOffenceHandler<AccountId, (AccountId, ()), _>>::on_offence(
		&offenders,
		&[Perbill::from_percent(50)],
		session,
	);
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
		assert_eq!(CandidateCount::<Test>::get(), 3);
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
		assert_eq!(CandidateCount::<Test>::get(), 3);
	});
}

#[test]
fn with_fewer_eligible_than_the_minimum_the_set_is_kept() {
	build_and_execute(|| {
		assert_ok!(Validators::leave(RuntimeOrigin::signed(1)));
		assert_ok!(Validators::leave(RuntimeOrigin::signed(2)));
		run_to_session(3, &[1, 2, 3]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 3]);
		assert_eq!(session_set(), vec![1, 2, 3]);
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
		assert_noop!(Validators::cancel_slash(RuntimeOrigin::signed(1), 2, 0), BadOrigin);
		assert_noop!(Validators::cancel_slash(RuntimeOrigin::root(), 2, 0), Error::<Test>::NoSuchSlash);
		for who in 4..=8 {
			assert_ok!(Validators::bond(RuntimeOrigin::signed(who), MIN_STAKE));
		}
		assert_noop!(Validators::bond(RuntimeOrigin::signed(9), MIN_STAKE), Error::<Test>::TooManyCandidates);
	});
}

#[test]
fn an_equivocation_is_slashed_after_the_deferral_and_the_offender_removed() {
	build_and_execute(|| {
		assert_ok!(Validators::bond(RuntimeOrigin::signed(4), 500));
		set_keys(4);
		let issuance = Balances::total_issuance();
		report_equivocation(2, 0);
		// 10% of its 1000 stake, applied at the start of session 0 + 2.
		System::assert_last_event(
			Event::SlashReported { validator: 2, offence: Offence::Equivocation, session: 0, amount: 100, apply_at: 2 }
				.into(),
		);
		assert!(!Candidates::<Test>::get(2).unwrap().active);
		run_to_session(1, &[1, 2, 3]);
		assert_eq!(held(2), 1_000);
		run_to_session(2, &[1, 3]);
		// Out of the set planned after the report, and slashed exactly.
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 3, 4]);
		assert!(events().contains(&Event::Slashed { validator: 2, offence: Offence::Equivocation, amount: 100 }));
		assert_eq!(held(2), 900);
		assert_eq!(Balances::balance(&2), INITIAL_BALANCE - 1_000);
		assert_eq!(slashed(), 100);
		assert_eq!(Balances::total_issuance(), issuance - 100);
		assert!(PendingSlashes::<Test>::get(2).is_empty());

		// It may come back; its stake (900) still ranks.
		assert_ok!(Validators::rejoin(RuntimeOrigin::signed(2)));
		System::assert_last_event(Event::Rejoined { who: 2 }.into());
		run_to_session(4, &[1, 3, 4]);
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn a_cancelled_slash_leaves_the_bond_whole() {
	build_and_execute(|| {
		report_equivocation(3, 0);
		report_equivocation(1, 0);
		// Governance cancels 3's slash (index 0 of session 2's pending slashes).
		assert_ok!(Validators::cancel_slash(RuntimeOrigin::root(), 2, 0));
		System::assert_last_event(
			Event::SlashCancelled { validator: 3, offence: Offence::Equivocation, amount: 100 }.into(),
		);
		run_to_session(2, &[1, 2, 3]);
		assert_eq!(held(3), 1_000);
		assert_eq!(held(1), 900);
		assert_eq!(slashed(), 100);
	});
}

#[test]
fn a_validator_that_authors_nothing_for_two_sessions_is_reported_offline() {
	build_and_execute(|| {
		// 3 authors nothing in sessions 0 and 1.
		run_to_session(1, &[1, 2]);
		assert_eq!(Candidates::<Test>::get(3).unwrap().missed_sessions, 1);
		assert_eq!(Candidates::<Test>::get(1).unwrap().missed_sessions, 0);
		run_to_session(2, &[1, 2]);
		assert!(events().contains(&Event::SlashReported {
			validator: 3,
			offence: Offence::Offline,
			session: 1,
			amount: 10,
			apply_at: 3,
		}));
		assert!(!Candidates::<Test>::get(3).unwrap().active);
		run_to_session(3, &[1, 2]);
		assert!(events().contains(&Event::Slashed { validator: 3, offence: Offence::Offline, amount: 10 }));
		assert_eq!(held(3), 990);
		// The set went on without it (the minimum of 2 is met).
		assert_eq!(Set::<Test>::get().to_vec(), vec![1, 2]);
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
