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

/** Path of the node binary: $INFERA_NODE_BIN, else the debug build in the shared target dir. */
export function nodeBinary() {
  if (process.env.INFERA_NODE_BIN) return process.env.INFERA_NODE_BIN;
  const target = process.env.CARGO_TARGET_DIR || path.join(homedir(), '.cache', 'infera', 'target');
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

/**
 * Starts `infera-node <args>` on free loopback ports and returns
 * { api, keyring, rpcPort, p2pPort, pid, stop }. The node's output goes to tests/e2e/logs/<name>.log.
 */
export async function startNode(name, args, { timeoutMs = 120_000, p2pPort } = {}) {
  const bin = nodeBinary();
  if (!existsSync(bin)) throw new Error(`node binary not found at ${bin}: run scripts/build.sh first`);
  const rpcPort = await freePort();
  p2pPort = p2pPort ?? await freePort();
  const logDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'logs');
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  const child = spawn(bin, [
    ...args,
    '--rpc-port', String(rpcPort),
    '--no-prometheus', '--no-telemetry', '--no-mdns',
    '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
    // Extra log targets for debugging a run, e.g. INFERA_NODE_LOG=runtime::jobs=debug.
    ...(process.env.INFERA_NODE_LOG ? ['--log', process.env.INFERA_NODE_LOG] : []),
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const stop = async (api) => {
    if (api) await api.disconnect().catch(() => {});
    if (exited) return;
    child.kill('SIGINT');
    for (let i = 0; i < 100 && !exited; i++) await sleep(100);
    if (!exited) child.kill('SIGKILL');
  };

  const deadline = Date.now() + timeoutMs;
  let api;
  while (!api) {
    if (exited) throw new Error(`infera-node exited early (${JSON.stringify(exited)}), see tests/e2e/logs/${name}.log`);
    if (Date.now() > deadline) { await stop(); throw new Error('infera-node RPC did not come up in time'); }
    const provider = new WsProvider(`ws://127.0.0.1:${rpcPort}`, false);
    try {
      await provider.connect();
      await new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error('connect timeout')), 2000);
        provider.on('connected', () => { clearTimeout(t); resolve(); });
        provider.on('error', () => { clearTimeout(t); reject(new Error('ws error')); });
      });
      api = await ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true });
    } catch {
      await provider.disconnect().catch(() => {});
      await sleep(500);
    }
  }
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  return { api, keyring, rpcPort, p2pPort, pid: child.pid, stop: () => stop(api) };
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
