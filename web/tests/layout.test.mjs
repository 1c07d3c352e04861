// Browser test of the layout: every view (as the tab bar lists them) at 1400 px and at 375 px
// (a phone), screenshots of each into web/test-results/<view>-1400.png and <view>-375.png, no
// sideways scrolling of the page at 375 px, and wide tables scrolling inside their container.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDevNode, submitOk as ok } from '../../tests/e2e/lib/node.js';
import { devPairs } from '../../tests/e2e/lib/market.js';
import { openApp, hex32, UNIT } from './lib.mjs';

let node; let ui; let page;
const WIDE = { width: 1400, height: 900 };
const PHONE = { width: 375, height: 812 };

before(async () => {
  node = await startDevNode('web-layout');
  // Rows for the tables: a model and a provider.
  const { api, keyring } = node;
  const [bob, charlie] = devPairs(keyring, '//Bob', '//Charlie');
  await ok(api, api.tx.models.registerModel('layout-model-with-a-long-name', '1.0', hex32(), 'Onnx', 'TextEmbedding', 'ipfs://card',
    { minMemoryMib: 512, accelerator: 'Cpu' }, UNIT, 'Exact', 0), bob);
  await ok(api, api.tx.compute.registerProvider('http://provider.example.org:8700/a/long/path',
    { accelerator: 'Cpu', acceleratorCount: 0, memoryMib: 4096, region: 'eu' }, 1000n * UNIT), charlie);
  ui = await openApp(node.rpcPort, 'models', { viewport: WIDE });
  ({ page } = ui);
});

after(async () => {
  await ui?.close();
  await node?.stop();
});

/** How far the page is wider than the window (0: it does not scroll sideways). */
function overflow() {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('every view at 1400 px and 375 px: screenshots, and no sideways page scrolling on a phone', async () => {
  const views = await page.locator('#tabs button').evaluateAll((tabs) => tabs.map((t) => t.dataset.view));
  assert.ok(views.includes('validators') && views.length >= 7, `views: ${views}`);
  for (const view of views) {
    await page.setViewportSize(WIDE);
    await ui.openTab(view);
    await ui.loaded();
    await ui.shot(`${view}-1400`);
    await page.setViewportSize(PHONE);
    await ui.shot(`${view}-375`);
    assert.equal(await overflow(), 0, `${view} at 375 px: the page is ${await overflow()} px wider than the window`);
  }

  // The models table is wider than a phone: it scrolls inside its container, the page does not.
  await ui.openTab('models');
  await ui.loaded();
  const table = page.locator('.table-scroll', { has: page.locator('[data-testid^="model-row-"]') });
  const { scrollWidth, clientWidth } = await table.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(scrollWidth > clientWidth, `the models table (${scrollWidth} px) scrolls in its ${clientWidth} px container`);
  assert.ok(clientWidth <= PHONE.width);
  assert.equal(await overflow(), 0);
  assert.deepEqual(ui.pageErrors, [], 'no uncaught errors in the page');
});
