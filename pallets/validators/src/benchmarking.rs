//! Benchmarks of the validators pallet (frame-benchmarking v2), worst cases: a full candidate list
//! whose smallest candidate a bond displaces, the fullest list of pending slashes.

use super::*;
use crate::Pallet as Validators;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_system::RawOrigin;
use sp_runtime::{traits::Saturating, Perbill};

fn min_stake<T: Config>() -> BalanceOf<T> {
	T::MinValidatorStake::get().max(1u32.into())
}

/// An account with ten minimum stakes and more free.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = min_stake::<T>().saturating_mul(100u32.into()).saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&who, amount);
	who
}

/// A candidate bonded with ten minimum stakes.
fn candidate<T: Config>(name: &'static str, index: u32) -> Result<T::AccountId, BenchmarkError> {
	let who = funded::<T>(name, index);
	Validators::<T>::bond(RawOrigin::Signed(who.clone()).into(), min_stake::<T>().saturating_mul(10u32.into()))?;
	Ok(who)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The list is full (`MaxCandidates`, none of them elected): the bond scans it for the
	/// smallest candidate and displaces it.
	#[benchmark]
	fn bond() -> Result<(), BenchmarkError> {
		let mut i = 0;
		while (CandidateList::<T>::decode_len().unwrap_or(0) as u32) < T::MaxCandidates::get() {
			candidate::<T>("squatter", i)?;
			i = i.saturating_add(1);
		}
		let who = funded::<T>("candidate", 0);
		let amount = min_stake::<T>().saturating_mul(11u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);
		assert_eq!(Candidates::<T>::get(&who).map(|c| c.bonded), Some(amount));
		assert_eq!(CandidateList::<T>::decode_len().unwrap_or(0) as u32, T::MaxCandidates::get());
		Ok(())
	}

	#[benchmark]
	fn bond_extra() -> Result<(), BenchmarkError> {
		let who = candidate::<T>("candidate", 0)?;
		let before = Candidates::<T>::get(&who).map(|c| c.bonded).unwrap_or_default();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), min_stake::<T>());
		assert_eq!(Candidates::<T>::get(&who).map(|c| c.bonded), Some(before.saturating_add(min_stake::<T>())));
		Ok(())
	}

	#[benchmark]
	fn leave() -> Result<(), BenchmarkError> {
		let who = candidate::<T>("candidate", 0)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(Candidates::<T>::get(&who).is_some_and(|c| !c.active && c.bonded == 0u32.into()));
		Ok(())
	}

	#[benchmark]
	fn withdraw_unbonded() -> Result<(), BenchmarkError> {
		let who = candidate::<T>("candidate", 0)?;
		Validators::<T>::leave(RawOrigin::Signed(who.clone()).into())?;
		CurrentSession::<T>::put(T::BondingDuration::get().saturating_add(1));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Candidates::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn rejoin() -> Result<(), BenchmarkError> {
		let who = candidate::<T>("candidate", 0)?;
		// As a fault would (the floor may keep a reported offender active).
		Candidates::<T>::mutate(&who, |c| {
			if let Some(c) = c {
				c.active = false;
			}
		});
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(Candidates::<T>::get(&who).is_some_and(|c| c.active));
		Ok(())
	}

	/// `n` slashes pending at one session; the last is cancelled (found by identity after
	/// scanning the others).
	#[benchmark]
	fn cancel_slash(n: Linear<1, { T::MaxPendingSlashes::get() }>) -> Result<(), BenchmarkError> {
		let session = CurrentSession::<T>::get();
		let mut last = None;
		for i in 0..n {
			let who = candidate::<T>("offender", i)?;
			Validators::<T>::report(&who, Offence::Equivocation, Perbill::from_percent(10), session);
			last = Some(who);
		}
		let validator = last.ok_or(BenchmarkError::Weightless)?;
		let apply_at = session.saturating_add(T::SlashDeferDuration::get());
		assert_eq!(PendingSlashes::<T>::get(apply_at).len() as u32, n);
		let origin = T::CancelOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, validator.clone(), Offence::Equivocation, session);
		assert_eq!(PendingSlashes::<T>::get(apply_at).len() as u32, n - 1);
		assert!(!PendingSlashes::<T>::get(apply_at).iter().any(|s| s.validator == validator));
		Ok(())
	}

	impl_benchmark_test_suite!(Validators, crate::mock::new_test_ext(), crate::mock::Test);
}
