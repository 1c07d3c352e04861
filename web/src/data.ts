// Reads of the marketplace's state, as plain objects for the views. The marketplace (models,
// providers, jobs) is read through the runtime's API (`api.call.modelsApi`, `computeApi`,
// `jobsApi`), long lists page by page (`readAllPages`); governance and balances through storage.
import type { ApiPromise } from '@polkadot/api';
import type { Option, u32, u64, Vec } from '@polkadot/types';
import type { AccountId32 } from '@polkadot/types/interfaces';
import type { AnyJson, Codec, ITuple } from '@polkadot/types/types';
import type {
  FrameSupportPreimagesBounded, InferaPrimitivesAgreementRule, PalletComputeProviderInfo, PalletConvictionVotingVoteAccountVote, PalletReferendaCurve,
  PalletReferendaDeposit,
} from '@polkadot/types/lookup';
import { blake2AsHex } from '@polkadot/util-crypto';

export interface Model {
  id: number;
  name: string;
  version: string;
  owner: string;
  hash: string;
  format: string;
  task: string;
  price: bigint;
  /** How providers' outputs are compared: `Exact`, or `Cosine ≥ 0.99` for `CosineInt8`. */
  agreement: string;
  /** Chance that a single-provider job is audited, in percent. */
  auditPercent: number;
  status: string;
  registeredAt: number;
  /** The metadata URI (as text). */
  uri: string;
  /** The listing deposit still held (0 once rejected, delisted or released). */
  deposit: bigint;
  /** The block the owner retired it in (null unless retired). */
  retiredAt: number | null;
}

export interface Motion {
  hash: string;
  index: number;
  /** `models.approveListing` etc. */
  call: string;
  /** The model the motion is about, if it is a listing decision. */
  modelId: number | null;
  threshold: number;
  ayes: string[];
  nays: string[];
  end: number;
  /** The proposal's encoded length: the least `length_bound` that closes it. */
  lengthBound: number;
  /** The job a `jobs.resolveChallenge` motion decides, and how (null for other calls). */
  challenge: { jobId: number; upheld: boolean } | null;
  /** The proposal's dispatch weight: the least `proposal_weight_bound` that closes it once approved. */
  weightBound: { refTime: bigint; proofSize: bigint };
}

export interface Provider {
  account: string;
  endpoint: string;
  hardware: string;
  bonded: bigint;
  /** The sum of `unlockingChunks`. */
  unlocking: bigint;
  /** Stake on its way out: still held and slashable; withdrawable from block `unlockAt`. */
  unlockingChunks: UnlockChunk[];
  /** Bonded stake backing open jobs: it cannot be unbonded. */
  exposure: bigint;
  status: string;
  worker: string | null;
  /** A worker key the provider proposed, not accepted yet. */
  pendingWorker: string | null;
  activeJobs: number;
  models: Offer[];
  completed: number;
  failed: number;
}

/** A model a provider serves, at its price per job. */
export interface Offer {
  modelId: number;
  price: bigint;
}

/** Unbonding stake: `amount`, withdrawable from block `unlockAt`. */
export interface UnlockChunk {
  amount: bigint;
  unlockAt: number;
}

export interface Assignment {
  provider: string;
  price: bigint;
  committed: boolean;
  revealed: string | null;
}

export interface Job {
  id: number;
  submitter: string;
  modelId: number;
  input: string;
  maxPrice: bigint;
  redundancy: number;
  createdAt: number;
  deadline: number;
  status: string;
  statusDetail: string;
  /** The last block of the challenge window (status `Challengeable`), else null. */
  challengeableUntil: number | null;
  /** Who challenged, the bond held and the council's last block to decide (status `Disputed`), else null. */
  dispute: { challenger: string; bond: bigint; until: number } | null;
  assignments: Assignment[];
  result: string | null;
}

/** A block number kept as an option (`retired_at`, `confirming`), as a number or null. */
const blockOrNull = (x: Option<u32>): number | null => (x.isSome ? x.unwrap().toNumber() : null);

/** A model's agreement rule as the registry shows it (`minCosine` is in parts per billion). */
export function agreementLabel(rule: InferaPrimitivesAgreementRule): string {
  return rule.isCosineInt8 ? `Cosine ≥ ${rule.asCosineInt8.minCosine.toNumber() / 1e9}` : rule.type;
}

