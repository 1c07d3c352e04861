//! Token-holder governance of model listings: referenda on the model-listings track list or
//! reject a model, the council keeps its fast track and may cancel or kill a referendum, and
//! every deposit (submission, decision, the model's listing deposit) is accounted for to the
//! unit.

use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::InspectHold, schedule::DispatchTime, Bounded, BoundedInline, Hooks,
	},
};
use infera_primitives::{AcceleratorClass, AgreementRule, HardwareRequirement, ModelFormat, ModelStatus, TaskKind};
use infera_runtime::{
	configs::{
		governance::CouncilCollective,
		marketplace::{ModelListingDeposit, TreasuryAccount},
		referenda::{SubmissionDeposit, MODEL_LISTINGS_TRACK},
	},
	genesis_config_presets::development_config_genesis,
	pallet_origins, AccountId, Balance, Balances, ConvictionVoting, Models, OriginCaller, Referenda, Runtime,
	RuntimeCall, RuntimeOrigin, Scheduler, System, UNIT,
};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_referenda::{ReferendumInfo, TracksInfo};
use sp_keyring::Sr25519Keyring::{Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{DispatchError, Perbill};

mod common;
use common::ext_from_preset;

fn dev_ext() -> sp_io::TestExternalities {
	ext_from_preset(development_config_genesis())
}

/// Runs the scheduler (which wakes referenda and enacts passed ones) up to block `n`.
fn run_to(n: u32) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Scheduler::on_initialize(next);
	}
}

/// Bob proposes a model: his listing deposit is held. Returns its id.
fn propose_model() -> u32 {
	let id = pallet_models::NextModelId::<Runtime>::get();
	assert_ok!(Models::register_model(
		RuntimeOrigin::signed(Bob.to_account_id()),
		b"minilm".to_vec(),
		b"1".to_vec(),
		sp_core::H256::repeat_byte(7),
		ModelFormat::SafeTensors,
		TaskKind::TextEmbedding,
		b"https://example.org/minilm".to_vec(),
		HardwareRequirement { min_memory_mib: 1024, accelerator: AcceleratorClass::Cpu },
		UNIT,
		AgreementRule::Exact,
		Perbill::zero(),
	));
	id
}

fn listing_deposit_held(who: &AccountId) -> Balance {
	Balances::balance_on_hold(&pallet_models::HoldReason::ListingDeposit.into(), who)
}

fn status(model: u32) -> ModelStatus {
	pallet_models::Models::<Runtime>::get(model).unwrap().status
}

/// Ferdie submits a referendum on the model-listings track for `call` and places its decision
/// deposit. Returns its index.
fn submit_listing_referendum(call: RuntimeCall) -> u32 {
	let index = pallet_referenda::ReferendumCount::<Runtime>::get();
	let proposer = RuntimeOrigin::signed(Ferdie.to_account_id());
	let proposal = Bounded::Inline(BoundedInline::try_from(call.encode()).unwrap());
	assert_ok!(Referenda::submit(
		proposer.clone(),
		Box::new(OriginCaller::Origins(pallet_origins::Origin::ModelListings)),
		proposal,
		DispatchTime::After(1),
	));
	assert_ok!(Referenda::place_decision_deposit(proposer, index));
	index
}

fn vote(who: AccountId, index: u32, aye: bool, balance: Balance, conviction: Conviction) {
	let vote = AccountVote::Standard { vote: Vote { aye, conviction }, balance };
	assert_ok!(ConvictionVoting::vote(RuntimeOrigin::signed(who), index, vote));
}

fn track() -> pallet_referenda::TrackInfo<Balance, u32> {
	<Runtime as pallet_referenda::Config>::Tracks::info(MODEL_LISTINGS_TRACK).unwrap().into_owned()
}

/// Last block by which a referendum submitted now has been decided and (if approved) enacted.
fn decided_by() -> u32 {
	let t = track();
	System::block_number() + t.prepare_period + t.decision_period + t.confirm_period + t.min_enactment_period + 2
}

/// Runs blocks until referendum `index` is decided (at most until [`decided_by`]), then until
/// its enactment (the track's minimum enactment period, and a block).
fn run_until_decided(index: u32) {
	let last = decided_by();
	while matches!(pallet_referenda::ReferendumInfoFor::<Runtime>::get(index), Some(ReferendumInfo::Ongoing(_))) &&
		System::block_number() < last
	{
		run_to(System::block_number() + 1);
	}
	run_to(System::block_number() + track().min_enactment_period + 2);
}

fn reserved(who: &AccountId) -> Balance {
	Balances::reserved_balance(who)
}

