// A dev node that a test can stop and start again with its chain kept and on the same ports, so
// that a connected app can reconnect: `infera-node --dev --base-path <tmp dir>` (not `--tmp`,
// whose chain is gone with the process) and a fixed `--rpc-port`. tests/e2e/lib/node.js's
// `startNode` picks a new RPC port on every start, hence this helper.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The e2e helpers' copy of polkadot.js: web's own would be a second instance in the process.
import { ApiPromise, WsProvider, Keyring } from '../../tests/e2e/node_modules/@polkadot/api/index.js';
import { nodeBinary, freePort, rpcCall } from '../../tests/e2e/lib/node.js';
import { SHOTS } from './lib.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the node and returns { api, keyring, rpcPort, stop, start, close }: `stop` ends the
 * process (SIGINT), `start` starts it again on the same base path and ports and resolves once
 * `api` (polkadot.js, disconnected while the node is down) is connected again, `close` stops it
 * for good and removes its base path. The node's output goes to web/test-results/<name>.log.
 */
export async function restartableDevNode(name, { timeoutMs = 120_000 } = {}) {
  const basePath = await mkdtemp(path.join(tmpdir(), 'infera-web-'));
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  await mkdir(SHOTS, { recursive: true }); // a fresh clone has no web/test-results yet
  const log = createWriteStream(path.join(SHOTS, `${name}.log`), { flags: 'a' });
  let child = null;
  let exited = null;

  /** Spawns the node and waits for its RPC to answer. */
  const spawnNode = async () => {
    exited = null;
    child = spawn(nodeBinary(), ['--dev', '--base-path', basePath, '--rpc-port', String(rpcPort),
      '--no-prometheus', '--no-telemetry', '--no-mdns', '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('exit', (code, signal) => { exited = { code, signal }; });
    for (const deadline = Date.now() + timeoutMs; ; await sleep(500)) {
      if (exited) throw new Error(`infera-node exited early (${JSON.stringify(exited)}), see ${log.path}`);
      if (Date.now() > deadline) throw new Error('infera-node RPC did not come up in time');
      if (await rpcCall(rpcPort, 'system_health').then(() => true, () => false)) return;
    }
  };

  await spawnNode();
  const api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${rpcPort}`), noInitWarn: true });
  const stop = async () => {
    await api.disconnect().catch(() => {});
    if (!child || exited) return;
    child.kill('SIGINT');
    for (let i = 0; i < 200 && !exited; i++) await sleep(100);
    if (!exited) child.kill('SIGKILL');
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
  };
  const start = async () => {
    await spawnNode();
    await api.connect();
    for (const deadline = Date.now() + 30_000; !api.isConnected; await sleep(200)) {
      if (Date.now() > deadline) throw new Error('the test\'s API did not reconnect in time');
    }
  };
  const close = async () => {
    await stop();
    log.end();
    await rm(basePath, { recursive: true, force: true });
  };
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  return { api, keyring, rpcPort, start, stop, close };
}