/** The most entries a runtime API's page holds (`infera_primitives::MAX_PAGE_LEN`): the limit asked for. */
export const PAGE_LIMIT = 100;

/** One page of a runtime API's list (`infera_primitives::Page`: `InferaPrimitivesPageModelInfo`, ...). */
export interface Page<K extends Codec, V extends Codec> {
  items: Vec<ITuple<[K, V]>>;
  /** Where the next page starts (pass it as `startAfter`), or `None` at the end of the list. */
  next: Option<K>;
}

/**
 * Every entry of a paged runtime API list, in its order: `readPage(startAfter, limit)` reads one
 * page, from the first (`startAfter` null) on, each after the previous page's `next`, until
 * `next` is `None`. A page filtered by status may hold fewer than `limit` entries, even none,
 * and still a `next`: only `next` says the list has ended.
 */
export async function readAllPages<K extends Codec, V extends Codec>(
  readPage: (startAfter: K | null, limit: number) => Promise<Page<K, V>>,
): Promise<[K, V][]> {
  const entries: [K, V][] = [];
  for (let startAfter: K | null = null; ;) {
    const page = await readPage(startAfter, PAGE_LIMIT);
    entries.push(...page.items);
    if (page.next.isNone) return entries;
    startAfter = page.next.unwrap();
  }
}

/** Every model in the registry, by id (`modelsApi.modelsByStatus` of every status). */
export async function loadModels(api: ApiPromise): Promise<Model[]> {
  const entries = await readAllPages((after: u32 | null, limit) => api.call.modelsApi.modelsByStatus(null, after, limit));
  return entries.map(([id, m]) => ({
    id: id.toNumber(),
    name: m.name.toUtf8(),
    version: m.version.toUtf8(),
    owner: m.owner.toString(),
    hash: m.contentHash.toHex(),
    format: m.format.type,
    task: m.task.type,
    price: m.pricePerJob.toBigInt(),
    agreement: agreementLabel(m.agreement),
    auditPercent: m.auditChance.toNumber() / 1e7,
    status: m.status.type,
    registeredAt: m.registeredAt.toNumber(),
    uri: m.metadataUri.toUtf8(),
    deposit: m.deposit.toBigInt(),
    retiredAt: blockOrNull(m.retiredAt),
  })).sort((a, b) => a.id - b.id);
}

/** Open council motions with their votes, and the bounds that close them. */
export async function loadMotions(api: ApiPromise): Promise<Motion[]> {
  const hashes = await api.query.council.proposals();
  const motions: Motion[] = [];
  for (const hash of hashes) {
    const [proposal, voting] = await Promise.all([api.query.council.proposalOf(hash), api.query.council.voting(hash)]);
    if (proposal.isNone || voting.isNone) continue;
    const call = proposal.unwrap();
    const votes = voting.unwrap();
    const isListing = call.section === 'models' && call.args.length > 0;
    const resolution = api.tx.jobs.resolveChallenge.is(call) ? call : null;
    // pallet-collective's `close` wants the proposal's own dispatch weight and encoded length (no more is needed).
    const info = await api.call.transactionPaymentCallApi.queryCallInfo(call, call.encodedLength);
    motions.push({
      hash: hash.toHex(),
      index: votes.index.toNumber(),
      call: `${call.section}.${call.method}`,
      modelId: isListing ? Number(call.args[0].toString()) : null,
      threshold: votes.threshold.toNumber(),
      ayes: votes.ayes.map(String),
      nays: votes.nays.map(String),
      end: votes.end.toNumber(),
      lengthBound: call.encodedLength,
      challenge: resolution ? { jobId: resolution.args[0].toNumber(), upheld: resolution.args[1].isTrue } : null,
      weightBound: { refTime: info.weight.refTime.toBigInt(), proofSize: info.weight.proofSize.toBigInt() },
    });
  }
  return motions.sort((a, b) => a.index - b.index);
}

/** Every registered provider's record, by account, in storage order (`computeApi.providers`). */
export function loadProviderRecords(api: ApiPromise): Promise<[AccountId32, PalletComputeProviderInfo][]> {
  return readAllPages((after: AccountId32 | null, limit) => api.call.computeApi.providers(after, limit));
}

/**
 * The offers of `providers`, by provider account: each model a provider serves, with its price
 * (`computeApi.offers` of every model one of them serves).
 */
