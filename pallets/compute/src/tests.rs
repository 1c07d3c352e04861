//! Unit tests of the compute providers pallet.

use crate::{mock::*, Error, Event, HoldReason, OfferCount, Offers, ProviderOfWorker, ProviderStatus, Providers, Reputation, Reputations, UnlockChunk};
use crate::types::HardwareProfile;
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use infera_primitives::{
	AcceleratorClass, JobOutcome, Page, ProviderActivity, ProviderCandidate, ProviderDirectory,
	ProviderSlashing, SlashOutcome, SlashReason,
};
use sp_runtime::DispatchError;

const URL: &[u8] = b"https://gpu1.example.com:8443/infer";

fn gpu() -> HardwareProfile<Vec<u8>> {
	HardwareProfile {
		accelerator: AcceleratorClass::ConsumerGpu,
		accelerator_count: 2,
		memory_mib: 24_576,
		region: b"eu-west".to_vec(),
	}
}

fn cpu() -> HardwareProfile<Vec<u8>> {
	HardwareProfile { accelerator: AcceleratorClass::Cpu, accelerator_count: 0, memory_mib: 2_048, region: vec![] }
}

/// Slashes `who` with no compensation; returns the amount slashed.
fn slash(who: AccountId, amount: Balance, reason: SlashReason) -> Balance {
	let outcome = Compute::slash_provider(&who, amount, reason, None);
	assert_eq!(outcome.compensation, 0);
	outcome.slashed
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ProviderStake.into(), &who)
}

fn register(who: AccountId, stake: Balance) {
	assert_ok!(Compute::register_provider(RuntimeOrigin::signed(who), URL.to_vec(), gpu(), stake));
}

fn provider(who: AccountId) -> crate::ProviderOf<Test> {
	Compute::provider(who).unwrap()
}

fn chunks(who: AccountId) -> Vec<(Balance, u64)> {
	provider(who).unlocking.iter().map(|c| (c.amount, c.unlock_at)).collect()
}

/// Reads a whole list with `read` (one page after `start_after`), one entry per page, as a
/// client does; returns the entries and the number of pages.
fn read_one_per_page<V>(read: impl Fn(Option<AccountId>, u32) -> Page<AccountId, V>) -> (Vec<(AccountId, V)>, u32) {
	let (mut all, mut after, mut pages) = (Vec::new(), None, 0);
	loop {
		let page = read(after, 1);
		pages += 1;
		all.extend(page.items);
		match page.next {
			Some(next) => after = Some(next),
			None => return (all, pages),
		}
	}
}

#[test]
fn providers_are_read_page_by_page_each_once() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [ALICE, BOB, CAROL] {
			register(who, MIN_STAKE);
		}
		// One provider per page: the cursor is the last account read (Blake2_128Concat order).
		let (read, pages) = read_one_per_page(Compute::providers);
		assert_eq!(pages, 3);
		for (who, record) in &read {
			assert_eq!(Some(record), Compute::provider(*who).as_ref());
		}
		let mut seen: Vec<_> = read.iter().map(|(who, _)| *who).collect();
		seen.sort();
		assert_eq!(seen, vec![ALICE, BOB, CAROL]);
		assert_eq!(Compute::providers(None, 10).next, None, "three providers fit in one page");
	});
}

#[test]
fn reputations_are_read_page_by_page_each_once() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [ALICE, BOB, CAROL] {
			register(who, MIN_STAKE);
		}
		// A record exists once a job ended: Alice completed two, Bob failed one, Carol none.
		for (who, outcome) in [(ALICE, JobOutcome::Completed), (ALICE, JobOutcome::Completed), (BOB, JobOutcome::Failed)] {
			Compute::note_job_assigned(&who, 0);
			Compute::note_job_finished(&who, 0, outcome);
		}
		let (mut read, pages) = read_one_per_page(Compute::reputations);
		assert_eq!(pages, 2);
		read.sort_by_key(|(who, _)| *who);
		let record = |jobs_completed, jobs_failed| Reputation { jobs_completed, jobs_failed, slashes: 0 };
		assert_eq!(read, vec![(ALICE, record(2, 0)), (BOB, record(0, 1))]);
		assert_eq!(Compute::reputation(CAROL), record(0, 0), "no record read as zero");
	});
}

