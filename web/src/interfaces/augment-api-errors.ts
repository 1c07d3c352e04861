// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
    };
    compute: {
      /**
       * The provider still has active jobs.
       **/
      ActiveJobs: AugmentedError<ApiType>;
      /**
       * The provider already has this status.
       **/
      AlreadyInStatus: AugmentedError<ApiType>;
      /**
       * The account is already a provider.
       **/
      AlreadyProvider: AugmentedError<ApiType>;
      /**
       * The endpoint is not an `http://` or `https://` URL with a host, or has spaces or
       * non-printable characters.
       **/
      BadEndpoint: AugmentedError<ApiType>;
      /**
       * The endpoint is longer than `MaxEndpointLength`.
       **/
      EndpointTooLong: AugmentedError<ApiType>;
      /**
       * The provider's hardware does not meet the model's requirement.
       **/
      HardwareTooWeak: AugmentedError<ApiType>;
      /**
       * The free balance cannot cover the stake.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The provider is leaving: only withdrawals are possible.
       **/
      Leaving: AugmentedError<ApiType>;
      /**
       * The model is not listed.
       **/
      ModelNotListed: AugmentedError<ApiType>;
      /**
       * The provider does not serve this model.
       **/
      ModelNotServed: AugmentedError<ApiType>;
      /**
       * More than the bonded stake was asked for.
       **/
      NotEnoughBonded: AugmentedError<ApiType>;
      /**
       * Only an online provider with at least `MinProviderStake` bonded may offer a model.
       **/
      NotOnline: AugmentedError<ApiType>;
      /**
       * The provider has not proposed the signer as its worker key.
       **/
      NotProposedWorker: AugmentedError<ApiType>;
      /**
       * The account is not a registered provider.
       **/
      NotProvider: AugmentedError<ApiType>;
      /**
       * The region is longer than `MaxRegionLength`.
       **/
      RegionTooLong: AugmentedError<ApiType>;
      /**
       * The stake would be below `MinProviderStake`.
       **/
      StakeBelowMinimum: AugmentedError<ApiType>;
      /**
       * The stake asked for backs open jobs (their exposure): wait until they end.
       **/
      StakeExposed: AugmentedError<ApiType>;
      /**
       * The provider already serves `MaxModelsPerProvider` models.
       **/
      TooManyModels: AugmentedError<ApiType>;
      /**
       * The model already has `MaxProvidersPerModel` providers.
       **/
      TooManyProviders: AugmentedError<ApiType>;
      /**
       * Too many unlocking chunks: withdraw or wait.
       **/
      TooManyUnlockingChunks: AugmentedError<ApiType>;
      /**
       * No unbonding chunk is due yet.
       **/
      UnbondingNotFinished: AugmentedError<ApiType>;
      /**
       * The worker key is already used by another provider.
       **/
      WorkerInUse: AugmentedError<ApiType>;
      /**
       * A provider cannot be another provider's worker key, nor a worker key a provider.
       **/
      WorkerIsProvider: AugmentedError<ApiType>;
      /**
       * Zero amounts are not allowed.
       **/
      ZeroAmount: AugmentedError<ApiType>;
    };
    convictionVoting: {
      /**
       * The account is already delegating.
       **/
      AlreadyDelegating: AugmentedError<ApiType>;
      /**
       * The account currently has votes attached to it and the operation cannot succeed until
       * these are removed through `remove_vote`.
       **/
      AlreadyVoting: AugmentedError<ApiType>;
      /**
       * The class ID supplied is invalid.
       **/
      BadClass: AugmentedError<ApiType>;
      /**
       * The class must be supplied since it is not easily determinable from the state.
       **/
      ClassNeeded: AugmentedError<ApiType>;
      /**
       * Too high a balance was provided that the account cannot afford.
       **/
      InsufficientFunds: AugmentedError<ApiType>;
      /**
       * Maximum number of votes reached.
       **/
      MaxVotesReached: AugmentedError<ApiType>;
      /**
       * Delegation to oneself makes no sense.
       **/
      Nonsense: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action right now but will do in the future.
       **/
      NoPermissionYet: AugmentedError<ApiType>;
      /**
       * The account is not currently delegating.
       **/
      NotDelegating: AugmentedError<ApiType>;
      /**
       * Poll is not ongoing.
       **/
      NotOngoing: AugmentedError<ApiType>;
      /**
       * The given account did not vote on the poll.
       **/
      NotVoter: AugmentedError<ApiType>;
    };
    council: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
    };
    councilMembership: {
      /**
       * Already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Too many members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
    };
    jobs: {
      /**
       * The provider already committed.
       **/
      AlreadyCommitted: AugmentedError<ApiType>;
      /**
       * The provider already revealed.
       **/
      AlreadyRevealed: AugmentedError<ApiType>;
      /**
       * The price times the redundancy (plus fee) overflows.
       **/
      AmountOverflow: AugmentedError<ApiType>;
      /**
       * Output and salt do not match the commitment.
       **/
      CommitmentMismatch: AugmentedError<ApiType>;
      /**
       * The deadline is more than `MaxCommitWindow` blocks away.
       **/
      DeadlineTooFar: AugmentedError<ApiType>;
      /**
       * The deadline leaves fewer than `MinCommitWindow` blocks.
       **/
      DeadlineTooSoon: AugmentedError<ApiType>;
      /**
       * Another provider of the job already made this commitment (copied commitments are
       * refused).
       **/
      DuplicateCommitment: AugmentedError<ApiType>;
      /**
       * The inline input is empty.
       **/
      EmptyInput: AugmentedError<ApiType>;
      /**
       * The model takes text and the inline input is not valid UTF-8.
       **/
      InputNotText: AugmentedError<ApiType>;
      /**
       * Inline input longer than `MaxInputLength`.
       **/
      InputTooLarge: AugmentedError<ApiType>;
      /**
       * The free balance does not cover the escrow or bond.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The model is not listed.
       **/
      ModelNotListed: AugmentedError<ApiType>;
      /**
       * The provider is not assigned to the job (no provider is, while the job is queued); or,
       * appealing a split, the signer is not a provider of the job that revealed an output.
       **/
      NotAssigned: AugmentedError<ApiType>;
      /**
       * The provider never committed, so it cannot reveal.
       **/
      NotCommitted: AugmentedError<ApiType>;
      /**
       * The job has no challenge to decide.
       **/
      NotDisputed: AugmentedError<ApiType>;
      /**
       * An audited job's worker or auditor that did not open its commitment in the opening
       * cannot reveal afterwards (it counts as not revealed).
       **/
      NotOpened: AugmentedError<ApiType>;
      /**
       * The signer is neither a registered provider nor a provider's worker key.
       **/
      NotProvider: AugmentedError<ApiType>;
      /**
       * Only a job still waiting for providers (queued) can be cancelled.
       **/
      NotQueued: AugmentedError<ApiType>;
      /**
       * Only the submitter may do this.
       **/
      NotSubmitter: AugmentedError<ApiType>;
      /**
       * The job has no result to challenge yet: its providers are still being drawn,
       * committing or revealing.
       **/
      NotYetJudged: AugmentedError<ApiType>;
      /**
       * An audited job's worker and auditor open their commitments with output hashes only
       * (`reveal_output_hash`) until it is known whether a tie-breaker runs.
       **/
      OutputHashFirst: AugmentedError<ApiType>;
      /**
       * The model's agreement rule compares outputs, so they must be revealed inline.
       **/
      OutputNotInline: AugmentedError<ApiType>;
      /**
       * The job's outputs are revealed in full (`reveal_result`): only an audited job's worker
       * and auditor reveal hashes first.
       **/
      OutputRequired: AugmentedError<ApiType>;
      /**
       * Inline output longer than `MaxOutputLength`.
       **/
      OutputTooLarge: AugmentedError<ApiType>;
      /**
       * `max_price` is zero or below the model's minimum price.
       **/
      PriceTooLow: AugmentedError<ApiType>;
      /**
       * `redundancy` is 0 or above `MaxRedundancy`.
       **/
      RedundancyOutOfRange: AugmentedError<ApiType>;
      /**
       * The reveal phase has not begun: other providers are still committing.
       **/
      RevealTooEarly: AugmentedError<ApiType>;
      /**
       * The phase for this action is over.
       **/
      TooLate: AugmentedError<ApiType>;
      /**
       * This block already took `MaxDrawsPerBlock` new jobs; submit in a later block.
       **/
      TooManySubmissions: AugmentedError<ApiType>;
      /**
       * No job has this id.
       **/
      UnknownJob: AugmentedError<ApiType>;
      /**
       * URI longer than `MaxUriLength`.
       **/
      UriTooLong: AugmentedError<ApiType>;
      /**
       * "Input rejected" is revealed with `reveal_rejection`.
       **/
      UseRevealRejection: AugmentedError<ApiType>;
    };
    models: {
      /**
       * A `CosineInt8` agreement rule's threshold is below `MinCosineAgreement`.
       **/
      AgreementTooLoose: AugmentedError<ApiType>;
      /**
       * The audit chance is neither zero nor at least `MinAuditChance`.
       **/
      AuditChanceTooLow: AugmentedError<ApiType>;
      /**
       * This `(content_hash, version)` pair is already registered.
       **/
      DuplicateModel: AugmentedError<ApiType>;
      /**
       * The name is empty.
       **/
      EmptyName: AugmentedError<ApiType>;
      /**
       * The version label is empty.
       **/
      EmptyVersion: AugmentedError<ApiType>;
      /**
       * The owner's free balance cannot cover the listing deposit.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The name is longer than `MaxNameLength`.
       **/
      NameTooLong: AugmentedError<ApiType>;
      /**
       * The retired model's deposit was released already.
       **/
      NoDepositHeld: AugmentedError<ApiType>;
      /**
       * The model is neither proposed nor listed (it was retired, rejected or delisted).
       **/
      NotActive: AugmentedError<ApiType>;
      /**
       * `update_model` was called with nothing to change.
       **/
      NothingToUpdate: AugmentedError<ApiType>;
      /**
       * The model is neither listed nor retired within `RetirementDelay` (delist).
       **/
      NotListed: AugmentedError<ApiType>;
      /**
       * Only the model's owner may do this.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The model is neither proposed nor retired within `RetirementDelay` (approve, reject).
       **/
      NotProposed: AugmentedError<ApiType>;
      /**
       * Only a retired model's deposit is released (a rejected or delisted one's was settled
       * when governance decided).
       **/
      NotRetired: AugmentedError<ApiType>;
      /**
       * The retired model's deposit is held until `RetirementDelay` has passed.
       **/
      RetirementNotOver: AugmentedError<ApiType>;
      /**
       * The model id counter is exhausted.
       **/
      TooManyModels: AugmentedError<ApiType>;
      /**
       * No model has this id.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * The metadata URI is longer than `MaxUriLength`.
       **/
      UriTooLong: AugmentedError<ApiType>;
      /**
       * The version label is longer than `MaxNameLength`.
       **/
      VersionTooLong: AugmentedError<ApiType>;
    };
    preimage: {
      /**
       * Preimage has already been noted on-chain.
       **/
      AlreadyNoted: AugmentedError<ApiType>;
      /**
       * The user is not authorized to perform this action.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The preimage cannot be removed since it has not yet been noted.
       **/
      NotNoted: AugmentedError<ApiType>;
      /**
       * The preimage request cannot be removed since no outstanding requests exist.
       **/
      NotRequested: AugmentedError<ApiType>;
      /**
       * A preimage may not be removed when there are outstanding requests.
       **/
      Requested: AugmentedError<ApiType>;
      /**
       * Preimage is too large to store on-chain.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * Too few hashes were requested to be upgraded (i.e. zero).
       **/
      TooFew: AugmentedError<ApiType>;
      /**
       * More than `MAX_HASH_UPGRADE_BULK_COUNT` hashes were requested to be upgraded at once.
       **/
      TooMany: AugmentedError<ApiType>;
    };
    referenda: {
      /**
       * The referendum index provided is invalid in this context.
       **/
      BadReferendum: AugmentedError<ApiType>;
      /**
       * The referendum status is invalid for this operation.
       **/
      BadStatus: AugmentedError<ApiType>;
      /**
       * The track identifier given was invalid.
       **/
      BadTrack: AugmentedError<ApiType>;
      /**
       * There are already a full complement of referenda in progress for this track.
       **/
      Full: AugmentedError<ApiType>;
      /**
       * Referendum's decision deposit is already paid.
       **/
      HasDeposit: AugmentedError<ApiType>;
      /**
       * The deposit cannot be refunded since none was made.
       **/
      NoDeposit: AugmentedError<ApiType>;
      /**
       * The deposit refunder is not the depositor.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * There was nothing to do in the advancement.
       **/
      NothingToDo: AugmentedError<ApiType>;
      /**
       * Referendum is not ongoing.
       **/
      NotOngoing: AugmentedError<ApiType>;
      /**
       * No track exists for the proposal origin.
       **/
      NoTrack: AugmentedError<ApiType>;
      /**
       * The preimage does not exist.
       **/
      PreimageNotExist: AugmentedError<ApiType>;
      /**
       * The preimage is stored with a different length than the one provided.
       **/
      PreimageStoredWithDifferentLength: AugmentedError<ApiType>;
      /**
       * The queue of the track is empty.
       **/
      QueueEmpty: AugmentedError<ApiType>;
      /**
       * Any deposit cannot be refunded until after the decision is over.
       **/
      Unfinished: AugmentedError<ApiType>;
    };
    scheduler: {
      /**
       * Failed to schedule a call
       **/
      FailedToSchedule: AugmentedError<ApiType>;
      /**
       * Attempt to use a non-named function on a named task.
       **/
      Named: AugmentedError<ApiType>;
      /**
       * Cannot find the scheduled call.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Reschedule failed because it does not change scheduled time.
       **/
      RescheduleNoChange: AugmentedError<ApiType>;
      /**
       * Given target block number is in the past.
       **/
      TargetBlockNumberInPast: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
    };
    validators: {
      /**
       * The candidate is active already.
       **/
      AlreadyActive: AugmentedError<ApiType>;
      /**
       * The account is already a candidate.
       **/
      AlreadyCandidate: AugmentedError<ApiType>;
      /**
       * The stake is below `MinValidatorStake`.
       **/
      BelowMinimum: AugmentedError<ApiType>;
      /**
       * The account cannot hold that much.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The candidate is leaving: nothing is bonded.
       **/
      Leaving: AugmentedError<ApiType>;
      /**
       * There is no such pending slash.
       **/
      NoSuchSlash: AugmentedError<ApiType>;
      /**
       * The account is not a candidate.
       **/
      NotCandidate: AugmentedError<ApiType>;
      /**
       * Nothing is unbonding.
       **/
      NothingToWithdraw: AugmentedError<ApiType>;
      /**
       * The unbonding stake is not free before its session.
       **/
      StillUnbonding: AugmentedError<ApiType>;
      /**
       * `MaxCandidates` accounts are bonded and the stake is not larger than that of the
       * smallest candidate outside the current and planned sets (or there is none).
       **/
      TooManyCandidates: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
