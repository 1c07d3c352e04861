// The try-runtime upgrade check (scripts/try-upgrade.sh, runtime/upgrade-check) against a live
// dev node: with marketplace state in it (a listed model, a registered provider, a submitted and
// assigned job) the upgrade to this checkout's runtime passes its checks; a pallet's storage
// version behind the code (a missing migration) and a broken `try_state` invariant, both made
// with sudo's `system.setStorage`, fail it; an unreachable node or an unknown block fails it with
// a clear message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { xxhashAsHex } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { startDevNode, submitOk as ok, waitForBlock, freePort } from './lib/node.js';
import { listModel, submitJob } from './lib/market.js';

const UNIT = 1_000_000_000_000n;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
// The first run builds the checker (the runtime with `try-runtime`): minutes on a cold cache.
const BUILD_TIMEOUT_MS = 60 * 60_000;

let node;
let alice;

before(async () => {
  node = await startDevNode('upgrade-check');
  alice = node.keyring.addFromUri('//Alice');
});
after(async () => { if (node) await node.stop(); });

/** Runs `bash scripts/try-upgrade.sh <args>`; resolves with { code, stdout, stderr, output }. */
function tryUpgrade(args, timeoutMs = BUILD_TIMEOUT_MS) {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path.join(ROOT, 'scripts', 'try-upgrade.sh'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`try-upgrade.sh ${args.join(' ')} timed out`)); }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr, output: stdout + stderr }); });
  });
}

/** The `RESULT:` line of the checker's report. */
function resultLine(stdout) {
  return stdout.split('\n').find((l) => l.startsWith('RESULT:')) ?? '(no RESULT line)';
}

/** The storage key of a pallet's storage version: twox128(pallet) ++ twox128(":__STORAGE_VERSION__:"). */
function storageVersionKey(pallet) {
  return xxhashAsHex(pallet, 128) + xxhashAsHex(':__STORAGE_VERSION__:', 128).slice(2);
}

/** Sets raw storage items with sudo; resolves with the hash of the block that has the change. */
async function setStorage(api, items) {
  const { blockHash } = await ok(api, api.tx.sudo.sudo(api.tx.system.setStorage(items)), alice);
  return blockHash.toHex();
}

const uri = () => `ws://127.0.0.1:${node.rpcPort}`;

