// Governance: the council's open listing motions with their votes; proposing, voting and
// closing (for council members).
import { councilMembers, loadModels, loadMotions, type Motion } from '../data';
import { h, table } from '../ui';
import { replace, type View } from './view';

/** Weight bound for closing a motion: enough for any listing decision. */
const CLOSE_WEIGHT = { refTime: 50_000_000_000n, proofSize: 1_000_000n };

export const governanceView: View = {
  id: 'governance',
  title: 'Governance',
  mount(_app, root) {
    replace(root, h('div', { id: 'governance-data' }));
  },
  async refresh(app) {
    const { api } = app;
    const [members, motions, models] = await Promise.all([councilMembers(api), loadMotions(api), loadModels(api)]);
    const me = app.account.address;
    const isMember = members.includes(me);
    const majority = Math.floor(members.length / 2) + 1;

    const propose = (call: ReturnType<typeof api.tx.models.approveListing>, what: string) =>
      app.run(what, api.tx.council.propose(majority, call, call.encodedLength)).then(() => this.refresh(app));
    const vote = (m: Motion, aye: boolean) =>
      app.run(`Vote ${aye ? 'aye' : 'nay'} on motion #${m.index}`, api.tx.council.vote(m.hash, m.index, aye)).then(() => this.refresh(app));
    const close = (m: Motion) =>
      app.run(`Close motion #${m.index}`, api.tx.council.close(m.hash, m.index, CLOSE_WEIGHT, m.lengthBound)).then(() => this.refresh(app));

    const pending = models.filter((m) => m.status === 'Proposed');
    const motionRows = motions.map((m) => {
      const voted = m.ayes.includes(me) || m.nays.includes(me);
      return [
        `#${m.index}`, m.call, m.modelId === null ? '—' : `${m.modelId} (${models.find((x) => x.id === m.modelId)?.name ?? '?'})`,
        h('span', { 'data-testid': `motion-votes-${m.index}` }, `${m.ayes.length} aye / ${m.nays.length} nay, ${m.threshold} needed`),
        `block ${m.end}`,
        h('span', {},
          h('button', { disabled: !isMember || voted, onclick: () => vote(m, true), 'data-testid': `aye-${m.index}` }, 'Aye'),
          h('button', { disabled: !isMember || voted, onclick: () => vote(m, false), 'data-testid': `nay-${m.index}` }, 'Nay'),
          h('button', { disabled: !isMember, onclick: () => close(m), 'data-testid': `close-${m.index}` }, 'Close')),
      ];
    });
    const pendingRows = pending.map((m) => {
      const open = motions.some((x) => x.modelId === m.id);
      return [m.id, m.name, m.version, app.label(m.owner), open ? 'motion open' : h('span', {},
        h('button', { disabled: !isMember, 'data-testid': `propose-approve-${m.id}`,
          onclick: () => propose(api.tx.models.approveListing(m.id), `Propose listing model ${m.id}`) }, 'Propose approval'),
        h('button', { disabled: !isMember, 'data-testid': `propose-reject-${m.id}`,
          onclick: () => propose(api.tx.models.rejectListing(m.id, true), `Propose rejecting model ${m.id}`) }, 'Propose rejection'))];
    });
    const el = document.getElementById('governance-data');
    if (!el) return;
    replace(el,
      h('h2', {}, 'Council'),
      h('p', {}, `Members: ${members.map((m) => app.label(m)).join(', ')}. A motion passes with ${majority} of ${members.length} ayes. `,
        isMember ? h('strong', {}, 'You are a member.') : 'Choose a member account to vote.'),
      h('h3', {}, `Open motions (${motions.length})`),
      motions.length ? table(['motion', 'call', 'model', 'votes', 'ends', ''], motionRows) : h('p', {}, 'No open motions.'),
      h('h3', {}, `Models awaiting a decision (${pending.length})`),
      pending.length ? table(['id', 'name', 'version', 'owner', ''], pendingRows) : h('p', {}, 'None.'));
  },
};