async function offersOf(api: ApiPromise, providers: PalletComputeProviderInfo[]): Promise<Map<string, Offer[]>> {
  const modelIds = [...new Set(providers.flatMap((p) => p.models.map((id) => id.toNumber())))];
  const offers = await Promise.all(modelIds.map(async (modelId) => ({ modelId, servers: await api.call.computeApi.offers(modelId) })));
  const byProvider = new Map<string, Offer[]>();
  for (const { modelId, servers } of offers) {
    for (const [provider, price] of servers) {
      const list = byProvider.get(provider.toString()) ?? [];
      list.push({ modelId, price: price.toBigInt() });
      byProvider.set(provider.toString(), list);
    }
  }
  return byProvider;
}

/** Every registered provider with its offers and reputation (`computeApi.reputations`). */
export async function loadProviders(api: ApiPromise): Promise<Provider[]> {
  const records = await loadProviderRecords(api);
  const [offers, reputationPages] = await Promise.all([
    offersOf(api, records.map(([, p]) => p)),
    readAllPages((after: AccountId32 | null, limit) => api.call.computeApi.reputations(after, limit)),
  ]);
  const reputations = new Map(reputationPages.map(([account, rep]) => [account.toString(), rep]));
  return records.map(([key, p]) => {
    const account = key.toString();
    const rep = reputations.get(account);
    const hw = p.hardware;
    const count = hw.acceleratorCount.toNumber();
    const unlockingChunks = p.unlocking.map((c) => ({ amount: c.amount.toBigInt(), unlockAt: c.unlockAt.toNumber() }));
    return {
      account,
      endpoint: p.endpoint.toUtf8(),
      hardware: `${count ? `${count}× ` : ''}${hw.accelerator.type}, ${hw.memoryMib.toNumber()} MiB, ${hw.region.toUtf8()}`,
      bonded: p.bonded.toBigInt(),
      unlockingChunks,
      unlocking: unlockingChunks.reduce((sum, c) => sum + c.amount, 0n),
      exposure: p.exposure.toBigInt(),
      status: p.status.type,
      worker: p.worker.isSome ? p.worker.unwrap().toString() : null,
      pendingWorker: p.pendingWorker.isSome ? p.pendingWorker.unwrap().toString() : null,
      activeJobs: p.activeJobs.toNumber(),
      models: (offers.get(account) ?? []).sort((a, b) => a.modelId - b.modelId),
      // No track record yet: no job of it has ended.
      completed: rep?.jobsCompleted.toNumber() ?? 0,
      failed: rep?.jobsFailed.toNumber() ?? 0,
    };
  });
}

/** Every job the chain still keeps (finished jobs are pruned after a day), newest first (`jobsApi.jobs`). */
export async function loadJobs(api: ApiPromise): Promise<Job[]> {
  const entries = await readAllPages((after: u64 | null, limit) => api.call.jobsApi.jobs(after, limit));
  return entries.map(([id, j]) => {
    const { status } = j;
    // A variant's fields as polkadot.js JSON (`{"until":12}`, `NoProviders`); none for `Queued`, `Settled`, ...
    const detail: AnyJson = status.value.toJSON();
    return {
      id: id.toNumber(),
      submitter: j.submitter.toString(),
      modelId: j.modelId.toNumber(),
      input: j.input.isInline ? j.input.asInline.toUtf8() : j.input.asRemote.uri.toUtf8(),
      maxPrice: j.maxPrice.toBigInt(),
      redundancy: j.redundancy.toNumber(),
      createdAt: j.createdAt.toNumber(),
      deadline: j.deadline.toNumber(),
      status: status.type,
      statusDetail: detail === null ? '' : typeof detail === 'object' ? JSON.stringify(detail) : String(detail),
      challengeableUntil: status.isChallengeable ? status.asChallengeable.until.toNumber() : null,
      dispute: status.isDisputed
        ? { challenger: status.asDisputed.challenger.toString(), bond: status.asDisputed.bond.toBigInt(), until: status.asDisputed.until.toNumber() }
        : null,
      assignments: j.assignments.map((a) => ({
        provider: a.provider.toString(),
        price: a.price.toBigInt(),
        committed: a.commitment.isSome,
        revealed: a.outputHash.isSome ? a.outputHash.unwrap().toHex() : null,
      })),
      result: j.result.isSome ? j.result.unwrap().toHex() : null,
    };
  }).sort((a, b) => b.id - a.id);
}

