// End-to-end throughput and latency of a live dev node, driven with polkadot.js as a dApp would.
//
//  1. Baseline: BENCH_ACCOUNTS accounts each sign BENCH_TRANSFERS balance transfers; all are
//     submitted at once.
//  2. The same accounts each sign BENCH_JOBS `jobs.submit_job` (redundancy BENCH_REDUNDANCY) for
//     a listed model served by BENCH_PROVIDERS providers; all are submitted at once. The node's
//     off-chain workers dispatch the jobs to stand-in HTTP servers and commit and reveal the
//     answers, so every job runs to `JobSettled`.
//
// Reported per phase: extrinsics included per block, seconds from submission to the last
// inclusion, blocks and seconds from a block's import to its finality; for jobs, the latency from
// submission to `JobSettled` (p50/p95, seconds and blocks). The table goes to stdout, the raw
// numbers to $BENCH_OUT/bench.json (scripts/bench.sh plots them). Numbers are measured, not
// asserted: run it through `scripts/bench.sh e2e`.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { u8aToHex } from '@polkadot/util';
import { startDevNode, submitOk as ok, nodeBinary } from './lib/node.js';
import { listModel, registerWorkerProvider, devPairs } from './lib/market.js';
import { inferenceServer } from './lib/inference-server.js';

const UNIT = 1_000_000_000_000n;
const config = {
  accounts: Number(process.env.BENCH_ACCOUNTS ?? 40),
  transfersPerAccount: Number(process.env.BENCH_TRANSFERS ?? 10),
  jobsPerAccount: Number(process.env.BENCH_JOBS ?? 3),
  providers: Number(process.env.BENCH_PROVIDERS ?? 4),
  redundancy: Number(process.env.BENCH_REDUNDANCY ?? 2),
  // Blocks a provider has to commit its answer, counted from the submitting block.
  commitWindow: Number(process.env.BENCH_COMMIT_WINDOW ?? 40),
  timeoutMs: Number(process.env.BENCH_TIMEOUT_S ?? 900) * 1000,
};
const outDir = process.env.BENCH_OUT ?? path.join(path.dirname(new URL(import.meta.url).pathname), 'logs', 'bench');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

/** The `p`-th percentile (0..100) of `values`, nearest rank; null when empty. */
function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/**
 * Follows the chain block by block (no gaps): for every imported block, its number, arrival
 * time, extrinsic hashes and events go to the registered listeners; finalization times are
 * recorded per block number.
 */
class ChainFollower {
  constructor(api) {
    this.api = api;
    this.listeners = new Set();
    this.imported = new Map(); // number -> { time, hash }
    this.finalized = new Map(); // number -> { time, best }
    this.best = 0;
    this.finalizedNumber = 0;
    this.queue = Promise.resolve();
  }

  async start() {
    this.next = (await this.api.rpc.chain.getHeader()).number.toNumber() + 1;
    this.finalizedNumber = (await this.api.rpc.chain.getHeader(await this.api.rpc.chain.getFinalizedHead())).number.toNumber();
    this.unsubs = [
      await this.api.rpc.chain.subscribeNewHeads((h) => {
        const time = Date.now();
        this.queue = this.queue.then(() => this.importUpTo(h.number.toNumber(), time)).catch((e) => log('follower:', e.message));
      }),
      await this.api.rpc.chain.subscribeFinalizedHeads((h) => {
        const time = Date.now();
        for (let n = this.finalizedNumber + 1; n <= h.number.toNumber(); n++) this.finalized.set(n, { time, best: this.best });
        this.finalizedNumber = Math.max(this.finalizedNumber, h.number.toNumber());
      }),
    ];
  }

  async importUpTo(number, time) {
    for (; this.next <= number; this.next++) {
      const hash = await this.api.rpc.chain.getBlockHash(this.next);
      const [block, events] = await Promise.all([this.api.rpc.chain.getBlock(hash), this.api.query.system.events.at(hash)]);
      const extrinsics = block.block.extrinsics.map((x) => x.hash.toHex());
      const calls = block.block.extrinsics.map((x) => `${x.method.section}.${x.method.method}`);
      this.imported.set(this.next, { time, hash });
      this.best = Math.max(this.best, this.next);
      for (const listener of this.listeners) listener({ number: this.next, time, extrinsics, calls, events });
    }
  }

