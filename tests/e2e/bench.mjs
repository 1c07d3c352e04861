// End-to-end throughput and latency of a live dev node, driven with polkadot.js as a dApp would.
//
//  1. Transfers, sustained: BENCH_SECONDS (60) of balance transfers from BENCH_ACCOUNTS
//     accounts, signed beforehand and streamed to the node's pool in waves of one transfer per
//     account, keeping at most BENCH_IN_FLIGHT (3000) of them waiting, the node started with
//     `--pool-limit` BENCH_POOL_LIMIT (65536); one turned away when the pool is full goes again.
//  2. Jobs, sustained: for at least BENCH_SECONDS and at least BENCH_JOBS_MIN (1000) jobs, one
//     wave of `MaxDrawsPerBlock` `jobs.submit_job` (redundancy BENCH_REDUNDANCY) per block (the
//     cap of new jobs per block), for a listed model served by BENCH_PROVIDERS (24) providers.
//     The node's off-chain workers dispatch the jobs to stand-in HTTP servers and commit and
//     reveal the answers (BENCH_REQUESTS_PER_RUN requests per provider and worker run, when
//     set), so every job runs to `JobSettled`.
//
// Reported per phase: extrinsics included per block vs the most the block's weight allows,
// the share of the block's weight used, the rate per second, the finality lag; for jobs, the
// latency from inclusion to `JobSettled` (p50/p95, blocks and seconds) split into its steps
// (drawn, every commitment in, settled); the node's peak RSS. The table goes to stdout, the raw
// numbers to $BENCH_OUT/bench.json, or bench-network.json with BENCH_VALIDATORS=4 (the `local`
// chain's four validators; scripts/bench.sh plots them and renders the README's table).
// Numbers are measured, not asserted: run it through `scripts/bench.sh e2e` or `network`.
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { u8aToHex, stringToHex, hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { startNode, nodeBinary, rpcCall } from './lib/node.js';
import { listModel, registerWorkerProvider, devPairs } from './lib/market.js';
import { inferenceServer } from './lib/inference-server.js';

const UNIT = 1_000_000_000_000n;
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const config = {
  seconds: env('BENCH_SECONDS', 60),
  accounts: env('BENCH_ACCOUNTS', 200),
  inFlight: env('BENCH_IN_FLIGHT', 3000),
  transfersSigned: env('BENCH_TRANSFERS_SIGNED', 80_000),
  jobsMin: env('BENCH_JOBS_MIN', 1000),
  providers: env('BENCH_PROVIDERS', 24),
  redundancy: env('BENCH_REDUNDANCY', 2),
  requestsPerRun: process.env.BENCH_REQUESTS_PER_RUN ? Number(process.env.BENCH_REQUESTS_PER_RUN) : null,
  // 1: a `--dev` node; 4: the `local` chain's four validators (Alice, Bob, Charlie, Dave) on
  // this machine, the load sent to Alice (whose worker runs the providers' jobs).
  validators: env('BENCH_VALIDATORS', 1),
  // The node's `--pool-limit` (transactions; its future queue holds a tenth), 0 for the
  // node's default of 8,192. With the default, the pool dropped accepted transfers after about
  // 15 blocks of this load: a new block's view takes the pool's transactions in no particular
  // order, so thousands wait in a future queue of 819 and its overflow is dropped.
  poolLimit: env('BENCH_POOL_LIMIT', 65536) || null,
  // 1: exit non-zero unless every extrinsic was included and succeeded and every job settled
  // (the smoke run of scripts/test.sh).
  strict: env('BENCH_STRICT', 0) === 1,
  // Blocks a provider has to commit its answer, counted from the block the job is signed at.
  commitWindow: env('BENCH_COMMIT_WINDOW', 40),
  timeoutMs: env('BENCH_TIMEOUT_S', 900) * 1000,
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

/** p50, p95 and max of `values`. */
const spread = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : null });

