// Reads of the marketplace's state, as plain objects for the views.
import type { ApiPromise } from '@polkadot/api';
import type { RuntimeDispatchInfo } from '@polkadot/types/interfaces';
import { blake2AsHex } from '@polkadot/util-crypto';
import { hexToU8a, u8aToString } from '@polkadot/util';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

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
  models: { modelId: number; price: bigint }[];
  completed: number;
  failed: number;
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

/** An unlocking chunk as polkadot.js JSON (a balance is a number, or a hex string when large). */
interface UnlockChunkJson { amount: number | string; unlockAt: number }
/** The fields of `models.models` read beyond the original ones. */
interface ModelExtraJson { metadataUri: string; deposit: number | string; retiredAt: number | null }
/** A job status as polkadot.js JSON: `"queued"`, or `{ challengeable: { until } }`, `{ disputed: {...} }`, ... */
type JobStatusJson = string | { challengeable?: { until: number }; disputed?: { challenger: string; bond: number | string; until: number } };

const text = (hex: string): string => u8aToString(hexToU8a(hex));
const big = (x: Json): bigint => BigInt(typeof x === 'string' && x.startsWith('0x') ? x : String(x));
/** The variant name of a JSON-encoded enum (`"Listed"` or `{ "revealing": {...} }`). */
const variant = (x: Json): string => {
  const name = typeof x === 'string' ? x : Object.keys(x)[0];
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** A model's agreement rule as the registry shows it (`minCosine` is in parts per billion). */
export function agreementLabel(rule: Json): string {
  const cosine = typeof rule === 'object' && rule ? rule.cosineInt8 : undefined;
  return cosine ? `Cosine ≥ ${Number(cosine.minCosine) / 1e9}` : variant(rule);
}

/** The URI, deposit and retirement block of a model's JSON. */
function modelExtra(m: ModelExtraJson): Pick<Model, 'uri' | 'deposit' | 'retiredAt'> {
  return { uri: text(m.metadataUri), deposit: big(m.deposit), retiredAt: m.retiredAt };
}

/** Every model in the registry, by id. */
export async function loadModels(api: ApiPromise): Promise<Model[]> {
  const entries = await api.query.models.models.entries();
  return entries.map(([key, value]) => {
    const m: Json = (value as Json).unwrap().toJSON();
    return {
      id: Number(key.args[0].toString()),
      name: text(m.name),
      version: text(m.version),
      owner: m.owner,
      hash: m.contentHash,
      format: variant(m.format),
      task: variant(m.task),
      price: big(m.pricePerJob),
      agreement: agreementLabel(m.agreement),
      auditPercent: Number(m.auditChance) / 1e7,
      status: variant(m.status),
      registeredAt: m.registeredAt,
      ...modelExtra(m as ModelExtraJson),
    };
  }).sort((a, b) => a.id - b.id);
}

/** Open council motions with their votes, and the bounds that close them. */
export async function loadMotions(api: ApiPromise): Promise<Motion[]> {
  const hashes = await api.query.council.proposals();
  const motions: Motion[] = [];
  for (const hash of hashes as unknown as Json[]) {
    const [proposal, voting] = await Promise.all([api.query.council.proposalOf(hash), api.query.council.voting(hash)]);
    if ((proposal as Json).isNone || (voting as Json).isNone) continue;
    const call: Json = (proposal as Json).unwrap();
    const votes: Json = (voting as Json).unwrap().toJSON();
    const isListing = call.section === 'models' && call.args.length > 0;
    const isResolution = call.section === 'jobs' && call.method === 'resolveChallenge';
    // pallet-collective's `close` wants the proposal's own dispatch weight and encoded length (no more is needed).
    const info = (await api.call.transactionPaymentCallApi.queryCallInfo(call, call.encodedLength)) as RuntimeDispatchInfo;
    motions.push({
      hash: hash.toHex(),
      index: votes.index,
      call: `${call.section}.${call.method}`,
      modelId: isListing ? Number(call.args[0].toString()) : null,
      threshold: votes.threshold,
      ayes: votes.ayes,
      nays: votes.nays,
      end: votes.end,
      lengthBound: call.encodedLength,
      challenge: isResolution ? { jobId: Number(call.args[0].toString()), upheld: call.args[1].isTrue } : null,
      weightBound: { refTime: info.weight.refTime.toBigInt(), proofSize: info.weight.proofSize.toBigInt() },
    });
  }
  return motions.sort((a, b) => a.index - b.index);
}

/** Unlocking chunks as polkadot.js JSON: the chunks and their sum. */
function unlockingOf(chunks: UnlockChunkJson[]): Pick<Provider, 'unlocking' | 'unlockingChunks'> {
  const unlockingChunks = chunks.map((c) => ({ amount: big(c.amount), unlockAt: c.unlockAt }));
  return { unlockingChunks, unlocking: unlockingChunks.reduce((sum, c) => sum + c.amount, 0n) };
}

/** Every registered provider with its offers and reputation. */
export async function loadProviders(api: ApiPromise): Promise<Provider[]> {
  const [entries, offers, reputations] = await Promise.all([
    api.query.compute.providers.entries(),
    api.query.compute.offers.entries(),
    api.query.compute.reputations.entries(),
  ]);
  const offersOf = new Map<string, { modelId: number; price: bigint }[]>();
  for (const [key, price] of offers) {
    const [modelId, provider] = key.args.map((a) => a.toString());
    const list = offersOf.get(provider) ?? [];
    list.push({ modelId: Number(modelId), price: big((price as Json).toJSON()) });
    offersOf.set(provider, list);
  }
  const reputationOf = new Map(reputations.map(([key, value]) => [key.args[0].toString(), (value as Json).toJSON()]));
  return entries.map(([key, value]) => {
    const p: Json = (value as Json).unwrap().toJSON();
    const account = key.args[0].toString();
    const rep = reputationOf.get(account) ?? { jobsCompleted: 0, jobsFailed: 0 };
    const hw = p.hardware;
    return {
      account,
      endpoint: text(p.endpoint),
      hardware: `${hw.acceleratorCount ? `${hw.acceleratorCount}× ` : ''}${variant(hw.accelerator)}, ${hw.memoryMib} MiB, ${text(hw.region)}`,
      bonded: big(p.bonded),
      ...unlockingOf(p.unlocking as UnlockChunkJson[]),
      exposure: big(p.exposure),
      status: variant(p.status),
      worker: p.worker,
      pendingWorker: p.pendingWorker,
      activeJobs: p.activeJobs,
      models: (offersOf.get(account) ?? []).sort((a, b) => a.modelId - b.modelId),
      completed: rep.jobsCompleted,
      failed: rep.jobsFailed,
    };
  });
}

/** The challenge window or the dispute of a job's status. */
function challengeOf(status: JobStatusJson): Pick<Job, 'challengeableUntil' | 'dispute'> {
  if (typeof status === 'string') return { challengeableUntil: null, dispute: null };
  const { challengeable, disputed } = status;
  return {
    challengeableUntil: challengeable ? challengeable.until : null,
    dispute: disputed ? { challenger: disputed.challenger, bond: big(disputed.bond), until: disputed.until } : null,
  };
}

/** Every job the chain still keeps (finished jobs are pruned after a day), newest first. */
export async function loadJobs(api: ApiPromise): Promise<Job[]> {
  const entries = await api.query.jobs.jobs.entries();
  return entries.map(([key, value]) => {
    const j: Json = (value as Json).unwrap().toJSON();
    const status = variant(j.status);
    const detail = typeof j.status === 'object' ? Object.values(j.status)[0] : null;
    return {
      id: Number(key.args[0].toString()),
      submitter: j.submitter,
      modelId: j.modelId,
      input: j.input.inline ? text(j.input.inline) : `${j.input.remote.uri ? text(j.input.remote.uri) : ''}`,
      maxPrice: big(j.maxPrice),
      redundancy: j.redundancy,
      createdAt: j.createdAt,
      deadline: j.deadline,
      status,
      statusDetail: detail === null ? '' : typeof detail === 'object' ? JSON.stringify(detail) : String(detail),
      ...challengeOf(j.status as JobStatusJson),
      assignments: (j.assignments as Json[]).map((a) => ({
        provider: a.provider,
        price: big(a.price),
        committed: a.commitment !== null,
        revealed: a.outputHash,
      })),
      result: j.result,
    };
  }).sort((a, b) => b.id - a.id);
}

/** The accepted output of a finished job: the revealed payload whose hash is the result. */
export async function acceptedOutput(api: ApiPromise, job: Job): Promise<Uint8Array | null> {
  if (!job.result) return null;
  for (const a of job.assignments) {
    if (a.revealed !== job.result) continue;
    const output: Json = await api.query.jobs.outputs(job.id, a.provider);
    if (output.isNone) continue;
    const payload = output.unwrap();
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
  const fields: Json[] = (api.tx as Json)[pallet][call].meta.fields;
  const argField = fields.find((f) => f.name.unwrap().toString() === arg);
  if (!argField) return [];
  let type: Json = lookup.getSiType(argField.type);
  if (field) {
    const sub = type.def.asComposite.fields.find((f: Json) => f.name.unwrap().toString() === field);
    if (!sub) return [];
    type = lookup.getSiType(sub.type);
  }
  return type.def.isVariant ? type.def.asVariant.variants.map((v: Json) => v.name.toString()) : [];
}

/** The council's members. */
export async function councilMembers(api: ApiPromise): Promise<string[]> {
  return ((await api.query.council.members()) as Json).map((m: Json) => m.toString());
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
  /** The curves as polkadot.js JSON: `{ linearDecreasing: { length, floor, ceil } }` etc. */
  minApproval: Json;
  minSupport: Json;
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
  return ((api.consts.referenda.tracks as Json) as Json[]).map(([id, t]: Json) => ({
    id: id.toNumber(),
    // A fixed-length name, padded with NULs.
    name: t.name.toString().replace(/\0+$/, ''),
    maxDeciding: t.maxDeciding.toNumber(),
    decisionDeposit: t.decisionDeposit.toBigInt(),
    preparePeriod: t.preparePeriod.toNumber(),
    decisionPeriod: t.decisionPeriod.toNumber(),
    confirmPeriod: t.confirmPeriod.toNumber(),
    minEnactmentPeriod: t.minEnactmentPeriod.toNumber(),
    minApproval: t.minApproval.toJSON(),
    minSupport: t.minSupport.toJSON(),
  })).sort((a, b) => a.id - b.id);
}

/**
 * The value (0 to 1) of a track's approval or support curve at `x`, the elapsed share of the
 * decision period (0 to 1), as pallet-referenda computes it; null for a curve it does not know.
 */
export function curveAt(curve: Json, x: number): number | null {
  const perbill = (p: Json) => Number(big(p)) / 1e9;
  if (curve.linearDecreasing) {
    const { length, floor, ceil } = curve.linearDecreasing;
    return perbill(ceil) - Math.min(x / perbill(length), 1) * (perbill(ceil) - perbill(floor));
  }
  if (curve.steppedDecreasing) {
    const { begin, end, step, period } = curve.steppedDecreasing;
    const steps = Math.floor(x / perbill(period));
    return Math.max(perbill(begin) - Math.min(steps * perbill(step), perbill(begin)), perbill(end));
  }
  if (curve.reciprocal) {
    // factor / (x + x_offset) + y_offset, in FixedI64 (1e9 = 1), clamped to 0..1.
    const { factor, xOffset, yOffset } = curve.reciprocal;
    const fixed = (v: Json) => Number(BigInt.asIntN(64, big(v))) / 1e9;
    const divisor = x + fixed(xOffset);
    return divisor === 0 ? 1 : Math.min(Math.max(fixed(factor) / divisor + fixed(yOffset), 0), 1);
  }
  return null;
}

/** A referendum's proposal (polkadot.js JSON of `Bounded`) in words: the decoded call if it is inline, else the preimage's hash. */
export function describeProposal(api: ApiPromise, proposal: Json): string {
  if (proposal.inline) {
    try {
      const call = api.createType('Call', hexToU8a(proposal.inline));
      return `${call.section}.${call.method}(${call.args.map((a) => a.toString()).join(', ')})`;
    } catch {
      return `undecodable call ${proposal.inline}`;
    }
  }
  return `preimage ${(proposal.lookup ?? proposal.legacy).hash}`;
}

const deposit = (d: Json): Deposit | null => (d ? { who: d.who, amount: big(d.amount) } : null);

/** Every referendum: the ongoing ones by index, the ended ones newest first. */
export async function loadReferenda(api: ApiPromise): Promise<{ ongoing: OngoingReferendum[]; ended: EndedReferendum[] }> {
  const entries = await api.query.referenda.referendumInfoFor.entries();
  const ongoing: OngoingReferendum[] = [];
  const ended: EndedReferendum[] = [];
  for (const [key, value] of entries) {
    const index = Number(key.args[0].toString());
    const info: Json = (value as Json).unwrap().toJSON();
    const outcome = variant(info);
    if (outcome === 'Ongoing') {
      const s = info.ongoing;
      ongoing.push({
        index, track: s.track, call: describeProposal(api, s.proposal), submitted: s.submitted,
        submissionDeposit: deposit(s.submissionDeposit) as Deposit, decisionDeposit: deposit(s.decisionDeposit),
        deciding: s.deciding, inQueue: s.inQueue,
        tally: { ayes: big(s.tally.ayes), nays: big(s.tally.nays), support: big(s.tally.support) },
      });
    } else {
      // `[block, submission deposit, decision deposit]`, or the block alone (killed).
      const [at, submission, decision] = [Object.values(info)[0]].flat() as Json[];
      ended.push({ index, outcome, at, submissionDeposit: deposit(submission), decisionDeposit: deposit(decision) });
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

function castVote(track: number, index: number, vote: Json): CastVote {
  if (vote.standard) {
    const { vote: { aye, conviction }, balance } = vote.standard;
    return { track, index, standard: { aye, conviction, balance: big(balance) }, split: null };
  }
  const split = vote.split ?? vote.splitAbstain;
  return { track, index, standard: null, split: { aye: big(split.aye), nay: big(split.nay), abstain: big(split.abstain ?? 0) } };
}

/** The conviction votes, delegations and locks of `who`. */
export async function loadVoting(api: ApiPromise, who: string): Promise<Voting> {
  const [entries, classLocks, locks] = await Promise.all([
    api.query.convictionVoting.votingFor.entries(who), api.query.convictionVoting.classLocksFor(who), api.query.balances.locks(who)]);
  const voting: Voting = { votes: [], delegations: [], trackLocks: [], priors: [], lock: 0n };
  for (const [key, value] of entries) {
    const track = Number(key.args[1].toString());
    // `toPrimitive`: a vote as `{ aye, conviction }` (its JSON is a byte).
    const v: Json = (value as Json).toPrimitive();
    const state = v.casting ?? v.delegating;
    const [until, prior] = state.prior;
    if (big(prior) > 0n) voting.priors.push({ track, until, amount: big(prior) });
    if (v.casting) voting.votes.push(...v.casting.votes.map(([index, vote]: Json) => castVote(track, index, vote)));
    else voting.delegations.push({ track, target: state.target, conviction: state.conviction, balance: big(state.balance) });
  }
  voting.trackLocks = (classLocks as Json).map(([track, amount]: Json) => ({ track: track.toNumber(), amount: amount.toBigInt() }));
  voting.lock = (locks as Json).filter((l: Json) => l.id.toUtf8() === 'pyconvot')
    .reduce((max: bigint, l: Json) => (l.amount.toBigInt() > max ? l.amount.toBigInt() : max), 0n);
  return voting;
}
