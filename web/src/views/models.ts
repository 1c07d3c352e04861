// Models: the registry with listing status and votes in progress; registering a model; for its
// owner, updating (URI, price), retiring it and, once the retirement delay is over, releasing its deposit.
import type { App } from '../app';
import { enumVariants, loadModels, loadMotions, type Model } from '../data';
import { chosen, txButton, txForm, type Fields } from '../tx-form';
import { field, h, infr, input, parseInfr, select, setOptions, table } from '../ui';
import { replace, type View } from './view';

/** The agreement rule as the call takes it: CosineInt8 with its least cosine in Perbill (parts per billion). */
function agreement(v: Fields): string | { CosineInt8: { minCosine: number } } {
  return v.agreement === 'CosineInt8' ? { CosineInt8: { minCosine: Math.round(Number(v.minCosine) * 1e9) } } : v.agreement;
}

/** Proposed and listed models are active: their owner may update or retire them. */
const ACTIVE = ['Proposed', 'Listed'];

/** The owner's actions on model `m`: retire an active model; release the deposit of a retired one once the chain allows it. */
function ownerActions(app: App, m: Model, done: () => Promise<void>): HTMLElement | null {
  const { api } = app;
  if (m.owner !== app.account.address) return null;
  const releaseAt = m.retiredAt === null ? null : m.retiredAt + Number(api.consts.models.retirementDelay.toString());
  const releasable = m.status === 'Retired' && m.deposit > 0n && releaseAt !== null && app.best + 1 >= releaseAt;
  return h('span', {},
    txButton(app, { testid: `retire-${m.id}`, label: 'Retire', what: `Retire model ${m.id}`, offered: ACTIVE.includes(m.status),
      build: () => api.tx.models.retire(m.id), done }),
    m.status === 'Retired' && m.deposit > 0n && !releasable
      ? h('span', { 'data-testid': `release-at-${m.id}` }, `deposit ${infr(m.deposit)} held until block ${releaseAt}`) : '',
    txButton(app, { testid: `release-deposit-${m.id}`, label: `Release deposit (${infr(m.deposit)})`, what: `Release the deposit of model ${m.id}`,
      offered: releasable, build: () => api.tx.models.releaseDeposit(m.id), done }));
}

export const modelsView: View & { ownModels: HTMLSelectElement | null } = {
  ownModels: null,
  id: 'models',
  title: 'Models',
  mount(app, root) {
    const { api } = app;
    const options = (arg: string, sub?: string) =>
      enumVariants(api, 'models', 'registerModel', arg, sub).map((v) => [v, v] as [string, string]);
    const form = h('form', { class: 'card', 'data-testid': 'register-model' },
      h('h3', {}, 'Register a model'),
      field('Name', input('name', '', { required: true, maxlength: 64 })),
      field('Version', input('version', '1.0', { required: true, maxlength: 64 })),
      field('Weights hash (0x + 64 hex)', input('hash', '', { required: true, pattern: '0x[0-9a-fA-F]{64}', size: 70 })),
      field('Format', select('format', options('format'))),
      field('Task', select('task', options('task'))),
      field('Metadata URI', input('uri', '', { maxlength: 256 })),
      field('Minimum memory (MiB)', input('memory', '1024', { type: 'number', min: 0 })),
      field('Accelerator', select('accelerator', options('hardware', 'accelerator'))),
      field('Price per job (INFR)', input('price', '1', { required: true })),
      field('Agreement rule (how providers\' outputs are compared)', select('agreement', options('agreement'))),
      field('Least cosine for CosineInt8 (0.9 to 1)', input('minCosine', '0.99', { type: 'number', min: 0.9, max: 1, step: 0.0001 })),
      field('Audit chance of single-provider jobs (%: 0, or 10 to 100)', input('auditPercent', '0', { type: 'number', min: 0, max: 100, step: 0.1 })),
      h('button', { type: 'submit' }, 'Register (holds the listing deposit)'),
    );
    txForm(app, form, {
      what: (v) => `Register model ${v.name}`,
      build: (v) => api.tx.models.registerModel(v.name, v.version, v.hash,
        api.createType('InferaPrimitivesModelFormat', v.format), api.createType('InferaPrimitivesTaskKind', v.task), v.uri,
        { minMemoryMib: Number(v.memory), accelerator: v.accelerator }, parseInfr(v.price), agreement(v),
        Math.round(Number(v.auditPercent) * 1e7)),
      done: () => form.reset(),
    });
    const update = h('form', { class: 'card', 'data-testid': 'update-model' },
      h('h3', {}, 'Update one of your models'),
      h('p', {}, 'A listed model goes back to Proposed: it needs a new listing decision.'),
      field('Model', select('model', [])),
      field('New metadata URI (empty: keep)', input('uri', '', { maxlength: 256 })),
      field('New price per job (INFR, empty: keep)', input('price', '')),
      h('button', { type: 'submit' }, 'Update'));
    txForm(app, update, {
      what: (v) => `Update model ${v.model ?? ''}`,
      build: (v) => api.tx.models.updateModel(chosen(v.model, 'one of your proposed or listed models'),
        v.uri === '' ? null : v.uri, v.price.trim() === '' ? null : parseInfr(v.price)),
      done: async () => { update.reset(); await this.refresh(app); },
    });
    this.ownModels = update.querySelector('select');
    replace(root, h('div', { id: 'models-data' }), h('div', { class: 'cards' }, form, update));
  },
  async refresh(app) {
    const [models, motions] = await Promise.all([loadModels(app.api), loadMotions(app.api)]);
    const votes = (id: number) => motions.filter((m) => m.modelId === id)
      .map((m) => `${m.call.split('.')[1]} #${m.index}: ${m.ayes.length} aye / ${m.nays.length} nay of ${m.threshold}`).join('; ');
    const redraw = () => this.refresh(app);
    const rows = models.map((m) => [m.id, m.name, m.version, app.label(m.owner), h('code', { title: m.hash }, `${m.hash.slice(0, 10)}…`),
      m.task, m.agreement, `${m.auditPercent} %`, infr(m.price), h('span', { class: `status ${m.status.toLowerCase()}`, 'data-testid': `model-status-${m.id}` }, m.status), votes(m.id) || '—',
      ownerActions(app, m, redraw)]);
    const mine = models.filter((m) => m.owner === app.account.address && ACTIVE.includes(m.status));
    setOptions(this.ownModels, mine.map((m) => [`${m.id}`, `${m.id}: ${m.name} ${m.version} (${infr(m.price)}${m.uri ? `, ${m.uri}` : ''})`]));
    const el = document.getElementById('models-data');
    if (!el) return;
    replace(el, h('h2', {}, `Models (${models.length})`),
      models.length ? table(['id', 'name', 'version', 'owner', 'weights hash', 'task', 'agreement', 'audits', 'price / job', 'status', 'votes in progress', 'owner actions'], rows,
        (i) => ({ 'data-testid': `model-row-${models[i].id}` })) : h('p', {}, 'No models registered yet.'));
  },
};