  /** Resolves once `check()` is true, checking after every block; rejects after `timeoutMs`. */
  async until(check, timeoutMs, what) {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(200);
    }
  }

  stop() { for (const u of this.unsubs ?? []) u(); }
}

/**
 * Submits the signed extrinsics `signed` and follows them into blocks and to finality: all at
 * once, or in waves of `waveSize` (each submitted once the previous one is included, as a client
 * that respects a per-block cap would). `onIncluded(tx, block, index)` sees each inclusion.
 * Returns the phase's measurements.
 */
async function runPhase(label, follower, signed, onIncluded = () => {}, waveSize = signed.length) {
  const pending = new Map(signed.map((tx) => [tx.hash.toHex(), tx]));
  const perBlock = new Map(); // block number -> our extrinsics in it
  const inclusion = new Map(); // tx hash -> { number, time }
  const listener = ({ number, time, extrinsics, events }) => {
    extrinsics.forEach((hash, index) => {
      const tx = pending.get(hash);
      if (!tx) return;
      pending.delete(hash);
      const ok = !events.some(({ phase, event }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === index
        && follower.api.events.system.ExtrinsicFailed.is(event));
      if (!ok) log(`${label}: extrinsic ${hash} failed in #${number}`);
      inclusion.set(hash, { number, time, ok });
      perBlock.set(number, (perBlock.get(number) ?? 0) + 1);
      onIncluded(tx, { number, time, events }, index);
    });
  };
  follower.listeners.add(listener);
  const startBest = follower.best;
  const submittedAt = Date.now();
  const rejected = [];
  for (let start = 0; start < signed.length; start += waveSize) {
    const wave = signed.slice(start, start + waveSize);
    const results = await Promise.allSettled(wave.map((tx) => follower.api.rpc.author.submitExtrinsic(tx)));
    for (const [i, r] of results.entries()) {
      if (r.status !== 'rejected') continue;
      rejected.push(r);
      pending.delete(wave[i].hash.toHex());
    }
    if (start + waveSize < signed.length) {
      const hashes = wave.map((tx) => tx.hash.toHex());
      await follower.until(() => hashes.every((h) => !pending.has(h)), config.timeoutMs, `${label}: a wave to be included`);
    }
  }
  for (const r of rejected.slice(0, 3)) log(`${label}: rejected by the pool: ${r.reason.message}`);
  log(`${label}: ${signed.length - rejected.length} of ${signed.length} accepted by the pool (waves of ${waveSize}) in ${Date.now() - submittedAt} ms`);

  await follower.until(() => pending.size === 0, config.timeoutMs, `${label}: ${pending.size} extrinsics to be included`);
  follower.listeners.delete(listener);
  const blocks = [...perBlock.keys()].sort((a, b) => a - b);
  const [first, last] = [blocks[0], blocks[blocks.length - 1]];
  await follower.until(() => follower.finalizedNumber >= last, config.timeoutMs, `${label}: #${last} to be finalized`);

  const counts = [];
  for (let n = startBest + 1; n <= last; n++) counts.push({ number: n, count: perBlock.get(n) ?? 0 });
  const lagBlocks = blocks.map((n) => follower.finalized.get(n).best - n);
  const lagSeconds = blocks.map((n) => (follower.finalized.get(n).time - follower.imported.get(n).time) / 1000);
  const lastInclusion = Math.max(...[...inclusion.values()].map((i) => i.time));
  return {
    label,
    submitted: signed.length,
    rejected: rejected.length,
    included: inclusion.size,
    failed: [...inclusion.values()].filter((i) => !i.ok).length,
    firstBlock: first,
    lastBlock: last,
    blocksUsed: last - first + 1,
    perBlock: counts,
    maxPerBlock: Math.max(...counts.map((c) => c.count)),
    meanPerBlock: inclusion.size / (last - first + 1),
    secondsToInclude: (lastInclusion - submittedAt) / 1000,
    includedPerSecond: inclusion.size / ((lastInclusion - submittedAt) / 1000),
    finalityLagBlocks: { p50: percentile(lagBlocks, 50), p95: percentile(lagBlocks, 95), max: Math.max(...lagBlocks) },
    finalityLagSeconds: { p50: percentile(lagSeconds, 50), p95: percentile(lagSeconds, 95), max: Math.max(...lagSeconds) },
    submittedAt,
    inclusion,
  };
}

/** Signs `perAccount` extrinsics from every account (nonces from their current ones). */
async function signAll(api, accounts, perAccount, makeCall) {
  const signed = [];
  for (const [a, account] of accounts.entries()) {
    const nonce = (await api.rpc.system.accountNextIndex(account.address)).toNumber();
    for (let i = 0; i < perAccount; i++) {
      signed.push(await makeCall(a, i).signAsync(account, { nonce: nonce + i }));
    }
  }
  return signed;
}

/** Funds `accounts` from //Alice with `amount` each, in as few blocks as the pool allows. */
async function fund(api, follower, alice, accounts, amount) {
  const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  const signed = [];
  for (const [i, account] of accounts.entries()) {
    signed.push(await api.tx.balances.transferKeepAlive(account.address, amount).signAsync(alice, { nonce: nonce + i }));
  }
  const phase = await runPhase('funding', follower, signed);
  if (phase.failed || phase.rejected) throw new Error('funding the benchmark accounts failed');
}

function row(cells) { return `| ${cells.join(' | ')} |`; }
const fmt = (x, digits = 1) => (x === null || x === undefined ? '-' : Number(x).toFixed(digits));

async function main() {
  mkdirSync(outDir, { recursive: true });
  log(`node ${nodeBinary()}; ${JSON.stringify(config)}`);
  const node = await startDevNode('bench');
  const servers = [];
  const { api, keyring } = node;
  const follower = new ChainFollower(api);
  try {
    await follower.start();
    const [alice] = devPairs(keyring, '//Alice');
    const users = Array.from({ length: config.accounts }, (_, i) => keyring.addFromUri(`//bench//user//${i}`));
    const providers = devPairs(keyring, ...Array.from({ length: config.providers }, (_, i) => `//bench//provider//${i}`));
    await fund(api, follower, alice, [...users, ...providers], 5_000n * UNIT);
    log(`funded ${users.length} users and ${providers.length} providers`);

    // A listed model and providers answering through stand-in servers.
    const modelId = await listModel(api, keyring, alice, u8aToHex(randomBytes(32)));
    const price = UNIT;
    for (const p of providers) {
      const server = await inferenceServer((text) => `embedding(${text})`);
      servers.push(server);
      await registerWorkerProvider(api, p, server.url, modelId, price);
    }
    log(`model ${modelId} listed, ${providers.length} providers registered`);

    // 1. Transfers (baseline).
    const transfers = await signAll(api, users, config.transfersPerAccount,
      (a) => api.tx.balances.transferKeepAlive(users[(a + 1) % users.length].address, UNIT));
    const transferPhase = await runPhase('transfers', follower, transfers);

    // 2. Jobs, followed to settlement.
    const submitted = new Map(); // job id -> { submittedAt, number }
    const settled = new Map(); // job id -> { time, number, outcome }
    const workerTxs = {}; // "jobs.commitResult ok" -> count: the off-chain workers' transactions
    const jobsListener = ({ number, time, calls, events }) => {
      for (const { phase, event } of events) {
        if (phase.isApplyExtrinsic && (api.events.system.ExtrinsicSuccess.is(event) || api.events.system.ExtrinsicFailed.is(event))) {
          const call = calls[phase.asApplyExtrinsic.toNumber()];
          if (['jobs.commitResult', 'jobs.revealResult', 'jobs.revealRejection'].includes(call)) {
            const error = event.method === 'ExtrinsicSuccess' ? null : event.data.dispatchError;
            const outcome = !error ? 'ok' : error.isModule ? api.registry.findMetaError(error.asModule).name : error.type;
            const key = `${call} ${outcome}`;
            workerTxs[key] = (workerTxs[key] ?? 0) + 1;
          }
        }
        if (event.section !== 'jobs' || !['JobSettled', 'JobFailed', 'JobCancelled'].includes(event.method)) continue;
        const jobId = event.data.jobId.toNumber();
        const outcome = event.method === 'JobFailed' ? `JobFailed(${event.data.reason.toString()})` : event.method;
        if (!settled.has(jobId)) settled.set(jobId, { time, number, outcome });
      }
    };
    follower.listeners.add(jobsListener);
    const best = follower.best;
    const jobs = await signAll(api, users, config.jobsPerAccount, (a, i) => api.tx.jobs.submitJob(
      modelId, { Inline: `benchmark input ${a}-${i}` }, price, config.redundancy, best + config.commitWindow));
    // At most `MaxDrawsPerBlock` new jobs fit in a block (the rest fail with TooManySubmissions):
    // submit that many per block.
    const jobsPerBlock = api.consts.jobs.maxDrawsPerBlock.toNumber();
    const jobPhase = await runPhase('submit_job', follower, jobs, (tx, block, index) => {
      const ev = block.events.find(({ phase, event }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === index
        && api.events.jobs.JobSubmitted.is(event));
      if (ev) submitted.set(ev.event.data.jobId.toNumber(), { number: block.number });
    }, jobsPerBlock);
    await follower.until(() => [...submitted.keys()].every((id) => settled.has(id)), config.timeoutMs, 'every job to end');
    follower.listeners.delete(jobsListener);

    const outcomes = {};
    const latencySeconds = [];
    const latencyBlocks = [];
    for (const [id, { number }] of submitted) {
      const end = settled.get(id);
      outcomes[end.outcome] = (outcomes[end.outcome] ?? 0) + 1;
      if (end.outcome !== 'JobSettled') continue;
      latencySeconds.push((end.time - jobPhase.submittedAt) / 1000);
      latencyBlocks.push(end.number - number);
    }
    const jobLatency = {
      jobs: submitted.size,
      outcomes,
      seconds: { p50: percentile(latencySeconds, 50), p95: percentile(latencySeconds, 95), max: Math.max(...latencySeconds) },
      blocksFromInclusion: { p50: percentile(latencyBlocks, 50), p95: percentile(latencyBlocks, 95), max: Math.max(...latencyBlocks) },
      workerTransactions: workerTxs,
      samplesSeconds: latencySeconds,
    };

    const strip = ({ inclusion, submittedAt, ...rest }) => rest;
    const result = {
      date: new Date().toISOString(),
      node: nodeBinary(),
      config,
      runtime: (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber(),
      blockTimeMs: Number(api.consts.aura.slotDuration.toString()),
      phases: [strip(transferPhase), strip(jobPhase)],
      jobLatency,
    };
    writeFileSync(path.join(outDir, 'bench.json'), JSON.stringify(result, null, 2));

    console.log(`\nInfera end-to-end benchmark (dev node, ${result.blockTimeMs / 1000} s blocks, spec ${result.runtime})\n`);
    console.log(row(['phase', 'extrinsics', 'blocks', 'max / block', 'mean / block', 'included / s', 'finality lag blocks p50 / p95', 'finality lag s p50 / p95']));
    console.log(row(Array(8).fill('---')));
    for (const p of result.phases) {
      console.log(row([p.label, `${p.included}/${p.submitted}${p.failed ? ` (${p.failed} failed)` : ''}`, p.blocksUsed, p.maxPerBlock,
        fmt(p.meanPerBlock), fmt(p.includedPerSecond), `${p.finalityLagBlocks.p50} / ${p.finalityLagBlocks.p95}`,
        `${fmt(p.finalityLagSeconds.p50)} / ${fmt(p.finalityLagSeconds.p95)}`]));
    }
    console.log(`\nJob latency, submission -> JobSettled (${jobLatency.jobs} jobs, redundancy ${config.redundancy}, ${config.providers} providers; outcomes ${JSON.stringify(outcomes)}):`);
    console.log(`  seconds: p50 ${fmt(jobLatency.seconds.p50)}, p95 ${fmt(jobLatency.seconds.p95)}, max ${fmt(jobLatency.seconds.max)}`);
    console.log(`  off-chain worker transactions: ${JSON.stringify(workerTxs)}`);
    console.log(`  blocks after inclusion: p50 ${jobLatency.blocksFromInclusion.p50}, p95 ${jobLatency.blocksFromInclusion.p95}, max ${jobLatency.blocksFromInclusion.max}`);
    console.log(`\nraw numbers: ${path.join(outDir, 'bench.json')}`);
  } finally {
    follower.stop();
    for (const s of servers) s.close();
    await node.stop();
  }
}

main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
