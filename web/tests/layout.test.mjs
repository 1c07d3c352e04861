// Browser test of the layout: every view (as the tab bar lists them) at 1400 px and at 375 px
// (a phone), screenshots of each into web/test-results/<view>-1400.png and <view>-375.png, no
// sideways scrolling of the page at 375 px, and wide tables scrolling inside their container.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { submitOk as ok } from '../../tests/e2e/lib/node.js';
import { devPairs } from '../../tests/e2e/lib/market.js';
import { useNodeAndApp, hex32, UNIT } from './lib.mjs';

const WIDE = { width: 1400, height: 900 };
const PHONE = { width: 375, height: 812 };

const env = useNodeAndApp('web-layout', {
  viewport: WIDE,
  // Rows for the tables: a model and a provider.
  setup: async ({ node: { api, keyring } }) => {
    const [bob, charlie] = devPairs(keyring, '//Bob', '//Charlie');
    await ok(api, api.tx.models.registerModel('layout-model-with-a-long-name', '1.0', hex32(), 'Onnx', 'TextEmbedding', 'ipfs://card',
      { minMemoryMib: 512, accelerator: 'Cpu' }, UNIT, 'Exact', 0), bob);
    await ok(api, api.tx.compute.registerProvider('http://provider.example.org:8700/a/long/path',
      { accelerator: 'Cpu', acceleratorCount: 0, memoryMib: 4096, region: 'eu' }, 1000n * UNIT), charlie);
  },
});

/** How far the page is wider than the window (0: it does not scroll sideways). */
function overflow() {
  return env.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('every view at 1400 px and 375 px: screenshots, and no sideways page scrolling on a phone', async () => {
  const views = await env.page.locator('#tabs button').evaluateAll((tabs) => tabs.map((t) => t.dataset.view));
  assert.ok(views.includes('validators') && views.length >= 7, `views: ${views}`);
  for (const view of views) {
    await env.page.setViewportSize(WIDE);
    await env.ui.openTab(view);
    await env.ui.loaded();
    await env.ui.shot(`${view}-1400`);
    await env.page.setViewportSize(PHONE);
    await env.ui.shot(`${view}-375`);
    assert.equal(await overflow(), 0, `${view} at 375 px: the page is ${await overflow()} px wider than the window`);
  }

  // The models table is wider than a phone: it scrolls inside its container, the page does not.
  await env.ui.openTab('models');
  await env.ui.loaded();
  const table = env.page.locator('.table-scroll', { has: env.page.locator('[data-testid^="model-row-"]') });
  const { scrollWidth, clientWidth } = await table.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(scrollWidth > clientWidth, `the models table (${scrollWidth} px) scrolls in its ${clientWidth} px container`);
  assert.ok(clientWidth <= PHONE.width);
  assert.equal(await overflow(), 0);
  assert.deepEqual(env.ui.pageErrors, [], 'no uncaught errors in the page');
});
