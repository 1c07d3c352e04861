// Off-chain dispatch end-to-end: the dev node holds the providers' worker keys (key type
// `infr`, inserted with `author_insertKey`); its off-chain workers send each assigned job to the
// provider's HTTP endpoint and commit and reveal the answers with the providers' keys. Two
// honest servers and a faulty one: the honest pair is paid, the faulty one slashed. A provider
// whose endpoint is down misses the deadline: the submitter gets everything back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aToHex, stringToU8a } from '@polkadot/util';
import {
  startDevNode, submitOk as ok, findEvent as find, freePort, feePaid, TREASURY,
} from './lib/node.js';
import {
  waitForJobEvent, feesPaidBetween, registerWorkerProvider as registerProvider, listModel, devPairs, balanceDelta,
} from './lib/market.js';
import { inferenceServer as startInferenceServer } from './lib/inference-server.js';

const UNIT = 1_000_000_000_000n;
let node;
const servers = [];

/** A stand-in inference server (lib/inference-server.js), closed after the tests. */
async function inferenceServer(answer) {
  const server = await startInferenceServer(answer);
  servers.push(server);
  return server;
}

before(async () => { node = await startDevNode('dispatch'); });
after(async () => {
  for (const s of servers) s.close();
  if (node) await node.stop();
});

test('the off-chain workers answer a redundancy-3 job: honest providers paid, the faulty one slashed', async () => {
  const { api, keyring } = node;
  const [alice, bob, charlie, dave] = devPairs(keyring, '//Alice', '//Bob', '//Charlie', '//Dave');
  const honest = (text) => `embedding(${text})`;
  const [s1, s2, s3] = [await inferenceServer(honest), await inferenceServer(honest), await inferenceServer(() => 'garbage')];

  const hash = u8aToHex(randomBytes(32));
  const modelId = await listModel(api, keyring, alice, hash);
  const price = 2n * UNIT;
  await Promise.all([[bob, s1], [charlie, s2], [dave, s3]].map(([p, s]) => registerProvider(api, p, s.url, modelId, price)));

  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const submitted = await ok(api, api.tx.jobs.submitJob(modelId, { Inline: 'the cat sat' }, price, 3, best + 20), alice);
  const jobId = find(submitted.events, 'jobs', 'JobAssigned').data.jobId.toNumber();

  const { events, blockHash } = await waitForJobEvent(api, jobId, 'JobSettled');
  const settled = events.find((e) => e.section === 'jobs' && e.method === 'JobSettled');
  assert.equal(settled.data.resultHash.toHex(), u8aToHex(blake2AsU8a(stringToU8a(honest('the cat sat')), 256)));
  assert.deepEqual(settled.data.payments.map(([who, amount]) => [who.toString(), amount.toBigInt()]).sort(),
    [[bob.address, price], [charlie.address, price]].sort());
  const penalty = events.find((e) => e.section === 'jobs' && e.method === 'ProviderPenalized');
  assert.equal(penalty.data.provider.toString(), dave.address);
  assert.equal(penalty.data.reason.toString(), 'WrongResult');

  // Each server was asked once, for the registered model and the submitted text.
  for (const s of [s1, s2, s3]) assert.deepEqual(s.requests, [{ model: hash, text: 'the cat sat' }]);
  const job = (await api.call.jobsApi.job(jobId)).unwrap();
  assert.equal(job.status.toString(), 'Settled');
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), 0n);

  // Balances to the unit, from the block before the submission to the settlement block.
  const start = (await api.rpc.chain.getHeader(submitted.blockHash)).parentHash;
  const fees = await feesPaidBetween(api, submitted.blockHash, blockHash);
  const delta = (who) => balanceDelta(api, who, start, blockHash);
  const fee = (3n * price * 5n) / 100n;
  const slash = price * 10n;
  assert.deepEqual(await delta(alice.address), { free: -(fees[alice.address] ?? 0n) - 2n * price - fee + slash / 2n, reserved: 0n });
  for (const p of [bob, charlie]) {
    assert.deepEqual(await delta(p.address), { free: price - fees[p.address], reserved: 0n }, 'paid its price, stake untouched');
  }
  assert.deepEqual(await delta(dave.address), { free: -fees[dave.address], reserved: -slash });
  assert.deepEqual(await delta(TREASURY), { free: fee + slash - slash / 2n, reserved: 0n });
});

test('a provider whose endpoint is down misses the deadline and the submitter is refunded in full', async () => {
  const { api, keyring } = node;
  const [alice, eve, ferdie] = devPairs(keyring, '//Alice', '//Eve', '//Ferdie');
  const modelId = await listModel(api, keyring, alice, u8aToHex(randomBytes(32)));
  const downPort = await freePort();
  await registerProvider(api, eve, `http://127.0.0.1:${downPort}`, modelId, UNIT);

  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const escrow = UNIT + (UNIT * 5n) / 100n;
  const submitted = await ok(api, api.tx.jobs.submitJob(modelId, { Inline: 'hello' }, UNIT, 1, best + 8), ferdie);
  const jobId = find(submitted.events, 'jobs', 'JobAssigned').data.jobId.toNumber();
  const { events, blockHash } = await waitForJobEvent(api, jobId, 'JobFailed');
  const failed = events.find((e) => e.section === 'jobs' && e.method === 'JobFailed');
  assert.equal(failed.data.reason.toString(), 'NoResult');
  assert.equal(failed.data.refund.toBigInt(), escrow);
  const penalty = events.find((e) => e.section === 'jobs' && e.method === 'ProviderPenalized');
  assert.equal(penalty.data.provider.toString(), eve.address);
  assert.equal(penalty.data.reason.toString(), 'MissedDeadline');
  assert.equal(penalty.data.compensation.toBigInt(), penalty.data.slashed.toBigInt() / 2n);
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), 0n);
  // Ferdie paid only the submission fee and got half of Eve's slash.
  const start = (await api.rpc.chain.getHeader(submitted.blockHash)).parentHash;
  assert.deepEqual(await balanceDelta(api, ferdie.address, start, blockHash), {
    free: penalty.data.compensation.toBigInt() - feePaid(api, submitted.events, ferdie.address),
    reserved: 0n,
  });
});
