//! # Validators
//!
//! A staked validator set for an Aura + GRANDPA chain, driven by `pallet-session`:
//!
//! - An account bonds at least `MinValidatorStake` ([`Pallet::bond`], held with
//!   [`HoldReason::ValidatorStake`]) and registers its session keys with `session.set_keys`. At
//!   every session rotation the pallet (as `pallet_session::SessionManager`) plans the set of the
//!   session after next: the active candidates with keys, by bonded stake (ties by account), at
//!   most `MaxValidators`. With no eligible candidate the set stays as it is.
//! - **Candidacy.** At most `MaxCandidates` accounts have stake bonded ([`CandidateList`]);
//!   leaving ones do not count. When the list is full, a larger bond displaces the smallest
//!   candidate that is in neither the current nor the planned set; its stake unbonds as if it
//!   had left (so minimum-stake candidacies cannot squat the list).
//! - [`Pallet::leave`] stops the candidacy at once (the validator serves out the sessions it was
//!   already planned for); its stake unbonds for `BondingDuration` sessions, stays slashable, and
//!   is then withdrawn with [`Pallet::withdraw_unbonded`].
//! - **Faults.** GRANDPA equivocation arrives through `pallet-offences` (this pallet is its
//!   `OnOffenceHandler`) and costs the fraction `pallet-offences` computes (GRANDPA: `(3k/n)²`
//!   for `k` concurrent offenders of `n`), at least `EquivocationSlash`. Liveness: a validator
//!   that authored no block (counted from `pallet-authorship`) in `MaxMissedSessions` sessions in
//!   a row in which it was in the set is reported offline and loses `OfflineSlash`.
//! - **One slash per offence kind and session.** A validator is slashed at most once per offence
//!   kind for the session in which the offence happened ([`SlashRecords`], like pallet-staking's
//!   slashing spans): a repeated report of an offender (`pallet-offences` hands every concurrent
//!   offender of a slot over again with each new report, and each GRANDPA round is a new slot)
//!   only raises the pending slash to a higher fraction, never adds one. Reports of offences
//!   older than `BondingDuration` sessions are ignored.
//! - **Removal, bounded.** A fault deactivates the candidate (out of the set from the next
//!   planning; it may [`Pallet::rejoin`]) unless that would leave fewer than `MinValidators`
//!   eligible candidates, or `MaxRemovedPerSession` (a fraction of the current set, below a
//!   third) were deactivated in this session already: then the offender is slashed but stays.
//!   The floor holds against faults only: a voluntary [`Pallet::leave`] may shrink the set below
//!   it (a one-validator dev chain is fine), and a set planned below it is topped up with the
//!   current validators that are still active but were slashed below `MinValidatorStake`.
//! - **Disabling.** An equivocating validator of the current session is disabled at once through
//!   `Disabler` (`pallet-session`'s `DisablingStrategy`, in the runtime
//!   `UpToLimitDisablingStrategy`: fewer than a third of the set, so disabling alone can never
//!   stop block production or finality). Aura rejects blocks of disabled authors; GRANDPA (in
//!   this SDK version) only gets an `OnDisabled` digest, which its client ignores: a disabled
//!   validator's votes still count until the set changes.
//! - **Deferral.** A slash is fixed when reported (the fraction of the stake then) and applied
//!   `SlashDeferDuration` sessions later; until then `CancelOrigin` (root or the council) may
//!   cancel it ([`Pallet::cancel_slash`], by validator, offence kind and session). The slashed
//!   funds go to `OnSlash` (the treasury) exactly: bonded stake first, then unbonding stake.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use types::{Candidate, Offence, PendingSlash, SlashRecord};
pub use weights::WeightInfo;

/// Whether an account has registered session keys (for the next session). The runtime's
/// `pallet_session::Pallet` answers it for its own validators.
pub trait KeysRegistered<AccountId> {
	/// True if `who` has session keys.
	fn keys_registered(who: &AccountId) -> bool;
}