/** Peak and current resident set of process `pid`, MiB (Linux `/proc`). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
    return { peakMib: kib('VmHWM') / 1024, currentMib: kib('VmRSS') / 1024 };
  } catch {
    return { peakMib: null, currentMib: null };
  }
}

/**
 * Follows the chain block by block (no gaps), in two stages so that a slow client never holds
 * the measurement back: first each block's raw extrinsics, hashed here without decoding (its
 * number, arrival time and extrinsic hashes go to the `fastListeners`; finality lag and the
 * pool's backlog are measured on this stage), then, behind it, its events and the weight it
 * used, decoded (to the `listeners`, with `callOf(index)` decoding one extrinsic's call on
 * demand).
 */
class ChainFollower {
  constructor(api, rpcPort) {
    this.api = api;
    this.rpcPort = rpcPort;
    this.fastListeners = new Set();
    this.listeners = new Set();
    this.imported = new Map(); // number -> { time, hash, raw extrinsics, weight once decoded }
    this.finalized = new Map(); // number -> { time, best }
    this.best = 0;
    this.decoded = 0;
    this.finalizedNumber = 0;
    this.queue = Promise.resolve();
    this.decodeQueue = Promise.resolve();
  }

  async start() {
    this.next = (await this.api.rpc.chain.getHeader()).number.toNumber() + 1;
    this.decoded = this.next - 1;
    this.finalizedNumber = (await this.api.rpc.chain.getHeader(await this.api.rpc.chain.getFinalizedHead())).number.toNumber();
    // The heads are polled over HTTP, not subscribed to: the node closes a WebSocket whose
    // client is busy for a while (seen with one signing thousands of transactions), and a
    // subscription would then silently stop.
    this.polling = true;
    let requested = this.next - 1;
    (async () => {
      while (this.polling) {
        try {
          const time = Date.now();
          const best = parseInt((await rpcCall(this.rpcPort, 'chain_getHeader')).number, 16);
          const finalizedHash = await rpcCall(this.rpcPort, 'chain_getFinalizedHead');
          const finalized = parseInt((await rpcCall(this.rpcPort, 'chain_getHeader', finalizedHash)).number, 16);
          if (best > requested) {
            requested = best;
            this.queue = this.queue.then(() => this.importUpTo(best, time)).catch((e) => log('follower:', e.message));
          }
          for (let n = this.finalizedNumber + 1; n <= finalized; n++) this.finalized.set(n, { time, best: this.best });
          this.finalizedNumber = Math.max(this.finalizedNumber, finalized);
        } catch (e) {
          if (this.polling) log('follower:', e.message);
        }
        await sleep(100);
      }
    })();
  }

  async importUpTo(number, time) {
    for (; this.next <= number; this.next++) {
      const n = this.next;
      const hash = (await this.api.rpc.chain.getBlockHash(n)).toHex();
      const { block } = await rpcCall(this.rpcPort, 'chain_getBlock', hash);
      const extrinsics = block.extrinsics.map((x) => blake2AsHex(hexToU8a(x)));
      this.imported.set(n, { time, hash, raw: block.extrinsics });
      this.best = Math.max(this.best, n);
      for (const listener of this.fastListeners) listener({ number: n, time, extrinsics });
      this.decodeQueue = this.decodeQueue.then(() => this.decode(n, time, extrinsics)).catch((e) => log('follower:', e.message));
    }
  }

  async decode(number, time, extrinsics) {
    const record = this.imported.get(number);
    const [events, used] = await Promise.all([
      this.api.query.system.events.at(record.hash), this.api.query.system.blockWeight.at(record.hash),
    ]);
    record.weight = {
      normal: used.normal.refTime.toBigInt(), operational: used.operational.refTime.toBigInt(),
      mandatory: used.mandatory.refTime.toBigInt(),
    };
    const callOf = (index) => {
      const { method } = this.api.createType('Extrinsic', record.raw[index]);
      return `${method.section}.${method.method}`;
    };
    for (const listener of this.listeners) listener({ number, time, extrinsics, callOf, events });
    delete record.raw;
    this.decoded = number;
  }

