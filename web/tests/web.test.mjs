// Browser tests of the web app (web/dist, built by `vite build`) in headless Chromium against a
// live dev node (tests/lib.mjs). Screenshots of every view go to web/test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { submitOk as ok, findEvent as find } from '../../tests/e2e/lib/node.js';
import { listModel, registerWorkerProvider, devPairs } from '../../tests/e2e/lib/market.js';
import { startProvider } from '../../tests/e2e/lib/provider.js';
import { useNodeAndApp, hex32, UNIT } from './lib.mjs';

const providers = [];
const env = useNodeAndApp('web', { cleanup: () => { for (const p of providers) p.stop(); } });
const shot = (name) => env.ui.shot(name);
const openTab = (id) => env.ui.openTab(id);
const useAccount = (name) => env.ui.useAccount(name);
const outcome = (what) => env.ui.outcome(what);
const expectDone = (what) => env.ui.expectDone(what);

test('the models page lists the chain\'s models and shows a refused registration in words', async () => {
  const { api, keyring } = env.node;
  const [alice, bob] = devPairs(keyring, '//Alice', '//Bob');
  const hash = hex32();
  const reg = await ok(api, api.tx.models.registerModel('web-test-model', '2.0', hash, 'Onnx', 'TextEmbedding', 'ipfs://card',
    { minMemoryMib: 512, accelerator: 'Cpu' }, 2n * UNIT, 'Exact', 0), bob);
  const id = find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();
  const listed = await listModel(api, keyring, alice, hex32());

  const row = env.page.getByTestId(`model-row-${id}`);
  await row.waitFor({ timeout: 30_000 });
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[1], 'web-test-model');
  assert.equal(cells[2], '2.0');
  assert.equal(cells[5], 'TextEmbedding');
  assert.equal(cells[6], 'Exact');
  assert.equal(cells[7], '0 %');
  assert.equal(cells[8], '2 INFR');
  assert.equal(cells[9], 'Proposed');
  // The app refreshes on new blocks: the listing may show one refresh after the registration's row.
  const listedStatus = env.page.getByTestId(`model-status-${listed}`);
  await listedStatus.filter({ hasText: /^Listed$/ }).waitFor({ timeout: 30_000 });
  assert.equal(await listedStatus.textContent(), 'Listed');

  // Registering the same (hash, version) again: the chain refuses, the app says why.
  const form = env.page.getByTestId('register-model');
  await form.locator('[name=name]').fill('copy');
  await form.locator('[name=version]').fill('2.0');
  await form.locator('[name=hash]').fill(hash);
  await form.locator('button[type=submit]').click();
  const notice = env.page.getByTestId('notice');
  await notice.filter({ hasText: 'failed' }).waitFor({ timeout: 60_000 });
  assert.match(await notice.textContent(), /Register model copy failed: models\.DuplicateModel: This `\(content_hash, version\)` pair is already registered/);
  await shot('models');
});

test('council members approve a listing through the UI and the model becomes listed', async () => {
  const { api, keyring } = env.node;
  const [eve] = devPairs(keyring, '//Eve');
  const reg = await ok(api, api.tx.models.registerModel('vote-me', '1', hex32(), 'SafeTensors', 'TextEmbedding', '',
    { minMemoryMib: 1024, accelerator: 'Cpu' }, UNIT, 'Exact', 0), eve);
  const id = find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();

  await useAccount('Alice');
  await openTab('governance');
  await env.page.getByTestId(`propose-approve-${id}`).click();
  await expectDone(`Propose listing model ${id}`);
  const [hash] = await api.query.council.proposals();
  const index = (await api.query.council.voting(hash)).unwrap().index.toNumber();
  const votes = env.page.getByTestId(`motion-votes-${index}`);
  await votes.waitFor();

  // The proposer's motion needs its ayes: Alice and Bob vote, Charlie closes.
  await env.page.getByTestId(`aye-${index}`).click();
  await expectDone(`Vote aye on motion #${index}`);
  await useAccount('Bob');
  await env.page.getByTestId(`aye-${index}`).click();
  await expectDone(`Vote aye on motion #${index}`);
  await votes.filter({ hasText: /^2 aye \/ 0 nay, 2 needed$/ }).waitFor({ timeout: 30_000 });
  await shot('governance');
  await useAccount('Charlie');
  await env.page.getByTestId(`close-${index}`).click();
  await expectDone(`Close motion #${index}`);

  assert.equal((await api.query.models.models(id)).unwrap().status.toString(), 'Listed');
  await openTab('models');
  await env.page.getByTestId(`model-status-${id}`).filter({ hasText: 'Listed' }).waitFor({ timeout: 30_000 });
});

