//! Unit tests of the model registry: every call's success path and every error path.

use crate::{mock::*, Error, Event, HoldReason, ModelIdByHashVersion, ModelStatus, Models, NextModelId};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use infera_primitives::{
	AcceleratorClass, AgreementRule, HardwareRequirement, ModelFormat, ModelRegistry, Perbill, TaskKind,
};
use sp_core::H256;
use sp_runtime::DispatchError;

const HW: HardwareRequirement =
	HardwareRequirement { min_memory_mib: 16_384, accelerator: AcceleratorClass::ConsumerGpu };
const PRICE: Balance = 25;

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ListingDeposit.into(), &who)
}

fn register_as(owner: AccountId, hash: u8, version: &[u8]) -> Result<u32, DispatchError> {
	let id = NextModelId::<Test>::get();
	Registry::register_model(
		RuntimeOrigin::signed(owner),
		b"llama-3-8b".to_vec(),
		version.to_vec(),
		H256::repeat_byte(hash),
		ModelFormat::SafeTensors,
		TaskKind::TextGeneration,
		b"ipfs://model-card".to_vec(),
		HW,
		PRICE,
		AgreementRule::Exact,
		Perbill::zero(),
	)
	.map(|_| id)
}

fn status(id: u32) -> ModelStatus {
	Registry::model(id).map(|m| m.status).unwrap()
}

#[test]
fn register_model_holds_deposit_stores_model_and_emits_event() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		assert_eq!(id, 0);
		let model = Registry::model(0).unwrap();
		assert_eq!(model.owner, ALICE);
		assert_eq!(model.name.to_vec(), b"llama-3-8b".to_vec());
		assert_eq!(model.version.to_vec(), b"1.0".to_vec());
		assert_eq!(model.content_hash, H256::repeat_byte(1));
		assert_eq!(model.format, ModelFormat::SafeTensors);
		assert_eq!(model.task, TaskKind::TextGeneration);
		assert_eq!(model.hardware, HW);
		assert_eq!(model.price_per_job, PRICE);
		assert_eq!(model.deposit, DEPOSIT);
		assert_eq!(model.status, ModelStatus::Proposed);
		assert_eq!(model.registered_at, 1);
		assert_eq!(NextModelId::<Test>::get(), 1);
		assert_eq!(ModelIdByHashVersion::<Test>::iter().count(), 1);
		assert_eq!(held(ALICE), DEPOSIT);
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE - DEPOSIT);
		assert_eq!(Balances::total_balance(&ALICE), INITIAL_BALANCE);
		System::assert_last_event(
			Event::ModelRegistered {
				model_id: 0,
				owner: ALICE,
				deposit: DEPOSIT,
				agreement: AgreementRule::Exact,
				audit_chance: Perbill::zero(),
			}
				.into(),
		);
		// A proposed model is not listed, so it can take no jobs.
		assert!(<Registry as ModelRegistry<_, _>>::listed_model(0).is_none());
	});
}

#[test]
fn same_hash_with_a_new_version_is_a_new_model() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(register_as(ALICE, 1, b"1.0"), Ok(0));
		assert_eq!(register_as(BOB, 1, b"1.1"), Ok(1));
		assert_eq!(held(ALICE), DEPOSIT);
		assert_eq!(held(BOB), DEPOSIT);
	});
}

