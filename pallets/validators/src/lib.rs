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
//!   `UpToLimitDisablingStrategy`: `(n - 1) / 3` of a set of `n`, fewer than a third, so
//!   disabling alone can never stop block production or finality). `pallet-session` re-enables
//!   everyone at each rotation; an equivocator of the previous session that still serves (it was
//!   planned before the report) is disabled again. Liveness faults do not disable (they are found
//!   as the session ends). Aura rejects blocks of disabled authors; GRANDPA (in this SDK version)
//!   only gets an `OnDisabled` digest, which its client ignores: a disabled validator's votes
//!   still count until it leaves the set.
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
mod impls;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use types::{Candidate, Offence, PendingSlash, SlashRecord, ValidatorSets};
pub use weights::WeightInfo;

/// Whether an account has registered session keys (for the next session). The runtime's
/// `pallet_session::Pallet` answers it for its own validators.
pub trait KeysRegistered<AccountId> {
	/// True if `who` has session keys.
	fn keys_registered(who: &AccountId) -> bool;
}

/// Disables an offending validator for the rest of the current session. The runtime's
/// `pallet_session::Pallet` does it through its `DisablingStrategy` (which may decline: the
/// offender is not in the current set, or the limit of disabled validators is reached).
pub trait DisableValidator<AccountId> {
	/// Asks to disable `who` for an offence of `severity` (the slash fraction).
	fn disable(who: &AccountId, severity: sp_runtime::Perbill);
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
	use infera_primitives::Page;
	use sp_runtime::{
		traits::{Saturating, Zero},
		Perbill,
	};
	use sp_staking::SessionIndex;

	/// Balance of the currency that validators bond.
	pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// Funds taken by a slash.
	pub type CreditOf<T> = Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;
	/// A validator set.
	pub type ValidatorSetOf<T> = BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxValidators>;
	/// The accounts with bonded stake.
	pub type CandidateListOf<T> = BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxCandidates>;
	/// The slashes not applied yet, by the session at whose start they apply (what the
	/// `pending_slashes` view function returns).
	pub type DueSlashesOf<T> =
		Vec<(SessionIndex, Vec<PendingSlash<<T as frame_system::Config>::AccountId, BalanceOf<T>>>)>;
	/// The slashes due at one session.
	pub type PendingSlashesOf<T> = BoundedVec<
		PendingSlash<<T as frame_system::Config>::AccountId, BalanceOf<T>>,
		<T as Config>::MaxPendingSlashes,
	>;

	/// The storage version: 1 identifies slashes by (validator, offence, session)
	/// ([`SlashRecords`]), lists bonded candidates in [`CandidateList`] (replacing the count) and
	/// counts removals per session. No migration: there is no live chain with version 0 state.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
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
		/// Disables an equivocating validator in the current session (`pallet_session::Pallet`
		/// with a bounded `DisablingStrategy`; `()` disables nobody).
		type Disabler: DisableValidator<Self::AccountId>;
		/// Who may cancel a slash before it is applied.
		type CancelOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Least stake of a candidate.
		#[pallet::constant]
		type MinValidatorStake: Get<BalanceOf<Self>>;
		/// Most validators in a session.
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// The floor of the set against faults: a fault does not deactivate an offender if fewer
		/// than this many eligible candidates would remain (it is slashed and stays). Voluntary
		/// leaves may go below it, and a genesis set may be smaller.
		#[pallet::constant]
		type MinValidators: Get<u32>;
		/// Share of the current set that faults may deactivate in one session (rounded down;
		/// below a third). Offenders beyond it are slashed and stay.
		#[pallet::constant]
		type MaxRemovedPerSession: Get<Perbill>;
		/// Most candidates with bonded stake (leaving ones are not counted); a larger bond
		/// displaces the smallest candidate outside the current and planned sets.
		#[pallet::constant]
		type MaxCandidates: Get<u32>;
		/// Sessions that unbonding stake stays held (and slashable); also how old an offence
		/// may be when reported.
		#[pallet::constant]
		type BondingDuration: Get<SessionIndex>;
		/// Sessions between the report of a fault and its slash (the window to cancel it).
		#[pallet::constant]
		type SlashDeferDuration: Get<SessionIndex>;
		/// Least share of its stake a validator loses for a GRANDPA equivocation (more when
		/// `pallet-offences` reports a higher fraction for concurrent offenders).
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

	/// Bonded and leaving accounts: their stake and standing.
	#[pallet::storage]
	pub type Candidates<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Candidate<BalanceOf<T>>>;