/**
 * The accepted output of a finished job: the revealed payload whose hash is the result
 * (`jobsApi.outputs`: the outputs revealed for the job, by provider).
 */
export async function acceptedOutput(api: ApiPromise, job: Job): Promise<Uint8Array | null> {
  if (!job.result) return null;
  const outputs = new Map((await api.call.jobsApi.outputs(job.id)).map(([provider, payload]) => [provider.toString(), payload]));
  for (const a of job.assignments) {
    if (a.revealed !== job.result) continue;
    const payload = outputs.get(a.provider);
    if (payload === undefined) continue;
    if (!payload.isInline) return null;
    const bytes = payload.asInline.toU8a(true);
    if (blake2AsHex(bytes, 256) === job.result) return bytes;
  }
  return null;
}

/**
 * The variant names of the enum type of field `arg` (snake_case, as in Rust) of call
 * `pallet.call`, or of its sub-field `field`: read from the metadata, so forms follow the runtime.
 */
export function enumVariants(api: ApiPromise, pallet: string, call: string, arg: string, field?: string): string[] {
  const lookup = api.registry.lookup;
  const fields = api.tx[pallet]?.[call]?.meta.fields ?? [];
  const argField = fields.find((f) => f.name.unwrapOr('').toString() === arg);
  if (!argField) return [];
  let type = lookup.getSiType(argField.type);
  if (field) {
    const sub = type.def.isComposite ? type.def.asComposite.fields.find((f) => f.name.unwrapOr('').toString() === field) : undefined;
    if (!sub) return [];
    type = lookup.getSiType(sub.type);
  }
  return type.def.isVariant ? type.def.asVariant.variants.map((v) => v.name.toString()) : [];
}

/** The council's members. */
export async function councilMembers(api: ApiPromise): Promise<string[]> {
  return (await api.query.council.members()).map((m) => m.toString());
}

/** A referendum track (`api.consts.referenda.tracks`); periods in blocks. */
export interface Track {
  id: number;
  name: string;
  maxDeciding: number;
  decisionDeposit: bigint;
  preparePeriod: number;
  decisionPeriod: number;
  confirmPeriod: number;
  minEnactmentPeriod: number;
  /** The approval and support curves (`pallet_referenda::Curve`). */
  minApproval: Curve;
  minSupport: Curve;
}

/**
 * A track's curve (`pallet_referenda::Curve`): its points in parts per billion (Perbill); for
 * `reciprocal`, fixed-point numbers (FixedI64: 1e9 is 1, negative ones allowed).
 */
export type Curve =
  | { kind: 'linearDecreasing'; length: number; floor: number; ceil: number }
  | { kind: 'steppedDecreasing'; begin: number; end: number; step: number; period: number }
  | { kind: 'reciprocal'; factor: bigint; xOffset: bigint; yOffset: bigint };

/** A curve of the runtime's metadata as `Curve`. */
function curveOf(curve: PalletReferendaCurve): Curve {
  if (curve.isLinearDecreasing) {
    const { length, floor, ceil } = curve.asLinearDecreasing;
    return { kind: 'linearDecreasing', length: length.toNumber(), floor: floor.toNumber(), ceil: ceil.toNumber() };
  }
  if (curve.isSteppedDecreasing) {
    const { begin, end, step, period } = curve.asSteppedDecreasing;
    return { kind: 'steppedDecreasing', begin: begin.toNumber(), end: end.toNumber(), step: step.toNumber(), period: period.toNumber() };
  }
  const { factor, xOffset, yOffset } = curve.asReciprocal;
  return { kind: 'reciprocal', factor: factor.toBigInt(), xOffset: xOffset.toBigInt(), yOffset: yOffset.toBigInt() };
}

export interface Deposit {
  who: string;
  amount: bigint;
}

export interface Tally {
  /** Conviction-weighted votes. */
  ayes: bigint;
  nays: bigint;
  /** Aye votes' balance without conviction: the share of the issuance that supports. */
  support: bigint;
}

export interface OngoingReferendum {
  index: number;
  track: number;
  /** The proposal in words: `models.approveListing(3)`, or the preimage's hash. */
  call: string;
  submitted: number;
  submissionDeposit: Deposit;
  decisionDeposit: Deposit | null;
  /** Set once the referendum is in its decision period; `confirming`: the block it is approved at if it keeps passing. */
  deciding: { since: number; confirming: number | null } | null;
  inQueue: boolean;
  tally: Tally;
}