#[test]
fn register_model_rejects_bad_input_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(register_as(ALICE, 1, b"1.0"));
		let long_name = vec![b'n'; MAX_NAME as usize + 1];
		let long_uri = vec![b'u'; MAX_URI as usize + 1];
		let call = |name: Vec<u8>, version: Vec<u8>, uri: Vec<u8>, who: AccountId| {
			Registry::register_model(
				RuntimeOrigin::signed(who),
				name,
				version,
				H256::repeat_byte(2),
				ModelFormat::Onnx,
				TaskKind::ImageClassification,
				uri,
				HW,
				PRICE,
				AgreementRule::Exact,
				Perbill::zero(),
			)
		};
		assert_noop!(call(vec![], b"1".to_vec(), vec![], ALICE), Error::<Test>::EmptyName);
		assert_noop!(call(b"m".to_vec(), vec![], vec![], ALICE), Error::<Test>::EmptyVersion);
		assert_noop!(call(long_name.clone(), b"1".to_vec(), vec![], ALICE), Error::<Test>::NameTooLong);
		assert_noop!(call(b"m".to_vec(), long_name, vec![], ALICE), Error::<Test>::VersionTooLong);
		assert_noop!(call(b"m".to_vec(), b"1".to_vec(), long_uri, ALICE), Error::<Test>::UriTooLong);
		assert_noop!(call(b"m".to_vec(), b"1".to_vec(), vec![], POOR), Error::<Test>::InsufficientBalance);
		assert_noop!(
			Registry::register_model(
				RuntimeOrigin::none(),
				b"m".to_vec(),
				b"1".to_vec(),
				H256::zero(),
				ModelFormat::Onnx,
				TaskKind::Other,
				vec![],
				HW,
				PRICE,
				AgreementRule::Exact,
				Perbill::zero(),
			),
			DispatchError::BadOrigin
		);
		// Same hash and version as model 0, even from another owner.
		assert_noop!(register_as(BOB, 1, b"1.0").map(|_| ()), Error::<Test>::DuplicateModel);
		assert_eq!(NextModelId::<Test>::get(), 1);
		assert_eq!(held(POOR), 0);
		assert_eq!(held(BOB), 0);
	});
}

/// Registers a text-embedding model of ALICE's with `agreement`.
fn register_with_rule(agreement: AgreementRule) -> Result<u32, DispatchError> {
	let id = NextModelId::<Test>::get();
	Registry::register_model(
		RuntimeOrigin::signed(ALICE),
		b"minilm".to_vec(),
		b"1".to_vec(),
		H256::repeat_byte(9),
		ModelFormat::SafeTensors,
		TaskKind::TextEmbedding,
		vec![],
		HW,
		PRICE,
		agreement,
		Perbill::zero(),
	)
	.map(|_| id)
}

#[test]
fn the_agreement_rule_is_registered_listed_and_handed_to_the_marketplace() {
	ExtBuilder::default().build_and_execute(|| {
		let rule = AgreementRule::CosineInt8 { min_cosine: Perbill::from_percent(MIN_COSINE_PERCENT + 5) };
		let id = register_with_rule(rule).unwrap();
		System::assert_last_event(
			Event::ModelRegistered { model_id: id, owner: ALICE, deposit: DEPOSIT, agreement: rule, audit_chance: Perbill::zero() }
				.into(),
		);
		assert_eq!(Registry::model(id).map(|m| m.agreement), Some(rule));
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), id));
		let listed = <Registry as ModelRegistry<_, _>>::listed_model(id).unwrap();
		assert_eq!(listed.agreement, rule);
		// An update of URI or price keeps the rule (it changes only with a new version).
		assert_ok!(Registry::update_model(RuntimeOrigin::signed(ALICE), id, None, Some(PRICE + 1)));
		assert_eq!(Registry::model(id).map(|m| m.agreement), Some(rule));
	});
}

#[test]
fn a_cosine_rule_below_the_floor_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// A threshold of 0 would let any two outputs pointing the same way agree: an attacker's
		// cheap junk would outvote honest providers.
		let loose = |percent| AgreementRule::CosineInt8 { min_cosine: Perbill::from_percent(percent) };
		assert_noop!(register_with_rule(loose(0)).map(|_| ()), Error::<Test>::AgreementTooLoose);
		assert_noop!(register_with_rule(loose(MIN_COSINE_PERCENT - 1)).map(|_| ()), Error::<Test>::AgreementTooLoose);
		assert_eq!(NextModelId::<Test>::get(), 0);
		assert_eq!(held(ALICE), 0);
		assert_eq!(register_with_rule(loose(MIN_COSINE_PERCENT)), Ok(0));
	});
}

#[test]
fn register_model_fails_when_ids_are_exhausted() {
	ExtBuilder::default().build_and_execute(|| {
		NextModelId::<Test>::put(u32::MAX);
		assert_noop!(register_as(ALICE, 1, b"1.0").map(|_| ()), Error::<Test>::TooManyModels);
	});
}