#[test]
fn register_provider_holds_stake_and_stores_the_profile() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, 2 * MIN_STAKE);
		let info = provider(ALICE);
		assert_eq!(info.endpoint.to_vec(), URL.to_vec());
		assert_eq!(info.hardware.accelerator, AcceleratorClass::ConsumerGpu);
		assert_eq!(info.hardware.accelerator_count, 2);
		assert_eq!(info.hardware.memory_mib, 24_576);
		assert_eq!(info.hardware.region.to_vec(), b"eu-west".to_vec());
		assert_eq!(info.bonded, 2 * MIN_STAKE);
		assert!(info.unlocking.is_empty());
		assert_eq!(info.status, ProviderStatus::Online);
		assert_eq!(info.active_jobs, 0);
		assert_eq!(held(ALICE), 2 * MIN_STAKE);
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE - 2 * MIN_STAKE);
		System::assert_last_event(Event::ProviderRegistered { provider: ALICE, stake: 2 * MIN_STAKE }.into());
	});
}

#[test]
fn register_provider_rejects_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		let reg = |who, url: &[u8], hw, stake| {
			Compute::register_provider(RuntimeOrigin::signed(who), url.to_vec(), hw, stake)
		};
		for bad in [&b"ftp://host/x"[..], b"https://", b"http:///path", b"https://a b", b"gpu1.example.com", b""] {
			assert_noop!(reg(ALICE, bad, gpu(), MIN_STAKE), Error::<Test>::BadEndpoint);
		}
		let long = [b"https://".to_vec(), vec![b'a'; MAX_URL as usize]].concat();
		assert_noop!(reg(ALICE, &long, gpu(), MIN_STAKE), Error::<Test>::EndpointTooLong);
		let mut hw = gpu();
		hw.region = vec![b'r'; MAX_REGION as usize + 1];
		assert_noop!(reg(ALICE, URL, hw, MIN_STAKE), Error::<Test>::RegionTooLong);
		assert_noop!(reg(ALICE, URL, gpu(), MIN_STAKE - 1), Error::<Test>::StakeBelowMinimum);
		assert_noop!(reg(POOR, URL, gpu(), MIN_STAKE), Error::<Test>::InsufficientBalance);
		assert_noop!(
			Compute::register_provider(RuntimeOrigin::root(), URL.to_vec(), gpu(), MIN_STAKE),
			DispatchError::BadOrigin
		);
		register(ALICE, MIN_STAKE);
		assert_noop!(reg(ALICE, URL, gpu(), MIN_STAKE), Error::<Test>::AlreadyProvider);
		assert_eq!(held(ALICE), MIN_STAKE);
		assert!(Compute::provider(POOR).is_none());
	});
}

#[test]
fn bond_extra_adds_stake() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		assert_ok!(Compute::bond_extra(RuntimeOrigin::signed(ALICE), 500));
		assert_eq!(provider(ALICE).bonded, MIN_STAKE + 500);
		assert_eq!(held(ALICE), MIN_STAKE + 500);
		System::assert_last_event(Event::Bonded { provider: ALICE, amount: 500 }.into());
		assert_noop!(Compute::bond_extra(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Compute::bond_extra(RuntimeOrigin::signed(BOB), 5), Error::<Test>::NotProvider);
		assert_noop!(
			Compute::bond_extra(RuntimeOrigin::signed(ALICE), INITIAL_BALANCE),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn unbond_moves_stake_into_a_slashable_chunk_and_pauses_below_minimum() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE + 300);
		assert_ok!(Compute::unbond(RuntimeOrigin::signed(ALICE), 300));
		System::assert_last_event(Event::Unbonded { provider: ALICE, amount: 300, unlock_at: 1 + UNBONDING }.into());
		assert_eq!(provider(ALICE).bonded, MIN_STAKE);
		assert_eq!(chunks(ALICE), vec![(300, 1 + UNBONDING)]);
		assert_eq!(held(ALICE), MIN_STAKE + 300, "unbonding stake stays held");
		assert_eq!(provider(ALICE).status, ProviderStatus::Online);
		// A second unbond in the same block merges into the same chunk, and pauses.
		assert_ok!(Compute::unbond(RuntimeOrigin::signed(ALICE), 1));
		assert_eq!(chunks(ALICE), vec![(301, 1 + UNBONDING)]);
		assert_eq!(provider(ALICE).status, ProviderStatus::BelowMinimumStake);
		System::assert_last_event(
			Event::StatusChanged { provider: ALICE, status: ProviderStatus::BelowMinimumStake }.into(),
		);
	});
}

#[test]
fn unbond_errors() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		let alice = RuntimeOrigin::signed(ALICE);
		assert_noop!(Compute::unbond(alice.clone(), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Compute::unbond(alice.clone(), MIN_STAKE + 1), Error::<Test>::NotEnoughBonded);
		assert_noop!(Compute::unbond(RuntimeOrigin::signed(BOB), 1), Error::<Test>::NotProvider);
		assert_ok!(Compute::unbond(alice.clone(), 1));
		run_to_block(2);
		assert_ok!(Compute::unbond(alice.clone(), 1));
		run_to_block(3);
		assert_noop!(Compute::unbond(alice, 1), Error::<Test>::TooManyUnlockingChunks);
	});
}

