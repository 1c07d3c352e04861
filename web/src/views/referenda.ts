// Referenda (OpenGov): the tracks; ongoing referenda with their tally against the track's
// approval and support curves; ended ones with their deposits to refund; the chosen account's
// votes, delegations and locks. The forms (submit, vote, delegate) are in referenda-forms.ts.
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { App } from '../app';
import {
  curveAt, describeProposal, loadModels, loadReferenda, loadTracks, loadVoting,
  type CastVote, type Curve, type Deposit, type EndedReferendum, type Model, type OngoingReferendum, type Track, type Voting,
} from '../data';
import { txButton } from '../tx-form';
import { blocks, h, infr, percent, table } from '../ui';
import { referendaForms } from './referenda-forms';
import { replace, type View } from './view';

/** A button sending `build`'s transaction (`txButton`), redrawing after it succeeded; nothing unless `offered`. */
type Act = (testid: string, label: string, what: string, build: () => SubmittableExtrinsic<'promise'>, offered?: boolean) => HTMLElement | null;

const OUTCOMES: Record<string, string> = { Approved: 'approved', Rejected: 'rejected', Cancelled: 'cancelled', TimedOut: 'timed out', Killed: 'killed' };

/** A curve in words: `100 % → 50 % over 50 % of the decision period`. */
function describeCurve(curve: Curve): string {
  const p = (x: number) => percent(x / 1e9);
  if (curve.kind === 'linearDecreasing') return `${p(curve.ceil)} → ${p(curve.floor)} over ${p(curve.length)} of the decision period`;
  if (curve.kind === 'steppedDecreasing') return `${p(curve.begin)} → ${p(curve.end)}, −${p(curve.step)} every ${p(curve.period)} of the decision period`;
  return `${curve.kind} (see polkadot.js Apps)`;
}

/** `value` against the curve's threshold `needed`. */
function against(value: number, needed: number, testid: string): HTMLElement {
  return h('span', { class: `status ${value >= needed ? 'passing' : 'failing'}`, 'data-testid': testid },
    `${percent(value)} of ${percent(needed)} needed`);
}

/** Where an ongoing referendum stands, with the blocks left. */
function stage(r: OngoingReferendum, track: Track, best: number, undecidingTimeout: number): string {
  const left = (block: number) => blocks(Math.max(block - best, 0));
  if (r.deciding && r.deciding.confirming !== null) return `confirming: approved in ${left(r.deciding.confirming)}`;
  if (r.deciding) return `deciding: ${left(r.deciding.since + track.decisionPeriod)} left`;
  if (r.inQueue) return `queued: ${track.maxDeciding} already deciding on this track`;
  if (!r.decisionDeposit) return `needs a decision deposit (times out in ${left(r.submitted + undecidingTimeout)})`;
  return `preparing: deciding in ${left(r.submitted + track.preparePeriod)}`;
}

function ongoingRows(app: App, ongoing: OngoingReferendum[], tracks: Track[], issuance: bigint, act: Act) {
  const { api } = app;
  const undecidingTimeout = Number(api.consts.referenda.undecidingTimeout.toString());
  const ratio = (a: bigint, b: bigint) => (b === 0n ? 0 : Number((a * 1_000_000_000n) / b) / 1e9);
  return ongoing.map((r) => {
    const track = tracks.find((t) => t.id === r.track)!;
    // The curves are read at the elapsed share of the decision period (0 before it starts).
    const x = r.deciding ? Math.min((app.best - r.deciding.since) / track.decisionPeriod, 1) : 0;
    const { ayes, nays, support } = r.tally;
    const deposit = r.decisionDeposit ? `decision ${infr(r.decisionDeposit.amount)} by ${app.label(r.decisionDeposit.who)}` : '';
    const place = act(`decision-deposit-${r.index}`, `Place decision deposit (${infr(track.decisionDeposit)})`,
      `Place the decision deposit of referendum #${r.index}`, () => api.tx.referenda.placeDecisionDeposit(r.index), !r.decisionDeposit);
    return [`#${r.index}`, track.name, h('code', { 'data-testid': `referendum-call-${r.index}` }, r.call),
      h('span', { 'data-testid': `referendum-tally-${r.index}` }, `aye ${infr(ayes)} / nay ${infr(nays)}; support ${infr(support)}`),
      against(ratio(ayes, ayes + nays), curveAt(track.minApproval, x), `referendum-approval-${r.index}`),
      against(ratio(support, issuance), curveAt(track.minSupport, x), `referendum-support-${r.index}`),
      h('span', { 'data-testid': `referendum-stage-${r.index}` }, stage(r, track, app.best, undecidingTimeout)),
      h('span', {}, `submission ${infr(r.submissionDeposit.amount)} by ${app.label(r.submissionDeposit.who)}; `, deposit, place)];
  });
}