#[test]
fn approve_listing_lists_a_proposed_model() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), id));
		assert_eq!(status(id), ModelStatus::Listed);
		assert_eq!(held(ALICE), DEPOSIT, "the deposit stays held while listed");
		System::assert_last_event(Event::ModelListed { model_id: id }.into());
		let listed = <Registry as ModelRegistry<_, _>>::listed_model(id).unwrap();
		assert_eq!(listed.owner, ALICE);
		assert_eq!(listed.price_per_job, PRICE);
		assert_eq!(listed.hardware, HW);
		assert_eq!(listed.task, TaskKind::TextGeneration);
	});
}

#[test]
fn governance_calls_need_the_listing_origin_an_existing_model_and_the_right_state() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		let signed = RuntimeOrigin::signed(ALICE);
		assert_noop!(Registry::approve_listing(signed.clone(), id), DispatchError::BadOrigin);
		assert_noop!(Registry::reject_listing(signed.clone(), id, true), DispatchError::BadOrigin);
		assert_noop!(Registry::delist(signed, id, true), DispatchError::BadOrigin);
		assert_noop!(Registry::approve_listing(RuntimeOrigin::root(), 7), Error::<Test>::UnknownModel);
		assert_noop!(Registry::reject_listing(RuntimeOrigin::root(), 7, false), Error::<Test>::UnknownModel);
		assert_noop!(Registry::delist(RuntimeOrigin::root(), 7, false), Error::<Test>::UnknownModel);
		// A proposed model cannot be delisted; a listed one cannot be approved or rejected.
		assert_noop!(Registry::delist(RuntimeOrigin::root(), id, false), Error::<Test>::NotListed);
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), id));
		assert_noop!(Registry::approve_listing(RuntimeOrigin::root(), id), Error::<Test>::NotProposed);
		assert_noop!(Registry::reject_listing(RuntimeOrigin::root(), id, false), Error::<Test>::NotProposed);
		assert_eq!(status(id), ModelStatus::Listed);
	});
}

#[test]
fn reject_listing_with_slash_moves_the_whole_deposit_to_the_slash_handler() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		let issuance = Balances::total_issuance();
		assert_ok!(Registry::reject_listing(RuntimeOrigin::root(), id, true));
		assert_eq!(status(id), ModelStatus::Rejected);
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::total_balance(&ALICE), INITIAL_BALANCE - DEPOSIT);
		assert_eq!(Balances::balance(&TREASURY), 1 + DEPOSIT);
		assert_eq!(Balances::total_issuance(), issuance, "no funds minted or burned");
		System::assert_last_event(
			Event::ModelRejected { model_id: id, slashed: DEPOSIT, returned: 0 }.into(),
		);
		assert!(<Registry as ModelRegistry<_, _>>::listed_model(id).is_none());
	});
}

#[test]
fn reject_listing_without_slash_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		assert_ok!(Registry::reject_listing(RuntimeOrigin::root(), id, false));
		assert_eq!(status(id), ModelStatus::Rejected);
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE);
		assert_eq!(Balances::balance(&TREASURY), 1);
		System::assert_last_event(
			Event::ModelRejected { model_id: id, slashed: 0, returned: DEPOSIT }.into(),
		);
		// The record stays, but without a deposit it no longer reserves its hash and version:
		// they can be proposed again, with a new deposit.
		let again = register_as(ALICE, 1, b"1.0").unwrap();
		assert_ne!(again, id);
		assert_eq!(held(ALICE), DEPOSIT);
	});
}

