//! Runtime-level tests: the genesis presets build a working state, and the configured
//! pallets behave as the chain promises (block time, existential deposit, transfers).

use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use infera_runtime::{
	genesis_config_presets::{development_config_genesis, local_config_genesis, ENDOWMENT, VALIDATOR_BOND},
	Balances, Runtime, RuntimeEvent, RuntimeOrigin, System,
	EXISTENTIAL_DEPOSIT, MILLI_SECS_PER_BLOCK, UNIT,
};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Ferdie};
use sp_runtime::{DispatchError, TokenError};

mod common;
use common::ext_from_preset;

#[test]
fn dev_preset_endows_accounts_and_sets_alice_as_validator_and_sudo() {
	ext_from_preset(development_config_genesis()).execute_with(|| {
		// Alice's validator bond is held out of her endowment.
		assert_eq!(Balances::free_balance(Alice.to_account_id()), ENDOWMENT - VALIDATOR_BOND);
		assert_eq!(Balances::total_balance_on_hold(&Alice.to_account_id()), VALIDATOR_BOND);
		assert_eq!(Balances::free_balance(Ferdie.to_account_id()), ENDOWMENT);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Alice.to_account_id()));
		// Twelve endowed accounts and the treasury, which exists from genesis.
		let treasury = infera_runtime::configs::marketplace::TreasuryAccount::get();
		assert_eq!(Balances::free_balance(&treasury), EXISTENTIAL_DEPOSIT);
		assert_eq!(Balances::total_issuance(), ENDOWMENT * 12 + EXISTENTIAL_DEPOSIT);
	});
}

#[test]
fn local_preset_has_four_bonded_validators_as_authorities() {
	ext_from_preset(local_config_genesis()).execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 4);
		let mut expected: Vec<_> = [Alice, Bob, Charlie, Dave].iter().map(|k| k.to_account_id()).collect();
		expected.sort();
		assert_eq!(pallet_validators::Validators::<Runtime>::get().to_vec(), expected);
		assert_eq!(pallet_session::Validators::<Runtime>::get(), expected);
		for who in &expected {
			let held = Balances::balance_on_hold(&pallet_validators::HoldReason::ValidatorStake.into(), who);
			assert_eq!(held, VALIDATOR_BOND);
		}
	});
}

#[test]
fn block_time_matches_the_build() {
	let expected = if cfg!(feature = "fast-runtime") { 2000 } else { 6000 };
	assert_eq!(MILLI_SECS_PER_BLOCK, expected);
	assert_eq!(pallet_aura::Pallet::<Runtime>::slot_duration(), expected);
}

#[test]
fn transfer_moves_exactly_the_amount_and_emits_an_event() {
	ext_from_preset(development_config_genesis()).execute_with(|| {
		let (alice, bob) = (Alice.to_account_id(), Bob.to_account_id());
		let amount = 5 * UNIT + 7;
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(alice.clone()),
			bob.clone().into(),
			amount
		));
		assert_eq!(Balances::free_balance(&alice), ENDOWMENT - VALIDATOR_BOND - amount);
		assert_eq!(Balances::free_balance(&bob), ENDOWMENT + amount);
		System::assert_last_event(RuntimeEvent::Balances(pallet_balances::Event::Transfer {
			from: alice,
			to: bob,
			amount,
		}));
		assert_eq!(Balances::total_issuance(), ENDOWMENT * 12 + EXISTENTIAL_DEPOSIT, "no funds minted or lost");
	});
}

