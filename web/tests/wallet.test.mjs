// Browser test of wallets on a dev node: a fake browser extension (window.injectedWeb3, injected
// before the app loads) whose signer signs in this Node process with real keyring keys, through
// a function the page calls (page.exposeFunction). Its accounts come first in the picker, those
// the chain cannot use are left out, it is given the chain's metadata, a registration it signs
// lands on chain, an account added to it shows without a reload, and the chosen account is
// remembered across a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devPairs } from '../../tests/e2e/lib/market.js';
import { useNodeAndApp, hex32, SHOTS } from './lib.mjs';

let ferdie; let dave;
/** What the fake extension was asked: payloads signed (their addresses) and metadata given. */
const signedFor = [];
const provided = [];
/** The keys the fake extension holds, by address. */
const keys = new Map();
const ETHEREUM_ACCOUNT = { address: '0x71C7656EC7ab88b098defB751B7401B5f6d8976F', name: 'Ethereum account', type: 'ethereum' };

/**
 * Runs in the page before the app: a wallet extension named `fake` holding `accounts` and
 * knowing the metadata `known` ([{ genesisHash, specVersion }]), whose
 * `subscribe` tells of accounts added with `window.fakeWallet.add` (kept in sessionStorage, so
 * they are there again after a reload) and whose signer and `metadata.provide` call the test.
 */
function injectFakeExtension({ accounts, known }) {
  const added = JSON.parse(sessionStorage.getItem('fake-wallet-added') ?? '[]');
  const all = () => [...accounts, ...added];
  const listeners = new Set();
  window.fakeWallet = {
    add(account) {
      added.push(account);
      sessionStorage.setItem('fake-wallet-added', JSON.stringify(added));
      for (const cb of listeners) cb(all());
    },
  };
  window.injectedWeb3 = {
    ...window.injectedWeb3,
    fake: {
      version: '1.0.0',
      enable: async () => ({
        accounts: {
          get: async () => all(),
          subscribe: (cb) => { listeners.add(cb); cb(all()); return () => listeners.delete(cb); },
        },
        signer: { signPayload: async (payload) => ({ id: 1, signature: await window.fakeWalletSign(payload) }) },
        metadata: { get: async () => known, provide: async (definition) => window.fakeWalletProvide(definition) },
      }),
    },
  };
}

const env = useNodeAndApp('web-wallet', {
  // The app is opened once the fake extension's keys are known.
  open: false,
  setup: async ({ node: { keyring }, open }) => {
    [ferdie, dave] = devPairs(keyring, '//Ferdie', '//Dave');
    for (const pair of [ferdie, dave]) keys.set(pair.address, pair);
    const elsewhere = { address: keyring.addFromUri('//Elsewhere').address, name: 'Other chain', type: 'sr25519', genesisHash: hex32() };
    await open('models', {
      prepare: (p) => withFakeWallet(p, [{ address: ferdie.address, name: 'Fake Ferdie', type: 'sr25519' }, ETHEREUM_ACCOUNT, elsewhere]),
    });
  },
});

/**
 * Gives `p` (before it loads the app) the fake extension holding `accounts` and knowing the
 * metadata `known`, signing here with `keys`.
 */
async function withFakeWallet(p, accounts, known = []) {
  await p.exposeFunction('fakeWalletSign', (payload) => {
    signedFor.push(payload.address);
    const pair = keys.get(payload.address);
    if (!pair) throw new Error(`the fake wallet has no key for ${payload.address}`);
    return env.node.api.registry.createType('ExtrinsicPayload', payload, { version: payload.version }).sign(pair).signature;
  });
  await p.exposeFunction('fakeWalletProvide', (definition) => { provided.push(definition); return true; });
  await p.addInitScript(injectFakeExtension, { accounts, known });
}

/**
 * A new page (its own storage) on the app, on the same node but seen as a Live chain: the
 * node's answer to `system_chainType` is rewritten on the WebSocket. `prepare(page)` runs first.
 */
async function openAsLiveChain(prepare = async () => {}) {
  const live = await env.page.context().browser().newPage({ viewport: { width: 1400, height: 900 } });
  await live.routeWebSocket(/.*/, (ws) => {
    const server = ws.connectToServer();
    const asked = new Set();
    ws.onMessage((message) => {
      const { id, method } = JSON.parse(message);
      if (method === 'system_chainType') asked.add(id);
      server.send(message);
    });
    server.onMessage((message) => {
      const answer = JSON.parse(message);
      if (!asked.has(answer.id)) { ws.send(message); return; }
      ws.send(JSON.stringify({ ...answer, result: 'Live' }));
    });
  });
  await prepare(live);
  await live.goto(env.page.url());
  await live.getByTestId('status').filter({ hasText: 'block #' }).waitFor({ timeout: 60_000 });
  return live;
}

/** An amount in planck as the app writes it: `1500000000000n` -> `1.5 INFR` (four decimals at most, truncated). */
function infrText(planck) {
  const unit = 1_000_000_000_000n;
  const fraction = (planck % unit).toString().padStart(12, '0').replace(/0+$/, '');
  return `${(planck / unit).toLocaleString('en-US')}${fraction ? `.${fraction.slice(0, 4)}` : ''} INFR`;
}

/** The picker's options and the chosen one, by label. */
async function picker() {
  return env.page.locator('#account').evaluate((el) => ({ options: [...el.options].map((o) => o.text), chosen: el.selectedOptions[0]?.text }));
}

/** Waits for the picker to have chosen `label`. */
function chosen(label) {
  return env.page.waitForFunction((l) => document.querySelector('#account').selectedOptions[0]?.text === l, label, { timeout: 30_000 });
}