#[test]
fn delist_removes_a_listed_model_and_settles_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let slashed = register_as(ALICE, 1, b"1.0").unwrap();
		let returned = register_as(BOB, 2, b"1.0").unwrap();
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), slashed));
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), returned));

		assert_ok!(Registry::delist(RuntimeOrigin::root(), slashed, true));
		System::assert_last_event(
			Event::ModelDelisted { model_id: slashed, slashed: DEPOSIT, returned: 0 }.into(),
		);
		assert_ok!(Registry::delist(RuntimeOrigin::root(), returned, false));
		System::assert_last_event(
			Event::ModelDelisted { model_id: returned, slashed: 0, returned: DEPOSIT }.into(),
		);
		assert_eq!(status(slashed), ModelStatus::Delisted);
		assert_eq!(status(returned), ModelStatus::Delisted);
		assert_eq!(Balances::total_balance(&ALICE), INITIAL_BALANCE - DEPOSIT);
		assert_eq!(Balances::balance(&BOB), INITIAL_BALANCE);
		assert_eq!(Balances::balance(&TREASURY), 1 + DEPOSIT);
		assert!(<Registry as ModelRegistry<_, _>>::listed_model(slashed).is_none());
		assert_noop!(Registry::delist(RuntimeOrigin::root(), slashed, true), Error::<Test>::NotListed);
	});
}

#[test]
fn owner_retires_proposed_and_listed_models_and_gets_the_deposit_back_after_the_delay() {
	ExtBuilder::default().build_and_execute(|| {
		let proposed = register_as(ALICE, 1, b"1.0").unwrap();
		let listed = register_as(ALICE, 2, b"1.0").unwrap();
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), listed));
		assert_eq!(held(ALICE), 2 * DEPOSIT);

		assert_ok!(Registry::retire(RuntimeOrigin::signed(ALICE), proposed));
		System::assert_last_event(Event::ModelRetired { model_id: proposed, release_at: 1 + RETIREMENT_DELAY }.into());
		assert_ok!(Registry::retire(RuntimeOrigin::signed(ALICE), listed));
		assert_eq!(status(proposed), ModelStatus::Retired);
		assert_eq!(status(listed), ModelStatus::Retired);
		assert!(<Registry as ModelRegistry<_, _>>::listed_model(listed).is_none());
		// The deposits stay held (and slashable) for the delay.
		assert_eq!(held(ALICE), 2 * DEPOSIT);
		System::set_block_number(RETIREMENT_DELAY);
		assert_noop!(Registry::release_deposit(RuntimeOrigin::signed(BOB), proposed), Error::<Test>::RetirementNotOver);
		System::set_block_number(1 + RETIREMENT_DELAY);
		// Anyone may release them, once; the (hash, version) pair is free again.
		assert_ok!(Registry::release_deposit(RuntimeOrigin::signed(BOB), proposed));
		System::assert_last_event(Event::DepositReleased { model_id: proposed, returned: DEPOSIT }.into());
		assert_noop!(Registry::release_deposit(RuntimeOrigin::signed(BOB), proposed), Error::<Test>::NoDepositHeld);
		assert_ok!(Registry::release_deposit(RuntimeOrigin::signed(ALICE), listed));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE);
		assert!(register_as(BOB, 1, b"1.0").is_ok(), "the retired (hash, version) can be registered again");
		// Governance can no longer act on them.
		assert_noop!(Registry::delist(RuntimeOrigin::root(), listed, true), Error::<Test>::NotListed);
	});
}

/// Attack 10: on the old code an owner facing a reject or delist motion that would slash its
/// deposit retired the model first and got the deposit back. Now the deposit stays slashable
/// for `RetirementDelay`.
#[test]
fn retiring_does_not_escape_a_pending_slash() {
	ExtBuilder::default().build_and_execute(|| {
		let proposed = register_as(ALICE, 1, b"1.0").unwrap();
		let listed = register_as(ALICE, 2, b"1.0").unwrap();
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), listed));
		assert_ok!(Registry::retire(RuntimeOrigin::signed(ALICE), proposed));
		assert_ok!(Registry::retire(RuntimeOrigin::signed(ALICE), listed));
		System::set_block_number(RETIREMENT_DELAY);
		assert_ok!(Registry::reject_listing(RuntimeOrigin::root(), proposed, true));
		System::assert_last_event(Event::ModelRejected { model_id: proposed, slashed: DEPOSIT, returned: 0 }.into());
		assert_ok!(Registry::delist(RuntimeOrigin::root(), listed, true));
		System::assert_last_event(Event::ModelDelisted { model_id: listed, slashed: DEPOSIT, returned: 0 }.into());
		assert_eq!((status(proposed), status(listed)), (ModelStatus::Rejected, ModelStatus::Delisted));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE - 2 * DEPOSIT);
		assert_noop!(Registry::release_deposit(RuntimeOrigin::signed(ALICE), listed), Error::<Test>::NotRetired);
		// A rejected model frees its (hash, version) pair.
		assert!(register_as(ALICE, 1, b"1.0").is_ok());
	});
}

