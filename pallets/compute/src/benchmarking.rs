//! Benchmarks of the compute providers pallet (frame-benchmarking v2), worst cases: longest
//! endpoint and region, most models served, fullest unlocking list.

use super::*;
use crate::Pallet as Compute;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use infera_primitives::{AcceleratorClass, ModelId};
use sp_runtime::traits::{Saturating, Zero};

fn endpoint<T: Config>() -> Vec<u8> {
	let mut url = b"https://".to_vec();
	url.resize(T::MaxEndpointLength::get() as usize, b'h');
	url
}

fn hardware<T: Config>() -> HardwareProfile<Vec<u8>> {
	HardwareProfile {
		accelerator: AcceleratorClass::HighEndAccelerator,
		accelerator_count: 8,
		memory_mib: u32::MAX,
		region: vec![b'r'; T::MaxRegionLength::get() as usize],
	}
}

fn min_stake<T: Config>() -> BalanceOf<T> {
	T::MinProviderStake::get().max(1u32.into())
}

/// A registered provider with `min_stake * 10` bonded and plenty free.
fn provider<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = whitelisted_caller();
	let stake = min_stake::<T>().saturating_mul(10u32.into());
	T::Currency::set_balance(
		&who,
		stake.saturating_mul(10u32.into()).saturating_add(T::Currency::minimum_balance()),
	);
	Compute::<T>::register_provider(RawOrigin::Signed(who.clone()).into(), endpoint::<T>(), hardware::<T>(), stake)?;
	Ok(who)
}

/// Makes `who` serve `m` listed models; returns their ids.
fn serve_models<T: Config>(who: &T::AccountId, m: u32) -> Result<Vec<ModelId>, BenchmarkError> {
	let mut served = Vec::new();
	for seed in 0..m {
		let model_id = T::BenchmarkHelper::listed_model(seed);
		Compute::<T>::set_model_price(RawOrigin::Signed(who.clone()).into(), model_id, 1u32.into())?;
		served.push(model_id);
	}
	Ok(served)
}

