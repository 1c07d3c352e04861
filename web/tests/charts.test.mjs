// Browser test of the Overview's charts (web/src/charts.ts, history.ts) against a live dev node:
// after a short run of real jobs (two reference inference servers settle three, a provider whose
// endpoint is down fails one), every chart must draw what the chain holds, block by block, and
// the view must paint before its back-fill of the last blocks ends. Screenshot:
// web/test-results/overview-charts.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freePort, waitForBlock } from '../../tests/e2e/lib/node.js';
import { listModel, registerWorkerProvider, devPairs, submitJob } from '../../tests/e2e/lib/market.js';
import { startProvider } from '../../tests/e2e/lib/provider.js';
import { useNodeAndApp, hex32, UNIT } from './lib.mjs';

const servers = [];
const env = useNodeAndApp('web-charts', { open: false, cleanup: () => { for (const s of servers) s.stop(); } });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Planck to INFR as the charts plot it. */
const toInfr = (planck) => Number(planck) / Number(UNIT);

/** Waits until job `jobId` is settled or failed; its status. */
async function finished(api, jobId, timeoutMs = 120_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(1000)) {
    const status = (await api.query.jobs.jobs(jobId)).unwrap().status.type;
    if (status === 'Settled' || status === 'Failed') return status;
  }
  throw new Error(`job ${jobId} did not finish in time`);
}

/** What the charts should show of blocks `numbers`, read from the chain block by block. */
async function chainSamples(api, numbers) {
  return Promise.all(numbers.map(async (n) => {
    const hash = await api.rpc.chain.getBlockHash(n);
    const [escrow, records, validators] = await Promise.all([
      api.query.jobs.totalEscrow.at(hash), api.query.system.events.at(hash), api.query.validators.validators.at(hash)]);
    const jobs = (method) => records.filter(({ event }) => event.section === 'jobs' && event.method === method)
      .map(({ event }) => event.data.jobId.toNumber());
    return {
      number: n, escrow: escrow.toBigInt(), submitted: jobs('JobSubmitted'), settled: jobs('JobSettled'), failed: jobs('JobFailed'),
      validators: validators.length,
      faults: records.filter(({ event }) => event.section === 'validators' && event.method === 'SlashReported').length,
    };
  }));
}

/** Every chart's attributes, read at one moment. */
function readCharts(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('figure.chart')].map((f) => [f.dataset.testid, {
    points: Number(f.dataset.points), x: JSON.parse(f.dataset.x), values: JSON.parse(f.dataset.values),
    canvas: f.querySelector('canvas') !== null, empty: f.querySelector('.chart-empty')?.textContent ?? null,
  }])));
}

