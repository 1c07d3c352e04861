// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { Vec, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, PalletReferendaTrackDetails, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
    };
    compute: {
      /**
       * Most jobs one provider holds at once: a provider at the limit is no candidate (bounds
       * the work of its off-chain worker and its exposure).
       **/
      maxActiveJobs: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum length in bytes of an endpoint URL.
       **/
      maxEndpointLength: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum number of models one provider serves.
       **/
      maxModelsPerProvider: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum number of providers serving one model: bounds the candidates that the jobs
       * pallet weighs when it assigns a job.
       **/
      maxProvidersPerModel: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum length in bytes of a region label.
       **/
      maxRegionLength: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum number of unlocking chunks per provider.
       **/
      maxUnlockingChunks: u32 & AugmentedConst<ApiType>;
      /**
       * Minimum bonded stake of a provider that takes jobs.
       **/
      minProviderStake: u128 & AugmentedConst<ApiType>;
      /**
       * Blocks that unbonded stake stays held and slashable.
       **/
      unbondingPeriod: u32 & AugmentedConst<ApiType>;
    };
    convictionVoting: {
      /**
       * The maximum number of concurrent votes an account may have.
       * 
       * Also used to compute weight, an overly large value can lead to extrinsics with large
       * weight estimation: see `delegate` for instance.
       **/
      maxVotes: u32 & AugmentedConst<ApiType>;
      /**
       * The minimum period of vote locking.
       * 
       * It should be no shorter than enactment period to ensure that in the case of an approval,
       * those successful voters are locked into the consequences that their votes entail.
       **/
      voteLockingPeriod: u32 & AugmentedConst<ApiType>;
    };
    council: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
    };
    jobs: {
      /**
       * Bond to challenge a single-provider result.
       **/
      challengeBond: u128 & AugmentedConst<ApiType>;
      /**
       * Blocks in which a single-provider result can be challenged.
       **/
      challengePeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Share of the provider's slash paid to a challenger whose challenge governance upheld.
       **/
      challengerReward: Perbill & AugmentedConst<ApiType>;
      /**
       * Blocks governance has to decide a challenge before it lapses.
       **/
      disputePeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Receives protocol fees (the treasury account).
       **/
      feeDestination: AccountId32 & AugmentedConst<ApiType>;
      /**
       * Storage deposit of every job, held until the job is pruned: the fixed part.
       **/
      jobDepositBase: u128 & AugmentedConst<ApiType>;
      /**
       * Storage deposit of every job: the part per byte of its encoded input.
       **/
      jobDepositPerByte: u128 & AugmentedConst<ApiType>;
      /**
       * Most queued jobs the per-block hook tries to assign.
       **/
      maxAssignmentsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most blocks of a schedule (`DueJobs`, `PruneSchedule`) one hook call scans, empty
       * ones included: after a backlog the hook catches up over several blocks.
       **/
      maxBlocksScanned: u32 & AugmentedConst<ApiType>;
      /**
       * Most blocks between submission and the commit deadline.
       **/
      maxCommitWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Most jobs submitted in one block: they are drawn by the next block's hook.
       **/
      maxDrawsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most due jobs the per-block hook handles.
       **/
      maxDuePerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most bytes of inline input.
       **/
      maxInputLength: u32 & AugmentedConst<ApiType>;
      /**
       * Most bytes of inline output.
       **/
      maxOutputLength: u32 & AugmentedConst<ApiType>;
      /**
       * Most finished jobs the per-block hook prunes (a budget of its own: pruning never
       * delays a phase transition).
       **/
      maxPrunedPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most jobs waiting for providers.
       **/
      maxQueuedJobs: u32 & AugmentedConst<ApiType>;
      /**
       * Most providers per job.
       **/
      maxRedundancy: u32 & AugmentedConst<ApiType>;
      /**
       * Most bytes of an input or output URI.
       **/
      maxUriLength: u32 & AugmentedConst<ApiType>;
      /**
       * Fewest blocks between assignment and the commit deadline: a job is only assigned, and
       * only accepted, while at least this many blocks remain.
       **/
      minCommitWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Eligible providers a job needs beyond its redundancy before it is assigned: the
       * pool it is drawn from has at least `redundancy + MinPoolSurplus` providers, so a
       * submitter cannot narrow the draw (by its price) to exactly the providers it wants.
       **/
      minPoolSurplus: u32 & AugmentedConst<ApiType>;
      /**
       * Protocol fee as a share of `max_price * redundancy`, rounded up to the next unit.
       **/
      protocolFee: Perbill & AugmentedConst<ApiType>;
      /**
       * What a provider whose "input rejected" wins is paid, as a share of the model's price.
       **/
      rejectionPriceShare: Perbill & AugmentedConst<ApiType>;
      /**
       * Blocks a finished job (and its outputs) stays in storage before it is pruned.
       **/
      retentionPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks of the reveal phase.
       **/
      revealPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * A provider at fault on a job loses the model's price times `SlashMultiplier`; only
       * providers with that much bonded stake free of other jobs are assigned.
       **/
      slashMultiplier: u32 & AugmentedConst<ApiType>;
      /**
       * Share of each slash paid to the submitter of a job that failed after assignment (in
       * total at most the fee it was charged).
       **/
      submitterCompensation: Perbill & AugmentedConst<ApiType>;
    };
    models: {
      /**
       * Deposit held from the owner while a model is proposed or listed.
       **/
      listingDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Maximum length in bytes of a model name or version label.
       **/
      maxNameLength: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum length in bytes of a metadata URI.
       **/
      maxUriLength: u32 & AugmentedConst<ApiType>;
      /**
       * The lowest non-zero audit chance: at least `1 / (1 + SlashMultiplier)` of the jobs
       * pallet, so that skipping the work never pays on average.
       **/
      minAuditChance: Perbill & AugmentedConst<ApiType>;
      /**
       * The lowest cosine threshold a `CosineInt8` agreement rule may have.
       **/
      minCosineAgreement: Perbill & AugmentedConst<ApiType>;
      /**
       * Blocks after `retire` during which governance may still reject or delist the model
       * and slash its deposit; at least as long as a governance motion.
       **/
      retirementDelay: u32 & AugmentedConst<ApiType>;
    };
    referenda: {
      /**
       * Quantization level for the referendum wakeup scheduler. A higher number will result in
       * fewer storage reads/writes needed for smaller voters, but also result in delays to the
       * automatic referendum status changes. Explicit servicing instructions are unaffected.
       **/
      alarmInterval: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum size of the referendum queue for a single track.
       **/
      maxQueued: u32 & AugmentedConst<ApiType>;
      /**
       * The minimum amount to be used as a deposit for a public referendum proposal.
       **/
      submissionDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * A list of tracks.
       * 
       * Note: if the tracks are dynamic, the value in the static metadata might be inaccurate.
       **/
      tracks: Vec<ITuple<[u16, PalletReferendaTrackDetails]>> & AugmentedConst<ApiType>;
      /**
       * The number of blocks after submission that a referendum must begin being decided by.
       * Once this passes, then anyone may cancel the referendum.
       **/
      undecidingTimeout: u32 & AugmentedConst<ApiType>;
    };
    scheduler: {
      /**
       * The maximum weight that may be scheduled per block for any dispatchables.
       **/
      maximumWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * The maximum number of scheduled calls in the queue for a single block.
       * 
       * NOTE:
       * + Dependent pallets' benchmarks might require a higher limit for the setting. Set a
       * higher limit under `runtime-benchmarks` feature.
       **/
      maxScheduledPerBlock: u32 & AugmentedConst<ApiType>;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
    };
    validators: {
      /**
       * Sessions that unbonding stake stays held (and slashable); also how old an offence
       * may be when reported.
       **/
      bondingDuration: u32 & AugmentedConst<ApiType>;
      /**
       * Least share of its stake a validator loses for a GRANDPA equivocation (more when
       * `pallet-offences` reports a higher fraction for concurrent offenders).
       **/
      equivocationSlash: Perbill & AugmentedConst<ApiType>;
      /**
       * Most candidates with bonded stake (leaving ones are not counted); a larger bond
       * displaces the smallest candidate outside the current and planned sets.
       **/
      maxCandidates: u32 & AugmentedConst<ApiType>;
      /**
       * Sessions in a row without an authored block after which a validator is offline.
       **/
      maxMissedSessions: u32 & AugmentedConst<ApiType>;
      /**
       * Most slashes due at one session.
       **/
      maxPendingSlashes: u32 & AugmentedConst<ApiType>;
      /**
       * Share of the current set that faults may deactivate in one session (rounded down;
       * below a third). Offenders beyond it are slashed and stay.
       **/
      maxRemovedPerSession: Perbill & AugmentedConst<ApiType>;
      /**
       * Most validators in a session.
       **/
      maxValidators: u32 & AugmentedConst<ApiType>;
      /**
       * The floor of the set against faults: a fault does not deactivate an offender if fewer
       * than this many eligible candidates would remain (it is slashed and stays). Voluntary
       * leaves may go below it, and a genesis set may be smaller.
       **/
      minValidators: u32 & AugmentedConst<ApiType>;
      /**
       * Least stake of a candidate.
       **/
      minValidatorStake: u128 & AugmentedConst<ApiType>;
      /**
       * Share of its stake a validator loses for being offline.
       **/
      offlineSlash: Perbill & AugmentedConst<ApiType>;
      /**
       * Sessions between the report of a fault and its slash (the window to cancel it).
       **/
      slashDeferDuration: u32 & AugmentedConst<ApiType>;
    };
  } // AugmentedConsts
} // declare module