  /** Resolves once `check()` is true, checking every 50 ms; rejects after `timeoutMs`. */
  async until(check, timeoutMs, what) {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  stop() { this.polling = false; }
}

/**
 * Submits waves of signed extrinsics and follows them into blocks and to finality. Before each
 * wave it waits for `ready(pending)` (how many of ours wait in the pool); `nextWave(elapsedMs)`
 * gives the wave, or null to stop. `onIncluded(tx, block, index)` sees each inclusion. Returns
 * the phase's measurements.
 */
async function runPhase(label, follower, { nextWave, ready }, onIncluded = () => {}) {
  const pending = new Map();
  const perBlock = new Map(); // block number -> our extrinsics in it
  const inclusion = new Map(); // tx hash -> { number, time, ok, tx until decoded }
  // Inclusion as soon as the block's raw extrinsics are in, success once its events are.
  let progressAt = Date.now();
  const seen = ({ number, time, extrinsics }) => {
    for (const hash of extrinsics) {
      const tx = pending.get(hash);
      if (!tx) continue;
      progressAt = Date.now();
      pending.delete(hash);
      inclusion.set(hash, { number, time, ok: true, tx });
      perBlock.set(number, (perBlock.get(number) ?? 0) + 1);
    }
  };
  const decoded = ({ number, time, extrinsics, events }) => {
    if (!perBlock.has(number)) return;
    const failed = new Set();
    for (const { phase, event } of events) {
      if (phase.isApplyExtrinsic && follower.api.events.system.ExtrinsicFailed.is(event)) failed.add(phase.asApplyExtrinsic.toNumber());
    }
    extrinsics.forEach((hash, index) => {
      const included = inclusion.get(hash);
      if (!included || included.number !== number || !included.tx) return;
      if (failed.has(index)) {
        included.ok = false;
        log(`${label}: extrinsic ${hash} failed in #${number}`);
      }
      onIncluded(included.tx, { number, time, events }, index);
      delete included.tx;
    });
  };
  follower.fastListeners.add(seen);
  follower.listeners.add(decoded);
  const startBest = follower.best;
  const submittedAt = Date.now();
  const rejected = [];
  let submitted = 0;
  let retried = 0;
  let retry = [];
  // Transactions the pool accepted and then dropped are never included: once none of ours has
  // been included for STALL_MS while some wait, they are counted as dropped and the phase ends
  // (the later nonces of their accounts could not be included either).
  let dropped = 0;
  const stalled = () => {
    if (pending.size === 0 || Date.now() - progressAt < STALL_MS) return false;
    dropped = pending.size;
    log(`${label}: ${dropped} accepted transactions were not included for ${STALL_MS / 1000} s: dropped by the pool`);
    pending.clear();
    return true;
  };
  for (;;) {
    await follower.until(() => ready(pending.size) || stalled(), config.timeoutMs, `${label}: room for the next wave`);
    if (dropped) break;
    // A transaction the pool turned away because it was full (1016) goes again, first: the
    // account's later ones depend on its nonce.
    const resend = retry.length > 0;
    const wave = resend ? retry : await nextWave(Date.now() - submittedAt);
    if (!wave || wave.length === 0) break;
    if (resend) {
      await sleep(200);
      retried += wave.length;
    } else {
      submitted += wave.length;
    }
    retry = [];
    for (const tx of wave) pending.set(tx.hash.toHex(), tx);
    const results = await Promise.allSettled(wave.map((tx) => follower.api.rpc.author.submitExtrinsic(tx)));
    for (const [i, r] of results.entries()) {
      if (r.status !== 'rejected') continue;
      pending.delete(wave[i].hash.toHex());
      if (/1016/.test(r.reason.message)) retry.push(wave[i]);
      else rejected.push(r);
    }
  }
  for (const r of rejected.slice(0, 3)) log(`${label}: rejected by the pool: ${r.reason.message}`);
  log(`${label}: ${submitted - rejected.length} of ${submitted} accepted by the pool in ${Date.now() - submittedAt} ms (${retried} sent again after the pool was full)`);

  await follower.until(() => pending.size === 0 || stalled(), config.timeoutMs, `${label}: ${pending.size} extrinsics to be included`);
  const blocks = [...perBlock.keys()].sort((a, b) => a - b);
  const [first, last] = [blocks[0], blocks[blocks.length - 1]];
  await follower.until(() => follower.decoded >= last, config.timeoutMs, `${label}: #${last} to be decoded`);
  follower.fastListeners.delete(seen);
  follower.listeners.delete(decoded);
  await follower.until(() => follower.finalizedNumber >= last, config.timeoutMs, `${label}: #${last} to be finalized`);

  const counts = [];
  for (let n = startBest + 1; n <= last; n++) counts.push({ number: n, count: perBlock.get(n) ?? 0 });
  // The steady state: the blocks from the first to the last holding ours.
  const window = counts.filter((c) => c.number >= first);
  const weights = window.map((c) => follower.imported.get(c.number).weight);
  const meanWeight = (cls) => weights.reduce((sum, w) => sum + Number(w[cls]), 0) / weights.length;
  const lagBlocks = blocks.map((n) => follower.finalized.get(n).best - n);
  const lagSeconds = blocks.map((n) => (follower.finalized.get(n).time - follower.imported.get(n).time) / 1000);
  const lastInclusion = Math.max(...[...inclusion.values()].map((i) => i.time));
  const seconds = (lastInclusion - submittedAt) / 1000;
  return {
    label,
    submitted,
    rejected: rejected.length,
    retriedWhenPoolFull: retried,
    droppedByPool: dropped,
    included: inclusion.size,
    failed: [...inclusion.values()].filter((i) => !i.ok).length,
    firstBlock: first,
    lastBlock: last,
    blocksUsed: last - first + 1,
    perBlock: counts,
    maxPerBlock: Math.max(...counts.map((c) => c.count)),
    meanPerBlock: inclusion.size / (last - first + 1),
    // Share of the block weight used by all extrinsics (ours, the off-chain workers' and the
    // inherents) and the hooks, mean over the window.
    weightUsed: { normal: meanWeight('normal'), mandatory: meanWeight('mandatory'), operational: meanWeight('operational') },
    seconds,
    includedPerSecond: inclusion.size / seconds,
    finalityLagBlocks: spread(lagBlocks),
    finalityLagSeconds: spread(lagSeconds),
    submittedAt,
    inclusion,
  };
}

/** The next nonce of each of `accounts` (the pool's transactions counted). */
const nextNonces = (api, accounts) =>
  Promise.all(accounts.map(async (a) => (await api.rpc.system.accountNextIndex(a.address)).toNumber()));

/** How long a phase waits without any of its transactions included before it ends. */
const STALL_MS = 15_000;

/** Funds `accounts` from //Alice with `amount` each, in as few blocks as the pool allows. */
async function fund(api, follower, alice, accounts, amount) {
  let [nonce] = await nextNonces(api, [alice]);
  let done = false;
  const phase = await runPhase('funding', follower, {
    ready: () => true,
    nextWave: async () => {
      if (done) return null;
      done = true;
      return Promise.all(accounts.map((account) =>
        api.tx.balances.transferKeepAlive(account.address, amount).signAsync(alice, { nonce: nonce++ })));
    },
  });
  if (phase.failed || phase.rejected) throw new Error('funding the benchmark accounts failed');
}

/**
 * The most extrinsics like `tx` one block's weight takes: the normal class's share of the block
 * over the extrinsic's weight (its call and extensions, from `TransactionPaymentApi`, plus the
 * base weight of every extrinsic).
 */
async function weightBound(api, tx) {
  const info = await api.call.transactionPaymentApi.queryInfo(tx.toU8a(), tx.encodedLength);
  const normal = api.consts.system.blockWeights.perClass.normal;
  const perExtrinsic = info.weight.refTime.toBigInt() + normal.baseExtrinsic.refTime.toBigInt();
  const maxTotal = normal.maxTotal.unwrap().refTime.toBigInt();
  return { perExtrinsicUs: Number(perExtrinsic) / 1e6, normalMaxUs: Number(maxTotal) / 1e6, perBlock: Number(maxTotal / perExtrinsic) };
}

/** The node key of Alice's node on the `local` chain, and the peer id it gives. */
const ALICE_NODE_KEY = '0000000000000000000000000000000000000000000000000000000000000001';
const ALICE_PEER_ID = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';

/**
 * The chain under load: a `--dev` node, or the `local` chain's `validators` (2..4) nodes, the
 * others dialling Alice. Resolves with Alice's { api, keyring, rpcPort, pid, pids, stop } once
 * every validator is connected.
 */
async function startChain(validators) {
  const pool = config.poolLimit ? ['--pool-limit', String(config.poolLimit)] : [];
  if (validators <= 1) {
    const node = await startNode('bench', ['--dev', '--tmp', ...pool]);
    return { ...node, pids: [node.pid] };
  }
  const names = ['alice', 'bob', 'charlie', 'dave'].slice(0, validators);
  const alice = await startNode('bench-alice', ['--chain', 'local', '--alice', '--validator', '--tmp', '--node-key', ALICE_NODE_KEY, ...pool]);
  const others = [];
  try {
    for (const [i, name] of names.slice(1).entries()) {
      // A validator of a non-dev chain needs a node key of its own (it never generates one).
      const nodeKey = String(i + 2).padStart(64, '0');
      others.push(await startNode(`bench-${name}`, ['--chain', 'local', `--${name}`, '--validator', '--tmp',
        '--node-key', nodeKey, '--bootnodes', `/ip4/127.0.0.1/tcp/${alice.p2pPort}/p2p/${ALICE_PEER_ID}`, ...pool]));
    }
    const deadline = Date.now() + 120_000;
    while ((await alice.api.rpc.system.health()).peers.toNumber() < names.length - 1) {
      if (Date.now() > deadline) throw new Error('the validators did not connect');
      await sleep(500);
    }
  } catch (e) {
    for (const n of [alice, ...others]) await n.stop();
    throw e;
  }
  const stop = async () => { for (const n of [...others, alice]) await n.stop(); };
  return { ...alice, pids: [alice, ...others].map((n) => n.pid), stop };
}

function row(cells) { return `| ${cells.join(' | ')} |`; }
const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '-' : Number(x).toFixed(digits));