test('a job submitted through the UI runs on two real inference servers and shows its settled embedding', async () => {
  const { api, keyring } = env.node;
  const [alice, charlie, dave] = devPairs(keyring, '//Alice', '//Charlie', '//Dave');
  for (const name of ['web-provider-1', 'web-provider-2']) providers.push(await startProvider(name));
  const modelHash = providers[0].health.models[0].hash;
  const modelId = await listModel(api, keyring, alice, modelHash, 'web');
  await registerWorkerProvider(api, charlie, providers[0].url, modelId, 2n * UNIT);
  await registerWorkerProvider(api, dave, providers[1].url, modelId, 2n * UNIT);

  await openTab('providers');
  await env.page.getByTestId(`provider-row-${charlie.address}`).waitFor({ timeout: 30_000 });
  await shot('providers');

  await useAccount('Ferdie');
  await openTab('jobs');
  const form = env.page.getByTestId('submit-job');
  await form.locator(`select[name=model] option[value="${modelId}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  await form.locator('select[name=model]').selectOption(String(modelId));
  await form.locator('[name=text]').fill('The quick brown fox jumps over the lazy dog.');
  await form.locator('[name=price]').fill('2');
  await form.locator('[name=redundancy]').fill('2');
  await form.locator('[name=redundancy]').dispatchEvent('change');
  await form.getByTestId('quote').filter({ hasText: 'Quote: max price 2 INFR per provider, escrow 4.2 INFR (fee 0.2 INFR).' })
    .waitFor({ timeout: 30_000 });
  await form.locator('button[type=submit]').click();
  await expectDone('Submit job');

  const status = env.page.getByTestId('job-detail-status');
  await status.filter({ hasText: 'Settled' }).waitFor({ timeout: 120_000 });
  const output = env.page.getByTestId('job-output');
  await output.waitFor({ timeout: 30_000 });
  assert.match(await output.textContent(), /^384-dimensional embedding \(int8, norm ≈ [01]\.\d\d\): \[(-?\d+, ){12}…\]$/);
  assert.match(await env.page.getByTestId('job-receipt').textContent(), /paid .+ 2 INFR, .+ 2 INFR; fee 0\.2 INFR; refunded 0 INFR/);
  await shot('jobs');

  await openTab('overview');
  assert.equal(await env.page.getByTestId('escrow-total').textContent(), '0 INFR');
  await shot('overview');
});

test('a listing referendum is created and voted through the UI', async () => {
  const { api, keyring } = env.node;
  const [dave, eve] = devPairs(keyring, '//Dave', '//Eve');
  const reg = await ok(api, api.tx.models.registerModel('by-referendum', '1', hex32(), 'Onnx', 'TextEmbedding', '',
    { minMemoryMib: 512, accelerator: 'Cpu' }, UNIT, 'Exact', 0), dave);
  const id = find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();

  // The tracks as the runtime defines them (fast-runtime periods).
  await useAccount('Ferdie');
  await openTab('referenda');
  const track = env.page.getByTestId('track-row-1');
  await track.waitFor({ timeout: 30_000 });
  assert.deepEqual(await track.locator('td').allTextContents(), ['1: model_listings', '100 INFR', '2 blocks', '20 blocks', '3 blocks',
    '1 block', '10', '100 % → 50 % over 50 % of the decision period', '10 % → 1 % over 100 % of the decision period']);

  // Ferdie puts the listing to a referendum (the call inline) and places its decision deposit.
  const submit = env.page.getByTestId('submit-referendum');
  await submit.locator(`select[name=model] option[value="${id}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  await submit.locator('select[name=model]').selectOption(String(id));
  await submit.locator('select[name=decision]').selectOption('approve');
  await submit.locator('button[type=submit]').click();
  await expectDone(`Submit a referendum on model ${id}`);
  const index = (await api.query.referenda.referendumCount()).toNumber() - 1;
  const call = env.page.getByTestId(`referendum-call-${index}`);
  await call.waitFor({ timeout: 30_000 });
  assert.equal(await call.textContent(), `models.approveListing(${id})`);
  assert.match(await env.page.getByTestId(`referendum-stage-${index}`).textContent(), /^needs a decision deposit \(times out in \d+ blocks?\)$/);
  await env.page.getByTestId(`decision-deposit-${index}`).click();
  await expectDone(`Place the decision deposit of referendum #${index}`);

  // Eve votes aye with conviction: first more than she holds (refused, in words), then 700,000 INFR.
  await useAccount('Eve');
  const vote = async (amount) => {
    const form = env.page.getByTestId('vote-referendum');
    await form.locator(`select[name=referendum] option[value="${index}"]`).waitFor({ state: 'attached', timeout: 30_000 });
    await form.locator('select[name=referendum]').selectOption(String(index));
    await form.locator('select[name=side]').selectOption('aye');
    await form.locator('select[name=conviction]').selectOption('Locked1x');
    await form.locator('[name=amount]').fill(amount);
    await form.locator('button[type=submit]').click();
    return outcome(`Vote aye on referendum #${index}`);
  };
  assert.equal(await vote('2000000'), `Vote aye on referendum #${index} failed: convictionVoting.InsufficientFunds: `
    + 'Too high a balance was provided that the account cannot afford.');
  assert.match(await vote('700000'), /done/);
  await env.page.getByTestId('voting-lock').filter({ hasText: 'Locked by conviction votes: 700,000 INFR.' }).waitFor({ timeout: 30_000 });

  // Charlie delegates his listings-track votes to Eve: they join her aye (10% of the issuance is needed at first).
  await useAccount('Charlie');
  const delegate = env.page.getByTestId('delegate-track');
  await delegate.locator('select[name=track]').selectOption('1');
  await delegate.locator('[name=target]').fill(eve.address);
  await delegate.locator('select[name=conviction]').selectOption('Locked1x');
  await delegate.locator('[name=amount]').fill('600000');
  await delegate.locator('button[type=submit]').click();
  await expectDone('Delegate track 1 to Eve');
  await env.page.getByTestId(`referendum-tally-${index}`).filter({ hasText: 'aye 1,300,000 INFR / nay 0 INFR; support 1,300,000 INFR' })
    .waitFor({ timeout: 30_000 });
  assert.match(await env.page.getByTestId(`referendum-approval-${index}`).textContent(), /^100 % of \d+(\.\d+)? % needed$/);
  await shot('referenda-ongoing');

  // Approved (referenda.Confirmed). Eve removes her vote at once: her conviction keeps the
  // balance locked for the lock period (10 blocks) after the end, even once she unlocks.
  await useAccount('Eve');
  await env.page.getByTestId(`referendum-outcome-${index}`).filter({ hasText: 'approved' }).waitFor({ timeout: 120_000 });
  await env.page.getByTestId(`remove-vote-${index}`).click();
  await expectDone(`Remove the vote on referendum #${index}`);
  await env.page.getByTestId('unlock-1').click();
  await expectDone('Unlock track 1');
  assert.match(await env.page.getByTestId('track-lock-1').textContent(), /^700,000 INFR; prior lock 700,000 INFR until block \d+$/);
  await shot('referenda');

  // Charlie undelegates and, as anyone may, has both deposits returned to Ferdie.
  await useAccount('Charlie');
  await env.page.getByTestId('undelegate-1').click();
  await expectDone('Undelegate track 1');
  for (const kind of ['submission', 'decision']) {
    const refund = env.page.getByTestId(`refund-${kind}-${index}`);
    assert.equal(await refund.textContent(), `Refund ${kind === 'submission' ? 10 : 100} INFR to Ferdie`);
    await refund.click();
    await expectDone(`Refund the ${kind} deposit of referendum #${index}`);
    await refund.waitFor({ state: 'detached', timeout: 30_000 });
  }

  // Enacted one block after the approval: the model is listed.
  await openTab('models');
  await env.page.getByTestId(`model-status-${id}`).filter({ hasText: 'Listed' }).waitFor({ timeout: 30_000 });
  // Events with unnamed fields (convictionVoting.Delegated) once broke the app's block handling.
  assert.deepEqual(env.ui.pageErrors, [], 'no uncaught errors in the page');
});
