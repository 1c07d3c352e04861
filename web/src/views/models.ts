// Models: the registry with listing status and votes in progress; registering a model.
import { enumVariants, loadModels, loadMotions } from '../data';
import { txForm, type Fields } from '../tx-form';
import { field, h, infr, input, parseInfr, select, table } from '../ui';
import { replace, type View } from './view';

/** The agreement rule as the call takes it: CosineInt8 with its least cosine in Perbill (parts per billion). */
function agreement(v: Fields): string | { CosineInt8: { minCosine: number } } {
  return v.agreement === 'CosineInt8' ? { CosineInt8: { minCosine: Math.round(Number(v.minCosine) * 1e9) } } : v.agreement;
}

export const modelsView: View = {
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
      build: (v) => api.tx.models.registerModel(v.name, v.version, v.hash, v.format, v.task, v.uri,
        { minMemoryMib: Number(v.memory), accelerator: v.accelerator }, parseInfr(v.price), agreement(v),
        Math.round(Number(v.auditPercent) * 1e7)),
      done: () => form.reset(),
    });
    replace(root, h('div', { id: 'models-data' }), form);
  },
  async refresh(app) {
    const [models, motions] = await Promise.all([loadModels(app.api), loadMotions(app.api)]);
    const votes = (id: number) => motions.filter((m) => m.modelId === id)
      .map((m) => `${m.call.split('.')[1]} #${m.index}: ${m.ayes.length} aye / ${m.nays.length} nay of ${m.threshold}`).join('; ');
    const rows = models.map((m) => [m.id, m.name, m.version, app.label(m.owner), h('code', { title: m.hash }, `${m.hash.slice(0, 10)}…`),
      m.task, m.agreement, `${m.auditPercent} %`, infr(m.price), h('span', { class: `status ${m.status.toLowerCase()}`, 'data-testid': `model-status-${m.id}` }, m.status), votes(m.id) || '—']);
    const el = document.getElementById('models-data');
    if (!el) return;
    replace(el, h('h2', {}, `Models (${models.length})`),
      models.length ? table(['id', 'name', 'version', 'owner', 'weights hash', 'task', 'agreement', 'audits', 'price / job', 'status', 'votes in progress'], rows,
        (i) => ({ 'data-testid': `model-row-${models[i].id}` })) : h('p', {}, 'No models registered yet.'));
  },
};