/// Fills `who`'s unlocking list up to one below the bound, each chunk at another block.
fn fill_unlocking<T: Config>(who: &T::AccountId) -> Result<(), BenchmarkError> {
	for _ in 1..T::MaxUnlockingChunks::get() {
		Compute::<T>::unbond(RawOrigin::Signed(who.clone()).into(), 1u32.into())?;
		let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(next);
	}
	Ok(())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_provider() {
		let who: T::AccountId = whitelisted_caller();
		let stake = min_stake::<T>();
		T::Currency::set_balance(&who, stake.saturating_mul(2u32.into()).saturating_add(T::Currency::minimum_balance()));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), endpoint::<T>(), hardware::<T>(), stake);
		assert!(Providers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn bond_extra() -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), min_stake::<T>());
		assert_eq!(Providers::<T>::get(&who).map(|p| p.bonded), Some(min_stake::<T>().saturating_mul(11u32.into())));
		Ok(())
	}

	#[benchmark]
	fn unbond() -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		fill_unlocking::<T>(&who)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), 1u32.into());
		assert_eq!(Providers::<T>::get(&who).map(|p| p.unlocking.len() as u32), Some(T::MaxUnlockingChunks::get()));
		Ok(())
	}

	#[benchmark]
	fn withdraw_unbonded() -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		fill_unlocking::<T>(&who)?;
		Compute::<T>::unbond(RawOrigin::Signed(who.clone()).into(), 1u32.into())?;
		let later = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::UnbondingPeriod::get())
			.saturating_add(BlockNumberFor::<T>::from(1u32));
		frame_system::Pallet::<T>::set_block_number(later);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert_eq!(Providers::<T>::get(&who).map(|p| p.unlocking.len()), Some(0));
		Ok(())
	}

	#[benchmark]
	fn go_offline() -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert_eq!(Providers::<T>::get(&who).map(|p| p.status), Some(ProviderStatus::Offline));
		Ok(())
	}

	#[benchmark]
	fn go_online() -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		Compute::<T>::go_offline(RawOrigin::Signed(who.clone()).into())?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert_eq!(Providers::<T>::get(&who).map(|p| p.status), Some(ProviderStatus::Online));
		Ok(())
	}

	#[benchmark]
	fn update_endpoint() -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		let mut url = b"http://".to_vec();
		url.resize(T::MaxEndpointLength::get() as usize, b'x');
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), url.clone());
		assert_eq!(Providers::<T>::get(&who).map(|p| p.endpoint.to_vec()), Some(url));
		Ok(())
	}

	#[benchmark]
	fn update_hardware(m: Linear<0, { T::MaxModelsPerProvider::get() }>) -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		serve_models::<T>(&who, m)?;
		let mut hw = hardware::<T>();
		hw.accelerator_count = 4;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), hw);
		assert_eq!(Providers::<T>::get(&who).map(|p| p.hardware.accelerator_count), Some(4));
		Ok(())
	}

	#[benchmark]
	fn set_model_price() -> Result<(), BenchmarkError> {
		// Worst case: the model is full, so the offer displaces the least staked provider
		// after weighing every offer of the model.
		let who = provider::<T>()?;
		let served = T::MaxModelsPerProvider::get().saturating_sub(1);
		serve_models::<T>(&who, served)?;
		let model_id = T::BenchmarkHelper::listed_model(served);
		for i in 0..T::MaxProvidersPerModel::get() {
			let other: T::AccountId = account("other", i, 0);
			T::Currency::set_balance(&other, min_stake::<T>().saturating_mul(2u32.into()));
			Compute::<T>::register_provider(RawOrigin::Signed(other.clone()).into(), endpoint::<T>(), hardware::<T>(), min_stake::<T>())?;
			Compute::<T>::set_model_price(RawOrigin::Signed(other).into(), model_id, 1u32.into())?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), model_id, 7u32.into());
		assert_eq!(Offers::<T>::get(model_id, &who), Some(7u32.into()));
		assert_eq!(OfferCount::<T>::get(model_id), T::MaxProvidersPerModel::get());
		Ok(())
	}

	#[benchmark]
	fn remove_model() -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		let served = serve_models::<T>(&who, T::MaxModelsPerProvider::get())?;
		// The first served model: the longest search through the provider's list.
		let model_id = *served.first().ok_or(BenchmarkError::Stop("no model served"))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), model_id);
		assert_eq!(Offers::<T>::get(model_id, &who), None);
		Ok(())
	}

	#[benchmark]
	fn set_worker() -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		let new: T::AccountId = account("worker", 1, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Some(new.clone()));
		assert_eq!(Providers::<T>::get(&who).and_then(|p| p.pending_worker), Some(new));
		Ok(())
	}

	#[benchmark]
	fn accept_worker() -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		// A worker is bound already: accepting the new one also unbinds the old.
		let old: T::AccountId = account("worker", 0, 0);
		Compute::<T>::set_worker(RawOrigin::Signed(who.clone()).into(), Some(old.clone()))?;
		Compute::<T>::accept_worker(RawOrigin::Signed(old).into(), who.clone())?;
		let new: T::AccountId = account("worker", 1, 0);
		Compute::<T>::set_worker(RawOrigin::Signed(who.clone()).into(), Some(new.clone()))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(new.clone()), who.clone());
		assert_eq!(ProviderOfWorker::<T>::get(&new), Some(who));
		Ok(())
	}

	#[benchmark]
	fn deregister(m: Linear<0, { T::MaxModelsPerProvider::get() }>) -> Result<(), BenchmarkError> {
		let who = provider::<T>()?;
		serve_models::<T>(&who, m)?;
		fill_unlocking::<T>(&who)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		let info = Providers::<T>::get(&who).ok_or(BenchmarkError::Stop("provider gone"))?;
		assert_eq!(info.status, ProviderStatus::Leaving);
		assert!(info.bonded.is_zero());
		Ok(())
	}

	impl_benchmark_test_suite!(Compute, crate::mock::ExtBuilder::default().build(), crate::mock::Test);
}
