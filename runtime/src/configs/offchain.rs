//! Transactions created inside the runtime: the off-chain workers of `pallet-jobs` sign their
//! commitments and reveals with providers' worker keys; GRANDPA's equivocation reports are
//! unsigned.

use codec::Encode;
use sp_runtime::{
	generic::Era,
	traits::{SaturatedConversion, Verify},
	MultiAddress,
};

use crate::{
	Nonce, Runtime, RuntimeCall, Signature, SignedPayload, System, TxExtension, UncheckedExtrinsic,
	BLOCK_HASH_COUNT,
};

impl frame_system::offchain::SigningTypes for Runtime {
	type Public = <Signature as Verify>::Signer;
	type Signature = Signature;
}

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> frame_system::offchain::CreateSignedTransaction<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	/// A mortal transaction (valid for about half the block-hash window), no tip, with the same
	/// extensions as any other signed transaction.
	fn create_signed_transaction<
		C: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		public: <Signature as Verify>::Signer,
		account: crate::AccountId,
		nonce: Nonce,
	) -> Option<UncheckedExtrinsic> {
		let period = u64::from(BLOCK_HASH_COUNT).checked_next_power_of_two().map_or(2, |p| p / 2);
		let current_block = System::block_number().saturated_into::<u64>().saturating_sub(1);
		let extension: TxExtension = (
			frame_system::AuthorizeCall::<Runtime>::new(),
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(Era::mortal(period, current_block)),
			frame_system::CheckNonce::<Runtime>::from(nonce),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
			frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
			frame_system::WeightReclaim::<Runtime>::new(),
		);
		let payload = SignedPayload::new(call, extension).ok()?;
		let signature = payload.using_encoded(|bytes| C::sign(bytes, public))?;
		let (call, extension, _) = payload.deconstruct();
		Some(UncheckedExtrinsic::new_signed(call, MultiAddress::Id(account), signature, extension))
	}
}

/// Unsigned transactions created in the runtime: GRANDPA's equivocation reports, which any node
/// submits when it sees a validator vote twice.
impl<LocalCall> frame_system::offchain::CreateBare<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_bare(call)
	}
}