#[test]
fn withdraw_unbonded_releases_only_due_chunks() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE + 500);
		assert_ok!(Compute::unbond(RuntimeOrigin::signed(ALICE), 200));
		run_to_block(4);
		assert_ok!(Compute::unbond(RuntimeOrigin::signed(ALICE), 300));
		let alice = RuntimeOrigin::signed(ALICE);
		run_to_block(UNBONDING);
		assert_noop!(Compute::withdraw_unbonded(alice.clone()), Error::<Test>::UnbondingNotFinished);
		run_to_block(1 + UNBONDING);
		assert_ok!(Compute::withdraw_unbonded(alice.clone()));
		System::assert_last_event(Event::Withdrawn { provider: ALICE, amount: 200 }.into());
		assert_eq!(chunks(ALICE), vec![(300, 4 + UNBONDING)]);
		assert_eq!(held(ALICE), MIN_STAKE + 300);
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE - MIN_STAKE - 300);
		run_to_block(4 + UNBONDING);
		assert_ok!(Compute::withdraw_unbonded(alice.clone()));
		assert!(chunks(ALICE).is_empty());
		assert_eq!(held(ALICE), MIN_STAKE);
		assert_noop!(Compute::withdraw_unbonded(alice), Error::<Test>::UnbondingNotFinished);
		assert_noop!(Compute::withdraw_unbonded(RuntimeOrigin::signed(BOB)), Error::<Test>::NotProvider);
	});
}

#[test]
fn every_chunk_stays_withdrawable_after_a_slash() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE + 600);
		assert_ok!(Compute::unbond(RuntimeOrigin::signed(ALICE), 200));
		run_to_block(3);
		assert_ok!(Compute::unbond(RuntimeOrigin::signed(ALICE), 400));
		// Slash everything bonded and half of the latest chunk.
		let slashed = slash(ALICE, MIN_STAKE + 200, SlashReason::WrongResult);
		assert_eq!(slashed, MIN_STAKE + 200);
		assert_eq!(provider(ALICE).bonded, 0);
		assert_eq!(chunks(ALICE), vec![(200, 1 + UNBONDING), (200, 3 + UNBONDING)]);
		assert_eq!(held(ALICE), 400);
		run_to_block(3 + UNBONDING);
		assert_ok!(Compute::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		System::assert_has_event(Event::Withdrawn { provider: ALICE, amount: 400 }.into());
		// Nothing bonded, nothing unbonding, no job: the record goes.
		System::assert_last_event(Event::ProviderRemoved { provider: ALICE }.into());
		assert!(Providers::<Test>::get(ALICE).is_none());
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::total_balance(&ALICE), INITIAL_BALANCE - MIN_STAKE - 200);
	});
}

#[test]
fn slash_takes_bonded_first_then_latest_chunks_and_pays_the_treasury_exactly() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE + 100);
		assert_ok!(Compute::unbond(RuntimeOrigin::signed(ALICE), 100));
		let issuance = Balances::total_issuance();
		let slashed = slash(ALICE, 150, SlashReason::MissedDeadline);
		assert_eq!(slashed, 150);
		assert_eq!(provider(ALICE).bonded, MIN_STAKE - 150);
		assert_eq!(chunks(ALICE), vec![(100, 1 + UNBONDING)]);
		assert_eq!(Balances::balance(&TREASURY), 1 + 150);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(provider(ALICE).status, ProviderStatus::BelowMinimumStake);
		assert_eq!(Reputations::<Test>::get(ALICE).slashes, 1);
		assert!(System::events().iter().any(|r| r.event ==
			Event::ProviderSlashed { provider: ALICE, amount: 150, compensation: 0, reason: SlashReason::MissedDeadline }.into()));
		// More than the whole stake: only what exists is slashed.
		let slashed = slash(ALICE, 10 * MIN_STAKE, SlashReason::Misconduct);
		assert_eq!(slashed, MIN_STAKE - 150 + 100);
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&TREASURY), 1 + MIN_STAKE + 100);
		assert_eq!(Reputations::<Test>::get(ALICE).slashes, 2);
		// Not a provider: nothing to slash.
		assert_eq!(slash(BOB, 10, SlashReason::Misconduct), 0);
	});
}

