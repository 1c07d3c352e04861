// What the browser tests share: web/dist (built by `vite build`) served on a free loopback port,
// headless Chromium (Debian's /usr/bin/chromium driven by playwright-core) on the app, and the
// helpers that drive it and read its notice. Screenshots go to web/test-results/.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { freePort, startDevNode, submitOk } from '../../tests/e2e/lib/node.js';

export const WEB = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const SHOTS = path.join(WEB, 'test-results');
export const UNIT = 1_000_000_000_000n;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * Writes `value` (a codec, or what `entry`'s value type is made from) as the value of
 * `entry(...keys)` (a polkadot.js storage entry, e.g. `api.query.validators.validators`) through
 * Alice's sudo (`system.setStorage`): how a short test reaches a state that takes days of blocks.
 */
export async function writeStorage(api, keyring, entry, keys, value) {
  const { type } = entry.creator.meta;
  const encoded = api.createType(api.registry.createLookupType(type.isPlain ? type.asPlain : type.asMap.value), value);
  await submitOk(api, api.tx.sudo.sudo(api.tx.system.setStorage([[entry.key(...keys), encoded.toHex()]])), keyring.addFromUri('//Alice'));
}

/**
 * Rewrites the record `entry(...keys)` (a polkadot.js storage entry, e.g.
 * `api.query.validators.candidates`) with `changes` through Alice's sudo (`writeStorage`):
 * a due unbonding chunk, a candidate a session short of being offline.
 */
export async function rewriteRecord(api, keyring, entry, keys, changes) {
  const record = (await entry(...keys)).unwrap();
  await writeStorage(api, keyring, entry, keys, { ...record.toJSON(), ...changes });
}

/** A random 32-byte hash, 0x-prefixed. */
export const hex32 = () => `0x${randomBytes(32).toString('hex')}`;

/** Serves web/dist on a free loopback port. */
async function serveDist() {
  const port = await freePort();
  const srv = createServer(async (req, res) => {
    const file = path.join(WEB, 'dist', decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/$/, '/index.html'));
    if (!file.startsWith(path.join(WEB, 'dist'))) { res.writeHead(403).end(); return; }
    let body;
    try { body = await readFile(file); } catch { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => srv.listen(port, '127.0.0.1', resolve));
  return { srv, url: `http://127.0.0.1:${port}/` };
}

/**
 * Opens the app on the node whose RPC is on `rpcPort` (tab `tab`) and waits for it to show a
 * block. Options: `viewport` ({ width, height }, 1400 × 900 unless given) and `prepare(page)`,
 * run before the app is loaded (`page.addInitScript`, `page.exposeFunction`: a fake wallet
 * extension). Returns { page, pageErrors (uncaught errors in the page, none expected), shot,
 * openTab, useAccount, loaded, outcome, expectDone, close }.
 */
export async function openApp(rpcPort, tab = 'models', { viewport = { width: 1400, height: 900 }, prepare } = {}) {
  await mkdir(SHOTS, { recursive: true });
  const { srv, url } = await serveDist();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport });
  const pageErrors = [];
  page.on('pageerror', (err) => { pageErrors.push(err.message); console.error('page error:', err.stack); });
  await prepare?.(page);
  await page.goto(`${url}?rpc=ws://127.0.0.1:${rpcPort}#${tab}`);
  await page.getByTestId('status').filter({ hasText: 'block #' }).waitFor({ timeout: 60_000 });

  /** Waits for the notice of an action to say it is done or failed; returns its words. */
  const outcome = async (what) => {
    await page.waitForFunction((w) => {
      const text = document.querySelector('[data-testid="notice"]').textContent;
      return text.startsWith(w) && (text.includes('done') || text.includes('failed'));
    }, what, { timeout: 60_000 });
    return page.getByTestId('notice').textContent();
  };
  return {
    page,
    pageErrors,
    shot: (name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }),
    openTab: (id) => page.getByTestId(`tab-${id}`).click(),
    /** Waits for the view to have drawn its data (its `loading…` line gone). */
    loaded: () => page.getByTestId('loading').waitFor({ state: 'detached', timeout: 60_000 }),
    useAccount: (name) => page.selectOption('#account', { label: `${name} (dev)` }),
    outcome,
    /** Waits for the notice of an action to say it is done; fails with the notice's words if it failed. */
    expectDone: async (what) => {
      const text = await outcome(what);
      assert.ok(text.includes('done'), text);
    },
    close: async () => { await browser.close(); srv.close(); },
  };
}

/**
 * The node and the app of a test file: registers its `before` (starts the node, runs `setup`,
 * opens the app on `tab`) and its `after` (closes the app, stops the node, then runs `cleanup`).
 * Options: `tab` ('models'), `viewport` and `prepare` (as for `openApp`), `open` (false: the
 * file opens the app itself, with `env.open(tab, options)`), `start` (starts the node;
 * `startDevNode(name)` unless given), `setup(env)` (before the app opens: chain state, or an
 * app opened its own way) and `cleanup(env)`. Returns `env`: { node, ui, page, open }; its
 * fields are set once `before` has run.
 */
export function useNodeAndApp(name, { tab = 'models', open = true, start = () => startDevNode(name), setup, cleanup, ...appOptions } = {}) {
  const env = {
    node: null,
    /** The app (`openApp`'s handle), null until opened. */
    ui: null,
    /** The app's page. */
    get page() { return env.ui?.page; },
    /** Opens the app on this file's node; returns its handle (also `env.ui`). */
    async open(at = tab, options = appOptions) {
      env.ui = await openApp(env.node.rpcPort, at, options);
      return env.ui;
    },
  };
  before(async () => {
    env.node = await start();
    await setup?.(env);
    if (open) await env.open();
  });
  after(async () => {
    await env.ui?.close();
    await env.node?.stop();
    await cleanup?.(env);
  });
  return env;
}
