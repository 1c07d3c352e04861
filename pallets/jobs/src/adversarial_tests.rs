//! Adversarial randomized test: honest submitters and providers trade beside attacker agents
//! for thousands of blocks (see `docs/threat-model.md`). After every block the pallets'
//! invariants hold (`run_to_block` runs both `try_state`s); at the end no attacker is richer
//! than it started, every honest provider earned and none was ever slashed, and each agent's
//! profit and loss is printed.
//!
//! The agents:
//! - honest submitters `ALICE` and `BOB` send answerable text;
//! - honest providers `P1`..`P4` run every job they are assigned and answer "input rejected"
//!   for input their model cannot take;
//! - `WATCHER` challenges every challengeable result (a single provider's, or a majority
//!   another provider contradicted) that differs from the honest answer, an honest provider
//!   appeals every split for its output, and governance (root) upholds both;
//! - `GRIEFER` submits only input no model can take (attack 1);
//! - `COPIER`, a provider, tries to copy other providers' commitments and to replay their
//!   reveals, and otherwise answers without running the model (attack 2);
//! - `LAZY_REJECTER`, a provider, answers "input rejected" to everything without running the
//!   model (a free ride on the rejection price);
//! - `RUNAWAY`, a provider with the minimum stake, never answers and tries to unbond the stake
//!   that backs its jobs every block (attack 4);
//! - `ZOMBIE` registers, offers the model and unbonds everything, again and again, to squat on
//!   the model's provider places (attack 5); it runs no server, so a job it is drawn for in
//!   between goes unanswered;
//! - `COLLUDER` submits redundancy-3 jobs and its Sybil providers `SYBIL_A` and `SYBIL_B`
//!   reveal an agreed wrong output for them (and answer other jobs honestly), to put an honest
//!   provider drawn beside them in the minority (attack 3);
//! - `SPAMMER` submits jobs and cancels them in the same block, and keeps jobs for a model
//!   nobody serves in the queue (attack 6);
//! - `SHIELD`, a provider, answers jobs of redundancy >= 2 honestly but reveals a made-up
//!   output on single-provider jobs and challenges it at once through its second account
//!   `SHIELD_ALT`, so that no real watcher can; governance decides every other such dispute
//!   (upheld) and lets the rest lapse (attack 7).

use crate::{commitment_of, input_rejected_hash, mock::*, Error, Event, JobId, JobStatus, Jobs as JobsStorage, Outputs, Payload};
use frame_support::traits::fungible::Inspect;
use sp_core::H256;
use sp_runtime::{traits::Zero, DispatchError};
use std::collections::BTreeMap;

const HONEST_PROVIDERS: [AccountId; 4] = [P1, P2, P3, P4];
/// Input that starts with this cannot be run by the model.
const UNANSWERABLE: &[u8] = b"#!";
/// What the Sybils reveal for their colluder's jobs.
const FORGED: &[u8] = b"the colluders' agreed output";
/// What the self-challenging provider reveals on single-provider jobs.
const SHIELDED: &[u8] = b"an output never computed";

/// The honest answer to `input`: the output, or `None` for "input rejected".
fn honest_answer(input: &[u8]) -> Option<Vec<u8>> {
	(!input.starts_with(UNANSWERABLE)).then(|| [b"embedding of ".as_slice(), input].concat())
}

fn answer_hash(answer: &Option<Vec<u8>>) -> H256 {
	match answer {
		Some(output) => Payload::<Vec<u8>, Vec<u8>>::Inline(output.clone()).hash(),
		None => input_rejected_hash(),
	}
}

/// A provider's salt for a job (secret to everyone else in the game).
fn salt(provider: AccountId, job_id: JobId) -> H256 {
	H256::from_low_u64_be(provider.wrapping_mul(1_000_003).wrapping_add(job_id))
}

/// Free plus held balance.
fn wealth(who: AccountId) -> i128 {
	Balances::total_balance(&who) as i128
}