#[test]
fn a_slash_compensates_the_harmed_party_up_to_its_amount_and_the_treasury_gets_the_rest() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		register(CAROL, MIN_STAKE);
		let issuance = Balances::total_issuance();
		let outcome = Compute::slash_provider(&ALICE, 301, SlashReason::WrongResult, Some((&BOB, 150)));
		// 150 of 301 to Bob, the rest to the treasury.
		assert_eq!(outcome, SlashOutcome { slashed: 301, compensation: 150 });
		assert_eq!(Balances::balance(&BOB), INITIAL_BALANCE + 150);
		assert_eq!(Balances::balance(&TREASURY), 1 + 151);
		assert_eq!(held(ALICE), MIN_STAKE - 301);
		assert_eq!(Balances::total_issuance(), issuance);
		System::assert_has_event(
			Event::ProviderSlashed { provider: ALICE, amount: 301, compensation: 150, reason: SlashReason::WrongResult }
				.into(),
		);
		// Carol has less at stake than the compensation asked for: Bob gets what was taken, and
		// Carol, left with nothing, is removed.
		let outcome = Compute::slash_provider(&CAROL, 5 * MIN_STAKE, SlashReason::NoReveal, Some((&BOB, 3 * MIN_STAKE)));
		assert_eq!(outcome, SlashOutcome { slashed: MIN_STAKE, compensation: MIN_STAKE });
		assert_eq!(Balances::balance(&BOB), INITIAL_BALANCE + 150 + MIN_STAKE);
		assert!(Providers::<Test>::get(CAROL).is_none());
		System::assert_has_event(Event::ProviderRemoved { provider: CAROL }.into());
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn go_offline_and_online() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		let alice = RuntimeOrigin::signed(ALICE);
		assert_noop!(Compute::go_online(alice.clone()), Error::<Test>::AlreadyInStatus);
		assert_ok!(Compute::go_offline(alice.clone()));
		System::assert_last_event(Event::StatusChanged { provider: ALICE, status: ProviderStatus::Offline }.into());
		assert_noop!(Compute::go_offline(alice.clone()), Error::<Test>::AlreadyInStatus);
		assert_ok!(Compute::go_online(alice.clone()));
		assert_eq!(provider(ALICE).status, ProviderStatus::Online);
		// Paused below the minimum: online again only after topping up.
		assert_ok!(Compute::unbond(alice.clone(), 1));
		assert_noop!(Compute::go_online(alice.clone()), Error::<Test>::StakeBelowMinimum);
		assert_ok!(Compute::bond_extra(alice.clone(), 1));
		assert_ok!(Compute::go_online(alice));
		assert_eq!(provider(ALICE).status, ProviderStatus::Online);
		assert_noop!(Compute::go_offline(RuntimeOrigin::signed(BOB)), Error::<Test>::NotProvider);
	});
}

#[test]
fn update_endpoint_and_hardware() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		let alice = RuntimeOrigin::signed(ALICE);
		assert_ok!(Compute::update_endpoint(alice.clone(), b"http://10.0.0.7:8080".to_vec()));
		System::assert_last_event(
			Event::EndpointUpdated { provider: ALICE, endpoint: b"http://10.0.0.7:8080".to_vec().try_into().unwrap() }.into(),
		);
		assert_noop!(Compute::update_endpoint(alice.clone(), b"nope".to_vec()), Error::<Test>::BadEndpoint);
		assert_ok!(Compute::set_model_price(alice.clone(), LLM, 8));
		// Serving the GPU model, the provider cannot switch to CPU-only hardware.
		assert_noop!(Compute::update_hardware(alice.clone(), cpu()), Error::<Test>::HardwareTooWeak);
		assert_ok!(Compute::remove_model(alice.clone(), LLM));
		assert_ok!(Compute::update_hardware(alice.clone(), cpu()));
		System::assert_last_event(Event::HardwareUpdated { provider: ALICE }.into());
		assert_eq!(provider(ALICE).hardware.accelerator, AcceleratorClass::Cpu);
		assert_noop!(Compute::update_endpoint(RuntimeOrigin::signed(BOB), URL.to_vec()), Error::<Test>::NotProvider);
	});
}

#[test]
fn set_model_price_and_remove_model() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		let alice = RuntimeOrigin::signed(ALICE);
		assert_ok!(Compute::set_model_price(alice.clone(), LLM, 8));
		System::assert_last_event(Event::ModelPriceSet { provider: ALICE, model_id: LLM, price: 8 }.into());
		assert_ok!(Compute::set_model_price(alice.clone(), LLM, 6));
		assert_eq!(Offers::<Test>::get(LLM, ALICE), Some(6));
		assert_eq!(provider(ALICE).models.to_vec(), vec![LLM]);
		assert_noop!(Compute::set_model_price(alice.clone(), UNLISTED, 1), Error::<Test>::ModelNotListed);
		assert_noop!(Compute::set_model_price(alice.clone(), HUGE, 1), Error::<Test>::HardwareTooWeak);
		assert_ok!(Compute::set_model_price(alice.clone(), SMALL, 1));
		assert_noop!(Compute::remove_model(alice.clone(), HUGE), Error::<Test>::ModelNotServed);
		assert_ok!(Compute::remove_model(alice.clone(), LLM));
		System::assert_last_event(Event::ModelRemoved { provider: ALICE, model_id: LLM }.into());
		assert_eq!(Offers::<Test>::get(LLM, ALICE), None);
		assert_eq!(provider(ALICE).models.to_vec(), vec![SMALL]);
	});
}

