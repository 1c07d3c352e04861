// Overview: escrow held by open jobs, counts, charts of the last blocks (escrow, jobs, latency,
// stake, validators), recent provider slashes and validator faults. The charts' history is read
// in the background (history.ts): the view paints at once and redraws when it has been read.
import type { App } from '../app';
import { drawCharts, PALETTE, type ChartSpec } from '../charts';
import { loadJobs, loadModels } from '../data';
import { follow, HISTORY_BLOCKS, historyOf, loadProviderStakes, settlementLatencies, windowOf, type BlockSample, type ChainHistory, type ProviderStake } from '../history';
import { h, infr, table, UNIT } from '../ui';
import { replace, type View } from './view';

export const overviewView: View = {
  id: 'overview',
  title: 'Overview',
  mount(_app, root) {
    replace(root,
      h('div', { id: 'overview-data' }),
      h('div', { id: 'overview-charts', class: 'charts', 'data-testid': 'overview-charts', 'data-backfill': 'pending' }),
      h('div', { id: 'overview-faults' }));
  },
  async refresh(app) {
    const { api } = app;
    const history = historyOf(api);
    const [escrow, models, stakes, jobs] = await Promise.all([
      api.call.jobsApi.escrowTotal(), loadModels(api), loadProviderStakes(api), loadJobs(api)]);
    const count = (xs: { status: string }[], s: string) => xs.filter((x) => x.status === s).length;
    const data = document.getElementById('overview-data');
    const faults = document.getElementById('overview-faults');
    if (!data || !faults) return;
    replace(data,
      h('div', { class: 'stats' },
        h('div', { class: 'stat' }, h('span', {}, 'Escrow held by open jobs'), h('strong', { 'data-testid': 'escrow-total' }, infr(escrow.toBigInt()))),
        h('div', { class: 'stat' }, h('span', {}, 'Listed models'), h('strong', {}, `${count(models, 'Listed')} of ${models.length}`)),
        h('div', { class: 'stat' }, h('span', {}, 'Online providers'), h('strong', {}, `${count(stakes, 'Online')} of ${stakes.length}`)),
        h('div', { class: 'stat' }, h('span', {}, 'Jobs settled / failed / open'),
          h('strong', {}, `${count(jobs, 'Settled')} / ${count(jobs, 'Failed')} / ${jobs.filter((j) => !['Settled', 'Failed', 'Cancelled'].includes(j.status)).length}`))));
    replace(faults, ...faultTables(app));
    const redraw = () => drawHistory(app, history, stakes);
    redraw();
    follow(api, history, app.best, redraw);
  },
};

/** Draws the charts of the window ending at the app's best block (if the view is on screen). */
function drawHistory(app: App, history: ChainHistory, stakes: ProviderStake[]): void {
  const container = document.getElementById('overview-charts');
  if (!container) return;
  container.dataset.backfill = history.backfilled ? 'done' : 'pending';
  const samples = windowOf(history, app.best);
  const unread = history.backfilled ? null : `reading the last ${HISTORY_BLOCKS} blocks…`;
  drawCharts(container, [
    escrowChart(samples, unread),
    jobsChart(samples, unread),
    latencyChart(samples, unread),
    stakeChart(stakes, (account) => app.label(account)),
    validatorsChart(samples, unread),
  ]);
}

/** Planck to INFR, as a number to plot. */
const toInfr = (planck: bigint): number => Number(planck) / Number(UNIT);
/** `unread` while the back-fill runs, else `empty` where `nothing` holds, else null (draw). */
const emptyState = (unread: string | null, nothing: boolean, empty: string): string | null => unread ?? (nothing ? empty : null);

function escrowChart(samples: BlockSample[], unread: string | null): ChartSpec {
  return {
    testId: 'chart-escrow', title: 'Escrow held by open jobs', xLabel: 'block', yLabel: 'INFR',
    x: samples.map((s) => s.number),
    series: [{ label: 'escrow', values: samples.map((s) => toInfr(s.escrow)), color: PALETTE.blue }],
    empty: emptyState(unread, samples.length === 0, 'no blocks read yet'),
  };
}