export interface EndedReferendum {
  index: number;
  /** `Approved`, `Rejected`, `Cancelled`, `TimedOut` or `Killed`. */
  outcome: string;
  /** The block it ended in. */
  at: number;
  /** Deposits still held (null once refunded, or never placed). */
  submissionDeposit: Deposit | null;
  decisionDeposit: Deposit | null;
}

/** The tracks referenda run on, by id. */
export function loadTracks(api: ApiPromise): Track[] {
  return api.consts.referenda.tracks.map(([id, t]) => ({
    id: id.toNumber(),
    // A fixed-length name, padded with NULs.
    name: t.name.toString().replace(/\0+$/, ''),
    maxDeciding: t.maxDeciding.toNumber(),
    decisionDeposit: t.decisionDeposit.toBigInt(),
    preparePeriod: t.preparePeriod.toNumber(),
    decisionPeriod: t.decisionPeriod.toNumber(),
    confirmPeriod: t.confirmPeriod.toNumber(),
    minEnactmentPeriod: t.minEnactmentPeriod.toNumber(),
    minApproval: curveOf(t.minApproval),
    minSupport: curveOf(t.minSupport),
  })).sort((a, b) => a.id - b.id);
}

/**
 * The value (0 to 1) of a track's approval or support curve at `x`, the elapsed share of the
 * decision period (0 to 1), as pallet-referenda computes it.
 */
export function curveAt(curve: Curve, x: number): number {
  const perbill = (p: number) => p / 1e9;
  switch (curve.kind) {
    case 'linearDecreasing': {
      const { length, floor, ceil } = curve;
      return perbill(ceil) - Math.min(x / perbill(length), 1) * (perbill(ceil) - perbill(floor));
    }
    case 'steppedDecreasing': {
      const { begin, end, step, period } = curve;
      const steps = Math.floor(x / perbill(period));
      return Math.max(perbill(begin) - Math.min(steps * perbill(step), perbill(begin)), perbill(end));
    }
    case 'reciprocal': {
      // factor / (x + x_offset) + y_offset, in FixedI64 (1e9 = 1), clamped to 0..1.
      const fixed = (v: bigint) => Number(v) / 1e9;
      const divisor = x + fixed(curve.xOffset);
      return divisor === 0 ? 1 : Math.min(Math.max(fixed(curve.factor) / divisor + fixed(curve.yOffset), 0), 1);
    }
  }
}

/**
 * A referendum's proposal (`Bounded`) in words: the decoded call if it is inline, else the
 * preimage's hash. `proposal` may also be its polkadot.js JSON (an event's field).
 */
export function describeProposal(api: ApiPromise, proposal: FrameSupportPreimagesBounded | AnyJson): string {
  const bounded = api.createType('FrameSupportPreimagesBounded', proposal);
  if (bounded.isInline) {
    try {
      const call = api.createType('Call', bounded.asInline.toU8a(true));
      return `${call.section}.${call.method}(${call.args.map((a) => a.toString()).join(', ')})`;
    } catch {
      return `undecodable call ${bounded.asInline.toHex()}`;
    }
  }
  return `preimage ${(bounded.isLookup ? bounded.asLookup.hash_ : bounded.asLegacy.hash_).toHex()}`;
}

const deposit = (d: PalletReferendaDeposit): Deposit => ({ who: d.who.toString(), amount: d.amount.toBigInt() });
const depositOrNull = (d: Option<PalletReferendaDeposit>): Deposit | null => (d.isSome ? deposit(d.unwrap()) : null);