function endedRows(app: App, ended: EndedReferendum[], tracks: Track[], act: Act) {
  const { api } = app;
  // Ended referenda keep no track or call: they are shown when the app saw the submission.
  const submissions = app.eventsOf('referenda', 'Submitted');
  const cell = (d: Deposit | null, refundable: boolean, kind: string, r: EndedReferendum, build: () => SubmittableExtrinsic<'promise'>) => {
    // A refunded deposit is gone: its button's status line stays, telling how the refund went.
    const refund = act(`refund-${kind}-${r.index}`, `Refund ${infr(d?.amount ?? 0n)} to ${app.label(d?.who ?? '')}`,
      `Refund the ${kind} deposit of referendum #${r.index}`, build, d !== null && refundable);
    if (!d) return refund ?? '—';
    return refundable ? refund : `${infr(d.amount)} kept (${app.label(d.who)})`;
  };
  return ended.map((r) => {
    const seen = submissions.find((e) => Number(e.data.index) === r.index);
    return [`#${r.index}`, seen ? tracks.find((t) => t.id === Number(seen.data.track))?.name ?? `${seen.data.track}` : '—',
      seen ? h('code', {}, describeProposal(api, seen.data.proposal)) : '—',
      h('span', { class: `status ${r.outcome.toLowerCase()}`, 'data-testid': `referendum-outcome-${r.index}` }, OUTCOMES[r.outcome] ?? r.outcome),
      `block ${r.at}`,
      cell(r.submissionDeposit, ['Approved', 'Cancelled'].includes(r.outcome), 'submission', r, () => api.tx.referenda.refundSubmissionDeposit(r.index)),
      cell(r.decisionDeposit, r.outcome !== 'Killed', 'decision', r, () => api.tx.referenda.refundDecisionDeposit(r.index))];
  });
}

function describeVote(v: CastVote): string {
  if (v.standard) return `#${v.index}: ${v.standard.aye ? 'aye' : 'nay'}, ${v.standard.conviction}, ${infr(v.standard.balance)}`;
  return `#${v.index}: split, aye ${infr(v.split!.aye)} / nay ${infr(v.split!.nay)} / abstain ${infr(v.split!.abstain)}`;
}

/** Per track: the votes (removable), the delegation (undelegate), the lock (unlock). */
function votingRows(app: App, voting: Voting, tracks: Track[], act: Act) {
  const { api } = app;
  const me = app.account.address;
  const used = tracks.filter((t) => [voting.votes, voting.delegations, voting.trackLocks, voting.priors].some((xs) => xs.some((x) => x.track === t.id)));
  return used.map((t) => {
    const votes = voting.votes.filter((v) => v.track === t.id).map((v) => h('div', {}, describeVote(v), ' ',
      act(`remove-vote-${v.index}`, 'Remove vote', `Remove the vote on referendum #${v.index}`, () => api.tx.convictionVoting.removeVote(t.id, v.index))));
    const delegation = voting.delegations.find((d) => d.track === t.id);
    const lock = voting.trackLocks.find((l) => l.track === t.id)?.amount ?? 0n;
    const prior = voting.priors.find((p) => p.track === t.id);
    return [`${t.id}: ${t.name}`, votes.length ? h('div', {}, ...votes) : '—',
      delegation ? h('span', {}, `to ${app.label(delegation.target)}, ${delegation.conviction}, ${infr(delegation.balance)} `,
        act(`undelegate-${t.id}`, 'Undelegate', `Undelegate track ${t.id}`, () => api.tx.convictionVoting.undelegate(t.id))) : '—',
      h('span', { 'data-testid': `track-lock-${t.id}` }, infr(lock), prior ? `; prior lock ${infr(prior.amount)} until block ${prior.until}` : ''),
      act(`unlock-${t.id}`, 'Unlock', `Unlock track ${t.id}`, () => api.tx.convictionVoting.unlock(t.id, me))];
  });
}