#[test]
fn only_the_listings_track_the_council_or_root_decide_listings() {
	dev_ext().execute_with(|| {
		let model = propose_model();
		let signed = RuntimeOrigin::signed(Ferdie.to_account_id());
		assert_noop!(Models::approve_listing(signed, model), DispatchError::BadOrigin);
		let track_origin: RuntimeOrigin = pallet_origins::Origin::ModelListings.into();
		assert_ok!(Models::approve_listing(track_origin.clone(), model));
		assert_eq!(status(model), ModelStatus::Listed);
		assert_ok!(Models::delist(track_origin, model, false));
		assert_eq!(status(model), ModelStatus::Delisted);
		// A council majority still does: the fast track.
		let second = propose_model();
		let council: RuntimeOrigin = pallet_collective::RawOrigin::<AccountId, CouncilCollective>::Members(2, 3).into();
		assert_ok!(Models::approve_listing(council, second));
		assert_eq!(status(second), ModelStatus::Listed);
		// The track's origin is not root: it cannot do what only root may.
		let track_origin: RuntimeOrigin = pallet_origins::Origin::ModelListings.into();
		assert_noop!(
			Balances::force_set_balance(track_origin, Bob.to_account_id().into(), UNIT),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_listing_referendum_passed_by_token_holders_lists_the_model_and_returns_both_deposits() {
	dev_ext().execute_with(|| {
		let (ferdie, charlie) = (Ferdie.to_account_id(), Charlie.to_account_id());
		let model = propose_model();
		assert_eq!(listing_deposit_held(&Bob.to_account_id()), ModelListingDeposit::get());
		let ferdie_before = Balances::free_balance(&ferdie);
		let index = submit_listing_referendum(RuntimeCall::Models(pallet_models::Call::approve_listing { model_id: model }));
		let deposits = SubmissionDeposit::get() + track().decision_deposit;
		assert_eq!(reserved(&ferdie), deposits);
		assert_eq!(Balances::free_balance(&ferdie), ferdie_before - deposits);
		// Two token holders vote aye with 1.3M INFR, above the 10% support ceiling of the 12M
		// INFR issuance; one votes nay.
		vote(charlie.clone(), index, true, 700_000 * UNIT, Conviction::Locked1x);
		vote(Dave.to_account_id(), index, true, 600_000 * UNIT, Conviction::None);
		vote(Eve.to_account_id(), index, false, 10_000 * UNIT, Conviction::Locked2x);
		// Decided (and enacted) well within the vote lock period of Charlie's 1x conviction.
		run_until_decided(index);
		assert!(matches!(pallet_referenda::ReferendumInfoFor::<Runtime>::get(index), Some(ReferendumInfo::Approved(..))));
		assert_eq!(status(model), ModelStatus::Listed);
		// Both deposits come back to the unit; the model's listing deposit stays held.
		assert_ok!(Referenda::refund_submission_deposit(RuntimeOrigin::signed(ferdie.clone()), index));
		assert_ok!(Referenda::refund_decision_deposit(RuntimeOrigin::signed(ferdie.clone()), index));
		assert_eq!(reserved(&ferdie), 0);
		assert_eq!(Balances::free_balance(&ferdie), ferdie_before);
		assert_eq!(listing_deposit_held(&Bob.to_account_id()), ModelListingDeposit::get());
		// Charlie's conviction lock stays for the lock period after the end, then unlocks.
		let lock = |who: &AccountId| pallet_balances::Locks::<Runtime>::get(who).iter().map(|l| l.amount).max().unwrap_or(0);
		assert_eq!(lock(&charlie), 700_000 * UNIT);
		let class = MODEL_LISTINGS_TRACK;
		assert_ok!(ConvictionVoting::remove_vote(RuntimeOrigin::signed(charlie.clone()), Some(class), index));
		assert_ok!(ConvictionVoting::unlock(RuntimeOrigin::signed(charlie.clone()), class, charlie.clone().into()));
		assert_eq!(lock(&charlie), 700_000 * UNIT, "still locked within the lock period");
		run_to(System::block_number() + infera_runtime::configs::referenda::VOTE_LOCKING + 1);
		assert_ok!(ConvictionVoting::unlock(RuntimeOrigin::signed(charlie.clone()), class, charlie.clone().into()));
		assert_eq!(lock(&charlie), 0);
		// Dave voted without conviction: never locked beyond the vote.
		assert_ok!(ConvictionVoting::remove_vote(RuntimeOrigin::signed(Dave.to_account_id()), Some(class), index));
		assert_ok!(ConvictionVoting::unlock(RuntimeOrigin::signed(Dave.to_account_id()), class, Dave.to_account_id().into()));
		assert_eq!(lock(&Dave.to_account_id()), 0);
	});
}

#[test]
fn a_failed_listing_referendum_returns_the_decision_deposit_keeps_the_submission_deposit_and_leaves_the_model_proposed() {
	dev_ext().execute_with(|| {
		let ferdie = Ferdie.to_account_id();
		let model = propose_model();
		let ferdie_before = Balances::free_balance(&ferdie);
		let index = submit_listing_referendum(RuntimeCall::Models(pallet_models::Call::approve_listing { model_id: model }));
		vote(Charlie.to_account_id(), index, false, 700_000 * UNIT, Conviction::Locked1x);
		vote(Dave.to_account_id(), index, true, 100_000 * UNIT, Conviction::None);
		run_to(decided_by());
		assert!(matches!(pallet_referenda::ReferendumInfoFor::<Runtime>::get(index), Some(ReferendumInfo::Rejected(..))));
		assert_eq!(status(model), ModelStatus::Proposed);
		assert_ok!(Referenda::refund_decision_deposit(RuntimeOrigin::signed(ferdie.clone()), index));
		// A failed proposal's submission deposit stays held (the price of a failed proposal).
		assert_noop!(
			Referenda::refund_submission_deposit(RuntimeOrigin::signed(ferdie.clone()), index),
			pallet_referenda::Error::<Runtime>::BadStatus
		);
		assert_eq!(reserved(&ferdie), SubmissionDeposit::get());
		assert_eq!(Balances::free_balance(&ferdie), ferdie_before - SubmissionDeposit::get());
		// The listing deposit follows the models pallet's rule: held while the model is proposed.
		assert_eq!(listing_deposit_held(&Bob.to_account_id()), ModelListingDeposit::get());
	});
}

#[test]
fn a_delegated_vote_counts_on_its_track() {
	dev_ext().execute_with(|| {
		let model = propose_model();
		let index = submit_listing_referendum(RuntimeCall::Models(pallet_models::Call::approve_listing { model_id: model }));
		// Eve delegates her listings votes to Charlie, who votes aye.
		assert_ok!(ConvictionVoting::delegate(
			RuntimeOrigin::signed(Eve.to_account_id()),
			MODEL_LISTINGS_TRACK,
			Charlie.to_account_id().into(),
			Conviction::Locked1x,
			900_000 * UNIT,
		));
		vote(Charlie.to_account_id(), index, true, 100_000 * UNIT, Conviction::Locked1x);
		let Some(ReferendumInfo::Ongoing(ongoing)) = pallet_referenda::ReferendumInfoFor::<Runtime>::get(index) else {
			panic!("not ongoing")
		};
		assert_eq!(ongoing.tally.ayes, 1_000_000 * UNIT);
		assert_eq!(ongoing.tally.support, 1_000_000 * UNIT);
		run_to(decided_by());
		assert_eq!(status(model), ModelStatus::Listed);
	});
}

#[test]
fn the_council_cancels_a_referendum_with_both_deposits_returned_or_kills_one_with_both_slashed() {
	dev_ext().execute_with(|| {
		let ferdie = Ferdie.to_account_id();
		let council = || -> RuntimeOrigin { pallet_collective::RawOrigin::<AccountId, CouncilCollective>::Members(2, 3).into() };
		let model = propose_model();
		let ferdie_before = Balances::free_balance(&ferdie);
		let index = submit_listing_referendum(RuntimeCall::Models(pallet_models::Call::approve_listing { model_id: model }));
		assert_noop!(Referenda::cancel(RuntimeOrigin::signed(Bob.to_account_id()), index), DispatchError::BadOrigin);
		assert_ok!(Referenda::cancel(council(), index));
		assert_ok!(Referenda::refund_submission_deposit(RuntimeOrigin::signed(ferdie.clone()), index));
		assert_ok!(Referenda::refund_decision_deposit(RuntimeOrigin::signed(ferdie.clone()), index));
		assert_eq!(Balances::free_balance(&ferdie), ferdie_before);
		assert_eq!(status(model), ModelStatus::Proposed);
		// A malicious referendum (here: delisting a listed model) is killed: both deposits go to
		// the treasury account, to the unit.
		let treasury_before = Balances::free_balance(TreasuryAccount::get());
		let issuance_before = Balances::total_issuance();
		let index = submit_listing_referendum(RuntimeCall::Models(pallet_models::Call::reject_listing {
			model_id: model,
			slash_deposit: true,
		}));
		assert_ok!(Referenda::kill(council(), index));
		let deposits = SubmissionDeposit::get() + track().decision_deposit;
		assert_eq!(reserved(&ferdie), 0);
		assert_eq!(Balances::free_balance(&ferdie), ferdie_before - deposits);
		assert_eq!(Balances::free_balance(TreasuryAccount::get()), treasury_before + deposits);
		assert_eq!(Balances::total_issuance(), issuance_before);
		run_to(decided_by());
		assert_eq!(status(model), ModelStatus::Proposed);
		assert_eq!(listing_deposit_held(&Bob.to_account_id()), ModelListingDeposit::get());
	});
}
