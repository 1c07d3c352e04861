// Validators: the current set and the candidates (stake, status, session keys, faults and
// slashes seen in the app's event log), and what the chosen account can do as a validator, as
// its state allows: bond, bond more, set session keys with their ownership proof (generated on
// the connected node, or pasted), leave, withdraw unbonded stake, rejoin after a fault.
import type { ApiPromise } from '@polkadot/api';
import type { AccountId32 } from '@polkadot/types/interfaces';
import { decodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import type { App } from '../app';
import { readAllPages } from '../data';
import { txForm, type TxFormSpec } from '../tx-form';
import { field, h, infr, input, parseInfr, table, UNIT } from '../ui';
import { replace, type View } from './view';

/** Where a validator stands. */
export type ValidatorStatus = 'active' | 'waiting' | 'leaving' | 'unbonding';

/** A validator or candidate as the view shows it. */
export interface ValidatorInfo {
  account: string;
  /** Has a candidate record (bonded or unbonding stake). */
  candidate: boolean;
  bonded: bigint;
  unbonding: bigint;
  /** First session at which the unbonding stake can be withdrawn. */
  unbondingUntil: number;
  /** Considered for the set (leaving and faults clear it). */
  activeCandidacy: boolean;
  missedSessions: number;
  /** In the current session's set. */
  inSet: boolean;
  /** In the set planned for the next session. */
  planned: boolean;
  /** Has session keys (`session.nextKeys`). */
  keys: boolean;
}

/** The pallet's rules, from the runtime's constants. */
interface Rules {
  minStake: bigint;
  maxValidators: number;
  bondingDuration: number;
  slashDeferDuration: number;
  maxMissedSessions: number;
}

/** Everything the view draws, read at one refresh. */
interface ValidatorsState {
  session: number;
  rules: Rules;
  validators: ValidatorInfo[];
}

function rules(api: ApiPromise): Rules {
  const c = api.consts.validators;
  return {
    minStake: c.minValidatorStake.toBigInt(),
    maxValidators: c.maxValidators.toNumber(),
    bondingDuration: c.bondingDuration.toNumber(),
    slashDeferDuration: c.slashDeferDuration.toNumber(),
    maxMissedSessions: c.maxMissedSessions.toNumber(),
  };
}

/**
 * The current and planned sets and every candidate record (`validatorsApi`), and who has session
 * keys (`session.nextKeys`: the SDK's session pallet, read from storage).
 */
export async function loadValidators(api: ApiPromise): Promise<ValidatorsState> {
  const [sets, entries, keyEntries] = await Promise.all([
    api.call.validatorsApi.validatorSets(),
    readAllPages((after: AccountId32 | null, limit) => api.call.validatorsApi.candidates(after, limit)),
    api.query.session.nextKeys.keys(),
  ]);
  const { session, current, planned } = sets;
  const inSet = new Set(current.map(String));
  const inPlan = new Set(planned.map(String));
  const withKeys = new Set(keyEntries.map((k) => k.args[0].toString()));
  const records = new Map(entries.map(([account, value]) => [account.toString(), value]));
  const accounts = [...new Set([...inSet, ...inPlan, ...records.keys()])];
  const validators = accounts.map((account): ValidatorInfo => {
    const c = records.get(account);
    return {
      account,
      candidate: c !== undefined,
      bonded: c?.bonded.toBigInt() ?? 0n,
      unbonding: c?.unbonding.toBigInt() ?? 0n,
      unbondingUntil: c?.unbondingUntil.toNumber() ?? 0,
      activeCandidacy: c?.active.isTrue ?? false,
      missedSessions: c?.missedSessions.toNumber() ?? 0,
      inSet: inSet.has(account),
      planned: inPlan.has(account),
      keys: withKeys.has(account),
    };
  });
  // The set first, then by stake.
  validators.sort((a, b) => Number(b.inSet) - Number(a.inSet) || (b.bonded > a.bonded ? 1 : b.bonded < a.bonded ? -1 : 0));
  return { session: session.toNumber(), rules: rules(api), validators };
}

/** `active` (in the current set), `waiting` (bonded, not in it), `leaving` (unbonding, still serving) or `unbonding`. */
export function statusOf(v: ValidatorInfo): ValidatorStatus {
  if (v.bonded > 0n || !v.candidate) return v.inSet ? 'active' : 'waiting';
  return v.inSet || v.planned ? 'leaving' : 'unbonding';
}

/** What the status means for `v` now, in words. */
function statusDetail(v: ValidatorInfo, { session, rules: r }: ValidatorsState): string {
  const unbonding = v.unbonding > 0n ? `${infr(v.unbonding)} ${withdrawWhen(v, session)}` : '';
  switch (statusOf(v)) {
    case 'active':
      return v.planned ? 'validating; stays in the next session' : 'validating; out of the set from the next session';
    case 'waiting':
      if (!v.activeCandidacy) return 'deactivated by a fault: not chosen until it rejoins';
      if (!v.keys) return 'no session keys: not chosen until it sets them';
      if (v.bonded < r.minStake) return `below the minimum stake of ${infr(r.minStake)}`;
      if (v.planned) return 'enters the set at the next session';
      return `eligible: enters at a rotation if its stake ranks among the ${r.maxValidators} largest`;
    case 'leaving':
      return `serves out the sessions it was planned for; ${unbonding}`;
    default:
      return unbonding;
  }
}

/** `withdrawable now` or `withdrawable from session 31 (in 28 sessions)`. */
function withdrawWhen(v: ValidatorInfo, session: number): string {
  const left = v.unbondingUntil - session;
  return left <= 0 ? 'withdrawable now' : `withdrawable from session ${v.unbondingUntil} (in ${left} session${left === 1 ? '' : 's'})`;
}

/** A planck amount from an event field (a number, or a hex or decimal string); 0 if it is neither. */
function planck(value: unknown): bigint {
  return typeof value === 'number' || typeof value === 'string' ? BigInt(value) : 0n;
}

/** Faults reported and stake slashed per validator, from the events the app has seen. */
function faultsSeen(app: App): Map<string, { faults: number; slashed: bigint }> {
  const seen = new Map<string, { faults: number; slashed: bigint }>();
  for (const e of app.eventsOf('validators', 'SlashReported', 'Slashed')) {
    const who = String(e.data.validator);
    const entry = seen.get(who) ?? { faults: 0, slashed: 0n };
    if (e.method === 'SlashReported') entry.faults += 1; else entry.slashed += planck(e.data.amount);
    seen.set(who, entry);
  }
  return seen;
}

/** The validator events the app has seen that concern faults, newest first, as table rows. */
function faultRows(app: App) {
  return app.eventsOf('validators', 'SlashReported', 'SlashRaised', 'SlashCancelled', 'Slashed').map((e) => [
    `#${e.block}`, app.label(String(e.data.validator)), e.method, String(e.data.offence),
    e.data.session === undefined ? '—' : `session ${String(e.data.session)}`, infr(planck(e.data.amount)),
    e.method === 'SlashReported' ? `applies at session ${String(e.data.applyAt)}${e.data.deactivated ? '; deactivated' : ''}` : '—',
  ]);
}

/** New session keys in the node's keystore, with the proof that `owner` (an address) owns them. */
async function generateKeys(app: App, owner: string): Promise<{ keys: string; proof: string }> {
  try {
    const { sessionKeys, proof } = await app.api.rpc.infera.rotateKeysWithOwner(u8aToHex(decodeAddress(owner)));
    if (proof.isNone) throw new Error('the node made no ownership proof (its runtime cannot make one)');
    return { keys: sessionKeys.toHex(), proof: proof.unwrap().toHex() };
  } catch (err) {
    const message = (err as Error).message;
    if (/unsafe/i.test(message)) throw new Error(`the node refuses unsafe RPC methods (${message}): generate the keys on your validator node and paste them`);
    throw new Error(`the node could not generate keys: ${message}`);
  }
}

/** Whether the node lets this connection call unsafe RPC methods (`author_hasKey` is one, and changes nothing). */
async function unsafeRpcAllowed(app: App): Promise<boolean> {
  try {
    await app.api.rpc.author.hasKey('0x00', 'aura');
    return true;
  } catch {
    return false;
  }
}

/** The forms of the chosen account, by what they do; `refresh` shows those its state allows. */
interface Actions {
  bond: HTMLFormElement;
  bondExtra: HTMLFormElement;
  keys: HTMLFormElement;
  leave: HTMLFormElement;
  withdraw: HTMLFormElement;
  rejoin: HTMLFormElement;
}

/** A card form `testid` with `title`, `fields` and a submit button `label`, sending `spec`'s transaction. */
function actionForm(app: App, testid: string, title: string, fields: Node[], label: string, spec: TxFormSpec): HTMLFormElement {
  const form = h('form', { class: 'card', 'data-testid': testid, hidden: true }, h('h3', {}, title), ...fields, h('button', { type: 'submit' }, label));
  return txForm(app, form, spec);
}

/** The session keys form: generated on the node (where it allows unsafe RPC methods) or pasted, with the ownership proof. */
function keysForm(app: App, done: () => Promise<void>): HTMLFormElement {
  const { api } = app;
  const keys = h('textarea', { name: 'keys', rows: 3, required: true, placeholder: '0x… (the node\'s rotate-keys output)' });
  const proof = h('textarea', { name: 'proof', rows: 3, required: true, placeholder: '0x… (signed by each key for this account)' });
  const note = h('p', { class: 'hint', 'data-testid': 'keys-note' });
  const generate = h('button', { type: 'button', 'data-testid': 'generate-keys', hidden: true }, 'Generate on the connected node');
  const form = actionForm(app, 'validator-keys', 'Set session keys', [
    h('p', { class: 'hint' }, 'The keys your validator node signs blocks and finality votes with, and the proof (a signature by each key over this account) that they are yours.'),
    field('Session keys (hex)', keys), field('Ownership proof (hex)', proof), generate, note], 'Set session keys', {
    what: () => 'Set session keys',
    build: (v) => {
      if (!/^0x[0-9a-fA-F]+$/.test(v.keys.trim()) || !/^0x[0-9a-fA-F]+$/.test(v.proof.trim())) throw new Error('keys and proof are 0x-prefixed hex');
      return api.tx.session.setKeys(v.keys.trim(), v.proof.trim());
    },
    done,
  });
  generate.addEventListener('click', () => {
    note.textContent = 'generating keys in the node\'s keystore…';
    generateKeys(app, app.account.address).then(({ keys: k, proof: p }) => {
      keys.value = k;
      proof.value = p;
      note.textContent = 'Generated in the connected node\'s keystore: that node must be the one that validates.';
      form.dispatchEvent(new Event('input'));
    }, (err: Error) => { note.textContent = `Not generated: ${err.message}`; });
  });
  void unsafeRpcAllowed(app).then((allowed) => {
    generate.hidden = !allowed;
    if (!allowed) note.textContent = 'This node refuses unsafe RPC methods: generate the keys and proof on your validator node (author_rotateKeysWithOwner with this account, or scripts/validator.mjs) and paste them.';
  });
  return form;
}

/** Builds the chosen account's forms; each redraws the view once its transaction is in. */
function actionForms(app: App, redraw: () => Promise<void>): Actions {
  const { api } = app;
  const min = rules(api).minStake;
  const amount = (value: string) => field('Amount (INFR)', input('amount', value, { required: true, inputmode: 'decimal' }));
  const done = () => redraw();
  return {
    bond: actionForm(app, 'validator-bond', 'Become a candidate', [
      h('p', { class: 'hint' }, `Bond at least ${infr(min)}; then set your session keys. The set is chosen at each session rotation by stake.`),
      amount(`${min / UNIT}`)], 'Bond', {
      what: (v) => `Bond ${v.amount} INFR`, build: (v) => api.tx.validators.bond(parseInfr(v.amount)), done }),
    bondExtra: actionForm(app, 'validator-bond-extra', 'Bond more stake', [amount('1000')], 'Bond extra', {
      what: (v) => `Bond ${v.amount} INFR more`, build: (v) => api.tx.validators.bondExtra(parseInfr(v.amount)), done }),
    keys: keysForm(app, done),
    leave: actionForm(app, 'validator-leave', 'Leave', [
      h('p', { class: 'hint' }, `Stops the candidacy now (a planned validator serves out its sessions); the stake unbonds for ${rules(api).bondingDuration} sessions and stays slashable until then.`)],
    'Leave', { what: () => 'Leave the candidates', build: () => api.tx.validators.leave(), done }),
    withdraw: actionForm(app, 'validator-withdraw', 'Withdraw unbonded stake', [
      h('p', { class: 'hint' }, 'The unbonding sessions have passed: the stake comes back to your free balance.')], 'Withdraw', {
      what: () => 'Withdraw unbonded stake', build: () => api.tx.validators.withdrawUnbonded(), done }),
    rejoin: actionForm(app, 'validator-rejoin', 'Rejoin', [
      h('p', { class: 'hint' }, 'A fault deactivated your candidacy: rejoin to be considered for the set again.')],
    'Rejoin', { what: () => 'Rejoin the candidates', build: () => api.tx.validators.rejoin(), done }),
  };
}

/** Shows the forms that make sense for `me` (null: not a candidate) and says where it stands. */
function showActions(actions: Actions, me: ValidatorInfo | null, state: ValidatorsState): string {
  const bonded = me !== null && me.bonded > 0n;
  const leaving = me !== null && me.candidate && !bonded;
  actions.bond.hidden = me?.candidate ?? false;
  actions.bondExtra.hidden = !bonded;
  actions.keys.hidden = !bonded;
  actions.leave.hidden = !bonded;
  actions.rejoin.hidden = !(bonded && !me.activeCandidacy && me.bonded >= state.rules.minStake);
  actions.withdraw.hidden = !(leaving && me.unbonding > 0n && state.session >= me.unbondingUntil);
  if (!me || !me.candidate) return me?.inSet || me?.planned ? 'not a candidate; serves out the sessions it was planned for' : 'not a candidate';
  return `${statusOf(me)}: ${infr(me.bonded)} bonded${me.unbonding > 0n ? `, ${infr(me.unbonding)} unbonding` : ''}; ${statusDetail(me, state)}`;
}

export const validatorsView: View & { actions: Actions | null } = {
  id: 'validators',
  title: 'Validators',
  actions: null,
  mount(app, root) {
    const actions = actionForms(app, () => this.refresh(app));
    this.actions = actions;
    replace(root, h('div', { id: 'validators-data' }),
      h('h2', {}, `Your validator (${app.label(app.account.address)})`),
      h('p', { 'data-testid': 'validator-me' }, 'loading…'),
      h('div', { class: 'cards' }, actions.bond, actions.bondExtra, actions.keys, actions.rejoin, actions.leave, actions.withdraw),
      h('div', { id: 'validators-faults' }));
  },
  async refresh(app) {
    const state = await loadValidators(app.api);
    const data = document.getElementById('validators-data');
    const faults = document.getElementById('validators-faults');
    const meLine = document.querySelector<HTMLElement>('[data-testid="validator-me"]');
    if (!data || !faults || !meLine || !this.actions) return;
    const { session, rules: r, validators } = state;
    const seen = faultsSeen(app);
    const rows = validators.map((v) => {
      const status = statusOf(v);
      const f = seen.get(v.account);
      return [app.label(v.account), infr(v.bonded), v.unbonding > 0n ? `${infr(v.unbonding)}, ${withdrawWhen(v, session)}` : '—',
        h('span', { class: `status ${status}`, 'data-testid': `validator-status-${v.account}` }, status),
        statusDetail(v, state),
        h('span', { 'data-testid': `validator-keys-${v.account}` }, v.keys ? 'set' : 'none'),
        `${v.missedSessions} of ${r.maxMissedSessions}`,
        f ? `${f.faults} reported; ${infr(f.slashed)} slashed` : '—'];
    });
    const inSet = validators.filter((v) => v.inSet).length;
    replace(data,
      h('h2', {}, `Validators and candidates (${validators.length})`),
      h('p', { 'data-testid': 'validators-summary' }, `Session ${session}: ${inSet} validator${inSet === 1 ? '' : 's'} in the set (at most ${r.maxValidators}). `,
        `Least stake ${infr(r.minStake)}; unbonding takes ${r.bondingDuration} sessions; a slash applies ${r.slashDeferDuration} sessions after its report; `,
        `${r.maxMissedSessions} sessions in the set without a block make a validator offline.`),
      validators.length
        ? table(['account', 'bonded', 'unbonding', 'status', 'detail', 'session keys', 'missed sessions', 'faults seen'], rows,
          (i) => ({ 'data-testid': `validator-row-${validators[i].account}` }))
        : h('p', {}, 'No validators or candidates.'));
    const me = validators.find((v) => v.account === app.account.address) ?? null;
    meLine.textContent = showActions(this.actions, me, state);
    const events = faultRows(app);
    replace(faults, h('h2', {}, 'Faults and slashes'),
      events.length ? table(['block', 'validator', 'event', 'offence', 'in', 'amount', 'detail'], events)
        : h('p', {}, 'No faults or slashes in the blocks seen so far.'));
  },
};
