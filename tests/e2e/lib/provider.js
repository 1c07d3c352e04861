// The reference inference server (`infera-provider`) for e2e tests and the demo.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { u8aToHex, hexToU8a, stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { randomBytes } from 'node:crypto';
import { freePort, STATE_DIR } from './node.js';

const PROVIDER_BIN = process.env.INFERA_PROVIDER_BIN
  || path.join(process.env.INFERA_PROVIDER_TARGET_DIR || path.join(STATE_DIR, 'target-provider'), 'debug', 'infera-provider');
const MODELS_DIR = process.env.INFERA_MODELS_DIR || path.join(STATE_DIR, 'models');

/** Starts `infera-provider` on a free port; resolves when /health answers. */
export async function startProvider(name, extraArgs = []) {
  if (!existsSync(PROVIDER_BIN)) throw new Error(`${PROVIDER_BIN} missing: run scripts/build-provider.sh`);
  const port = await freePort();
  const logDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'logs');
  mkdirSync(logDir, { recursive: true });
  const child = spawn(PROVIDER_BIN, ['--models-dir', MODELS_DIR, '--listen', `127.0.0.1:${port}`, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited, see tests/e2e/logs/${name}.log`);
    if (i === 599) { child.kill('SIGKILL'); throw new Error(`${name} did not come up`); }
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return { url, health: await res.json(), stop: () => child.kill('SIGINT') };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('unreachable');
}

/**
 * POSTs `body` (an object) to a server's `/v1/infer`, with the `X-Infera-Auth` tag of `authKey`
 * (bytes: BLAKE2-256 of key ++ body, as the node's off-chain worker sends it) when given.
 */
export function postInfer(url, body, authKey) {
  const json = JSON.stringify(body);
  const headers = { 'Content-Type': 'application/json' };
  if (authKey) headers['X-Infera-Auth'] = u8aToHex(blake2AsU8a(u8aConcat(authKey, stringToU8a(json)), 256));
  return fetch(`${url}/v1/infer`, { method: 'POST', headers, body: json });
}

/**
 * Starts three reference servers that serve only requests authenticated with a fresh key:
 * `<prefix>-bob` and `<prefix>-charlie` honest, `<prefix>-dave` `--faulty`. Pushes them onto
 * `servers` (the caller stops them) and gives the node's off-chain workers the key. Resolves
 * with { authKey, honest1, honest2, faulty, modelHash } (the weights hash they serve).
 */
export async function startAuthenticatedServers(api, prefix, servers) {
  const authKey = new Uint8Array(randomBytes(32));
  const auth = ['--auth-key', u8aToHex(authKey)];
  for (const [name, args] of [[`${prefix}-bob`, auth], [`${prefix}-charlie`, auth], [`${prefix}-dave`, [...auth, '--faulty']]]) {
    servers.push(await startProvider(name, args));
  }
  await api.rpc.offchain.localStorageSet('PERSISTENT', u8aToHex(stringToU8a('infera/jobs/server-auth-key')), u8aToHex(authKey));
  const [honest1, honest2, faulty] = servers.slice(-3);
  return { authKey, honest1, honest2, faulty, modelHash: honest1.health.models[0].hash };
}

/** Asks a server directly for the embedding of `text`: { output (bytes), outputHash }. */
export async function embed(url, modelHash, text, authKey) {
  const res = await postInfer(url, { model: modelHash, input: u8aToHex(stringToU8a(text)) }, authKey);
  if (res.status !== 200) throw new Error(`inference of "${text}" failed: ${res.status} ${await res.text()}`);
  const body = await res.json();
  return { output: hexToU8a(body.output), outputHash: body.output_hash };
}

