// Browser tests of transactions you can trust and of the connection, on a dev node that keeps its
// chain across a restart (its own base path; `halt`/`resume` of tests/e2e/lib/node.js's
// `startNode`): the estimated fee before signing, one transaction for a double click with its
// progress up to finality, a pool refusal in words, and the app reconnecting by itself after the
// node restarted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startNode, submitOk as ok } from '../../tests/e2e/lib/node.js';
import { devPairs } from '../../tests/e2e/lib/market.js';
import { useNodeAndApp, hex32, UNIT, SHOTS } from './lib.mjs';

let basePath;
const env = useNodeAndApp('web-session', {
  // A base path, not `--tmp`: the chain survives the node's restart.
  start: async () => {
    basePath = await mkdtemp(path.join(tmpdir(), 'infera-web-'));
    return startNode('web-session', ['--dev', '--base-path', basePath], { logPath: path.join(SHOTS, 'web-session.log') });
  },
  cleanup: () => basePath && rm(basePath, { recursive: true, force: true }),
});

const form = () => env.page.getByTestId('register-model');
const submitButton = () => form().locator('button[type=submit]');

/** Fills the register-model form (the hash last: the form is complete only then). */
async function fillModel(name, hash) {
  await form().locator('[name=name]').fill(name);
  await form().locator('[name=version]').fill('1.0');
  await form().locator('[name=hash]').fill(hash);
}

/** The models `owner` registered. */
async function modelsOf(owner) {
  const entries = await env.node.api.query.models.models.entries();
  return entries.filter(([, m]) => m.unwrap().owner.toString() === owner).length;
}

/** The account's next nonce, counting its transactions in the pool. */
async function nextNonce(address) {
  return (await env.node.api.rpc.system.accountNextIndex(address)).toNumber();
}

/** The best block the header shows ("connected to Development: block #12, finalized #10"). */
async function blockShown() {
  const match = /block #(\d+)/.exec(await env.page.getByTestId('status').textContent());
  return match ? Number(match[1]) : -1;
}

/** Waits for the header to say it is connected at a best block above `n`. */
async function connectedAbove(n) {
  await env.page.waitForFunction((least) => {
    const match = /^connected to .+: block #(\d+), finalized #\d+$/.exec(document.querySelector('[data-testid="status"]').textContent);
    return match !== null && Number(match[1]) > least;
  }, n, { timeout: 120_000 });
}

test('the estimated fee is shown before signing and is what paymentInfo says', async () => {
  const [bob] = devPairs(env.node.keyring, '//Bob');
  await env.ui.useAccount('Bob');
  const fee = env.page.getByTestId('tx-fee-register-model');
  await fee.filter({ hasText: /^estimated fee: once the form is complete \(Name: .+\)$/ }).waitFor({ timeout: 30_000 });
  const hash = hex32();
  await fillModel('fee-model', hash);
  await fee.filter({ hasText: /^estimated fee: \d+(\.\d+)? INFR$/ }).waitFor({ timeout: 30_000 });
  const shown = Number(/([\d.]+) INFR/.exec(await fee.textContent())[1]);

  const value = (name) => form().locator(`select[name=${name}]`).inputValue();
  const tx = env.node.api.tx.models.registerModel('fee-model', '1.0', hash, await value('format'), await value('task'), '',
    { minMemoryMib: 1024, accelerator: await value('accelerator') }, UNIT, await value('agreement'), 0);
  const expected = Number((await tx.paymentInfo(bob.address)).partialFee.toBigInt()) / Number(UNIT);
  // Shown to four significant digits, truncated.
  assert.ok(shown <= expected && expected - shown < expected * 1e-3, `shown ${shown} INFR, paymentInfo ${expected} INFR`);
  await shot('tx-fee');

  // A bad value: the estimate says why there is none.
  await form().locator('[name=price]').fill('1.5.0');
  await fee.filter({ hasText: 'estimated fee: unknown (not an amount: "1.5.0")' }).waitFor({ timeout: 30_000 });
});