/** Every referendum: the ongoing ones by index, the ended ones newest first. */
export async function loadReferenda(api: ApiPromise): Promise<{ ongoing: OngoingReferendum[]; ended: EndedReferendum[] }> {
  const entries = await api.query.referenda.referendumInfoFor.entries();
  const ongoing: OngoingReferendum[] = [];
  const ended: EndedReferendum[] = [];
  for (const [key, value] of entries) {
    const index = key.args[0].toNumber();
    const info = value.unwrap();
    if (info.isOngoing) {
      const s = info.asOngoing;
      const deciding = s.deciding.isSome ? s.deciding.unwrap() : null;
      ongoing.push({
        index, track: s.track.toNumber(), call: describeProposal(api, s.proposal), submitted: s.submitted.toNumber(),
        submissionDeposit: deposit(s.submissionDeposit), decisionDeposit: depositOrNull(s.decisionDeposit),
        deciding: deciding && { since: deciding.since.toNumber(), confirming: blockOrNull(deciding.confirming) },
        inQueue: s.inQueue.isTrue,
        tally: { ayes: s.tally.ayes.toBigInt(), nays: s.tally.nays.toBigInt(), support: s.tally.support.toBigInt() },
      });
    } else if (info.isKilled) {
      ended.push({ index, outcome: info.type, at: info.asKilled.toNumber(), submissionDeposit: null, decisionDeposit: null });
    } else {
      // `[block, submission deposit, decision deposit]`.
      const [at, submission, decision] = info.isApproved ? info.asApproved : info.isRejected ? info.asRejected
        : info.isCancelled ? info.asCancelled : info.asTimedOut;
      ended.push({ index, outcome: info.type, at: at.toNumber(), submissionDeposit: depositOrNull(submission), decisionDeposit: depositOrNull(decision) });
    }
  }
  return { ongoing: ongoing.sort((a, b) => a.index - b.index), ended: ended.sort((a, b) => b.index - a.index) };
}

/** A vote cast: standard (aye or nay with a conviction), or split between aye, nay and abstain. */
export interface CastVote {
  track: number;
  index: number;
  standard: { aye: boolean; conviction: string; balance: bigint } | null;
  split: { aye: bigint; nay: bigint; abstain: bigint } | null;
}

/** What an account's conviction votes hold, per track. */
export interface Voting {
  votes: CastVote[];
  delegations: { track: number; target: string; conviction: string; balance: bigint }[];
  /** Per track, the balance its votes lock (`convictionVoting.classLocksFor`); `unlock` releases what is no longer needed. */
  trackLocks: { track: number; amount: bigint }[];
  /** Locks of votes already removed or undelegated: `amount` until block `until`. */
  priors: { track: number; until: number; amount: bigint }[];
  /** The lock on the account's balance (`balances.locks`, id `pyconvot`). */
  lock: bigint;
}

function castVote(track: number, index: number, vote: PalletConvictionVotingVoteAccountVote): CastVote {
  if (vote.isStandard) {
    const { vote: { isAye, conviction }, balance } = vote.asStandard;
    return { track, index, standard: { aye: isAye, conviction: conviction.type, balance: balance.toBigInt() }, split: null };
  }
  if (vote.isSplit) {
    const { aye, nay } = vote.asSplit;
    return { track, index, standard: null, split: { aye: aye.toBigInt(), nay: nay.toBigInt(), abstain: 0n } };
  }
  const { aye, nay, abstain } = vote.asSplitAbstain;
  return { track, index, standard: null, split: { aye: aye.toBigInt(), nay: nay.toBigInt(), abstain: abstain.toBigInt() } };
}

/** The conviction votes, delegations and locks of `who`. */
export async function loadVoting(api: ApiPromise, who: string): Promise<Voting> {
  const [entries, classLocks, locks] = await Promise.all([
    api.query.convictionVoting.votingFor.entries(who), api.query.convictionVoting.classLocksFor(who), api.query.balances.locks(who)]);
  const voting: Voting = { votes: [], delegations: [], trackLocks: [], priors: [], lock: 0n };
  for (const [key, v] of entries) {
    const track = key.args[1].toNumber();
    const state = v.isCasting ? v.asCasting : v.asDelegating;
    const [until, prior] = state.prior;
    if (prior.toBigInt() > 0n) voting.priors.push({ track, until: until.toNumber(), amount: prior.toBigInt() });
    if (v.isCasting) voting.votes.push(...v.asCasting.votes.map(([index, vote]) => castVote(track, index.toNumber(), vote)));
    else {
      const { target, conviction, balance } = v.asDelegating;
      voting.delegations.push({ track, target: target.toString(), conviction: conviction.type, balance: balance.toBigInt() });
    }
  }
  voting.trackLocks = classLocks.map(([track, amount]) => ({ track: track.toNumber(), amount: amount.toBigInt() }));
  voting.lock = locks.filter((l) => l.id.toUtf8() === 'pyconvot')
    .reduce((max, l) => (l.amount.toBigInt() > max ? l.amount.toBigInt() : max), 0n);
  return voting;
}
