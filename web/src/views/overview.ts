// Overview: escrow held by open jobs, counts, recent provider slashes and validator faults.
import { loadJobs, loadModels, loadProviders } from '../data';
import { h, infr, table } from '../ui';
import { replace, type View } from './view';

export const overviewView: View = {
  id: 'overview',
  title: 'Overview',
  mount(_app, root) {
    replace(root, h('div', { id: 'overview-data' }));
  },
  async refresh(app) {
    const { api } = app;
    const [escrow, models, providers, jobs] = await Promise.all([
      api.query.jobs.totalEscrow(), loadModels(api), loadProviders(api), loadJobs(api)]);
    const slashes = app.eventsOf('compute', 'ProviderSlashed');
    const penalties = app.eventsOf('jobs', 'ProviderPenalized');
    const validatorSlashes = app.eventsOf('validators', 'Slashed', 'SlashReported', 'SlashCancelled');
    const count = (xs: { status: string }[], s: string) => xs.filter((x) => x.status === s).length;
    const el = document.getElementById('overview-data');
    if (!el) return;
    replace(el,
      h('div', { class: 'stats' },
        h('div', { class: 'stat' }, h('span', {}, 'Escrow held by open jobs'), h('strong', { 'data-testid': 'escrow-total' }, infr(BigInt(escrow.toString())))),
        h('div', { class: 'stat' }, h('span', {}, 'Listed models'), h('strong', {}, `${count(models, 'Listed')} of ${models.length}`)),
        h('div', { class: 'stat' }, h('span', {}, 'Online providers'), h('strong', {}, `${count(providers, 'Online')} of ${providers.length}`)),
        h('div', { class: 'stat' }, h('span', {}, 'Jobs settled / failed / open'),
          h('strong', {}, `${count(jobs, 'Settled')} / ${count(jobs, 'Failed')} / ${jobs.filter((j) => !['Settled', 'Failed', 'Cancelled'].includes(j.status)).length}`))),
      h('h2', {}, 'Recent slashes'),
      slashes.length ? table(['block', 'provider', 'amount', 'reason'], slashes.map((s) => {
        const penalty = penalties.find((p) => p.block === s.block && p.data.provider === s.data.provider);
        return [s.block, app.label(String(s.data.provider)), infr(BigInt(s.data.amount as string)), penalty ? `${String(penalty.data.reason)} (job #${String(penalty.data.jobId)})` : '—'];
      })) : h('p', {}, 'No slashes in the blocks seen so far.'),
      h('h2', {}, 'Validator faults'),
      validatorSlashes.length ? table(['block', 'validator', 'event', 'offence', 'amount'], validatorSlashes.map((s) => [
        s.block, app.label(String(s.data.validator)), s.method, String(s.data.offence), infr(BigInt(s.data.amount as string)),
      ])) : h('p', {}, 'No validator faults in the blocks seen so far.'));
  },
};