/// What the attackers tried and how the chain answered.
#[derive(Default, Debug)]
struct Tally {
	copies_refused: u32,
	replays_refused: u32,
	exposed_unbonds_refused: u32,
	zombie_offers_refused: u32,
	challenges_upheld: u32,
	split_appeals_upheld: u32,
	self_challenges: u32,
}

fn input_of(job_id: JobId) -> Vec<u8> {
	match JobsStorage::<Test>::get(job_id).map(|j| j.input) {
		Some(Payload::Inline(data)) => data.into_inner(),
		_ => Vec::new(),
	}
}

fn commit_answer(provider: AccountId, job_id: JobId, answer: &Option<Vec<u8>>) {
	let commitment = commitment_of(job_id, &provider, &answer_hash(answer), &salt(provider, job_id));
	let _ = Jobs::commit_result(RuntimeOrigin::signed(provider), job_id, commitment);
}

fn reveal_answer(provider: AccountId, job_id: JobId, answer: &Option<Vec<u8>>) {
	let _ = match answer {
		Some(output) =>
			Jobs::reveal_result(RuntimeOrigin::signed(provider), job_id, Payload::Inline(output.clone()), salt(provider, job_id)),
		None => Jobs::reveal_rejection(RuntimeOrigin::signed(provider), job_id, salt(provider, job_id)),
	};
}

/// One block of provider work on every open job.
fn providers_act(now: u64, tally: &mut Tally) {
	let jobs: Vec<(JobId, crate::JobOf<Test>)> = JobsStorage::<Test>::iter().collect();
	for (job_id, job) in jobs {
		let honest = honest_answer(&input_of(job_id));
		for a in job.assignments.iter() {
			let provider = a.provider;
			match (&job.status, a.commitment, a.output_hash) {
				(JobStatus::Committing, None, _) => match provider {
					COPIER => {
						let theirs: Vec<H256> = job.assignments.iter().filter_map(|o| o.commitment).collect();
						if let Some(copy) = theirs.first() {
							let refused = Jobs::commit_result(RuntimeOrigin::signed(COPIER), job_id, *copy);
							assert_eq!(refused, Err(Error::<Test>::DuplicateCommitment.into()));
							tally.copies_refused += 1;
						}
						// Nothing to copy (or refused): answer without running the model.
						if !theirs.is_empty() || now >= job.deadline {
							commit_answer(COPIER, job_id, &Some(b"a plausible embedding".to_vec()));
						}
					},
					LAZY_REJECTER => commit_answer(provider, job_id, &None),
					SYBIL_A | SYBIL_B if job.submitter == COLLUDER => commit_answer(provider, job_id, &Some(FORGED.to_vec())),
					SHIELD if job.redundancy == 1 => commit_answer(provider, job_id, &Some(SHIELDED.to_vec())),
					// Neither runs an inference server.
					RUNAWAY | ZOMBIE => {},
					_ => commit_answer(provider, job_id, &honest),
				},
				(JobStatus::Revealing { .. }, Some(_), None) => match provider {
					COPIER => {
						// Replay another provider's revealed output with its salt.
						for other in job.assignments.iter().filter(|o| o.provider != COPIER) {
							if let Some(Payload::Inline(output)) = Outputs::<Test>::get(job_id, other.provider) {
								let replay = Jobs::reveal_result(
									RuntimeOrigin::signed(COPIER),
									job_id,
									Payload::Inline(output.into_inner()),
									salt(other.provider, job_id),
								);
								assert_eq!(replay, Err(Error::<Test>::CommitmentMismatch.into()));
								tally.replays_refused += 1;
							}
						}
						reveal_answer(COPIER, job_id, &Some(b"a plausible embedding".to_vec()));
					},
					LAZY_REJECTER => reveal_answer(provider, job_id, &None),
					SYBIL_A | SYBIL_B if job.submitter == COLLUDER => reveal_answer(provider, job_id, &Some(FORGED.to_vec())),
					SHIELD if job.redundancy == 1 => {
						reveal_answer(provider, job_id, &Some(SHIELDED.to_vec()));
						// Shield the lie before a watcher sees it.
						if Jobs::challenge(RuntimeOrigin::signed(SHIELD_ALT), job_id).is_ok() {
							tally.self_challenges += 1;
							if tally.self_challenges % 2 == 0 {
								assert!(Jobs::resolve_challenge(RuntimeOrigin::root(), job_id, true).is_ok());
							}
						}
					},
					_ => reveal_answer(provider, job_id, &honest),
				},
				_ => {},
			}
		}
		// The watcher checks challengeable results against the honest answer; in a split an
		// honest provider of the job appeals for its output. Governance upholds both.
		if let JobStatus::Challengeable { .. } = job.status {
			let honest_hash = answer_hash(&honest);
			let challenger = match job.result {
				Some(result) if result != honest_hash => Some(WATCHER),
				Some(_) => None,
				None => job
					.assignments
					.iter()
					.find(|a| HONEST_PROVIDERS.contains(&a.provider) && a.output_hash == Some(honest_hash))
					.map(|a| a.provider),
			};
			if let Some(challenger) = challenger {
				if Jobs::challenge(RuntimeOrigin::signed(challenger), job_id).is_ok() {
					assert!(Jobs::resolve_challenge(RuntimeOrigin::root(), job_id, true).is_ok());
					if challenger == WATCHER {
						tally.challenges_upheld += 1;
					} else {
						tally.split_appeals_upheld += 1;
					}
				}
			}
		}
	}
}