export const referendaView: View & { update: (models: Model[], ongoing: OngoingReferendum[]) => void } = {
  id: 'referenda',
  title: 'Referenda',
  update: () => {},
  mount(app, root) {
    const { forms, update } = referendaForms(app, loadTracks(app.api), () => this.refresh(app));
    this.update = update;
    replace(root, h('div', { id: 'referenda-data' }), h('div', { class: 'cards' }, ...forms), h('div', { id: 'referenda-voting' }));
  },
  async refresh(app) {
    const { api } = app;
    const tracks = loadTracks(api);
    const [{ ongoing, ended }, models, voting, issuance] = await Promise.all([
      loadReferenda(api), loadModels(api), loadVoting(api, app.account.address), api.query.balances.totalIssuance()]);
    this.update(models, ongoing);
    const act: Act = (testid, label, what, build, offered) => txButton(app, { testid, label, what, build, offered, done: () => this.refresh(app) });
    const data = document.getElementById('referenda-data');
    const mine = document.getElementById('referenda-voting');
    if (!data || !mine) return;
    const total = BigInt(issuance.toString());
    const lockPeriod = api.consts.convictionVoting.voteLockingPeriod.toString();
    replace(data,
      h('h2', {}, 'Tracks'),
      h('p', {}, `Submission deposit ${infr(BigInt(api.consts.referenda.submissionDeposit.toString()))}; support is counted against the issuance, ${infr(total)}; `,
        `a vote on the winning side stays locked after the end: ${blocks(Number(lockPeriod))} with Locked1x, twice as long with each step up.`),
      table(['track', 'decision deposit', 'prepare', 'decision', 'confirm', 'enactment (least)', 'max deciding', 'approval needed', 'support needed'],
        tracks.map((t) => [`${t.id}: ${t.name}`, infr(t.decisionDeposit), blocks(t.preparePeriod), blocks(t.decisionPeriod),
          blocks(t.confirmPeriod), blocks(t.minEnactmentPeriod), t.maxDeciding, describeCurve(t.minApproval), describeCurve(t.minSupport)]),
        (i) => ({ 'data-testid': `track-row-${tracks[i].id}` })),
      h('h2', {}, `Ongoing referenda (${ongoing.length})`),
      ongoing.length ? table(['referendum', 'track', 'proposal', 'tally', 'approval', 'support', 'stage', 'deposits'],
        ongoingRows(app, ongoing, tracks, total, act), (i) => ({ 'data-testid': `referendum-row-${ongoing[i].index}` })) : h('p', {}, 'No ongoing referenda.'),
      h('h2', {}, `Ended referenda (${ended.length})`),
      ended.length ? table(['referendum', 'track', 'proposal', 'outcome', 'ended', 'submission deposit', 'decision deposit'],
        endedRows(app, ended, tracks, act)) : h('p', {}, 'None yet.'));
    const rows = votingRows(app, voting, tracks, act);
    replace(mine,
      h('h2', {}, `Your votes and locks (${app.label(app.account.address)})`),
      h('p', { 'data-testid': 'voting-lock' }, `Locked by conviction votes: ${infr(voting.lock)}.`),
      rows.length ? table(['track', 'votes', 'delegated', 'locked by the track', ''], rows) : h('p', {}, 'No votes, delegations or locks.'));
  },
};