#[test]
fn a_provider_serves_at_most_max_models() {
	ExtBuilder::default().build_and_execute(|| {
		let mut hw = gpu();
		hw.accelerator = AcceleratorClass::HighEndAccelerator;
		hw.memory_mib = 100_000;
		assert_ok!(Compute::register_provider(RuntimeOrigin::signed(ALICE), URL.to_vec(), hw, MIN_STAKE));
		let alice = RuntimeOrigin::signed(ALICE);
		assert_ok!(Compute::set_model_price(alice.clone(), LLM, 1));
		assert_ok!(Compute::set_model_price(alice.clone(), SMALL, 1));
		assert_noop!(Compute::set_model_price(alice.clone(), HUGE, 1), Error::<Test>::TooManyModels);
		// Repricing a served model is not a new model.
		assert_ok!(Compute::set_model_price(alice, SMALL, 2));
		assert_eq!(provider(ALICE).models.len() as u32, MAX_MODELS);
		assert_eq!(Offers::<Test>::get(HUGE, ALICE), None);
	});
}

#[test]
fn a_model_has_at_most_max_providers_and_the_directory_lists_the_online_ones() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		register(BOB, MIN_STAKE + 5);
		assert_ok!(Compute::register_provider(RuntimeOrigin::signed(CAROL), URL.to_vec(), gpu(), MIN_STAKE));
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(ALICE), SMALL, 4));
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(BOB), SMALL, 5));
		assert_noop!(
			Compute::set_model_price(RuntimeOrigin::signed(CAROL), SMALL, 1),
			Error::<Test>::TooManyProviders
		);
		assert_eq!(OfferCount::<Test>::get(SMALL), MAX_PROVIDERS_PER_MODEL);
		Compute::note_job_assigned(&BOB, 0);
		Compute::note_job_finished(&BOB, 0, infera_primitives::JobOutcome::Completed);
		let mut listed = <Compute as ProviderDirectory<_, _>>::candidates(SMALL);
		listed.sort_by_key(|c| c.provider);
		assert_eq!(
			listed,
			vec![
				ProviderCandidate { provider: ALICE, price: 4, bonded: MIN_STAKE, exposure: 0, jobs_completed: 0, jobs_failed: 0 },
				ProviderCandidate { provider: BOB, price: 5, bonded: MIN_STAKE + 5, exposure: 0, jobs_completed: 1, jobs_failed: 0 },
			]
		);
		// An offline provider is no candidate; leaving frees the model's slot.
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(ALICE)));
		assert_eq!(<Compute as ProviderDirectory<_, _>>::candidates(SMALL).len(), 1);
		assert_ok!(Compute::remove_model(RuntimeOrigin::signed(ALICE), SMALL));
		assert_eq!(OfferCount::<Test>::get(SMALL), 1);
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(CAROL), SMALL, 1));
		assert_ok!(Compute::deregister(RuntimeOrigin::signed(BOB)));
		assert_eq!(OfferCount::<Test>::get(SMALL), 1);
	});
}

/// Binds `WORKER` to `who` in the two steps: proposal, acceptance.
fn bind_worker(who: AccountId, worker: AccountId) {
	assert_ok!(Compute::set_worker(RuntimeOrigin::signed(who), Some(worker)));
	assert_ok!(Compute::accept_worker(RuntimeOrigin::signed(worker), who));
}

#[test]
fn the_directory_resolves_a_worker_key_to_its_provider() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		bind_worker(ALICE, WORKER);
		assert_eq!(<Compute as ProviderDirectory<_, _>>::provider_for_signer(&ALICE), Some(ALICE));
		assert_eq!(<Compute as ProviderDirectory<_, _>>::provider_for_signer(&WORKER), Some(ALICE));
		assert_eq!(<Compute as ProviderDirectory<_, _>>::provider_for_signer(&BOB), None);
	});
}

