//! The staked validator set: `pallet-session` rotates Aura and GRANDPA authorities chosen by
//! `pallet-validators`; `pallet-authorship` counts authored blocks (liveness); GRANDPA
//! equivocation reports go through `pallet-offences` (with `pallet-session`'s historical
//! proofs of key ownership) to `pallet-validators`, which slashes (once per offender, offence kind
//! and session) and disables the offender through `pallet-session` (Aura then refuses its
//! blocks; see `DisablingStrategy` for the limit).

use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU128, ConstU32, ConstU64},
};
use sp_runtime::{
	traits::{Convert, ConvertInto, OpaqueKeys},
	Perbill,
};

use super::{governance::RootOrCouncilMajority, marketplace::TreasuryAccount};
use crate::{
	AccountId, Aura, Balance, Balances, BlockNumber, Runtime, RuntimeEvent, RuntimeHoldReason, Session, SessionKeys,
	Validators, UNIT,
};

/// Blocks per session: validator sets change, and liveness is judged, at session boundaries.
#[cfg(not(feature = "fast-runtime"))]
pub const SESSION_PERIOD: BlockNumber = crate::HOURS;
/// Blocks per session with `fast-runtime` (20 s at 2 s blocks), so that tests see rotations.
#[cfg(feature = "fast-runtime")]
pub const SESSION_PERIOD: BlockNumber = 10;

parameter_types! {
	pub const SessionPeriod: BlockNumber = SESSION_PERIOD;
	pub const SessionOffset: BlockNumber = 0;
	/// Least stake of a validator candidate: ten thousand INFR.
	pub const MinValidatorStake: Balance = 10_000 * UNIT;
	/// A GRANDPA equivocation costs a tenth of the validator's stake.
	pub const EquivocationSlash: Perbill = Perbill::from_percent(10);
	/// Being offline costs a hundredth.
	pub const OfflineSlash: Perbill = Perbill::from_percent(1);
	/// Faults deactivate at most 30% of the set (rounded down) per session: one of four, none of
	/// three, nine of 32. Below a third, so that no session's faults hand an attacker the third
	/// of a set that GRANDPA tolerates.
	pub const MaxRemovedPerSession: Perbill = Perbill::from_percent(30);
}

/// Session boundaries every `SESSION_PERIOD` blocks.
pub type Sessions = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Sessions;
	type NextSessionRotation = Sessions;
	/// `pallet-validators` chooses the sets; the historical pallet remembers them for proofs.
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Runtime, Validators>;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	/// An offender (`pallet-validators` reports equivocations) is disabled at once, for the rest
	/// of the session, while fewer than a third of the set is: `(n - 1) / 3` validators (none in
	/// sets of one to three, one of four). Disabled Aura authors' blocks are refused, so at most
	/// that share of slots stays empty; GRANDPA (sc-consensus-grandpa 0.45) ignores the
	/// `OnDisabled` digest and still counts their votes: disabling cannot halt finality.
	type DisablingStrategy = pallet_session::disabling::UpToLimitDisablingStrategy;
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	/// Setting keys costs no deposit: only bonded candidates are ever selected.
	type KeyDeposit = ConstU128<0>;
}

/// A validator's full identification for offence reports: the account alone (slashes are a
/// fraction of its own stake, there are no nominators).
pub struct IdentifyValidator;
impl Convert<AccountId, Option<()>> for IdentifyValidator {
	fn convert(_: AccountId) -> Option<()> {
		Some(())
	}
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = IdentifyValidator;
}

impl pallet_authorship::Config for Runtime {
	/// The author of a block is the account behind its Aura key in the current session.
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	/// Authored blocks count towards liveness.
	type EventHandler = Validators;
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = Validators;
}

impl pallet_validators::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Slashed stake goes to the treasury.
	type OnSlash = ResolveTo<TreasuryAccount, Balances>;
	type SessionKeys = Session;
	/// Equivocators are disabled through `pallet-session`'s `DisablingStrategy`.
	type Disabler = Session;
	/// Root or a council majority may cancel a slash before it applies.
	type CancelOrigin = RootOrCouncilMajority;
	type MinValidatorStake = MinValidatorStake;
	type MaxValidators = ConstU32<{ super::MAX_AUTHORITIES }>;
	/// The floor against faults: an offender is only deactivated if at least three eligible
	/// candidates remain (the `local` chain has four). It does not stop voluntary leaves nor a
	/// smaller genesis set: the `development` chain runs on one validator.
	type MinValidators = ConstU32<3>;
	type MaxRemovedPerSession = MaxRemovedPerSession;
	/// Bonded candidates; a larger bond displaces the smallest one outside the sets.
	type MaxCandidates = ConstU32<128>;
	/// Unbonding stake stays slashable for 28 sessions (and offences are reported up to 28
	/// sessions late; GRANDPA keeps the set-id to session map as long).
	type BondingDuration = ConstU32<28>;
	/// Governance has 2 sessions to cancel a slash.
	type SlashDeferDuration = ConstU32<2>;
	type EquivocationSlash = EquivocationSlash;
	type OfflineSlash = OfflineSlash;
	/// Two sessions in the set without a block make a validator offline.
	type MaxMissedSessions = ConstU32<2>;
	type MaxPendingSlashes = ConstU32<64>;
	type WeightInfo = pallet_validators::weights::SubstrateWeight<Runtime>;
}

/// GRANDPA equivocation reports stay valid for a session's worth of blocks.
pub type ReportLongevity = ConstU64<{ SESSION_PERIOD as u64 }>;
