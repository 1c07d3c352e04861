//! The nonce manager: the nonces of the worker accounts' transactions, reserved in the node's
//! persistent off-chain storage so that overlapping worker runs never reuse one.

use super::{WorkFailure, RESEND_AFTER};
use crate::pallet::*;
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	offchain::storage::StorageValueRef,
	traits::{One, Saturating},
};

/// The next nonce a worker account will use, kept in persistent off-chain storage (see
/// `Pallet::reserve_nonce`).
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct NonceRecord<Nonce, BlockNumber> {
	/// The nonce the next transaction gets.
	pub next: Nonce,
	/// The account's nonce on chain when last seen.
	pub chain: Nonce,
	/// Block at which the chain's nonce was last seen to change.
	pub since: BlockNumber,
}

/// Persistent local storage key of a worker account's [`NonceRecord`].
pub fn nonce_key<AccountId: Encode>(who: &AccountId) -> Vec<u8> {
	(b"infera/jobs/nonce", who).encode()
}

impl<T: Config> Pallet<T> {
	/// The nonce for the next transaction of worker account `who`.
	///
	/// The chain's nonce alone is not enough: the transactions of the previous worker runs may
	/// still wait in the pool (runs overlap, and a run may end after the next block was
	/// authored), and a second transaction with the same nonce would replace one of them or be
	/// refused. So the next nonce is kept in local storage and reserved atomically. If the
	/// chain's nonce has not moved for `RESEND_AFTER` blocks while we are ahead of it, one of our
	/// transactions was dropped and left a gap that blocks the later ones: start again from the
	/// chain's nonce (what is still pending then fails harmlessly or is re-sent).
	pub(super) fn reserve_nonce(who: &T::AccountId, now: BlockNumberFor<T>) -> Result<T::Nonce, WorkFailure> {
		let chain = frame_system::Pallet::<T>::account_nonce(who);
		let resend_after: BlockNumberFor<T> = RESEND_AFTER.into();
		let mut reserved = chain;
		StorageValueRef::persistent(&nonce_key(who))
			.mutate::<NonceRecord<T::Nonce, BlockNumberFor<T>>, (), _>(|stored| {
				let mut record = match stored {
					Ok(Some(record)) => record,
					_ => NonceRecord { next: chain, chain, since: now },
				};
				if record.chain != chain {
					record.chain = chain;
					record.since = now;
				}
				let stalled = now >= record.since.saturating_add(resend_after);
				if record.next < chain || (record.next > chain && stalled) {
					record.next = chain;
					record.since = now;
				}
				reserved = record.next;
				record.next = record.next.saturating_add(One::one());
				Ok(record)
			})
			.map(|_| reserved)
			.map_err(|_| WorkFailure::NotSent)
	}

	/// Gives back `nonce` if it is still the last one reserved for `who` (its transaction was
	/// not sent), so that no gap is left.
	pub(super) fn release_nonce(who: &T::AccountId, nonce: T::Nonce) {
		let _ = StorageValueRef::persistent(&nonce_key(who)).mutate::<NonceRecord<T::Nonce, BlockNumberFor<T>>, (), _>(
			|stored| match stored {
				Ok(Some(mut record)) if record.next == nonce.saturating_add(One::one()) => {
					record.next = nonce;
					Ok(record)
				},
				_ => Err(()),
			},
		);
	}
}
