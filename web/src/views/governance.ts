// Governance: the council's open motions with their votes; proposing (a listing decision, the
// decision on a challenged job's result), voting and closing, for council members.
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { App } from '../app';
import { councilMembers, loadJobs, loadModels, loadMotions, type Job, type Motion } from '../data';
import { txButton } from '../tx-form';
import { h, infr, table } from '../ui';
import { replace, type View } from './view';

/**
 * Whether `close` can end motion `m` in the next block, as pallet-collective decides: approved
 * (ayes reach the threshold), disapproved (too many nays for the threshold to be reached), or
 * its voting period over.
 */
function closable(m: Motion, seats: number, best: number): boolean {
  const approved = m.ayes.length >= m.threshold;
  const disapproved = seats - m.nays.length < m.threshold;
  return approved || disapproved || best + 1 >= m.end;
}

/** The motion's subject in words: the model of a listing decision, the job of a challenge. */
function subject(m: Motion, modelName: (id: number) => string): string {
  if (m.modelId !== null) return `model ${m.modelId} (${modelName(m.modelId)})`;
  if (m.challenge) return `job #${m.challenge.jobId}: ${m.challenge.upheld ? 'uphold' : 'dismiss'} the challenge`;
  return '—';
}

/** A disputed job in words: who challenged, the bond, the council's last block. */
function disputeWords(job: Job, app: App): string {
  const d = job.dispute!;
  return `challenged by ${app.label(d.challenger)} (bond ${infr(d.bond)}); the council decides by block ${d.until}`;
}

export const governanceView: View = {
  id: 'governance',
  title: 'Governance',
  mount(_app, root) {
    replace(root, h('div', { id: 'governance-data' }));
  },
  async refresh(app) {
    const { api } = app;
    const [members, motions, models, jobs] = await Promise.all([councilMembers(api), loadMotions(api), loadModels(api), loadJobs(api)]);
    const me = app.account.address;
    const notMember = members.includes(me) ? undefined : 'choose a council member account';
    const majority = Math.floor(members.length / 2) + 1;
    const redraw = () => this.refresh(app);

    /** A button proposing `call` as a council motion (passes with a majority). */
    const propose = (testid: string, label: string, what: string, call: SubmittableExtrinsic<'promise'>, offered: boolean) =>
      txButton(app, { testid, label, what, offered, unavailable: notMember, done: redraw,
        build: () => api.tx.council.propose(majority, call, call.encodedLength) });
    const motionRows = motions.map((m) => {
      const voted = m.ayes.includes(me) || m.nays.includes(me);
      const vote = (aye: boolean) => txButton(app, {
        testid: `${aye ? 'aye' : 'nay'}-${m.index}`, label: aye ? 'Aye' : 'Nay', what: `Vote ${aye ? 'aye' : 'nay'} on motion #${m.index}`,
        unavailable: notMember ?? (voted ? 'you voted' : undefined), done: redraw,
        build: () => api.tx.council.vote(m.hash, m.index, aye) });
      const close = txButton(app, {
        testid: `close-${m.index}`, label: 'Close', what: `Close motion #${m.index}`, offered: closable(m, members.length, app.best), done: redraw,
        build: () => api.tx.council.close(m.hash, m.index, m.weightBound, m.lengthBound) });
      return [
        `#${m.index}`, m.call, subject(m, (id) => models.find((x) => x.id === id)?.name ?? '?'),
        h('span', { 'data-testid': `motion-votes-${m.index}` }, `${m.ayes.length} aye / ${m.nays.length} nay, ${m.threshold} needed`),
        `block ${m.end}`,
        h('span', {}, vote(true), vote(false), close),
      ];
    });

    const pending = models.filter((m) => m.status === 'Proposed');
    const pendingRows = pending.map((m) => {
      const open = motions.some((x) => x.modelId === m.id);
      return [m.id, m.name, m.version, app.label(m.owner), h('span', {}, open ? 'motion open ' : '',
        propose(`propose-approve-${m.id}`, 'Propose approval', `Propose listing model ${m.id}`, api.tx.models.approveListing(m.id), !open),
        propose(`propose-reject-${m.id}`, 'Propose rejection', `Propose rejecting model ${m.id}`, api.tx.models.rejectListing(m.id, true), !open))];
    });

    const disputed = jobs.filter((j) => j.dispute);
    const disputedRows = disputed.map((j) => {
      const open = motions.some((x) => x.challenge?.jobId === j.id);
      return [`#${j.id}`, app.label(j.submitter), h('span', { 'data-testid': `dispute-${j.id}` }, disputeWords(j, app)), h('span', {}, open ? 'motion open ' : '',
        propose(`propose-uphold-${j.id}`, 'Propose upholding', `Propose upholding the challenge of job ${j.id}`, api.tx.jobs.resolveChallenge(j.id, true), !open),
        propose(`propose-dismiss-${j.id}`, 'Propose dismissing', `Propose dismissing the challenge of job ${j.id}`, api.tx.jobs.resolveChallenge(j.id, false), !open))];
    });

    const el = document.getElementById('governance-data');
    if (!el) return;
    replace(el,
      h('h2', {}, 'Council'),
      h('p', {}, `Members: ${members.map((m) => app.label(m)).join(', ')}. A motion passes with ${majority} of ${members.length} ayes; `,
        'it can be closed once its ayes reach the threshold, once it can no longer reach it, or at its end. ',
        notMember ? 'Choose a member account to vote.' : h('strong', {}, 'You are a member.')),
      h('h3', {}, `Open motions (${motions.length})`),
      motions.length ? table(['motion', 'call', 'subject', 'votes', 'ends', ''], motionRows) : h('p', {}, 'No open motions.'),
      h('h3', {}, `Models awaiting a decision (${pending.length})`),
      pending.length ? table(['id', 'name', 'version', 'owner', ''], pendingRows) : h('p', {}, 'None.'),
      h('h3', {}, `Challenged job results (${disputed.length})`),
      h('p', {}, 'Upholding a challenge slashes the providers of the result and refunds the submitter; dismissing it pays the bond to a provider of the result.'),
      disputed.length ? table(['job', 'submitter', 'challenge', ''], disputedRows, (i) => ({ 'data-testid': `disputed-row-${disputed[i].id}` })) : h('p', {}, 'None.'));
  },
};
