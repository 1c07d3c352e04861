// Starts and stops an `infera-node --dev --tmp` for a test file, and connects polkadot.js to it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, createWriteStream } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { encodeAddress } from '@polkadot/util-crypto';
import { u8aConcat, stringToU8a } from '@polkadot/util';

/** The treasury account: `PalletId(*b"inf/trsy").into_account_truncating()` = "modl" ++ id ++ zeros. */
export const TREASURY = encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a('inf/trsy'), new Uint8Array(20)), 42);

/** Account data (free, reserved, ...) of `who` at block `at`. */
export async function accountAt(api, who, at) {
  return (await (await api.at(at)).query.system.account(who)).data;
}

/** Infera's state directory (build outputs, models): $INFERA_STATE_DIR as scripts/env.sh sets it. */
export const STATE_DIR = process.env.INFERA_STATE_DIR || path.join(homedir(), '.cache', 'infera');

/** Path of the node binary: $INFERA_NODE_BIN, else the debug build in the shared target dir. */
export function nodeBinary() {
  if (process.env.INFERA_NODE_BIN) return process.env.INFERA_NODE_BIN;
  const target = process.env.CARGO_TARGET_DIR || path.join(STATE_DIR, 'target');
  return path.join(target, 'debug', 'infera-node');
}

/** A plain JSON-RPC call over HTTP to the node on `port` (as `curl` would make it); its result. */
export async function rpcCall(port, method, ...params) {
  const res = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/** A TCP port that is free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts a dev node (`--dev --tmp`): see `startNode`. */
export function startDevNode(name, opts) {
  return startNode(name, ['--dev', '--tmp'], opts);
}

/** Where each node's output goes by default: tests/e2e/logs/<name>.log. */
const LOG_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'logs');

/**
 * Starts `infera-node <args>` on loopback ports (free ones unless `rpcPort`/`p2pPort` are given)
 * and returns { api, keyring, rpcPort, p2pPort, stop, halt, resume }. The node's output goes
 * to `logPath` (default tests/e2e/logs/<name>.log). `stop` disconnects `api` and ends the node for
 * good. `halt` ends the process but keeps `api` (it reports itself disconnected) and `resume`
 * starts the node again with the same arguments and ports and resolves once `api` is connected
 * again: with `--base-path <dir>` (not `--tmp`) the chain survives, so a connected client can
 * be seen to reconnect.
 */
export async function startNode(name, args, { timeoutMs = 120_000, rpcPort, p2pPort, logPath } = {}) {
  const bin = nodeBinary();
  if (!existsSync(bin)) throw new Error(`node binary not found at ${bin}: run scripts/build.sh first`);
  rpcPort = rpcPort ?? await freePort();
  p2pPort = p2pPort ?? await freePort();
  logPath = logPath ?? path.join(LOG_DIR, `${name}.log`);
  mkdirSync(path.dirname(logPath), { recursive: true });
  const log = createWriteStream(logPath);
  let child = null;
  let exited = null;

  /** Spawns the node; its output is appended to the log (which stays open across restarts). */
  const launch = () => {
    exited = null;
    const me = spawn(bin, [
      ...args,
      '--rpc-port', String(rpcPort),
      '--no-prometheus', '--no-telemetry', '--no-mdns',
      '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
      // Extra log targets for debugging a run, e.g. INFERA_NODE_LOG=runtime::jobs=debug.
      ...(process.env.INFERA_NODE_LOG ? ['--log', process.env.INFERA_NODE_LOG] : []),
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    me.stdout.pipe(log, { end: false });
    me.stderr.pipe(log, { end: false });
    me.on('exit', (code, signal) => { if (child === me) exited = { code, signal }; });
    child = me;
  };
  /** Ends the process (SIGINT, SIGKILL after 20 s) and waits for its exit. */
  const halt = async () => {
    if (!child || exited) return;
    child.kill('SIGINT');
    for (let i = 0; i < 200 && !exited; i++) await sleep(100);
    if (!exited) child.kill('SIGKILL');
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
  };
  /** Waits for the node's RPC to answer over HTTP. */
  const rpcUp = async () => {
    for (const deadline = Date.now() + timeoutMs; ; await sleep(500)) {
      if (exited) throw new Error(`infera-node exited early (${JSON.stringify(exited)}), see ${logPath}`);
      if (Date.now() > deadline) { await halt(); throw new Error('infera-node RPC did not come up in time'); }
      if (await rpcCall(rpcPort, 'system_health').then(() => true, () => false)) return;
    }
  };

  launch();
  await rpcUp();
  // No automatic reconnection: after `halt` the provider stays down (no retry timers) until `resume`.
  const provider = new WsProvider(`ws://127.0.0.1:${rpcPort}`, false);
  await provider.connect();
  const api = await ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true });
  const resume = async () => {
    launch();
    await rpcUp();
    await api.connect();
    for (const deadline = Date.now() + 30_000; !api.isConnected; await sleep(200)) {
      if (Date.now() > deadline) throw new Error('the test\'s API did not reconnect in time');
    }
  };
  const stop = async () => {
    await api.disconnect().catch(() => {});
    await halt();
    log.end();
  };
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  return { api, keyring, rpcPort, p2pPort, stop, halt, resume };
}