#[test]
fn transfer_beyond_balance_and_below_existential_deposit_fail() {
	ext_from_preset(development_config_genesis()).execute_with(|| {
		let (charlie, bob) = (Charlie.to_account_id(), Bob.to_account_id());
		assert_noop!(
			Balances::transfer_allow_death(
				RuntimeOrigin::signed(charlie.clone()),
				bob.clone().into(),
				ENDOWMENT + 1
			),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
		// A fresh account cannot be created with less than the existential deposit.
		let fresh = sp_keyring::Sr25519Keyring::One.to_account_id();
		assert_noop!(
			Balances::transfer_allow_death(
				RuntimeOrigin::signed(charlie.clone()),
				fresh.into(),
				EXISTENTIAL_DEPOSIT - 1
			),
			DispatchError::Token(TokenError::BelowMinimum)
		);
		assert_eq!(Balances::minimum_balance(), EXISTENTIAL_DEPOSIT);
	});
}

/// Attack 7 (single-provider jobs): governance must be able to decide a challenge made on the
/// last block of the challenge window with a full council motion before the dispute lapses.
#[test]
fn a_council_motion_fits_in_the_dispute_period() {
	use frame_support::traits::Get;
	let dispute = <<Runtime as pallet_jobs::Config>::DisputePeriod as Get<u32>>::get();
	let motion = <<Runtime as pallet_collective::Config<infera_runtime::configs::governance::CouncilCollective>>::MotionDuration as Get<u32>>::get();
	assert!(dispute > motion, "dispute period {dispute} blocks, council motion {motion} blocks");
}

/// Threat model §6: a spammer who filled blocks with `submit_job` + `cancel_job` paid the same
/// fee per transaction however long it kept the blocks full (the multiplier was a constant 1).
/// Now full blocks raise the multiplier, and with it every transaction's weight fee, block
/// after block; idle blocks bring it back to 1 and never below.
#[test]
fn full_blocks_raise_the_fee_multiplier_and_idle_blocks_bring_it_back_to_one() {
	use frame_support::{
		dispatch::{DispatchClass, DispatchInfo},
		traits::Hooks,
		weights::Weight,
	};
	use pallet_transaction_payment::{Multiplier, NextFeeMultiplier};
	use sp_runtime::{traits::One, FixedPointNumber};
	type Payment = pallet_transaction_payment::Pallet<Runtime>;

	// The SDK's own checks of the adjustment (the target below the normal class's limit, a day of
	// full blocks representable).
	sp_io::TestExternalities::default().execute_with(Payment::integrity_test);
	ext_from_preset(development_config_genesis()).execute_with(|| {
		let one = Multiplier::one();
		// Ends the current block with its normal class full, or empty; returns the multiplier
		// that the next block's transactions pay.
		let end_block = |full: bool| {
			let normal = <Runtime as frame_system::Config>::BlockWeights::get()
				.get(DispatchClass::Normal)
				.max_total
				.unwrap_or_default();
			System::set_block_consumed_resources(if full { normal } else { Weight::zero() }, 0);
			Payment::on_finalize(System::block_number());
			System::set_block_number(System::block_number() + 1);
			NextFeeMultiplier::<Runtime>::get()
		};
		let call_weight = Weight::from_parts(1_000_000_000, 0);
		let info = DispatchInfo { call_weight, ..Default::default() };
		let fee_at_one = Payment::compute_fee(100, &info, 0);

		// An idle chain stays at the floor.
		assert_eq!(end_block(false), one);
		// Each full block raises it further.
		let mut last = one;
		for _ in 0..100 {
			let next = end_block(true);
			assert!(next > last, "a full block raises the multiplier ({next:?} after {last:?})");
			last = next;
		}
		// About 0.0056% a block: 100 full blocks make about 1.0056.
		let (low, high) = (Multiplier::saturating_from_rational(10_055, 10_000), Multiplier::saturating_from_rational(10_057, 10_000));
		assert!(last > low && last < high, "multiplier after 100 full blocks: {last:?}");
		// The weight part of a transaction's fee follows it (the base and length fees do not).
		let weight_fee = u128::from(call_weight.ref_time());
		assert_eq!(Payment::compute_fee(100, &info, 0) - fee_at_one, last.saturating_mul_int(weight_fee) - weight_fee);

		// Idle blocks bring it back down to 1 (about 0.0019% a block: 300 blocks), never below.
		for _ in 0..400 {
			let next = end_block(false);
			assert!(next <= last && next >= one);
			last = next;
		}
		assert_eq!(last, one);
	});
}