/// The spammer: two jobs submitted and cancelled in the same block, and now and then a job
/// for a model nobody serves, left to wait in the queue until it expires.
fn spammer_acts(now: u64, rng: &mut Rng) {
	for _ in 0..2 {
		let job_id = crate::NextJobId::<Test>::get();
		let input = Payload::Inline(format!("spam {now}").into_bytes());
		if Jobs::submit_job(RuntimeOrigin::signed(SPAMMER), MODEL, input, PRICE, 1, now + MIN_WINDOW).is_ok() {
			assert!(Jobs::cancel_job(RuntimeOrigin::signed(SPAMMER), job_id).is_ok());
		}
	}
	if rng.next(4) == 0 {
		let input = Payload::Inline(b"for nobody".to_vec());
		let _ = Jobs::submit_job(RuntimeOrigin::signed(SPAMMER), LONELY, input, PRICE, 1, now + MIN_WINDOW + rng.next(20));
	}
}

/// The provider-side attackers that do not answer: the runaway and the zombie.
fn stake_attackers_act(tally: &mut Tally) {
	// The runaway tries to take its whole stake out; it rejoins once it is gone.
	match Compute::provider(RUNAWAY) {
		None if Balances::balance(&RUNAWAY) > MIN_STAKE => register_provider(RUNAWAY, MODEL, PRICE, MIN_STAKE),
		None => {},
		Some(info) => {
			if !info.bonded.is_zero() {
				match Compute::unbond(RuntimeOrigin::signed(RUNAWAY), info.bonded) {
					Err(e) if e == pallet_compute::Error::<Test>::StakeExposed.into() => tally.exposed_unbonds_refused += 1,
					_ => {},
				}
			}
			let _ = Compute::withdraw_unbonded(RuntimeOrigin::signed(RUNAWAY));
		},
	}
	// The zombie registers, offers, empties its stake and tries to keep offering.
	match Compute::provider(ZOMBIE) {
		None if Balances::balance(&ZOMBIE) > MIN_STAKE => register_provider(ZOMBIE, MODEL, PRICE, MIN_STAKE),
		None => {},
		Some(info) if !info.bonded.is_zero() && info.active_jobs == 0 => {
			assert!(Compute::unbond(RuntimeOrigin::signed(ZOMBIE), info.bonded).is_ok());
			let offer = Compute::set_model_price(RuntimeOrigin::signed(ZOMBIE), MODEL, PRICE);
			assert_eq!(offer, Err(pallet_compute::Error::<Test>::NotOnline.into()));
			tally.zombie_offers_refused += 1;
		},
		Some(_) => {
			let _ = Compute::withdraw_unbonded(RuntimeOrigin::signed(ZOMBIE));
		},
	}
	// Whatever the zombie does, it never offers the model without stake behind it.
	if let Some(info) = Compute::provider(ZOMBIE) {
		if info.bonded < MIN_STAKE {
			assert!(pallet_compute::Offers::<Test>::get(MODEL, ZOMBIE).is_none(), "an empty provider keeps an offer");
		}
	}
}


