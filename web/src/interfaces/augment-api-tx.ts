// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, Struct, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPreimagesBounded, FrameSupportScheduleDispatchTime, InferaPrimitivesAcceleratorClass, InferaPrimitivesAgreementRule, InferaPrimitivesHardwareRequirement, InferaPrimitivesModelFormat, InferaPrimitivesTaskKind, InferaRuntimeOriginCaller, InferaRuntimeSessionKeys, PalletBalancesAdjustmentDirection, PalletConvictionVotingConviction, PalletConvictionVotingVoteAccountVote, PalletJobsPayloadArg, PalletValidatorsOffence, SpConsensusGrandpaEquivocationProof, SpSessionMembershipProof, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
    };
    compute: {
      /**
       * Accept being `provider`'s worker key: from now on this account's off-chain worker
       * may commit and reveal results for the provider. Replaces the provider's previous
       * worker key.
       * 
       * - origin: must be signed by the account the provider proposed (`set_worker`), which
       * is no provider and no other provider's worker.
       * 
       * Emits `WorkerSet`.
       **/
      acceptWorker: AugmentedSubmittable<(provider: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Bond `amount` more stake.
       * 
       * - origin: must be signed by a provider that is not leaving.
       * 
       * Emits `Bonded`.
       **/
      bondExtra: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Leave the marketplace: all bonded stake starts unbonding, offers are withdrawn and the
       * provider takes no more jobs. The record is removed with the last withdrawal.
       * 
       * - origin: must be signed by a provider with no active jobs.
       * 
       * Emits `ProviderDeregistered` (and `Unbonded` if stake was bonded).
       **/
      deregister: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Stop taking new jobs.
       * 
       * - origin: must be signed by an online provider.
       * 
       * Emits `StatusChanged`.
       **/
      goOffline: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Take new jobs again; needs at least `MinProviderStake` bonded.
       * 
       * - origin: must be signed by a paused provider.
       * 
       * Emits `StatusChanged`.
       **/
      goOnline: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Register as a provider, bonding `stake` (at least `MinProviderStake`).
       * 
       * - origin: must be signed; the signer becomes the provider.
       * - `endpoint`: `http://` or `https://` URL of the inference server.
       * - `hardware`: the hardware profile (region at most `MaxRegionLength` bytes).
       * 
       * Emits `ProviderRegistered`.
       **/
      registerProvider: AugmentedSubmittable<(endpoint: Bytes | string | Uint8Array, hardware: {
    readonly accelerator: InferaPrimitivesAcceleratorClass;
    readonly acceleratorCount: u32;
    readonly memoryMib: u32;
    readonly region: Bytes;
  } & Struct | { accelerator?: any; acceleratorCount?: any; memoryMib?: any; region?: any } | string | Uint8Array, stake: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, {
    readonly accelerator: InferaPrimitivesAcceleratorClass;
    readonly acceleratorCount: u32;
    readonly memoryMib: u32;
    readonly region: Bytes;
  } & Struct, u128]>;
      /**
       * Stop serving a model.
       * 
       * - origin: must be signed by a provider serving `model_id`.
       * 
       * Emits `ModelRemoved`.
       **/
      removeModel: AugmentedSubmittable<(modelId: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Serve a listed model at `price` per job, or change the price of one already served.
       * When the model already has `MaxProvidersPerModel` providers, the new offer takes the
       * place of a provider that is not online, or else of the provider with the least bonded
       * stake if the signer has more.
       * 
       * - origin: must be signed by an online provider (which has at least `MinProviderStake`
       * bonded).
       * - `model_id`: a listed model whose hardware requirement the provider meets.
       * 
       * Emits `ModelPriceSet` (and `ModelRemoved` for a displaced provider).
       **/
      setModelPrice: AugmentedSubmittable<(modelId: u32 | AnyNumber | Uint8Array, price: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u128]>;
      /**
       * Propose a worker key whose off-chain worker will act for the provider, or clear the
       * worker key (`None`, at once). A proposed key is bound only when its account accepts
       * with `accept_worker`; until then the previous key (if any) stays bound.
       * 
       * - origin: must be signed by a provider that is not leaving.
       * - `worker`: an account that is no provider.
       * 
       * Emits `WorkerProposed`, or `WorkerSet` with `None`.
       **/
      setWorker: AugmentedSubmittable<(worker: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
      /**
       * Start unbonding `amount`: it stays held and slashable for `UnbondingPeriod` blocks.
       * Stake that backs open jobs (the exposure) cannot be unbonded. Leaving less than
       * `MinProviderStake` bonded pauses the provider and withdraws its offers.
       * 
       * - origin: must be signed by a provider that is not leaving.
       * - `amount`: at most `bonded - exposure`.
       * 
       * Emits `Unbonded` (and `StatusChanged` and `ModelRemoved` when it pauses the
       * provider).
       **/
      unbond: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Change the endpoint of the inference server.
       * 
       * - origin: must be signed by a provider that is not leaving.
       * 
       * Emits `EndpointUpdated`.
       **/
      updateEndpoint: AugmentedSubmittable<(endpoint: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Change the hardware profile. Fails if the new hardware no longer meets the
       * requirement of a model the provider serves.
       * 
       * - origin: must be signed by a provider that is not leaving.
       * 
       * Emits `HardwareUpdated`.
       **/
      updateHardware: AugmentedSubmittable<(hardware: {
    readonly accelerator: InferaPrimitivesAcceleratorClass;
    readonly acceleratorCount: u32;
    readonly memoryMib: u32;
    readonly region: Bytes;
  } & Struct | { accelerator?: any; acceleratorCount?: any; memoryMib?: any; region?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [{
    readonly accelerator: InferaPrimitivesAcceleratorClass;
    readonly acceleratorCount: u32;
    readonly memoryMib: u32;
    readonly region: Bytes;
  } & Struct]>;
      /**
       * Release every unbonding chunk that is due. A leaving provider whose last chunk is
       * withdrawn is removed.
       * 
       * - origin: must be signed by a provider.
       * 
       * Emits `Withdrawn` (and `ProviderRemoved` for the last withdrawal of a leaving
       * provider).
       **/
      withdrawUnbonded: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
    };
    convictionVoting: {
      /**
       * Delegate the voting power (with some given conviction) of the sending account for a
       * particular class of polls.
       * 
       * The balance delegated is locked for as long as it's delegated, and thereafter for the
       * time appropriate for the conviction's lock period.
       * 
       * The dispatch origin of this call must be _Signed_, and the signing account must either:
       * - be delegating already; or
       * - have no voting activity (if there is, then it will need to be removed through
       * `remove_vote`).
       * 
       * - `to`: The account whose voting the `target` account's voting power will follow.
       * - `class`: The class of polls to delegate. To delegate multiple classes, multiple calls
       * to this function are required.
       * - `conviction`: The conviction that will be attached to the delegated votes. When the
       * account is undelegated, the funds will be locked for the corresponding period.
       * - `balance`: The amount of the account's balance to be used in delegating. This must not
       * be more than the account's current balance.
       * 
       * Emits `Delegated`.
       * 
       * Weight: `O(R)` where R is the number of polls the voter delegating to has
       * voted on. Weight is initially charged as if maximum votes, but is refunded later.
       **/
      delegate: AugmentedSubmittable<(clazz: u16 | AnyNumber | Uint8Array, to: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, conviction: PalletConvictionVotingConviction | 'None' | 'Locked1x' | 'Locked2x' | 'Locked3x' | 'Locked4x' | 'Locked5x' | 'Locked6x' | number | Uint8Array, balance: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, MultiAddress, PalletConvictionVotingConviction, u128]>;
      /**
       * Remove a vote for a poll.
       * 
       * If the `target` is equal to the signer, then this function is exactly equivalent to
       * `remove_vote`. If not equal to the signer, then the vote must have expired,
       * either because the poll was cancelled, because the voter lost the poll or
       * because the conviction period is over.
       * 
       * The dispatch origin of this call must be _Signed_.
       * 
       * - `target`: The account of the vote to be removed; this account must have voted for poll
       * `index`.
       * - `index`: The index of poll of the vote to be removed.
       * - `class`: The class of the poll.
       * 
       * Weight: `O(R + log R)` where R is the number of polls that `target` has voted on.
       * Weight is calculated for the maximum number of vote.
       **/
      removeOtherVote: AugmentedSubmittable<(target: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, clazz: u16 | AnyNumber | Uint8Array, index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u16, u32]>;
      /**
       * Remove a vote for a poll.
       * 
       * If:
       * - the poll was cancelled, or
       * - the poll is ongoing, or
       * - the poll has ended such that
       * - the vote of the account was in opposition to the result; or
       * - there was no conviction to the account's vote; or
       * - the account made a split vote
       * ...then the vote is removed cleanly and a following call to `unlock` may result in more
       * funds being available.
       * 
       * If, however, the poll has ended and:
       * - it finished corresponding to the vote of the account, and
       * - the account made a standard vote with conviction, and
       * - the lock period of the conviction is not over
       * ...then the lock will be aggregated into the overall account's lock, which may involve
       * *overlocking* (where the two locks are combined into a single lock that is the maximum
       * of both the amount locked and the time is it locked for).
       * 
       * The dispatch origin of this call must be _Signed_, and the signer must have a vote
       * registered for poll `index`.
       * 
       * - `index`: The index of poll of the vote to be removed.
       * - `class`: Optional parameter, if given it indicates the class of the poll. For polls
       * which have finished or are cancelled, this must be `Some`.
       * 
       * Weight: `O(R + log R)` where R is the number of polls that `target` has voted on.
       * Weight is calculated for the maximum number of vote.
       **/
      removeVote: AugmentedSubmittable<(clazz: Option<u16> | null | Uint8Array | u16 | AnyNumber, index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u16>, u32]>;
      /**
       * Undelegate the voting power of the sending account for a particular class of polls.
       * 
       * Tokens may be unlocked following once an amount of time consistent with the lock period
       * of the conviction with which the delegation was issued has passed.
       * 
       * The dispatch origin of this call must be _Signed_ and the signing account must be
       * currently delegating.
       * 
       * - `class`: The class of polls to remove the delegation from.
       * 
       * Emits `Undelegated`.
       * 
       * Weight: `O(R)` where R is the number of polls the voter delegating to has
       * voted on. Weight is initially charged as if maximum votes, but is refunded later.
       **/
      undelegate: AugmentedSubmittable<(clazz: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16]>;
      /**
       * Remove the lock caused by prior voting/delegating which has expired within a particular
       * class.
       * 
       * The dispatch origin of this call must be _Signed_.
       * 
       * - `class`: The class of polls to unlock.
       * - `target`: The account to remove the lock on.
       * 
       * Weight: `O(R)` with R number of vote of target.
       **/
      unlock: AugmentedSubmittable<(clazz: u16 | AnyNumber | Uint8Array, target: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, MultiAddress]>;
      /**
       * Vote in a poll. If `vote.is_aye()`, the vote is to enact the proposal;
       * otherwise it is a vote to keep the status quo.
       * 
       * The dispatch origin of this call must be _Signed_.
       * 
       * - `poll_index`: The index of the poll to vote for.
       * - `vote`: The vote configuration.
       * 
       * Weight: `O(R)` where R is the number of polls the voter has voted on.
       **/
      vote: AugmentedSubmittable<(pollIndex: Compact<u32> | AnyNumber | Uint8Array, vote: PalletConvictionVotingVoteAccountVote | { Standard: any } | { Split: any } | { SplitAbstain: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, PalletConvictionVotingVoteAccountVote]>;
    };
    council: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
    };
    councilMembership: {
      /**
       * Add a member `who` to the set.
       * 
       * May only be called from `T::AddOrigin`.
       **/
      addMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out the sending member for some other key `new`.
       * 
       * May only be called from `Signed` origin of a current member.
       * 
       * Prime membership is passed from the origin account to `new`, if extant.
       **/
      changeKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove the prime member if it exists.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      clearPrime: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a member `who` from the set.
       * 
       * May only be called from `T::RemoveOrigin`.
       **/
      removeMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Change the membership to a new set, disregarding the existing membership. Be nice and
       * pass `members` pre-sorted.
       * 
       * May only be called from `T::ResetOrigin`.
       **/
      resetMembers: AugmentedSubmittable<(members: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Set the prime member. Must be a current member.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      setPrime: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out one member `remove` for another `add`.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * Prime membership is *not* passed from `remove` to `add`, if extant.
       **/
      swapMember: AugmentedSubmittable<(remove: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, add: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress]>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpSessionMembershipProof | { session?: any; trieNodes?: any; validatorCount?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpSessionMembershipProof]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpSessionMembershipProof | { session?: any; trieNodes?: any; validatorCount?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpSessionMembershipProof]>;
    };
    jobs: {
      /**
       * Cancel a job still waiting for providers; the escrow is refunded in full and the job
       * is pruned (deposit returned) in the next block.
       * 
       * - origin: must be signed by the job's submitter.
       * 
       * Emits `JobCancelled`.
       **/
      cancelJob: AugmentedSubmittable<(jobId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Challenge a result within its challenge window, holding `ChallengeBond`: a
       * single provider's result, or a majority result that another provider of the job
       * contradicted (its appeal). `ResolutionOrigin` decides: upheld returns the bond,
       * slashes the providers of the result, pays the challenger `ChallengerReward` of one
       * slash and refunds the submitter in full; dismissed pays the bond to a provider of the
       * result and the standing verdict applies. Undecided within `DisputePeriod`, the bond
       * is returned; a single provider's result is not accepted (the job fails
       * `DisputeLapsed`), a majority result stands.
       * 
       * A split (no output revealed by a strict majority) has no result to challenge but an
       * appeal window too: a provider of the job that revealed an output may appeal for it.
       * Upheld, that output is accepted (its providers are paid, the others slashed
       * `WrongResult`, the bond returned); dismissed, the appellant is slashed `WrongResult`,
       * its bond goes to a provider of another output and the job fails `NoMajority`; lapsed,
       * the job fails `NoMajority`, the bond returned.
       * 
       * - origin: must be signed (the submitter, a provider of the job or any watcher; for a
       * split: a provider of the job that revealed an output, with its own account).
       * 
       * Emits `JobChallenged`.
       **/
      challenge: AugmentedSubmittable<(jobId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Commit to a result: `commitment =` [`commitment_of`]`(job_id, provider, output_hash,
       * salt)`, where `provider` is the provider's account (also when its worker key signs),
       * `output_hash` BLAKE2-256 of the output (or [`input_rejected_hash`]) and `salt` 32
       * secret random bytes.
       * 
       * - origin: must be signed by an assigned provider or its worker key, once, by the
       * job's deadline.
       * - `commitment`: not one another provider of the job already made.
       * 
       * Emits `ResultCommitted` (and `RevealStarted` once every provider committed).
       **/
      commitResult: AugmentedSubmittable<(jobId: u64 | AnyNumber | Uint8Array, commitment: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256]>;
      /**
       * Decide a challenge.
       * 
       * - origin: `ResolutionOrigin`.
       * - `upheld`: `true` if the challenger is right. For a challenged result: the result is
       * wrong, the challenger's bond is returned, the providers of the result slashed
       * (`WrongResult`) with `ChallengerReward` of one slash to the challenger, and the
       * submitter refunded in full; `false`: the bond is paid to the first provider of the
       * result and the standing verdict applies. For an appealed split: the appellant's
       * output is accepted; `false`: the appellant is slashed, its bond paid to the first
       * provider of another output, and the job fails `NoMajority`.
       * 
       * Emits `ChallengeResolved`, then `JobFailed` or `JobSettled`.
       **/
      resolveChallenge: AugmentedSubmittable<(jobId: u64 | AnyNumber | Uint8Array, upheld: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, bool]>;
      /**
       * Open a committed result of an audited job with its output hash only: worker and
       * auditor do this first, so that no output is public before a tie-breaker (if their
       * hashes differ) has committed. The output itself follows with `reveal_result` once the
       * job asks for it (an opened output never published counts as not revealed).
       * 
       * - origin: as for `reveal_result`; the job must be audited and in the reveal phase of
       * its worker and auditor (else `OutputRequired`).
       * - `output_hash`, `salt`: must match the commitment; not the rejection's
       * (`UseRevealRejection`: a rejection is revealed with `reveal_rejection`).
       * 
       * Emits `OutputHashRevealed`; the last opening decides between publishing the outputs
       * and drawing a tie-breaker.
       **/
      revealOutputHash: AugmentedSubmittable<(jobId: u64 | AnyNumber | Uint8Array, outputHash: H256 | string | Uint8Array, salt: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256, H256]>;
      /**
       * Reveal a committed "input rejected": the provider could not run the job's input
       * (see [`input_rejected_hash`]). Judged like any output: a majority of rejections fails
       * the job with `InputRejected`, the rejecting providers are paid the rejection price
       * and nobody in the majority is slashed.
       * 
       * - origin: as for `reveal_result`.
       * - `salt`: the salt of the commitment to [`input_rejected_hash`].
       * 
       * Emits `ResultRevealed` with the rejection hash; the last reveal judges the job.
       **/
      revealRejection: AugmentedSubmittable<(jobId: u64 | AnyNumber | Uint8Array, salt: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256]>;
      /**
       * Reveal a committed result.
       * 
       * - origin: must be signed by an assigned provider (or its worker) that committed, once,
       * in the reveal phase.
       * - `output`: inline bytes (at most `MaxOutputLength`) or hash + URI (not for a model
       * whose agreement rule compares outputs: `OutputNotInline`); its hash and `salt` must
       * match the commitment.
       * 
       * Emits `ResultRevealed`; the last reveal judges the job (see the pallet docs).
       **/
      revealResult: AugmentedSubmittable<(jobId: u64 | AnyNumber | Uint8Array, output: PalletJobsPayloadArg | { Inline: any } | { Remote: any } | string | Uint8Array, salt: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletJobsPayloadArg, H256]>;
      /**
       * Submit an inference job and put its payment in escrow.
       * 
       * - origin: must be signed; the signer pays.
       * - `model_id`: a listed model.
       * - `input`: inline bytes (at most `MaxInputLength`, not empty, UTF-8 for models that
       * take text) or hash + URI.
       * - `max_price`: highest price per provider, at least the model's price.
       * - `redundancy`: providers to run it, 1..=`MaxRedundancy`.
       * - `deadline`: last block to commit results, `MinCommitWindow`..=`MaxCommitWindow`
       * blocks ahead.
       * 
       * Holds `max_price * redundancy + fee` in escrow (plus `max_price` per possible audit
       * run, [`Pallet::audit_runs`], for a single-provider job of a model with audits) and
       * the job's storage deposit
       * (`JobDepositBase + JobDepositPerByte * encoded input length`, returned when the job
       * is pruned). The next block's hook draws the providers, with randomness that does not
       * exist yet when the job is signed.
       * 
       * Emits `JobSubmitted` (and in the next block `JobAssigned` or `JobQueued`).
       **/
      submitJob: AugmentedSubmittable<(modelId: u32 | AnyNumber | Uint8Array, input: PalletJobsPayloadArg | { Inline: any } | { Remote: any } | string | Uint8Array, maxPrice: u128 | AnyNumber | Uint8Array, redundancy: u32 | AnyNumber | Uint8Array, deadline: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, PalletJobsPayloadArg, u128, u32, u32]>;
    };
    models: {
      /**
       * List a proposed model: from now on it may receive jobs. A model its owner retired
       * cannot be listed (an approval motion still open at retirement fails `NotProposed`).
       * 
       * - origin: must be `ListingOrigin` (in the runtime a referendum on the model-listings
       * track, a council majority or root).
       * 
       * Emits `ModelListed`.
       **/
      approveListing: AugmentedSubmittable<(modelId: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Delist a listed model, or one its owner retired within `RetirementDelay`; its deposit
       * is slashed if `slash_deposit`, else returned.
       * 
       * - origin: must be `ListingOrigin`.
       * 
       * Emits `ModelDelisted`.
       **/
      delist: AugmentedSubmittable<(modelId: u32 | AnyNumber | Uint8Array, slashDeposit: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, bool]>;
      /**
       * Register a model; it starts `Proposed` and `ListingDeposit` is put on hold.
       * 
       * - origin: must be signed; the signer becomes the owner.
       * - `name`, `version`: non-empty, at most `MaxNameLength` bytes.
       * - `content_hash`: hash of the weights; with `version` it must be new.
       * - `metadata_uri`: at most `MaxUriLength` bytes.
       * - `agreement`: how providers' outputs are compared; a cosine threshold must be at
       * least `MinCosineAgreement`.
       * - `audit_chance`: chance that a single-provider job is audited; zero or at least
       * `MinAuditChance`.
       * 
       * Emits `ModelRegistered`.
       **/
      registerModel: AugmentedSubmittable<(name: Bytes | string | Uint8Array, version: Bytes | string | Uint8Array, contentHash: H256 | string | Uint8Array, format: InferaPrimitivesModelFormat | 'Onnx' | 'SafeTensors' | 'PyTorch' | 'Gguf' | 'TensorFlow' | 'Other' | number | Uint8Array, task: InferaPrimitivesTaskKind | 'TextGeneration' | 'TextEmbedding' | 'ImageClassification' | 'ObjectDetection' | 'ImageGeneration' | 'SpeechToText' | 'TextToSpeech' | 'Other' | number | Uint8Array, metadataUri: Bytes | string | Uint8Array, hardware: InferaPrimitivesHardwareRequirement | { minMemoryMib?: any; accelerator?: any } | string | Uint8Array, pricePerJob: u128 | AnyNumber | Uint8Array, agreement: InferaPrimitivesAgreementRule | { Exact: any } | { CosineInt8: any } | string | Uint8Array, auditChance: Perbill | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, Bytes, H256, InferaPrimitivesModelFormat, InferaPrimitivesTaskKind, Bytes, InferaPrimitivesHardwareRequirement, u128, InferaPrimitivesAgreementRule, Perbill]>;
      /**
       * Reject a proposed model, or one its owner retired within `RetirementDelay`; its
       * deposit is slashed if `slash_deposit`, else returned.
       * 
       * - origin: must be `ListingOrigin`.
       * 
       * Emits `ModelRejected`.
       **/
      rejectListing: AugmentedSubmittable<(modelId: u32 | AnyNumber | Uint8Array, slashDeposit: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, bool]>;
      /**
       * Return the deposit of a model retired at least `RetirementDelay` blocks ago to its
       * owner, and free its `(content_hash, version)`.
       * 
       * - origin: must be signed (anyone).
       * 
       * Emits `DepositReleased`.
       **/
      releaseDeposit: AugmentedSubmittable<(modelId: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Retire one of your proposed or listed models: it takes no more jobs. The deposit stays
       * held for `RetirementDelay` blocks, in which governance may still reject or delist the
       * model (and slash the deposit); then `release_deposit` returns it.
       * 
       * - origin: must be signed by the model's owner.
       * 
       * Emits `ModelRetired`.
       **/
      retire: AugmentedSubmittable<(modelId: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Change the metadata URI and/or the default price of one of your active models. A
       * listed model goes back to `Proposed` and needs a new listing decision.
       * 
       * - origin: must be signed by the model's owner.
       * - `metadata_uri`: the new URI (at most `MaxUriLength` bytes), or `None` to keep it.
       * - `price_per_job`: the new price, or `None` to keep it. At least one must be given.
       * 
       * Emits `ModelUpdated` (and `ListingReopened` for a listed model).
       **/
      updateModel: AugmentedSubmittable<(modelId: u32 | AnyNumber | Uint8Array, metadataUri: Option<Bytes> | null | Uint8Array | Bytes | string, pricePerJob: Option<u128> | null | Uint8Array | u128 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u32, Option<Bytes>, Option<u128>]>;
    };
    preimage: {
      /**
       * Ensure that the bulk of pre-images is upgraded.
       * 
       * The caller pays no fee if at least 90% of pre-images were successfully updated.
       **/
      ensureUpdated: AugmentedSubmittable<(hashes: Vec<H256> | (H256 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<H256>]>;
      /**
       * Register a preimage on-chain.
       * 
       * If the preimage was previously requested, no fees or deposits are taken for providing
       * the preimage. Otherwise, a deposit is taken proportional to the size of the preimage.
       **/
      notePreimage: AugmentedSubmittable<(bytes: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Request a preimage be uploaded to the chain without paying any fees or deposits.
       * 
       * If the preimage requests has already been provided on-chain, we unreserve any deposit
       * a user may have paid, and take the control of the preimage out of their hands.
       **/
      requestPreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Clear an unrequested preimage from the runtime storage.
       * 
       * If `len` is provided, then it will be a much cheaper operation.
       * 
       * - `hash`: The hash of the preimage to be removed from the store.
       * - `len`: The length of the preimage of `hash`.
       **/
      unnotePreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Clear a previously made request for a preimage.
       * 
       * NOTE: THIS MUST NOT BE CALLED ON `hash` MORE TIMES THAN `request_preimage`.
       **/
      unrequestPreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
    };
    referenda: {
      /**
       * Cancel an ongoing referendum.
       * 
       * - `origin`: must be the `CancelOrigin`.
       * - `index`: The index of the referendum to be cancelled.
       * 
       * Emits `Cancelled`.
       **/
      cancel: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Cancel an ongoing referendum and slash the deposits.
       * 
       * - `origin`: must be the `KillOrigin`.
       * - `index`: The index of the referendum to be cancelled.
       * 
       * Emits `Killed` and `DepositSlashed`.
       **/
      kill: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Advance a referendum onto its next logical state. Only used internally.
       * 
       * - `origin`: must be `Root`.
       * - `index`: the referendum to be advanced.
       **/
      nudgeReferendum: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Advance a track onto its next logical state. Only used internally.
       * 
       * - `origin`: must be `Root`.
       * - `track`: the track to be advanced.
       * 
       * Action item for when there is now one fewer referendum in the deciding phase and the
       * `DecidingCount` is not yet updated. This means that we should either:
       * - begin deciding another referendum (and leave `DecidingCount` alone); or
       * - decrement `DecidingCount`.
       **/
      oneFewerDeciding: AugmentedSubmittable<(track: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16]>;
      /**
       * Post the Decision Deposit for a referendum.
       * 
       * - `origin`: must be `Signed` and the account must have funds available for the
       * referendum's track's Decision Deposit.
       * - `index`: The index of the submitted referendum whose Decision Deposit is yet to be
       * posted.
       * 
       * Emits `DecisionDepositPlaced`.
       **/
      placeDecisionDeposit: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Refund the Decision Deposit for a closed referendum back to the depositor.
       * 
       * - `origin`: must be `Signed` or `Root`.
       * - `index`: The index of a closed referendum whose Decision Deposit has not yet been
       * refunded.
       * 
       * Emits `DecisionDepositRefunded`.
       **/
      refundDecisionDeposit: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Refund the Submission Deposit for a closed referendum back to the depositor.
       * 
       * - `origin`: must be `Signed` or `Root`.
       * - `index`: The index of a closed referendum whose Submission Deposit has not yet been
       * refunded.
       * 
       * Emits `SubmissionDepositRefunded`.
       **/
      refundSubmissionDeposit: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Set or clear metadata of a referendum.
       * 
       * Parameters:
       * - `origin`: Must be `Signed` by a creator of a referendum or by anyone to clear a
       * metadata of a finished referendum.
       * - `index`:  The index of a referendum to set or clear metadata for.
       * - `maybe_hash`: The hash of an on-chain stored preimage. `None` to clear a metadata.
       **/
      setMetadata: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array, maybeHash: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [u32, Option<H256>]>;
      /**
       * Propose a referendum on a privileged action.
       * 
       * - `origin`: must be `SubmitOrigin` and the account must have `SubmissionDeposit` funds
       * available.
       * - `proposal_origin`: The origin from which the proposal should be executed.
       * - `proposal`: The proposal.
       * - `enactment_moment`: The moment that the proposal should be enacted.
       * 
       * Emits `Submitted`.
       **/
      submit: AugmentedSubmittable<(proposalOrigin: InferaRuntimeOriginCaller | { system: any } | { Council: any } | { Origins: any } | string | Uint8Array, proposal: FrameSupportPreimagesBounded | { Legacy: any } | { Inline: any } | { Lookup: any } | string | Uint8Array, enactmentMoment: FrameSupportScheduleDispatchTime | { At: any } | { After: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [InferaRuntimeOriginCaller, FrameSupportPreimagesBounded, FrameSupportScheduleDispatchTime]>;
    };
    scheduler: {
      /**
       * Cancel a scheduled task (named or anonymous), by providing the block it is scheduled for
       * execution in, as well as the index of the task in that block's agenda.
       * 
       * In the case of a named task, it will remove it from the lookup table as well.
       **/
      cancel: AugmentedSubmittable<(when: u32 | AnyNumber | Uint8Array, index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Cancel a named scheduled task.
       **/
      cancelNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed]>;
      /**
       * Removes the retry configuration of a task.
       **/
      cancelRetry: AugmentedSubmittable<(task: ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array]) => SubmittableExtrinsic<ApiType>, [ITuple<[u32, u32]>]>;
      /**
       * Cancel the retry configuration of a named task.
       **/
      cancelRetryNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed]>;
      /**
       * Anonymously schedule a task.
       **/
      schedule: AugmentedSubmittable<(when: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Anonymously schedule a task after a delay.
       **/
      scheduleAfter: AugmentedSubmittable<(after: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Schedule a named task.
       **/
      scheduleNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array, when: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Schedule a named task after a delay.
       **/
      scheduleNamedAfter: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array, after: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Set a retry configuration for a task so that, in case its scheduled run fails, it will
       * be retried after `period` blocks, for a total amount of `retries` retries or until it
       * succeeds.
       * 
       * Tasks which need to be scheduled for a retry are still subject to weight metering and
       * agenda space, same as a regular task. If a periodic task fails, it will be scheduled
       * normally while the task is retrying.
       * 
       * Tasks scheduled as a result of a retry for a periodic task are unnamed, non-periodic
       * clones of the original task. Their retry configuration will be derived from the
       * original task's configuration, but will have a lower value for `remaining` than the
       * original `total_retries`.
       * 
       * This call **cannot** be used to set a retry configuration for a named task.
       **/
      setRetry: AugmentedSubmittable<(task: ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], retries: u8 | AnyNumber | Uint8Array, period: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [ITuple<[u32, u32]>, u8, u32]>;
      /**
       * Set a retry configuration for a named task so that, in case its scheduled run fails, it
       * will be retried after `period` blocks, for a total amount of `retries` retries or until
       * it succeeds.
       * 
       * Tasks which need to be scheduled for a retry are still subject to weight metering and
       * agenda space, same as a regular task. If a periodic task fails, it will be scheduled
       * normally while the task is retrying.
       * 
       * Tasks scheduled as a result of a retry for a periodic task are unnamed, non-periodic
       * clones of the original task. Their retry configuration will be derived from the
       * original task's configuration, but will have a lower value for `remaining` than the
       * original `total_retries`.
       * 
       * This is the only way to set a retry configuration for a named task.
       **/
      setRetryNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array, retries: u8 | AnyNumber | Uint8Array, period: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u8, u32]>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: InferaRuntimeSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [InferaRuntimeSessionKeys, Bytes]>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
    };
    validators: {
      /**
       * Become a validator candidate with `amount` of stake.
       * 
       * - origin: must be signed by an account that is not a candidate.
       * - `amount`: at least `MinValidatorStake`; held until withdrawn. When `MaxCandidates`
       * are bonded it must exceed the stake of the smallest candidate in neither the current
       * nor the planned set, which it displaces (that stake unbonds).
       * 
       * The candidate enters the set at a session rotation once it has session keys
       * (`session.set_keys`) and enough stake to rank among the `MaxValidators`.
       * Emits `Bonded` (and `Unbonding`, `Displaced` for a displaced candidate).
       **/
      bond: AugmentedSubmittable<(amount: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>]>;
      /**
       * Add `amount` to a candidate's stake.
       * 
       * - origin: must be signed by a candidate that is not leaving.
       * 
       * Emits `Bonded`.
       **/
      bondExtra: AugmentedSubmittable<(amount: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>]>;
      /**
       * Cancel a slash before it is applied.
       * 
       * - origin: `CancelOrigin` (root or a council majority).
       * - `validator`, `offence`, `session`: the slash, as in its `SlashReported` event (the
       * offender, the kind of fault and the session in which it happened). The identity
       * does not change when other slashes are cancelled.
       * 
       * The validator keeps its stake; its candidacy stays as the fault left it (rejoin if
       * deactivated). Later reports of the same offence in that session are ignored.
       * Emits `SlashCancelled`.
       **/
      cancelSlash: AugmentedSubmittable<(validator: AccountId32 | string | Uint8Array, offence: PalletValidatorsOffence | 'Equivocation' | 'Offline' | number | Uint8Array, session: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, PalletValidatorsOffence, u32]>;
      /**
       * Stop being a candidate: all stake starts unbonding for `BondingDuration` sessions.
       * 
       * - origin: must be signed by a candidate that is not leaving.
       * 
       * A validator already planned for the next session still serves it.
       * Emits `Unbonding`.
       **/
      leave: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Be considered for the set again after a fault deactivated the candidacy.
       * 
       * - origin: must be signed by an inactive candidate whose stake still meets
       * `MinValidatorStake`.
       * 
       * Emits `Rejoined`.
       **/
      rejoin: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Withdraw stake whose unbonding period is over; a candidate with nothing left is
       * removed.
       * 
       * - origin: must be signed by a candidate with unbonded stake.
       * 
       * Emits `Withdrawn`.
       **/
      withdrawUnbonded: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
    };
  } // AugmentedSubmittables
} // declare module
