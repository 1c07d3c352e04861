// The chain's recent history for the Overview's charts: one sample per block (escrow held, job
// events, validator set size, faults) over the last HISTORY_BLOCKS blocks. The first read of a
// chain back-fills the window with READS_IN_FLIGHT blocks read at a time, in the background (the
// view paints first); each new block then adds its own sample. Samples are kept per chain
// (by genesis hash) for the life of the page, so switching tabs does not read them again.
import type { ApiPromise } from '@polkadot/api';
import { loadProviderRecords } from './data';

/** How many recent blocks the charts cover. */
export const HISTORY_BLOCKS = 100;
/** How many blocks are read at once while back-filling (each block: its hash, its runtime, then three reads at it). */
export const READS_IN_FLIGHT = 8;

/** What the charts draw of one block. */
export interface BlockSample {
  number: number;
  hash: string;
  /** The escrow held for open jobs after the block (`jobsApi.escrowTotal`), in planck. */
  escrow: bigint;
  /** Ids of the jobs with `jobs.JobSubmitted`, `JobSettled` or `JobFailed` in the block. */
  submitted: number[];
  settled: number[];
  failed: number[];
  /** How many validators the session had (`validatorsApi.validatorSets`). */
  validators: number;
  /** Validator faults reported in the block (`validators.SlashReported`). */
  faults: number;
}

/** The samples of one chain and where its back-fill stands. */
export interface ChainHistory {
  /** Samples by block number, of the blocks read so far. */
  samples: Map<number, BlockSample>;
  /** Whether the first back-fill of the window has ended (`pending` until then). */
  backfilled: boolean;
  /** The block the samples should reach: the latest best block asked for. */
  target: number;
  /** The running sync, if any. */
  syncing: Promise<void> | null;
  /** Told each time the samples reached the target (the latest caller's). */
  onSynced: () => void;
  /** The connection the sync reads through (the latest caller's). */
  api: ApiPromise;
}

const histories = new Map<string, ChainHistory>();

/** The history of the chain `api` is connected to (empty at first). */
export function historyOf(api: ApiPromise): ChainHistory {
  const genesis = api.genesisHash.toHex();
  let history = histories.get(genesis);
  if (!history) {
    history = { samples: new Map(), backfilled: false, target: 0, syncing: null, onSynced: () => {}, api };
    histories.set(genesis, history);
  }
  return history;
}

/**
 * The samples of the last HISTORY_BLOCKS blocks up to `best` that have been read, oldest first:
 * the window ends at the newest block read (a new block not read yet does not shorten it).
 */
export function windowOf(history: ChainHistory, best: number): BlockSample[] {
  const read = [...history.samples.values()].filter((s) => s.number <= best).sort((a, b) => a.number - b.number);
  const newest = read.at(-1)?.number ?? 0;
  return read.filter((s) => s.number > newest - HISTORY_BLOCKS);
}

/**
 * Brings `history` up to block `best` in the background: the whole window the first time,
 * afterwards the blocks that are new. Calls `onSynced` each time the samples reached the block
 * asked for last (a call while a sync runs moves its goal, replaces its `onSynced` and its
 * connection). A failed
 * read (the node went away) ends the sync quietly; the next call tries again.
 */
export function follow(api: ApiPromise, history: ChainHistory, best: number, onSynced: () => void): void {
  history.target = best;
  history.onSynced = onSynced;
  history.api = api;
  if (history.syncing) return;
  history.syncing = (async () => {
    let reached = -1;
    while (reached !== history.target) {
      reached = history.target;
      await syncTo(history.api, history, reached);
      history.backfilled = true;
      history.onSynced();
    }
  })().catch(() => {}).finally(() => { history.syncing = null; });
}

/** Reads the samples the window ending at `best` lacks and forgets those before it. */
async function syncTo(api: ApiPromise, history: ChainHistory, best: number): Promise<void> {
  await dropIfReplaced(api, history, best);
  const first = Math.max(1, best - HISTORY_BLOCKS + 1);
  const missing: number[] = [];
  for (let n = first; n <= best; n++) if (!history.samples.has(n)) missing.push(n);
  const samples = await mapBounded(missing, READS_IN_FLIGHT, (n) => readSample(api, n));
  for (const sample of samples) history.samples.set(sample.number, sample);
  for (const n of history.samples.keys()) if (n < first || n > best) history.samples.delete(n);
}

/**
 * Forgets every sample if the newest one kept is no longer on the chain: a reorganisation, or
 * a fresh dev chain with the same genesis behind the same address.
 */
async function dropIfReplaced(api: ApiPromise, history: ChainHistory, best: number): Promise<void> {
  if (history.samples.size === 0) return;
  const check = Math.min(Math.max(...history.samples.keys()), best);
  const kept = history.samples.get(check);
  const hash = (await api.rpc.chain.getBlockHash(check)).toHex();
  if (!kept || kept.hash !== hash) history.samples.clear();
}

/** `fn` of each item, at most `limit` of them running at once; results in the items' order. */
export async function mapBounded<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The sample of block `number`: read at that block, through the runtime it ran (`api.at`). */
async function readSample(api: ApiPromise, number: number): Promise<BlockSample> {
  const hash = (await api.rpc.chain.getBlockHash(number)).toHex();
  const atBlock = await api.at(hash);
  const [escrow, records, sets] = await Promise.all([
    atBlock.call.jobsApi.escrowTotal(),
    atBlock.query.system.events(),
    atBlock.call.validatorsApi.validatorSets(),
  ]);
  const { JobSubmitted, JobSettled, JobFailed } = api.events.jobs;
  const jobsWith = (kind: typeof JobSubmitted | typeof JobSettled | typeof JobFailed) => records
    .flatMap(({ event }) => (kind.is(event) ? [event.data.jobId.toNumber()] : []));
  return {
    number,
    hash,
    escrow: escrow.toBigInt(),
    submitted: jobsWith(JobSubmitted),
    settled: jobsWith(JobSettled),
    failed: jobsWith(JobFailed),
    validators: sets.current.length,
    faults: records.filter(({ event }) => event.section === 'validators' && event.method === 'SlashReported').length,
  };
}

/** Blocks from submission to settlement of each job settled in `samples` and submitted in them too. */
export function settlementLatencies(samples: BlockSample[]): number[] {
  const submittedAt = new Map<number, number>();
  for (const s of samples) for (const id of s.submitted) submittedAt.set(id, s.number);
  const latencies: number[] = [];
  for (const s of samples) {
    for (const id of s.settled) {
      const at = submittedAt.get(id);
      if (at !== undefined) latencies.push(s.number - at);
    }
  }
  return latencies;
}

/** A provider's stake, as the stake chart shows it. */
export interface ProviderStake {
  account: string;
  /** Active stake, in planck. */
  bonded: bigint;
  /** `Online`, `Offline`, ... */
  status: string;
}

/** Every registered provider's stake (`computeApi.providers`, page by page), by account. */
export async function loadProviderStakes(api: ApiPromise): Promise<ProviderStake[]> {
  const records = await loadProviderRecords(api);
  return records
    .map(([account, provider]) => ({ account: account.toString(), bonded: provider.bonded.toBigInt(), status: provider.status.type }))
    .sort((a, b) => a.account.localeCompare(b.account));
}
