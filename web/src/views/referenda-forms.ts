// The Referenda view's forms: putting a listing decision to a referendum (the call inline, so no
// preimage to note), voting with conviction, delegating a track's votes.
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { App } from '../app';
import { enumVariants, type Model, type OngoingReferendum, type Track } from '../data';
import { chosen, txForm } from '../tx-form';
import { blocks, field, h, input, parseInfr, select, setOptions } from '../ui';

type Tx = SubmittableExtrinsic<'promise'>;

/** The listing decisions a referendum may take on a proposed model. */
const DECISIONS: [string, string][] = [
  ['approve', 'approve: list the model'],
  ['reject', 'reject, the owner\'s listing deposit back'],
  ['reject-slash', 'reject and slash the owner\'s listing deposit'],
];

/** `Locked2x: 2× votes, locked 20 blocks`; `None: 0.1× votes, no lock` (a lock doubles per step). */
function convictionLabel(name: string, lockPeriod: number): string {
  const n = Number(/^Locked(\d+)x$/.exec(name)?.[1] ?? 0);
  return n ? `${name}: ${n}× votes, locked ${blocks(2 ** (n - 1) * lockPeriod)}` : `${name}: 0.1× votes, no lock`;
}

/** The forms, and `update` to follow the models awaiting a decision and the ongoing referenda. */
export function referendaForms(app: App, tracks: Track[], done: () => Promise<void>): {
  forms: HTMLElement[];
  update: (models: Model[], ongoing: OngoingReferendum[]) => void;
} {
  const { api } = app;
  const lockPeriod = Number(api.consts.convictionVoting.voteLockingPeriod.toString());
  const convictions = enumVariants(api, 'convictionVoting', 'delegate', 'conviction').map((c) => [c, convictionLabel(c, lockPeriod)] as [string, string]);
  const common = () => [
    field('Conviction', select('conviction', convictions, 'Locked1x')),
    field('Amount (INFR)', input('amount', '', { required: true })),
  ];
  /** A form whose submission sends what `build` makes of its fields (its errors in words, like the chain's). */
  const form = (id: string, title: string, fields: HTMLElement[], button: string, what: (v: Record<string, string>) => string,
    build: (v: Record<string, string>) => Tx) => {
    const el = h('form', { class: 'card', 'data-testid': id }, h('h3', {}, title), ...fields, h('button', { type: 'submit' }, button));
    return txForm(app, el, { what, build, done });
  };

  const submit = form('submit-referendum', 'Put a listing decision to a referendum',
    [field('Model awaiting a decision', select('model', [])), field('Decision', select('decision', DECISIONS))],
    'Submit (holds the submission deposit)', (v) => `Submit a referendum on model ${v.model ?? ''}`, (v) => {
      const model = chosen(v.model, 'a model awaiting a decision');
      const call = v.decision === 'approve' ? api.tx.models.approveListing(model) : api.tx.models.rejectListing(model, v.decision === 'reject-slash');
      return api.tx.referenda.submit({ Origins: 'ModelListings' }, { Inline: call.method.toHex() }, { After: 1 });
    });
  const vote = form('vote-referendum', 'Vote',
    [field('Referendum', select('referendum', [])), field('Vote', select('side', [['aye', 'aye'], ['nay', 'nay']])), ...common()],
    'Vote (locks the amount)', (v) => `Vote ${v.side} on referendum #${v.referendum ?? ''}`, (v) => api.tx.convictionVoting.vote(
      chosen(v.referendum, 'an ongoing referendum'),
      { Standard: { vote: { aye: v.side === 'aye', conviction: v.conviction }, balance: parseInfr(v.amount) } }));
  const delegate = form('delegate-track', 'Delegate a track\'s votes',
    [field('Track', select('track', tracks.map((t) => [`${t.id}`, `${t.id}: ${t.name}`]), '1')),
      field('To (address)', input('target', '', { required: true, size: 50, list: 'referenda-accounts' })),
      h('datalist', { id: 'referenda-accounts' }, ...app.accounts.map((a) => h('option', { value: a.address }, a.name))),
      ...common()],
    'Delegate (locks the amount)', (v) => `Delegate track ${v.track} to ${app.label(v.target)}`,
    (v) => api.tx.convictionVoting.delegate(Number(v.track), v.target, api.createType('PalletConvictionVotingConviction', v.conviction), parseInfr(v.amount)));

  const update = (models: Model[], ongoing: OngoingReferendum[]) => {
    setOptions(submit.querySelector('select[name=model]'), models.filter((m) => m.status === 'Proposed').map((m) => [`${m.id}`, `${m.id}: ${m.name} ${m.version}`]));
    setOptions(vote.querySelector('select[name=referendum]'), ongoing.map((r) => [`${r.index}`, `#${r.index}: ${r.call}`]));
  };
  return { forms: [submit, vote, delegate], update };
}
