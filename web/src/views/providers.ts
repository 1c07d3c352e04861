// Providers: registered hardware with stake, reputation and offers; registering and bonding. For
// the chosen account, its own provider record (stake, unbonding chunks, status, worker key) with
// the actions its state allows: unbond, withdraw, go offline or online, update the endpoint, set
// the worker key, withdraw an offer, deregister; and, for a worker account, accepting a provider's
// proposal.
import type { App } from '../app';
import { enumVariants, loadModels, loadProviders, type Provider } from '../data';
import { chosen, txButton, txForm } from '../tx-form';
import { blocks, field, h, infr, input, parseInfr, select, setOptions, table } from '../ui';
import { replace, type View } from './view';

/** A form card `testid` with a title, fields and a submit button. */
function card(testid: string, title: string, fields: HTMLElement[], button: string): HTMLFormElement {
  return h('form', { class: 'card', 'data-testid': testid }, h('h3', {}, title), ...fields, h('button', { type: 'submit' }, button));
}

/** The provider's unbonding chunks in words: `500 INFR unlocks at block 100824 (in 100800 blocks)` or `… withdrawable now`. */
function unlockingWords(p: Provider, best: number): HTMLElement {
  if (p.unlockingChunks.length === 0) return h('span', { 'data-testid': 'mine-unlocking' }, 'nothing unbonding');
  return h('ul', { 'data-testid': 'mine-unlocking' }, ...p.unlockingChunks.map((c) => h('li', {},
    `${infr(c.amount)} unlocks at block ${c.unlockAt} (${c.unlockAt <= best + 1 ? 'withdrawable now' : `in ${blocks(c.unlockAt - best)}`})`)));
}

/** The chosen account's provider record with the buttons its state allows (`done` redraws). */
function ownRecord(app: App, p: Provider, done: () => Promise<void>): HTMLElement {
  const { api } = app;
  const min = BigInt(api.consts.compute.minProviderStake.toString());
  const leaving = p.status === 'Leaving';
  const button = (testid: string, label: string, what: string, offered: boolean, build: () => ReturnType<typeof api.tx.compute.goOffline>) =>
    txButton(app, { testid, label, what, offered, build, done });
  const due = p.unlockingChunks.some((c) => c.unlockAt <= app.best + 1);
  const worker = p.worker ? app.label(p.worker) : 'none';
  return h('div', { class: 'card', 'data-testid': 'provider-mine' },
    h('h3', {}, `Your provider record (${app.label(p.account)})`),
    table(['', ''], [
      ['status', h('span', { class: `status ${p.status.toLowerCase()}`, 'data-testid': 'mine-status' }, p.status)],
      ['bonded', h('span', { 'data-testid': 'mine-bonded' }, `${infr(p.bonded)} (${infr(p.exposure)} backs open jobs; at least ${infr(min)} to take jobs)`)],
      ['unbonding', unlockingWords(p, app.best)],
      ['endpoint', h('code', { 'data-testid': 'mine-endpoint' }, p.endpoint)],
      ['worker key', h('span', { 'data-testid': 'mine-worker' }, p.pendingWorker ? `${worker}; proposed ${app.label(p.pendingWorker)}, not accepted yet` : worker)],
      ['active jobs', p.activeJobs],
      ['offers', p.models.length ? h('span', {}, ...p.models.map((o) => h('span', {}, `#${o.modelId} @ ${infr(o.price)} `,
        button(`remove-offer-${o.modelId}`, 'Remove', `Remove the offer of model ${o.modelId}`, true, () => api.tx.compute.removeModel(o.modelId))))) : 'none'],
    ]),
    h('p', {},
      button('go-offline', 'Go offline', 'Go offline', p.status === 'Online', () => api.tx.compute.goOffline()),
      button('go-online', 'Go online', 'Go online', ['Offline', 'BelowMinimumStake'].includes(p.status) && p.bonded >= min, () => api.tx.compute.goOnline()),
      button('withdraw-unbonded', 'Withdraw unbonded', 'Withdraw unbonded stake', due, () => api.tx.compute.withdrawUnbonded()),
      button('clear-worker', 'Clear worker key', 'Clear the worker key', !leaving && (p.worker !== null || p.pendingWorker !== null), () => api.tx.compute.setWorker(null)),
      button('deregister', 'Deregister (unbonds all stake)', 'Deregister', !leaving && p.activeJobs === 0, () => api.tx.compute.deregister())),
    leaving ? h('p', {}, 'Leaving: the record goes with the withdrawal of the last unbonding stake.') : '',
    !leaving && p.activeJobs > 0 ? h('p', {}, `Deregistering waits for the ${p.activeJobs} active jobs to end.`) : '');
}