async function main() {
  mkdirSync(outDir, { recursive: true });
  log(`node ${nodeBinary()}; ${JSON.stringify(config)}`);
  const node = await startChain(config.validators);
  const servers = [];
  const { api, keyring } = node;
  const follower = new ChainFollower(api, node.rpcPort);
  const memory = [];
  const sampler = setInterval(() => memory.push({ time: Date.now(), ...memoryOf(node.pid) }), 1000);
  try {
    await follower.start();
    const blockTimeMs = Number(api.consts.aura.slotDuration.toString());
    const [alice] = devPairs(keyring, '//Alice');
    const users = Array.from({ length: config.accounts }, (_, i) => keyring.addFromUri(`//bench//user//${i}`));
    const providers = devPairs(keyring, ...Array.from({ length: config.providers }, (_, i) => `//bench//provider//${i}`));
    // Providers bond 1,000; users pay fees and a job's escrow (a few units) at a time.
    await fund(api, follower, alice, users, 1_000n * UNIT);
    await fund(api, follower, alice, providers, 2_000n * UNIT);
    log(`funded ${users.length} users and ${providers.length} providers`);

    // A listed model and providers answering through stand-in servers (registered together).
    const modelId = await listModel(api, keyring, alice, u8aToHex(randomBytes(32)));
    const price = UNIT;
    for (let i = 0; i < providers.length; i++) servers.push(await inferenceServer((text) => `embedding(${text})`));
    await Promise.all(providers.map((p, i) => registerWorkerProvider(api, p, servers[i].url, modelId, price)));
    if (config.requestsPerRun !== null) {
      const scale = u8aToHex(api.createType('u32', config.requestsPerRun).toU8a());
      await rpcCall(node.rpcPort, 'offchain_localStorageSet', 'PERSISTENT', stringToHex('infera/jobs/max-requests-per-run'), scale);
    }
    log(`model ${modelId} listed, ${providers.length} providers registered`);

    // 1. Transfers, signed beforehand (signing is the client's work, not the node's), streamed.
    // Immortal (`era: 0`): a mortal transaction makes polkadot.js fetch the chain head for every
    // signature, which would make the client, not the node, the bottleneck.
    const nonces = await nextNonces(api, users);
    const signStart = Date.now();
    const transfers = [];
    const perAccount = Math.ceil(config.transfersSigned / users.length);
    for (let i = 0; i < perAccount; i++) {
      for (const [a, user] of users.entries()) {
        transfers.push(await api.tx.balances.transferKeepAlive(users[(a + 1) % users.length].address, UNIT)
          .signAsync(user, { nonce: nonces[a] + i, era: 0 }));
      }
      // Signing is synchronous work: let the connection breathe (the node closes a WebSocket
      // whose client does not answer its pings for a while).
      await sleep(0);
    }
    log(`signed ${transfers.length} transfers in ${Date.now() - signStart} ms`);
    const transferBound = await weightBound(api, transfers[0]);
    // A wave holds one transfer of every account (the next nonce of each): the pool validates
    // a wave's transactions concurrently, and a nonce that arrives before its predecessor waits
    // in the pool's small future queue, whose overflow is dropped (with all that account's later
    // transfers stuck behind it). The next wave goes once the pool has taken this one.
    const chunk = users.length;
    let next = 0;
    let exhausted = false;
    const transferPhase = await runPhase('transfers', follower, {
      ready: (pending) => pending + chunk <= config.inFlight,
      nextWave: async (elapsedMs) => {
        if (elapsedMs >= config.seconds * 1000) return null;
        if (next >= transfers.length) { exhausted = true; return null; }
        const wave = transfers.slice(next, next + chunk);
        next += wave.length;
        return wave;
      },
    });
    if (exhausted) log(`transfers: all ${transfers.length} signed transfers were used before ${config.seconds} s (raise BENCH_TRANSFERS_SIGNED)`);
    transferPhase.bound = transferBound;
    transfers.length = 0;

    // 2. Jobs: one wave of `MaxDrawsPerBlock` per block, followed to settlement.
    const steps = new Map(); // job id -> { included, assigned, revealStarted, ended, outcome, ... }
    const workerTxs = {}; // "jobs.commitResult ok" -> count: the off-chain workers' transactions
    const jobEvent = (event) => (event.section === 'jobs' ? event.method : null);
    const jobsListener = ({ number, time, callOf, events }) => {
      for (const { phase, event } of events) {
        if (phase.isApplyExtrinsic && (api.events.system.ExtrinsicSuccess.is(event) || api.events.system.ExtrinsicFailed.is(event))) {
          const call = callOf(phase.asApplyExtrinsic.toNumber());
          if (['jobs.commitResult', 'jobs.revealResult', 'jobs.revealRejection'].includes(call)) {
            const error = event.method === 'ExtrinsicSuccess' ? null : event.data.dispatchError;
            const outcome = !error ? 'ok' : error.isModule ? api.registry.findMetaError(error.asModule).name : error.type;
            const key = `${call} ${outcome}`;
            workerTxs[key] = (workerTxs[key] ?? 0) + 1;
          }
        }
        const method = jobEvent(event);
        if (!method || !event.data.jobId) continue;
        const step = steps.get(event.data.jobId.toNumber());
        if (!step) continue;
        if (method === 'JobAssigned') step.assigned ??= { number, time };
        if (method === 'RevealStarted') step.revealStarted ??= { number, time };
        if (['JobSettled', 'JobFailed', 'JobCancelled'].includes(method) && !step.ended) {
          step.ended = { number, time };
          step.outcome = method === 'JobFailed' ? `JobFailed(${event.data.reason.toString()})` : method;
        }
      }
    };
    follower.listeners.add(jobsListener);
    const jobsPerBlock = api.consts.jobs.maxDrawsPerBlock.toNumber();
    const userNonce = await nextNonces(api, users);
    let signedJobs = 0;
    let jobBound = null;
    const jobPhase = await runPhase('submit_job', follower, {
      // A wave once the previous one is in a block: at most `MaxDrawsPerBlock` new jobs fit in a
      // block (the rest would fail with TooManySubmissions), so a client sends that many.
      ready: (pending) => pending === 0,
      nextWave: async (elapsedMs) => {
        if (elapsedMs >= config.seconds * 1000 && signedJobs >= config.jobsMin) return null;
        const deadline = follower.best + config.commitWindow;
        const wave = [];
        for (let i = 0; i < jobsPerBlock; i++, signedJobs++) {
          const a = signedJobs % users.length;
          wave.push(await api.tx.jobs.submitJob(modelId, { Inline: `benchmark input ${signedJobs}` }, price, config.redundancy, deadline)
            .signAsync(users[a], { nonce: userNonce[a]++, era: 0 }));
        }
        jobBound ??= await weightBound(api, wave[0]);
        return wave;
      },
    }, (tx, block, index) => {
      const ev = block.events.find(({ phase, event }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === index
        && api.events.jobs.JobSubmitted.is(event));
      if (ev) steps.set(ev.event.data.jobId.toNumber(), { included: { number: block.number, time: block.time } });
    });
    jobPhase.bound = { ...jobBound, perBlock: Math.min(jobBound.perBlock, jobsPerBlock), byWeight: jobBound.perBlock, maxDrawsPerBlock: jobsPerBlock };
    let lost = 0;
    try {
      await follower.until(() => [...steps.values()].every((s) => s.ended), config.timeoutMs, 'every job to end');
    } catch (e) {
      lost = [...steps.values()].filter((s) => !s.ended).length;
      log(`${lost} jobs did not end: ${e.message}`);
    }
    follower.listeners.delete(jobsListener);

    const outcomes = { lost };
    const blocksOf = (from, to) => to.number - from.number;
    const samples = { blocks: [], seconds: [], drawn: [], committed: [], settledAfterReveal: [] };
    for (const s of steps.values()) {
      if (!s.ended) continue;
      outcomes[s.outcome] = (outcomes[s.outcome] ?? 0) + 1;
      if (s.outcome !== 'JobSettled') continue;
      samples.blocks.push(blocksOf(s.included, s.ended));
      samples.seconds.push((s.ended.time - s.included.time) / 1000);
      if (s.assigned) samples.drawn.push(blocksOf(s.included, s.assigned));
      if (s.assigned && s.revealStarted) samples.committed.push(blocksOf(s.assigned, s.revealStarted));
      if (s.revealStarted) samples.settledAfterReveal.push(blocksOf(s.revealStarted, s.ended));
    }
    const jobLatency = {
      jobs: steps.size,
      outcomes,
      blocksFromInclusion: spread(samples.blocks),
      secondsFromInclusion: spread(samples.seconds),
      steps: {
        inclusionToAssigned: spread(samples.drawn),
        assignedToAllCommitted: spread(samples.committed),
        allCommittedToSettled: spread(samples.settledAfterReveal),
      },
      workerTransactions: workerTxs,
      samplesSeconds: samples.seconds,
      samplesBlocks: samples.blocks,
    };

    const strip = ({ inclusion, submittedAt, ...rest }) => rest;
    // The node under load (Alice, whose RPC and off-chain worker do the work); with several
    // validators, the largest of all of them too.
    const peak = memoryOf(node.pid);
    const peakOfAll = Math.max(...node.pids.map((pid) => memoryOf(pid).peakMib));
    const result = {
      date: new Date().toISOString(),
      node: nodeBinary(),
      config,
      runtime: (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber(),
      blockTimeMs,
      maxBlockWeight: api.consts.system.blockWeights.maxBlock.refTime.toNumber(),
      phases: [strip(transferPhase), strip(jobPhase)],
      jobsPerTransferPerBlock: jobPhase.meanPerBlock / transferPhase.meanPerBlock,
      jobLatency,
      nodeMemory: { peakMib: peak.peakMib, peakOfAllMib: peakOfAll, samples: memory.map(({ time, currentMib }) => ({ time, currentMib })) },
    };
    const jsonFile = path.join(outDir, config.validators > 1 ? 'bench-network.json' : 'bench.json');
    writeFileSync(jsonFile, JSON.stringify(result, (k, v) => (typeof v === 'bigint' ? Number(v) : v), 2));

    const chain = config.validators > 1 ? `${config.validators} validators` : 'dev node';
    console.log(`\nInfera end-to-end benchmark (${chain}, ${blockTimeMs / 1000} s blocks, spec ${result.runtime})\n`);
    console.log(row(['phase', 'extrinsics', 'blocks', 'mean / block', 'max / block', 'weight bound / block', 'block weight used', 'included / s', 'finality lag blocks p50 / p95']));
    console.log(row(Array(9).fill('---')));
    for (const p of result.phases) {
      const used = (p.weightUsed.normal + p.weightUsed.mandatory + p.weightUsed.operational) / result.maxBlockWeight * 100;
      console.log(row([p.label, `${p.included}/${p.submitted}${p.failed ? ` (${p.failed} failed)` : ''}`, p.blocksUsed, fmt(p.meanPerBlock),
        p.maxPerBlock, p.bound.perBlock, `${fmt(used)} %`, fmt(p.includedPerSecond), `${p.finalityLagBlocks.p50} / ${p.finalityLagBlocks.p95}`]));
    }
    console.log(`\nsubmit_job per block / transfers per block: ${fmt(result.jobsPerTransferPerBlock, 3)}`);
    const l = jobLatency;
    console.log(`Job latency, inclusion -> JobSettled (${l.jobs} jobs, redundancy ${config.redundancy}, ${config.providers} providers; outcomes ${JSON.stringify(outcomes)}):`);
    console.log(`  blocks: p50 ${l.blocksFromInclusion.p50}, p95 ${l.blocksFromInclusion.p95}, max ${l.blocksFromInclusion.max}`);
    console.log(`  seconds: p50 ${fmt(l.secondsFromInclusion.p50)}, p95 ${fmt(l.secondsFromInclusion.p95)}, max ${fmt(l.secondsFromInclusion.max)}`);
    for (const [step, s] of Object.entries(l.steps)) console.log(`  ${step}: p50 ${s.p50}, p95 ${s.p95}, max ${s.max} blocks`);
    console.log(`  off-chain worker transactions: ${JSON.stringify(workerTxs)}`);
    console.log(`Node peak RSS: ${fmt(peak.peakMib, 0)} MiB`);
    console.log(`\nraw numbers: ${jsonFile}`);
    const faults = result.phases.reduce((n, p) => n + p.rejected + p.failed + p.droppedByPool, 0) + (l.jobs - (outcomes.JobSettled ?? 0));
    if (config.strict && faults > 0) throw new Error(`${faults} extrinsics rejected or failed, or jobs not settled`);
  } finally {
    clearInterval(sampler);
    follower.stop();
    for (const s of servers) s.close();
    await node.stop();
  }
}

main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
