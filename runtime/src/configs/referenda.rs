//! Token-holder governance (OpenGov): referenda on tracks (`pallet-referenda`), decided by
//! conviction voting (`pallet-conviction-voting`) of any INFR holder, with the scheduler and
//! preimages they need.
//!
//! Two tracks:
//! - **model listings** (id 1): its origin ([`pallet_origins::Origin::ModelListings`]) may
//!   call `models.approve_listing`, `models.reject_listing` and `models.delist` (the models
//!   pallet's `ListingOrigin` is this origin, a council majority or root);
//! - **root** (id 0): anything, as root.
//!
//! The council stays as a fast track: a council majority still decides listings directly, and
//! may cancel a referendum (both deposits returned) or kill a malicious one (its deposits
//! slashed to the treasury account).
//!
//! Deposits: submitting holds [`SubmissionDeposit`] from the proposer (returned once the
//! referendum is approved or cancelled; kept held when it is rejected or times out, as on
//! Polkadot: the price of a failed proposal); the decision deposit of the track (anyone may
//! place it) is returned once the referendum ends, whatever the outcome, unless it is killed.
//! Both are separate from the listing deposit a model's owner placed in the models pallet, which
//! follows the models pallet's rule (held while proposed or listed; returned or slashed by the
//! rejection or delisting call).

use alloc::borrow::Cow;
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, AsEnsureOriginWithArg, ConstU32, EitherOfDiverse, EqualPrivilegeOnly,
		LinearStoragePrice, OriginTrait,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{str_array as name, Perbill};

use super::{governance::RootOrCouncilMajority, marketplace::TreasuryAccount, RuntimeBlockWeights};
use crate::{
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, UNIT,
};

/// The origins that referenda on the marketplace's tracks dispatch with.
#[frame_support::pallet]
pub mod pallet_origins {
	use frame_support::pallet_prelude::*;

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The origin of a referendum that passed on one of the marketplace's tracks.
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// A referendum passed on the model-listings track: may list, reject and delist models.
		ModelListings,
	}
}

impl pallet_origins::Config for Runtime {}

/// Succeeds for the origin of a referendum passed on the model-listings track.
pub struct EnsureModelListings;

impl frame_support::traits::EnsureOrigin<RuntimeOrigin> for EnsureModelListings {
	type Success = ();

