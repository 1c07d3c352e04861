// Marketplace helpers shared by the e2e tests: listing models, registering providers whose
// worker keys live in the node's keystore, waiting for job events, summing fees.
import assert from 'node:assert/strict';
import { submitOk as ok, findEvent as find, accountAt, waitForBlock, TREASURY } from './node.js';
import { u8aToHex, u8aConcat, bnToU8a, stringToU8a } from '@polkadot/util';
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';

const UNIT = 1_000_000_000_000n;

/**
 * A council motion: `proposer` proposes `call` with threshold 2, the proposer and `voter` vote
 * aye (2 of 3: a majority), `closer` closes it.
 */
export async function councilMotion(api, call, proposer, voter, closer) {
  const lengthBound = call.encodedLength;
  const proposed = await ok(api, api.tx.council.propose(2, call, lengthBound), proposer);
  const ev = find(proposed.events, 'council', 'Proposed');
  const hash = ev.data.proposalHash;
  const index = ev.data.proposalIndex;
  for (const member of [proposer, voter]) {
    await ok(api, api.tx.council.vote(hash, index, true), member);
  }
  const closed = await ok(
    api, api.tx.council.close(hash, index, { refTime: 50_000_000_000n, proofSize: 1_000_000n }, lengthBound), closer,
  );
  if (!find(closed.events, 'council', 'Approved')) throw new Error('the motion was not approved');
  const executed = find(closed.events, 'council', 'Executed');
  if (!executed || !executed.data.result.isOk) throw new Error(`the motion's call failed: ${executed?.data.result.toString()}`);
  return closed;
}


/**
 * Registers a text-embedding model with weights hash `hash`, price per job `price` (1 UNIT
 * unless given: the slash amount of its jobs is ten times that), agreement rule `agreement`
 * (`Exact` unless given: the reference server's output is bit-exact) and audit chance
 * `auditChance` (a Perbill, 0 unless given), lists it via Alice's sudo; returns its id.
 */
export async function listModel(api, keyring, owner, hash, version = '1', price = UNIT, agreement = 'Exact', auditChance = 0) {
  const reg = await ok(api, api.tx.models.registerModel('all-MiniLM-L6-v2', version, hash, 'SafeTensors', 'TextEmbedding', '',
    { minMemoryMib: 1024, accelerator: 'Cpu' }, price, agreement, auditChance), owner);
  const modelId = find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();
  await ok(api, api.tx.sudo.sudo(api.tx.models.approveListing(modelId)), keyring.addFromUri('//Alice'));
  return modelId;
}

/**
 * Registers `who` (a keyring pair with a `suri`) as a provider of `modelId` at `price` with
 * `endpoint`, and puts its key in the node's keystore as its worker key (type `infr`).
 */
export async function registerWorkerProvider(api, who, endpoint, modelId, price) {
  const hardware = { accelerator: 'Cpu', acceleratorCount: 0, memoryMib: 4096, region: 'eu' };
  await ok(api, api.tx.compute.registerProvider(endpoint, hardware, 1000n * UNIT), who);
  await ok(api, api.tx.compute.setModelPrice(modelId, price), who);
  await api.rpc.author.insertKey('infr', who.suri, u8aToHex(who.publicKey));
}

/**
 * The commitment of `provider` (an address or public key) to an output with BLAKE2-256
 * `outputHash` in job `jobId`, as `commit_result` takes it: BLAKE2-256 of the job id (u64,
 * little-endian), the provider's 32-byte account, the output hash and the 32-byte salt.
 */
export function commitmentOf(jobId, provider, outputHash, salt) {
  return blake2AsU8a(u8aConcat(bnToU8a(jobId, { bitLength: 64, isLe: true }), decodeAddress(provider), outputHash, salt), 256);
}

/** The output hash that stands for "input rejected" (revealed with `jobs.revealRejection`). */
export const INPUT_REJECTED_HASH = blake2AsU8a(stringToU8a('infera/jobs/input-rejected'), 256);

/**
 * Resolves with { events, blockHash } of the first new block with an event `section.method`
 * for which `matches(event)` holds.
 */