/// On the old code an approval still open when the owner retired a proposed model listed it
/// anyway (the retired model then took jobs its owner had withdrawn, and its deposit could no
/// longer be released). A retired model is never listed.
#[test]
fn a_retired_model_cannot_be_listed() {
	ExtBuilder::default().build_and_execute(|| {
		let proposed = register_as(ALICE, 1, b"1.0").unwrap();
		assert_ok!(Registry::retire(RuntimeOrigin::signed(ALICE), proposed));
		assert_noop!(Registry::approve_listing(RuntimeOrigin::root(), proposed), Error::<Test>::NotProposed);
		assert_eq!(status(proposed), ModelStatus::Retired);
		assert!(<Registry as ModelRegistry<_, _>>::listed_model(proposed).is_none());
		// It still answers for its listing: governance may reject it within the delay.
		assert_ok!(Registry::reject_listing(RuntimeOrigin::root(), proposed, false));
		assert_eq!(held(ALICE), 0);
	});
}

/// Attack 10: on the old code the owner changed a listed model's price (and with it the slash of
/// every new job) or metadata without a vote. Now the model needs a new listing decision.
#[test]
fn updating_a_listed_model_sends_it_back_to_governance() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), id));
		assert_ok!(Registry::update_model(RuntimeOrigin::signed(ALICE), id, None, Some(0)));
		System::assert_last_event(Event::ListingReopened { model_id: id }.into());
		assert_eq!(status(id), ModelStatus::Proposed);
		assert!(<Registry as ModelRegistry<_, _>>::listed_model(id).is_none());
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), id));
		assert_eq!(<Registry as ModelRegistry<_, _>>::listed_model(id).unwrap().price_per_job, 0);
	});
}

#[test]
fn retire_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		assert_noop!(Registry::retire(RuntimeOrigin::signed(BOB), id), Error::<Test>::NotOwner);
		assert_noop!(Registry::retire(RuntimeOrigin::signed(ALICE), 9), Error::<Test>::UnknownModel);
		assert_noop!(Registry::retire(RuntimeOrigin::root(), id), DispatchError::BadOrigin);
		assert_ok!(Registry::reject_listing(RuntimeOrigin::root(), id, false));
		assert_noop!(Registry::retire(RuntimeOrigin::signed(ALICE), id), Error::<Test>::NotActive);
	});
}

#[test]
fn update_model_changes_uri_and_price_only() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		let before = Registry::model(id).unwrap();
		assert_ok!(Registry::update_model(RuntimeOrigin::signed(ALICE), id, Some(b"https://card".to_vec()), None));
		System::assert_last_event(
			Event::ModelUpdated {
				model_id: id,
				metadata_uri: Some(b"https://card".to_vec().try_into().unwrap()),
				price_per_job: None,
			}
			.into(),
		);
		assert_ok!(Registry::update_model(RuntimeOrigin::signed(ALICE), id, None, Some(40)));
		System::assert_last_event(
			Event::ModelUpdated { model_id: id, metadata_uri: None, price_per_job: Some(40) }.into(),
		);
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), id));
		let after = Registry::model(id).unwrap();
		assert_eq!(after.metadata_uri.to_vec(), b"https://card".to_vec());
		assert_eq!(after.price_per_job, 40);
		assert_eq!(after.content_hash, before.content_hash);
		assert_eq!(after.version, before.version);
		assert_eq!(<Registry as ModelRegistry<_, _>>::listed_model(id).unwrap().price_per_job, 40);
	});
}