#[test]
fn a_worker_key_is_bound_only_when_its_account_accepts_and_refuses_a_key_in_use() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		register(BOB, MIN_STAKE);
		assert_ok!(Compute::set_worker(RuntimeOrigin::signed(ALICE), Some(WORKER)));
		System::assert_last_event(Event::WorkerProposed { provider: ALICE, worker: WORKER }.into());
		assert_eq!(ProviderOfWorker::<Test>::get(WORKER), None, "a proposal binds nothing");
		assert_eq!(provider(ALICE).pending_worker, Some(WORKER));
		assert_ok!(Compute::accept_worker(RuntimeOrigin::signed(WORKER), ALICE));
		System::assert_last_event(Event::WorkerSet { provider: ALICE, worker: Some(WORKER) }.into());
		assert_eq!(ProviderOfWorker::<Test>::get(WORKER), Some(ALICE));
		assert_eq!((provider(ALICE).worker, provider(ALICE).pending_worker), (Some(WORKER), None));

		// Bob proposes Alice's worker: it cannot accept while it works for Alice.
		assert_ok!(Compute::set_worker(RuntimeOrigin::signed(BOB), Some(WORKER)));
		assert_noop!(Compute::accept_worker(RuntimeOrigin::signed(WORKER), BOB), Error::<Test>::WorkerInUse);
		// Alice moves to a new key: the old one is unbound once the new one accepts.
		bind_worker(ALICE, WORKER + 1);
		assert_eq!(ProviderOfWorker::<Test>::get(WORKER), None);
		assert_ok!(Compute::accept_worker(RuntimeOrigin::signed(WORKER), BOB));
		assert_ok!(Compute::set_worker(RuntimeOrigin::signed(ALICE), None));
		System::assert_last_event(Event::WorkerSet { provider: ALICE, worker: None }.into());
		assert_eq!(provider(ALICE).worker, None);
		assert_eq!(ProviderOfWorker::<Test>::get(WORKER + 1), None);
	});
}

/// Attack 8 (worker-key hijack): a provider names another operator's key as its worker. On the
/// old code `set_worker` bound it at once, so that operator's node ran the attacker's jobs
/// against the attacker's endpoint and paid the fees of its transactions.
#[test]
fn a_provider_cannot_claim_another_operators_key_as_its_worker() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		register(BOB, MIN_STAKE);
		// Bob names Alice's own key and an unrelated account's key.
		assert_noop!(Compute::set_worker(RuntimeOrigin::signed(BOB), Some(ALICE)), Error::<Test>::WorkerIsProvider);
		assert_ok!(Compute::set_worker(RuntimeOrigin::signed(BOB), Some(WORKER)));
		assert_eq!(<Compute as ProviderDirectory<_, _>>::provider_for_signer(&WORKER), None, "not bound");
		// Only the proposed account can accept, and only for the provider that proposed it.
		assert_noop!(Compute::accept_worker(RuntimeOrigin::signed(CAROL), BOB), Error::<Test>::NotProposedWorker);
		assert_noop!(Compute::accept_worker(RuntimeOrigin::signed(WORKER), ALICE), Error::<Test>::NotProposedWorker);
		// A provider's own key never becomes a worker, and a worker key never registers.
		assert_noop!(Compute::accept_worker(RuntimeOrigin::signed(ALICE), BOB), Error::<Test>::WorkerIsProvider);
		assert_ok!(Compute::accept_worker(RuntimeOrigin::signed(WORKER), BOB));
		assert_noop!(
			Compute::register_provider(RuntimeOrigin::signed(WORKER), URL.to_vec(), gpu(), MIN_STAKE),
			Error::<Test>::WorkerIsProvider
		);
	});
}

#[test]
fn deregister_unbonds_everything_and_the_last_withdrawal_removes_the_provider() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE + 10);
		let alice = RuntimeOrigin::signed(ALICE);
		assert_ok!(Compute::set_model_price(alice.clone(), LLM, 8));
		bind_worker(ALICE, WORKER);
		Compute::note_job_assigned(&ALICE, 0);
		assert_noop!(Compute::deregister(alice.clone()), Error::<Test>::ActiveJobs);
		Compute::note_job_finished(&ALICE, 0, infera_primitives::JobOutcome::Completed);
		assert_eq!(Reputations::<Test>::get(ALICE).jobs_completed, 1);

		assert_ok!(Compute::deregister(alice.clone()));
		System::assert_last_event(Event::ProviderDeregistered { provider: ALICE }.into());
		let info = provider(ALICE);
		assert_eq!(info.status, ProviderStatus::Leaving);
		assert_eq!(info.bonded, 0);
		assert_eq!(info.unlocking.to_vec(), vec![UnlockChunk { amount: MIN_STAKE + 10, unlock_at: 1 + UNBONDING }]);
		assert_eq!(Offers::<Test>::get(LLM, ALICE), None);
		assert_noop!(Compute::bond_extra(alice.clone(), 1), Error::<Test>::Leaving);
		assert_noop!(Compute::go_online(alice.clone()), Error::<Test>::Leaving);
		assert_noop!(Compute::deregister(alice.clone()), Error::<Test>::Leaving);

		run_to_block(1 + UNBONDING);
		assert_ok!(Compute::withdraw_unbonded(alice));
		System::assert_last_event(Event::ProviderRemoved { provider: ALICE }.into());
		assert!(Providers::<Test>::get(ALICE).is_none());
		assert_eq!(ProviderOfWorker::<Test>::get(WORKER), None);
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE);
		assert_eq!(Reputations::<Test>::get(ALICE).jobs_completed, 1, "reputation outlives the record");
	});
}