test('the upgrade check passes on a dev chain with marketplace state', { timeout: BUILD_TIMEOUT_MS + 300_000 }, async () => {
  const { api, keyring } = node;
  // A listed model, a provider of it, a job submitted and drawn.
  const modelId = await listModel(api, keyring, alice, u8aToHex(new Uint8Array(32).fill(7)));
  const bob = keyring.addFromUri('//Bob');
  const hardware = { accelerator: 'Cpu', acceleratorCount: 0, memoryMib: 4096, region: 'eu' };
  await ok(api, api.tx.compute.registerProvider('http://127.0.0.1:9/', hardware, 1000n * UNIT), bob);
  await ok(api, api.tx.compute.setModelPrice(modelId, UNIT), bob);
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const job = await submitJob(api, api.tx.jobs.submitJob(modelId, { Inline: 'the cat sat' }, UNIT, 1, best + 100), keyring.addFromUri('//Charlie'));
  assert.ok(job.assigned, `job ${job.jobId} was not assigned to the provider`);
  const drawn = (await api.rpc.chain.getHeader(job.drawBlock)).number.toNumber();
  assert.ok((await api.query.jobs.jobs(job.jobId)).isSome, 'the job is in storage');

  // The default: the node's latest finalized block, which must include the job.
  await waitForBlock(api, drawn, { finalized: true });
  const res = await tryUpgrade(['--uri', uri()]);
  assert.equal(res.code, 0, `try-upgrade.sh failed (${resultLine(res.stdout)}):\n${res.output.slice(-6000)}`);
  assert.match(res.stdout, /^RESULT: OK/m);
  assert.match(res.stdout, /storage root verified|state: loaded/);
  assert.match(res.stdout, /try_state of every pallet: passed/);
  assert.match(res.stdout, /idempotency: a second run of the upgrade changes no storage/);
  assert.match(res.stdout, /weight: ref_time \d+ ps = [\d.]+% of the block's maximum/);
  for (const pallet of ['System', 'Balances', 'Validators', 'Referenda', 'Models', 'Compute', 'Jobs']) {
    assert.match(res.stdout, new RegExp(`^\\s+\\d+\\s+${pallet}\\s+\\d+\\s+\\d+\\s+[\\d-]+\\s*$`, 'm'), `${pallet} in the storage-version table`);
  }
  // The runtime's own try_state hooks ran on the marketplace's pallets (logged to stderr).
  for (const pallet of ['Models', 'Compute', 'Jobs', 'Validators']) {
    assert.match(res.stderr, new RegExp(`Running "${pallet}" try-state checks`));
  }
  // The node runs this very code: same spec_version, which is only a warning ...
  assert.match(res.stdout, /warning: spec_version \d+ is not bumped/);
  // ... unless a bump is required (as before a real upgrade).
  const strict = await tryUpgrade(['--uri', uri(), '--require-spec-bump']);
  assert.equal(strict.code, 1, strict.output.slice(-3000));
  assert.match(resultLine(strict.stdout), /RESULT: FAILED: .*spec_version \d+ is not bumped/);
});

test('a storage version behind the code (a missing migration) or ahead of it fails the check', { timeout: 300_000 }, async () => {
  const { api } = node;
  const key = storageVersionKey('Jobs');
  const stored = (await api.rpc.state.getStorage(key)).toHex();
  assert.equal(stored, '0x0300', 'Jobs is at storage version 3');
  try {
    for (const [version, encoded, relation] of [[2, '0x0200', 'behind'], [4, '0x0400', 'ahead of']]) {
      const at = await setStorage(api, [[key, encoded]]);
      const res = await tryUpgrade(['--uri', uri(), '--at', at]);
      assert.equal(res.code, 1, res.output.slice(-3000));
      assert.match(res.stdout, new RegExp(`^\\s+22\\s+Jobs\\s+${version}\\s+${version}\\s+3\\s+MISMATCH$`, 'm'));
      assert.match(res.stdout, new RegExp(`error: Jobs: on-chain storage version ${version} is ${relation} the in-code version 3`));
      assert.match(resultLine(res.stdout), /RESULT: FAILED: the upgrade failed: .*Missing runtime upgrade/);
    }
  } finally {
    await setStorage(api, [[key, stored]]);
  }
});

test('a broken try_state invariant fails the check', { timeout: 300_000 }, async () => {
  const { api } = node;
  // A model exists with id 0; NextModelId 0 breaks the Models pallet's "ids below NextModelId".
  const key = api.query.models.nextModelId.key();
  const stored = (await api.rpc.state.getStorage(key)).toHex();
  // The same encoding (a little-endian integer), all zeros.
  const zero = u8aToHex(new Uint8Array((stored.length - 2) / 2));
  assert.notEqual(stored, zero, 'a model was registered');
  const at = await setStorage(api, [[key, zero]]);
  try {
    const res = await tryUpgrade(['--uri', uri(), '--at', at]);
    assert.equal(res.code, 1, res.output.slice(-3000));
    assert.match(res.stdout, /^error: Models: try_state failed: .*model id not below NextModelId/m);
    assert.match(resultLine(res.stdout), /RESULT: FAILED: the upgrade failed: .*try_state.*; Models: try_state failed: .*model id not below NextModelId/);
  } finally {
    await setStorage(api, [[key, stored]]);
  }
});

test('an unreachable node fails the check with a clear message', { timeout: 300_000 }, async () => {
  const port = await freePort();
  const res = await tryUpgrade(['--uri', `ws://127.0.0.1:${port}`]);
  assert.equal(res.code, 1, res.output.slice(-3000));
  assert.match(resultLine(res.stdout), new RegExp(`RESULT: FAILED: cannot connect to ws://127.0.0.1:${port}: .*is a node running there`));
});

test('a block the node does not know fails the check with a clear message', { timeout: 300_000 }, async () => {
  const res = await tryUpgrade(['--uri', uri(), '--at', '0x' + '11'.repeat(32)]);
  assert.equal(res.code, 1, res.output.slice(-3000));
  assert.match(resultLine(res.stdout), /RESULT: FAILED: the node at .* does not know block 0x1111/);
});
