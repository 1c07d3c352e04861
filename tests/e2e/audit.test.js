// Audited single-provider jobs with real inference servers (`infera-provider`, all-MiniLM-L6-v2):
// a model listed with a 100% audit chance and one without audits, three providers of which
// Dave serves wrong answers (`--faulty`) and bonds a hundred times the others' stake, so the
// stake-weighted draws all but certainly make him the worker or the auditor. Once the worker
// committed, the next block draws the auditor; worker and auditor open their output hashes
// only, Dave's contradicts the honest one, a tie-breaker commits before either output is
// public and sides with the honest provider, Dave is slashed and the submitter pays two runs. A job of the model without audits settles after one provider's run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { submitOk as ok, findEvent as find } from './lib/node.js';
import {
  waitForJobEvent, registerWorkerProvider, listModel, devPairs, jobEventsBetween, balanceDelta, feesPaidBetween,
} from './lib/market.js';
import { startAuthenticatedServers, embed } from './lib/provider.js';
import { useDevNode } from './lib/suite.js';

const UNIT = 1_000_000_000_000n;
/** Perbill of 100%: every single-provider job of the model is audited. */
const ALWAYS = 1_000_000_000;

const env = useDevNode('audit');

test('an audited job catches a faulty worker; an unaudited honest job settles with one run', async () => {
  const { api, keyring } = env.node;
  const [alice, bob, charlie, dave, eve] = devPairs(keyring, '//Alice', '//Bob', '//Charlie', '//Dave', '//Eve');
  const { authKey, honest1, honest2, faulty, modelHash } = await startAuthenticatedServers(api, 'audit', env.servers);

  const audited = await listModel(api, keyring, alice, modelHash, 'audited', UNIT, 'Exact', ALWAYS);
  const plain = await listModel(api, keyring, alice, modelHash, 'plain', UNIT, 'Exact', 0);
  const price = 3n * UNIT;
  await Promise.all([[bob, honest1], [charlie, honest2], [dave, faulty]]
    .map(([p, s]) => registerWorkerProvider(api, p, s.url, audited, price)));
  for (const p of [bob, charlie]) await ok(api, api.tx.compute.setModelPrice(plain, price), p);

  await ok(api, api.tx.compute.bondExtra(99_000n * UNIT), dave);
  const text = 'A cat sits on the mat.';
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const submitted = await ok(api, api.tx.jobs.submitJob(audited, { Inline: text }, price, 1, best + 30), eve);
  const jobId = find(submitted.events, 'jobs', 'JobSubmitted').data.jobId.toNumber();
  const escrow = find(submitted.events, 'jobs', 'JobSubmitted').data.escrow.toBigInt();
  const deposit = find(submitted.events, 'jobs', 'JobSubmitted').data.deposit.toBigInt();
  const fee = (price * 5n) / 100n;
  assert.equal(escrow, 2n * price + fee, 'room for the auditor (Exact: at most two runs paid), the fee on one run');

  // The job of the model without audits, on the honest providers.
  const plainSubmitted = await ok(api, api.tx.jobs.submitJob(plain, { Inline: text }, price, 1, best + 30), eve);
  const plainId = find(plainSubmitted.events, 'jobs', 'JobSubmitted').data.jobId.toNumber();

  // Both are followed from now on (the plain job settles first).
  const [auditedSettled, plainSettled] = await Promise.all(
    [jobId, plainId].map((id) => waitForJobEvent(api, id, 'JobSettled', 300_000)));
  const { events, blockHash } = auditedSettled;
  const history = await jobEventsBetween(api, jobId, submitted.blockHash, blockHash);
  const of = (method) => history.filter((e) => e.method === method);
  const worker = of('JobAssigned')[0].data.providers.map(String).join();
  const auditor = of('AuditorAssigned')[0]?.data.auditor.toString();
  const tieBreaker = of('TieBreakerAssigned')[0]?.data.provider.toString();
  assert.ok(auditor && tieBreaker, `audited and tie-broken: ${history.map((e) => e.method).join(', ')}`);
  assert.ok([worker, auditor].includes(dave.address), 'Dave worked or audited the job');
  assert.deepEqual([worker, auditor, tieBreaker].sort(), [bob.address, charlie.address, dave.address].sort());
  assert.equal(of('AuditorPending').length, 2, 'after the commitment, then after the disagreement');
  // Worker and auditor opened hashes only: no output was public before the tie-breaker committed.
  assert.deepEqual(of('OutputHashRevealed').map((e) => e.data.provider.toString()).sort(), [worker, auditor].sort());
  const tieBreakerCommitted = history.findIndex((e) => e.method === 'ResultCommitted' && e.data.provider.toString() === tieBreaker);
  const firstOutput = history.findIndex((e) => e.method === 'ResultRevealed');
  assert.ok(tieBreakerCommitted >= 0 && firstOutput > tieBreakerCommitted, history.map((e) => e.method).join(', '));

  // The honest embedding won; Dave lost ten model prices; Bob and Charlie were paid.
  const direct = await embed(honest1.url, modelHash, text, authKey);
  const settled = events.find((e) => e.section === 'jobs' && e.method === 'JobSettled');
  assert.equal(settled.data.resultHash.toHex(), direct.outputHash);
  assert.deepEqual(settled.data.payments.map(([p, paid]) => [p.toString(), paid.toBigInt()]).sort(),
    [[bob.address, price], [charlie.address, price]].sort());
  const penalty = of('ProviderPenalized')[0];
  assert.equal(penalty.data.provider.toString(), dave.address);
  assert.equal(penalty.data.reason.toString(), 'WrongResult');
  assert.equal(penalty.data.slashed.toBigInt(), 10n * UNIT);
  const start = (await api.rpc.chain.getHeader(submitted.blockHash)).parentHash;
  const fees = await feesPaidBetween(api, submitted.blockHash, blockHash);
  const plainDeposit = find(plainSubmitted.events, 'jobs', 'JobSubmitted').data.deposit.toBigInt();
  // The plain job at that block: still open (its escrow held) or settled (one run and its fee).
  const plainThen = (await api.query.jobs.jobs.at(blockHash, plainId)).unwrap();
  const plainOpenEscrow = plainThen.escrow.toBigInt();
  const plainSpent = plainThen.status.isSettled ? price + fee : 0n;

  // The unaudited job: one provider's run, no audit drawn.
  const plainHistory = await jobEventsBetween(api, plainId, plainSubmitted.blockHash, plainSettled.blockHash);
  assert.ok(!plainHistory.some((e) => e.method.startsWith('Auditor') || e.method === 'TieBreakerAssigned'));
  const plainPayments = plainSettled.events.find((e) => e.section === 'jobs' && e.method === 'JobSettled').data.payments;
  assert.equal(plainPayments.length, 1);
  assert.equal(plainPayments[0][1].toBigInt(), price);

  // Eve paid two runs and the fee for the audited job, from before its submission to its
  // settlement (both storage deposits are still held then, and the plain job's escrow if open).
  const eveDelta = await balanceDelta(api, eve.address, start, blockHash);
  const held = deposit + plainDeposit + plainOpenEscrow;
  assert.deepEqual(eveDelta, { free: -fees[eve.address] - 2n * price - fee - held - plainSpent, reserved: held });
  const auditedRuns = settled.data.payments.length + of('ProviderPenalized').length;
  console.log(`provider runs per settled job: audited (caught) ${auditedRuns}, unaudited ${plainPayments.length}`);
});
