//! Stored types of the validators pallet.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{traits::Saturating, Perbill};
use sp_staking::SessionIndex;

/// A validator candidate's stake and standing.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Candidate<Balance> {
	/// Stake held with `HoldReason::ValidatorStake` that backs the candidacy.
	pub bonded: Balance,
	/// Stake on its way out (also held, and slashable until withdrawn).
	pub unbonding: Balance,
	/// First session at which `unbonding` can be withdrawn.
	pub unbonding_until: SessionIndex,
	/// Whether the candidate is considered for the validator set. Leaving or a fault clears it.
	pub active: bool,
	/// Sessions in a row in which the candidate was a validator and authored no block.
	pub missed_sessions: u32,
}

impl<Balance: Copy + Saturating> Candidate<Balance> {
	/// Everything held for the candidate: what a slash can take (saturating; the hold itself
	/// cannot exceed the balance type).
	pub fn total(&self) -> Balance {
		self.bonded.saturating_add(self.unbonding)
	}
}

/// Why a validator was slashed.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub enum Offence {
	/// Voted for two different blocks in one GRANDPA round (reported through `pallet-offences`).
	Equivocation,
	/// Authored no block for `MaxMissedSessions` sessions in a row while in the set.
	Offline,
}

/// The one slash of a validator for one kind of offence committed in one session (pallet-staking's
/// "one slash per span", with a session as the span): later reports of the same offence kind in
/// the same session only raise a pending slash to a higher fraction, never add another.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct SlashRecord {
	/// The highest fraction of the stake reported so far.
	pub fraction: Perbill,
	/// The session at whose start the slash applies (the key of `PendingSlashes`).
	pub apply_at: SessionIndex,
}

/// A slash decided but not applied yet: governance may cancel it until it is applied. It is
/// identified by (`validator`, `offence`, `session`).
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct PendingSlash<AccountId, Balance> {
	/// The validator.
	pub validator: AccountId,
	/// The amount, fixed when the fault was reported (fraction of its stake then).
	pub amount: Balance,
	/// The fault.
	pub offence: Offence,
	/// The session in which the fault happened.
	pub session: SessionIndex,
}

/// The current session's validators and those planned for the next session (what the
/// `validator_sets` view function returns).
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct ValidatorSets<AccountId> {
	/// The current session.
	pub session: SessionIndex,
	/// The validators of the current session.
	pub current: Vec<AccountId>,
	/// The validators planned for the next session.
	pub planned: Vec<AccountId>,
}