	/// The candidates with bonded stake (not leaving), sorted by account: the accounts the set is
	/// chosen from. At most `MaxCandidates`.
	#[pallet::storage]
	pub type CandidateList<T: Config> = StorageValue<_, CandidateListOf<T>, ValueQuery>;

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

	/// The slash of each (validator, offence kind) by the session in which the offence happened:
	/// at most one. Kept `BondingDuration + SlashDeferDuration` sessions (at most
	/// `2 × MaxValidators` per session: offenders are validators of that session), so that a
	/// repeated report is recognised for as long as reports are accepted.
	#[pallet::storage]
	pub type SlashRecords<T: Config> =
		StorageDoubleMap<_, Twox64Concat, SessionIndex, Blake2_128Concat, (T::AccountId, Offence), SlashRecord>;

	/// Candidates that faults deactivated in the current session (capped by
	/// `MaxRemovedPerSession`).
	#[pallet::storage]
	pub type RemovedThisSession<T: Config> = StorageValue<_, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators and their bonds (their session keys go into `pallet-session`'s
		/// genesis). May be fewer than `MinValidators` (a dev chain with one validator).
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
		/// `who` left (or was displaced): `amount` unbonds until session `until`.
		Unbonding { who: T::AccountId, amount: BalanceOf<T>, until: SessionIndex },
		/// The candidacy of `who` (bonded `stake`) gave way to the larger bond of `by`; its stake
		/// unbonds (see the `Unbonding` event before this one).
		Displaced { who: T::AccountId, stake: BalanceOf<T>, by: T::AccountId },
		/// `who` withdrew `amount` of unbonded stake.
		Withdrawn { who: T::AccountId, amount: BalanceOf<T> },
		/// `who`, deactivated by a fault, is a candidate again.
		Rejoined { who: T::AccountId },
		/// The set of session `session` was chosen.
		SetPlanned { session: SessionIndex, validators: ValidatorSetOf<T> },
		/// `validator` committed `offence` in session `session`: it loses `amount` at the start of
		/// session `apply_at` unless the slash is cancelled. `deactivated`: the fault took it out
		/// of the candidates (false when the floor or the per-session cap kept it, or it was not
		/// active).
		SlashReported {
			validator: T::AccountId,
			offence: Offence,
			session: SessionIndex,
			amount: BalanceOf<T>,
			apply_at: SessionIndex,
			deactivated: bool,
		},
		/// A later report of the same offence in the same session had a higher fraction: the
		/// pending slash of `validator` is now `amount` (not added to).
		SlashRaised { validator: T::AccountId, offence: Offence, session: SessionIndex, amount: BalanceOf<T> },
		/// Governance cancelled the slash of `validator` for `offence` in session `session`.
		SlashCancelled { validator: T::AccountId, offence: Offence, session: SessionIndex, amount: BalanceOf<T> },
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
		/// `MaxCandidates` accounts are bonded and the stake is not larger than that of the
		/// smallest candidate outside the current and planned sets (or there is none).
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
			assert!(
				T::MinValidators::get() >= 1 && T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators must be in 1..=MaxValidators"
			);
			assert!(
				T::MaxRemovedPerSession::get() < Perbill::from_rational(1u32, 3u32),
				"faults must deactivate less than a third of the set per session"
			);
			assert!(T::MaxValidators::get() <= T::MaxCandidates::get(), "a set cannot exceed the candidates");
			assert!(
				T::MaxPendingSlashes::get() >= T::MaxValidators::get(),
				"one session's offenders (a whole set) must fit in the pending slashes"
			);
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
		/// - `amount`: at least `MinValidatorStake`; held until withdrawn. When `MaxCandidates`
		///   are bonded it must exceed the stake of the smallest candidate in neither the current
		///   nor the planned set, which it displaces (that stake unbonds).
		///
		/// The candidate enters the set at a session rotation once it has session keys
		/// (`session.set_keys`) and enough stake to rank among the `MaxValidators`.
		/// Emits `Bonded` (and `Unbonding`, `Displaced` for a displaced candidate).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(origin: OriginFor<T>, #[pallet::compact] amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!Candidates::<T>::contains_key(&who), Error::<T>::AlreadyCandidate);
			ensure!(amount >= T::MinValidatorStake::get(), Error::<T>::BelowMinimum);
			if CandidateList::<T>::decode_len().unwrap_or(0) >= T::MaxCandidates::get() as usize {
				let (victim, stake) = Self::smallest_displaceable().ok_or(Error::<T>::TooManyCandidates)?;
				ensure!(amount > stake, Error::<T>::TooManyCandidates);
				Self::do_unbond(&victim)?;
				Self::deposit_event(Event::Displaced { who: victim, stake, by: who.clone() });
			}
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
			Self::do_unbond(&who)
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
		/// - `validator`, `offence`, `session`: the slash, as in its `SlashReported` event (the
		///   offender, the kind of fault and the session in which it happened). The identity
		///   does not change when other slashes are cancelled.
		///
		/// The validator keeps its stake; its candidacy stays as the fault left it (rejoin if
		/// deactivated). Later reports of the same offence in that session are ignored.
		/// Emits `SlashCancelled`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::cancel_slash(T::MaxPendingSlashes::get()))]
		pub fn cancel_slash(
			origin: OriginFor<T>,
			validator: T::AccountId,
			offence: Offence,
			session: SessionIndex,
		) -> DispatchResult {
			T::CancelOrigin::ensure_origin(origin)?;
			let record =
				SlashRecords::<T>::get(session, (&validator, offence)).ok_or(Error::<T>::NoSuchSlash)?;
			let slash = PendingSlashes::<T>::try_mutate(record.apply_at, |slashes| {
				let i = slashes
					.iter()
					.position(|s| s.validator == validator && s.offence == offence && s.session == session)
					.ok_or(Error::<T>::NoSuchSlash)?;
				Ok::<_, Error<T>>(slashes.remove(i))
			})?;
			Self::deposit_event(Event::SlashCancelled { validator, offence, session, amount: slash.amount });
			Ok(())
		}
	}
	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The candidate record of `who` (bonded or unbonding stake and standing), if any.
		pub fn candidate(who: T::AccountId) -> Option<Candidate<BalanceOf<T>>> {
			Candidates::<T>::get(who)
		}

