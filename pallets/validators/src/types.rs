//! Stored types of the validators pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
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

impl<Balance: Copy + core::ops::Add<Output = Balance>> Candidate<Balance> {
	/// Everything held for the candidate: what a slash can take.
	pub fn total(&self) -> Balance {
		self.bonded + self.unbonding
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

/// A slash decided but not applied yet: governance may cancel it until it is applied.
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