#[test]
fn job_bookkeeping_feeds_reputation() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		Compute::note_job_assigned(&ALICE, 30);
		Compute::note_job_assigned(&ALICE, 20);
		assert_eq!((provider(ALICE).active_jobs, provider(ALICE).exposure), (2, 50));
		assert_eq!(Compute::exposure_of(&ALICE), (2, 50));
		Compute::note_job_finished(&ALICE, 30, infera_primitives::JobOutcome::Completed);
		assert_eq!(Compute::exposure_of(&ALICE), (1, 20));
		Compute::note_job_finished(&ALICE, 20, infera_primitives::JobOutcome::Failed);
		assert_eq!((provider(ALICE).active_jobs, provider(ALICE).exposure), (0, 0));
		let rep = Reputations::<Test>::get(ALICE);
		assert_eq!((rep.jobs_completed, rep.jobs_failed, rep.slashes), (1, 1, 0));
	});
}

/// Attack 4 (one stake backs unlimited jobs): on the old code nothing reserved a job's slash
/// amount, so a provider could unbond the stake that backed its open jobs.
#[test]
fn stake_backing_open_jobs_cannot_be_unbonded_and_counts_against_new_jobs() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE + 300);
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(ALICE), SMALL, 4));
		Compute::note_job_assigned(&ALICE, 200);
		let alice = RuntimeOrigin::signed(ALICE);
		assert_noop!(Compute::unbond(alice.clone(), MIN_STAKE + 101), Error::<Test>::StakeExposed);
		assert_ok!(Compute::unbond(alice.clone(), MIN_STAKE + 100));
		assert_eq!((provider(ALICE).bonded, provider(ALICE).exposure), (200, 200));
		assert_eq!(provider(ALICE).status, ProviderStatus::BelowMinimumStake);
		// The job ends: its exposure is released and the rest can go.
		Compute::note_job_finished(&ALICE, 200, infera_primitives::JobOutcome::Completed);
		assert_ok!(Compute::unbond(alice, 200));
	});
}

#[test]
fn a_provider_at_max_active_jobs_is_no_candidate() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(ALICE), SMALL, 4));
		for _ in 0..MAX_ACTIVE_JOBS - 1 {
			Compute::note_job_assigned(&ALICE, 10);
		}
		let candidates = <Compute as ProviderDirectory<_, _>>::candidates(SMALL);
		assert_eq!(candidates.iter().map(|c| (c.provider, c.exposure)).collect::<Vec<_>>(), vec![(ALICE, 10 * (MAX_ACTIVE_JOBS as Balance - 1))]);
		Compute::note_job_assigned(&ALICE, 10);
		assert!(<Compute as ProviderDirectory<_, _>>::candidates(SMALL).is_empty());
		Compute::note_job_finished(&ALICE, 10, infera_primitives::JobOutcome::Completed);
		assert_eq!(<Compute as ProviderDirectory<_, _>>::candidates(SMALL).len(), 1);
	});
}

/// Attack 5 (offer squatting): on the old code a provider that unbonded and withdrew everything
/// kept its record and its offers, which count toward `MaxProvidersPerModel`.
#[test]
fn a_provider_without_stake_loses_its_offers_and_its_record() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		register(BOB, MIN_STAKE);
		register(CAROL, MIN_STAKE);
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(ALICE), SMALL, 4));
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(BOB), SMALL, 4));
		assert_noop!(Compute::set_model_price(RuntimeOrigin::signed(CAROL), SMALL, 4), Error::<Test>::TooManyProviders);
		// Alice empties her stake: her offer goes at once, Carol takes the place.
		assert_ok!(Compute::unbond(RuntimeOrigin::signed(ALICE), MIN_STAKE));
		System::assert_has_event(Event::ModelRemoved { provider: ALICE, model_id: SMALL }.into());
		assert_eq!((Offers::<Test>::get(SMALL, ALICE), OfferCount::<Test>::get(SMALL)), (None, 1));
		assert!(provider(ALICE).models.is_empty());
		assert_noop!(Compute::set_model_price(RuntimeOrigin::signed(ALICE), SMALL, 4), Error::<Test>::NotOnline);
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(CAROL), SMALL, 4));
		// With nothing bonded, unbonding or running, the record goes with the withdrawal.
		run_to_block(1 + UNBONDING);
		assert_ok!(Compute::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		System::assert_last_event(Event::ProviderRemoved { provider: ALICE }.into());
		assert!(Providers::<Test>::get(ALICE).is_none());
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE);
	});
}