/** Buttons to accept being the worker key of each provider that proposed the chosen account. */
function workerProposals(app: App, providers: Provider[], done: () => Promise<void>): HTMLElement | null {
  const me = app.account.address;
  const proposing = providers.filter((p) => p.pendingWorker === me);
  if (proposing.length === 0) return null;
  return h('div', { class: 'card', 'data-testid': 'worker-proposals' }, h('h3', {}, 'Worker key proposals'),
    h('p', {}, 'Accepting lets this account\'s node commit and reveal results for the provider (and pay their fees).'),
    ...proposing.map((p) => h('p', {}, `${app.label(p.account)} proposes this account as its worker key. `,
      txButton(app, { testid: `accept-worker-${p.account}`, label: 'Accept', what: `Accept being the worker key of ${app.label(p.account)}`,
        build: () => app.api.tx.compute.acceptWorker(p.account), done }))));
}

export const providersView: View & { forms: { register: HTMLFormElement | null; provider: HTMLFormElement[] } } = {
  id: 'providers',
  title: 'Providers',
  forms: { register: null, provider: [] },
  mount(app, root) {
    const { api } = app;
    const done = () => this.refresh(app);
    const accelerators = enumVariants(api, 'compute', 'registerProvider', 'hardware', 'accelerator').map((v) => [v, v] as [string, string]);
    const register = card('register-provider', 'Register as a provider', [
      field('Endpoint (http(s)://host:port)', input('endpoint', 'http://127.0.0.1:8700', { required: true, size: 40 })),
      field('Accelerator', select('accelerator', accelerators)),
      field('Accelerators', input('count', '0', { type: 'number', min: 0 })),
      field('Memory (MiB)', input('memory', '4096', { type: 'number', min: 0 })),
      field('Region', input('region', 'eu', { maxlength: 32 })),
      field('Stake (INFR)', input('stake', '1000', { required: true }))], 'Register and bond');
    txForm(app, register, {
      what: () => 'Register provider', done,
      build: (v) => api.tx.compute.registerProvider(v.endpoint,
        { accelerator: v.accelerator, acceleratorCount: Number(v.count), memoryMib: Number(v.memory), region: v.region }, parseInfr(v.stake)),
    });
    const offer = card('offer-model', 'Serve a listed model',
      [field('Model', select('model', [])), field('Price per job (INFR)', input('price', '1', { required: true }))], 'Set price');
    txForm(app, offer, { what: (v) => `Offer model ${v.model ?? ''}`, done,
      build: (v) => api.tx.compute.setModelPrice(chosen(v.model, 'a listed model'), parseInfr(v.price)) });
    const bond = card('bond-extra', 'Bond more stake', [field('Amount (INFR)', input('amount', '100', { required: true }))], 'Bond');
    txForm(app, bond, { what: () => 'Bond extra', build: (v) => api.tx.compute.bondExtra(parseInfr(v.amount)), done });
    const unbond = card('unbond', 'Unbond stake',
      [h('p', {}, `It stays held (and slashable) for ${blocks(Number(api.consts.compute.unbondingPeriod.toString()))}, then can be withdrawn.`),
        field('Amount (INFR)', input('amount', '', { required: true }))], 'Unbond');
    txForm(app, unbond, { what: (v) => `Unbond ${v.amount} INFR`, build: (v) => api.tx.compute.unbond(parseInfr(v.amount)), done });
    const endpoint = card('update-endpoint', 'Update the endpoint',
      [field('Endpoint (http(s)://host:port)', input('endpoint', '', { required: true, size: 40 }))], 'Update');
    txForm(app, endpoint, { what: () => 'Update endpoint', build: (v) => api.tx.compute.updateEndpoint(v.endpoint), done });
    const worker = card('set-worker', 'Propose a worker key',
      [h('p', {}, 'The key\'s account accepts it (Providers view, as that account) before it acts for you.'),
        field('Worker account (address)', input('worker', '', { required: true, size: 50, list: 'provider-accounts' })),
        h('datalist', { id: 'provider-accounts' }, ...app.accounts.map((a) => h('option', { value: a.address }, a.name)))], 'Propose');
    txForm(app, worker, { what: (v) => `Propose ${app.label(v.worker)} as the worker key`, build: (v) => api.tx.compute.setWorker(v.worker), done });
    this.forms = { register, provider: [offer, bond, unbond, endpoint, worker] };
    replace(root, h('div', { id: 'providers-data' }), h('div', { id: 'provider-mine' }), h('div', { class: 'cards' }, register, ...this.forms.provider));
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
    const mineEl = document.getElementById('provider-mine');
    if (!el || !mineEl) return;
    const mine = providers.find((p) => p.account === app.account.address);
    // Registering is for accounts that are no provider; the other forms for providers that are not leaving.
    if (this.forms.register) this.forms.register.hidden = mine !== undefined;
    for (const form of this.forms.provider) form.hidden = mine === undefined || mine.status === 'Leaving';
    const done = () => this.refresh(app);
    replace(el, h('h2', {}, `Providers (${providers.length})`),
      providers.length ? table(['account', 'endpoint', 'hardware', 'bonded', 'unbonding', 'status', 'reputation', 'active jobs', 'models'], rows,
        (i) => ({ 'data-testid': `provider-row-${providers[i].account}` })) : h('p', {}, 'No providers registered yet.'));
    replace(mineEl, mine ? ownRecord(app, mine, done) : h('p', {}, `${app.label(app.account.address)} is not a provider.`),
      workerProposals(app, providers, done));
  },
};
