// Browser tests of the actions a user needs, each sent through the UI and checked on the chain
// (polkadot.js queries of records, holds and events, not the UI's words): a provider's own record
// and its actions, a model owner's update and retirement, council motions closed with the
// proposal's own weight, cancelling and challenging jobs and the council's decision on a
// challenge. Buttons get what forms get: off while their transaction is on its way, a status line
// that ends in done, or in the chain's refusal in words with the button on again. One dev node
// and one browser for the whole file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { freeBalance, submitOk as ok } from '../../tests/e2e/lib/node.js';
import { listModel, devPairs, commitmentOf, submitJob } from '../../tests/e2e/lib/market.js';
import { useNodeAndApp, hex32, rewriteRecord, UNIT } from './lib.mjs';

const HARDWARE = { accelerator: 'Cpu', acceleratorCount: 0, memoryMib: 4096, region: 'eu' };

const env = useNodeAndApp('web-actions', { tab: 'providers' });

/** What `who` has on hold for `pallet`'s hold reason `reason` (`compute`, `ProviderStake`). */
async function held(who, pallet, reason) {
  const holds = await env.node.api.query.balances.holds(who);
  return holds.filter((x) => {
    const [[p, r]] = Object.entries(x.id.toJSON());
    return p === pallet && r === reason;
  }).reduce((sum, x) => sum + x.amount.toBigInt(), 0n);
}

/** The events `section.method` of block `number`. */
async function eventsOf(number, section, method) {
  const records = await env.node.api.query.system.events.at(await env.node.api.rpc.chain.getBlockHash(number));
  return records.map(({ event }) => event).filter((e) => e.section === section && e.method === method);
}

/** The block number a status line or notice names (`done in block #12 (0x…)`). */
function blockOf(text) {
  const match = /done in block #(\d+)/.exec(text);
  assert.ok(match, text);
  return Number(match[1]);
}

/**
 * Sends the transaction of `testid` (a button; with `form`, the form's submit button) and waits
 * for its status line `tx-status-<testid>` to end. On the way, every change of the page is
 * sampled: the status line's words and kind, and whether the button is on, off or absent.
 * Returns { text, samples, block } (block: of a success, else null).
 */
async function send(testid, { form = false } = {}) {
  const button = form ? `[data-testid="${testid}"] button[type=submit]` : `[data-testid="${testid}"]`;
  await env.page.evaluate(({ id, selector }) => {
    const tx = { samples: [] };
    const read = () => {
      const status = document.querySelector(`[data-testid="tx-status-${id}"]`);
      const el = document.querySelector(selector);
      tx.samples.push({ text: status?.textContent ?? '', kind: status?.className ?? '', button: el ? (el.disabled ? 'off' : 'on') : 'absent' });
    };
    window.txWatch?.observer.disconnect();
    tx.observer = new MutationObserver(read);
    tx.observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    window.txWatch = tx;
  }, { id: testid, selector: button });
  await env.page.locator(button).click();
  // Ended: after a busy status, one that says done or failed (seen by the observer: the line of
  // an action no longer offered, such as a withdrawn offer's, may leave the page right after).
  const ended = (samples) => {
    const start = samples.findIndex((x) => x.kind.includes('busy'));
    return start < 0 ? undefined : samples.slice(start).find((x) => /^(done|failed)/.test(x.text));
  };
  await env.page.waitForFunction(`(${ended})(window.txWatch.samples) !== undefined`, null, { timeout: 60_000 });
  const samples = await env.page.evaluate(() => { window.txWatch.observer.disconnect(); return window.txWatch.samples; });
  const { text } = ended(samples);
  return { text, samples, block: text.startsWith('done') ? blockOf(text) : null };
}

/** Asserts that the button was off in every sample taken while its transaction was on its way. */
function offWhilePending(samples) {
  const pending = samples.filter((s) => s.kind.includes('busy'));
  assert.ok(pending.length > 0, 'no pending state was seen');
  assert.deepEqual(pending.filter((s) => s.button !== 'off'), [], 'the button was usable while its transaction was pending');
}