#[test]
fn update_model_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		let alice = RuntimeOrigin::signed(ALICE);
		assert_noop!(Registry::update_model(alice.clone(), id, None, None), Error::<Test>::NothingToUpdate);
		assert_noop!(
			Registry::update_model(alice.clone(), id, Some(vec![0; MAX_URI as usize + 1]), None),
			Error::<Test>::UriTooLong
		);
		assert_noop!(Registry::update_model(RuntimeOrigin::signed(BOB), id, None, Some(1)), Error::<Test>::NotOwner);
		assert_noop!(Registry::update_model(alice.clone(), 5, None, Some(1)), Error::<Test>::UnknownModel);
		assert_ok!(Registry::retire(alice.clone(), id));
		assert_noop!(Registry::update_model(alice, id, None, Some(1)), Error::<Test>::NotActive);
	});
}

#[test]
fn models_by_status_lists_each_state() {
	ExtBuilder::default().build_and_execute(|| {
		let a = register_as(ALICE, 1, b"1").unwrap();
		let b = register_as(ALICE, 2, b"1").unwrap();
		let c = register_as(BOB, 3, b"1").unwrap();
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), b));
		assert_ok!(Registry::reject_listing(RuntimeOrigin::root(), c, false));
		let ids = |s| {
			let page = Registry::models_by_status(s, None, 10);
			assert_eq!(page.next, None, "three models fit in one page");
			let mut ids = page.items.into_iter().map(|(id, _)| id).collect::<Vec<_>>();
			ids.sort();
			ids
		};
		assert_eq!(ids(Some(ModelStatus::Proposed)), vec![a]);
		assert_eq!(ids(Some(ModelStatus::Listed)), vec![b]);
		assert_eq!(ids(Some(ModelStatus::Rejected)), vec![c]);
		assert!(ids(Some(ModelStatus::Delisted)).is_empty());
		assert_eq!(ids(None), vec![a, b, c]);
	});
}

#[test]
fn models_are_read_page_by_page_each_once() {
	ExtBuilder::default().build_and_execute(|| {
		let registered: Vec<u32> = (0..7u8).map(|i| register_as(ALICE, i, b"1").unwrap()).collect();
		let (mut seen, mut after, mut pages) = (Vec::new(), None, 0);
		loop {
			let page = Registry::models_by_status(None, after, 3);
			assert!(page.items.len() <= 3);
			pages += 1;
			seen.extend(page.items.iter().map(|(id, model)| {
				assert_eq!(Models::<Test>::get(id).as_ref(), Some(model));
				*id
			}));
			match page.next {
				Some(next) => after = Some(next),
				None => break,
			}
		}
		assert_eq!(pages, 3);
		seen.sort();
		assert_eq!(seen, registered);
	});
}

#[test]
fn try_state_detects_a_deposit_mismatch() {
	ExtBuilder::default().build().execute_with(|| {
		let id = register_as(ALICE, 1, b"1.0").unwrap();
		assert_ok!(Registry::do_try_state());
		Models::<Test>::mutate(id, |m| m.as_mut().unwrap().deposit = DEPOSIT + 1);
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn the_audit_chance_is_zero_or_at_least_the_floor() {
	ExtBuilder::default().build_and_execute(|| {
		let register = |version: &[u8], percent: u32| {
			Registry::register_model(
				RuntimeOrigin::signed(ALICE),
				b"minilm".to_vec(),
				version.to_vec(),
				H256::repeat_byte(4),
				ModelFormat::SafeTensors,
				TaskKind::TextEmbedding,
				vec![],
				HW,
				PRICE,
				AgreementRule::Exact,
				Perbill::from_percent(percent),
			)
		};
		// A 5% audit chance with a slash of ten prices: skipping the work would pay on average.
		assert_noop!(register(b"1", MIN_AUDIT_PERCENT - 1), Error::<Test>::AuditChanceTooLow);
		assert_ok!(register(b"1", 0));
		assert_ok!(register(b"2", MIN_AUDIT_PERCENT));
		assert_ok!(register(b"3", 100));
		assert_eq!(Registry::model(1).map(|m| m.audit_chance), Some(Perbill::from_percent(MIN_AUDIT_PERCENT)));
		assert_ok!(Registry::approve_listing(RuntimeOrigin::root(), 2));
		let listed = <Registry as ModelRegistry<_, _>>::listed_model(2).unwrap();
		assert_eq!(listed.audit_chance, Perbill::one());
	});
}
