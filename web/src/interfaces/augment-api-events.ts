// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPreimagesBounded, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, InferaPrimitivesAgreementRule, InferaPrimitivesSlashReason, InferaRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, PalletComputeProviderStatus, PalletConvictionVotingTally, PalletConvictionVotingVoteAccountVote, PalletJobsFailReason, PalletValidatorsOffence, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: InferaRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: InferaRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: InferaRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: InferaRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: InferaRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: InferaRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: InferaRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: InferaRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: InferaRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: InferaRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
    compute: {
      /**
       * A provider bonded more stake.
       **/
      Bonded: AugmentedEvent<ApiType, [provider: AccountId32, amount: u128], { provider: AccountId32, amount: u128 }>;
      /**
       * A provider changed its endpoint.
       **/
      EndpointUpdated: AugmentedEvent<ApiType, [provider: AccountId32, endpoint: Bytes], { provider: AccountId32, endpoint: Bytes }>;
      /**
       * A provider changed its hardware profile.
       **/
      HardwareUpdated: AugmentedEvent<ApiType, [provider: AccountId32], { provider: AccountId32 }>;
      /**
       * A provider now serves a model at this price (new offer or new price).
       **/
      ModelPriceSet: AugmentedEvent<ApiType, [provider: AccountId32, modelId: u32, price: u128], { provider: AccountId32, modelId: u32, price: u128 }>;
      /**
       * A provider stopped serving a model.
       **/
      ModelRemoved: AugmentedEvent<ApiType, [provider: AccountId32, modelId: u32], { provider: AccountId32, modelId: u32 }>;
      /**
       * A provider deregistered; its stake is unbonding.
       **/
      ProviderDeregistered: AugmentedEvent<ApiType, [provider: AccountId32], { provider: AccountId32 }>;
      /**
       * A provider registered and bonded stake.
       **/
      ProviderRegistered: AugmentedEvent<ApiType, [provider: AccountId32, stake: u128], { provider: AccountId32, stake: u128 }>;
      /**
       * A leaving provider withdrew its last stake; its record is gone.
       **/
      ProviderRemoved: AugmentedEvent<ApiType, [provider: AccountId32], { provider: AccountId32 }>;
      /**
       * A provider's stake was slashed.
       **/
      ProviderSlashed: AugmentedEvent<ApiType, [provider: AccountId32, amount: u128, compensation: u128, reason: InferaPrimitivesSlashReason], { provider: AccountId32, amount: u128, compensation: u128, reason: InferaPrimitivesSlashReason }>;
      /**
       * A provider's status changed.
       **/
      StatusChanged: AugmentedEvent<ApiType, [provider: AccountId32, status: PalletComputeProviderStatus], { provider: AccountId32, status: PalletComputeProviderStatus }>;
      /**
       * A provider started unbonding stake.
       **/
      Unbonded: AugmentedEvent<ApiType, [provider: AccountId32, amount: u128, unlockAt: u32], { provider: AccountId32, amount: u128, unlockAt: u32 }>;
      /**
       * Unbonded stake was released to the provider.
       **/
      Withdrawn: AugmentedEvent<ApiType, [provider: AccountId32, amount: u128], { provider: AccountId32, amount: u128 }>;
      /**
       * A provider proposed a worker key; it is bound once that account accepts.
       **/
      WorkerProposed: AugmentedEvent<ApiType, [provider: AccountId32, worker: AccountId32], { provider: AccountId32, worker: AccountId32 }>;
      /**
       * A worker key was bound to a provider (accepted by the worker), or the provider
       * cleared its worker key (`None`).
       **/
      WorkerSet: AugmentedEvent<ApiType, [provider: AccountId32, worker: Option<AccountId32>], { provider: AccountId32, worker: Option<AccountId32> }>;
    };
    convictionVoting: {
      /**
       * An account has delegated their vote to another account. \[who, target\]
       **/
      Delegated: AugmentedEvent<ApiType, [AccountId32, AccountId32, u16]>;
      /**
       * An \[account\] has cancelled a previous delegation operation.
       **/
      Undelegated: AugmentedEvent<ApiType, [AccountId32, u16]>;
      /**
       * An account has voted
       **/
      Voted: AugmentedEvent<ApiType, [who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32], { who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32 }>;
      /**
       * A vote has been removed
       **/
      VoteRemoved: AugmentedEvent<ApiType, [who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32], { who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32 }>;
      /**
       * The lockup period of a conviction vote expired, and the funds have been unlocked.
       **/
      VoteUnlocked: AugmentedEvent<ApiType, [who: AccountId32, class_: u16], { who: AccountId32, class: u16 }>;
    };
    council: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
    };
    councilMembership: {
      /**
       * Phantom member, never used.
       **/
      Dummy: AugmentedEvent<ApiType, []>;
      /**
       * One of the members' keys changed.
       **/
      KeyChanged: AugmentedEvent<ApiType, []>;
      /**
       * The given member was added; see the transaction for who.
       **/
      MemberAdded: AugmentedEvent<ApiType, []>;
      /**
       * The given member was removed; see the transaction for who.
       **/
      MemberRemoved: AugmentedEvent<ApiType, []>;
      /**
       * The membership was reset; see the transaction for who the new set is.
       **/
      MembersReset: AugmentedEvent<ApiType, []>;
      /**
       * Two members were swapped; see the transaction for who.
       **/
      MembersSwapped: AugmentedEvent<ApiType, []>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
    };
    historical: {
      /**
       * The merkle roots of up to this session index were pruned
       **/
      RootsPruned: AugmentedEvent<ApiType, [upTo: u32], { upTo: u32 }>;
      /**
       * The merkle root of the validators of the said session were stored
       **/
      RootStored: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
    };
    jobs: {
      /**
       * No output was revealed by a strict majority (a split): until `until` a provider of
       * the job may appeal (`challenge`) for its output; unappealed, the job then fails
       * `NoMajority`.
       **/
      AppealWindowOpened: AugmentedEvent<ApiType, [jobId: u64, until: u32], { jobId: u64, until: u32 }>;
      /**
       * The job is audited: `auditor` runs it too and commits by `deadline`.
       **/
      AuditorAssigned: AugmentedEvent<ApiType, [jobId: u64, auditor: AccountId32, deadline: u32], { jobId: u64, auditor: AccountId32, deadline: u32 }>;
      /**
       * The worker of a job that may be audited committed (or worker and auditor disagreed):
       * block `at` decides whether to audit it and draws the auditor (or the tie-breaker).
       **/
      AuditorPending: AugmentedEvent<ApiType, [jobId: u64, at: u32], { jobId: u64, at: u32 }>;
      /**
       * A challenge was not decided in time: the bond was returned. A single provider's
       * result is not accepted (the job fails `DisputeLapsed`, nobody is slashed); a majority
       * result stands.
       **/
      ChallengeLapsed: AugmentedEvent<ApiType, [jobId: u64], { jobId: u64 }>;
      /**
       * Governance decided a challenge.
       **/
      ChallengeResolved: AugmentedEvent<ApiType, [jobId: u64, upheld: bool], { jobId: u64, upheld: bool }>;
      /**
       * A single-provider result, or a majority result some provider disputed by revealing
       * another output, awaits the end of its challenge window.
       **/
      ChallengeWindowOpened: AugmentedEvent<ApiType, [jobId: u64, outputHash: H256, until: u32], { jobId: u64, outputHash: H256, until: u32 }>;
      /**
       * Providers were assigned.
       **/
      JobAssigned: AugmentedEvent<ApiType, [jobId: u64, providers: Vec<AccountId32>, deadline: u32], { jobId: u64, providers: Vec<AccountId32>, deadline: u32 }>;
      /**
       * The submitter cancelled a queued job and was refunded.
       **/
      JobCancelled: AugmentedEvent<ApiType, [jobId: u64, refund: u128], { jobId: u64, refund: u128 }>;
      /**
       * A result was challenged, or a split appealed.
       **/
      JobChallenged: AugmentedEvent<ApiType, [jobId: u64, challenger: AccountId32, bond: u128], { jobId: u64, challenger: AccountId32, bond: u128 }>;
      /**
       * A job ended without an accepted result.
       **/
      JobFailed: AugmentedEvent<ApiType, [jobId: u64, reason: PalletJobsFailReason, payments: Vec<ITuple<[AccountId32, u128]>>, fee: u128, refund: u128], { jobId: u64, reason: PalletJobsFailReason, payments: Vec<ITuple<[AccountId32, u128]>>, fee: u128, refund: u128 }>;
      /**
       * The job is not audited (the draw said no, or no provider was eligible to audit): its
       * worker's result stands alone, open to challenges.
       **/
      JobNotAudited: AugmentedEvent<ApiType, [jobId: u64], { jobId: u64 }>;
      /**
       * A finished job left storage (after the retention period if it was assigned, at once
       * if cancelled or never assigned) and its storage deposit was returned.
       **/
      JobPruned: AugmentedEvent<ApiType, [jobId: u64, deposit: u128], { jobId: u64, deposit: u128 }>;
      /**
       * Not enough eligible providers yet: the job waits in the queue.
       **/
      JobQueued: AugmentedEvent<ApiType, [jobId: u64], { jobId: u64 }>;
      /**
       * Receipt of a settled job: the result was accepted and paid for.
       **/
      JobSettled: AugmentedEvent<ApiType, [jobId: u64, submitter: AccountId32, modelId: u32, resultHash: H256, payments: Vec<ITuple<[AccountId32, u128]>>, fee: u128, refund: u128], { jobId: u64, submitter: AccountId32, modelId: u32, resultHash: H256, payments: Vec<ITuple<[AccountId32, u128]>>, fee: u128, refund: u128 }>;
      /**
       * A job was submitted and its payment put in escrow.
       **/
      JobSubmitted: AugmentedEvent<ApiType, [jobId: u64, submitter: AccountId32, modelId: u32, redundancy: u32, maxPrice: u128, escrow: u128, deposit: u128, deadline: u32], { jobId: u64, submitter: AccountId32, modelId: u32, redundancy: u32, maxPrice: u128, escrow: u128, deposit: u128, deadline: u32 }>;
      /**
       * A provider of an audited job opened its commitment with its output hash only; the
       * output is published later (`ResultRevealed`).
       **/
      OutputHashRevealed: AugmentedEvent<ApiType, [jobId: u64, provider: AccountId32, outputHash: H256], { jobId: u64, provider: AccountId32, outputHash: H256 }>;
      /**
       * A provider at fault on a job was slashed. Compute's `ProviderSlashed`, emitted before
       * it (compute's `StatusChanged` may come between), reports the slash itself (the same
       * provider, amounts and reason); this event adds the job it was for. A provider left
       * with nothing at stake is removed (compute's `ProviderRemoved`, after this event) once
       * this was its last open job and nothing of its stake is unbonding.
       **/
      ProviderPenalized: AugmentedEvent<ApiType, [jobId: u64, provider: AccountId32, reason: InferaPrimitivesSlashReason, slashed: u128, compensation: u128], { jobId: u64, provider: AccountId32, reason: InferaPrimitivesSlashReason, slashed: u128, compensation: u128 }>;
      /**
       * A provider committed to its result.
       **/
      ResultCommitted: AugmentedEvent<ApiType, [jobId: u64, provider: AccountId32], { jobId: u64, provider: AccountId32 }>;
      /**
       * A provider revealed its result.
       **/
      ResultRevealed: AugmentedEvent<ApiType, [jobId: u64, provider: AccountId32, outputHash: H256], { jobId: u64, provider: AccountId32, outputHash: H256 }>;
      /**
       * The reveal phase began.
       **/
      RevealStarted: AugmentedEvent<ApiType, [jobId: u64, until: u32], { jobId: u64, until: u32 }>;
      /**
       * Worker and auditor disagreed: `provider` runs the job a third time and commits by
       * `deadline`; the majority decides.
       **/
      TieBreakerAssigned: AugmentedEvent<ApiType, [jobId: u64, provider: AccountId32, deadline: u32], { jobId: u64, provider: AccountId32, deadline: u32 }>;
    };
    models: {
      /**
       * The deposit of a retired model went back to its owner.
       **/
      DepositReleased: AugmentedEvent<ApiType, [modelId: u32, returned: u128], { modelId: u32, returned: u128 }>;
      /**
       * An update of a listed model sent it back to `Proposed`: it needs a new listing
       * decision.
       **/
      ListingReopened: AugmentedEvent<ApiType, [modelId: u32], { modelId: u32 }>;
      /**
       * Governance delisted a listed model.
       **/
      ModelDelisted: AugmentedEvent<ApiType, [modelId: u32, slashed: u128, returned: u128], { modelId: u32, slashed: u128, returned: u128 }>;
      /**
       * Governance listed a model: it may now receive jobs.
       **/
      ModelListed: AugmentedEvent<ApiType, [modelId: u32], { modelId: u32 }>;
      /**
       * A model was registered and awaits the listing decision.
       **/
      ModelRegistered: AugmentedEvent<ApiType, [modelId: u32, owner: AccountId32, deposit: u128, agreement: InferaPrimitivesAgreementRule, auditChance: Perbill], { modelId: u32, owner: AccountId32, deposit: u128, agreement: InferaPrimitivesAgreementRule, auditChance: Perbill }>;
      /**
       * Governance rejected a proposed model.
       **/
      ModelRejected: AugmentedEvent<ApiType, [modelId: u32, slashed: u128, returned: u128], { modelId: u32, slashed: u128, returned: u128 }>;
      /**
       * The owner retired a model: it takes no more jobs; its deposit stays held (and
       * slashable by governance) until `release_at`.
       **/
      ModelRetired: AugmentedEvent<ApiType, [modelId: u32, releaseAt: u32], { modelId: u32, releaseAt: u32 }>;
      /**
       * The owner changed a model's metadata URI and/or price.
       **/
      ModelUpdated: AugmentedEvent<ApiType, [modelId: u32, metadataUri: Option<Bytes>, pricePerJob: Option<u128>], { modelId: u32, metadataUri: Option<Bytes>, pricePerJob: Option<u128> }>;
    };
    offences: {
      /**
       * There is an offence reported of the given `kind` happened at the `session_index` and
       * (kind-specific) time slot. This event is not deposited for duplicate slashes.
       * \[kind, slot\].
       **/
      Offence: AugmentedEvent<ApiType, [kind: U8aFixed, slot: Bytes], { kind: U8aFixed, slot: Bytes }>;
    };
    preimage: {
      /**
       * A preimage has ben cleared.
       **/
      Cleared: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been noted.
       **/
      Noted: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been requested.
       **/
      Requested: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
    };
    referenda: {
      /**
       * A referendum has been approved and its proposal has been scheduled.
       **/
      Approved: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * A referendum has been cancelled.
       **/
      Cancelled: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      ConfirmAborted: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * A referendum has ended its confirmation phase and is ready for approval.
       **/
      Confirmed: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      ConfirmStarted: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * The decision deposit has been placed.
       **/
      DecisionDepositPlaced: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * The decision deposit has been refunded.
       **/
      DecisionDepositRefunded: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * A referendum has moved into the deciding phase.
       **/
      DecisionStarted: AugmentedEvent<ApiType, [index: u32, track: u16, proposal: FrameSupportPreimagesBounded, tally: PalletConvictionVotingTally], { index: u32, track: u16, proposal: FrameSupportPreimagesBounded, tally: PalletConvictionVotingTally }>;
      /**
       * A deposit has been slashed.
       **/
      DepositSlashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * A referendum has been killed.
       **/
      Killed: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * Metadata for a referendum has been cleared.
       **/
      MetadataCleared: AugmentedEvent<ApiType, [index: u32, hash_: H256], { index: u32, hash_: H256 }>;
      /**
       * Metadata for a referendum has been set.
       **/
      MetadataSet: AugmentedEvent<ApiType, [index: u32, hash_: H256], { index: u32, hash_: H256 }>;
      /**
       * A proposal has been rejected by referendum.
       **/
      Rejected: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * The submission deposit has been refunded.
       **/
      SubmissionDepositRefunded: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * A referendum has been submitted.
       **/
      Submitted: AugmentedEvent<ApiType, [index: u32, track: u16, proposal: FrameSupportPreimagesBounded], { index: u32, track: u16, proposal: FrameSupportPreimagesBounded }>;
      /**
       * A referendum has been timed out without being decided.
       **/
      TimedOut: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
    };
    scheduler: {
      /**
       * Agenda is incomplete from `when`.
       **/
      AgendaIncomplete: AugmentedEvent<ApiType, [when: u32], { when: u32 }>;
      /**
       * The call for the provided hash was not found so the task has been aborted.
       **/
      CallUnavailable: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Canceled some task.
       **/
      Canceled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
      /**
       * Dispatched some task.
       **/
      Dispatched: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The given task was unable to be renewed since the agenda is full at that block.
       **/
      PeriodicFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task can never be executed since it is overweight.
       **/
      PermanentlyOverweight: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Cancel a retry configuration for some task.
       **/
      RetryCancelled: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task was unable to be retried since the agenda is full at that block or there
       * was not enough weight to reschedule it.
       **/
      RetryFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Set a retry configuration for some task.
       **/
      RetrySet: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8 }>;
      /**
       * Scheduled some task.
       **/
      Scheduled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
    };
    validators: {
      /**
       * `who` bonded `amount` (a new candidate, or more stake).
       **/
      Bonded: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The candidacy of `who` (bonded `stake`) gave way to the larger bond of `by`; its stake
       * unbonds (see the `Unbonding` event before this one).
       **/
      Displaced: AugmentedEvent<ApiType, [who: AccountId32, stake: u128, by: AccountId32], { who: AccountId32, stake: u128, by: AccountId32 }>;
      /**
       * `who`, deactivated by a fault, is a candidate again.
       **/
      Rejoined: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * The set of session `session` was chosen.
       **/
      SetPlanned: AugmentedEvent<ApiType, [session: u32, validators: Vec<AccountId32>], { session: u32, validators: Vec<AccountId32> }>;
      /**
       * Governance cancelled the slash of `validator` for `offence` in session `session`.
       **/
      SlashCancelled: AugmentedEvent<ApiType, [validator: AccountId32, offence: PalletValidatorsOffence, session: u32, amount: u128], { validator: AccountId32, offence: PalletValidatorsOffence, session: u32, amount: u128 }>;
      /**
       * `validator` lost `amount` for `offence` (to the slash destination).
       **/
      Slashed: AugmentedEvent<ApiType, [validator: AccountId32, offence: PalletValidatorsOffence, amount: u128], { validator: AccountId32, offence: PalletValidatorsOffence, amount: u128 }>;
      /**
       * A later report of the same offence in the same session had a higher fraction: the
       * pending slash of `validator` is now `amount` (not added to).
       **/
      SlashRaised: AugmentedEvent<ApiType, [validator: AccountId32, offence: PalletValidatorsOffence, session: u32, amount: u128], { validator: AccountId32, offence: PalletValidatorsOffence, session: u32, amount: u128 }>;
      /**
       * `validator` committed `offence` in session `session`: it loses `amount` at the start of
       * session `apply_at` unless the slash is cancelled. `deactivated`: the fault took it out
       * of the candidates (false when the floor or the per-session cap kept it, or it was not
       * active).
       **/
      SlashReported: AugmentedEvent<ApiType, [validator: AccountId32, offence: PalletValidatorsOffence, session: u32, amount: u128, applyAt: u32, deactivated: bool], { validator: AccountId32, offence: PalletValidatorsOffence, session: u32, amount: u128, applyAt: u32, deactivated: bool }>;
      /**
       * `who` left (or was displaced): `amount` unbonds until session `until`.
       **/
      Unbonding: AugmentedEvent<ApiType, [who: AccountId32, amount: u128, until: u32], { who: AccountId32, amount: u128, until: u32 }>;
      /**
       * `who` withdrew `amount` of unbonded stake.
       **/
      Withdrawn: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
  } // AugmentedEvents
} // declare module