test('the extension\'s usable accounts come first and it is given the chain\'s metadata', async () => {
  const { api } = env.node;
  await chosen('Fake Ferdie (fake)');
  const { options } = await picker();
  assert.deepEqual(options, ['Fake Ferdie (fake)', 'Alice (dev)', 'Bob (dev)', 'Charlie (dev)', 'Dave (dev)', 'Eve (dev)', 'Ferdie (dev)'],
    'no ethereum account, none bound to another chain; the dev accounts after the extension\'s on a dev chain');

  assert.equal(provided.length, 1, 'metadata provided once');
  const [definition] = provided;
  assert.equal(definition.genesisHash, api.genesisHash.toHex());
  assert.equal(definition.specVersion, api.runtimeVersion.specVersion.toNumber());
  assert.equal(definition.chain, (await api.rpc.system.chain()).toString());
  assert.deepEqual([definition.ss58Format, definition.tokenDecimals, definition.tokenSymbol, definition.chainType], [42, 12, 'INFR', 'substrate']);
  // Metadata starts with its magic number, "meta".
  assert.equal(Buffer.from(definition.metaCalls, 'base64').subarray(0, 4).toString(), 'meta');
  assert.deepEqual(definition.types, {});
});

test('a model registration signed by the extension lands on chain', async () => {
  const { api } = env.node;
  await chosen('Fake Ferdie (fake)');
  await env.ui.loaded();
  const before = (await api.query.system.account(ferdie.address)).data;
  const form = env.page.getByTestId('register-model');
  await form.locator('[name=name]').fill('wallet-model');
  await form.locator('[name=hash]').fill(hex32());
  await form.locator('button[type=submit]').click();
  await env.ui.expectDone('Register model wallet-model');

  assert.deepEqual(signedFor, [ferdie.address], 'signed once, by the extension, for Ferdie');
  const owned = (await api.query.models.models.entries()).map(([, m]) => m.unwrap())
    .filter((m) => m.owner.toString() === ferdie.address && m.name.toUtf8() === 'wallet-model');
  assert.equal(owned.length, 1);
  const after = (await api.query.system.account(ferdie.address)).data;
  assert.ok(after.free.toBigInt() < before.free.toBigInt(), 'the fee and the deposit came out of Ferdie\'s free balance');
  assert.ok(after.reserved.toBigInt() > before.reserved.toBigInt(), 'the listing deposit is held');
  await env.ui.shot('wallet-signed');
});

test('an account added in the extension shows without a reload; the chosen account survives a reload', async () => {
  await env.page.evaluate(() => { window.samePage = true; });
  await env.page.evaluate((address) => window.fakeWallet.add({ address, name: 'Fake Dave', type: 'sr25519' }), dave.address);
  await env.page.locator('#account option', { hasText: 'Fake Dave (fake)' }).waitFor({ state: 'attached', timeout: 30_000 });
  assert.equal(await env.page.evaluate(() => window.samePage), true, 'no reload');
  assert.deepEqual((await picker()).options.slice(0, 2), ['Fake Ferdie (fake)', 'Fake Dave (fake)']);

  await env.page.selectOption('#account', { label: 'Fake Dave (fake)' });
  await env.page.reload();
  await env.page.getByTestId('status').filter({ hasText: 'block #' }).waitFor({ timeout: 60_000 });
  await chosen('Fake Dave (fake)');
  assert.equal(await env.page.evaluate(() => window.samePage), undefined, 'the page was reloaded');
  // Dave's own balance, not Ferdie's: the app uses the account it shows.
  const free = (await env.node.api.query.system.account(dave.address)).data.free.toBigInt();
  await env.page.getByTestId('balance').filter({ hasText: `free ${infrText(free)}` }).waitFor({ timeout: 30_000 });
  await env.ui.shot('wallet-reloaded');
  assert.deepEqual(env.ui.pageErrors, [], 'no uncaught errors in the page');
});

test('on a live chain the dev accounts are not offered: the extension\'s only (it knows the metadata: not given again), or none (signing refused in words)', async () => {
  // This extension knows the chain's metadata already: it is not given it again.
  const { api } = env.node;
  const known = [{ genesisHash: api.genesisHash.toHex(), specVersion: api.runtimeVersion.specVersion.toNumber() }];
  const providedBefore = provided.length;
  const withWallet = await openAsLiveChain((p) => withFakeWallet(p, [{ address: ferdie.address, name: 'Fake Ferdie', type: 'sr25519' }], known));
  await withWallet.waitForFunction(() => document.querySelector('#account').selectedOptions[0]?.text === 'Fake Ferdie (fake)', null, { timeout: 30_000 });
  assert.deepEqual(await withWallet.locator('#account option').allTextContents(), ['Fake Ferdie (fake)']);
  assert.equal(provided.length, providedBefore, 'no metadata for an extension that knows this spec version');
  await withWallet.close();

  const without = await openAsLiveChain();
  const options = without.locator('#account option');
  await options.first().waitFor({ state: 'attached', timeout: 30_000 });
  assert.deepEqual(await options.allTextContents(), ['no account (add one in a wallet extension)']);
  assert.equal(await without.locator('#account').isDisabled(), true);
  const form = without.getByTestId('register-model');
  await form.locator('[name=name]').fill('nobody');
  await form.locator('[name=hash]').fill(hex32());
  await form.locator('button[type=submit]').click();
  await without.getByTestId('notice').filter({ hasText: /^Register model nobody failed: / }).waitFor({ timeout: 30_000 });
  assert.match(await without.getByTestId('notice').textContent(), /No account to sign with: add an account in a wallet extension/);
  await without.screenshot({ path: `${SHOTS}/wallet-no-account.png` });
  await without.close();
});