export function waitForEvent(api, section, method, matches = () => true, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    let unsub;
    const timer = setTimeout(() => { if (unsub) unsub(); reject(new Error(`no ${section}.${method} in time`)); }, timeoutMs);
    api.rpc.chain.subscribeNewHeads(async (header) => {
      const events = (await api.query.system.events.at(header.hash)).map(({ event }) => event);
      const hit = events.find((e) => e.section === section && e.method === method && matches(e));
      if (hit) { clearTimeout(timer); if (unsub) unsub(); resolve({ events, blockHash: header.hash }); }
    }).then((u) => { unsub = u; });
  });
}

/** Resolves with { events, blockHash } of the first new block with `jobs.<method>` for `jobId`. */
export function waitForJobEvent(api, jobId, method, timeoutMs = 120_000) {
  return waitForEvent(api, 'jobs', method, (e) => e.data.jobId.toNumber() === jobId, timeoutMs)
    .catch(() => { throw new Error(`no jobs.${method} for job ${jobId}`); });
}

/** The `jobs` events of job `jobId` among `records` (event records of a block), in order. */
export function jobEventsIn(records, jobId) {
  return records.map(({ event }) => event)
    .filter((event) => event.section === 'jobs' && event.data.jobId?.toNumber() === jobId);
}

/** The `jobs` events of job `jobId` in the blocks from `from` to `to` (both included), in order. */
export async function jobEventsBetween(api, jobId, from, to) {
  const first = (await api.rpc.chain.getHeader(from)).number.toNumber();
  const last = (await api.rpc.chain.getHeader(to)).number.toNumber();
  const found = [];
  for (let n = first; n <= last; n++) {
    found.push(...jobEventsIn(await api.query.system.events.at(await api.rpc.chain.getBlockHash(n)), jobId));
  }
  return found;
}

/** Waits for the block after `blockHash` (its child); resolves with { blockHash, events } (event records). */
export async function nextBlock(api, blockHash) {
  const number = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
  await waitForBlock(api, number + 1);
  const next = await api.rpc.chain.getBlockHash(number + 1);
  const parent = (await api.rpc.chain.getHeader(next)).parentHash;
  if (parent.toString() !== blockHash.toString()) throw new Error(`block #${number + 1} is not a child of ${blockHash}`);
  return { blockHash: next, events: await api.query.system.events.at(next) };
}

/**
 * Submits `tx` (a `jobs.submitJob`) signed by `signer` and follows the job to its draw, which
 * the next block's hook makes (the submission block has `JobSubmitted` only). Resolves with
 * { submitted, jobId, escrow, deposit, drawBlock, assigned, queued, failed }: what `submitOk`
 * returns, the job's id, escrow and storage deposit (from `JobSubmitted`), the hash of the
 * drawing block and its `JobAssigned`, `JobQueued` and `JobFailed` events of the job (null if
 * absent).
 */
export async function submitJob(api, tx, signer) {
  const submitted = await ok(api, tx, signer);
  const ev = find(submitted.events, 'jobs', 'JobSubmitted');
  if (!ev) throw new Error('no jobs.JobSubmitted');
  const jobId = ev.data.jobId.toNumber();
  const early = jobEventsIn(await api.query.system.events.at(submitted.blockHash), jobId).filter((e) => e.method !== 'JobSubmitted');
  if (early.length) throw new Error(`job ${jobId}: ${early.map((e) => e.method)} in its submission block, expected the next block`);
  const drawn = await nextBlock(api, submitted.blockHash);
  const events = jobEventsIn(drawn.events, jobId);
  const of = (method) => events.find((e) => e.method === method) ?? null;
  const [assigned, queued, failed] = [of('JobAssigned'), of('JobQueued'), of('JobFailed')];
  if (!assigned && !queued && !failed) throw new Error(`job ${jobId} was not drawn in the block after its submission`);
  return {
    submitted, jobId, escrow: ev.data.escrow.toBigInt(), deposit: ev.data.deposit.toBigInt(),
    drawBlock: drawn.blockHash, assigned, queued, failed,
  };
}

