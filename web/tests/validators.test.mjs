// Browser test of the validators view on a dev node (fast-runtime: 10-block sessions, but
// unbonding takes 28 sessions, about 9 minutes): Ferdie bonds (after a refusal below the
// minimum stake, told in words), sets session keys generated on the node with their ownership
// proof, bonds more and leaves; the passage of the unbonding sessions and a fault are written
// into his candidate record through sudo (system.setStorage), so that withdrawing and rejoining
// run through the view within a short test. Then a real offline fault: Eve, bonded without
// session keys, is written into the current set a missed session short of `MaxMissedSessions`;
// the pallet reports her at the session's end and slashes her `SlashDeferDuration` sessions later,
// and the view's faults table and her row show both. Each step is checked against the chain's storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { submitOk as ok } from '../../tests/e2e/lib/node.js';
import { devPairs } from '../../tests/e2e/lib/market.js';
import { decodeAddress } from '@polkadot/util-crypto';
import { useNodeAndApp, rewriteRecord, writeStorage, UNIT } from './lib.mjs';

const env = useNodeAndApp('web-validators', { tab: 'validators' });

/** The candidate record of `address` (polkadot.js codec: bonded, unbonding, unbondingUntil, active), or null. */
async function candidate(address) {
  const record = await env.node.api.query.validators.candidates(address);
  return record.isSome ? record.unwrap() : null;
}

/** Rewrites the candidate record of `address` with `changes` (tests/lib.mjs `rewriteRecord`). */
function rewriteCandidate(address, changes) {
  return rewriteRecord(env.node.api, env.node.keyring, env.node.api.query.validators.candidates, [address], changes);
}

/** Fills the amount of form `testid` (if given) and submits it; resolves with the notice's outcome of `what`. */
async function submit(testid, what, amount) {
  const form = env.page.getByTestId(testid);
  await form.waitFor({ state: 'visible', timeout: 30_000 });
  if (amount !== undefined) await form.locator('[name=amount]').fill(amount);
  await form.locator('button[type=submit]').click();
  return env.ui.outcome(what);
}

/** Which of the account's action forms the view shows. */
async function shownActions() {
  const forms = ['bond', 'bond-extra', 'keys', 'rejoin', 'leave', 'withdraw'];
  const shown = [];
  for (const f of forms) if (await env.page.getByTestId(`validator-${f}`).isVisible()) shown.push(f);
  return shown;
}

/** Waits for the account line ("waiting: 10,000 INFR bonded; …") to match `pattern`. */
const meLine = (pattern) => env.page.getByTestId('validator-me').filter({ hasText: pattern }).waitFor({ timeout: 30_000 });

