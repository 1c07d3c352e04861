// Providers: registered hardware with stake, reputation and offers; registering and bonding.
import { enumVariants, loadModels, loadProviders } from '../data';
import { chosen, txForm } from '../tx-form';
import { field, h, infr, input, parseInfr, select, setOptions, table } from '../ui';
import { replace, type View } from './view';

export const providersView: View = {
  id: 'providers',
  title: 'Providers',
  mount(app, root) {
    const { api } = app;
    const accelerators = enumVariants(api, 'compute', 'registerProvider', 'hardware', 'accelerator').map((v) => [v, v] as [string, string]);
    const register = h('form', { class: 'card', 'data-testid': 'register-provider' },
      h('h3', {}, 'Register as a provider'),
      field('Endpoint (http(s)://host:port)', input('endpoint', 'http://127.0.0.1:8700', { required: true, size: 40 })),
      field('Accelerator', select('accelerator', accelerators)),
      field('Accelerators', input('count', '0', { type: 'number', min: 0 })),
      field('Memory (MiB)', input('memory', '4096', { type: 'number', min: 0 })),
      field('Region', input('region', 'eu', { maxlength: 32 })),
      field('Stake (INFR)', input('stake', '1000', { required: true })),
      h('button', { type: 'submit' }, 'Register and bond'));
    txForm(app, register, {
      what: () => 'Register provider',
      build: (v) => api.tx.compute.registerProvider(v.endpoint,
        { accelerator: v.accelerator, acceleratorCount: Number(v.count), memoryMib: Number(v.memory), region: v.region }, parseInfr(v.stake)),
    });
    const offer = h('form', { class: 'card', 'data-testid': 'offer-model' },
      h('h3', {}, 'Serve a listed model'),
      field('Model', select('model', [])),
      field('Price per job (INFR)', input('price', '1', { required: true })),
      h('button', { type: 'submit' }, 'Set price'));
    txForm(app, offer, {
      what: (v) => `Offer model ${v.model ?? ''}`,
      build: (v) => api.tx.compute.setModelPrice(chosen(v.model, 'a listed model'), parseInfr(v.price)),
    });
    const bond = h('form', { class: 'card', 'data-testid': 'bond-extra' },
      h('h3', {}, 'Bond more stake'),
      field('Amount (INFR)', input('amount', '100', { required: true })),
      h('button', { type: 'submit' }, 'Bond'));
    txForm(app, bond, { what: () => 'Bond extra', build: (v) => api.tx.compute.bondExtra(parseInfr(v.amount)) });
    replace(root, h('div', { id: 'providers-data' }), h('div', { class: 'cards' }, register, offer, bond));
  },
  async refresh(app) {
    const [providers, models] = await Promise.all([loadProviders(app.api), loadModels(app.api)]);
    const modelSelect = document.querySelector<HTMLSelectElement>('[data-testid="offer-model"] select[name="model"]');
    const listed = models.filter((m) => m.status === 'Listed');
    setOptions(modelSelect, listed.map((m) => [`${m.id}`, `${m.id}: ${m.name} ${m.version}`]));
    const rows = providers.map((p) => [app.label(p.account), h('code', {}, p.endpoint), p.hardware, infr(p.bonded),
      p.unlocking ? infr(p.unlocking) : '—', h('span', { class: `status ${p.status.toLowerCase()}` }, p.status),
      `${p.completed} done / ${p.failed} failed`, p.activeJobs,
      p.models.map((o) => `#${o.modelId} @ ${infr(o.price)}`).join(', ') || '—']);
    const el = document.getElementById('providers-data');
    if (!el) return;
    replace(el, h('h2', {}, `Providers (${providers.length})`),
      providers.length ? table(['account', 'endpoint', 'hardware', 'bonded', 'unbonding', 'status', 'reputation', 'active jobs', 'models'], rows,
        (i) => ({ 'data-testid': `provider-row-${providers[i].account}` })) : h('p', {}, 'No providers registered yet.'));
  },
};
