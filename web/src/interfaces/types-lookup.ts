// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, i64, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { Vote } from '@polkadot/types/interfaces/elections';
import type { AccountId32, Call, H256, MultiAddress, Perbill } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletGrandpaCall (18) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (19) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (20) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (21) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (22) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (23) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (24) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (27) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (28) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpSessionMembershipProof (30) */
  interface SpSessionMembershipProof extends Struct {
    readonly session: u32;
    readonly trieNodes: Vec<Bytes>;
    readonly validatorCount: u32;
  }

  /** @name PalletBalancesCall (31) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (36) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (37) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (38) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletSchedulerCall (39) */
  interface PalletSchedulerCall extends Enum {
    readonly isSchedule: boolean;
    readonly asSchedule: {
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isScheduleNamed: boolean;
    readonly asScheduleNamed: {
      readonly id: U8aFixed;
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancelNamed: boolean;
    readonly asCancelNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly isScheduleAfter: boolean;
    readonly asScheduleAfter: {
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isScheduleNamedAfter: boolean;
    readonly asScheduleNamedAfter: {
      readonly id: U8aFixed;
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isSetRetry: boolean;
    readonly asSetRetry: {
      readonly task: ITuple<[u32, u32]>;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isSetRetryNamed: boolean;
    readonly asSetRetryNamed: {
      readonly id: U8aFixed;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isCancelRetry: boolean;
    readonly asCancelRetry: {
      readonly task: ITuple<[u32, u32]>;
    } & Struct;
    readonly isCancelRetryNamed: boolean;
    readonly asCancelRetryNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly type: 'Schedule' | 'Cancel' | 'ScheduleNamed' | 'CancelNamed' | 'ScheduleAfter' | 'ScheduleNamedAfter' | 'SetRetry' | 'SetRetryNamed' | 'CancelRetry' | 'CancelRetryNamed';
  }

  /** @name PalletPreimageCall (42) */
  interface PalletPreimageCall extends Enum {
    readonly isNotePreimage: boolean;
    readonly asNotePreimage: {
      readonly bytes: Bytes;
    } & Struct;
    readonly isUnnotePreimage: boolean;
    readonly asUnnotePreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequestPreimage: boolean;
    readonly asRequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isUnrequestPreimage: boolean;
    readonly asUnrequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isEnsureUpdated: boolean;
    readonly asEnsureUpdated: {
      readonly hashes: Vec<H256>;
    } & Struct;
    readonly type: 'NotePreimage' | 'UnnotePreimage' | 'RequestPreimage' | 'UnrequestPreimage' | 'EnsureUpdated';
  }

  /** @name PalletCollectiveCall (44) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name PalletMembershipCall (47) */
  interface PalletMembershipCall extends Enum {
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isSwapMember: boolean;
    readonly asSwapMember: {
      readonly remove: MultiAddress;
      readonly add: MultiAddress;
    } & Struct;
    readonly isResetMembers: boolean;
    readonly asResetMembers: {
      readonly members: Vec<AccountId32>;
    } & Struct;
    readonly isChangeKey: boolean;
    readonly asChangeKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSetPrime: boolean;
    readonly asSetPrime: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isClearPrime: boolean;
    readonly type: 'AddMember' | 'RemoveMember' | 'SwapMember' | 'ResetMembers' | 'ChangeKey' | 'SetPrime' | 'ClearPrime';
  }

  /** @name PalletValidatorsCall (48) */
  interface PalletValidatorsCall extends Enum {
    readonly isBond: boolean;
    readonly asBond: {
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isBondExtra: boolean;
    readonly asBondExtra: {
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isLeave: boolean;
    readonly isWithdrawUnbonded: boolean;
    readonly isRejoin: boolean;
    readonly isCancelSlash: boolean;
    readonly asCancelSlash: {
      readonly validator: AccountId32;
      readonly offence: PalletValidatorsOffence;
      readonly session: u32;
    } & Struct;
    readonly type: 'Bond' | 'BondExtra' | 'Leave' | 'WithdrawUnbonded' | 'Rejoin' | 'CancelSlash';
  }

  /** @name PalletValidatorsOffence (49) */
  interface PalletValidatorsOffence extends Enum {
    readonly isEquivocation: boolean;
    readonly isOffline: boolean;
    readonly type: 'Equivocation' | 'Offline';
  }

  /** @name PalletSessionCall (50) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: InferaRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name InferaRuntimeSessionKeys (51) */
  interface InferaRuntimeSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (52) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletReferendaCall (53) */
  interface PalletReferendaCall extends Enum {
    readonly isSubmit: boolean;
    readonly asSubmit: {
      readonly proposalOrigin: InferaRuntimeOriginCaller;
      readonly proposal: FrameSupportPreimagesBounded;
      readonly enactmentMoment: FrameSupportScheduleDispatchTime;
    } & Struct;
    readonly isPlaceDecisionDeposit: boolean;
    readonly asPlaceDecisionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isRefundDecisionDeposit: boolean;
    readonly asRefundDecisionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly index: u32;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly index: u32;
    } & Struct;
    readonly isNudgeReferendum: boolean;
    readonly asNudgeReferendum: {
      readonly index: u32;
    } & Struct;
    readonly isOneFewerDeciding: boolean;
    readonly asOneFewerDeciding: {
      readonly track: u16;
    } & Struct;
    readonly isRefundSubmissionDeposit: boolean;
    readonly asRefundSubmissionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isSetMetadata: boolean;
    readonly asSetMetadata: {
      readonly index: u32;
      readonly maybeHash: Option<H256>;
    } & Struct;
    readonly type: 'Submit' | 'PlaceDecisionDeposit' | 'RefundDecisionDeposit' | 'Cancel' | 'Kill' | 'NudgeReferendum' | 'OneFewerDeciding' | 'RefundSubmissionDeposit' | 'SetMetadata';
  }

  /** @name InferaRuntimeOriginCaller (54) */
  interface InferaRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveRawOrigin;
    readonly isOrigins: boolean;
    readonly asOrigins: InferaRuntimeConfigsReferendaPalletOriginsOrigin;
    readonly type: 'System' | 'Council' | 'Origins';
  }

  /** @name FrameSupportDispatchRawOrigin (55) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletCollectiveRawOrigin (56) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name InferaRuntimeConfigsReferendaPalletOriginsOrigin (57) */
  interface InferaRuntimeConfigsReferendaPalletOriginsOrigin extends Enum {
    readonly isModelListings: boolean;
    readonly type: 'ModelListings';
  }

  /** @name FrameSupportPreimagesBounded (58) */
  interface FrameSupportPreimagesBounded extends Enum {
    readonly isLegacy: boolean;
    readonly asLegacy: {
      readonly hash_: H256;
    } & Struct;
    readonly isInline: boolean;
    readonly asInline: Bytes;
    readonly isLookup: boolean;
    readonly asLookup: {
      readonly hash_: H256;
      readonly len: u32;
    } & Struct;
    readonly type: 'Legacy' | 'Inline' | 'Lookup';
  }

  /** @name SpRuntimeBlakeTwo256 (59) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name FrameSupportScheduleDispatchTime (61) */
  interface FrameSupportScheduleDispatchTime extends Enum {
    readonly isAt: boolean;
    readonly asAt: u32;
    readonly isAfter: boolean;
    readonly asAfter: u32;
    readonly type: 'At' | 'After';
  }

  /** @name PalletConvictionVotingCall (64) */
  interface PalletConvictionVotingCall extends Enum {
    readonly isVote: boolean;
    readonly asVote: {
      readonly pollIndex: Compact<u32>;
      readonly vote: PalletConvictionVotingVoteAccountVote;
    } & Struct;
    readonly isDelegate: boolean;
    readonly asDelegate: {
      readonly class: u16;
      readonly to: MultiAddress;
      readonly conviction: PalletConvictionVotingConviction;
      readonly balance: u128;
    } & Struct;
    readonly isUndelegate: boolean;
    readonly asUndelegate: {
      readonly class: u16;
    } & Struct;
    readonly isUnlock: boolean;
    readonly asUnlock: {
      readonly class: u16;
      readonly target: MultiAddress;
    } & Struct;
    readonly isRemoveVote: boolean;
    readonly asRemoveVote: {
      readonly class: Option<u16>;
      readonly index: u32;
    } & Struct;
    readonly isRemoveOtherVote: boolean;
    readonly asRemoveOtherVote: {
      readonly target: MultiAddress;
      readonly class: u16;
      readonly index: u32;
    } & Struct;
    readonly type: 'Vote' | 'Delegate' | 'Undelegate' | 'Unlock' | 'RemoveVote' | 'RemoveOtherVote';
  }

  /** @name PalletConvictionVotingVoteAccountVote (65) */
  interface PalletConvictionVotingVoteAccountVote extends Enum {
    readonly isStandard: boolean;
    readonly asStandard: {
      readonly vote: Vote;
      readonly balance: u128;
    } & Struct;
    readonly isSplit: boolean;
    readonly asSplit: {
      readonly aye: u128;
      readonly nay: u128;
    } & Struct;
    readonly isSplitAbstain: boolean;
    readonly asSplitAbstain: {
      readonly aye: u128;
      readonly nay: u128;
      readonly abstain: u128;
    } & Struct;
    readonly type: 'Standard' | 'Split' | 'SplitAbstain';
  }

  /** @name PalletConvictionVotingConviction (67) */
  interface PalletConvictionVotingConviction extends Enum {
    readonly isNone: boolean;
    readonly isLocked1x: boolean;
    readonly isLocked2x: boolean;
    readonly isLocked3x: boolean;
    readonly isLocked4x: boolean;
    readonly isLocked5x: boolean;
    readonly isLocked6x: boolean;
    readonly type: 'None' | 'Locked1x' | 'Locked2x' | 'Locked3x' | 'Locked4x' | 'Locked5x' | 'Locked6x';
  }

  /** @name PalletModelsCall (69) */
  interface PalletModelsCall extends Enum {
    readonly isRegisterModel: boolean;
    readonly asRegisterModel: {
      readonly name: Bytes;
      readonly version: Bytes;
      readonly contentHash: H256;
      readonly format: InferaPrimitivesModelFormat;
      readonly task: InferaPrimitivesTaskKind;
      readonly metadataUri: Bytes;
      readonly hardware: InferaPrimitivesHardwareRequirement;
      readonly pricePerJob: u128;
      readonly agreement: InferaPrimitivesAgreementRule;
      readonly auditChance: Perbill;
    } & Struct;
    readonly isApproveListing: boolean;
    readonly asApproveListing: {
      readonly modelId: u32;
    } & Struct;
    readonly isRejectListing: boolean;
    readonly asRejectListing: {
      readonly modelId: u32;
      readonly slashDeposit: bool;
    } & Struct;
    readonly isDelist: boolean;
    readonly asDelist: {
      readonly modelId: u32;
      readonly slashDeposit: bool;
    } & Struct;
    readonly isRetire: boolean;
    readonly asRetire: {
      readonly modelId: u32;
    } & Struct;
    readonly isUpdateModel: boolean;
    readonly asUpdateModel: {
      readonly modelId: u32;
      readonly metadataUri: Option<Bytes>;
      readonly pricePerJob: Option<u128>;
    } & Struct;
    readonly isReleaseDeposit: boolean;
    readonly asReleaseDeposit: {
      readonly modelId: u32;
    } & Struct;
    readonly type: 'RegisterModel' | 'ApproveListing' | 'RejectListing' | 'Delist' | 'Retire' | 'UpdateModel' | 'ReleaseDeposit';
  }

  /** @name InferaPrimitivesModelFormat (70) */
  interface InferaPrimitivesModelFormat extends Enum {
    readonly isOnnx: boolean;
    readonly isSafeTensors: boolean;
    readonly isPyTorch: boolean;
    readonly isGguf: boolean;
    readonly isTensorFlow: boolean;
    readonly isOther: boolean;
    readonly type: 'Onnx' | 'SafeTensors' | 'PyTorch' | 'Gguf' | 'TensorFlow' | 'Other';
  }

  /** @name InferaPrimitivesTaskKind (71) */
  interface InferaPrimitivesTaskKind extends Enum {
    readonly isTextGeneration: boolean;
    readonly isTextEmbedding: boolean;
    readonly isImageClassification: boolean;
    readonly isObjectDetection: boolean;
    readonly isImageGeneration: boolean;
    readonly isSpeechToText: boolean;
    readonly isTextToSpeech: boolean;
    readonly isOther: boolean;
    readonly type: 'TextGeneration' | 'TextEmbedding' | 'ImageClassification' | 'ObjectDetection' | 'ImageGeneration' | 'SpeechToText' | 'TextToSpeech' | 'Other';
  }

  /** @name InferaPrimitivesHardwareRequirement (72) */
  interface InferaPrimitivesHardwareRequirement extends Struct {
    readonly minMemoryMib: u32;
    readonly accelerator: InferaPrimitivesAcceleratorClass;
  }

  /** @name InferaPrimitivesAcceleratorClass (73) */
  interface InferaPrimitivesAcceleratorClass extends Enum {
    readonly isCpu: boolean;
    readonly isConsumerGpu: boolean;
    readonly isDatacenterGpu: boolean;
    readonly isHighEndAccelerator: boolean;
    readonly type: 'Cpu' | 'ConsumerGpu' | 'DatacenterGpu' | 'HighEndAccelerator';
  }

  /** @name InferaPrimitivesAgreementRule (74) */
  interface InferaPrimitivesAgreementRule extends Enum {
    readonly isExact: boolean;
    readonly isCosineInt8: boolean;
    readonly asCosineInt8: {
      readonly minCosine: Perbill;
    } & Struct;
    readonly type: 'Exact' | 'CosineInt8';
  }

  /** @name PalletComputeCall (78) */
  interface PalletComputeCall extends Enum {
    readonly isRegisterProvider: boolean;
    readonly asRegisterProvider: {
      readonly endpoint: Bytes;
      readonly hardware: {
      readonly accelerator: InferaPrimitivesAcceleratorClass;
      readonly acceleratorCount: u32;
      readonly memoryMib: u32;
      readonly region: Bytes;
    } & Struct;
      readonly stake: u128;
    } & Struct;
    readonly isBondExtra: boolean;
    readonly asBondExtra: {
      readonly amount: u128;
    } & Struct;
    readonly isUnbond: boolean;
    readonly asUnbond: {
      readonly amount: u128;
    } & Struct;
    readonly isWithdrawUnbonded: boolean;
    readonly isGoOffline: boolean;
    readonly isGoOnline: boolean;
    readonly isUpdateEndpoint: boolean;
    readonly asUpdateEndpoint: {
      readonly endpoint: Bytes;
    } & Struct;
    readonly isUpdateHardware: boolean;
    readonly asUpdateHardware: {
      readonly hardware: {
      readonly accelerator: InferaPrimitivesAcceleratorClass;
      readonly acceleratorCount: u32;
      readonly memoryMib: u32;
      readonly region: Bytes;
    } & Struct;
    } & Struct;
    readonly isSetModelPrice: boolean;
    readonly asSetModelPrice: {
      readonly modelId: u32;
      readonly price: u128;
    } & Struct;
    readonly isRemoveModel: boolean;
    readonly asRemoveModel: {
      readonly modelId: u32;
    } & Struct;
    readonly isSetWorker: boolean;
    readonly asSetWorker: {
      readonly worker: Option<AccountId32>;
    } & Struct;
    readonly isDeregister: boolean;
    readonly isAcceptWorker: boolean;
    readonly asAcceptWorker: {
      readonly provider: AccountId32;
    } & Struct;
    readonly type: 'RegisterProvider' | 'BondExtra' | 'Unbond' | 'WithdrawUnbonded' | 'GoOffline' | 'GoOnline' | 'UpdateEndpoint' | 'UpdateHardware' | 'SetModelPrice' | 'RemoveModel' | 'SetWorker' | 'Deregister' | 'AcceptWorker';
  }

  /** @name PalletJobsCall (80) */
  interface PalletJobsCall extends Enum {
    readonly isSubmitJob: boolean;
    readonly asSubmitJob: {
      readonly modelId: u32;
      readonly input: PalletJobsPayloadArg;
      readonly maxPrice: u128;
      readonly redundancy: u32;
      readonly deadline: u32;
    } & Struct;
    readonly isCancelJob: boolean;
    readonly asCancelJob: {
      readonly jobId: u64;
    } & Struct;
    readonly isCommitResult: boolean;
    readonly asCommitResult: {
      readonly jobId: u64;
      readonly commitment: H256;
    } & Struct;
    readonly isRevealResult: boolean;
    readonly asRevealResult: {
      readonly jobId: u64;
      readonly output: PalletJobsPayloadArg;
      readonly salt: H256;
    } & Struct;
    readonly isChallenge: boolean;
    readonly asChallenge: {
      readonly jobId: u64;
    } & Struct;
    readonly isResolveChallenge: boolean;
    readonly asResolveChallenge: {
      readonly jobId: u64;
      readonly upheld: bool;
    } & Struct;
    readonly isRevealRejection: boolean;
    readonly asRevealRejection: {
      readonly jobId: u64;
      readonly salt: H256;
    } & Struct;
    readonly isRevealOutputHash: boolean;
    readonly asRevealOutputHash: {
      readonly jobId: u64;
      readonly outputHash: H256;
      readonly salt: H256;
    } & Struct;
    readonly type: 'SubmitJob' | 'CancelJob' | 'CommitResult' | 'RevealResult' | 'Challenge' | 'ResolveChallenge' | 'RevealRejection' | 'RevealOutputHash';
  }

  /** @name PalletJobsPayloadArg (81) */
  interface PalletJobsPayloadArg extends Enum {
    readonly isInline: boolean;
    readonly asInline: Bytes;
    readonly isRemote: boolean;
    readonly asRemote: {
      readonly hash_: H256;
      readonly uri: Bytes;
    } & Struct;
    readonly type: 'Inline' | 'Remote';
  }

  /** @name SpRuntimeMultiSignature (82) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsAuthorizeCall (84) */
  type FrameSystemExtensionsAuthorizeCall = Null;

  /** @name FrameSystemExtensionsCheckNonZeroSender (85) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (86) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (87) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (88) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (91) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (92) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (93) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameMetadataHashExtensionCheckMetadataHash (94) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (95) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemExtensionsWeightReclaim (97) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameSystemAccountInfo (99) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (100) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (102) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (103) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (105) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (108) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (110) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (111) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (112) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (113) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (114) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (115) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (116) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (117) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (118) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (119) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (120) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletBalancesEvent (123) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: InferaRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: InferaRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: InferaRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: InferaRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: InferaRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (124) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name InferaRuntimeRuntimeHoldReason (125) */
  interface InferaRuntimeRuntimeHoldReason extends Enum {
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageHoldReason;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveHoldReason;
    readonly isValidators: boolean;
    readonly asValidators: PalletValidatorsHoldReason;
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isModels: boolean;
    readonly asModels: PalletModelsHoldReason;
    readonly isCompute: boolean;
    readonly asCompute: PalletComputeHoldReason;
    readonly isJobs: boolean;
    readonly asJobs: PalletJobsHoldReason;
    readonly type: 'Preimage' | 'Council' | 'Validators' | 'Session' | 'Models' | 'Compute' | 'Jobs';
  }

  /** @name PalletPreimageHoldReason (126) */
  interface PalletPreimageHoldReason extends Enum {
    readonly isPreimage: boolean;
    readonly type: 'Preimage';
  }

  /** @name PalletCollectiveHoldReason (127) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletValidatorsHoldReason (128) */
  interface PalletValidatorsHoldReason extends Enum {
    readonly isValidatorStake: boolean;
    readonly type: 'ValidatorStake';
  }

  /** @name PalletSessionHoldReason (129) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletModelsHoldReason (130) */
  interface PalletModelsHoldReason extends Enum {
    readonly isListingDeposit: boolean;
    readonly type: 'ListingDeposit';
  }

  /** @name PalletComputeHoldReason (131) */
  interface PalletComputeHoldReason extends Enum {
    readonly isProviderStake: boolean;
    readonly type: 'ProviderStake';
  }

  /** @name PalletJobsHoldReason (132) */
  interface PalletJobsHoldReason extends Enum {
    readonly isJobEscrow: boolean;
    readonly isChallengeBond: boolean;
    readonly isJobDeposit: boolean;
    readonly type: 'JobEscrow' | 'ChallengeBond' | 'JobDeposit';
  }

  /** @name PalletBalancesUnexpectedKind (133) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (134) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (135) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletSchedulerEvent (137) */
  interface PalletSchedulerEvent extends Enum {
    readonly isScheduled: boolean;
    readonly asScheduled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isCanceled: boolean;
    readonly asCanceled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isDispatched: boolean;
    readonly asDispatched: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isRetrySet: boolean;
    readonly asRetrySet: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly period: u32;
      readonly retries: u8;
    } & Struct;
    readonly isRetryCancelled: boolean;
    readonly asRetryCancelled: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isCallUnavailable: boolean;
    readonly asCallUnavailable: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPeriodicFailed: boolean;
    readonly asPeriodicFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isRetryFailed: boolean;
    readonly asRetryFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPermanentlyOverweight: boolean;
    readonly asPermanentlyOverweight: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isAgendaIncomplete: boolean;
    readonly asAgendaIncomplete: {
      readonly when: u32;
    } & Struct;
    readonly type: 'Scheduled' | 'Canceled' | 'Dispatched' | 'RetrySet' | 'RetryCancelled' | 'CallUnavailable' | 'PeriodicFailed' | 'RetryFailed' | 'PermanentlyOverweight' | 'AgendaIncomplete';
  }

  /** @name PalletPreimageEvent (138) */
  interface PalletPreimageEvent extends Enum {
    readonly isNoted: boolean;
    readonly asNoted: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly hash_: H256;
    } & Struct;
    readonly isCleared: boolean;
    readonly asCleared: {
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Noted' | 'Requested' | 'Cleared';
  }

  /** @name PalletCollectiveEvent (139) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletMembershipEvent (140) */
  interface PalletMembershipEvent extends Enum {
    readonly isMemberAdded: boolean;
    readonly isMemberRemoved: boolean;
    readonly isMembersSwapped: boolean;
    readonly isMembersReset: boolean;
    readonly isKeyChanged: boolean;
    readonly isDummy: boolean;
    readonly type: 'MemberAdded' | 'MemberRemoved' | 'MembersSwapped' | 'MembersReset' | 'KeyChanged' | 'Dummy';
  }

  /** @name PalletValidatorsEvent (141) */
  interface PalletValidatorsEvent extends Enum {
    readonly isBonded: boolean;
    readonly asBonded: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnbonding: boolean;
    readonly asUnbonding: {
      readonly who: AccountId32;
      readonly amount: u128;
      readonly until: u32;
    } & Struct;
    readonly isDisplaced: boolean;
    readonly asDisplaced: {
      readonly who: AccountId32;
      readonly stake: u128;
      readonly by: AccountId32;
    } & Struct;
    readonly isWithdrawn: boolean;
    readonly asWithdrawn: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRejoined: boolean;
    readonly asRejoined: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSetPlanned: boolean;
    readonly asSetPlanned: {
      readonly session: u32;
      readonly validators: Vec<AccountId32>;
    } & Struct;
    readonly isSlashReported: boolean;
    readonly asSlashReported: {
      readonly validator: AccountId32;
      readonly offence: PalletValidatorsOffence;
      readonly session: u32;
      readonly amount: u128;
      readonly applyAt: u32;
      readonly deactivated: bool;
    } & Struct;
    readonly isSlashRaised: boolean;
    readonly asSlashRaised: {
      readonly validator: AccountId32;
      readonly offence: PalletValidatorsOffence;
      readonly session: u32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashCancelled: boolean;
    readonly asSlashCancelled: {
      readonly validator: AccountId32;
      readonly offence: PalletValidatorsOffence;
      readonly session: u32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly validator: AccountId32;
      readonly offence: PalletValidatorsOffence;
      readonly amount: u128;
    } & Struct;
    readonly type: 'Bonded' | 'Unbonding' | 'Displaced' | 'Withdrawn' | 'Rejoined' | 'SetPlanned' | 'SlashReported' | 'SlashRaised' | 'SlashCancelled' | 'Slashed';
  }

  /** @name PalletOffencesEvent (143) */
  interface PalletOffencesEvent extends Enum {
    readonly isOffence: boolean;
    readonly asOffence: {
      readonly kind: U8aFixed;
      readonly slot: Bytes;
    } & Struct;
    readonly type: 'Offence';
  }

  /** @name PalletSessionHistoricalPalletEvent (145) */
  interface PalletSessionHistoricalPalletEvent extends Enum {
    readonly isRootStored: boolean;
    readonly asRootStored: {
      readonly index: u32;
    } & Struct;
    readonly isRootsPruned: boolean;
    readonly asRootsPruned: {
      readonly upTo: u32;
    } & Struct;
    readonly type: 'RootStored' | 'RootsPruned';
  }

  /** @name PalletSessionEvent (146) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletReferendaEvent (147) */
  interface PalletReferendaEvent extends Enum {
    readonly isSubmitted: boolean;
    readonly asSubmitted: {
      readonly index: u32;
      readonly track: u16;
      readonly proposal: FrameSupportPreimagesBounded;
    } & Struct;
    readonly isDecisionDepositPlaced: boolean;
    readonly asDecisionDepositPlaced: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDecisionDepositRefunded: boolean;
    readonly asDecisionDepositRefunded: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDepositSlashed: boolean;
    readonly asDepositSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDecisionStarted: boolean;
    readonly asDecisionStarted: {
      readonly index: u32;
      readonly track: u16;
      readonly proposal: FrameSupportPreimagesBounded;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isConfirmStarted: boolean;
    readonly asConfirmStarted: {
      readonly index: u32;
    } & Struct;
    readonly isConfirmAborted: boolean;
    readonly asConfirmAborted: {
      readonly index: u32;
    } & Struct;
    readonly isConfirmed: boolean;
    readonly asConfirmed: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly index: u32;
    } & Struct;
    readonly isRejected: boolean;
    readonly asRejected: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isTimedOut: boolean;
    readonly asTimedOut: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isCancelled: boolean;
    readonly asCancelled: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isSubmissionDepositRefunded: boolean;
    readonly asSubmissionDepositRefunded: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMetadataSet: boolean;
    readonly asMetadataSet: {
      readonly index: u32;
      readonly hash_: H256;
    } & Struct;
    readonly isMetadataCleared: boolean;
    readonly asMetadataCleared: {
      readonly index: u32;
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Submitted' | 'DecisionDepositPlaced' | 'DecisionDepositRefunded' | 'DepositSlashed' | 'DecisionStarted' | 'ConfirmStarted' | 'ConfirmAborted' | 'Confirmed' | 'Approved' | 'Rejected' | 'TimedOut' | 'Cancelled' | 'Killed' | 'SubmissionDepositRefunded' | 'MetadataSet' | 'MetadataCleared';
  }

  /** @name PalletConvictionVotingTally (148) */
  interface PalletConvictionVotingTally extends Struct {
    readonly ayes: u128;
    readonly nays: u128;
    readonly support: u128;
  }

  /** @name PalletConvictionVotingEvent (149) */
  interface PalletConvictionVotingEvent extends Enum {
    readonly isDelegated: boolean;
    readonly asDelegated: ITuple<[AccountId32, AccountId32, u16]>;
    readonly isUndelegated: boolean;
    readonly asUndelegated: ITuple<[AccountId32, u16]>;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly who: AccountId32;
      readonly vote: PalletConvictionVotingVoteAccountVote;
      readonly pollIndex: u32;
    } & Struct;
    readonly isVoteRemoved: boolean;
    readonly asVoteRemoved: {
      readonly who: AccountId32;
      readonly vote: PalletConvictionVotingVoteAccountVote;
      readonly pollIndex: u32;
    } & Struct;
    readonly isVoteUnlocked: boolean;
    readonly asVoteUnlocked: {
      readonly who: AccountId32;
      readonly class: u16;
    } & Struct;
    readonly type: 'Delegated' | 'Undelegated' | 'Voted' | 'VoteRemoved' | 'VoteUnlocked';
  }

  /** @name PalletModelsEvent (150) */
  interface PalletModelsEvent extends Enum {
    readonly isModelRegistered: boolean;
    readonly asModelRegistered: {
      readonly modelId: u32;
      readonly owner: AccountId32;
      readonly deposit: u128;
      readonly agreement: InferaPrimitivesAgreementRule;
      readonly auditChance: Perbill;
    } & Struct;
    readonly isModelListed: boolean;
    readonly asModelListed: {
      readonly modelId: u32;
    } & Struct;
    readonly isModelRejected: boolean;
    readonly asModelRejected: {
      readonly modelId: u32;
      readonly slashed: u128;
      readonly returned: u128;
    } & Struct;
    readonly isModelDelisted: boolean;
    readonly asModelDelisted: {
      readonly modelId: u32;
      readonly slashed: u128;
      readonly returned: u128;
    } & Struct;
    readonly isModelRetired: boolean;
    readonly asModelRetired: {
      readonly modelId: u32;
      readonly releaseAt: u32;
    } & Struct;
    readonly isDepositReleased: boolean;
    readonly asDepositReleased: {
      readonly modelId: u32;
      readonly returned: u128;
    } & Struct;
    readonly isListingReopened: boolean;
    readonly asListingReopened: {
      readonly modelId: u32;
    } & Struct;
    readonly isModelUpdated: boolean;
    readonly asModelUpdated: {
      readonly modelId: u32;
      readonly metadataUri: Option<Bytes>;
      readonly pricePerJob: Option<u128>;
    } & Struct;
    readonly type: 'ModelRegistered' | 'ModelListed' | 'ModelRejected' | 'ModelDelisted' | 'ModelRetired' | 'DepositReleased' | 'ListingReopened' | 'ModelUpdated';
  }

  /** @name PalletComputeEvent (153) */
  interface PalletComputeEvent extends Enum {
    readonly isProviderRegistered: boolean;
    readonly asProviderRegistered: {
      readonly provider: AccountId32;
      readonly stake: u128;
    } & Struct;
    readonly isBonded: boolean;
    readonly asBonded: {
      readonly provider: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnbonded: boolean;
    readonly asUnbonded: {
      readonly provider: AccountId32;
      readonly amount: u128;
      readonly unlockAt: u32;
    } & Struct;
    readonly isWithdrawn: boolean;
    readonly asWithdrawn: {
      readonly provider: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isStatusChanged: boolean;
    readonly asStatusChanged: {
      readonly provider: AccountId32;
      readonly status: PalletComputeProviderStatus;
    } & Struct;
    readonly isEndpointUpdated: boolean;
    readonly asEndpointUpdated: {
      readonly provider: AccountId32;
      readonly endpoint: Bytes;
    } & Struct;
    readonly isHardwareUpdated: boolean;
    readonly asHardwareUpdated: {
      readonly provider: AccountId32;
    } & Struct;
    readonly isModelPriceSet: boolean;
    readonly asModelPriceSet: {
      readonly provider: AccountId32;
      readonly modelId: u32;
      readonly price: u128;
    } & Struct;
    readonly isModelRemoved: boolean;
    readonly asModelRemoved: {
      readonly provider: AccountId32;
      readonly modelId: u32;
    } & Struct;
    readonly isWorkerProposed: boolean;
    readonly asWorkerProposed: {
      readonly provider: AccountId32;
      readonly worker: AccountId32;
    } & Struct;
    readonly isWorkerSet: boolean;
    readonly asWorkerSet: {
      readonly provider: AccountId32;
      readonly worker: Option<AccountId32>;
    } & Struct;
    readonly isProviderDeregistered: boolean;
    readonly asProviderDeregistered: {
      readonly provider: AccountId32;
    } & Struct;
    readonly isProviderRemoved: boolean;
    readonly asProviderRemoved: {
      readonly provider: AccountId32;
    } & Struct;
    readonly isProviderSlashed: boolean;
    readonly asProviderSlashed: {
      readonly provider: AccountId32;
      readonly amount: u128;
      readonly compensation: u128;
      readonly reason: InferaPrimitivesSlashReason;
    } & Struct;
    readonly type: 'ProviderRegistered' | 'Bonded' | 'Unbonded' | 'Withdrawn' | 'StatusChanged' | 'EndpointUpdated' | 'HardwareUpdated' | 'ModelPriceSet' | 'ModelRemoved' | 'WorkerProposed' | 'WorkerSet' | 'ProviderDeregistered' | 'ProviderRemoved' | 'ProviderSlashed';
  }

  /** @name PalletComputeProviderStatus (154) */
  interface PalletComputeProviderStatus extends Enum {
    readonly isOnline: boolean;
    readonly isOffline: boolean;
    readonly isBelowMinimumStake: boolean;
    readonly isLeaving: boolean;
    readonly type: 'Online' | 'Offline' | 'BelowMinimumStake' | 'Leaving';
  }

  /** @name InferaPrimitivesSlashReason (155) */
  interface InferaPrimitivesSlashReason extends Enum {
    readonly isWrongResult: boolean;
    readonly isNoReveal: boolean;
    readonly isMissedDeadline: boolean;
    readonly isMisconduct: boolean;
    readonly type: 'WrongResult' | 'NoReveal' | 'MissedDeadline' | 'Misconduct';
  }

  /** @name PalletJobsEvent (156) */
  interface PalletJobsEvent extends Enum {
    readonly isJobSubmitted: boolean;
    readonly asJobSubmitted: {
      readonly jobId: u64;
      readonly submitter: AccountId32;
      readonly modelId: u32;
      readonly redundancy: u32;
      readonly maxPrice: u128;
      readonly escrow: u128;
      readonly deposit: u128;
      readonly deadline: u32;
    } & Struct;
    readonly isJobQueued: boolean;
    readonly asJobQueued: {
      readonly jobId: u64;
    } & Struct;
    readonly isJobAssigned: boolean;
    readonly asJobAssigned: {
      readonly jobId: u64;
      readonly providers: Vec<AccountId32>;
      readonly deadline: u32;
    } & Struct;
    readonly isResultCommitted: boolean;
    readonly asResultCommitted: {
      readonly jobId: u64;
      readonly provider: AccountId32;
    } & Struct;
    readonly isRevealStarted: boolean;
    readonly asRevealStarted: {
      readonly jobId: u64;
      readonly until: u32;
    } & Struct;
    readonly isOutputHashRevealed: boolean;
    readonly asOutputHashRevealed: {
      readonly jobId: u64;
      readonly provider: AccountId32;
      readonly outputHash: H256;
    } & Struct;
    readonly isResultRevealed: boolean;
    readonly asResultRevealed: {
      readonly jobId: u64;
      readonly provider: AccountId32;
      readonly outputHash: H256;
    } & Struct;
    readonly isChallengeWindowOpened: boolean;
    readonly asChallengeWindowOpened: {
      readonly jobId: u64;
      readonly outputHash: H256;
      readonly until: u32;
    } & Struct;
    readonly isJobChallenged: boolean;
    readonly asJobChallenged: {
      readonly jobId: u64;
      readonly challenger: AccountId32;
      readonly bond: u128;
    } & Struct;
    readonly isChallengeResolved: boolean;
    readonly asChallengeResolved: {
      readonly jobId: u64;
      readonly upheld: bool;
    } & Struct;
    readonly isChallengeLapsed: boolean;
    readonly asChallengeLapsed: {
      readonly jobId: u64;
    } & Struct;
    readonly isProviderPenalized: boolean;
    readonly asProviderPenalized: {
      readonly jobId: u64;
      readonly provider: AccountId32;
      readonly reason: InferaPrimitivesSlashReason;
      readonly slashed: u128;
      readonly compensation: u128;
    } & Struct;
    readonly isJobSettled: boolean;
    readonly asJobSettled: {
      readonly jobId: u64;
      readonly submitter: AccountId32;
      readonly modelId: u32;
      readonly resultHash: H256;
      readonly payments: Vec<ITuple<[AccountId32, u128]>>;
      readonly fee: u128;
      readonly refund: u128;
    } & Struct;
    readonly isJobFailed: boolean;
    readonly asJobFailed: {
      readonly jobId: u64;
      readonly reason: PalletJobsFailReason;
      readonly payments: Vec<ITuple<[AccountId32, u128]>>;
      readonly fee: u128;
      readonly refund: u128;
    } & Struct;
    readonly isJobCancelled: boolean;
    readonly asJobCancelled: {
      readonly jobId: u64;
      readonly refund: u128;
    } & Struct;
    readonly isJobPruned: boolean;
    readonly asJobPruned: {
      readonly jobId: u64;
      readonly deposit: u128;
    } & Struct;
    readonly isAppealWindowOpened: boolean;
    readonly asAppealWindowOpened: {
      readonly jobId: u64;
      readonly until: u32;
    } & Struct;
    readonly isAuditorPending: boolean;
    readonly asAuditorPending: {
      readonly jobId: u64;
      readonly at: u32;
    } & Struct;
    readonly isAuditorAssigned: boolean;
    readonly asAuditorAssigned: {
      readonly jobId: u64;
      readonly auditor: AccountId32;
      readonly deadline: u32;
    } & Struct;
    readonly isJobNotAudited: boolean;
    readonly asJobNotAudited: {
      readonly jobId: u64;
    } & Struct;
    readonly isTieBreakerAssigned: boolean;
    readonly asTieBreakerAssigned: {
      readonly jobId: u64;
      readonly provider: AccountId32;
      readonly deadline: u32;
    } & Struct;
    readonly type: 'JobSubmitted' | 'JobQueued' | 'JobAssigned' | 'ResultCommitted' | 'RevealStarted' | 'OutputHashRevealed' | 'ResultRevealed' | 'ChallengeWindowOpened' | 'JobChallenged' | 'ChallengeResolved' | 'ChallengeLapsed' | 'ProviderPenalized' | 'JobSettled' | 'JobFailed' | 'JobCancelled' | 'JobPruned' | 'AppealWindowOpened' | 'AuditorPending' | 'AuditorAssigned' | 'JobNotAudited' | 'TieBreakerAssigned';
  }

  /** @name PalletJobsFailReason (161) */
  interface PalletJobsFailReason extends Enum {
    readonly isNoProviders: boolean;
    readonly isNoResult: boolean;
    readonly isNoMajority: boolean;
    readonly isChallengeUpheld: boolean;
    readonly isInputRejected: boolean;
    readonly isDisputeLapsed: boolean;
    readonly isAuditUnavailable: boolean;
    readonly type: 'NoProviders' | 'NoResult' | 'NoMajority' | 'ChallengeUpheld' | 'InputRejected' | 'DisputeLapsed' | 'AuditUnavailable';
  }

  /** @name FrameSystemPhase (162) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (164) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (167) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (168) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (169) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (170) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (172) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (173) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (175) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (176) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (181) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name PalletGrandpaStoredState (185) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (186) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (188) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (190) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (191) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (194) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (197) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: InferaRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (200) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: InferaRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name InferaRuntimeRuntimeFreezeReason (201) */
  type InferaRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (203) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (205) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (206) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (207) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (208) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletSchedulerScheduled (212) */
  interface PalletSchedulerScheduled extends Struct {
    readonly maybeId: Option<U8aFixed>;
    readonly priority: u8;
    readonly call: FrameSupportPreimagesBounded;
    readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
    readonly origin: InferaRuntimeOriginCaller;
  }

  /** @name PalletSchedulerRetryConfig (214) */
  interface PalletSchedulerRetryConfig extends Struct {
    readonly totalRetries: u8;
    readonly remaining: u8;
    readonly period: u32;
  }

  /** @name PalletSchedulerError (215) */
  interface PalletSchedulerError extends Enum {
    readonly isFailedToSchedule: boolean;
    readonly isNotFound: boolean;
    readonly isTargetBlockNumberInPast: boolean;
    readonly isRescheduleNoChange: boolean;
    readonly isNamed: boolean;
    readonly type: 'FailedToSchedule' | 'NotFound' | 'TargetBlockNumberInPast' | 'RescheduleNoChange' | 'Named';
  }

  /** @name PalletPreimageOldRequestStatus (216) */
  interface PalletPreimageOldRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly deposit: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly deposit: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly len: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageRequestStatus (218) */
  interface PalletPreimageRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly ticket: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly maybeTicket: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly maybeLen: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageError (224) */
  interface PalletPreimageError extends Enum {
    readonly isTooBig: boolean;
    readonly isAlreadyNoted: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNotNoted: boolean;
    readonly isRequested: boolean;
    readonly isNotRequested: boolean;
    readonly isTooMany: boolean;
    readonly isTooFew: boolean;
    readonly type: 'TooBig' | 'AlreadyNoted' | 'NotAuthorized' | 'NotNoted' | 'Requested' | 'NotRequested' | 'TooMany' | 'TooFew';
  }

  /** @name PalletCollectiveVotes (227) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (228) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletMembershipError (229) */
  interface PalletMembershipError extends Enum {
    readonly isAlreadyMember: boolean;
    readonly isNotMember: boolean;
    readonly isTooManyMembers: boolean;
    readonly type: 'AlreadyMember' | 'NotMember' | 'TooManyMembers';
  }

  /** @name PalletValidatorsCandidate (230) */
  interface PalletValidatorsCandidate extends Struct {
    readonly bonded: u128;
    readonly unbonding: u128;
    readonly unbondingUntil: u32;
    readonly active: bool;
    readonly missedSessions: u32;
  }

  /** @name PalletValidatorsPendingSlash (233) */
  interface PalletValidatorsPendingSlash extends Struct {
    readonly validator: AccountId32;
    readonly amount: u128;
    readonly offence: PalletValidatorsOffence;
    readonly session: u32;
  }

  /** @name PalletValidatorsSlashRecord (237) */
  interface PalletValidatorsSlashRecord extends Struct {
    readonly fraction: Perbill;
    readonly applyAt: u32;
  }

  /** @name PalletValidatorsError (238) */
  interface PalletValidatorsError extends Enum {
    readonly isAlreadyCandidate: boolean;
    readonly isNotCandidate: boolean;
    readonly isBelowMinimum: boolean;
    readonly isTooManyCandidates: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isLeaving: boolean;
    readonly isAlreadyActive: boolean;
    readonly isNothingToWithdraw: boolean;
    readonly isStillUnbonding: boolean;
    readonly isNoSuchSlash: boolean;
    readonly type: 'AlreadyCandidate' | 'NotCandidate' | 'BelowMinimum' | 'TooManyCandidates' | 'InsufficientBalance' | 'Leaving' | 'AlreadyActive' | 'NothingToWithdraw' | 'StillUnbonding' | 'NoSuchSlash';
  }

  /** @name SpStakingOffenceOffenceDetails (239) */
  interface SpStakingOffenceOffenceDetails extends Struct {
    readonly offender: ITuple<[AccountId32, Null]>;
    readonly reporters: Vec<AccountId32>;
  }

  /** @name SpCoreCryptoKeyTypeId (247) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (248) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletReferendaReferendumInfo (249) */
  interface PalletReferendaReferendumInfo extends Enum {
    readonly isOngoing: boolean;
    readonly asOngoing: PalletReferendaReferendumStatus;
    readonly isApproved: boolean;
    readonly asApproved: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isRejected: boolean;
    readonly asRejected: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isCancelled: boolean;
    readonly asCancelled: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isTimedOut: boolean;
    readonly asTimedOut: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isKilled: boolean;
    readonly asKilled: u32;
    readonly type: 'Ongoing' | 'Approved' | 'Rejected' | 'Cancelled' | 'TimedOut' | 'Killed';
  }

  /** @name PalletReferendaReferendumStatus (250) */
  interface PalletReferendaReferendumStatus extends Struct {
    readonly track: u16;
    readonly origin: InferaRuntimeOriginCaller;
    readonly proposal: FrameSupportPreimagesBounded;
    readonly enactment: FrameSupportScheduleDispatchTime;
    readonly submitted: u32;
    readonly submissionDeposit: PalletReferendaDeposit;
    readonly decisionDeposit: Option<PalletReferendaDeposit>;
    readonly deciding: Option<PalletReferendaDecidingStatus>;
    readonly tally: PalletConvictionVotingTally;
    readonly inQueue: bool;
    readonly alarm: Option<ITuple<[u32, ITuple<[u32, u32]>]>>;
  }

  /** @name PalletReferendaDeposit (251) */
  interface PalletReferendaDeposit extends Struct {
    readonly who: AccountId32;
    readonly amount: u128;
  }

  /** @name PalletReferendaDecidingStatus (254) */
  interface PalletReferendaDecidingStatus extends Struct {
    readonly since: u32;
    readonly confirming: Option<u32>;
  }

  /** @name PalletReferendaTrackDetails (262) */
  interface PalletReferendaTrackDetails extends Struct {
    readonly name: Text;
    readonly maxDeciding: u32;
    readonly decisionDeposit: u128;
    readonly preparePeriod: u32;
    readonly decisionPeriod: u32;
    readonly confirmPeriod: u32;
    readonly minEnactmentPeriod: u32;
    readonly minApproval: PalletReferendaCurve;
    readonly minSupport: PalletReferendaCurve;
  }

  /** @name PalletReferendaCurve (263) */
  interface PalletReferendaCurve extends Enum {
    readonly isLinearDecreasing: boolean;
    readonly asLinearDecreasing: {
      readonly length: Perbill;
      readonly floor: Perbill;
      readonly ceil: Perbill;
    } & Struct;
    readonly isSteppedDecreasing: boolean;
    readonly asSteppedDecreasing: {
      readonly begin: Perbill;
      readonly end: Perbill;
      readonly step: Perbill;
      readonly period: Perbill;
    } & Struct;
    readonly isReciprocal: boolean;
    readonly asReciprocal: {
      readonly factor: i64;
      readonly xOffset: i64;
      readonly yOffset: i64;
    } & Struct;
    readonly type: 'LinearDecreasing' | 'SteppedDecreasing' | 'Reciprocal';
  }

  /** @name PalletReferendaError (266) */
  interface PalletReferendaError extends Enum {
    readonly isNotOngoing: boolean;
    readonly isHasDeposit: boolean;
    readonly isBadTrack: boolean;
    readonly isFull: boolean;
    readonly isQueueEmpty: boolean;
    readonly isBadReferendum: boolean;
    readonly isNothingToDo: boolean;
    readonly isNoTrack: boolean;
    readonly isUnfinished: boolean;
    readonly isNoPermission: boolean;
    readonly isNoDeposit: boolean;
    readonly isBadStatus: boolean;
    readonly isPreimageNotExist: boolean;
    readonly isPreimageStoredWithDifferentLength: boolean;
    readonly type: 'NotOngoing' | 'HasDeposit' | 'BadTrack' | 'Full' | 'QueueEmpty' | 'BadReferendum' | 'NothingToDo' | 'NoTrack' | 'Unfinished' | 'NoPermission' | 'NoDeposit' | 'BadStatus' | 'PreimageNotExist' | 'PreimageStoredWithDifferentLength';
  }

  /** @name PalletConvictionVotingVoteVoting (268) */
  interface PalletConvictionVotingVoteVoting extends Enum {
    readonly isCasting: boolean;
    readonly asCasting: PalletConvictionVotingVoteCasting;
    readonly isDelegating: boolean;
    readonly asDelegating: PalletConvictionVotingVoteDelegating;
    readonly type: 'Casting' | 'Delegating';
  }

  /** @name PalletConvictionVotingVoteCasting (269) */
  interface PalletConvictionVotingVoteCasting extends Struct {
    readonly votes: Vec<ITuple<[u32, PalletConvictionVotingVoteAccountVote]>>;
    readonly delegations: PalletConvictionVotingDelegations;
    readonly prior: PalletConvictionVotingVotePriorLock;
  }

  /** @name PalletConvictionVotingDelegations (273) */
  interface PalletConvictionVotingDelegations extends Struct {
    readonly votes: u128;
    readonly capital: u128;
  }

  /** @name PalletConvictionVotingVotePriorLock (274) */
  interface PalletConvictionVotingVotePriorLock extends ITuple<[u32, u128]> {}

  /** @name PalletConvictionVotingVoteDelegating (275) */
  interface PalletConvictionVotingVoteDelegating extends Struct {
    readonly balance: u128;
    readonly target: AccountId32;
    readonly conviction: PalletConvictionVotingConviction;
    readonly delegations: PalletConvictionVotingDelegations;
    readonly prior: PalletConvictionVotingVotePriorLock;
  }

  /** @name PalletConvictionVotingError (279) */
  interface PalletConvictionVotingError extends Enum {
    readonly isNotOngoing: boolean;
    readonly isNotVoter: boolean;
    readonly isNoPermission: boolean;
    readonly isNoPermissionYet: boolean;
    readonly isAlreadyDelegating: boolean;
    readonly isAlreadyVoting: boolean;
    readonly isInsufficientFunds: boolean;
    readonly isNotDelegating: boolean;
    readonly isNonsense: boolean;
    readonly isMaxVotesReached: boolean;
    readonly isClassNeeded: boolean;
    readonly isBadClass: boolean;
    readonly type: 'NotOngoing' | 'NotVoter' | 'NoPermission' | 'NoPermissionYet' | 'AlreadyDelegating' | 'AlreadyVoting' | 'InsufficientFunds' | 'NotDelegating' | 'Nonsense' | 'MaxVotesReached' | 'ClassNeeded' | 'BadClass';
  }

  /** @name PalletModelsModelInfo (280) */
  interface PalletModelsModelInfo extends Struct {
    readonly owner: AccountId32;
    readonly name: Bytes;
    readonly version: Bytes;
    readonly contentHash: H256;
    readonly format: InferaPrimitivesModelFormat;
    readonly task: InferaPrimitivesTaskKind;
    readonly metadataUri: Bytes;
    readonly hardware: InferaPrimitivesHardwareRequirement;
    readonly pricePerJob: u128;
    readonly agreement: InferaPrimitivesAgreementRule;
    readonly auditChance: Perbill;
    readonly deposit: u128;
    readonly status: InferaPrimitivesModelStatus;
    readonly registeredAt: u32;
    readonly retiredAt: Option<u32>;
  }

  /** @name InferaPrimitivesModelStatus (282) */
  interface InferaPrimitivesModelStatus extends Enum {
    readonly isProposed: boolean;
    readonly isListed: boolean;
    readonly isRejected: boolean;
    readonly isDelisted: boolean;
    readonly isRetired: boolean;
    readonly type: 'Proposed' | 'Listed' | 'Rejected' | 'Delisted' | 'Retired';
  }

  /** @name PalletModelsError (284) */
  interface PalletModelsError extends Enum {
    readonly isUnknownModel: boolean;
    readonly isNotActive: boolean;
    readonly isRetirementNotOver: boolean;
    readonly isNotOwner: boolean;
    readonly isDuplicateModel: boolean;
    readonly isEmptyName: boolean;
    readonly isNameTooLong: boolean;
    readonly isEmptyVersion: boolean;
    readonly isVersionTooLong: boolean;
    readonly isUriTooLong: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isNothingToUpdate: boolean;
    readonly isTooManyModels: boolean;
    readonly isAgreementTooLoose: boolean;
    readonly isAuditChanceTooLow: boolean;
    readonly isNotRetired: boolean;
    readonly isNoDepositHeld: boolean;
    readonly isNotProposed: boolean;
    readonly isNotListed: boolean;
    readonly type: 'UnknownModel' | 'NotActive' | 'RetirementNotOver' | 'NotOwner' | 'DuplicateModel' | 'EmptyName' | 'NameTooLong' | 'EmptyVersion' | 'VersionTooLong' | 'UriTooLong' | 'InsufficientBalance' | 'NothingToUpdate' | 'TooManyModels' | 'AgreementTooLoose' | 'AuditChanceTooLow' | 'NotRetired' | 'NoDepositHeld' | 'NotProposed' | 'NotListed';
  }

  /** @name PalletComputeProviderInfo (285) */
  interface PalletComputeProviderInfo extends Struct {
    readonly endpoint: Bytes;
    readonly hardware: PalletComputeHardwareProfile;
    readonly bonded: u128;
    readonly unlocking: Vec<PalletComputeUnlockChunk>;
    readonly models: Vec<u32>;
    readonly status: PalletComputeProviderStatus;
    readonly worker: Option<AccountId32>;
    readonly pendingWorker: Option<AccountId32>;
    readonly activeJobs: u32;
    readonly exposure: u128;
    readonly registeredAt: u32;
  }

  /** @name PalletComputeUnlockChunk (290) */
  interface PalletComputeUnlockChunk extends Struct {
    readonly amount: u128;
    readonly unlockAt: u32;
  }

  /** @name PalletComputeHardwareProfile (292) */
  interface PalletComputeHardwareProfile extends Struct {
    readonly accelerator: InferaPrimitivesAcceleratorClass;
    readonly acceleratorCount: u32;
    readonly memoryMib: u32;
    readonly region: Bytes;
  }

  /** @name PalletComputeReputation (294) */
  interface PalletComputeReputation extends Struct {
    readonly jobsCompleted: u32;
    readonly jobsFailed: u32;
    readonly slashes: u32;
  }

  /** @name PalletComputeError (295) */
  interface PalletComputeError extends Enum {
    readonly isNotProvider: boolean;
    readonly isAlreadyProvider: boolean;
    readonly isStakeBelowMinimum: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isZeroAmount: boolean;
    readonly isNotEnoughBonded: boolean;
    readonly isUnbondingNotFinished: boolean;
    readonly isTooManyUnlockingChunks: boolean;
    readonly isBadEndpoint: boolean;
    readonly isEndpointTooLong: boolean;
    readonly isRegionTooLong: boolean;
    readonly isModelNotListed: boolean;
    readonly isModelNotServed: boolean;
    readonly isTooManyModels: boolean;
    readonly isHardwareTooWeak: boolean;
    readonly isActiveJobs: boolean;
    readonly isLeaving: boolean;
    readonly isAlreadyInStatus: boolean;
    readonly isWorkerInUse: boolean;
    readonly isTooManyProviders: boolean;
    readonly isStakeExposed: boolean;
    readonly isNotOnline: boolean;
    readonly isNotProposedWorker: boolean;
    readonly isWorkerIsProvider: boolean;
    readonly type: 'NotProvider' | 'AlreadyProvider' | 'StakeBelowMinimum' | 'InsufficientBalance' | 'ZeroAmount' | 'NotEnoughBonded' | 'UnbondingNotFinished' | 'TooManyUnlockingChunks' | 'BadEndpoint' | 'EndpointTooLong' | 'RegionTooLong' | 'ModelNotListed' | 'ModelNotServed' | 'TooManyModels' | 'HardwareTooWeak' | 'ActiveJobs' | 'Leaving' | 'AlreadyInStatus' | 'WorkerInUse' | 'TooManyProviders' | 'StakeExposed' | 'NotOnline' | 'NotProposedWorker' | 'WorkerIsProvider';
  }

  /** @name PalletJobsJobInfo (296) */
  interface PalletJobsJobInfo extends Struct {
    readonly submitter: AccountId32;
    readonly modelId: u32;
    readonly modelHash: H256;
    readonly input: PalletJobsPayload;
    readonly maxPrice: u128;
    readonly redundancy: u32;
    readonly agreement: InferaPrimitivesAgreementRule;
    readonly auditChance: Perbill;
    readonly audit: PalletJobsAuditStage;
    readonly fee: u128;
    readonly escrow: u128;
    readonly deposit: u128;
    readonly slashAmount: u128;
    readonly rejectionPrice: u128;
    readonly createdAt: u32;
    readonly deadline: u32;
    readonly status: PalletJobsJobStatus;
    readonly assignments: Vec<PalletJobsAssignment>;
    readonly result: Option<H256>;
    readonly dueAt: Option<u32>;
  }

  /** @name PalletJobsPayload (297) */
  interface PalletJobsPayload extends Enum {
    readonly isInline: boolean;
    readonly asInline: Bytes;
    readonly isRemote: boolean;
    readonly asRemote: {
      readonly hash_: H256;
      readonly uri: Bytes;
    } & Struct;
    readonly type: 'Inline' | 'Remote';
  }

  /** @name PalletJobsAssignment (300) */
  interface PalletJobsAssignment extends Struct {
    readonly provider: AccountId32;
    readonly price: u128;
    readonly commitment: Option<H256>;
    readonly outputHash: Option<H256>;
  }

  /** @name PalletJobsAuditStage (302) */
  interface PalletJobsAuditStage extends Enum {
    readonly isNotAuditable: boolean;
    readonly isUndecided: boolean;
    readonly isAuditorWanted: boolean;
    readonly isNotAudited: boolean;
    readonly isAuditing: boolean;
    readonly isTieBreaking: boolean;
    readonly isPublishing: boolean;
    readonly type: 'NotAuditable' | 'Undecided' | 'AuditorWanted' | 'NotAudited' | 'Auditing' | 'TieBreaking' | 'Publishing';
  }

  /** @name PalletJobsJobStatus (303) */
  interface PalletJobsJobStatus extends Enum {
    readonly isQueued: boolean;
    readonly isCommitting: boolean;
    readonly isRevealing: boolean;
    readonly asRevealing: {
      readonly until: u32;
    } & Struct;
    readonly isChallengeable: boolean;
    readonly asChallengeable: {
      readonly until: u32;
    } & Struct;
    readonly isAwaitingAuditor: boolean;
    readonly isDisputed: boolean;
    readonly asDisputed: {
      readonly challenger: AccountId32;
      readonly bond: u128;
      readonly until: u32;
    } & Struct;
    readonly isSettled: boolean;
    readonly isFailed: boolean;
    readonly asFailed: PalletJobsFailReason;
    readonly isCancelled: boolean;
    readonly type: 'Queued' | 'Committing' | 'Revealing' | 'Challengeable' | 'AwaitingAuditor' | 'Disputed' | 'Settled' | 'Failed' | 'Cancelled';
  }

  /** @name PalletJobsError (310) */
  interface PalletJobsError extends Enum {
    readonly isUnknownJob: boolean;
    readonly isModelNotListed: boolean;
    readonly isPriceTooLow: boolean;
    readonly isRedundancyOutOfRange: boolean;
    readonly isDeadlineTooSoon: boolean;
    readonly isDeadlineTooFar: boolean;
    readonly isInputTooLarge: boolean;
    readonly isOutputTooLarge: boolean;
    readonly isUriTooLong: boolean;
    readonly isAmountOverflow: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isTooManySubmissions: boolean;
    readonly isNotSubmitter: boolean;
    readonly isNotAssigned: boolean;
    readonly isAlreadyCommitted: boolean;
    readonly isAlreadyRevealed: boolean;
    readonly isNotCommitted: boolean;
    readonly isCommitmentMismatch: boolean;
    readonly isRevealTooEarly: boolean;
    readonly isTooLate: boolean;
    readonly isNotQueued: boolean;
    readonly isNotDisputed: boolean;
    readonly isDuplicateCommitment: boolean;
    readonly isInputNotText: boolean;
    readonly isEmptyInput: boolean;
    readonly isOutputNotInline: boolean;
    readonly isOutputHashFirst: boolean;
    readonly isOutputRequired: boolean;
    readonly isNotOpened: boolean;
    readonly isUseRevealRejection: boolean;
    readonly isNotProvider: boolean;
    readonly isNotYetJudged: boolean;
    readonly type: 'UnknownJob' | 'ModelNotListed' | 'PriceTooLow' | 'RedundancyOutOfRange' | 'DeadlineTooSoon' | 'DeadlineTooFar' | 'InputTooLarge' | 'OutputTooLarge' | 'UriTooLong' | 'AmountOverflow' | 'InsufficientBalance' | 'TooManySubmissions' | 'NotSubmitter' | 'NotAssigned' | 'AlreadyCommitted' | 'AlreadyRevealed' | 'NotCommitted' | 'CommitmentMismatch' | 'RevealTooEarly' | 'TooLate' | 'NotQueued' | 'NotDisputed' | 'DuplicateCommitment' | 'InputNotText' | 'EmptyInput' | 'OutputNotInline' | 'OutputHashFirst' | 'OutputRequired' | 'NotOpened' | 'UseRevealRejection' | 'NotProvider' | 'NotYetJudged';
  }

  /** @name InferaRuntimeRuntime (311) */
  type InferaRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (312) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (313) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (317) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name FrameSupportViewFunctionsViewFunctionId (320) */
  interface FrameSupportViewFunctionsViewFunctionId extends Struct {
    readonly prefix: U8aFixed;
    readonly suffix: U8aFixed;
  }

  /** @name FrameSupportViewFunctionsViewFunctionDispatchError (322) */
  interface FrameSupportViewFunctionsViewFunctionDispatchError extends Enum {
    readonly isNotImplemented: boolean;
    readonly isNotFound: boolean;
    readonly asNotFound: FrameSupportViewFunctionsViewFunctionId;
    readonly isCodec: boolean;
    readonly type: 'NotImplemented' | 'NotFound' | 'Codec';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (324) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (325) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (326) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (327) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (332) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (333) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (335) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (337) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (344) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (345) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (347) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name InferaPrimitivesPageModelInfo (350) */
  interface InferaPrimitivesPageModelInfo extends Struct {
    readonly items: Vec<ITuple<[u32, PalletModelsModelInfo]>>;
    readonly next: Option<u32>;
  }

  /** @name InferaPrimitivesPageProviderInfo (354) */
  interface InferaPrimitivesPageProviderInfo extends Struct {
    readonly items: Vec<ITuple<[AccountId32, PalletComputeProviderInfo]>>;
    readonly next: Option<AccountId32>;
  }

  /** @name InferaPrimitivesPageReputation (357) */
  interface InferaPrimitivesPageReputation extends Struct {
    readonly items: Vec<ITuple<[AccountId32, PalletComputeReputation]>>;
    readonly next: Option<AccountId32>;
  }

  /** @name InferaPrimitivesPageCandidate (361) */
  interface InferaPrimitivesPageCandidate extends Struct {
    readonly items: Vec<ITuple<[AccountId32, PalletValidatorsCandidate]>>;
    readonly next: Option<AccountId32>;
  }

  /** @name PalletValidatorsValidatorSets (364) */
  interface PalletValidatorsValidatorSets extends Struct {
    readonly session: u32;
    readonly current: Vec<AccountId32>;
    readonly planned: Vec<AccountId32>;
  }

  /** @name InferaPrimitivesPageJobInfo (369) */
  interface InferaPrimitivesPageJobInfo extends Struct {
    readonly items: Vec<ITuple<[u64, PalletJobsJobInfo]>>;
    readonly next: Option<u64>;
  }

  /** @name PalletJobsQuote (375) */
  interface PalletJobsQuote extends Struct {
    readonly maxPrice: u128;
    readonly fee: u128;
    readonly escrow: u128;
  }

  /** @name InferaRuntimeRuntimeError (379) */
  interface InferaRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isScheduler: boolean;
    readonly asScheduler: PalletSchedulerError;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageError;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveError;
    readonly isCouncilMembership: boolean;
    readonly asCouncilMembership: PalletMembershipError;
    readonly isValidators: boolean;
    readonly asValidators: PalletValidatorsError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isReferenda: boolean;
    readonly asReferenda: PalletReferendaError;
    readonly isConvictionVoting: boolean;
    readonly asConvictionVoting: PalletConvictionVotingError;
    readonly isModels: boolean;
    readonly asModels: PalletModelsError;
    readonly isCompute: boolean;
    readonly asCompute: PalletComputeError;
    readonly isJobs: boolean;
    readonly asJobs: PalletJobsError;
    readonly type: 'System' | 'Grandpa' | 'Balances' | 'Sudo' | 'Scheduler' | 'Preimage' | 'Council' | 'CouncilMembership' | 'Validators' | 'Session' | 'Referenda' | 'ConvictionVoting' | 'Models' | 'Compute' | 'Jobs';
  }

} // declare module