/** Waits for the button (or form's submit button) `selector` to be on again. */
async function onAgain(selector) {
  await env.page.waitForFunction((s) => document.querySelector(s)?.disabled === false, selector, { timeout: 10_000 });
}

/** Waits until the chain's `read()` satisfies `ok`, for up to `blocks` blocks. */
async function chainReaches(read, holds, what, blocks = 10) {
  for (let i = 0; i < blocks * 4; i++) {
    if (holds(await read())) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`the chain did not reach: ${what}`);
}

test('a provider\'s own record and its actions: unbond (and a refused one), offline/online, endpoint, worker key, offers, deregister, withdraw', async () => {
  const { api, keyring } = env.node;
  const [alice, dave, eve, ferdie] = devPairs(keyring, '//Alice', '//Dave', '//Eve', '//Ferdie');
  const modelId = await listModel(api, keyring, alice, hex32(), 'actions-provider');
  await ok(api, api.tx.compute.registerProvider('http://127.0.0.1:8701', HARDWARE, 2000n * UNIT), dave);
  await ok(api, api.tx.compute.setModelPrice(modelId, UNIT), dave);
  const record = async () => (await api.query.compute.providers(dave.address)).unwrap();
  const period = api.consts.compute.unbondingPeriod.toNumber();
  assert.equal(await held(dave.address, 'compute', 'ProviderStake'), 2000n * UNIT);

  await env.ui.useAccount('Dave');
  await env.ui.openTab('providers');
  await env.page.getByTestId('mine-bonded').filter({ hasText: /^2,000 INFR/ }).waitFor({ timeout: 30_000 });
  assert.equal(await env.page.getByTestId('register-provider').isHidden(), true);

  // Unbond 500 INFR: it leaves the bonded stake for an unlocking chunk, and stays held.
  await env.page.getByTestId('unbond').locator('[name=amount]').fill('500');
  const unbonded = await send('unbond', { form: true });
  offWhilePending(unbonded.samples);
  assert.ok(unbonded.block, unbonded.text);
  let r = await record();
  assert.equal(r.bonded.toBigInt(), 1500n * UNIT);
  assert.deepEqual(r.unlocking.map((c) => [c.amount.toBigInt(), c.unlockAt.toNumber()]), [[500n * UNIT, unbonded.block + period]]);
  assert.equal(await held(dave.address, 'compute', 'ProviderStake'), 2000n * UNIT);
  await env.page.getByTestId('mine-unlocking').filter({ hasText: `500 INFR unlocks at block ${unbonded.block + period}` }).waitFor({ timeout: 30_000 });
  assert.equal(await env.page.getByTestId('withdraw-unbonded').count(), 0);

  // More than bonded: the chain refuses, in words; the button is on again and nothing changed.
  await env.page.getByTestId('unbond').locator('[name=amount]').fill('1000000');
  const refused = await send('unbond', { form: true });
  assert.equal(refused.text, 'failed: compute.NotEnoughBonded: More than the bonded stake was asked for.');
  await onAgain('[data-testid="unbond"] button[type=submit]');
  assert.equal((await record()).bonded.toBigInt(), 1500n * UNIT);

  // Offline and online again: table-row buttons off while pending, their status lines end in done.
  const offline = await send('go-offline');
  offWhilePending(offline.samples);
  assert.match(offline.text, /^done in block #\d+/);
  assert.equal((await record()).status.toString(), 'Offline');
  await env.page.getByTestId('mine-status').filter({ hasText: /^Offline$/ }).waitFor({ timeout: 30_000 });
  const online = await send('go-online');
  offWhilePending(online.samples);
  assert.equal((await record()).status.toString(), 'Online');

  // A new endpoint.
  await env.page.getByTestId('update-endpoint').locator('[name=endpoint]').fill('https://dave.example:8443');
  assert.ok((await send('update-endpoint', { form: true })).block);
  assert.equal((await record()).endpoint.toUtf8(), 'https://dave.example:8443');

  // Dave proposes Ferdie as his worker key; so does Eve (another provider).
  await env.page.getByTestId('set-worker').locator('[name=worker]').fill(ferdie.address);
  assert.ok((await send('set-worker', { form: true })).block);
  assert.equal((await record()).pendingWorker.unwrap().toString(), ferdie.address);
  await ok(api, api.tx.compute.registerProvider('http://127.0.0.1:8702', HARDWARE, 1000n * UNIT), eve);
  await ok(api, api.tx.compute.setWorker(ferdie.address), eve);

  // Ferdie accepts Dave's proposal: bound. Eve's is refused (a worker serves one provider), in
  // words, and its button is on again.
  await env.ui.useAccount('Ferdie');
  await env.page.getByTestId(`accept-worker-${dave.address}`).waitFor({ timeout: 30_000 });
  assert.ok((await send(`accept-worker-${dave.address}`)).block);
  r = await record();
  assert.equal(r.worker.unwrap().toString(), ferdie.address);
  assert.equal(r.pendingWorker.isNone, true);
  assert.equal((await api.query.compute.providerOfWorker(ferdie.address)).unwrap().toString(), dave.address);
  const inUse = await send(`accept-worker-${eve.address}`);
  offWhilePending(inUse.samples);
  assert.equal(inUse.text, 'failed: compute.WorkerInUse: The worker key is already used by another provider.');
  await onAgain(`[data-testid="accept-worker-${eve.address}"]`);
  assert.equal((await api.query.compute.providers(eve.address)).unwrap().worker.isNone, true);

  // Dave withdraws his offer, then deregisters: all stake unbonding, still held; nothing to withdraw yet.
  await env.ui.useAccount('Dave');
  await env.page.getByTestId(`remove-offer-${modelId}`).waitFor({ timeout: 30_000 });
  assert.ok((await send(`remove-offer-${modelId}`)).block);
  assert.equal((await api.query.compute.offers(modelId, dave.address)).isNone, true);
  assert.deepEqual((await record()).models.toJSON(), []);
  const left = await send('deregister');
  assert.ok(left.block, left.text);
  r = await record();
  assert.equal(r.status.toString(), 'Leaving');
  assert.equal(r.bonded.toBigInt(), 0n);
  assert.equal(r.unlocking.reduce((sum, c) => sum + c.amount.toBigInt(), 0n), 2000n * UNIT);
  assert.equal(await held(dave.address, 'compute', 'ProviderStake'), 2000n * UNIT);
  assert.equal((await eventsOf(left.block, 'compute', 'ProviderDeregistered')).length, 1);
  await env.page.getByTestId('mine-status').filter({ hasText: /^Leaving$/ }).waitFor({ timeout: 30_000 });
  assert.equal(await env.page.getByTestId('withdraw-unbonded').count(), 0);
  assert.equal(await env.page.getByTestId('deregister').count(), 0);
  assert.equal(await env.page.getByTestId('unbond').isHidden(), true);
  await env.ui.shot('actions-provider');

  // The unbonding period (days of blocks) passed: written into Dave's record through sudo. He
  // withdraws everything through the app: the hold is released to his free balance, and the
  // leaving provider's record is removed.
  const due = (await record()).unlocking.map((c) => ({ amount: c.amount.toString(), unlockAt: 1 }));
  await rewriteRecord(api, keyring, api.query.compute.providers, [dave.address], { unlocking: due });
  const freeBefore = await freeBalance(api, dave.address);
  await env.page.getByTestId('withdraw-unbonded').waitFor({ timeout: 30_000 });
  const withdrawn = await send('withdraw-unbonded');
  assert.ok(withdrawn.block, withdrawn.text);
  assert.equal((await api.query.compute.providers(dave.address)).isNone, true);
  assert.equal(await held(dave.address, 'compute', 'ProviderStake'), 0n);
  const [event] = await eventsOf(withdrawn.block, 'compute', 'Withdrawn');
  assert.equal(event.data.amount.toBigInt(), 2000n * UNIT);
  assert.equal((await eventsOf(withdrawn.block, 'compute', 'ProviderRemoved')).length, 1);
  const freeAfter = await freeBalance(api, dave.address);
  const fee = 2000n * UNIT - (freeAfter - freeBefore);
  assert.ok(fee > 0n && fee < UNIT / 10n, `free balance up by 2,000 INFR less the fee (fee ${fee})`);
});

test('a model\'s owner updates it (back to Proposed) and retires it; the deposit is released only after the delay', async () => {
  const { api, keyring } = env.node;
  const [alice, eve] = devPairs(keyring, '//Alice', '//Eve');
  const reg = await ok(api, api.tx.models.registerModel('actions-model', '1', hex32(), 'Onnx', 'TextEmbedding', 'ipfs://old',
    { minMemoryMib: 512, accelerator: 'Cpu' }, 2n * UNIT, 'Exact', 0), eve);
  const id = reg.events.find(({ event }) => event.method === 'ModelRegistered').event.data.modelId.toNumber();
  await ok(api, api.tx.sudo.sudo(api.tx.models.approveListing(id)), alice);
  const model = async () => (await api.query.models.models(id)).unwrap();
  const deposit = await held(eve.address, 'models', 'ListingDeposit');
  assert.ok(deposit > 0n);

  await env.ui.useAccount('Eve');
  await env.ui.openTab('models');
  const form = env.page.getByTestId('update-model');
  await form.locator(`select[name=model] option[value="${id}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  await form.locator('select[name=model]').selectOption(String(id));
  await form.locator('[name=uri]').fill('ipfs://new');
  await form.locator('[name=price]').fill('3');
  const updated = await send('update-model', { form: true });
  assert.ok(updated.block, updated.text);
  let m = await model();
  assert.equal(m.pricePerJob.toBigInt(), 3n * UNIT);
  assert.equal(m.metadataUri.toUtf8(), 'ipfs://new');
  assert.equal(m.status.toString(), 'Proposed');
  assert.equal((await eventsOf(updated.block, 'models', 'ModelUpdated')).length, 1);
  assert.equal((await eventsOf(updated.block, 'models', 'ListingReopened')).length, 1);

  const retired = await send(`retire-${id}`);
  offWhilePending(retired.samples);
  assert.ok(retired.block, retired.text);
  m = await model();
  assert.equal(m.status.toString(), 'Retired');
  assert.equal(m.retiredAt.unwrap().toNumber(), retired.block);
  assert.equal(await held(eve.address, 'models', 'ListingDeposit'), deposit);
  // Not releasable before the retirement delay: no button, the block it becomes releasable.
  const releaseAt = retired.block + api.consts.models.retirementDelay.toNumber();
  await env.page.getByTestId(`release-at-${id}`).filter({ hasText: `held until block ${releaseAt}` }).waitFor({ timeout: 30_000 });
  assert.equal(await env.page.getByTestId(`release-deposit-${id}`).count(), 0);
  assert.equal(await env.page.getByTestId(`retire-${id}`).count(), 0);
  await env.ui.shot('actions-models');
});

test('council motion: buttons off while pending; Close offered only at the threshold, sent with the proposal\'s weight and length', async () => {
  const { api, keyring } = env.node;
  const [bob] = devPairs(keyring, '//Bob');
  const reg = await ok(api, api.tx.models.registerModel('actions-vote', '1', hex32(), 'Onnx', 'TextEmbedding', '',
    { minMemoryMib: 512, accelerator: 'Cpu' }, UNIT, 'Exact', 0), bob);
  const id = reg.events.find(({ event }) => event.method === 'ModelRegistered').event.data.modelId.toNumber();

  await env.ui.useAccount('Alice');
  await env.ui.openTab('governance');
  await env.page.getByTestId(`propose-approve-${id}`).waitFor({ timeout: 30_000 });
  const proposed = await send(`propose-approve-${id}`);
  offWhilePending(proposed.samples);
  assert.ok(proposed.block, proposed.text);
  const [event] = await eventsOf(proposed.block, 'council', 'Proposed');
  const index = event.data.proposalIndex.toNumber();
  const hash = event.data.proposalHash;

  // No ayes yet: nothing to close.
  const votes = env.page.getByTestId(`motion-votes-${index}`);
  await votes.waitFor({ timeout: 30_000 });
  assert.equal(await env.page.getByTestId(`close-${index}`).count(), 0);
  const aye = await send(`aye-${index}`);
  offWhilePending(aye.samples);
  assert.match(aye.text, /^done in block #\d+/);
  assert.deepEqual((await api.query.council.voting(hash)).unwrap().ayes.map(String), [keyring.addFromUri('//Alice').address]);
  await votes.filter({ hasText: /^1 aye \/ 0 nay, 2 needed$/ }).waitFor({ timeout: 30_000 });
  assert.equal(await env.page.getByTestId(`close-${index}`).count(), 0);

  await env.ui.useAccount('Bob');
  await env.page.getByTestId(`aye-${index}`).waitFor({ timeout: 30_000 });
  assert.ok((await send(`aye-${index}`)).block);
  await env.page.getByTestId(`close-${index}`).waitFor({ timeout: 30_000 });
  await env.ui.useAccount('Charlie');
  await env.page.getByTestId(`close-${index}`).click();
  const closed = blockOf(await env.ui.outcome(`Close motion #${index}`));
  assert.equal((await eventsOf(closed, 'council', 'Approved')).length, 1);
  const [executed] = await eventsOf(closed, 'council', 'Executed');
  assert.equal(executed.data.result.isOk, true);
  assert.equal((await api.query.models.models(id)).unwrap().status.toString(), 'Listed');

  // The close named the proposal's own dispatch weight and encoded length as its bounds.
  const proposal = api.tx.models.approveListing(id);
  const info = await api.call.transactionPaymentCallApi.queryCallInfo(proposal.method, proposal.method.encodedLength);
  const { block } = await api.rpc.chain.getBlock(await api.rpc.chain.getBlockHash(closed));
  const close = block.extrinsics.find((x) => x.method.section === 'council' && x.method.method === 'close');
  const [, , weightBound, lengthBound] = close.method.args;
  assert.equal(weightBound.refTime.toBigInt(), info.weight.refTime.toBigInt());
  assert.equal(weightBound.proofSize.toBigInt(), info.weight.proofSize.toBigInt());
  assert.equal(lengthBound.toNumber(), proposal.method.encodedLength);
});

test('jobs: a queued job cancelled from the table; a result challenged in its window and the challenge upheld by a council motion', async () => {
  const { api, keyring } = env.node;
  const [alice, charlie, ferdie] = devPairs(keyring, '//Alice', '//Charlie', '//Ferdie');
  const best = async () => (await api.rpc.chain.getHeader()).number.toNumber();

  // Nobody serves this model: the job waits in the queue, its escrow held.
  const idle = await listModel(api, keyring, alice, hex32(), 'actions-queued');
  const queued = await submitJob(api, api.tx.jobs.submitJob(idle, { Inline: 'hello' }, UNIT, 1, (await best()) + 50), ferdie);
  assert.ok(queued.queued, 'the job was not queued');
  const escrowBefore = await held(ferdie.address, 'jobs', 'JobEscrow');
  assert.ok(escrowBefore >= queued.escrow);
  await env.ui.useAccount('Ferdie');
  await env.ui.openTab('jobs');
  await env.page.getByTestId(`cancel-${queued.jobId}`).click();
  const cancelled = blockOf(await env.ui.outcome(`Cancel job ${queued.jobId}`));
  const [cancelEvent] = await eventsOf(cancelled, 'jobs', 'JobCancelled');
  assert.equal(cancelEvent.data.refund.toBigInt(), queued.escrow);
  assert.equal(await held(ferdie.address, 'jobs', 'JobEscrow'), escrowBefore - queued.escrow);

  // Charlie serves another model; his (wrong) result to Ferdie's job is committed and revealed
  // by hand (his key is not in the node's keystore): the job is challengeable for a few blocks.
  const modelId = await listModel(api, keyring, alice, hex32(), 'actions-challenged');
  await ok(api, api.tx.compute.registerProvider('http://127.0.0.1:8703', HARDWARE, 1000n * UNIT), charlie);
  await ok(api, api.tx.compute.setModelPrice(modelId, UNIT), charlie);
  const job = await submitJob(api, api.tx.jobs.submitJob(modelId, { Inline: 'what is 2 + 2?' }, UNIT, 1, (await best()) + 20), ferdie);
  assert.ok(job.assigned, 'the job was not assigned');
  const status = async () => (await api.query.jobs.jobs(job.jobId)).unwrap().status;
  const output = '5';
  const salt = hex32();
  await ok(api, api.tx.jobs.commitResult(job.jobId, commitmentOf(job.jobId, charlie.address, blake2AsU8a(stringToU8a(output), 256), salt)), charlie);
  await chainReaches(status, (s) => s.isRevealing, 'the reveal phase');
  await ok(api, api.tx.jobs.revealResult(job.jobId, { Inline: output }, salt), charlie);
  await chainReaches(status, (s) => s.isChallengeable, 'the challenge window');

  // Ferdie challenges from the job's detail: Disputed, his bond held.
  const bond = api.consts.jobs.challengeBond.toBigInt();
  assert.equal(await held(ferdie.address, 'jobs', 'ChallengeBond'), 0n);
  await env.page.getByTestId(`job-link-${job.jobId}`).click();
  await env.page.getByTestId(`challenge-${job.jobId}`).waitFor({ timeout: 30_000 });
  const challenged = await send(`challenge-${job.jobId}`);
  offWhilePending(challenged.samples);
  assert.ok(challenged.block, challenged.text);
  const disputed = await status();
  assert.equal(disputed.isDisputed, true);
  assert.equal(disputed.asDisputed.challenger.toString(), ferdie.address);
  assert.equal(disputed.asDisputed.bond.toBigInt(), bond);
  assert.equal(await held(ferdie.address, 'jobs', 'ChallengeBond'), bond);
  assert.equal((await eventsOf(challenged.block, 'jobs', 'JobChallenged')).length, 1);

  // The council upholds it: Alice proposes from the governance view, Alice and Bob vote aye, Alice closes.
  await env.ui.useAccount('Alice');
  await env.ui.openTab('governance');
  await env.page.getByTestId(`dispute-${job.jobId}`).waitFor({ timeout: 30_000 });
  const proposed = await send(`propose-uphold-${job.jobId}`);
  assert.ok(proposed.block, proposed.text);
  const index = (await eventsOf(proposed.block, 'council', 'Proposed'))[0].data.proposalIndex.toNumber();
  await env.page.getByTestId(`aye-${index}`).waitFor({ timeout: 30_000 });
  assert.ok((await send(`aye-${index}`)).block);
  await env.ui.useAccount('Bob');
  await env.page.getByTestId(`aye-${index}`).waitFor({ timeout: 30_000 });
  assert.ok((await send(`aye-${index}`)).block);
  await env.ui.useAccount('Alice');
  await env.page.getByTestId(`close-${index}`).click();
  const closed = blockOf(await env.ui.outcome(`Close motion #${index}`));
  const [resolved] = await eventsOf(closed, 'jobs', 'ChallengeResolved');
  assert.equal(resolved.data.jobId.toNumber(), job.jobId);
  assert.equal(resolved.data.upheld.isTrue, true);
  assert.equal((await eventsOf(closed, 'compute', 'ProviderSlashed')).some((e) => e.data.provider.toString() === charlie.address), true);
  assert.equal((await status()).isFailed, true);
  assert.equal(await held(ferdie.address, 'jobs', 'ChallengeBond'), 0n);
  await env.ui.shot('actions-governance');
  assert.deepEqual(env.ui.pageErrors, []);
});
