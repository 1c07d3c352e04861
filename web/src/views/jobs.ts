// Jobs: a quote, submitting an inference job with text input, each job's status timeline, its receipt
// and its result (an embedding for text-embedding models); cancelling a queued job; challenging a
// result in its challenge window (the council decides, in the governance view).
import type { App } from '../app';
import { acceptedOutput, loadJobs, loadModels, type Job } from '../data';
import { chosen, txButton, txForm } from '../tx-form';
import { field, formValues, h, infr, input, parseInfr, printable, select, setOptions, table } from '../ui';
import { replace, type View } from './view';

const STEPS = ['submitted', 'assigned', 'committed', 'revealed', 'settled'] as const;

/** How far a job got: the index of its last reached step in `STEPS`, and how it ended. */
function progress(job: Job): { reached: number; end: string | null } {
  const ended = ['Settled', 'Failed', 'Cancelled'].includes(job.status) ? job.status : null;
  if (job.status === 'Settled') return { reached: 4, end: 'Settled' };
  if (job.assignments.length === 0) return { reached: 0, end: ended };
  if (job.assignments.some((a) => a.revealed)) return { reached: 3, end: ended };
  if (job.assignments.every((a) => a.committed)) return { reached: 2, end: ended };
  return { reached: 1, end: ended };
}

function timeline(job: Job): HTMLElement {
  const { reached, end } = progress(job);
  return h('ol', { class: 'timeline', 'data-testid': `timeline-${job.id}` }, ...STEPS.map((step, i) => {
    const last = i === STEPS.length - 1;
    const label = last && end && end !== 'Settled' ? end.toLowerCase() : step;
    const state = i <= reached ? 'done' : last && end ? 'failed' : 'todo';
    return h('li', { class: state }, label);
  }));
}

/** An output in words: text as text, otherwise an int8 embedding (the reference server's form). */
function describeOutput(bytes: Uint8Array): HTMLElement {
  const text = printable(bytes);
  if (text !== null) return h('code', { 'data-testid': 'job-output' }, text);
  const values = Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
  const norm = Math.sqrt(values.reduce((s, x) => s + x * x, 0)) / 127;
  return h('div', { 'data-testid': 'job-output' },
    h('strong', {}, `${values.length}-dimensional embedding`), ` (int8, norm ≈ ${norm.toFixed(2)}): `,
    h('code', {}, `[${values.slice(0, 12).join(', ')}, …]`));
}

/**
 * Whether the chosen account may challenge `job` in the next block: its result (or, for a split,
 * its own revealed output: an appeal) is in the challenge window.
 */
function challengeable(job: Job, app: App): boolean {
  if (job.challengeableUntil === null || app.best + 1 > job.challengeableUntil) return false;
  return job.result !== null || job.assignments.some((a) => a.provider === app.account.address && a.revealed !== null);
}

/** The job's challenge: the button in its window, or where the dispute stands. */
function challengeSection(job: Job, app: App, done: () => Promise<void>): HTMLElement | null {
  const { api } = app;
  const bond = BigInt(api.consts.jobs.challengeBond.toString());
  const button = txButton(app, {
    testid: `challenge-${job.id}`, label: `Challenge the result (holds a bond of ${infr(bond)})`, what: `Challenge job ${job.id}`,
    offered: challengeable(job, app), build: () => api.tx.jobs.challenge(job.id), done,
  });
  const words = job.dispute
    ? `Challenged by ${app.label(job.dispute.challenger)} (bond ${infr(job.dispute.bond)}): the council decides by block ${job.dispute.until} (governance view).`
    : job.challengeableUntil !== null ? `The result can be challenged until block ${job.challengeableUntil}.` : null;
  if (!words && !button) return null;
  return h('div', { 'data-testid': 'job-challenge' }, words ? h('p', {}, words) : '', button);
}

