// Regression tests for attacks on the marketplace, end-to-end on one dev node:
// 1. Unanswerable jobs: a submitter designs jobs that providers cannot run, hoping to profit from
//    their slashes. Providers answer "input rejected" (their off-chain workers do, when the
//    inference server refuses the input or a remote input does not match its hash); the job
//    fails `InputRejected`, the rejecting providers are paid the rejection price, nobody is
//    slashed, and the submitter ends poorer than it started. Inline text that is not UTF-8 is
//    refused at submission.
// 2. Commitment copying: a lazy provider copies another's commitment (or front-runs it) to be
//    paid without running the model. Commitments bind job and provider: a copy is refused as a
//    duplicate, a front-run copy can never be opened, the copier is slashed for not revealing.
// 3. Exposure: one stake backing more slashes than it can pay. Each assignment reserves the
//    job's slash amount of the provider's stake; a provider whose free stake is used up gets no
//    more jobs (they wait in the queue) and cannot unbond, until a job ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aToHex, stringToU8a } from '@polkadot/util';
import {
  submit, submitOk as ok, findEvent as find, describeError, feePaid, accountAt, TREASURY,
} from './lib/node.js';
import {
  listModel, registerWorkerProvider, waitForJobEvent, feesPaidBetween, devPairs, balanceDelta, commitmentOf,
  INPUT_REJECTED_HASH, submitJob, jobEventsBetween,
} from './lib/market.js';
import { inferenceServer, fileServer } from './lib/inference-server.js';
import { useDevNode } from './lib/suite.js';

const UNIT = 1_000_000_000_000n;
const HARDWARE = { accelerator: 'Cpu', acceleratorCount: 0, memoryMib: 4096, region: 'eu' };

const env = useDevNode('attacks');

const parentOf = async (api, hash) => (await api.rpc.chain.getHeader(hash)).parentHash;
const bestNumber = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();
const hashOf = (text) => blake2AsU8a(stringToU8a(text), 256);
const pairs = (payments) => payments.map(([who, amount]) => [who.toString(), amount.toBigInt()]).sort();

/** `who`'s provider record (runtime API). */
async function providerRecord(api, who) {
  return (await api.call.computeApi.provider(who)).unwrap();
}

// Attack 1: three providers whose off-chain workers run on stand-in servers that refuse input
// starting with "unanswerable" (each with another of the client-error statuses that mean
// "input rejected"); everything else they embed.
let rejectingMarket;
function rejectingProviders() {
  rejectingMarket ??= (async () => {
    const { api, keyring } = env.node;
    const [alice, bob, charlie, dave] = devPairs(keyring, '//Alice', '//Bob', '//Charlie', '//Dave');
    const providers = [bob, charlie, dave];
    const stands = [];
    for (const status of [400, 413, 422]) {
      const server = await inferenceServer((text) => (text.startsWith('unanswerable')
        ? { status, error: 'this input cannot be embedded' } : `embedding(${text})`));
      env.servers.push(server);
      stands.push(server);
    }
    const modelHash = u8aToHex(randomBytes(32));
    const modelId = await listModel(api, keyring, alice, modelHash);
    await Promise.all(providers.map((p, i) => registerWorkerProvider(api, p, stands[i].url, modelId, UNIT)));
    return { alice, providers, stands, modelId, modelHash };
  })();
  return rejectingMarket;
}

/**
 * Submits a redundancy-3 job with `input` as Alice at max price 1 UNIT on the rejecting
 * providers, waits for it to fail and checks the `InputRejected` outcome to the unit: each
 * provider paid the rejection price (a fifth of the model's 1 UNIT), the fee charged, nobody
 * slashed, Alice poorer by the fee and the rejection prices plus her transaction fees, and the
 * job's storage deposit still held (a job that was assigned is pruned only after the retention
 * period).
 */