test('the overview charts escrow, jobs, latency, stake and validators as the chain has them, painted before the back-fill ends', async () => {
  const { api, keyring } = env.node;
  const [alice, bob, charlie, dave, eve, ferdie] = devPairs(keyring, '//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie');
  for (const name of ['charts-provider-1', 'charts-provider-2']) servers.push(await startProvider(name));
  const served = await listModel(api, keyring, alice, servers[0].health.models[0].hash, 'charts');
  await registerWorkerProvider(api, charlie, servers[0].url, served, UNIT);
  await registerWorkerProvider(api, dave, servers[1].url, served, UNIT);
  // Eve offers another model at an endpoint nobody listens on: her job misses its deadline.
  const unserved = await listModel(api, keyring, alice, hex32(), 'charts-down');
  await registerWorkerProvider(api, eve, `http://127.0.0.1:${await freePort()}`, unserved, UNIT);

  // Three jobs for the two servers (each from its own account, so that they go at once), then one for Eve.
  const best = () => api.rpc.chain.getHeader().then((h) => h.number.toNumber());
  const job = async (model, text, redundancy, signer) => (await submitJob(api,
    api.tx.jobs.submitJob(model, { Inline: text }, UNIT, redundancy, (await best()) + 10), signer)).jobId;
  const settling = await Promise.all([['one', alice], ['two', bob], ['three', ferdie]].map(([text, who]) => job(served, text, 2, who)));
  const failing = await job(unserved, 'four', 1, ferdie);
  assert.deepEqual(await Promise.all(settling.map((id) => finished(api, id))), ['Settled', 'Settled', 'Settled']);
  assert.equal(await finished(api, failing), 'Failed');

  // The app opens on another tab; the overview's charts are watched from the moment they appear.
  await env.open('models');
  await env.page.evaluate(() => {
    const seen = [];
    window.chartsSeen = seen;
    const note = () => {
      const el = document.querySelector('[data-testid="overview-charts"]');
      if (!el) return;
      const state = { backfill: el.dataset.backfill, charts: el.querySelectorAll('figure.chart').length };
      const last = seen.at(-1);
      if (!last || last.backfill !== state.backfill || last.charts !== state.charts) seen.push(state);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-backfill'] });
  });
  await env.ui.openTab('overview');
  await env.page.locator('[data-testid="overview-charts"][data-backfill="done"]').waitFor({ timeout: 60_000 });
  const seen = await env.page.evaluate(() => window.chartsSeen);
  assert.equal(seen[0].backfill, 'pending', `the view shows before the back-fill ends: ${JSON.stringify(seen)}`);
  assert.ok(seen.some((s) => s.backfill === 'pending' && s.charts === 5), `five charts painted while back-filling: ${JSON.stringify(seen)}`);

  const charts = await readCharts(env.page);
  assert.deepEqual(Object.keys(charts).sort(), ['chart-escrow', 'chart-jobs', 'chart-latency', 'chart-stake', 'chart-validators']);
  for (const [id, c] of Object.entries(charts)) assert.ok(c.canvas && c.empty === null, `${id} is drawn: ${JSON.stringify(c)}`);

  // The block charts cover the last 100 blocks (fewer on a young chain), every one of them.
  const blocks = charts['chart-escrow'].x;
  const last = blocks.at(-1);
  assert.deepEqual(blocks, Array.from({ length: Math.min(100, last) }, (_, i) => last - Math.min(100, last) + 1 + i));
  for (const id of ['chart-jobs', 'chart-validators']) assert.deepEqual(charts[id].x, blocks, id);
  assert.equal(charts['chart-escrow'].points, blocks.length);
  const chain = await chainSamples(api, blocks);

  // Escrow: each block's jobs.totalEscrow; it held the jobs' escrow for a while and is back to 0.
  const escrow = charts['chart-escrow'].values.escrow;
  assert.deepEqual(escrow, chain.map((s) => toInfr(s.escrow)));
  assert.ok(Math.max(...escrow) > 0, 'escrow was held while the jobs ran');
  assert.equal(escrow.at(-1), toInfr((await api.query.jobs.totalEscrow.at(await api.rpc.chain.getBlockHash(last))).toBigInt()));

  // Jobs per block, as the events of the same blocks count them: the 4 submitted, 3 settled, 1 failed.
  const jobs = charts['chart-jobs'].values;
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  for (const kind of ['submitted', 'settled', 'failed']) assert.deepEqual(jobs[kind], chain.map((s) => s[kind].length), kind);
  assert.deepEqual([sum(jobs.submitted), sum(jobs.settled), sum(jobs.failed)], [4, 3, 1]);

  // Latency: blocks from JobSubmitted to JobSettled of each settled job, one bar per block count.
  const submittedAt = new Map(chain.flatMap((s) => s.submitted.map((id) => [id, s.number])));
  const latencies = chain.flatMap((s) => s.settled.map((id) => s.number - submittedAt.get(id)));
  assert.equal(latencies.length, 3);
  const latency = charts['chart-latency'];
  const least = Math.min(...latencies);
  assert.deepEqual(latency.x, Array.from({ length: Math.max(...latencies) - least + 1 }, (_, i) => least + i));
  assert.deepEqual(latency.values.jobs, latency.x.map((b) => latencies.filter((l) => l === b).length));
  assert.equal(latency.points, latency.x.length);

  // Stake: a bar per provider (by account), its bonded stake; Eve's is less by her slash.
  const providers = (await api.query.compute.providers.entries())
    .map(([key, value]) => [key.args[0].toString(), value.unwrap().bonded.toBigInt()])
    .sort(([a], [b]) => a.localeCompare(b));
  assert.equal(charts['chart-stake'].points, 3);
  assert.deepEqual(charts['chart-stake'].values.bonded, providers.map(([, bonded]) => toInfr(bonded)));
  const bondedOf = new Map(providers);
  assert.ok(bondedOf.get(eve.address) < bondedOf.get(charlie.address), 'Eve was slashed for the missed deadline');

  // Validators: the set's size and the faults reported, block by block.
  assert.deepEqual(charts['chart-validators'].values.validators, chain.map((s) => s.validators));
  assert.deepEqual(charts['chart-validators'].values.faults, chain.map((s) => s.faults));
  assert.ok(chain.every((s) => s.validators > 0));
  await env.ui.shot('overview-charts');

  // Each new block extends the charts, redrawn in the plots already on screen (uPlot's
  // `setData`), not in new ones: the canvases marked now are still there afterwards.
  await env.page.evaluate(() => document.querySelectorAll('figure.chart canvas').forEach((c) => { c.dataset.drawnBefore = 'yes'; }));
  await waitForBlock(api, last + 2);
  await env.page.waitForFunction((n) => JSON.parse(document.querySelector('[data-testid="chart-escrow"]').dataset.x).at(-1) >= n,
    last + 2, { timeout: 30_000 });
  const canvases = await env.page.evaluate(() => [...document.querySelectorAll('figure.chart canvas')].map((c) => c.dataset.drawnBefore ?? 'new'));
  assert.deepEqual(canvases, ['yes', 'yes', 'yes', 'yes', 'yes'], 'the same five plots, given new data');
  const redrawn = await readCharts(env.page);
  assert.ok(redrawn['chart-escrow'].x.at(-1) >= last + 2);
  // The blocks both windows cover have the same values; the new ones are the chain's.
  const escrowAt = (c) => new Map(c.x.map((n, i) => [n, c.values.escrow[i]]));
  const before = escrowAt(charts['chart-escrow']);
  const after = escrowAt(redrawn['chart-escrow']);
  for (const [n, value] of after) if (before.has(n)) assert.equal(value, before.get(n), `block ${n}`);
  const added = [...after.keys()].filter((n) => !before.has(n));
  assert.ok(added.length >= 2, `new blocks drawn: ${added}`);
  assert.deepEqual(added.map((n) => after.get(n)), (await chainSamples(api, added)).map((x) => toInfr(x.escrow)));
  assert.deepEqual(env.ui.pageErrors, [], 'no uncaught errors in the page');
});
