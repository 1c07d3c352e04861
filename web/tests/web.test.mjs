// Browser tests of the web app (web/dist, built by `vite build`) in headless Chromium
// (Debian's /usr/bin/chromium driven by playwright-core) against a live dev node. Screenshots
// of every view go to web/test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { startDevNode, submitOk as ok, findEvent as find, freePort } from '../../tests/e2e/lib/node.js';
import { listModel, registerWorkerProvider, devPairs } from '../../tests/e2e/lib/market.js';
import { startProvider } from '../../tests/e2e/lib/provider.js';

const WEB = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SHOTS = path.join(WEB, 'test-results');
const UNIT = 1_000_000_000_000n;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const hex32 = () => `0x${randomBytes(32).toString('hex')}`;

let node; let server; let browser; let page; let appUrl;
const providers = [];

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

async function shot(name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function openTab(id) {
  await page.getByTestId(`tab-${id}`).click();
}

async function useAccount(name) {
  await page.selectOption('#account', { label: `${name} (dev)` });
}

/** Waits for the notice of an action to say it is done; fails with the notice's words if it failed. */
async function expectDone(what) {
  const notice = page.getByTestId('notice');
  await page.waitForFunction((w) => {
    const text = document.querySelector('[data-testid="notice"]').textContent;
    return text.startsWith(w) && (text.includes('done') || text.includes('failed'));
  }, what, { timeout: 60_000 });
  const text = await notice.textContent();
  assert.ok(text.includes('done'), text);
}

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  node = await startDevNode('web');
  ({ srv: server, url: appUrl } = await serveDist());
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(`${appUrl}?rpc=ws://127.0.0.1:${node.rpcPort}#models`);
  await page.getByTestId('status').filter({ hasText: 'block #' }).waitFor({ timeout: 60_000 });
});

after(async () => {
  for (const p of providers) p.stop();
  await browser?.close();
  server?.close();
  await node?.stop();
});

test('the models page lists the chain\'s models and shows a refused registration in words', async () => {
  const { api, keyring } = node;
  const [alice, bob] = devPairs(keyring, '//Alice', '//Bob');
  const hash = hex32();
  const reg = await ok(api, api.tx.models.registerModel('web-test-model', '2.0', hash, 'Onnx', 'TextEmbedding', 'ipfs://card',
    { minMemoryMib: 512, accelerator: 'Cpu' }, 2n * UNIT, 'Exact', 0), bob);
  const id = find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();
  const listed = await listModel(api, keyring, alice, hex32());

  const row = page.getByTestId(`model-row-${id}`);
  await row.waitFor({ timeout: 30_000 });
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[1], 'web-test-model');
  assert.equal(cells[2], '2.0');
  assert.equal(cells[5], 'TextEmbedding');
  assert.equal(cells[6], 'Exact');
  assert.equal(cells[7], '0 %');
  assert.equal(cells[8], '2 INFR');
  assert.equal(cells[9], 'Proposed');
  assert.equal(await page.getByTestId(`model-status-${listed}`).textContent(), 'Listed');

  // Registering the same (hash, version) again: the chain refuses, the app says why.
  const form = page.getByTestId('register-model');
  await form.locator('[name=name]').fill('copy');
  await form.locator('[name=version]').fill('2.0');
  await form.locator('[name=hash]').fill(hash);
  await form.locator('button[type=submit]').click();
  const notice = page.getByTestId('notice');
  await notice.filter({ hasText: 'failed' }).waitFor({ timeout: 60_000 });
  assert.match(await notice.textContent(), /Register model copy failed: models\.DuplicateModel: This `\(content_hash, version\)` pair is already registered/);
  await shot('models');
});

test('council members approve a listing through the UI and the model becomes listed', async () => {
  const { api, keyring } = node;
  const [eve] = devPairs(keyring, '//Eve');
  const reg = await ok(api, api.tx.models.registerModel('vote-me', '1', hex32(), 'SafeTensors', 'TextEmbedding', '',
    { minMemoryMib: 1024, accelerator: 'Cpu' }, UNIT, 'Exact', 0), eve);
  const id = find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();

  await useAccount('Alice');
  await openTab('governance');
  await page.getByTestId(`propose-approve-${id}`).click();
  await expectDone(`Propose listing model ${id}`);
  const [hash] = await api.query.council.proposals();
  const index = (await api.query.council.voting(hash)).unwrap().index.toNumber();
  const votes = page.getByTestId(`motion-votes-${index}`);
  await votes.waitFor();

  // The proposer's motion needs its ayes: Alice and Bob vote, Charlie closes.
  await page.getByTestId(`aye-${index}`).click();
  await expectDone(`Vote aye on motion #${index}`);
  await useAccount('Bob');
  await page.getByTestId(`aye-${index}`).click();
  await expectDone(`Vote aye on motion #${index}`);
  await votes.filter({ hasText: /^2 aye \/ 0 nay, 2 needed$/ }).waitFor({ timeout: 30_000 });
  await shot('governance');
  await useAccount('Charlie');
  await page.getByTestId(`close-${index}`).click();
  await expectDone(`Close motion #${index}`);

  assert.equal((await api.query.models.models(id)).unwrap().status.toString(), 'Listed');
  await openTab('models');
  await page.getByTestId(`model-status-${id}`).filter({ hasText: 'Listed' }).waitFor({ timeout: 30_000 });
});

test('a job submitted through the UI runs on two real inference servers and shows its settled embedding', async () => {
  const { api, keyring } = node;
  const [alice, charlie, dave] = devPairs(keyring, '//Alice', '//Charlie', '//Dave');
  for (const name of ['web-provider-1', 'web-provider-2']) providers.push(await startProvider(name));
  const modelHash = providers[0].health.models[0].hash;
  const modelId = await listModel(api, keyring, alice, modelHash, 'web');
  await registerWorkerProvider(api, charlie, providers[0].url, modelId, 2n * UNIT);
  await registerWorkerProvider(api, dave, providers[1].url, modelId, 2n * UNIT);

  await openTab('providers');
  await page.getByTestId(`provider-row-${charlie.address}`).waitFor({ timeout: 30_000 });
  await shot('providers');

  await useAccount('Ferdie');
  await openTab('jobs');
  const form = page.getByTestId('submit-job');
  await form.locator(`select[name=model] option[value="${modelId}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  await form.locator('select[name=model]').selectOption(String(modelId));
  await form.locator('[name=text]').fill('The quick brown fox jumps over the lazy dog.');
  await form.locator('[name=price]').fill('2');
  await form.locator('[name=redundancy]').fill('2');
  await form.locator('[name=redundancy]').dispatchEvent('change');
  await form.getByTestId('quote').filter({ hasText: 'Quote: max price 2 INFR per provider, escrow 4.2 INFR (fee 0.2 INFR).' })
    .waitFor({ timeout: 30_000 });
  await form.locator('button[type=submit]').click();
  await expectDone('Submit job');

  const status = page.getByTestId('job-detail-status');
  await status.filter({ hasText: 'Settled' }).waitFor({ timeout: 120_000 });
  const output = page.getByTestId('job-output');
  await output.waitFor({ timeout: 30_000 });
  assert.match(await output.textContent(), /^384-dimensional embedding \(int8, norm ≈ [01]\.\d\d\): \[(-?\d+, ){12}…\]$/);
  assert.match(await page.getByTestId('job-receipt').textContent(), /paid .+ 2 INFR, .+ 2 INFR; fee 0\.2 INFR; refunded 0 INFR/);
  await shot('jobs');

  await openTab('overview');
  assert.equal(await page.getByTestId('escrow-total').textContent(), '0 INFR');
  await shot('overview');
});