/** Resolves with the first header whose number is at least `n` (best or finalized chain). */
export function waitForBlock(api, n, { finalized = false, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    let unsub;
    const timer = setTimeout(() => { if (unsub) unsub(); reject(new Error(`no ${finalized ? 'finalized ' : ''}block #${n} in time`)); }, timeoutMs);
    const subscribe = finalized ? api.rpc.chain.subscribeFinalizedHeads : api.rpc.chain.subscribeNewHeads;
    subscribe((header) => {
      if (header.number.toNumber() >= n) {
        clearTimeout(timer);
        if (unsub) unsub();
        resolve(header);
      }
    }).then((u) => { unsub = u; });
  });
}

/**
 * Signs and submits `tx` (with polkadot.js signer `options`, e.g. { mode: 1, metadataHash }),
 * resolves when it is in a block with { blockHash, events, dispatchError } (dispatchError
 * undefined on success).
 */
export function submit(api, tx, signer, options = {}) {
  return new Promise((resolve, reject) => {
    let unsub;
    tx.signAndSend(signer, options, (result) => {
      if (result.isError) { if (unsub) unsub(); reject(new Error(`transaction failed: ${result.status.toString()}`)); return; }
      if (result.status.isInBlock) {
        if (unsub) unsub();
        resolve({ blockHash: result.status.asInBlock, events: result.events, dispatchError: result.dispatchError });
      }
    }).then((u) => { unsub = u; }).catch(reject);
  });
}

/** The fee actually paid by `who` in a set of events (from `TransactionPayment.TransactionFeePaid`). */
export function feePaid(api, events, who) {
  const ev = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event)
    && event.data.who.toString() === who);
  if (!ev) throw new Error('no TransactionFeePaid event');
  return ev.event.data.actualFee.toBigInt() + ev.event.data.tip.toBigInt();
}

/** Free balance of an account as a BigInt. */
export async function freeBalance(api, address, at) {
  const q = at ? await api.at(at) : api;
  const { data } = await q.query.system.account(address);
  return data.free.toBigInt();
}

/** The first event `section.method` in `events`, or undefined. */
export function findEvent(events, section, method) {
  return events.find(({ event }) => event.section === section && event.method === method)?.event;
}

/** "section.Name" of a module dispatch error, the error's string form otherwise, 'no error' for none. */
export function describeError(api, err) {
  if (!err) return 'no error';
  if (err.isModule) {
    const m = api.registry.findMetaError(err.asModule);
    return `${m.section}.${m.name}`;
  }
  return err.toString();
}

/** Submits `tx` and asserts that it succeeded; returns what `submit` returns. */
export async function submitOk(api, tx, signer) {
  const res = await submit(api, tx, signer);
  if (res.dispatchError) throw new Error(`dispatch failed: ${describeError(api, res.dispatchError)}`);
  return res;
}
