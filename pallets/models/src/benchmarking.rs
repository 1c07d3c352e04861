//! Benchmarks of the model registry's calls (frame-benchmarking v2), worst cases: the longest
//! name, version and URI the runtime allows.

use super::*;
use crate::Pallet as Registry;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_system::RawOrigin;
use infera_primitives::{AcceleratorClass, AgreementRule, HardwareRequirement, ModelFormat, TaskKind};
use sp_core::H256;
use sp_runtime::traits::Saturating;

/// A funded account that can pay several listing deposits.
fn funded_owner<T: Config>() -> T::AccountId {
	let owner: T::AccountId = whitelisted_caller();
	let amount = T::ListingDeposit::get()
		.saturating_mul(100u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&owner, amount);
	owner
}

/// The agreement rule the benchmarks register: a cosine rule is checked against its floor.
fn cosine_rule<T: Config>() -> AgreementRule {
	AgreementRule::CosineInt8 { min_cosine: T::MinCosineAgreement::get() }
}

/// Registers a model with maximal field lengths; returns its id.
fn registered_model<T: Config>(owner: &T::AccountId) -> Result<u32, BenchmarkError> {
	let id = NextModelId::<T>::get();
	Registry::<T>::register_model(
		RawOrigin::Signed(owner.clone()).into(),
		vec![b'n'; T::MaxNameLength::get() as usize],
		vec![b'v'; T::MaxNameLength::get() as usize],
		H256::repeat_byte(7),
		ModelFormat::SafeTensors,
		TaskKind::TextGeneration,
		vec![b'u'; T::MaxUriLength::get() as usize],
		HardwareRequirement { min_memory_mib: 16_384, accelerator: AcceleratorClass::ConsumerGpu },
		1_000u32.into(),
		cosine_rule::<T>(),
		T::MinAuditChance::get(),
	)?;
	Ok(id)
}

/// A successful `ListingOrigin`.
fn listing_origin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::ListingOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_model() {
		let owner = funded_owner::<T>();
		let name = vec![b'n'; T::MaxNameLength::get() as usize];
		let version = vec![b'v'; T::MaxNameLength::get() as usize];
		let uri = vec![b'u'; T::MaxUriLength::get() as usize];
		let hardware =
			HardwareRequirement { min_memory_mib: 16_384, accelerator: AcceleratorClass::ConsumerGpu };

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner.clone()),
			name,
			version,
			H256::repeat_byte(7),
			ModelFormat::SafeTensors,
			TaskKind::TextGeneration,
			uri,
			hardware,
			1_000u32.into(),
			cosine_rule::<T>(),
			T::MinAuditChance::get(),
		);

		assert_eq!(Models::<T>::get(0).map(|m| m.status), Some(ModelStatus::Proposed));
	}

	#[benchmark]
	fn approve_listing() -> Result<(), BenchmarkError> {
		let owner = funded_owner::<T>();
		let id = registered_model::<T>(&owner)?;
		let origin = listing_origin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert_eq!(Models::<T>::get(id).map(|m| m.status), Some(ModelStatus::Listed));
		Ok(())
	}

	#[benchmark]
	fn reject_listing() -> Result<(), BenchmarkError> {
		let owner = funded_owner::<T>();
		let id = registered_model::<T>(&owner)?;
		let origin = listing_origin::<T>()?;

		// Slashing is the costlier branch (the credit goes to `OnSlash`).
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, true);

		assert_eq!(Models::<T>::get(id).map(|m| m.status), Some(ModelStatus::Rejected));
		Ok(())
	}

	#[benchmark]
	fn delist() -> Result<(), BenchmarkError> {
		let owner = funded_owner::<T>();
		let id = registered_model::<T>(&owner)?;
		Registry::<T>::approve_listing(listing_origin::<T>()?, id)?;
		let origin = listing_origin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, true);

		assert_eq!(Models::<T>::get(id).map(|m| m.status), Some(ModelStatus::Delisted));
		Ok(())
	}

	#[benchmark]
	fn retire() -> Result<(), BenchmarkError> {
		let owner = funded_owner::<T>();
		let id = registered_model::<T>(&owner)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert_eq!(Models::<T>::get(id).map(|m| m.status), Some(ModelStatus::Retired));
		Ok(())
	}

	#[benchmark]
	fn update_model() -> Result<(), BenchmarkError> {
		let owner = funded_owner::<T>();
		let id = registered_model::<T>(&owner)?;
		let uri = vec![b'w'; T::MaxUriLength::get() as usize];

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, Some(uri), Some(2_000u32.into()));

		assert_eq!(Models::<T>::get(id).map(|m| m.price_per_job), Some(2_000u32.into()));
		Ok(())
	}

	#[benchmark]
	fn release_deposit() -> Result<(), BenchmarkError> {
		let owner = funded_owner::<T>();
		let id = registered_model::<T>(&owner)?;
		Registry::<T>::retire(RawOrigin::Signed(owner.clone()).into(), id)?;
		let later = frame_system::Pallet::<T>::block_number().saturating_add(T::RetirementDelay::get());
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert_eq!(Models::<T>::get(id).map(|m| m.deposit), Some(0u32.into()));
		Ok(())
	}

	impl_benchmark_test_suite!(Registry, crate::mock::ExtBuilder::default().build(), crate::mock::Test);
}