/**
 * `submitter` submits a job for `modelId` with inline `text`, max price `price`, redundancy
 * `providers.length` and a deadline `blocks` ahead, and asserts that the next block assigns it to
 * exactly `providers` (keyring pairs). Resolves with what `submitJob` resolves with.
 */
export async function submitAssignedJob(api, submitter, { modelId, text, price, providers, blocks }) {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const job = await submitJob(
    api, api.tx.jobs.submitJob(modelId, { Inline: text }, price, providers.length, best + blocks), submitter);
  assert.ok(job.assigned, 'assigned in the next block');
  assert.deepEqual(job.assigned.data.providers.map(String).sort(), providers.map((p) => p.address).sort());
  return job;
}

/**
 * The first `jobs.ProviderPenalized` among `events` (events, not records) as plain values:
 * { provider (address), reason (string), slashed, compensation (bigints) }; null if none.
 */
export function penaltyIn(events) {
  const penalty = events.find((e) => e.section === 'jobs' && e.method === 'ProviderPenalized');
  if (!penalty) return null;
  const { provider, reason, slashed, compensation } = penalty.data;
  return { provider: provider.toString(), reason: reason.toString(), slashed: slashed.toBigInt(), compensation: compensation.toBigInt() };
}

/**
 * Asserts every balance change, to the unit, of a job that settled in block `settledAt` with
 * `paid` (keyring pairs) paid `price` each and `slashed` (a keyring pair) slashed `slash`, all of
 * it to the treasury: from the block before `submitted` (what `submitJob` resolved with), the
 * submitter paid the runs, the fee `fee` and its transaction fees, its storage `deposit` held;
 * each paid provider got its price less its transaction fees, its stake untouched; the slashed
 * one lost `slash` of its stake and its transaction fees; the treasury got the fee and the slash.
 */
export async function assertSettledBalances(api, { submitted, settledAt, submitter, deposit, paid, price, fee, slashed, slash }) {
  const start = (await api.rpc.chain.getHeader(submitted.blockHash)).parentHash;
  const fees = await feesPaidBetween(api, submitted.blockHash, settledAt);
  const delta = (who) => balanceDelta(api, who, start, settledAt);
  const runs = BigInt(paid.length) * price;
  assert.deepEqual(await delta(submitter.address),
    { free: -fees[submitter.address] - runs - fee - deposit, reserved: deposit });
  for (const p of paid) {
    assert.deepEqual(await delta(p.address), { free: price - fees[p.address], reserved: 0n }, 'paid its price, stake untouched');
  }
  assert.deepEqual(await delta(slashed.address), { free: -fees[slashed.address], reserved: -slash });
  assert.deepEqual(await delta(TREASURY), { free: fee + slash, reserved: 0n });
}

/** Transaction fees paid per account in the blocks from `from` to `to` (both included). */
export async function feesPaidBetween(api, from, to) {
  const first = (await api.rpc.chain.getHeader(from)).number.toNumber();
  const last = (await api.rpc.chain.getHeader(to)).number.toNumber();
  const fees = {};
  for (let n = first; n <= last; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    for (const { event } of await api.query.system.events.at(hash)) {
      if (api.events.transactionPayment.TransactionFeePaid.is(event)) {
        const who = event.data.who.toString();
        fees[who] = (fees[who] ?? 0n) + event.data.actualFee.toBigInt() + event.data.tip.toBigInt();
      }
    }
  }
  return fees;
}


/** Keyring pairs of dev URIs (`//Bob`), each keeping its `suri` to be inserted as a worker key. */
export function devPairs(keyring, ...uris) {
  return uris.map((uri) => Object.assign(keyring.addFromUri(uri), { suri: uri }));
}

/** Change of `who`'s free and reserved balance from block `from` to block `to`. */
export async function balanceDelta(api, who, from, to) {
  const [a, b] = [await accountAt(api, who, from), await accountAt(api, who, to)];
  return { free: b.free.toBigInt() - a.free.toBigInt(), reserved: b.reserved.toBigInt() - a.reserved.toBigInt() };
}