	fn try_origin(o: RuntimeOrigin) -> Result<Self::Success, RuntimeOrigin> {
		match o.caller() {
			OriginCaller::Origins(pallet_origins::Origin::ModelListings) => Ok(()),
			_ => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		Ok(pallet_origins::Origin::ModelListings.into())
	}
}

/// Who decides model listings: a referendum on the listings track, a council majority, or root.
pub type ListingOrigin = EitherOfDiverse<RootOrCouncilMajority, EnsureModelListings>;

/// The track of the root origin.
pub const ROOT_TRACK: u16 = 0;
/// The track of [`pallet_origins::Origin::ModelListings`].
pub const MODEL_LISTINGS_TRACK: u16 = 1;

/// Periods of the tracks, in blocks: days on a real chain, a minute or two with `fast-runtime`
/// (2 s blocks) so that tests can follow a referendum from submission to enactment.
#[cfg(not(feature = "fast-runtime"))]
mod periods {
	use crate::{BlockNumber, DAYS, HOURS, MINUTES};
	pub const ROOT_PREPARE: BlockNumber = 2 * HOURS;
	pub const ROOT_DECISION: BlockNumber = 14 * DAYS;
	pub const ROOT_CONFIRM: BlockNumber = DAYS;
	pub const ROOT_ENACTMENT: BlockNumber = DAYS;
	pub const LISTINGS_PREPARE: BlockNumber = HOURS;
	pub const LISTINGS_DECISION: BlockNumber = 7 * DAYS;
	pub const LISTINGS_CONFIRM: BlockNumber = 3 * HOURS;
	pub const LISTINGS_ENACTMENT: BlockNumber = 10 * MINUTES;
	pub const VOTE_LOCKING: BlockNumber = 7 * DAYS;
	pub const UNDECIDING_TIMEOUT: BlockNumber = 14 * DAYS;
}
#[cfg(feature = "fast-runtime")]
mod periods {
	use crate::BlockNumber;
	pub const ROOT_PREPARE: BlockNumber = 2;
	pub const ROOT_DECISION: BlockNumber = 40;
	pub const ROOT_CONFIRM: BlockNumber = 3;
	pub const ROOT_ENACTMENT: BlockNumber = 1;
	pub const LISTINGS_PREPARE: BlockNumber = 2;
	pub const LISTINGS_DECISION: BlockNumber = 20;
	pub const LISTINGS_CONFIRM: BlockNumber = 3;
	pub const LISTINGS_ENACTMENT: BlockNumber = 1;
	pub const VOTE_LOCKING: BlockNumber = 10;
	pub const UNDECIDING_TIMEOUT: BlockNumber = 20;
}
pub use periods::*;

/// The tracks, sorted by id.
static TRACKS: [Track<u16, Balance, BlockNumber>; 2] = [
	Track {
		id: ROOT_TRACK,
		info: TrackInfo {
			name: name("root"),
			max_deciding: 1,
			decision_deposit: 10_000 * UNIT,
			prepare_period: ROOT_PREPARE,
			decision_period: ROOT_DECISION,
			confirm_period: ROOT_CONFIRM,
			min_enactment_period: ROOT_ENACTMENT,
			// Approval falls from 100% to 50% over the decision period; support from 50% of
			// the issuance to 5%.
			min_approval: Curve::LinearDecreasing {
				length: Perbill::from_percent(100),
				floor: Perbill::from_percent(50),
				ceil: Perbill::from_percent(100),
			},
			min_support: Curve::LinearDecreasing {
				length: Perbill::from_percent(100),
				floor: Perbill::from_percent(5),
				ceil: Perbill::from_percent(50),
			},
		},
	},
	Track {
		id: MODEL_LISTINGS_TRACK,
		info: TrackInfo {
			name: name("model_listings"),
			max_deciding: 10,
			decision_deposit: 100 * UNIT,
			prepare_period: LISTINGS_PREPARE,
			decision_period: LISTINGS_DECISION,
			confirm_period: LISTINGS_CONFIRM,
			min_enactment_period: LISTINGS_ENACTMENT,
			// Approval falls from 100% to 50% over the first half of the decision period;
			// support from 10% of the issuance to 1% over the whole period.
			min_approval: Curve::LinearDecreasing {
				length: Perbill::from_percent(50),
				floor: Perbill::from_percent(50),
				ceil: Perbill::from_percent(100),
			},
			min_support: Curve::LinearDecreasing {
				length: Perbill::from_percent(100),
				floor: Perbill::from_percent(1),
				ceil: Perbill::from_percent(10),
			},
		},
	},
];

/// The marketplace's referendum tracks.
pub struct TracksInfo;

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = u16;
	type RuntimeOrigin = <RuntimeOrigin as OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		TRACKS.iter().map(Cow::Borrowed)
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(ROOT_TRACK),
			OriginCaller::Origins(pallet_origins::Origin::ModelListings) => Ok(MODEL_LISTINGS_TRACK),
			_ => Err(()),
		}
	}
}

parameter_types! {
	/// Held from the proposer of a referendum.
	pub const SubmissionDeposit: Balance = 10 * UNIT;
	/// Scheduled calls may use up to 80% of a block.
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
	/// Preimage deposit: 1 INFR plus 1 mINFR per byte.
	pub const PreimageBaseDeposit: Balance = UNIT;
	pub const PreimageByteDeposit: Balance = UNIT / 1_000;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
	pub const VoteLockingPeriod: BlockNumber = VOTE_LOCKING;
	pub const UndecidingTimeout: BlockNumber = UNDECIDING_TIMEOUT;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_preimage::WeightInfo<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_conviction_voting::WeightInfo<Runtime>;
	type Currency = Balances;
	type Polls = Referenda;
	type MaxTurnout = frame_support::traits::TotalIssuanceOf<Balances, AccountId>;
	type MaxVotes = ConstU32<512>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

/// Slashed referendum deposits (a killed referendum's) go to the treasury account.
pub struct SlashToTreasury;

impl frame_support::traits::OnUnbalanced<pallet_balances::NegativeImbalance<Runtime>> for SlashToTreasury {
	fn on_nonzero_unbalanced(amount: pallet_balances::NegativeImbalance<Runtime>) {
		use frame_support::traits::Currency;
		Balances::resolve_creating(&TreasuryAccount::get(), amount);
	}
}

impl pallet_referenda::Config for Runtime {
	type WeightInfo = crate::weights::pallet_referenda::WeightInfo<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type CancelOrigin = RootOrCouncilMajority;
	type KillOrigin = RootOrCouncilMajority;
	type Slash = SlashToTreasury;
	type Votes = Balance;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}
