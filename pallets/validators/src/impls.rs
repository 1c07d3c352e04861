//! The validators pallet's side of the other pallets' traits: the `SessionManager` that plans
//! each session's set and applies the slashes due, the authorship and offence handlers that
//! feed its liveness and equivocation faults, and `pallet-session`'s answers to this pallet's
//! [`KeysRegistered`] and [`DisableValidator`].

use crate::{pallet::*, DisableValidator, KeysRegistered, Offence};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::Perbill;
use sp_staking::{
	offence::{OffenceDetails, OnOffenceHandler},
	SessionIndex,
};

impl<T: pallet_session::Config> KeysRegistered<T::ValidatorId> for pallet_session::Pallet<T> {
	fn keys_registered(who: &T::ValidatorId) -> bool {
		pallet_session::NextKeys::<T>::contains_key(who)
	}
}

/// No disabling.
impl<AccountId> DisableValidator<AccountId> for () {
	fn disable(_who: &AccountId, _severity: sp_runtime::Perbill) {}
}

impl<T: pallet_session::Config> DisableValidator<T::ValidatorId> for pallet_session::Pallet<T> {
	fn disable(who: &T::ValidatorId, severity: sp_runtime::Perbill) {
		pallet_session::Pallet::<T>::report_offence(who.clone(), sp_staking::offence::OffenceSeverity(severity));
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let set = Self::plan();
		if set.is_empty() {
			log::warn!(target: "runtime::validators", "no eligible validator: keeping the set");
			Planned::<T>::put(Validators::<T>::get());
			return None;
		}
		Planned::<T>::put(&set);
		Self::deposit_event(Event::SetPlanned { session: new_index, validators: set.clone() });
		Some(set.into_inner())
	}

	fn end_session(end_index: SessionIndex) {
		Self::check_liveness(end_index);
	}

	fn start_session(start_index: SessionIndex) {
		CurrentSession::<T>::put(start_index);
		Validators::<T>::put(Planned::<T>::get());
		RemovedThisSession::<T>::kill();
		for slash in PendingSlashes::<T>::take(start_index) {
			Self::apply(&slash);
		}
		Self::prune_records(start_index);
		Self::disable_recent_equivocators(start_index);
	}
}

/// The same, for `pallet-session`'s historical pallet (which keeps proofs of past sets):
/// validators are identified by their account alone.
impl<T: Config> pallet_session::historical::SessionManager<T::AccountId, ()> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		<Self as pallet_session::SessionManager<T::AccountId>>::new_session(new_index)
			.map(|set| set.into_iter().map(|who| (who, ())).collect())
	}

	fn start_session(start_index: SessionIndex) {
		<Self as pallet_session::SessionManager<T::AccountId>>::start_session(start_index)
	}

	fn end_session(end_index: SessionIndex) {
		<Self as pallet_session::SessionManager<T::AccountId>>::end_session(end_index)
	}
}

/// Blocks authored per validator, from `pallet-authorship`.
impl<T: Config> pallet_authorship::EventHandler<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn note_author(author: T::AccountId) {
		AuthoredBlocks::<T>::mutate(author, |n| *n = n.saturating_add(1));
	}
}

/// Offences reported through `pallet-offences` (GRANDPA equivocation). `pallet-offences`
/// passes every concurrent offender of the slot again with each new report (with the
/// fraction for all of them): [`Pallet::report`] slashes each once per session.
impl<T: Config, Reporter, FullIdentification> OnOffenceHandler<Reporter, (T::AccountId, FullIdentification), Weight>
	for Pallet<T>
{
	fn on_offence(
		offenders: &[OffenceDetails<Reporter, (T::AccountId, FullIdentification)>],
		slash_fraction: &[Perbill],
		session: SessionIndex,
	) -> Weight {
		for (i, details) in offenders.iter().enumerate() {
			let reported = slash_fraction.get(i).copied().unwrap_or_default();
			let fraction = reported.max(T::EquivocationSlash::get());
			Self::report(&details.offender.0, Offence::Equivocation, fraction, session);
		}
		// Per offender: the record, the candidate, the pending slashes, the removal count and
		// the sets; the eligibility of every listed candidate (record and keys); disabling
		// (the session's validators and disabled list).
		let n = offenders.len() as u64;
		let per_offender = u64::from(T::MaxCandidates::get()).saturating_mul(2).saturating_add(8);
		T::DbWeight::get().reads_writes(n.saturating_mul(per_offender), n.saturating_mul(5))
	}
}