#[test]
fn issuance_is_unchanged_by_staking_and_reduced_exactly_by_burned_slashes() {
	for (seed, burn) in [(7u64, false), (11, true), (12345, true), (99, false)] {
		ExtBuilder::default().build_and_execute(|| {
			BurnSlashes::set(burn);
			let initial = Balances::total_issuance();
			let mut burned: Balance = 0;
			let mut rng = Rng(seed);
			register(ALICE, MIN_STAKE);
			register(BOB, MIN_STAKE);
			for step in 0..2_000u64 {
				run_to_block(2 + step / 4);
				let who = if rng.next(2) == 0 { ALICE } else { BOB };
				let amount = 1 + rng.next(MIN_STAKE);
				let origin = RuntimeOrigin::signed(who);
				match rng.next(4) {
					0 => { let _ = Compute::bond_extra(origin, amount); },
					1 => { let _ = Compute::unbond(origin, amount); },
					2 => { let _ = Compute::withdraw_unbonded(origin); },
					_ => {
						let slashed = slash(who, amount / 4, SlashReason::WrongResult);
						if burn {
							burned += slashed;
						}
					},
				}
				assert_eq!(Balances::total_issuance(), initial - burned, "step {step}");
				Compute::do_try_state().unwrap();
			}
			BurnSlashes::set(false);
		});
	}
}

/// Attack 5 (offer squatting): a full model can no longer be held by weakly staked providers:
/// a provider with more bonded stake takes the place of the least staked one.
#[test]
fn a_better_staked_offer_displaces_the_least_staked_when_a_model_is_full() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE);
		register(BOB, MIN_STAKE + 5);
		register(CAROL, MIN_STAKE);
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(ALICE), SMALL, 4));
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(BOB), SMALL, 5));
		// As much stake as the weakest is not enough.
		assert_noop!(Compute::set_model_price(RuntimeOrigin::signed(CAROL), SMALL, 3), Error::<Test>::TooManyProviders);
		assert_ok!(Compute::bond_extra(RuntimeOrigin::signed(CAROL), 1));
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(CAROL), SMALL, 3));
		System::assert_has_event(Event::ModelRemoved { provider: ALICE, model_id: SMALL }.into());
		System::assert_last_event(Event::ModelPriceSet { provider: CAROL, model_id: SMALL, price: 3 }.into());
		assert_eq!(Offers::<Test>::get(SMALL, ALICE), None);
		assert!(provider(ALICE).models.is_empty());
		assert_eq!(OfferCount::<Test>::get(SMALL), MAX_PROVIDERS_PER_MODEL);
		// A provider changing the price of its own offer displaces nobody.
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(BOB), SMALL, 6));
		assert_eq!(Offers::<Test>::get(SMALL, CAROL), Some(3));
	});
}

/// Attack 5 (offline squatters): a provider that went offline keeps no place in a full model:
/// any online provider's offer takes it, whatever the stakes.
#[test]
fn an_offline_provider_loses_its_place_in_a_full_model_to_an_online_one() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE, MIN_STAKE + 50);
		register(BOB, MIN_STAKE + 5);
		register(CAROL, MIN_STAKE);
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(ALICE), SMALL, 4));
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(BOB), SMALL, 5));
		assert_noop!(Compute::set_model_price(RuntimeOrigin::signed(CAROL), SMALL, 3), Error::<Test>::TooManyProviders);
		// Alice, the best staked, goes offline: Carol, with less stake, takes her place.
		assert_ok!(Compute::go_offline(RuntimeOrigin::signed(ALICE)));
		assert_ok!(Compute::set_model_price(RuntimeOrigin::signed(CAROL), SMALL, 3));
		System::assert_has_event(Event::ModelRemoved { provider: ALICE, model_id: SMALL }.into());
		assert_eq!(Offers::<Test>::get(SMALL, ALICE), None);
		assert_eq!(Offers::<Test>::get(SMALL, BOB), Some(5));
	});
}