test('a candidate bonds, sets keys with their ownership proof, leaves, withdraws and rejoins through the view', async () => {
  const { api, keyring } = env.node;
  const [alice, ferdie] = devPairs(keyring, '//Alice', '//Ferdie');
  await env.ui.useAccount('Ferdie');
  await env.ui.loaded();
  // The dev chain's genesis validator.
  await env.page.getByTestId(`validator-status-${alice.address}`).filter({ hasText: /^active$/ }).waitFor({ timeout: 30_000 });
  await meLine(/^not a candidate$/);
  assert.deepEqual(await shownActions(), ['bond']);

  // Below the minimum stake: the chain refuses, the app says why; nothing is bonded.
  const refused = await submit('validator-bond', 'Bond 5 INFR', '5');
  assert.match(refused, /^Bond 5 INFR failed: validators\.BelowMinimum: The stake is below `MinValidatorStake`/);
  assert.equal(await candidate(ferdie.address), null);

  assert.match(await submit('validator-bond', 'Bond 10000 INFR', '10000'), /done/);
  let record = await candidate(ferdie.address);
  assert.equal(record.bonded.toBigInt(), 10_000n * UNIT);
  assert.equal(record.active.isTrue, true);
  assert.ok((await api.query.validators.candidateList()).map(String).includes(ferdie.address));
  await env.page.getByTestId(`validator-status-${ferdie.address}`).filter({ hasText: /^waiting$/ }).waitFor({ timeout: 30_000 });
  await meLine(/^waiting: 10,000 INFR bonded; no session keys/);
  assert.deepEqual(await shownActions(), ['bond-extra', 'keys', 'leave']);

  // Session keys generated in the node's keystore with the proof that Ferdie owns them.
  const keysForm = env.page.getByTestId('validator-keys');
  await env.page.getByTestId('generate-keys').click();
  await env.page.getByTestId('keys-note').filter({ hasText: /^Generated in the connected node's keystore/ }).waitFor({ timeout: 30_000 });
  const keys = await keysForm.locator('[name=keys]').inputValue();
  assert.match(keys, /^0x[0-9a-f]{128}$/, 'aura (32 bytes) and grandpa (32 bytes) keys');
  assert.match(await keysForm.locator('[name=proof]').inputValue(), /^0x[0-9a-f]+$/);
  assert.match(await submit('validator-keys', 'Set session keys'), /done/);
  assert.equal((await api.query.session.nextKeys(ferdie.address)).unwrap().toHex(), keys);
  assert.equal((await api.rpc.author.hasSessionKeys(keys)).isTrue, true, 'the node holds the keys it generated');
  await env.page.getByTestId(`validator-keys-${ferdie.address}`).filter({ hasText: /^set$/ }).waitFor({ timeout: 30_000 });
  await meLine(/^(waiting|active): 10,000 INFR bonded; (eligible|enters the set|validating)/);
  await env.ui.shot('validators-candidate');

  assert.match(await submit('validator-bond-extra', 'Bond 500 INFR more', '500'), /done/);
  assert.equal((await candidate(ferdie.address)).bonded.toBigInt(), 10_500n * UNIT);

  // Leaving: everything unbonds for BondingDuration sessions; nothing to withdraw yet.
  assert.match(await submit('validator-leave', 'Leave the candidates'), /done/);
  const session = (await api.query.validators.currentSession()).toNumber();
  const duration = api.consts.validators.bondingDuration.toNumber();
  record = await candidate(ferdie.address);
  assert.equal(record.bonded.toBigInt(), 0n);
  assert.equal(record.unbonding.toBigInt(), 10_500n * UNIT);
  assert.ok([session, session - 1].map((s) => s + duration).includes(record.unbondingUntil.toNumber()));
  assert.equal(record.active.isTrue, false);
  assert.ok(!(await api.query.validators.candidateList()).map(String).includes(ferdie.address));
  await env.page.getByTestId(`validator-status-${ferdie.address}`).filter({ hasText: /^(leaving|unbonding)$/ }).waitFor({ timeout: 30_000 });
  await meLine(new RegExp(`^(leaving|unbonding): 0 INFR bonded, 10,500 INFR unbonding; .*withdrawable from session ${record.unbondingUntil.toNumber()} \\(in \\d+ sessions\\)`));
  assert.deepEqual(await shownActions(), [], 'no withdrawal before the unbonding sessions passed, no bond while leaving');

  // The unbonding sessions have passed: the view offers the withdrawal.
  const freeBefore = (await api.query.system.account(ferdie.address)).data.free.toBigInt();
  await rewriteCandidate(ferdie.address, { unbondingUntil: (await api.query.validators.currentSession()).toNumber() });
  await meLine(/withdrawable now$/);
  assert.deepEqual(await shownActions(), ['withdraw']);
  assert.match(await submit('validator-withdraw', 'Withdraw unbonded stake'), /done/);
  assert.equal(await candidate(ferdie.address), null, 'the record is gone with the stake');
  const freeAfter = (await api.query.system.account(ferdie.address)).data.free.toBigInt();
  assert.ok(freeAfter - freeBefore > 10_499n * UNIT, `free balance ${freeBefore} -> ${freeAfter}: the stake came back`);
  await meLine(/^not a candidate/);

  // Bonded again, then deactivated as a fault does: the view offers rejoining.
  assert.match(await submit('validator-bond', 'Bond 10000 INFR', '10000'), /done/);
  await rewriteCandidate(ferdie.address, { active: false });
  await meLine(/deactivated by a fault/);
  assert.deepEqual(await shownActions(), ['bond-extra', 'keys', 'rejoin', 'leave']);
  assert.match(await submit('validator-rejoin', 'Rejoin the candidates'), /done/);
  assert.equal((await candidate(ferdie.address)).active.isTrue, true);
  await env.page.getByTestId('validator-rejoin').waitFor({ state: 'hidden', timeout: 30_000 });
  await env.ui.shot('validators');
  assert.deepEqual(env.ui.pageErrors, [], 'no uncaught errors in the page');
});

test('an offline fault: reported at the end of a session, shown with its pending slash, then applied', async () => {
  const { api, keyring } = env.node;
  const [eve] = devPairs(keyring, '//Eve');
  const maxMissed = api.consts.validators.maxMissedSessions.toNumber();
  const deferred = api.consts.validators.slashDeferDuration.toNumber();
  // Eve bonds (no session keys: she is never planned into the set, so she authors no block).
  await ok(api, api.tx.validators.bond(10_000n * UNIT), eve);
  // Written through sudo: she is in the current set, one missed session short of being offline.
  // At the session's end the pallet's liveness check finds no block of hers and reports her.
  await rewriteCandidate(eve.address, { missedSessions: maxMissed - 1 });
  const set = [...(await api.query.validators.validators()).map(String), eve.address]
    .sort((a, b) => Buffer.compare(Buffer.from(decodeAddress(a)), Buffer.from(decodeAddress(b))));
  const before = (await api.query.validators.currentSession()).toNumber();
  await writeStorage(api, keyring, api.query.validators.validators, [], set);

  await env.ui.useAccount('Alice');
  await env.ui.openTab('validators');
  const reported = env.page.locator('#validators-faults tr', { hasText: 'SlashReported' });
  await reported.waitFor({ timeout: 60_000 });
  // The chain: one record and one pending slash of 1 % of her stake (`OfflineSlash`), due `SlashDeferDuration` sessions on.
  const records = (await api.query.validators.slashRecords.entries()).filter(([key]) => key.args[1][0].toString() === eve.address);
  assert.equal(records.length, 1);
  const [[key, record]] = records;
  const session = key.args[0].toNumber();
  assert.equal(key.args[1][1].toString(), 'Offline');
  assert.ok(session === before || session === before + 1, `the fault of session ${session} (written in session ${before} or the next)`);
  const applyAt = record.unwrap().applyAt.toNumber();
  assert.equal(applyAt, session + deferred);
  const pending = (await api.query.validators.pendingSlashes(applyAt)).filter((s) => s.validator.toString() === eve.address);
  assert.equal(pending.length, 1);
  assert.equal(pending[0].amount.toBigInt(), 100n * UNIT);
  assert.equal(pending[0].offence.toString(), 'Offline');
  // The view: the report (block, validator, offence, session, amount, when it applies) and her row.
  const cells = await reported.locator('td').allTextContents();
  assert.deepEqual(cells.slice(1), ['Eve', 'SlashReported', 'Offline', `session ${session}`, '100 INFR', `applies at session ${applyAt}`]);
  await env.page.getByTestId(`validator-row-${eve.address}`).filter({ hasText: '1 reported; 0 INFR slashed' }).waitFor({ timeout: 30_000 });
  await env.ui.shot('validators-fault-reported');

  // `SlashDeferDuration` sessions later the slash applies: her stake and its hold less 100 INFR.
  const slashed = env.page.locator('#validators-faults tr', { hasText: /Slashed/ }).filter({ hasText: 'Eve' });
  await slashed.waitFor({ timeout: (deferred + 2) * 10 * 3_000 });
  assert.deepEqual((await slashed.locator('td').allTextContents()).slice(1), ['Eve', 'Slashed', 'Offline', '—', '100 INFR', '—']);
  const candidateNow = await candidate(eve.address);
  assert.equal(candidateNow.bonded.toBigInt(), 9_900n * UNIT);
  assert.equal((await api.query.validators.pendingSlashes(applyAt)).length, 0);
  await env.page.getByTestId(`validator-row-${eve.address}`).filter({ hasText: '1 reported; 100 INFR slashed' }).waitFor({ timeout: 30_000 });
  await env.ui.shot('validators-fault-slashed');
  assert.deepEqual(env.ui.pageErrors, [], 'no uncaught errors in the page');
});