async function submitAndExpectRejection(input) {
  const { api } = env.node;
  const { alice, providers, modelId } = await rejectingProviders();
  const maxPrice = UNIT;
  const fee = (3n * maxPrice * 5n) / 100n;
  const escrow = 3n * maxPrice + fee;
  const rejectionPrice = UNIT / 5n;

  const { submitted, jobId, deposit, assigned } = await submitJob(
    api, api.tx.jobs.submitJob(modelId, input, maxPrice, 3, (await bestNumber(api)) + 20), alice);
  assert.ok(assigned, 'assigned in the next block');
  const failedAt = waitForJobEvent(api, jobId, 'JobFailed');
  assert.deepEqual(assigned.data.providers.map(String).sort(), providers.map((p) => p.address).sort());
  assert.equal(find(submitted.events, 'jobs', 'JobSubmitted').data.escrow.toBigInt(), escrow);
  const job = (await api.call.jobsApi.job(jobId)).unwrap();
  assert.equal(job.deposit.toBigInt(), deposit);
  assert.equal(job.slashAmount.toBigInt(), 10n * UNIT, 'ten times the model price');
  assert.equal(job.rejectionPrice.toBigInt(), rejectionPrice, 'a fifth of the model price');

  const { events, blockHash } = await failedAt;
  const failed = events.find((e) => e.section === 'jobs' && e.method === 'JobFailed');
  assert.equal(failed.data.reason.toString(), 'InputRejected');
  assert.deepEqual(pairs(failed.data.payments), providers.map((p) => [p.address, rejectionPrice]).sort());
  assert.equal(failed.data.fee.toBigInt(), fee);
  assert.equal(failed.data.refund.toBigInt(), escrow - fee - 3n * rejectionPrice);

  // Every provider committed to and revealed "input rejected"; nobody was slashed.
  const start = await parentOf(api, submitted.blockHash);
  const history = await jobEventsBetween(api, jobId, submitted.blockHash, blockHash);
  const revealed = history.filter((e) => e.method === 'ResultRevealed');
  assert.deepEqual(revealed.map((e) => e.data.provider.toString()).sort(), providers.map((p) => p.address).sort());
  for (const e of revealed) assert.equal(e.data.outputHash.toHex(), u8aToHex(INPUT_REJECTED_HASH));
  assert.deepEqual(history.filter((e) => e.method === 'ProviderPenalized'), [], 'nobody slashed');
  const done = (await api.call.jobsApi.job(jobId)).unwrap();
  assert.ok(done.status.isFailed && done.status.asFailed.toString() === 'InputRejected', done.status.toString());
  assert.equal(done.result.unwrap().toHex(), u8aToHex(INPUT_REJECTED_HASH));
  assert.equal(done.escrow.toBigInt(), 0n);
  for (const p of providers) {
    const record = await providerRecord(api, p.address);
    assert.deepEqual([record.exposure.toBigInt(), record.activeJobs.toNumber()], [0n, 0], 'exposure released');
  }

  // Balances to the unit, from the block before the submission to the one that failed the job.
  const fees = await feesPaidBetween(api, submitted.blockHash, blockHash);
  const delta = (who) => balanceDelta(api, who, start, blockHash);
  const aliceDelta = await delta(alice.address);
  assert.deepEqual(aliceDelta, { free: -fees[alice.address] - fee - 3n * rejectionPrice - deposit, reserved: deposit });
  assert.ok(aliceDelta.free + deposit + fees[alice.address] < 0n,
    'the submitter ends poorer, not richer, than it started, even once its deposit is returned');
  for (const p of providers) {
    assert.deepEqual(await delta(p.address), { free: rejectionPrice - fees[p.address], reserved: 0n },
      'paid the rejection price, stake untouched');
  }
  assert.deepEqual(await delta(TREASURY), { free: fee, reserved: 0n });
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), 0n);
  return jobId;
}

test('attack 1: a job its providers cannot run fails InputRejected; they are paid, nobody slashed, the submitter pays', async () => {
  const { stands, modelHash } = await rejectingProviders();
  const text = 'unanswerable: an input no server of this model can embed';
  await submitAndExpectRejection({ Inline: text });
  // Each server was asked once, and refused.
  for (const s of stands) assert.deepEqual(s.requests, [{ model: modelHash, text }]);
});

test('attack 1: a remote input whose bytes do not match its declared hash fails InputRejected', async () => {
  const { stands } = await rejectingProviders();
  const asked = stands.map((s) => s.requests.length);
  const served = 'the bytes actually published at the URI';
  const files = await fileServer({ '/input.txt': served });
  env.servers.push(files);
  // The file server is on loopback, which workers refuse to fetch from (SSRF) unless the node
  // operator allows private URIs: this dev node does, for the test.
  await env.node.api.rpc.offchain.localStorageSet('PERSISTENT', u8aToHex(stringToU8a('infera/jobs/allow-private-uris')), '0x01');
  // Declares the hash of other bytes than those served.
  const declared = u8aToHex(hashOf('the bytes the submitter declared'));
  assert.notEqual(declared, u8aToHex(hashOf(served)));
  await submitAndExpectRejection({ Remote: { hash: declared, uri: `${files.url}/input.txt` } });
  // Every provider downloaded the input and none ran it.
  assert.ok(files.requests.length >= 3, `downloads: ${files.requests.length}`);
  assert.ok(files.requests.every((path) => path === '/input.txt'));
  assert.deepEqual(stands.map((s) => s.requests.length), asked, 'the inference servers were not asked');
});