export const jobsView: View & { selected: number | null; updateQuote: () => Promise<void> } = {
  id: 'jobs',
  title: 'Jobs',
  selected: null,
  updateQuote: async () => {},
  mount(app, root) {
    const { api } = app;
    const form = h('form', { class: 'card', 'data-testid': 'submit-job' },
      h('h3', {}, 'Submit a job'),
      field('Model', select('model', [])),
      field('Input text', h('textarea', { name: 'text', rows: 3, cols: 50, required: true, maxlength: 4096 })),
      field('Max price per provider (INFR)', input('price', '1', { required: true })),
      field('Redundancy (providers)', input('redundancy', '1', { type: 'number', min: 1, max: 5 })),
      field('Blocks to commit', input('window', '20', { type: 'number', min: 5 })),
      h('p', { class: 'quote', 'data-testid': 'quote' }),
      h('button', { type: 'submit' }, 'Submit (escrows price × redundancy + fee; holds a storage deposit until the job is pruned)'));
    // The quote: the lowest max price at which enough providers qualify now, and the escrow.
    const updateQuote = async () => {
      const v = formValues(form);
      const quoteEl = form.querySelector<HTMLElement>('[data-testid="quote"]');
      if (!quoteEl || v.model === undefined || v.model === '') return;
      const quote = await api.call.jobsApi.quote(Number(v.model), Number(v.redundancy));
      quoteEl.textContent = quote.isSome
        ? `Quote: max price ${infr(quote.unwrap().maxPrice.toBigInt())} per provider, escrow ${infr(quote.unwrap().escrow.toBigInt())} (fee ${infr(quote.unwrap().fee.toBigInt())}).`
        : `Not enough online providers serve this model for redundancy ${v.redundancy}: the job would wait in the queue.`;
    };
    form.addEventListener('change', () => void updateQuote().catch(() => {}));
    this.updateQuote = updateQuote;
    txForm(app, form, {
      what: () => 'Submit job',
      build: (v) => api.tx.jobs.submitJob(chosen(v.model, 'a listed model'), { Inline: v.text }, parseInfr(v.price), Number(v.redundancy), app.best + Number(v.window)),
      done: async (included) => {
        const submitted = included.events.find(({ event }) => event.section === 'jobs' && event.method === 'JobSubmitted');
        if (!submitted) return;
        this.selected = Number(submitted.event.data[0].toString());
        await this.refresh(app);
      },
    });
    replace(root, h('div', { class: 'cards' }, form, h('div', { id: 'job-detail', class: 'card' })), h('div', { id: 'jobs-data' }));
  },
  async refresh(app) {
    const { api } = app;
    const [jobs, models] = await Promise.all([loadJobs(api), loadModels(api)]);
    const modelSelect = document.querySelector<HTMLSelectElement>('[data-testid="submit-job"] select[name="model"]');
    const listed = models.filter((m) => m.status === 'Listed');
    setOptions(modelSelect, listed.map((m) => [`${m.id}`, `${m.id}: ${m.name} ${m.version} (${m.task})`]));
    await this.updateQuote().catch(() => {});
    const me = app.account.address;
    const redraw = () => this.refresh(app);
    const rows = jobs.map((j) => [
      h('a', { href: '#', 'data-testid': `job-link-${j.id}`, onclick: (ev: Event) => { ev.preventDefault(); this.selected = j.id; void this.refresh(app); } }, `#${j.id}`),
      app.label(j.submitter), `${j.modelId}`, j.input.length > 40 ? `${j.input.slice(0, 40)}…` : j.input,
      h('span', { class: `status ${j.status.toLowerCase()}`, 'data-testid': `job-status-${j.id}` }, j.status + (j.statusDetail ? ` ${j.statusDetail}` : '')),
      timeline(j),
      txButton(app, { testid: `cancel-${j.id}`, label: 'Cancel', what: `Cancel job ${j.id}`, offered: j.status === 'Queued' && j.submitter === me,
        build: () => api.tx.jobs.cancelJob(j.id), done: redraw }),
    ]);
    const list = document.getElementById('jobs-data');
    if (list) {
      replace(list, h('h2', {}, `Jobs (${jobs.length})`),
        jobs.length ? table(['job', 'submitter', 'model', 'input', 'status', 'progress', ''], rows) : h('p', {}, 'No jobs yet.'));
    }
    const detail = document.getElementById('job-detail');
    const job = jobs.find((j) => j.id === this.selected);
    if (!detail) return;
    if (!job) { replace(detail, h('h3', {}, 'Job'), h('p', {}, 'Submit a job or pick one from the list.')); return; }
    const receipt = app.eventsOf('jobs', 'JobSettled', 'JobFailed', 'JobCancelled').find((e) => Number(e.data.jobId) === job.id);
    const output = job.status === 'Settled' ? await acceptedOutput(api, job) : null;
    replace(detail, h('h3', {}, `Job #${job.id}`), timeline(job),
      h('p', {}, `Model ${job.modelId}, max ${infr(job.maxPrice)} per provider, redundancy ${job.redundancy}, commit by block ${job.deadline}.`),
      h('p', { 'data-testid': 'job-detail-status' }, `Status: ${job.status}${job.statusDetail ? ` ${job.statusDetail}` : ''}`),
      job.assignments.length ? table(['provider', 'price', 'committed', 'revealed'], job.assignments.map((a) =>
        [app.label(a.provider), infr(a.price), a.committed ? 'yes' : 'no', a.revealed ? h('code', {}, `${a.revealed.slice(0, 10)}…`) : 'no'])) : '',
      output ? describeOutput(output) : '',
      challengeSection(job, app, redraw),
      receipt ? h('p', { 'data-testid': 'job-receipt' }, receipt.method === 'JobSettled'
        ? `Receipt (block ${receipt.block}): paid ${(receipt.data.payments as [string, string | number][]).map(([who, amount]) => `${app.label(who)} ${infr(BigInt(amount))}`).join(', ')}; fee ${infr(BigInt(receipt.data.fee as string))}; refunded ${infr(BigInt(receipt.data.refund as string))}.`
        : `${receipt.method} in block ${receipt.block}; refunded ${infr(BigInt((receipt.data.refund ?? 0) as string))}.`) : '');
  },
};