function jobsChart(samples: BlockSample[], unread: string | null): ChartSpec {
  const nothing = samples.every((s) => s.submitted.length + s.settled.length + s.failed.length === 0);
  return {
    testId: 'chart-jobs', title: 'Jobs submitted / settled / failed per block', xLabel: 'block', yLabel: 'jobs',
    x: samples.map((s) => s.number),
    stacked: true,
    series: [
      { label: 'submitted', values: samples.map((s) => s.submitted.length), color: PALETTE.blue },
      { label: 'settled', values: samples.map((s) => s.settled.length), color: PALETTE.green },
      { label: 'failed', values: samples.map((s) => s.failed.length), color: PALETTE.red },
    ],
    empty: emptyState(unread, nothing, `no jobs in the last ${HISTORY_BLOCKS} blocks`),
  };
}

/** Histogram of the blocks from submission to settlement, one bar per block count from the least to the most. */
function latencyChart(samples: BlockSample[], unread: string | null): ChartSpec {
  const latencies = settlementLatencies(samples);
  const least = Math.min(...latencies);
  const bins = latencies.length ? Array.from({ length: Math.max(...latencies) - least + 1 }, (_, i) => least + i) : [];
  return {
    testId: 'chart-latency', title: 'Job latency: blocks from submission to settlement', xLabel: 'blocks', yLabel: 'jobs',
    x: bins,
    series: [{ label: 'jobs', values: bins.map((b) => latencies.filter((l) => l === b).length), color: PALETTE.green, bars: true }],
    empty: emptyState(unread, latencies.length === 0, `no job both submitted and settled in the last ${HISTORY_BLOCKS} blocks`),
  };
}

function stakeChart(stakes: ProviderStake[], label: (account: string) => string): ChartSpec {
  return {
    testId: 'chart-stake', title: 'Stake bonded per provider', xLabel: 'provider', yLabel: 'INFR',
    x: stakes.map((_, i) => i),
    categories: stakes.map((s) => label(s.account)),
    series: [{ label: 'bonded', values: stakes.map((s) => toInfr(s.bonded)), color: PALETTE.orange, bars: true }],
    empty: stakes.length ? null : 'no providers registered',
  };
}

function validatorsChart(samples: BlockSample[], unread: string | null): ChartSpec {
  return {
    testId: 'chart-validators', title: 'Validator set size and faults reported', xLabel: 'block', yLabel: 'validators',
    x: samples.map((s) => s.number),
    series: [
      { label: 'validators', values: samples.map((s) => s.validators), color: PALETTE.grey },
      { label: 'faults', values: samples.map((s) => s.faults), color: PALETTE.red, bars: true },
    ],
    empty: emptyState(unread, samples.length === 0, 'no blocks read yet'),
  };
}

/** The tables of recent provider slashes and validator faults (from the events the app has seen). */
function faultTables(app: App): Node[] {
  const slashes = app.eventsOf('compute', 'ProviderSlashed');
  const penalties = app.eventsOf('jobs', 'ProviderPenalized');
  const validatorSlashes = app.eventsOf('validators', 'Slashed', 'SlashReported', 'SlashCancelled');
  return [
    h('h2', {}, 'Recent slashes'),
    slashes.length ? table(['block', 'provider', 'amount', 'reason'], slashes.map((s) => {
      const penalty = penalties.find((p) => p.block === s.block && p.data.provider === s.data.provider);
      return [s.block, app.label(String(s.data.provider)), infr(BigInt(s.data.amount as string)), penalty ? `${String(penalty.data.reason)} (job #${String(penalty.data.jobId)})` : '—'];
    })) : h('p', {}, 'No slashes in the blocks seen so far.'),
    h('h2', {}, 'Validator faults'),
    validatorSlashes.length ? table(['block', 'validator', 'event', 'offence', 'amount'], validatorSlashes.map((s) => [
      s.block, app.label(String(s.data.validator)), s.method, String(s.data.offence), infr(BigInt(s.data.amount as string)),
    ])) : h('p', {}, 'No validator faults in the blocks seen so far.'),
  ];
}
