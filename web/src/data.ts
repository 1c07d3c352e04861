// Reads of the marketplace's state, as plain objects for the views.
import type { ApiPromise } from '@polkadot/api';
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
  lengthBound: number;
}

export interface Provider {
  account: string;
  endpoint: string;
  hardware: string;
  bonded: bigint;
  unlocking: bigint;
  status: string;
  worker: string | null;
  activeJobs: number;
  models: { modelId: number; price: bigint }[];
  completed: number;
  failed: number;
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
  assignments: Assignment[];
  result: string | null;
}

const text = (hex: string): string => u8aToString(hexToU8a(hex));
const big = (x: Json): bigint => BigInt(typeof x === 'string' && x.startsWith('0x') ? x : String(x));
/** The variant name of a JSON-encoded enum (`"Listed"` or `{ "revealing": {...} }`). */
const variant = (x: Json): string => {
  const name = typeof x === 'string' ? x : Object.keys(x)[0];
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** Every model in the registry, by id. */
/** A model's agreement rule as the registry shows it (`minCosine` is in parts per billion). */
export function agreementLabel(rule: Json): string {
  const cosine = typeof rule === 'object' && rule ? rule.cosineInt8 : undefined;
  return cosine ? `Cosine ≥ ${Number(cosine.minCosine) / 1e9}` : variant(rule);
}

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
    };
  }).sort((a, b) => a.id - b.id);
}

/** Open council motions with their votes. */
export async function loadMotions(api: ApiPromise): Promise<Motion[]> {
  const hashes = await api.query.council.proposals();
  const motions: Motion[] = [];
  for (const hash of hashes as unknown as Json[]) {
    const [proposal, voting] = await Promise.all([api.query.council.proposalOf(hash), api.query.council.voting(hash)]);
    if ((proposal as Json).isNone || (voting as Json).isNone) continue;
    const call: Json = (proposal as Json).unwrap();
    const votes: Json = (voting as Json).unwrap().toJSON();
    const isListing = call.section === 'models' && call.args.length > 0;
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
    });
  }
  return motions.sort((a, b) => a.index - b.index);
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
      unlocking: (p.unlocking as Json[]).reduce((sum: bigint, c: Json) => sum + big(c.value), 0n),
      status: variant(p.status),
      worker: p.worker,
      activeJobs: p.activeJobs,
      models: (offersOf.get(account) ?? []).sort((a, b) => a.modelId - b.modelId),
      completed: rep.jobsCompleted,
      failed: rep.jobsFailed,
    };
  });
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