test('attack 1: inline input that is not UTF-8 is refused at submission for a text model', async () => {
  const { api } = env.node;
  const { alice, modelId } = await rejectingProviders();
  const nextJob = (await api.query.jobs.nextJobId()).toNumber();
  const res = await submit(api, api.tx.jobs.submitJob(
    modelId, { Inline: u8aToHex(new Uint8Array([0xff, 0xfe])) }, UNIT, 3, (await bestNumber(api)) + 20), alice);
  assert.equal(describeError(api, res.dispatchError), 'jobs.InputNotText');
  assert.equal((await api.query.jobs.nextJobId()).toNumber(), nextJob, 'no job');
  const [was, now] = [await accountAt(api, alice.address, await parentOf(api, res.blockHash)), await accountAt(api, alice.address, res.blockHash)];
  assert.equal(was.free.toBigInt() - now.free.toBigInt(), feePaid(api, res.events, alice.address), 'only the transaction fee');
  assert.equal(now.reserved.toBigInt(), was.reserved.toBigInt(), 'nothing held');
});

test('attack 2: a copied commitment is refused, a front-run one cannot be opened and its copier is slashed', async () => {
  const { api, keyring } = env.node;
  const [alice, submitter, a, b, c] = devPairs(keyring, '//Alice', '//Alice//stash', '//Eve', '//Ferdie', '//Eve//stash');
  // Providers driven by hand (not in the node's keystore), the only ones serving this model.
  const modelId = await listModel(api, keyring, alice, u8aToHex(randomBytes(32)));
  const price = 2n * UNIT;
  await Promise.all([a, b, c].map(async (p, i) => {
    await ok(api, api.tx.compute.registerProvider(`http://127.0.0.1:${9300 + i}`, HARDWARE, 1000n * UNIT), p);
    await ok(api, api.tx.compute.setModelPrice(modelId, price), p);
  }));
  const output = 'embedding:the honest answer';
  const outputHash = hashOf(output);
  const salt = () => randomBytes(32);
  const newJob = async () => {
    const job = await submitJob(
      api, api.tx.jobs.submitJob(modelId, { Inline: 'the cat sat' }, price, 3, (await bestNumber(api)) + 30), submitter);
    assert.ok(job.assigned, `job ${job.jobId} assigned in the next block`);
    assert.deepEqual(job.assigned.data.providers.map(String).sort(), [a, b, c].map((p) => p.address).sort());
    return job;
  };

  // Job 1: A commits; B submits A's exact commitment and is refused. B has to do the work.
  const { jobId: first } = await newJob();
  const saltA = salt();
  const commitmentA = commitmentOf(first, a.address, outputHash, saltA);
  await ok(api, api.tx.jobs.commitResult(first, commitmentA), a);
  const copied = await submit(api, api.tx.jobs.commitResult(first, commitmentA), b);
  assert.equal(describeError(api, copied.dispatchError), 'jobs.DuplicateCommitment');
  const [saltB, saltC] = [salt(), salt()];
  await Promise.all([[b, saltB], [c, saltC]].map(([p, s]) => ok(api, api.tx.jobs.commitResult(first, commitmentOf(first, p.address, outputHash, s)), p)));
  const reveals = await Promise.all([[a, saltA], [b, saltB], [c, saltC]]
    .map(([p, s]) => ok(api, api.tx.jobs.revealResult(first, { Inline: output }, s), p)));
  const settledFirst = find(reveals.flatMap((r) => r.events), 'jobs', 'JobSettled');
  assert.ok(settledFirst, 'the last reveal settles job 1');
  assert.deepEqual(pairs(settledFirst.data.payments), [a, b, c].map((p) => [p.address, price]).sort());

  // Job 2: B front-runs: it gets A's commitment (seen in the pool) on chain first. A's own
  // commit is then refused as a duplicate, and A commits again with a fresh salt.
  const { submitted, jobId: second, deposit } = await newJob();
  const saltA1 = salt();
  const frontRun = commitmentOf(second, a.address, outputHash, saltA1);
  await ok(api, api.tx.jobs.commitResult(second, frontRun), b);
  const refused = await submit(api, api.tx.jobs.commitResult(second, frontRun), a);
  assert.equal(describeError(api, refused.dispatchError), 'jobs.DuplicateCommitment');
  const saltA2 = salt();
  await ok(api, api.tx.jobs.commitResult(second, commitmentOf(second, a.address, outputHash, saltA2)), a);
  const saltC2 = salt();
  const lastCommit = await ok(api, api.tx.jobs.commitResult(second, commitmentOf(second, c.address, outputHash, saltC2)), c);
  const revealStarted = find(lastCommit.events, 'jobs', 'RevealStarted');
  assert.ok(revealStarted, 'everyone committed: the reveal phase starts');

  // A and C reveal; B replays A's output with either of A's salts: its commitment is bound to A,
  // so it can never be opened by B.
  await Promise.all([[a, saltA2], [c, saltC2]].map(([p, s]) => ok(api, api.tx.jobs.revealResult(second, { Inline: output }, s), p)));
  for (const s of [saltA1, saltA2]) {
    const replay = await submit(api, api.tx.jobs.revealResult(second, { Inline: output }, s), b);
    assert.equal(describeError(api, replay.dispatchError), 'jobs.CommitmentMismatch');
  }

  // After the reveal phase the job is judged: A and C agree and are paid, B is slashed for not
  // revealing, all of it to the treasury (the job settled).
  const { events, blockHash } = await waitForJobEvent(api, second, 'JobSettled');
  assert.equal((await api.rpc.chain.getHeader(blockHash)).number.toNumber(), revealStarted.data.until.toNumber() + 1);
  const settled = events.find((e) => e.section === 'jobs' && e.method === 'JobSettled');
  const fee = (3n * price * 5n) / 100n;
  const escrow = 3n * price + fee;
  const slash = 10n * UNIT;
  assert.equal(settled.data.resultHash.toHex(), u8aToHex(outputHash));
  assert.deepEqual(pairs(settled.data.payments), [[a.address, price], [c.address, price]].sort());
  assert.equal(settled.data.fee.toBigInt(), fee);
  assert.equal(settled.data.refund.toBigInt(), escrow - 2n * price - fee);
  const penalties = events.filter((e) => e.section === 'jobs' && e.method === 'ProviderPenalized');
  assert.equal(penalties.length, 1);
  assert.equal(penalties[0].data.provider.toString(), b.address);
  assert.equal(penalties[0].data.reason.toString(), 'NoReveal');
  assert.equal(penalties[0].data.slashed.toBigInt(), slash);
  assert.equal(penalties[0].data.compensation.toBigInt(), 0n);

  // Balances to the unit, from the block before job 2's submission to its settlement; job 2's
  // storage deposit stays held until it is pruned.
  const start = await parentOf(api, submitted.blockHash);
  const fees = await feesPaidBetween(api, submitted.blockHash, blockHash);
  const delta = (who) => balanceDelta(api, who, start, blockHash);
  assert.deepEqual(await delta(submitter.address), { free: -fees[submitter.address] - 2n * price - fee - deposit, reserved: deposit });
  for (const p of [a, c]) assert.deepEqual(await delta(p.address), { free: price - fees[p.address], reserved: 0n });
  assert.deepEqual(await delta(b.address), { free: -fees[b.address], reserved: -slash });
  assert.deepEqual(await delta(TREASURY), { free: fee + slash, reserved: 0n });

  // B's bonded stake fell below the minimum: it is paused and lost its offer.
  const recordB = await providerRecord(api, b.address);
  assert.equal(recordB.bonded.toBigInt(), 1000n * UNIT - slash);
  assert.equal(recordB.status.toString(), 'BelowMinimumStake');
  assert.deepEqual((await api.call.computeApi.offers(modelId)).map(([who]) => who.toString()).sort(), [a.address, c.address].sort());
  const reoffer = await submit(api, api.tx.compute.setModelPrice(modelId, price), b);
  assert.equal(describeError(api, reoffer.dispatchError), 'compute.NotOnline');
  const rep = await api.call.computeApi.reputation(b.address);
  assert.deepEqual([rep.slashes.toNumber(), rep.jobsCompleted.toNumber(), rep.jobsFailed.toNumber()], [1, 1, 1]);
});