		/// One page of the candidate records (bonded and leaving accounts), in storage order,
		/// starting after `start_after` (`None`: from the first), at most `limit` of them (see
		/// [`Page`] for how to read on).
		pub fn candidates(start_after: Option<T::AccountId>, limit: u32) -> Page<T::AccountId, Candidate<BalanceOf<T>>> {
			Page::of_map::<Candidates<T>>(start_after, limit, |_| true)
		}

		/// The current session, its validators and the validators planned for the next one.
		pub fn validator_sets() -> ValidatorSets<T::AccountId> {
			ValidatorSets {
				session: CurrentSession::<T>::get(),
				current: Validators::<T>::get().into_inner(),
				planned: Planned::<T>::get().into_inner(),
			}
		}

		/// The slashes not applied yet (governance may still cancel them), by the session at
		/// whose start each applies, earliest first.
		pub fn pending_slashes() -> DueSlashesOf<T> {
			let mut due: Vec<_> = PendingSlashes::<T>::iter().map(|(at, slashes)| (at, slashes.into_inner())).collect();
			due.sort_by_key(|(at, _)| *at);
			due
		}
	}


	impl<T: Config> Pallet<T> {
		/// Holds `amount` from `who` as a new candidate's stake and lists it.
		pub(crate) fn do_bond(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
			let mut list = CandidateList::<T>::get();
			let position = list.binary_search(who).err().ok_or(Error::<T>::AlreadyCandidate)?;
			list.try_insert(position, who.clone()).map_err(|_| Error::<T>::TooManyCandidates)?;
			T::Currency::hold(&HoldReason::ValidatorStake.into(), who, amount)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			CandidateList::<T>::put(list);
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
			Self::deposit_event(Event::Bonded { who: who.clone(), amount });
			Ok(())
		}

		/// Starts unbonding all bonded stake of `who` (leaving or displaced): it is unlisted and
		/// inactive.
		fn do_unbond(who: &T::AccountId) -> DispatchResult {
			let mut candidate = Candidates::<T>::get(who).ok_or(Error::<T>::NotCandidate)?;
			ensure!(!candidate.bonded.is_zero(), Error::<T>::Leaving);
			let amount = candidate.bonded;
			let until = CurrentSession::<T>::get().saturating_add(T::BondingDuration::get());
			candidate.unbonding = candidate.unbonding.saturating_add(amount);
			candidate.bonded = Zero::zero();
			candidate.unbonding_until = until;
			candidate.active = false;
			Candidates::<T>::insert(who, candidate);
			Self::unlist(who);
			Self::deposit_event(Event::Unbonding { who: who.clone(), amount, until });
			Ok(())
		}

		/// Takes `who` off `CandidateList`.
		fn unlist(who: &T::AccountId) {
			CandidateList::<T>::mutate(|list| {
				if let Ok(i) = list.binary_search(who) {
					list.remove(i);
				}
			});
		}

		/// Writes `candidate` back, or removes it when nothing is held for it any more.
		fn store_or_remove(who: &T::AccountId, candidate: Candidate<BalanceOf<T>>) {
			if candidate.total().is_zero() {
				Candidates::<T>::remove(who);
			} else {
				Candidates::<T>::insert(who, candidate);
			}
		}

		/// The listed candidate that a larger bond displaces: the smallest bonded stake (ties:
		/// the account that ranks last, the larger) among those in neither the current nor the
		/// planned set.
		pub fn smallest_displaceable() -> Option<(T::AccountId, BalanceOf<T>)> {
			let current = Validators::<T>::get();
			let planned = Planned::<T>::get();
			CandidateList::<T>::get()
				.into_iter()
				.filter(|who| !current.contains(who) && !planned.contains(who))
				.filter_map(|who| Candidates::<T>::get(&who).map(|c| (who, c.bonded)))
				.min_by(|(a, stake_a), (b, stake_b)| stake_a.cmp(stake_b).then_with(|| b.cmp(a)))
		}

		/// Whether `who` (with record `c`) could be chosen: active, at least `MinValidatorStake`
		/// bonded, session keys.
		fn eligible(who: &T::AccountId, c: &Candidate<BalanceOf<T>>) -> bool {
			c.active && c.bonded >= T::MinValidatorStake::get() && T::SessionKeys::keys_registered(who)
		}

		/// The set the candidates make now: active, with at least `MinValidatorStake` bonded and
		/// session keys; by bonded stake, then account; at most `MaxValidators`.
		pub fn select() -> ValidatorSetOf<T> {
			let mut eligible: Vec<(T::AccountId, BalanceOf<T>)> = CandidateList::<T>::get()
				.into_iter()
				.filter_map(|who| Candidates::<T>::get(&who).map(|c| (who, c)))
				.filter(|(who, c)| Self::eligible(who, c))
				.map(|(who, c)| (who, c.bonded))
				.collect();
			eligible.sort_by(|(a, stake_a), (b, stake_b)| stake_b.cmp(stake_a).then_with(|| a.cmp(b)));
			let mut set: Vec<T::AccountId> = eligible.into_iter().map(|(who, _)| who).collect();
			set.truncate(T::MaxValidators::get() as usize);
			set.sort();
			BoundedVec::truncate_from(set)
		}

		/// The next set: [`Self::select`], topped up to `MinValidators` (if it falls short) with
		/// validators of the current set that are still active and bonded, with keys, but were
		/// slashed below `MinValidatorStake` (so faults cannot shrink the set below the floor
		/// that way either), largest stake first.
		pub(crate) fn plan() -> ValidatorSetOf<T> {
			let mut set = Self::select();
			let floor = T::MinValidators::get() as usize;
			if set.len() < floor {
				let mut kept: Vec<(T::AccountId, BalanceOf<T>)> = Validators::<T>::get()
					.into_iter()
					.filter(|who| !set.contains(who))
					.filter_map(|who| Candidates::<T>::get(&who).map(|c| (who, c)))
					.filter(|(who, c)| c.active && !c.bonded.is_zero() && T::SessionKeys::keys_registered(who))
					.map(|(who, c)| (who, c.bonded))
					.collect();
				kept.sort_by(|(a, stake_a), (b, stake_b)| stake_b.cmp(stake_a).then_with(|| a.cmp(b)));
				let mut all = set.into_inner();
				all.extend(kept.into_iter().map(|(who, _)| who).take(floor.saturating_sub(all.len())));
				all.sort();
				set = BoundedVec::truncate_from(all);
			}
			set
		}

		/// Most deactivations by faults in this session: `MaxRemovedPerSession` of the current
		/// set, rounded down.
		pub fn removal_cap() -> u32 {
			let set = Validators::<T>::decode_len().unwrap_or(0);
			T::MaxRemovedPerSession::get().mul_floor(u32::try_from(set).unwrap_or(u32::MAX))
		}

		/// Whether a fault may deactivate `who`: the cap of this session is not reached, and the
		/// eligible candidates without it still make a set of `MinValidators`.
		fn may_deactivate(who: &T::AccountId) -> bool {
			if RemovedThisSession::<T>::get() >= Self::removal_cap() {
				return false;
			}
			let others = CandidateList::<T>::get()
				.into_iter()
				.filter(|other| other != who)
				.filter(|other| Candidates::<T>::get(other).is_some_and(|c| Self::eligible(other, &c)))
				.count();
			others.min(T::MaxValidators::get() as usize) >= T::MinValidators::get() as usize
		}

		/// Records a fault of `validator` in `session`, at most one slash per validator, offence
		/// kind and session:
		/// - a first report schedules a slash of `fraction` of its stake now, `SlashDeferDuration`
		///   sessions ahead, and deactivates the candidacy if `may_deactivate` allows; an
		///   equivocation of this or the previous session also asks `Disabler` to disable it;
		/// - a repeated report only raises a still pending slash to a higher `fraction`;
		/// - a report of an offence `BondingDuration` or more sessions old is ignored.
		pub fn report(validator: &T::AccountId, offence: Offence, fraction: Perbill, session: SessionIndex) {
			let current = CurrentSession::<T>::get();
			if session.saturating_add(T::BondingDuration::get()) <= current {
				log::warn!(target: "runtime::validators", "offence of session {session} is too old; ignored");
				return;
			}
			let Some(mut candidate) = Candidates::<T>::get(validator) else { return };
			let key = (validator.clone(), offence);
			if let Some(mut record) = SlashRecords::<T>::get(session, &key) {
				if fraction > record.fraction {
					record.fraction = fraction;
					SlashRecords::<T>::insert(session, &key, record.clone());
					Self::raise(validator, offence, session, record.apply_at, fraction.mul_floor(candidate.total()));
				}
				return;
			}
			let amount = fraction.mul_floor(candidate.total());
			let apply_at = current.saturating_add(T::SlashDeferDuration::get());
			SlashRecords::<T>::insert(session, &key, SlashRecord { fraction, apply_at });

			let deactivated = candidate.active && Self::may_deactivate(validator);
			if deactivated {
				candidate.active = false;
				RemovedThisSession::<T>::mutate(|n| *n = n.saturating_add(1));
			}
			candidate.missed_sessions = 0;
			Candidates::<T>::insert(validator, candidate);
			if offence == Offence::Equivocation && session.saturating_add(1) >= current {
				T::Disabler::disable(validator, fraction);
			}

			let slash = PendingSlash { validator: validator.clone(), amount, offence, session };
			let deferred = PendingSlashes::<T>::mutate(apply_at, |slashes| slashes.try_push(slash.clone()).is_ok());
			Self::deposit_event(Event::SlashReported {
				validator: validator.clone(),
				offence,
				session,
				amount,
				apply_at,
				deactivated,
			});
			if !deferred {
				// More faults than one session can hold: the slash is not lost, it applies now.
				log::warn!(target: "runtime::validators", "pending slashes of session {apply_at} full; slashing now");
				Self::apply(&slash);
			}
		}

		/// Raises the pending slash (`validator`, `offence`, `session`) due at `apply_at` to
		/// `amount` if that is more; an applied or cancelled slash stays as it was.
		fn raise(
			validator: &T::AccountId,
			offence: Offence,
			session: SessionIndex,
			apply_at: SessionIndex,
			amount: BalanceOf<T>,
		) {
			let raised = PendingSlashes::<T>::mutate(apply_at, |slashes| {
				let slash = slashes
					.iter_mut()
					.find(|s| &s.validator == validator && s.offence == offence && s.session == session)?;
				if amount <= slash.amount {
					return None;
				}
				slash.amount = amount;
				Some(amount)
			});
			if let Some(amount) = raised {
				Self::deposit_event(Event::SlashRaised { validator: validator.clone(), offence, session, amount });
			}
		}

		/// Takes a pending slash from the validator's stake (bonded first, then unbonding) to
		/// `OnSlash`. A candidate left with no bonded stake is unlisted and inactive.
		pub(crate) fn apply(slash: &PendingSlash<T::AccountId, BalanceOf<T>>) {
			let Some(mut candidate) = Candidates::<T>::get(&slash.validator) else { return };
			let (credit, _) = <T::Currency as HoldBalanced<T::AccountId>>::slash(
				&HoldReason::ValidatorStake.into(),
				&slash.validator,
				slash.amount.min(candidate.total()),
			);
			let taken = credit.peek();
			let from_bonded = taken.min(candidate.bonded);
			let was_bonded = !candidate.bonded.is_zero();
			candidate.bonded = candidate.bonded.saturating_sub(from_bonded);
			candidate.unbonding = candidate.unbonding.saturating_sub(taken.saturating_sub(from_bonded));
			if was_bonded && candidate.bonded.is_zero() {
				candidate.active = false;
				Self::unlist(&slash.validator);
			}
			Self::store_or_remove(&slash.validator, candidate);
			T::OnSlash::on_unbalanced(credit);
			Self::deposit_event(Event::Slashed { validator: slash.validator.clone(), offence: slash.offence, amount: taken });
		}

		/// Liveness at the end of `session`: every validator of the session that authored no
		/// block missed it; `MaxMissedSessions` misses in a row are an `Offline` fault.
		pub(crate) fn check_liveness(session: SessionIndex) {
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

		/// `pallet-session` re-enables everyone at each rotation (the set always counts as
		/// changed): validators of the new session `start_index` that equivocated in the
		/// previous one (planned before their report, so still serving) are disabled again.
		pub(crate) fn disable_recent_equivocators(start_index: SessionIndex) {
			let Some(previous) = start_index.checked_sub(1) else { return };
			for validator in Validators::<T>::get() {
				if let Some(record) = SlashRecords::<T>::get(previous, (&validator, Offence::Equivocation)) {
					T::Disabler::disable(&validator, record.fraction);
				}
			}
		}

		/// Forgets the slash records of the session that reports can no longer reach and whose
		/// slashes have all been applied: `BondingDuration + SlashDeferDuration` sessions back.
		pub(crate) fn prune_records(start_index: SessionIndex) {
			let horizon = T::BondingDuration::get().saturating_add(T::SlashDeferDuration::get());
			if let Some(old) = start_index.checked_sub(horizon) {
				let limit = T::MaxValidators::get().saturating_mul(2);
				let _ = SlashRecords::<T>::clear_prefix(old, limit, None);
			}
		}

		/// Checks the pallet's invariants:
		/// - `CandidateList` is sorted, without duplicates, and lists exactly the candidates with
		///   bonded stake (so at most `MaxCandidates` of them);
		/// - each candidate's bonded + unbonding stake is exactly what is held for it;
		/// - an active candidate has stake bonded;
		/// - every pending slash has its record (one per validator, offence and session), due at
		///   the session it is stored under;
		/// - faults deactivated at most `MaxRemovedPerSession` of the current set this session;
		/// - the current and planned sets are sorted, without duplicates.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let list = CandidateList::<T>::get();
			ensure!(list.windows(2).all(|w| matches!(w, [a, b] if a < b)), "CandidateList is not sorted or has duplicates");
			let mut bonded = 0usize;
			for (who, candidate) in Candidates::<T>::iter() {
				let held = T::Currency::balance_on_hold(&HoldReason::ValidatorStake.into(), &who);
				ensure!(held == candidate.total(), "held stake differs from the candidate's record");
				ensure!(!candidate.active || !candidate.bonded.is_zero(), "an active candidate without bonded stake");
				ensure!(
					candidate.bonded.is_zero() != list.binary_search(&who).is_ok(),
					"CandidateList differs from the candidates with bonded stake"
				);
				if !candidate.bonded.is_zero() {
					bonded = bonded.saturating_add(1);
				}
			}
			ensure!(bonded == list.len(), "CandidateList lists an account without a record");
			for (apply_at, slashes) in PendingSlashes::<T>::iter() {
				for (i, slash) in slashes.iter().enumerate() {
					let record = SlashRecords::<T>::get(slash.session, (&slash.validator, slash.offence));
					ensure!(record.is_some_and(|r| r.apply_at == apply_at), "a pending slash without its record");
					ensure!(
						!slashes.iter().skip(i.saturating_add(1)).any(|other| other.validator == slash.validator
							&& other.offence == slash.offence
							&& other.session == slash.session),
						"two pending slashes for one offence"
					);
				}
			}
			ensure!(RemovedThisSession::<T>::get() <= Self::removal_cap(), "more removals than MaxRemovedPerSession");
			for set in [Validators::<T>::get(), Planned::<T>::get()] {
				ensure!(set.windows(2).all(|w| matches!(w, [a, b] if a < b)), "a validator set is not sorted or has duplicates");
			}
			Ok(())
		}
	}
}