impl<T: pallet_session::Config> KeysRegistered<T::ValidatorId> for pallet_session::Pallet<T> {
	fn keys_registered(who: &T::ValidatorId) -> bool {
		pallet_session::NextKeys::<T>::contains_key(who)
	}
}

/// Disables an offending validator for the rest of the current session. The runtime's
/// `pallet_session::Pallet` does it through its `DisablingStrategy` (which may decline: the
/// offender is not in the current set, or the limit of disabled validators is reached).
pub trait DisableValidator<AccountId> {
	/// Asks to disable `who` for an offence of `severity` (the slash fraction).
	fn disable(who: &AccountId, severity: sp_runtime::Perbill);
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

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{
				hold::{Balanced as HoldBalanced, Mutate as HoldMutate},
				Credit, Inspect, InspectHold, Mutate,
			},
			tokens::Precision,
			Imbalance, OnUnbalanced,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{
		traits::{Saturating, Zero},
		Perbill,
	};
	use sp_staking::{
		offence::{OffenceDetails, OnOffenceHandler},
		SessionIndex,
	};

	/// Balance of the currency that validators bond.
	pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// Funds taken by a slash.
	pub type CreditOf<T> = Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;
	/// A validator set.
	pub type ValidatorSetOf<T> = BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxValidators>;
	/// The slashes due at one session.
	pub type PendingSlashesOf<T> = BoundedVec<
		PendingSlash<<T as frame_system::Config>::AccountId, BalanceOf<T>>,
		<T as Config>::MaxPendingSlashes,
	>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency validators bond.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ HoldMutate<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ HoldBalanced<Self::AccountId>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// Receives slashed stake (the treasury, or a burn with `()`).
		type OnSlash: OnUnbalanced<CreditOf<Self>>;
		/// Tells whether a candidate has session keys (`pallet_session::Pallet<Runtime>`).
		type SessionKeys: KeysRegistered<Self::AccountId>;
		/// Who may cancel a slash before it is applied.
		type CancelOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Least stake of a candidate.
		#[pallet::constant]
		type MinValidatorStake: Get<BalanceOf<Self>>;
		/// Most validators in a session.
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// Fewest validators a new set may have; with fewer eligible the set is kept.
		#[pallet::constant]
		type MinValidators: Get<u32>;
		/// Most candidates (bonded accounts, leaving ones included).
		#[pallet::constant]
		type MaxCandidates: Get<u32>;
		/// Sessions that unbonding stake stays held (and slashable).
		#[pallet::constant]
		type BondingDuration: Get<SessionIndex>;
		/// Sessions between the report of a fault and its slash (the window to cancel it).
		#[pallet::constant]
		type SlashDeferDuration: Get<SessionIndex>;
		/// Share of its stake a validator loses for a GRANDPA equivocation.
		#[pallet::constant]
		type EquivocationSlash: Get<Perbill>;
		/// Share of its stake a validator loses for being offline.
		#[pallet::constant]
		type OfflineSlash: Get<Perbill>;
		/// Sessions in a row without an authored block after which a validator is offline.
		#[pallet::constant]
		type MaxMissedSessions: Get<u32>;
		/// Most slashes due at one session.
		#[pallet::constant]
		type MaxPendingSlashes: Get<u32>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Stake of a validator candidate.
		#[codec(index = 0)]
		ValidatorStake,
	}

	/// Bonded accounts.
	#[pallet::storage]
	pub type Candidates<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Candidate<BalanceOf<T>>>;

	/// Number of entries in `Candidates`.
	#[pallet::storage]
	pub type CandidateCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The validators of the current session.
	#[pallet::storage]
	pub type Validators<T: Config> = StorageValue<_, ValidatorSetOf<T>, ValueQuery>;

	/// The validators planned for the next session.
	#[pallet::storage]
	pub type Planned<T: Config> = StorageValue<_, ValidatorSetOf<T>, ValueQuery>;

	/// The current session.
	#[pallet::storage]
	pub type CurrentSession<T: Config> = StorageValue<_, SessionIndex, ValueQuery>;

	/// Blocks each validator authored in the current session.
	#[pallet::storage]
	pub type AuthoredBlocks<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Slashes waiting to be applied, by the session at whose start they apply.
	#[pallet::storage]
	pub type PendingSlashes<T: Config> = StorageMap<_, Twox64Concat, SessionIndex, PendingSlashesOf<T>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators and their bonds (their session keys go into `pallet-session`'s
		/// genesis).
		pub validators: Vec<(T::AccountId, BalanceOf<T>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, amount) in &self.validators {
				assert!(*amount >= T::MinValidatorStake::get(), "genesis validator bonds less than MinValidatorStake");
				assert!(Pallet::<T>::do_bond(who, *amount).is_ok(), "genesis validator cannot bond its stake");
			}
			let set = Pallet::<T>::select();
			Planned::<T>::put(&set);
			Validators::<T>::put(set);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` bonded `amount` (a new candidate, or more stake).
		Bonded { who: T::AccountId, amount: BalanceOf<T> },
		/// `who` left: `amount` unbonds until session `until`.
		Unbonding { who: T::AccountId, amount: BalanceOf<T>, until: SessionIndex },
		/// `who` withdrew `amount` of unbonded stake.
		Withdrawn { who: T::AccountId, amount: BalanceOf<T> },
		/// `who`, deactivated by a fault, is a candidate again.
		Rejoined { who: T::AccountId },
		/// The set of session `session` was chosen.
		SetPlanned { session: SessionIndex, validators: ValidatorSetOf<T> },
		/// `validator` committed `offence` in session `session`: it is deactivated and loses
		/// `amount` at the start of session `apply_at` unless the slash is cancelled.
		SlashReported {
			validator: T::AccountId,
			offence: Offence,
			session: SessionIndex,
			amount: BalanceOf<T>,
			apply_at: SessionIndex,
		},
		/// Governance cancelled the slash of `validator`.
		SlashCancelled { validator: T::AccountId, offence: Offence, amount: BalanceOf<T> },
		/// `validator` lost `amount` for `offence` (to the slash destination).
		Slashed { validator: T::AccountId, offence: Offence, amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a candidate.
		AlreadyCandidate,
		/// The account is not a candidate.
		NotCandidate,
		/// The stake is below `MinValidatorStake`.
		BelowMinimum,
		/// `MaxCandidates` accounts are bonded already.
		TooManyCandidates,
		/// The account cannot hold that much.
		InsufficientBalance,
		/// The candidate is leaving: nothing is bonded.
		Leaving,
		/// The candidate is active already.
		AlreadyActive,
		/// Nothing is unbonding.
		NothingToWithdraw,
		/// The unbonding stake is not free before its session.
		StillUnbonding,
		/// There is no such pending slash.
		NoSuchSlash,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::BondingDuration::get() > T::SlashDeferDuration::get(),
				"stake must stay bonded longer than a slash is deferred"
			);
			assert!(T::MinValidators::get() >= 1 && T::MinValidators::get() <= T::MaxValidators::get());
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Become a validator candidate with `amount` of stake.
		///
		/// - origin: must be signed by an account that is not a candidate.
		/// - `amount`: at least `MinValidatorStake`; held until withdrawn.
		///
		/// The candidate enters the set at a session rotation once it has session keys
		/// (`session.set_keys`) and enough stake to rank among the `MaxValidators`.
		/// Emits `Bonded`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(origin: OriginFor<T>, #[pallet::compact] amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!Candidates::<T>::contains_key(&who), Error::<T>::AlreadyCandidate);
			ensure!(amount >= T::MinValidatorStake::get(), Error::<T>::BelowMinimum);
			ensure!(CandidateCount::<T>::get() < T::MaxCandidates::get(), Error::<T>::TooManyCandidates);
			Self::do_bond(&who, amount)
		}

		/// Add `amount` to a candidate's stake.
		///
		/// - origin: must be signed by a candidate that is not leaving.
		///
		/// Emits `Bonded`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::bond_extra())]
		pub fn bond_extra(origin: OriginFor<T>, #[pallet::compact] amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut candidate = Candidates::<T>::get(&who).ok_or(Error::<T>::NotCandidate)?;
			ensure!(!candidate.bonded.is_zero(), Error::<T>::Leaving);
			T::Currency::hold(&HoldReason::ValidatorStake.into(), &who, amount)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			candidate.bonded = candidate.bonded.saturating_add(amount);
			Candidates::<T>::insert(&who, candidate);
			Self::deposit_event(Event::Bonded { who, amount });
			Ok(())
		}

		/// Stop being a candidate: all stake starts unbonding for `BondingDuration` sessions.
		///
		/// - origin: must be signed by a candidate that is not leaving.
		///
		/// A validator already planned for the next session still serves it.
		/// Emits `Unbonding`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut candidate = Candidates::<T>::get(&who).ok_or(Error::<T>::NotCandidate)?;
			ensure!(!candidate.bonded.is_zero(), Error::<T>::Leaving);
			let amount = candidate.bonded;
			let until = CurrentSession::<T>::get().saturating_add(T::BondingDuration::get());
			candidate.unbonding = candidate.unbonding.saturating_add(amount);
			candidate.bonded = Zero::zero();
			candidate.unbonding_until = until;
			candidate.active = false;
			Candidates::<T>::insert(&who, candidate);
			Self::deposit_event(Event::Unbonding { who, amount, until });
			Ok(())
		}

		/// Withdraw stake whose unbonding period is over; a candidate with nothing left is
		/// removed.
		///
		/// - origin: must be signed by a candidate with unbonded stake.
		///
		/// Emits `Withdrawn`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut candidate = Candidates::<T>::get(&who).ok_or(Error::<T>::NotCandidate)?;
			ensure!(!candidate.unbonding.is_zero(), Error::<T>::NothingToWithdraw);
			ensure!(CurrentSession::<T>::get() >= candidate.unbonding_until, Error::<T>::StillUnbonding);
			let amount = T::Currency::release(
				&HoldReason::ValidatorStake.into(),
				&who,
				candidate.unbonding,
				Precision::Exact,
			)?;
			candidate.unbonding = Zero::zero();
			Self::store_or_remove(&who, candidate);
			Self::deposit_event(Event::Withdrawn { who, amount });
			Ok(())
		}

		/// Be considered for the set again after a fault deactivated the candidacy.
		///
		/// - origin: must be signed by an inactive candidate whose stake still meets
		///   `MinValidatorStake`.
		///
		/// Emits `Rejoined`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::rejoin())]
		pub fn rejoin(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut candidate = Candidates::<T>::get(&who).ok_or(Error::<T>::NotCandidate)?;
			ensure!(!candidate.active, Error::<T>::AlreadyActive);
			ensure!(!candidate.bonded.is_zero(), Error::<T>::Leaving);
			ensure!(candidate.bonded >= T::MinValidatorStake::get(), Error::<T>::BelowMinimum);
			candidate.active = true;
			candidate.missed_sessions = 0;
			Candidates::<T>::insert(&who, candidate);
			Self::deposit_event(Event::Rejoined { who });
			Ok(())
		}

		/// Cancel a slash before it is applied.
		///
		/// - origin: `CancelOrigin` (root or a council majority).
		/// - `apply_at`: the session at which the slash would apply (from `SlashReported`).
		/// - `index`: its position among that session's pending slashes.
		///
		/// The validator keeps its stake; its candidacy stays inactive until it rejoins.
		/// Emits `SlashCancelled`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::cancel_slash(T::MaxPendingSlashes::get()))]
		pub fn cancel_slash(origin: OriginFor<T>, apply_at: SessionIndex, index: u32) -> DispatchResult {
			T::CancelOrigin::ensure_origin(origin)?;
			let slash = PendingSlashes::<T>::try_mutate(apply_at, |slashes| {
				let i = usize::try_from(index).map_err(|_| Error::<T>::NoSuchSlash)?;
				ensure!(i < slashes.len(), Error::<T>::NoSuchSlash);
				Ok::<_, Error<T>>(slashes.remove(i))
			})?;
			Self::deposit_event(Event::SlashCancelled {
				validator: slash.validator,
				offence: slash.offence,
				amount: slash.amount,
			});
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Holds `amount` from `who` as a new candidate's stake.
		pub(crate) fn do_bond(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
			T::Currency::hold(&HoldReason::ValidatorStake.into(), who, amount)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			Candidates::<T>::insert(
				who,
				Candidate {
					bonded: amount,
					unbonding: Zero::zero(),
					unbonding_until: 0,
					active: true,
					missed_sessions: 0,
				},
			);
			CandidateCount::<T>::mutate(|n| *n = n.saturating_add(1));
			Self::deposit_event(Event::Bonded { who: who.clone(), amount });
			Ok(())
		}

		/// Writes `candidate` back, or removes it when nothing is held for it any more.
		fn store_or_remove(who: &T::AccountId, candidate: Candidate<BalanceOf<T>>) {
			if candidate.total().is_zero() {
				Candidates::<T>::remove(who);
				CandidateCount::<T>::mutate(|n| *n = n.saturating_sub(1));
			} else {
				Candidates::<T>::insert(who, candidate);
			}
		}

		/// The set the candidates make now: active, with at least `MinValidatorStake` bonded and
		/// session keys; by bonded stake, then account; at most `MaxValidators`.
		pub fn select() -> ValidatorSetOf<T> {
			let mut eligible: Vec<(T::AccountId, BalanceOf<T>)> = Candidates::<T>::iter()
				.filter(|(who, c)| {
					c.active && c.bonded >= T::MinValidatorStake::get() && T::SessionKeys::keys_registered(who)
				})
				.map(|(who, c)| (who, c.bonded))
				.collect();
			eligible.sort_by(|(a, stake_a), (b, stake_b)| stake_b.cmp(stake_a).then_with(|| a.cmp(b)));
			let mut set: Vec<T::AccountId> = eligible.into_iter().map(|(who, _)| who).collect();
			set.truncate(T::MaxValidators::get() as usize);
			set.sort();
			BoundedVec::truncate_from(set)
		}

		/// Records a fault of `validator` in `session`: the slash (`fraction` of its stake now)
		/// is scheduled `SlashDeferDuration` sessions ahead and the candidacy deactivated.
		pub fn report(validator: &T::AccountId, offence: Offence, fraction: Perbill, session: SessionIndex) {
			let Some(mut candidate) = Candidates::<T>::get(validator) else { return };
			let amount = fraction.mul_floor(candidate.total());
			candidate.active = false;
			candidate.missed_sessions = 0;
			Candidates::<T>::insert(validator, candidate);
			let apply_at = CurrentSession::<T>::get().saturating_add(T::SlashDeferDuration::get());
			let slash = PendingSlash { validator: validator.clone(), amount, offence, session };
			let deferred = PendingSlashes::<T>::mutate(apply_at, |slashes| slashes.try_push(slash.clone()).is_ok());
			if !deferred {
				// More faults than one session can hold: the slash is not lost, it applies now.
				log::warn!(target: "runtime::validators", "pending slashes of session {apply_at} full; slashing now");
				Self::apply(&slash);
				return;
			}
			Self::deposit_event(Event::SlashReported {
				validator: validator.clone(),
				offence,
				session,
				amount,
				apply_at,
			});
		}

		/// Takes a pending slash from the validator's stake (bonded first, then unbonding) to
		/// `OnSlash`.
		fn apply(slash: &PendingSlash<T::AccountId, BalanceOf<T>>) {
			let Some(mut candidate) = Candidates::<T>::get(&slash.validator) else { return };
			let (credit, _) = <T::Currency as HoldBalanced<T::AccountId>>::slash(
				&HoldReason::ValidatorStake.into(),
				&slash.validator,
				slash.amount.min(candidate.total()),
			);
			let taken = credit.peek();
			let from_bonded = taken.min(candidate.bonded);
			candidate.bonded = candidate.bonded.saturating_sub(from_bonded);
			candidate.unbonding = candidate.unbonding.saturating_sub(taken.saturating_sub(from_bonded));
			if candidate.bonded < T::MinValidatorStake::get() {
				candidate.active = false;
			}
			Self::store_or_remove(&slash.validator, candidate);
			T::OnSlash::on_unbalanced(credit);
			Self::deposit_event(Event::Slashed { validator: slash.validator.clone(), offence: slash.offence, amount: taken });
		}

		/// Liveness at the end of `session`: every validator of the session that authored no
		/// block missed it; `MaxMissedSessions` misses in a row are an `Offline` fault.
		fn check_liveness(session: SessionIndex) {
			for validator in Validators::<T>::get() {
				let authored = AuthoredBlocks::<T>::take(&validator);
				let Some(mut candidate) = Candidates::<T>::get(&validator) else { continue };
				if authored > 0 {
					candidate.missed_sessions = 0;
					Candidates::<T>::insert(&validator, candidate);
					continue;
				}
				candidate.missed_sessions = candidate.missed_sessions.saturating_add(1);
				let offline = candidate.missed_sessions >= T::MaxMissedSessions::get();
				Candidates::<T>::insert(&validator, candidate);
				if offline {
					Self::report(&validator, Offence::Offline, T::OfflineSlash::get(), session);
				}
			}
		}

		/// Checks the pallet's invariants:
		/// - `CandidateCount` is the number of candidates, at most `MaxCandidates`;
		/// - each candidate's bonded + unbonding stake is exactly what is held for it;
		/// - an active candidate has stake bonded;
		/// - the current and planned sets are sorted, without duplicates.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let mut count = 0u32;
			for (who, candidate) in Candidates::<T>::iter() {
				count = count.saturating_add(1);
				let held = T::Currency::balance_on_hold(&HoldReason::ValidatorStake.into(), &who);
				ensure!(held == candidate.total(), "held stake differs from the candidate's record");
				ensure!(!candidate.active || !candidate.bonded.is_zero(), "an active candidate without bonded stake");
			}
			ensure!(count == CandidateCount::<T>::get(), "CandidateCount is wrong");
			ensure!(count <= T::MaxCandidates::get(), "more candidates than MaxCandidates");
			for set in [Validators::<T>::get(), Planned::<T>::get()] {
				ensure!(set.windows(2).all(|w| w[0] < w[1]), "a validator set is not sorted or has duplicates");
			}
			Ok(())
		}
	}

	impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
		fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
			let set = Self::select();
			if set.len() < T::MinValidators::get() as usize {
				log::warn!(target: "runtime::validators", "only {} eligible validators: keeping the set", set.len());
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
			for slash in PendingSlashes::<T>::take(start_index) {
				Self::apply(&slash);
			}
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

	/// Offences reported through `pallet-offences` (GRANDPA equivocation).
	impl<T: Config, Reporter, FullIdentification> OnOffenceHandler<Reporter, (T::AccountId, FullIdentification), Weight>
		for Pallet<T>
	{
		fn on_offence(
			offenders: &[OffenceDetails<Reporter, (T::AccountId, FullIdentification)>],
			_slash_fraction: &[Perbill],
			session: SessionIndex,
		) -> Weight {
			for details in offenders {
				Self::report(&details.offender.0, Offence::Equivocation, T::EquivocationSlash::get(), session);
			}
			let n = offenders.len() as u64;
			T::DbWeight::get().reads_writes(n.saturating_mul(2), n.saturating_mul(2))
		}
	}
}
