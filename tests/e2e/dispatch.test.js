// Off-chain dispatch end-to-end: the dev node holds the providers' worker keys (key type
// `infr`, inserted with `author_insertKey`); its off-chain workers send each assigned job to the
// provider's HTTP endpoint and commit and reveal the answers with the providers' keys. Two
// honest servers and a faulty one: the faulty answer contradicts the majority, so the job
// settles after its challenge window; the honest pair is paid, the faulty one slashed (all of it
// to the treasury). A provider whose endpoint is down misses the deadline and is slashed: the
// submitter is charged the fee, which the slash pays back to it, and gets the rest refunded.
// The jobs' storage deposits stay held (assigned jobs are pruned after the retention period).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aToHex, stringToU8a } from '@polkadot/util';
import { freePort, feePaid, TREASURY } from './lib/node.js';
import {
  waitForJobEvent, feesPaidBetween, registerWorkerProvider as registerProvider, listModel, devPairs, balanceDelta,
  submitAssignedJob, jobEventsBetween, penaltyIn, assertSettledBalances,
} from './lib/market.js';
import { inferenceServer as startInferenceServer } from './lib/inference-server.js';
import { useDevNode } from './lib/suite.js';

const UNIT = 1_000_000_000_000n;

const env = useDevNode('dispatch');

/** A stand-in inference server (lib/inference-server.js), closed after the tests. */
async function inferenceServer(answer) {
  const server = await startInferenceServer(answer);
  env.servers.push(server);
  return server;
}

test('the off-chain workers answer a redundancy-3 job: honest providers paid, the faulty one slashed', async () => {
  const { api, keyring } = env.node;
  const [alice, bob, charlie, dave] = devPairs(keyring, '//Alice', '//Bob', '//Charlie', '//Dave');
  const honest = (text) => `embedding(${text})`;
  const [s1, s2, s3] = [await inferenceServer(honest), await inferenceServer(honest), await inferenceServer(() => 'garbage')];

  const hash = u8aToHex(randomBytes(32));
  const modelId = await listModel(api, keyring, alice, hash);
  const price = 2n * UNIT;
  await Promise.all([[bob, s1], [charlie, s2], [dave, s3]].map(([p, s]) => registerProvider(api, p, s.url, modelId, price)));

  const { submitted, jobId, deposit } = await submitAssignedJob(
    api, alice, { modelId, text: 'the cat sat', price, providers: [bob, charlie, dave], blocks: 20 });

  const { events, blockHash } = await waitForJobEvent(api, jobId, 'JobSettled');
  const settled = events.find((e) => e.section === 'jobs' && e.method === 'JobSettled');
  // Dave's answer contradicted the majority: its result waited out the challenge window
  // (opened by the last reveal) and the job settled in the block after it.
  const history = await jobEventsBetween(api, jobId, submitted.blockHash, blockHash);
  const windows = history.filter((e) => e.method === 'ChallengeWindowOpened');
  assert.equal(windows.length, 1, 'one challenge window');
  assert.equal(windows[0].data.outputHash.toHex(), settled.data.resultHash.toHex());
  assert.equal((await api.rpc.chain.getHeader(blockHash)).number.toNumber(), windows[0].data.until.toNumber() + 1);
  assert.equal(history.filter((e) => e.method === 'ResultRevealed').length, 3);
  assert.deepEqual(history.filter((e) => e.method === 'ProviderPenalized' || e.method === 'JobSettled')
    .map((e) => e.method).sort(), ['JobSettled', 'ProviderPenalized'], 'paid and slashed only at settlement');
  assert.equal(settled.data.resultHash.toHex(), u8aToHex(blake2AsU8a(stringToU8a(honest('the cat sat')), 256)));
  assert.deepEqual(settled.data.payments.map(([who, amount]) => [who.toString(), amount.toBigInt()]).sort(),
    [[bob.address, price], [charlie.address, price]].sort());
  // Ten times the model's price (listModel: 1 UNIT); a settled job compensates nobody.
  const slash = 10n * UNIT;
  assert.deepEqual(penaltyIn(events), { provider: dave.address, reason: 'WrongResult', slashed: slash, compensation: 0n });

  // Each server was asked once, for the registered model and the submitted text.
  for (const s of [s1, s2, s3]) assert.deepEqual(s.requests, [{ model: hash, text: 'the cat sat' }]);
  const job = (await api.call.jobsApi.job(jobId)).unwrap();
  assert.equal(job.status.toString(), 'Settled');
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), 0n);

  // Balances to the unit, from the block before the submission to the settlement block.
  const fee = (3n * price * 5n) / 100n;
  assert.equal(settled.data.fee.toBigInt(), fee);
  await assertSettledBalances(api, {
    submitted, settledAt: blockHash, submitter: alice, deposit, paid: [bob, charlie], price, fee, slashed: dave, slash,
  });
});

test('a provider whose endpoint is down misses the deadline: slashed, the submitter charged the fee and repaid it', async () => {
  const { api, keyring } = env.node;
  const [alice, eve, ferdie] = devPairs(keyring, '//Alice', '//Eve', '//Ferdie');
  const modelId = await listModel(api, keyring, alice, u8aToHex(randomBytes(32)));
  const downPort = await freePort();
  await registerProvider(api, eve, `http://127.0.0.1:${downPort}`, modelId, UNIT);

  const fee = (UNIT * 5n) / 100n;
  const escrow = UNIT + fee;
  const { submitted, jobId, deposit } = await submitAssignedJob(
    api, ferdie, { modelId, text: 'hello', price: UNIT, providers: [eve], blocks: 8 });
  const { events, blockHash } = await waitForJobEvent(api, jobId, 'JobFailed');
  const failed = events.find((e) => e.section === 'jobs' && e.method === 'JobFailed');
  assert.equal(failed.data.reason.toString(), 'NoResult');
  assert.deepEqual(failed.data.payments.toJSON(), []);
  assert.equal(failed.data.fee.toBigInt(), fee, 'a job that failed after assignment is charged the fee');
  assert.equal(failed.data.refund.toBigInt(), escrow - fee);
  assert.equal(events.filter((e) => e.section === 'jobs' && e.method === 'ProviderPenalized').length, 1);
  const slash = 10n * UNIT;
  // Compensation: half of the slash, but at most the fee charged: the fee.
  assert.deepEqual(penaltyIn(events), { provider: eve.address, reason: 'MissedDeadline', slashed: slash, compensation: fee });
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), 0n);
  // Ferdie paid the job's fee and got it back from Eve's slash: it lost only its transaction
  // fee, no more and no less, and the storage deposit (held until the job is pruned). The rest
  // of the slash went to the treasury.
  const start = (await api.rpc.chain.getHeader(submitted.blockHash)).parentHash;
  assert.deepEqual(await balanceDelta(api, ferdie.address, start, blockHash), {
    free: -feePaid(api, submitted.events, ferdie.address) - deposit,
    reserved: deposit,
  });
  const fees = await feesPaidBetween(api, submitted.blockHash, blockHash);
  assert.deepEqual(await balanceDelta(api, eve.address, start, blockHash), { free: -(fees[eve.address] ?? 0n), reserved: -slash });
  // The treasury: the fee, plus the slash less the compensation (which was the fee).
  assert.deepEqual(await balanceDelta(api, TREASURY, start, blockHash), { free: fee + (slash - fee), reserved: 0n });
});
