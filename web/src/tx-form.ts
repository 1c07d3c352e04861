// A form or a button that sends a transaction: off (disabled) from the click to the outcome, with
// a status line that follows it (ready, in block #n, finalized, or why it failed); a form also
// shows its estimated fee while it is filled in (estimated anew when the chain's fee multiplier
// changes). Every view's forms go through `txForm`, every button in a table through `txButton`.
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { App } from './app';
import type { Inclusion } from './chain';
import { formValues, h, infrFee, Line, type Kind } from './ui';

/** A transaction as `App.run` sends it. */
type Tx = SubmittableExtrinsic<'promise'>;

/** A form's fields by name. */
export type Fields = Record<string, string>;

/** How a form's fields become a transaction. */
export interface TxFormSpec {
  /** The action in words, for the notice: `Register model gpt-x`. */
  what: (v: Fields) => string;
  /** Builds the transaction; throws an error in words for a bad field (`not an amount: "x"`). */
  build: (v: Fields) => Tx;
  /** After the transaction succeeded: clear the form, show what it made, redraw. */
  done?: (included: Inclusion, v: Fields) => void | Promise<void>;
}

/** Milliseconds without an edit before the fee is estimated. */
const FEE_DEBOUNCE_MS = 300;

/** Where one sender (a form, a button) is off while its transaction is on its way. */
interface Busy {
  isBusy(): boolean;
  setBusy(busy: boolean): void;
}

/** A status line `tx-status-<id>` (classes `tx-status <kind>`), initially `text`. */
function statusLine(id: string, text = '', kind?: Kind): HTMLElement {
  return h('p', { class: `tx-status${kind ? ` ${kind}` : ''}`, 'data-testid': `tx-status-${id}`, role: 'status' }, text);
}

/** Shows `text` in `el`, a status line, the way `kind` reads. */
function showStatus(el: HTMLElement, text: string, kind: Kind): void {
  el.textContent = text;
  el.className = `tx-status ${kind}`;
}

/**
 * Sends `what` once from `sender`: it is off at once (before anything is awaited, so a double
 * click's second click finds it off) and on again at the outcome; `line` follows the
 * transaction, `done` runs after a success. What follows a success (a redraw) may fail on a
 * lost connection: told in the notice, not thrown.
 */
function sendOnce(app: App, sender: Busy, what: string, build: () => Tx, line: Line, done?: (included: Inclusion) => void | Promise<void>): void {
  if (sender.isBusy()) return;
  sender.setBusy(true);
  const sent = async () => {
    try {
      const included = await app.run(what, build, line);
      if (included) await done?.(included);
    } finally {
      sender.setBusy(false);
    }
  };
  sent().catch((err: Error) => app.notice.say(`Could not read the chain: ${err.message}`, 'error'));
}

/**
 * Makes `form` send `spec`'s transaction from the chosen account. It gets two lines, named by
 * its `data-testid` (`id`): `tx-fee-<id>` with the estimated fee of what it holds now, kept up
 * to date as it is edited (and when the fee multiplier changes), and `tx-status-<id>` with its
 * last transaction's progress. Its buttons are off while the transaction is on its way.
 * Returns `form`.
 */
export function txForm(app: App, form: HTMLFormElement, spec: TxFormSpec): HTMLFormElement {
  const id = form.dataset.testid ?? 'form';
  const fee = h('p', { class: 'tx-fee', 'data-testid': `tx-fee-${id}` });
  const status = statusLine(id);
  const line = new Line((text, kind) => showStatus(status, text, kind));
  const button = form.querySelector('button[type=submit]');
  if (button) button.before(fee); else form.append(fee);
  form.append(status);
  followFee(app, form, spec.build, fee);
  const busy: Busy = {
    isBusy: () => form.getAttribute('aria-busy') === 'true',
    // Its fields stay on (disabled fields would not be read).
    setBusy: (on) => {
      form.setAttribute('aria-busy', String(on));
      for (const b of form.querySelectorAll('button')) b.disabled = on;
    },
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = formValues(form);
    sendOnce(app, busy, spec.what(v), () => spec.build(v), line, spec.done && ((included) => spec.done?.(included, v)));
  });
  return form;
}

