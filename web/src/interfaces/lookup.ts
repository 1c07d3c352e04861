// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpSessionMembershipProof',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpSessionMembershipProof',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup20: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup21: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup22: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup23: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup24: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup27: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup28: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup30: sp_session::MembershipProof
   **/
  SpSessionMembershipProof: {
    session: 'u32',
    trieNodes: 'Vec<Bytes>',
    validatorCount: 'u32'
  },
  /**
   * Lookup31: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup36: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup37: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup38: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup39: pallet_scheduler::pallet::Call<T>
   **/
  PalletSchedulerCall: {
    _enum: {
      schedule: {
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel: {
        when: 'u32',
        index: 'u32',
      },
      schedule_named: {
        id: '[u8;32]',
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel_named: {
        id: '[u8;32]',
      },
      schedule_after: {
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      schedule_named_after: {
        id: '[u8;32]',
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      set_retry: {
        task: '(u32,u32)',
        retries: 'u8',
        period: 'u32',
      },
      set_retry_named: {
        id: '[u8;32]',
        retries: 'u8',
        period: 'u32',
      },
      cancel_retry: {
        task: '(u32,u32)',
      },
      cancel_retry_named: {
        id: '[u8;32]'
      }
    }
  },
  /**
   * Lookup42: pallet_preimage::pallet::Call<T>
   **/
  PalletPreimageCall: {
    _enum: {
      note_preimage: {
        bytes: 'Bytes',
      },
      unnote_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      request_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      unrequest_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      ensure_updated: {
        hashes: 'Vec<H256>'
      }
    }
  },
  /**
   * Lookup44: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup47: pallet_membership::pallet::Call<T, I>
   **/
  PalletMembershipCall: {
    _enum: {
      add_member: {
        who: 'MultiAddress',
      },
      remove_member: {
        who: 'MultiAddress',
      },
      swap_member: {
        remove: 'MultiAddress',
        add: 'MultiAddress',
      },
      reset_members: {
        members: 'Vec<AccountId32>',
      },
      change_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      set_prime: {
        who: 'MultiAddress',
      },
      clear_prime: 'Null'
    }
  },
  /**
   * Lookup48: pallet_validators::pallet::Call<T>
   **/
  PalletValidatorsCall: {
    _enum: {
      bond: {
        amount: 'Compact<u128>',
      },
      bond_extra: {
        amount: 'Compact<u128>',
      },
      leave: 'Null',
      withdraw_unbonded: 'Null',
      rejoin: 'Null',
      cancel_slash: {
        validator: 'AccountId32',
        offence: 'PalletValidatorsOffence',
        session: 'u32'
      }
    }
  },
  /**
   * Lookup49: pallet_validators::types::Offence
   **/
  PalletValidatorsOffence: {
    _enum: ['Equivocation', 'Offline']
  },
  /**
   * Lookup50: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'InferaRuntimeSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup51: infera_runtime::SessionKeys
   **/
  InferaRuntimeSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup52: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup53: pallet_referenda::pallet::Call<T, I>
   **/
  PalletReferendaCall: {
    _enum: {
      submit: {
        proposalOrigin: 'InferaRuntimeOriginCaller',
        proposal: 'FrameSupportPreimagesBounded',
        enactmentMoment: 'FrameSupportScheduleDispatchTime',
      },
      place_decision_deposit: {
        index: 'u32',
      },
      refund_decision_deposit: {
        index: 'u32',
      },
      cancel: {
        index: 'u32',
      },
      kill: {
        index: 'u32',
      },
      nudge_referendum: {
        index: 'u32',
      },
      one_fewer_deciding: {
        track: 'u16',
      },
      refund_submission_deposit: {
        index: 'u32',
      },
      set_metadata: {
        index: 'u32',
        maybeHash: 'Option<H256>'
      }
    }
  },
  /**
   * Lookup54: infera_runtime::OriginCaller
   **/
  InferaRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Council: 'PalletCollectiveRawOrigin',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      Origins: 'InferaRuntimeConfigsReferendaPalletOriginsOrigin'
    }
  },
  /**
   * Lookup55: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup56: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup57: infera_runtime::configs::referenda::pallet_origins::Origin
   **/
  InferaRuntimeConfigsReferendaPalletOriginsOrigin: {
    _enum: ['ModelListings']
  },
  /**
   * Lookup58: frame_support::traits::preimages::Bounded<infera_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>
   **/
  FrameSupportPreimagesBounded: {
    _enum: {
      Legacy: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Inline: 'Bytes',
      Lookup: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        len: 'u32'
      }
    }
  },
  /**
   * Lookup59: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup61: frame_support::traits::schedule::DispatchTime<BlockNumber>
   **/
  FrameSupportScheduleDispatchTime: {
    _enum: {
      At: 'u32',
      After: 'u32'
    }
  },
  /**
   * Lookup64: pallet_conviction_voting::pallet::Call<T, I>
   **/
  PalletConvictionVotingCall: {
    _enum: {
      vote: {
        pollIndex: 'Compact<u32>',
        vote: 'PalletConvictionVotingVoteAccountVote',
      },
      delegate: {
        class: 'u16',
        to: 'MultiAddress',
        conviction: 'PalletConvictionVotingConviction',
        balance: 'u128',
      },
      undelegate: {
        class: 'u16',
      },
      unlock: {
        class: 'u16',
        target: 'MultiAddress',
      },
      remove_vote: {
        class: 'Option<u16>',
        index: 'u32',
      },
      remove_other_vote: {
        target: 'MultiAddress',
        class: 'u16',
        index: 'u32'
      }
    }
  },
  /**
   * Lookup65: pallet_conviction_voting::vote::AccountVote<Balance>
   **/
  PalletConvictionVotingVoteAccountVote: {
    _enum: {
      Standard: {
        vote: 'Vote',
        balance: 'u128',
      },
      Split: {
        aye: 'u128',
        nay: 'u128',
      },
      SplitAbstain: {
        aye: 'u128',
        nay: 'u128',
        abstain: 'u128'
      }
    }
  },
  /**
   * Lookup67: pallet_conviction_voting::conviction::Conviction
   **/
  PalletConvictionVotingConviction: {
    _enum: ['None', 'Locked1x', 'Locked2x', 'Locked3x', 'Locked4x', 'Locked5x', 'Locked6x']
  },
  /**
   * Lookup69: pallet_models::pallet::Call<T>
   **/
  PalletModelsCall: {
    _enum: {
      register_model: {
        name: 'Bytes',
        version: 'Bytes',
        contentHash: 'H256',
        format: 'InferaPrimitivesModelFormat',
        task: 'InferaPrimitivesTaskKind',
        metadataUri: 'Bytes',
        hardware: 'InferaPrimitivesHardwareRequirement',
        pricePerJob: 'u128',
        agreement: 'InferaPrimitivesAgreementRule',
        auditChance: 'Perbill',
      },
      approve_listing: {
        modelId: 'u32',
      },
      reject_listing: {
        modelId: 'u32',
        slashDeposit: 'bool',
      },
      delist: {
        modelId: 'u32',
        slashDeposit: 'bool',
      },
      retire: {
        modelId: 'u32',
      },
      update_model: {
        modelId: 'u32',
        metadataUri: 'Option<Bytes>',
        pricePerJob: 'Option<u128>',
      },
      release_deposit: {
        modelId: 'u32'
      }
    }
  },
  /**
   * Lookup70: infera_primitives::ModelFormat
   **/
  InferaPrimitivesModelFormat: {
    _enum: ['Onnx', 'SafeTensors', 'PyTorch', 'Gguf', 'TensorFlow', 'Other']
  },
  /**
   * Lookup71: infera_primitives::TaskKind
   **/
  InferaPrimitivesTaskKind: {
    _enum: ['TextGeneration', 'TextEmbedding', 'ImageClassification', 'ObjectDetection', 'ImageGeneration', 'SpeechToText', 'TextToSpeech', 'Other']
  },
  /**
   * Lookup72: infera_primitives::HardwareRequirement
   **/
  InferaPrimitivesHardwareRequirement: {
    minMemoryMib: 'u32',
    accelerator: 'InferaPrimitivesAcceleratorClass'
  },
  /**
   * Lookup73: infera_primitives::AcceleratorClass
   **/
  InferaPrimitivesAcceleratorClass: {
    _enum: ['Cpu', 'ConsumerGpu', 'DatacenterGpu', 'HighEndAccelerator']
  },
  /**
   * Lookup74: infera_primitives::AgreementRule
   **/
  InferaPrimitivesAgreementRule: {
    _enum: {
      Exact: 'Null',
      CosineInt8: {
        minCosine: 'Perbill'
      }
    }
  },
  /**
   * Lookup78: pallet_compute::pallet::Call<T>
   **/
  PalletComputeCall: {
    _enum: {
      register_provider: {
        endpoint: 'Bytes',
        hardware: {
          accelerator: 'InferaPrimitivesAcceleratorClass',
          acceleratorCount: 'u32',
          memoryMib: 'u32',
          region: 'Bytes',
        },
        stake: 'u128',
      },
      bond_extra: {
        amount: 'u128',
      },
      unbond: {
        amount: 'u128',
      },
      withdraw_unbonded: 'Null',
      go_offline: 'Null',
      go_online: 'Null',
      update_endpoint: {
        endpoint: 'Bytes',
      },
      update_hardware: {
        hardware: {
          accelerator: 'InferaPrimitivesAcceleratorClass',
          acceleratorCount: 'u32',
          memoryMib: 'u32',
          region: 'Bytes'
        },
      },
      set_model_price: {
        modelId: 'u32',
        price: 'u128',
      },
      remove_model: {
        modelId: 'u32',
      },
      set_worker: {
        worker: 'Option<AccountId32>',
      },
      deregister: 'Null',
      accept_worker: {
        provider: 'AccountId32'
      }
    }
  },
  /**
   * Lookup80: pallet_jobs::pallet::Call<T>
   **/
  PalletJobsCall: {
    _enum: {
      submit_job: {
        modelId: 'u32',
        input: 'PalletJobsPayloadArg',
        maxPrice: 'u128',
        redundancy: 'u32',
        deadline: 'u32',
      },
      cancel_job: {
        jobId: 'u64',
      },
      commit_result: {
        jobId: 'u64',
        commitment: 'H256',
      },
      reveal_result: {
        jobId: 'u64',
        output: 'PalletJobsPayloadArg',
        salt: 'H256',
      },
      challenge: {
        jobId: 'u64',
      },
      resolve_challenge: {
        jobId: 'u64',
        upheld: 'bool',
      },
      reveal_rejection: {
        jobId: 'u64',
        salt: 'H256',
      },
      reveal_output_hash: {
        jobId: 'u64',
        outputHash: 'H256',
        salt: 'H256'
      }
    }
  },
  /**
   * Lookup81: pallet_jobs::types::PayloadArg<Data, Uri>
   **/
  PalletJobsPayloadArg: {
    _enum: {
      Inline: 'Bytes',
      Remote: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        uri: 'Bytes'
      }
    }
  },
  /**
   * Lookup82: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup84: frame_system::extensions::authorize_call::AuthorizeCall<T>
   **/
  FrameSystemExtensionsAuthorizeCall: 'Null',
  /**
   * Lookup85: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup86: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup87: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup88: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup91: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup92: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup93: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup94: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup95: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup97: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup99: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup100: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup102: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup103: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup105: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup108: frame_system::EventRecord<infera_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup110: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup111: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup112: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup113: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup114: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup115: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup116: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup117: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup118: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup119: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup120: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup123: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'InferaRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'InferaRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'InferaRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'InferaRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'InferaRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup124: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup125: infera_runtime::RuntimeHoldReason
   **/
  InferaRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      Preimage: 'PalletPreimageHoldReason',
      Council: 'PalletCollectiveHoldReason',
      __Unused11: 'Null',
      Validators: 'PalletValidatorsHoldReason',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Models: 'PalletModelsHoldReason',
      Compute: 'PalletComputeHoldReason',
      Jobs: 'PalletJobsHoldReason'
    }
  },
  /**
   * Lookup126: pallet_preimage::pallet::HoldReason
   **/
  PalletPreimageHoldReason: {
    _enum: ['Preimage']
  },
  /**
   * Lookup127: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup128: pallet_validators::pallet::HoldReason
   **/
  PalletValidatorsHoldReason: {
    _enum: ['ValidatorStake']
  },
  /**
   * Lookup129: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup130: pallet_models::pallet::HoldReason
   **/
  PalletModelsHoldReason: {
    _enum: ['ListingDeposit']
  },
  /**
   * Lookup131: pallet_compute::pallet::HoldReason
   **/
  PalletComputeHoldReason: {
    _enum: ['ProviderStake']
  },
  /**
   * Lookup132: pallet_jobs::pallet::HoldReason
   **/
  PalletJobsHoldReason: {
    _enum: ['JobEscrow', 'ChallengeBond', 'JobDeposit']
  },
  /**
   * Lookup133: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup134: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup135: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup137: pallet_scheduler::pallet::Event<T>
   **/
  PalletSchedulerEvent: {
    _enum: {
      Scheduled: {
        when: 'u32',
        index: 'u32',
      },
      Canceled: {
        when: 'u32',
        index: 'u32',
      },
      Dispatched: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      RetrySet: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        period: 'u32',
        retries: 'u8',
      },
      RetryCancelled: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      CallUnavailable: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PeriodicFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      RetryFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PermanentlyOverweight: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      AgendaIncomplete: {
        when: 'u32'
      }
    }
  },
  /**
   * Lookup138: pallet_preimage::pallet::Event<T>
   **/
  PalletPreimageEvent: {
    _enum: {
      Noted: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Requested: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Cleared: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup139: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup140: pallet_membership::pallet::Event<T, I>
   **/
  PalletMembershipEvent: {
    _enum: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy']
  },
  /**
   * Lookup141: pallet_validators::pallet::Event<T>
   **/
  PalletValidatorsEvent: {
    _enum: {
      Bonded: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unbonding: {
        who: 'AccountId32',
        amount: 'u128',
        until: 'u32',
      },
      Displaced: {
        who: 'AccountId32',
        stake: 'u128',
        by: 'AccountId32',
      },
      Withdrawn: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Rejoined: {
        who: 'AccountId32',
      },
      SetPlanned: {
        session: 'u32',
        validators: 'Vec<AccountId32>',
      },
      SlashReported: {
        validator: 'AccountId32',
        offence: 'PalletValidatorsOffence',
        session: 'u32',
        amount: 'u128',
        applyAt: 'u32',
        deactivated: 'bool',
      },
      SlashRaised: {
        validator: 'AccountId32',
        offence: 'PalletValidatorsOffence',
        session: 'u32',
        amount: 'u128',
      },
      SlashCancelled: {
        validator: 'AccountId32',
        offence: 'PalletValidatorsOffence',
        session: 'u32',
        amount: 'u128',
      },
      Slashed: {
        validator: 'AccountId32',
        offence: 'PalletValidatorsOffence',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup143: pallet_offences::pallet::Event
   **/
  PalletOffencesEvent: {
    _enum: {
      Offence: {
        kind: '[u8;16]',
        slot: 'Bytes'
      }
    }
  },
  /**
   * Lookup145: pallet_session::historical::pallet::Event<T>
   **/
  PalletSessionHistoricalPalletEvent: {
    _enum: {
      RootStored: {
        index: 'u32',
      },
      RootsPruned: {
        upTo: 'u32'
      }
    }
  },
  /**
   * Lookup146: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup147: pallet_referenda::pallet::Event<T, I>
   **/
  PalletReferendaEvent: {
    _enum: {
      Submitted: {
        index: 'u32',
        track: 'u16',
        proposal: 'FrameSupportPreimagesBounded',
      },
      DecisionDepositPlaced: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      DecisionDepositRefunded: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      DepositSlashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      DecisionStarted: {
        index: 'u32',
        track: 'u16',
        proposal: 'FrameSupportPreimagesBounded',
        tally: 'PalletConvictionVotingTally',
      },
      ConfirmStarted: {
        index: 'u32',
      },
      ConfirmAborted: {
        index: 'u32',
      },
      Confirmed: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Approved: {
        index: 'u32',
      },
      Rejected: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      TimedOut: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Cancelled: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Killed: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      SubmissionDepositRefunded: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      MetadataSet: {
        _alias: {
          hash_: 'hash',
        },
        index: 'u32',
        hash_: 'H256',
      },
      MetadataCleared: {
        _alias: {
          hash_: 'hash',
        },
        index: 'u32',
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup148: pallet_conviction_voting::types::Tally<Votes, Total>
   **/
  PalletConvictionVotingTally: {
    ayes: 'u128',
    nays: 'u128',
    support: 'u128'
  },
  /**
   * Lookup149: pallet_conviction_voting::pallet::Event<T, I>
   **/
  PalletConvictionVotingEvent: {
    _enum: {
      Delegated: '(AccountId32,AccountId32,u16)',
      Undelegated: '(AccountId32,u16)',
      Voted: {
        who: 'AccountId32',
        vote: 'PalletConvictionVotingVoteAccountVote',
        pollIndex: 'u32',
      },
      VoteRemoved: {
        who: 'AccountId32',
        vote: 'PalletConvictionVotingVoteAccountVote',
        pollIndex: 'u32',
      },
      VoteUnlocked: {
        who: 'AccountId32',
        class: 'u16'
      }
    }
  },
  /**
   * Lookup150: pallet_models::pallet::Event<T>
   **/
  PalletModelsEvent: {
    _enum: {
      ModelRegistered: {
        modelId: 'u32',
        owner: 'AccountId32',
        deposit: 'u128',
        agreement: 'InferaPrimitivesAgreementRule',
        auditChance: 'Perbill',
      },
      ModelListed: {
        modelId: 'u32',
      },
      ModelRejected: {
        modelId: 'u32',
        slashed: 'u128',
        returned: 'u128',
      },
      ModelDelisted: {
        modelId: 'u32',
        slashed: 'u128',
        returned: 'u128',
      },
      ModelRetired: {
        modelId: 'u32',
        releaseAt: 'u32',
      },
      DepositReleased: {
        modelId: 'u32',
        returned: 'u128',
      },
      ListingReopened: {
        modelId: 'u32',
      },
      ModelUpdated: {
        modelId: 'u32',
        metadataUri: 'Option<Bytes>',
        pricePerJob: 'Option<u128>'
      }
    }
  },
  /**
   * Lookup153: pallet_compute::pallet::Event<T>
   **/
  PalletComputeEvent: {
    _enum: {
      ProviderRegistered: {
        provider: 'AccountId32',
        stake: 'u128',
      },
      Bonded: {
        provider: 'AccountId32',
        amount: 'u128',
      },
      Unbonded: {
        provider: 'AccountId32',
        amount: 'u128',
        unlockAt: 'u32',
      },
      Withdrawn: {
        provider: 'AccountId32',
        amount: 'u128',
      },
      StatusChanged: {
        provider: 'AccountId32',
        status: 'PalletComputeProviderStatus',
      },
      EndpointUpdated: {
        provider: 'AccountId32',
        endpoint: 'Bytes',
      },
      HardwareUpdated: {
        provider: 'AccountId32',
      },
      ModelPriceSet: {
        provider: 'AccountId32',
        modelId: 'u32',
        price: 'u128',
      },
      ModelRemoved: {
        provider: 'AccountId32',
        modelId: 'u32',
      },
      WorkerProposed: {
        provider: 'AccountId32',
        worker: 'AccountId32',
      },
      WorkerSet: {
        provider: 'AccountId32',
        worker: 'Option<AccountId32>',
      },
      ProviderDeregistered: {
        provider: 'AccountId32',
      },
      ProviderRemoved: {
        provider: 'AccountId32',
      },
      ProviderSlashed: {
        provider: 'AccountId32',
        amount: 'u128',
        compensation: 'u128',
        reason: 'InferaPrimitivesSlashReason'
      }
    }
  },
  /**
   * Lookup154: pallet_compute::types::ProviderStatus
   **/
  PalletComputeProviderStatus: {
    _enum: ['Online', 'Offline', 'BelowMinimumStake', 'Leaving']
  },
  /**
   * Lookup155: infera_primitives::SlashReason
   **/
  InferaPrimitivesSlashReason: {
    _enum: ['WrongResult', 'NoReveal', 'MissedDeadline', 'Misconduct']
  },
  /**
   * Lookup156: pallet_jobs::pallet::Event<T>
   **/
  PalletJobsEvent: {
    _enum: {
      JobSubmitted: {
        jobId: 'u64',
        submitter: 'AccountId32',
        modelId: 'u32',
        redundancy: 'u32',
        maxPrice: 'u128',
        escrow: 'u128',
        deposit: 'u128',
        deadline: 'u32',
      },
      JobQueued: {
        jobId: 'u64',
      },
      JobAssigned: {
        jobId: 'u64',
        providers: 'Vec<AccountId32>',
        deadline: 'u32',
      },
      ResultCommitted: {
        jobId: 'u64',
        provider: 'AccountId32',
      },
      RevealStarted: {
        jobId: 'u64',
        until: 'u32',
      },
      OutputHashRevealed: {
        jobId: 'u64',
        provider: 'AccountId32',
        outputHash: 'H256',
      },
      ResultRevealed: {
        jobId: 'u64',
        provider: 'AccountId32',
        outputHash: 'H256',
      },
      ChallengeWindowOpened: {
        jobId: 'u64',
        outputHash: 'H256',
        until: 'u32',
      },
      JobChallenged: {
        jobId: 'u64',
        challenger: 'AccountId32',
        bond: 'u128',
      },
      ChallengeResolved: {
        jobId: 'u64',
        upheld: 'bool',
      },
      ChallengeLapsed: {
        jobId: 'u64',
      },
      ProviderPenalized: {
        jobId: 'u64',
        provider: 'AccountId32',
        reason: 'InferaPrimitivesSlashReason',
        slashed: 'u128',
        compensation: 'u128',
      },
      JobSettled: {
        jobId: 'u64',
        submitter: 'AccountId32',
        modelId: 'u32',
        resultHash: 'H256',
        payments: 'Vec<(AccountId32,u128)>',
        fee: 'u128',
        refund: 'u128',
      },
      JobFailed: {
        jobId: 'u64',
        reason: 'PalletJobsFailReason',
        payments: 'Vec<(AccountId32,u128)>',
        fee: 'u128',
        refund: 'u128',
      },
      JobCancelled: {
        jobId: 'u64',
        refund: 'u128',
      },
      JobPruned: {
        jobId: 'u64',
        deposit: 'u128',
      },
      AppealWindowOpened: {
        jobId: 'u64',
        until: 'u32',
      },
      AuditorPending: {
        jobId: 'u64',
        at: 'u32',
      },
      AuditorAssigned: {
        jobId: 'u64',
        auditor: 'AccountId32',
        deadline: 'u32',
      },
      JobNotAudited: {
        jobId: 'u64',
      },
      TieBreakerAssigned: {
        jobId: 'u64',
        provider: 'AccountId32',
        deadline: 'u32'
      }
    }
  },
  /**
   * Lookup161: pallet_jobs::types::FailReason
   **/
  PalletJobsFailReason: {
    _enum: ['NoProviders', 'NoResult', 'NoMajority', 'ChallengeUpheld', 'InputRejected', 'DisputeLapsed', 'AuditUnavailable']
  },
  /**
   * Lookup162: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup164: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup167: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup168: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup169: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup170: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup172: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup173: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup175: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup176: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup181: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup185: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup186: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup188: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup190: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup191: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup194: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup197: frame_support::traits::tokens::misc::IdAmount<infera_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'InferaRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup200: frame_support::traits::tokens::misc::IdAmount<infera_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'InferaRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup201: infera_runtime::RuntimeFreezeReason
   **/
  InferaRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup203: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup205: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup206: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup207: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup208: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup212: pallet_scheduler::Scheduled<Name, frame_support::traits::preimages::Bounded<infera_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, BlockNumber, infera_runtime::OriginCaller, sp_core::crypto::AccountId32>
   **/
  PalletSchedulerScheduled: {
    maybeId: 'Option<[u8;32]>',
    priority: 'u8',
    call: 'FrameSupportPreimagesBounded',
    maybePeriodic: 'Option<(u32,u32)>',
    origin: 'InferaRuntimeOriginCaller'
  },
  /**
   * Lookup214: pallet_scheduler::RetryConfig<Period>
   **/
  PalletSchedulerRetryConfig: {
    totalRetries: 'u8',
    remaining: 'u8',
    period: 'u32'
  },
  /**
   * Lookup215: pallet_scheduler::pallet::Error<T>
   **/
  PalletSchedulerError: {
    _enum: ['FailedToSchedule', 'NotFound', 'TargetBlockNumberInPast', 'RescheduleNoChange', 'Named']
  },
  /**
   * Lookup216: pallet_preimage::OldRequestStatus<sp_core::crypto::AccountId32, Balance>
   **/
  PalletPreimageOldRequestStatus: {
    _enum: {
      Unrequested: {
        deposit: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        deposit: 'Option<(AccountId32,u128)>',
        count: 'u32',
        len: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup218: pallet_preimage::RequestStatus<sp_core::crypto::AccountId32, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletPreimageRequestStatus: {
    _enum: {
      Unrequested: {
        ticket: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        maybeTicket: 'Option<(AccountId32,u128)>',
        count: 'u32',
        maybeLen: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup224: pallet_preimage::pallet::Error<T>
   **/
  PalletPreimageError: {
    _enum: ['TooBig', 'AlreadyNoted', 'NotAuthorized', 'NotNoted', 'Requested', 'NotRequested', 'TooMany', 'TooFew']
  },
  /**
   * Lookup227: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup228: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup229: pallet_membership::pallet::Error<T, I>
   **/
  PalletMembershipError: {
    _enum: ['AlreadyMember', 'NotMember', 'TooManyMembers']
  },
  /**
   * Lookup230: pallet_validators::types::Candidate<Balance>
   **/
  PalletValidatorsCandidate: {
    bonded: 'u128',
    unbonding: 'u128',
    unbondingUntil: 'u32',
    active: 'bool',
    missedSessions: 'u32'
  },
  /**
   * Lookup233: pallet_validators::types::PendingSlash<sp_core::crypto::AccountId32, Balance>
   **/
  PalletValidatorsPendingSlash: {
    validator: 'AccountId32',
    amount: 'u128',
    offence: 'PalletValidatorsOffence',
    session: 'u32'
  },
  /**
   * Lookup237: pallet_validators::types::SlashRecord
   **/
  PalletValidatorsSlashRecord: {
    fraction: 'Perbill',
    applyAt: 'u32'
  },
  /**
   * Lookup238: pallet_validators::pallet::Error<T>
   **/
  PalletValidatorsError: {
    _enum: ['AlreadyCandidate', 'NotCandidate', 'BelowMinimum', 'TooManyCandidates', 'InsufficientBalance', 'Leaving', 'AlreadyActive', 'NothingToWithdraw', 'StillUnbonding', 'NoSuchSlash']
  },
  /**
   * Lookup239: sp_staking::offence::OffenceDetails<sp_core::crypto::AccountId32, Offender>
   **/
  SpStakingOffenceOffenceDetails: {
    offender: '(AccountId32,Null)',
    reporters: 'Vec<AccountId32>'
  },
  /**
   * Lookup247: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup248: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup249: pallet_referenda::types::ReferendumInfo<TrackId, infera_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<infera_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
   **/
  PalletReferendaReferendumInfo: {
    _enum: {
      Ongoing: 'PalletReferendaReferendumStatus',
      Approved: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Rejected: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Cancelled: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      TimedOut: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Killed: 'u32'
    }
  },
  /**
   * Lookup250: pallet_referenda::types::ReferendumStatus<TrackId, infera_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<infera_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
   **/
  PalletReferendaReferendumStatus: {
    track: 'u16',
    origin: 'InferaRuntimeOriginCaller',
    proposal: 'FrameSupportPreimagesBounded',
    enactment: 'FrameSupportScheduleDispatchTime',
    submitted: 'u32',
    submissionDeposit: 'PalletReferendaDeposit',
    decisionDeposit: 'Option<PalletReferendaDeposit>',
    deciding: 'Option<PalletReferendaDecidingStatus>',
    tally: 'PalletConvictionVotingTally',
    inQueue: 'bool',
    alarm: 'Option<(u32,(u32,u32))>'
  },
  /**
   * Lookup251: pallet_referenda::types::Deposit<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReferendaDeposit: {
    who: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup254: pallet_referenda::types::DecidingStatus<BlockNumber>
   **/
  PalletReferendaDecidingStatus: {
    since: 'u32',
    confirming: 'Option<u32>'
  },
  /**
   * Lookup262: pallet_referenda::types::TrackDetails<Balance, Moment, Name>
   **/
  PalletReferendaTrackDetails: {
    name: 'Text',
    maxDeciding: 'u32',
    decisionDeposit: 'u128',
    preparePeriod: 'u32',
    decisionPeriod: 'u32',
    confirmPeriod: 'u32',
    minEnactmentPeriod: 'u32',
    minApproval: 'PalletReferendaCurve',
    minSupport: 'PalletReferendaCurve'
  },
  /**
   * Lookup263: pallet_referenda::types::Curve
   **/
  PalletReferendaCurve: {
    _enum: {
      LinearDecreasing: {
        length: 'Perbill',
        floor: 'Perbill',
        ceil: 'Perbill',
      },
      SteppedDecreasing: {
        begin: 'Perbill',
        end: 'Perbill',
        step: 'Perbill',
        period: 'Perbill',
      },
      Reciprocal: {
        factor: 'i64',
        xOffset: 'i64',
        yOffset: 'i64'
      }
    }
  },
  /**
   * Lookup266: pallet_referenda::pallet::Error<T, I>
   **/
  PalletReferendaError: {
    _enum: ['NotOngoing', 'HasDeposit', 'BadTrack', 'Full', 'QueueEmpty', 'BadReferendum', 'NothingToDo', 'NoTrack', 'Unfinished', 'NoPermission', 'NoDeposit', 'BadStatus', 'PreimageNotExist', 'PreimageStoredWithDifferentLength']
  },
  /**
   * Lookup268: pallet_conviction_voting::vote::Voting<Balance, sp_core::crypto::AccountId32, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteVoting: {
    _enum: {
      Casting: 'PalletConvictionVotingVoteCasting',
      Delegating: 'PalletConvictionVotingVoteDelegating'
    }
  },
  /**
   * Lookup269: pallet_conviction_voting::vote::Casting<Balance, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteCasting: {
    votes: 'Vec<(u32,PalletConvictionVotingVoteAccountVote)>',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup273: pallet_conviction_voting::types::Delegations<Balance>
   **/
  PalletConvictionVotingDelegations: {
    votes: 'u128',
    capital: 'u128'
  },
  /**
   * Lookup274: pallet_conviction_voting::vote::PriorLock<BlockNumber, Balance>
   **/
  PalletConvictionVotingVotePriorLock: '(u32,u128)',
  /**
   * Lookup275: pallet_conviction_voting::vote::Delegating<Balance, sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConvictionVotingVoteDelegating: {
    balance: 'u128',
    target: 'AccountId32',
    conviction: 'PalletConvictionVotingConviction',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup279: pallet_conviction_voting::pallet::Error<T, I>
   **/
  PalletConvictionVotingError: {
    _enum: ['NotOngoing', 'NotVoter', 'NoPermission', 'NoPermissionYet', 'AlreadyDelegating', 'AlreadyVoting', 'InsufficientFunds', 'NotDelegating', 'Nonsense', 'MaxVotesReached', 'ClassNeeded', 'BadClass']
  },
  /**
   * Lookup280: pallet_models::types::ModelInfo<sp_core::crypto::AccountId32, Balance, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletModelsModelInfo: {
    owner: 'AccountId32',
    name: 'Bytes',
    version: 'Bytes',
    contentHash: 'H256',
    format: 'InferaPrimitivesModelFormat',
    task: 'InferaPrimitivesTaskKind',
    metadataUri: 'Bytes',
    hardware: 'InferaPrimitivesHardwareRequirement',
    pricePerJob: 'u128',
    agreement: 'InferaPrimitivesAgreementRule',
    auditChance: 'Perbill',
    deposit: 'u128',
    status: 'InferaPrimitivesModelStatus',
    registeredAt: 'u32',
    retiredAt: 'Option<u32>'
  },
  /**
   * Lookup282: infera_primitives::ModelStatus
   **/
  InferaPrimitivesModelStatus: {
    _enum: ['Proposed', 'Listed', 'Rejected', 'Delisted', 'Retired']
  },
  /**
   * Lookup284: pallet_models::pallet::Error<T>
   **/
  PalletModelsError: {
    _enum: ['UnknownModel', 'NotActive', 'RetirementNotOver', 'NotOwner', 'DuplicateModel', 'EmptyName', 'NameTooLong', 'EmptyVersion', 'VersionTooLong', 'UriTooLong', 'InsufficientBalance', 'NothingToUpdate', 'TooManyModels', 'AgreementTooLoose', 'AuditChanceTooLow', 'NotRetired', 'NoDepositHeld', 'NotProposed', 'NotListed']
  },
  /**
   * Lookup285: pallet_compute::types::ProviderInfo<sp_core::crypto::AccountId32, Balance, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<pallet_compute::types::UnlockChunk<Balance, BlockNumber>, S>>
   **/
  PalletComputeProviderInfo: {
    endpoint: 'Bytes',
    hardware: 'PalletComputeHardwareProfile',
    bonded: 'u128',
    unlocking: 'Vec<PalletComputeUnlockChunk>',
    models: 'Vec<u32>',
    status: 'PalletComputeProviderStatus',
    worker: 'Option<AccountId32>',
    pendingWorker: 'Option<AccountId32>',
    activeJobs: 'u32',
    exposure: 'u128',
    registeredAt: 'u32'
  },
  /**
   * Lookup290: pallet_compute::types::UnlockChunk<Balance, BlockNumber>
   **/
  PalletComputeUnlockChunk: {
    amount: 'u128',
    unlockAt: 'u32'
  },
  /**
   * Lookup292: pallet_compute::types::HardwareProfile<bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletComputeHardwareProfile: {
    accelerator: 'InferaPrimitivesAcceleratorClass',
    acceleratorCount: 'u32',
    memoryMib: 'u32',
    region: 'Bytes'
  },
  /**
   * Lookup294: pallet_compute::types::Reputation
   **/
  PalletComputeReputation: {
    jobsCompleted: 'u32',
    jobsFailed: 'u32',
    slashes: 'u32'
  },
  /**
   * Lookup295: pallet_compute::pallet::Error<T>
   **/
  PalletComputeError: {
    _enum: ['NotProvider', 'AlreadyProvider', 'StakeBelowMinimum', 'InsufficientBalance', 'ZeroAmount', 'NotEnoughBonded', 'UnbondingNotFinished', 'TooManyUnlockingChunks', 'BadEndpoint', 'EndpointTooLong', 'RegionTooLong', 'ModelNotListed', 'ModelNotServed', 'TooManyModels', 'HardwareTooWeak', 'ActiveJobs', 'Leaving', 'AlreadyInStatus', 'WorkerInUse', 'TooManyProviders', 'StakeExposed', 'NotOnline', 'NotProposedWorker', 'WorkerIsProvider']
  },
  /**
   * Lookup296: pallet_jobs::types::JobInfo<sp_core::crypto::AccountId32, Balance, BlockNumber, pallet_jobs::types::Payload<bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>>, bounded_collections::bounded_vec::BoundedVec<pallet_jobs::types::Assignment<sp_core::crypto::AccountId32, Balance>, S>>
   **/
  PalletJobsJobInfo: {
    submitter: 'AccountId32',
    modelId: 'u32',
    modelHash: 'H256',
    input: 'PalletJobsPayload',
    maxPrice: 'u128',
    redundancy: 'u32',
    agreement: 'InferaPrimitivesAgreementRule',
    auditChance: 'Perbill',
    audit: 'PalletJobsAuditStage',
    fee: 'u128',
    escrow: 'u128',
    deposit: 'u128',
    slashAmount: 'u128',
    rejectionPrice: 'u128',
    createdAt: 'u32',
    deadline: 'u32',
    status: 'PalletJobsJobStatus',
    assignments: 'Vec<PalletJobsAssignment>',
    result: 'Option<H256>',
    dueAt: 'Option<u32>'
  },
  /**
   * Lookup297: pallet_jobs::types::Payload<bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletJobsPayload: {
    _enum: {
      Inline: 'Bytes',
      Remote: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        uri: 'Bytes'
      }
    }
  },
  /**
   * Lookup300: pallet_jobs::types::Assignment<sp_core::crypto::AccountId32, Balance>
   **/
  PalletJobsAssignment: {
    provider: 'AccountId32',
    price: 'u128',
    commitment: 'Option<H256>',
    outputHash: 'Option<H256>'
  },
  /**
   * Lookup302: pallet_jobs::types::AuditStage
   **/
  PalletJobsAuditStage: {
    _enum: ['NotAuditable', 'Undecided', 'AuditorWanted', 'NotAudited', 'Auditing', 'TieBreaking', 'Publishing']
  },
  /**
   * Lookup303: pallet_jobs::types::JobStatus<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletJobsJobStatus: {
    _enum: {
      Queued: 'Null',
      Committing: 'Null',
      Revealing: {
        until: 'u32',
      },
      Challengeable: {
        until: 'u32',
      },
      AwaitingAuditor: 'Null',
      Disputed: {
        challenger: 'AccountId32',
        bond: 'u128',
        until: 'u32',
      },
      Settled: 'Null',
      Failed: 'PalletJobsFailReason',
      Cancelled: 'Null'
    }
  },
  /**
   * Lookup310: pallet_jobs::pallet::Error<T>
   **/
  PalletJobsError: {
    _enum: ['UnknownJob', 'ModelNotListed', 'PriceTooLow', 'RedundancyOutOfRange', 'DeadlineTooSoon', 'DeadlineTooFar', 'InputTooLarge', 'OutputTooLarge', 'UriTooLong', 'AmountOverflow', 'InsufficientBalance', 'TooManySubmissions', 'NotSubmitter', 'NotAssigned', 'AlreadyCommitted', 'AlreadyRevealed', 'NotCommitted', 'CommitmentMismatch', 'RevealTooEarly', 'TooLate', 'NotQueued', 'NotDisputed', 'DuplicateCommitment', 'InputNotText', 'EmptyInput', 'OutputNotInline', 'OutputHashFirst', 'OutputRequired', 'NotOpened', 'UseRevealRejection', 'NotProvider', 'NotYetJudged']
  },
  /**
   * Lookup311: infera_runtime::Runtime
   **/
  InferaRuntimeRuntime: 'Null',
  /**
   * Lookup312: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, infera_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup313: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup317: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup320: frame_support::view_functions::ViewFunctionId
   **/
  FrameSupportViewFunctionsViewFunctionId: {
    prefix: '[u8;16]',
    suffix: '[u8;16]'
  },
  /**
   * Lookup322: frame_support::view_functions::ViewFunctionDispatchError
   **/
  FrameSupportViewFunctionsViewFunctionDispatchError: {
    _enum: {
      NotImplemented: 'Null',
      NotFound: 'FrameSupportViewFunctionsViewFunctionId',
      Codec: 'Null'
    }
  },
  /**
   * Lookup324: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup325: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup326: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup327: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup332: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup333: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup335: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup337: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup344: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup345: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup347: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup350: infera_primitives::PageModelInfo<K, pallet_models::types::ModelInfo<sp_core::crypto::AccountId32, Balance, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>>>
   **/
  InferaPrimitivesPageModelInfo: {
    items: 'Vec<(u32,PalletModelsModelInfo)>',
    next: 'Option<u32>'
  },
  /**
   * Lookup354: infera_primitives::Page<sp_core::crypto::AccountId32, pallet_compute::types::ProviderInfo<sp_core::crypto::AccountId32, Balance, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<pallet_compute::types::UnlockChunk<Balance, BlockNumber>, S>>>
   **/
  InferaPrimitivesPageProviderInfo: {
    items: 'Vec<(AccountId32,PalletComputeProviderInfo)>',
    next: 'Option<AccountId32>'
  },
  /**
   * Lookup357: infera_primitives::Page<sp_core::crypto::AccountId32, pallet_compute::types::Reputation>
   **/
  InferaPrimitivesPageReputation: {
    items: 'Vec<(AccountId32,PalletComputeReputation)>',
    next: 'Option<AccountId32>'
  },
  /**
   * Lookup361: infera_primitives::Page<sp_core::crypto::AccountId32, pallet_validators::types::Candidate<Balance>>
   **/
  InferaPrimitivesPageCandidate: {
    items: 'Vec<(AccountId32,PalletValidatorsCandidate)>',
    next: 'Option<AccountId32>'
  },
  /**
   * Lookup364: pallet_validators::types::ValidatorSets<sp_core::crypto::AccountId32>
   **/
  PalletValidatorsValidatorSets: {
    session: 'u32',
    current: 'Vec<AccountId32>',
    planned: 'Vec<AccountId32>'
  },
  /**
   * Lookup369: infera_primitives::Page<K, pallet_jobs::types::JobInfo<sp_core::crypto::AccountId32, Balance, BlockNumber, pallet_jobs::types::Payload<bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>>, bounded_collections::bounded_vec::BoundedVec<pallet_jobs::types::Assignment<sp_core::crypto::AccountId32, Balance>, S>>>
   **/
  InferaPrimitivesPageJobInfo: {
    items: 'Vec<(u64,PalletJobsJobInfo)>',
    next: 'Option<u64>'
  },
  /**
   * Lookup375: pallet_jobs::types::Quote<Balance>
   **/
  PalletJobsQuote: {
    maxPrice: 'u128',
    fee: 'u128',
    escrow: 'u128'
  },
  /**
   * Lookup379: infera_runtime::RuntimeError
   **/
  InferaRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Grandpa: 'PalletGrandpaError',
      Balances: 'PalletBalancesError',
      __Unused5: 'Null',
      Sudo: 'PalletSudoError',
      __Unused7: 'Null',
      Scheduler: 'PalletSchedulerError',
      Preimage: 'PalletPreimageError',
      Council: 'PalletCollectiveError',
      CouncilMembership: 'PalletMembershipError',
      Validators: 'PalletValidatorsError',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      Session: 'PalletSessionError',
      Referenda: 'PalletReferendaError',
      ConvictionVoting: 'PalletConvictionVotingError',
      __Unused19: 'Null',
      Models: 'PalletModelsError',
      Compute: 'PalletComputeError',
      Jobs: 'PalletJobsError'
    }
  }
};
