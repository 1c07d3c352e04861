// A form that sends a transaction: its estimated fee while it is filled in, its submit buttons off
// while the transaction is on its way, and a status line that follows it (ready, in block #n,
// finalized, or why it failed). Every view's forms go through `txForm`.
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { App } from './app';
import type { Inclusion } from './chain';
import { formValues, h, infrFee, Line } from './ui';

/** A form's fields by name. */
export type Fields = Record<string, string>;

/** How a form's fields become a transaction. */
export interface TxFormSpec {
  /** The action in words, for the notice: `Register model gpt-x`. */
  what: (v: Fields) => string;
  /** Builds the transaction; throws an error in words for a bad field (`not an amount: "x"`). */
  build: (v: Fields) => SubmittableExtrinsic<'promise'>;
  /** After the transaction succeeded: clear the form, show what it made, redraw. */
  done?: (included: Inclusion, v: Fields) => void | Promise<void>;
}

/** Milliseconds without an edit before the fee is estimated. */
const FEE_DEBOUNCE_MS = 300;

/**
 * Makes `form` send `spec`'s transaction from the chosen account. It gets two lines, named by
 * its `data-testid` (`id`): `tx-fee-<id>` with the estimated fee of what it holds now, kept up
 * to date as it is edited, and `tx-status-<id>` with its last transaction's progress. Returns `form`.
 */
export function txForm(app: App, form: HTMLFormElement, spec: TxFormSpec): HTMLFormElement {
  const id = form.dataset.testid ?? 'form';
  const fee = h('p', { class: 'tx-fee', 'data-testid': `tx-fee-${id}` });
  const status = h('p', { class: 'tx-status', 'data-testid': `tx-status-${id}`, role: 'status' });
  const line = new Line((text, kind) => { status.textContent = text; status.className = `tx-status ${kind}`; });
  const button = form.querySelector('button[type=submit]');
  if (button) button.before(fee); else form.append(fee);
  form.append(status);
  followFee(app, form, spec.build, fee);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    // What follows a success (a redraw) may fail on a lost connection: told, not thrown.
    submit(app, form, spec, line).catch((err: Error) => app.notice.say(`Could not read the chain: ${err.message}`, 'error'));
  });
  return form;
}

/**
 * Sends the form's transaction once: its buttons are disabled at once (before anything is
 * awaited, so a double click's second click finds them off) and enabled again at its outcome.
 */
async function submit(app: App, form: HTMLFormElement, spec: TxFormSpec, line: Line): Promise<void> {
  if (form.getAttribute('aria-busy') === 'true') return;
  const v = formValues(form);
  setBusy(form, true);
  try {
    const included = await app.run(spec.what(v), () => spec.build(v), line);
    if (included) await spec.done?.(included, v);
  } finally {
    setBusy(form, false);
  }
}

/** Disables (or enables) the form's buttons; its fields stay (disabled fields would not be read). */
function setBusy(form: HTMLFormElement, busy: boolean): void {
  form.setAttribute('aria-busy', String(busy));
  for (const button of form.querySelectorAll('button')) button.disabled = busy;
}

/** Keeps `el` telling the fee of what `build` makes of the form, estimated anew after each edit. */
function followFee(app: App, form: HTMLFormElement, build: TxFormSpec['build'], el: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const schedule = () => {
    clearTimeout(timer);
    const mine = ++latest;
    // An older estimate that comes back late is dropped.
    timer = setTimeout(() => void feeWords(app, form, build).then((text) => { if (mine === latest) el.textContent = text; }), FEE_DEBOUNCE_MS);
  };
  for (const type of ['input', 'change']) form.addEventListener(type, schedule);
  // A reset empties the form: its last estimate no longer holds.
  form.addEventListener('reset', () => { el.textContent = ''; schedule(); });
  schedule();
}

/** `estimated fee: 0.0002134 INFR`, or why there is none yet (a field to fill in, a bad value, the node's error). */
async function feeWords(app: App, form: HTMLFormElement, build: TxFormSpec['build']): Promise<string> {
  const invalid = form.querySelector<HTMLInputElement>(':invalid');
  if (invalid) {
    const label = invalid.closest('label')?.querySelector('span')?.textContent ?? invalid.name;
    return `estimated fee: once the form is complete (${label}: ${invalid.validationMessage})`;
  }
  try {
    return `estimated fee: ${infrFee(await app.estimateFee(build(formValues(form))))}`;
  } catch (err) {
    return `estimated fee: unknown (${(err as Error).message})`;
  }
}

/** The number chosen in a select (`value`), or an error `choose <what>` if it has no options yet. */
export function chosen(value: string | undefined, what: string): number {
  if (!value) throw new Error(`choose ${what}`);
  return Number(value);
}