test('a double click sends one transaction, followed in its form from ready to finalized', async () => {
  const [charlie] = devPairs(env.node.keyring, '//Charlie');
  await env.ui.useAccount('Charlie');
  const [nonce, owned] = [await nextNonce(charlie.address), await modelsOf(charlie.address)];
  await fillModel('twice', hex32());
  // Every text the form's status line shows, in order.
  await env.page.evaluate(() => {
    const el = document.querySelector('[data-testid="tx-status-register-model"]');
    window.statusTrace = [];
    new MutationObserver((records) => {
      for (const record of records) for (const added of record.addedNodes) window.statusTrace.push(added.textContent);
    }).observe(el, { childList: true });
  });
  await submitButton().dblclick();
  assert.equal(await submitButton().isDisabled(), true, 'the form is off while its transaction is on its way');
  await env.ui.expectDone('Register model twice');
  const status = env.page.getByTestId('tx-status-register-model');
  await status.filter({ hasText: /, finalized$/ }).waitFor({ timeout: 60_000 });
  assert.equal(await submitButton().isEnabled(), true);
  await shot('tx-finalized');

  assert.equal(await nextNonce(charlie.address), nonce + 1, 'one transaction sent');
  assert.equal(await modelsOf(charlie.address), owned + 1, 'one model registered');
  const trace = await env.page.evaluate(() => window.statusTrace);
  const steps = [/^estimated fee \d+(\.\d+)? INFR; signing as Charlie \(dev\)…$/, /^ready in the transaction pool/, /^in block #(\d+), checking its outcome…$/,
    /^done in block #(\d+) \(0x[0-9a-f]{8}…\); waiting for finality…$/, /^done in block #(\d+) \(0x[0-9a-f]{8}…\), finalized$/];
  let at = 0;
  for (const step of steps) {
    at = trace.findIndex((text, i) => i >= at && step.test(text));
    assert.ok(at >= 0, `${step} in ${JSON.stringify(trace)}`);
  }
});

test('a transaction the pool refuses (no funds for the fee) is told in words and the form works again', async () => {
  const [alice, dave] = devPairs(env.node.keyring, '//Alice', '//Dave');
  await ok(env.node.api, env.node.api.tx.balances.transferAll(alice.address, false), dave);
  await env.ui.useAccount('Dave');
  await env.page.getByTestId('balance').filter({ hasText: /^free 0(\.\d+)? INFR$/ }).waitFor({ timeout: 30_000 });
  const nonce = await nextNonce(dave.address);
  await fillModel('unpaid', hex32());
  await submitButton().click();

  const words = 'The node refused the transaction: the account cannot pay the transaction fee (its balance is too low) '
    + '[1010: Invalid Transaction: Inability to pay some fees';
  assert.ok((await env.ui.outcome('Register model unpaid')).startsWith(`Register model unpaid failed: ${words}`));
  assert.ok((await env.page.getByTestId('tx-status-register-model').textContent()).startsWith(`failed: ${words}`));
  assert.equal(await submitButton().isEnabled(), true, 'the form is usable again');
  assert.equal(await nextNonce(dave.address), nonce, 'nothing was sent');
  await shot('tx-refused');
});

test('after a node restart the app shows it was disconnected, reconnects and follows the chain without a reload', async () => {
  const [eve] = devPairs(env.node.keyring, '//Eve');
  await env.ui.useAccount('Eve');
  await env.page.evaluate(() => { window.samePage = true; });
  const before = await blockShown();
  assert.ok(before > 0);

  await env.node.halt();
  const status = env.page.getByTestId('status');
  await status.filter({ hasText: /^disconnected from ws:\/\/127\.0\.0\.1:\d+: retrying every 2 s$/ }).waitFor({ timeout: 30_000 });
  assert.equal(await status.getAttribute('data-state'), 'disconnected');
  await shot('disconnected');

  await env.node.resume();
  await connectedAbove(before);
  const after = await blockShown();
  await connectedAbove(after);
  assert.equal(await env.page.evaluate(() => window.samePage), true, 'no page reload');

  // The app works on: a model registered through it is on the chain and shows up in the view.
  await fillModel('after-restart', hex32());
  await submitButton().click();
  await env.ui.expectDone('Register model after-restart');
  await env.page.locator('[data-testid^="model-row-"]', { hasText: 'after-restart' }).waitFor({ timeout: 30_000 });
  assert.equal(await modelsOf(eve.address), 1);
  await shot('reconnected');
  assert.deepEqual(env.ui.pageErrors, [], 'no uncaught errors in the page');
});

function shot(name) {
  return env.ui.shot(name);
}