#[test]
fn attackers_never_profit_and_honest_providers_are_never_slashed() {
	let agents: Vec<(&str, AccountId)> = vec![
		("honest submitter ALICE", ALICE),
		("honest submitter BOB", BOB),
		("honest provider P1", P1),
		("honest provider P2", P2),
		("honest provider P3", P3),
		("honest provider P4", P4),
		("watcher", WATCHER),
		("griefing submitter", GRIEFER),
		("commitment copier", COPIER),
		("lazy rejecter", LAZY_REJECTER),
		("runaway provider", RUNAWAY),
		("zombie squatter", ZOMBIE),
		("colluding submitter", COLLUDER),
		("Sybil provider A", SYBIL_A),
		("Sybil provider B", SYBIL_B),
		("spammer", SPAMMER),
		("self-challenging provider", SHIELD),
		("its challenging account", SHIELD_ALT),
		("treasury", TREASURY),
	];
	for seed in [3u64, 1_234, 99_991] {
		ExtBuilder::default().providers(vec![P1, P2, P3, P4]).build_and_execute(|| {
			register_provider(COPIER, MODEL, PRICE, STAKE);
			register_provider(LAZY_REJECTER, MODEL, PRICE, STAKE);
			register_provider(SYBIL_A, MODEL, PRICE, STAKE);
			register_provider(SYBIL_B, MODEL, PRICE, STAKE);
			register_provider(SHIELD, MODEL, PRICE, STAKE);
			JobDepositBase::set(3);
			JobDepositPerByte::set(1);
			let start: BTreeMap<AccountId, i128> = agents.iter().map(|(_, a)| (*a, wealth(*a))).collect();
			let issuance = Balances::total_issuance();
			let mut rng = Rng(seed);
			let mut tally = Tally::default();
			let mut dispatch_errors: BTreeMap<&'static str, u32> = BTreeMap::new();
			// 2,000 blocks of trading, then 40 more in which every open job ends and the last
			// finished ones are pruned.
			for now in 2..2_040u64 {
				run_to_block(now);
				for (who, every) in [(ALICE, 2), (BOB, 3), (GRIEFER, 5), (COLLUDER, 4)] {
					if now >= 2_000 || rng.next(every) != 0 {
						continue;
					}
					let input = if who == GRIEFER {
						[UNANSWERABLE, format!("garbage {now}").as_bytes()].concat()
					} else {
						format!("text {now} from {who}").into_bytes()
					};
					let redundancy = if who == COLLUDER { 3 } else { 1 + rng.next(3) as u32 };
					let deadline = now + MIN_WINDOW + rng.next(6);
					if let Err(DispatchError::Module(e)) =
						Jobs::submit_job(RuntimeOrigin::signed(who), MODEL, Payload::Inline(input), PRICE, redundancy, deadline)
					{
						*dispatch_errors.entry(e.message.unwrap_or("?")).or_default() += 1;
					}
				}
				if now < 2_000 {
					spammer_acts(now, &mut rng);
				}
				providers_act(now, &mut tally);
				stake_attackers_act(&mut tally);
				assert_eq!(Balances::total_issuance(), issuance, "block {now}: funds created or lost");
			}

			let pnl: BTreeMap<AccountId, i128> = agents.iter().map(|(_, a)| (*a, wealth(*a) - start[a])).collect();
			eprintln!("\nseed {seed}: profit and loss after 2,000 blocks (units; INITIAL_BALANCE = {INITIAL_BALANCE})");
			eprintln!("| agent | P&L | slashes | jobs completed | jobs failed |");
			eprintln!("| --- | ---: | ---: | ---: | ---: |");
			for (name, who) in &agents {
				let r = pallet_compute::Reputations::<Test>::get(who);
				eprintln!("| {name} | {:+} | {} | {} | {} |", pnl[who], r.slashes, r.jobs_completed, r.jobs_failed);
			}
			let events: Vec<Event<Test>> = System::events()
				.into_iter()
				.filter_map(|r| if let RuntimeEvent::Jobs(e) = r.event { Some(e) } else { None })
				.collect();
			let count = |f: fn(&Event<Test>) -> bool| events.iter().filter(|e| f(e)).count();
			eprintln!(
				"jobs: settled {}, failed {} (rejected {}), penalties {}; {tally:?}; submissions refused {dispatch_errors:?}",
				count(|e| matches!(e, Event::JobSettled { .. })),
				count(|e| matches!(e, Event::JobFailed { .. })),
				count(|e| matches!(e, Event::JobFailed { reason: crate::FailReason::InputRejected, .. })),
				count(|e| matches!(e, Event::ProviderPenalized { .. })),
			);

			for p in HONEST_PROVIDERS {
				assert_eq!(pallet_compute::Reputations::<Test>::get(p).slashes, 0, "seed {seed}: honest {p} slashed");
				assert!(pnl[&p] > 0, "seed {seed}: honest {p} earned nothing");
			}
			// (The shield also does honest work; it is judged against honest play below.)
			for attacker in ATTACKERS.into_iter().filter(|a| ![SHIELD, SHIELD_ALT].contains(a)) {
				assert!(pnl[&attacker] <= 0, "seed {seed}: attacker {attacker} profited: {}", pnl[&attacker]);
			}
			assert!(pnl[&GRIEFER] < 0, "seed {seed}: the griefer paid nothing for its rejected jobs");
			let colluders = pnl[&COLLUDER] + pnl[&SYBIL_A] + pnl[&SYBIL_B];
			assert!(colluders < 0, "seed {seed}: the colluding submitter and its Sybils gained {colluders} together");
			assert!(
				pallet_compute::Reputations::<Test>::get(SYBIL_A).slashes + pallet_compute::Reputations::<Test>::get(SYBIL_B).slashes > 0,
				"seed {seed}: the Sybils' forged majority was never caught"
			);
			assert!(events.iter().any(|e| matches!(e, Event::JobSettled { .. })));
			assert!(!events.iter().any(|e| matches!(e, Event::JobSettled { payments, .. } if payments.iter().any(|(p, _)| *p == COPIER))),
				"seed {seed}: the copier was paid for a result");
			assert!(tally.copies_refused > 0 && tally.replays_refused > 0, "seed {seed}: the copier never tried: {tally:?}");
			assert!(tally.exposed_unbonds_refused > 0 && tally.zombie_offers_refused > 0, "seed {seed}: {tally:?}");
			assert!(tally.challenges_upheld > 0, "seed {seed}: no lie was caught");
			// The shield never got a single-provider lie accepted or paid, and the pair ends
			// below what an honest provider earned.
			assert!(tally.self_challenges > 0, "seed {seed}: the shield never tried");
			assert!(
				!events.iter().any(|e| matches!(e, Event::JobSettled { result_hash, .. } if *result_hash == Payload::<Vec<u8>, Vec<u8>>::Inline(SHIELDED.to_vec()).hash())),
				"seed {seed}: a shielded lie settled"
			);
			let shield = pnl[&SHIELD] + pnl[&SHIELD_ALT];
			let least_honest = HONEST_PROVIDERS.iter().map(|p| pnl[p]).min().unwrap_or_default();
			assert!(shield < least_honest, "seed {seed}: the shield pair made {shield}, an honest provider {least_honest}");
			assert_eq!(crate::TotalEscrow::<Test>::get(), 0, "seed {seed}: escrow left after every job ended");
		});
	}
}