test('attack 4: a stake backs at most the slashes it can pay; further jobs wait until one ends', async () => {
  const { api, keyring } = env.node;
  const [alice, submitter, provider] = devPairs(keyring, '//Alice', '//Bob//stash', '//Ferdie//stash');
  // A model priced at 50 UNIT: its jobs slash 500 UNIT, so the minimum stake (1,000 UNIT)
  // covers exactly two of them.
  const price = 50n * UNIT;
  const slash = 10n * price;
  const stake = api.consts.compute.minProviderStake.toBigInt();
  assert.equal(stake, 1000n * UNIT);
  const modelId = await listModel(api, keyring, alice, u8aToHex(randomBytes(32)), '1', price);
  await ok(api, api.tx.compute.registerProvider('http://127.0.0.1:9400', HARDWARE, stake), provider);
  await ok(api, api.tx.compute.setModelPrice(modelId, price), provider);

  // Three redundancy-1 jobs; deadlines far enough that none of them expires during the test.
  const deadline = (await bestNumber(api)) + 100;
  // Each is drawn in the block after its submission, before the next one is submitted.
  const jobs = [];
  for (let i = 0; i < 3; i++) {
    const job = await submitJob(api, api.tx.jobs.submitJob(modelId, { Inline: `job ${i}` }, price, 1, deadline), submitter);
    jobs.push({ ...job, id: job.jobId });
  }
  const [first, second, third] = jobs;
  for (const job of [first, second]) {
    assert.ok(job.assigned, `job ${job.id} assigned`);
    assert.deepEqual(job.assigned.data.providers.map(String), [provider.address]);
    assert.equal((await api.call.jobsApi.job(job.id)).unwrap().slashAmount.toBigInt(), slash);
  }
  assert.ok(third.queued, 'the third job waits');
  assert.deepEqual([third.assigned, third.failed], [null, null]);
  const thirdAssigned = waitForJobEvent(api, third.id, 'JobAssigned');

  // The whole stake backs the two open jobs: no third job, no quote, nothing to unbond.
  let record = await providerRecord(api, provider.address);
  assert.equal(record.bonded.toBigInt(), stake);
  assert.equal(record.exposure.toBigInt(), 2n * slash);
  assert.equal(record.activeJobs.toNumber(), 2);
  assert.ok((await api.call.jobsApi.quote(modelId, 1)).isNone, 'no provider with free stake');
  assert.deepEqual((await api.call.jobsApi.queuedJobs()).map((id) => id.toNumber()), [third.id]);
  const unbond = await submit(api, api.tx.compute.unbond(UNIT), provider);
  assert.equal(describeError(api, unbond.dispatchError), 'compute.StakeExposed');

  // The provider answers the first job; it settles after its challenge window and the queued
  // job is assigned in the same block, backed by the stake the first job released.
  const output = 'embedding(job 0)';
  const s = randomBytes(32);
  await ok(api, api.tx.jobs.commitResult(first.id, commitmentOf(first.id, provider.address, hashOf(output), s)), provider);
  const revealed = await ok(api, api.tx.jobs.revealResult(first.id, { Inline: output }, s), provider);
  const window = find(revealed.events, 'jobs', 'ChallengeWindowOpened');
  assert.ok(window, 'a single result opens the challenge window');

  const { events, blockHash } = await thirdAssigned;
  assert.equal((await api.rpc.chain.getHeader(blockHash)).number.toNumber(), window.data.until.toNumber() + 1);
  const settled = events.find((e) => e.section === 'jobs' && e.method === 'JobSettled' && e.data.jobId.toNumber() === first.id);
  assert.ok(settled, 'the first job settled in the block that assigned the third');
  assert.deepEqual(pairs(settled.data.payments), [[provider.address, price]]);
  const assigned = events.find((e) => e.section === 'jobs' && e.method === 'JobAssigned' && e.data.jobId.toNumber() === third.id);
  assert.deepEqual(assigned.data.providers.map(String), [provider.address]);
  record = (await (await api.at(blockHash)).query.compute.providers(provider.address)).unwrap();
  assert.equal(record.exposure.toBigInt(), 2n * slash, 'the second and third job');
  assert.equal(record.activeJobs.toNumber(), 2);
  assert.equal(record.bonded.toBigInt(), stake, 'nobody slashed');
  assert.equal((await api.call.jobsApi.queuedJobs()).length, 0);
});