/** A button that sends a transaction (in a table row, or beside a record). */
export interface TxButtonSpec {
  /** The button's text: `Cancel`. */
  label: string;
  /** The action in words, for the notice: `Cancel job 4`. */
  what: string;
  /** Builds the transaction. */
  build: () => Tx;
  /** Names the button (`data-testid`) and its status line (`tx-status-<testid>`); one action, one name. */
  testid: string;
  /** After the transaction succeeded: redraw. */
  done?: (included: Inclusion) => void | Promise<void>;
  /** Whether the action makes sense now (default true); when not, only its last status line is shown (if any). */
  offered?: boolean;
  /** Why the button cannot be used by this account (`choose a council member`): shown off, with this as its title. */
  unavailable?: string;
}

/** What a button's transaction is doing; kept across the view's redraws (each block redraws its table). */
interface ButtonState extends Busy {
  line: Line;
  text: string;
  kind: Kind;
  /** The button and status line drawn last (the ones in the page). */
  button: HTMLButtonElement | null;
  /** Whether the button drawn last is off for this account whatever its transaction does (`unavailable`). */
  unavailable: boolean;
  status: HTMLElement | null;
}

/** Each app's buttons' states, by the sending account and testid. */
const buttonStates = new WeakMap<App, Map<string, ButtonState>>();

/** The state of the button `testid` of `app` for the chosen account (its transactions), created on first use. */
function buttonState(app: App, testid: string): ButtonState {
  let states = buttonStates.get(app);
  if (!states) buttonStates.set(app, (states = new Map()));
  const key = `${app.account.address} ${testid}`;
  let state = states.get(key);
  if (!state) {
    let busy = false;
    const created: ButtonState = {
      text: '', kind: 'ok', button: null, status: null, unavailable: false,
      line: new Line((text, kind) => {
        created.text = text;
        created.kind = kind;
        if (created.status) showStatus(created.status, text, kind);
      }),
      isBusy: () => busy,
      setBusy: (on) => {
        busy = on;
        if (created.button) created.button.disabled = on || created.unavailable;
      },
    };
    states.set(key, (state = created));
  }
  return state;
}

/**
 * A button that sends `spec`'s transaction from the chosen account, with the guarantees of a
 * form's: off from the click to the outcome, and a status line `tx-status-<testid>` that follows
 * the transaction (in words the chain's refusal). Both outlive the view's redraws: a button drawn
 * anew while its transaction is on its way is drawn off, with the status so far. Returns the
 * button with its status line, only the status line when the action is not `offered` now (a
 * cancelled job's row keeps saying how its cancellation went), or null if there is nothing to show.
 */
export function txButton(app: App, spec: TxButtonSpec): HTMLElement | null {
  const state = buttonState(app, spec.testid);
  const status = statusLine(spec.testid, state.text, state.text ? state.kind : undefined);
  state.status = status;
  if (spec.offered === false) {
    state.button = null;
    return state.text ? status : null;
  }
  state.unavailable = spec.unavailable !== undefined;
  const button = h('button', {
    type: 'button', 'data-testid': spec.testid, title: spec.unavailable, disabled: state.isBusy() || state.unavailable,
    onclick: () => sendOnce(app, state, spec.what, spec.build, state.line, spec.done),
  }, spec.label);
  state.button = button;
  return h('span', { class: 'tx-button' }, button, status);
}

/** Keeps `el` telling the fee of what `build` makes of the form, estimated anew after each edit and each change of the fee multiplier. */
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
  // The same transaction costs more or less once the chain's fee multiplier changed.
  app.onFeeMultiplierChange(form, schedule);
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
