// Inference jobs end-to-end: a submitter's payment is escrowed and a storage deposit held,
// the providers are drawn in the next block, three providers commit and reveal; the minority's
// contradiction opens the challenge window, after which the majority is paid, the minority
// slashed (ten times the model's price, all of it to the treasury: the job settled, its
// submitter was not harmed), the fee goes to the treasury, and the escrow total returns to
// zero (the deposit stays held until the job is pruned). A queued job is cancelled and
// refunded, and pruned in the next block with its deposit returned.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aToHex, stringToU8a } from '@polkadot/util';
import {
  startDevNode, submit, submitOk as ok, feePaid, findEvent as find, describeError, accountAt as account, TREASURY, rpcCall,
} from './lib/node.js';
import { listModel, commitmentOf, submitJob, nextBlock, jobEventsIn, waitForJobEvent } from './lib/market.js';

const UNIT = 1_000_000_000_000n;
let node;

before(async () => { node = await startDevNode('jobs'); });
after(async () => { if (node) await node.stop(); });

async function parentOf(api, hash) {
  return (await api.rpc.chain.getHeader(hash)).parentHash;
}

/** Sum of the fees `who` paid in those of the given submissions that it signed. */
function fees(api, results, who) {
  const signed = results.filter((r) => r.events.some(({ event }) =>
    api.events.transactionPayment.TransactionFeePaid.is(event) && event.data.who.toString() === who));
  return signed.reduce((sum, r) => sum + feePaid(api, r.events, who), 0n);
}

test('a redundancy-3 job pays the majority, slashes the minority and settles the escrow to the unit', async () => {
  const { api, keyring } = node;
  const [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) => keyring.addFromUri(u));
  const providers = [bob, charlie, dave];
  const modelId = await listModel(api, keyring, alice, u8aToHex(randomBytes(32)));
  const hardware = { accelerator: 'Cpu', acceleratorCount: 0, memoryMib: 4096, region: 'eu' };
  const price = 2n * UNIT;
  await Promise.all(providers.map(async (p, i) => {
    await ok(api, api.tx.compute.registerProvider(`http://127.0.0.1:${9100 + i}`, hardware, 1000n * UNIT), p);
    await ok(api, api.tx.compute.setModelPrice(modelId, price), p);
  }));

  // The quote: three providers at 2 UNIT each, plus the 5% fee.
  const quote = (await api.call.jobsApi.quote(modelId, 3)).unwrap();
  assert.equal(quote.maxPrice.toBigInt(), price);
  assert.equal(quote.escrow.toBigInt(), 3n * price + (3n * price * 5n) / 100n);

  const maxPrice = 3n * UNIT;
  const escrow = 3n * maxPrice + (3n * maxPrice * 5n) / 100n;
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const { submitted, jobId, deposit, assigned: assignedEv } = await submitJob(
    api, api.tx.jobs.submitJob(modelId, { Inline: 'the cat sat on the mat' }, maxPrice, 3, best + 40), alice);
  assert.equal(find(submitted.events, 'jobs', 'JobSubmitted').data.escrow.toBigInt(), escrow);
  assert.ok(assignedEv, 'assigned by the next block');
  assert.deepEqual(assignedEv.data.providers.map(String).sort(), providers.map((p) => p.address).sort());
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), escrow);
  const aliceBefore = await account(api, alice.address, await parentOf(api, submitted.blockHash));
  const aliceAfterSubmit = await account(api, alice.address, submitted.blockHash);
  assert.equal(aliceAfterSubmit.reserved.toBigInt() - aliceBefore.reserved.toBigInt(), escrow + deposit, 'escrow and deposit held');

  // Bob and Charlie agree; Dave answers something else.
  const outputs = { [bob.address]: 'embedding:A', [charlie.address]: 'embedding:A', [dave.address]: 'embedding:B' };
  const salts = Object.fromEntries(providers.map((p) => [p.address, randomBytes(32)]));
  const outputHash = (p) => blake2AsU8a(stringToU8a(outputs[p.address]), 256);
  const before = {};
  for (const p of [...providers]) before[p.address] = await account(api, p.address, submitted.blockHash);
  const treasuryBefore = await account(api, TREASURY, submitted.blockHash);

  const commits = await Promise.all(providers.map((p) => ok(api, api.tx.jobs.commitResult(
    jobId, commitmentOf(jobId, p.address, outputHash(p), salts[p.address])), p)));
  const early = await submit(api, api.tx.jobs.commitResult(jobId, u8aToHex(randomBytes(32))), bob);
  assert.equal(describeError(api, early.dispatchError), 'jobs.TooLate', 'commit phase over once all committed');
  const mismatch = await submit(api, api.tx.jobs.revealResult(jobId, { Inline: 'forged' }, salts[bob.address]), bob);
  assert.equal(describeError(api, mismatch.dispatchError), 'jobs.CommitmentMismatch');
  const reveals = await Promise.all(providers.map((p) => ok(api, api.tx.jobs.revealResult(
    jobId, { Inline: outputs[p.address] }, salts[p.address]), p)));

  // Dave contradicted the majority: the last reveal opens the challenge window instead of
  // settling; nothing is paid or slashed yet.
  const revealEvents = reveals.flatMap((r) => r.events);
  assert.equal(find(revealEvents, 'jobs', 'JobSettled'), undefined, 'no settlement at the last reveal');
  assert.equal(find(revealEvents, 'jobs', 'ProviderPenalized'), undefined, 'no slash at the last reveal');
  const window = find(revealEvents, 'jobs', 'ChallengeWindowOpened');
  assert.ok(window, 'the last reveal opens the challenge window');
  assert.equal(window.data.jobId.toNumber(), jobId);
  assert.equal(window.data.outputHash.toHex(), u8aToHex(outputHash(bob)));
  const windowBlock = reveals.find((r) => find(r.events, 'jobs', 'ChallengeWindowOpened')).blockHash;
  const windowAt = (await api.rpc.chain.getHeader(windowBlock)).number.toNumber();
  assert.equal(window.data.until.toNumber(), windowAt + 10, 'ChallengePeriod: 10 blocks');
  const challengeable = (await (await api.at(windowBlock)).query.jobs.jobs(jobId)).unwrap();
  assert.ok(challengeable.status.isChallengeable, challengeable.status.toString());
  assert.equal(challengeable.status.asChallengeable.until.toNumber(), window.data.until.toNumber());
  assert.equal(challengeable.escrow.toBigInt(), escrow, 'the escrow is still held');
  const settledAt = await waitForJobEvent(api, jobId, 'JobSettled');

  // The job settles in the block after the window, with the slash of the minority.
  const settleBlock = settledAt.blockHash;
  assert.equal((await api.rpc.chain.getHeader(settleBlock)).number.toNumber(), window.data.until.toNumber() + 1);
  const events = jobEventsIn((await api.query.system.events.at(settleBlock)), jobId).map((event) => ({ event }));
  const settled = find(events, 'jobs', 'JobSettled');
  const fee = (3n * maxPrice * 5n) / 100n;
  assert.equal(settled.data.resultHash.toHex(), u8aToHex(outputHash(bob)));
  assert.deepEqual(settled.data.payments.map(([who, amount]) => [who.toString(), amount.toBigInt()]).sort(),
    [[bob.address, price], [charlie.address, price]].sort());
  assert.equal(settled.data.fee.toBigInt(), fee);
  assert.equal(settled.data.refund.toBigInt(), escrow - 2n * price - fee);
  const penalty = find(events, 'jobs', 'ProviderPenalized');
  assert.equal(penalty.data.provider.toString(), dave.address);
  assert.equal(penalty.data.reason.toString(), 'WrongResult');
  // Ten times the model's price (listModel: 1 UNIT), not the job's max price; the job settled,
  // so the whole slash goes to the treasury.
  const slash = 10n * UNIT;
  assert.equal(penalty.data.slashed.toBigInt(), slash);
  assert.equal(penalty.data.compensation.toBigInt(), 0n);
  assert.equal(events.filter(({ event }) => event.section === 'jobs' && event.method === 'ProviderPenalized').length, 1);

  // Balances to the unit. Alice paid two providers and the fee, and got nothing of Dave's slash;
  // the job's storage deposit stays held until the job is pruned (after the retention period).
  const aliceAfter = await account(api, alice.address, settleBlock);
  assert.equal(aliceAfter.reserved.toBigInt() - aliceBefore.reserved.toBigInt(), deposit, 'the deposit stays held');
  assert.equal(aliceAfter.free.toBigInt() - aliceBefore.free.toBigInt(),
    -feePaid(api, submitted.events, alice.address) - 2n * price - fee - deposit);
  for (const p of [bob, charlie]) {
    const now = await account(api, p.address, settleBlock);
    const paidFees = fees(api, [...commits, ...reveals, ...(p === bob ? [early, mismatch] : [])], p.address);
    assert.equal(now.free.toBigInt() - before[p.address].free.toBigInt(), price - paidFees, `${p.address} paid`);
    assert.equal(now.reserved.toBigInt(), before[p.address].reserved.toBigInt(), 'stake untouched');
  }
  const daveNow = await account(api, dave.address, settleBlock);
  assert.equal(before[dave.address].reserved.toBigInt() - daveNow.reserved.toBigInt(), slash, 'Dave lost the slash');
  assert.equal(before[dave.address].free.toBigInt() - daveNow.free.toBigInt(), fees(api, [...commits, ...reveals], dave.address));
  const treasuryNow = await account(api, TREASURY, settleBlock);
  assert.equal(treasuryNow.free.toBigInt() - treasuryBefore.free.toBigInt(), fee + slash);

  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), 0n);
  const job = (await api.call.jobsApi.job(jobId)).unwrap();
  assert.equal(job.status.toString(), 'Settled');
  assert.equal(job.escrow.toBigInt(), 0n);
  assert.equal(job.deposit.toBigInt(), deposit, 'kept until pruned');
  assert.equal(job.slashAmount.toBigInt(), slash);
  // The job's end released every provider's exposure.
  for (const p of providers) {
    const record = (await api.call.computeApi.provider(p.address)).unwrap();
    assert.equal(record.exposure.toBigInt(), 0n, 'exposure released');
    assert.equal(record.activeJobs.toNumber(), 0);
  }
  const rep = await api.call.computeApi.reputation(dave.address);
  assert.equal(rep.slashes.toNumber(), 1);
  assert.equal(rep.jobsFailed.toNumber(), 1);
});

test('a job nobody serves waits in the queue; its cancellation refunds the escrow and its pruning the deposit', async () => {
  const { api, keyring } = node;
  const ferdie = keyring.addFromUri('//Ferdie');
  const modelId = await listModel(api, keyring, ferdie, u8aToHex(randomBytes(32)));
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const { submitted, jobId, deposit, assigned, queued } = await submitJob(
    api, api.tx.jobs.submitJob(modelId, { Inline: 'hello' }, UNIT, 2, best + 30), ferdie);
  assert.equal(assigned, null);
  assert.ok(queued, 'queued by the next block');
  assert.deepEqual((await api.call.jobsApi.queuedJobs()).map((id) => id.toNumber()), [jobId]);
  const escrow = 2n * UNIT + (2n * UNIT * 5n) / 100n;
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), escrow);

  const cancelled = await ok(api, api.tx.jobs.cancelJob(jobId), ferdie);
  assert.equal(find(cancelled.events, 'jobs', 'JobCancelled').data.refund.toBigInt(), escrow);
  const before = await account(api, ferdie.address, await parentOf(api, submitted.blockHash));
  const after = await account(api, ferdie.address, cancelled.blockHash);
  const txFees = fees(api, [submitted, cancelled], ferdie.address);
  // The escrow is back; the storage deposit is held until the job is pruned.
  assert.equal(before.free.toBigInt() - after.free.toBigInt(), txFees + deposit);
  assert.equal(after.reserved.toBigInt() - before.reserved.toBigInt(), deposit);
  assert.equal((await (await api.at(cancelled.blockHash)).query.jobs.jobs(jobId)).unwrap().status.toString(), 'Cancelled');
  assert.equal((await api.call.jobsApi.escrowTotal()).toBigInt(), 0n);
  assert.equal((await api.call.jobsApi.queuedJobs()).length, 0);

  // The next block prunes it: the deposit is back, the job gone.
  const pruning = await nextBlock(api, cancelled.blockHash);
  const pruned = jobEventsIn(pruning.events, jobId).find((e) => e.method === 'JobPruned');
  assert.ok(pruned, 'pruned in the block after the cancellation');
  assert.equal(pruned.data.deposit.toBigInt(), deposit);
  const final = await account(api, ferdie.address, pruning.blockHash);
  assert.equal(before.free.toBigInt() - final.free.toBigInt(), txFees, 'only the transaction fees');
  assert.equal(final.reserved.toBigInt(), before.reserved.toBigInt());
  assert.ok((await (await api.at(pruning.blockHash)).query.jobs.jobs(jobId)).isNone, 'removed from storage');
  assert.ok((await api.call.jobsApi.job(jobId)).isNone);
});

test('bad job input fails with clear errors', async () => {
  const { api, keyring } = node;
  const eve = keyring.addFromUri('//Eve');
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  for (const [args, expected] of [
    [[9999, { Inline: 'x' }, UNIT, 1, best + 30], 'jobs.ModelNotListed'],
    [[0, { Inline: 'x' }, UNIT, 9, best + 30], 'jobs.RedundancyOutOfRange'],
    [[0, { Inline: 'x' }, UNIT, 1, best + 1], 'jobs.DeadlineTooSoon'],
    // Model 0 embeds text: its inline input must be non-empty UTF-8 (a hex string is raw bytes).
    [[0, { Inline: '0x' }, UNIT, 1, best + 30], 'jobs.EmptyInput'],
    [[0, { Inline: '0x61fffe' }, UNIT, 1, best + 30], 'jobs.InputNotText'],
  ]) {
    const res = await submit(api, api.tx.jobs.submitJob(...args), eve);
    assert.equal(describeError(api, res.dispatchError), expected);
  }
  const res = await submit(api, api.tx.jobs.commitResult(0, u8aToHex(randomBytes(32))), eve);
  assert.equal(describeError(api, res.dispatchError), 'jobs.NotProvider');
});

/** Every entry of a paged runtime API list: `read(startAfter)` returns one page ({ items, next }). */
async function readAllPages(read) {
  const items = [];
  let startAfter = null;
  for (;;) {
    const page = await read(startAfter);
    items.push(...page.items);
    if (page.next.isNone) return items;
    startAfter = page.next.unwrap();
  }
}

test('the marketplace read API (runtime APIs, paged) returns what storage says', async () => {
  const { api, keyring, rpcPort } = node;
  const [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) => keyring.addFromUri(u));

  // Models, one per page: every stored model once, and the listed ones by status.
  const stored = await api.query.models.models.entries();
  const paged = await readAllPages((after) => api.call.modelsApi.modelsByStatus(null, after, 1));
  assert.ok(stored.length > 0);
  assert.deepEqual(paged.map(([id]) => id.toNumber()).sort(), stored.map(([key]) => key.args[0].toNumber()).sort());
  for (const [id, model] of paged) {
    assert.equal(model.toHex(), (await api.query.models.models(id)).unwrap().toHex());
  }
  const listed = await readAllPages((after) => api.call.modelsApi.modelsByStatus('Listed', after, 100));
  assert.deepEqual(
    listed.map(([id]) => id.toNumber()).sort(),
    stored.filter(([, m]) => m.unwrap().status.isListed).map(([key]) => key.args[0].toNumber()).sort(),
  );
  const model0 = (await api.call.modelsApi.model(0)).unwrap();
  assert.equal(model0.owner.toString(), alice.address);
  assert.ok(model0.status.isListed);

  // Providers, one per page. Dave's slash left him below the minimum stake: paused, he lost
  // his offer of model 0.
  const providers = await readAllPages((after) => api.call.computeApi.providers(after, 1));
  assert.deepEqual(providers.map(([who]) => who.toString()).sort(), [bob.address, charlie.address, dave.address].sort());
  for (const [who, record] of providers) {
    assert.equal(record.toHex(), (await api.query.compute.providers(who)).unwrap().toHex());
  }
  const daveRecord = (await api.call.computeApi.provider(dave.address)).unwrap();
  assert.ok(daveRecord.status.isBelowMinimumStake);
  assert.equal(daveRecord.models.length, 0);
  assert.equal(daveRecord.bonded.toBigInt(), 1000n * UNIT - 10n * UNIT);
  assert.equal((await api.call.computeApi.reputation(dave.address)).slashes.toNumber(), 1);
  const reputations = await readAllPages((after) => api.call.computeApi.reputations(after, 1));
  assert.deepEqual(reputations.map(([who]) => who.toString()).sort(), (await api.query.compute.reputations.keys()).map((k) => k.args[0].toString()).sort());
  for (const [who, record] of reputations) {
    assert.equal(record.toHex(), (await api.query.compute.reputations(who)).toHex());
  }
  assert.equal(reputations.find(([who]) => who.toString() === dave.address)[1].slashes.toNumber(), 1);
  const offers = await api.call.computeApi.offers(0);
  assert.deepEqual(offers.map(([who]) => who.toString()).sort(), [bob.address, charlie.address].sort());
  assert.ok(offers.every(([, price]) => price.toBigInt() === 2n * UNIT));

  // Jobs: the settled job 0 among the stored jobs, with its amounts.
  const jobs = await readAllPages((after) => api.call.jobsApi.jobs(after, 1));
  assert.deepEqual(jobs.map(([id]) => id.toNumber()).sort(), (await api.query.jobs.jobs.keys()).map((k) => k.args[0].toNumber()).sort());
  const job0 = (await api.call.jobsApi.job(0)).unwrap();
  assert.equal(jobs.find(([id]) => id.toNumber() === 0)[1].toHex(), job0.toHex());
  assert.ok(job0.status.isSettled);
  assert.equal(job0.submitter.toString(), alice.address);
  assert.equal(job0.escrow.toBigInt(), 0n);
  assert.equal(job0.slashAmount.toBigInt(), 10n * UNIT, 'ten times the model price');
  assert.equal(job0.rejectionPrice.toBigInt(), UNIT / 5n, 'a fifth of the model price');
  assert.equal(job0.input.asInline.toHex(), u8aToHex(stringToU8a('the cat sat on the mat')));
  assert.ok((await api.call.jobsApi.job(999)).isNone);
  const outputs = await api.call.jobsApi.outputs(0);
  const storedOutputs = await api.query.jobs.outputs.entries(0);
  assert.ok(outputs.length > 0);
  assert.deepEqual(
    outputs.map(([who, output]) => [who.toString(), output.toHex()]).sort(),
    storedOutputs.map(([key, output]) => [key.args[1].toString(), output.unwrap().toHex()]).sort(),
  );

  assert.ok((await api.call.jobsApi.quote(0, 2)).isSome);
  assert.ok((await api.call.jobsApi.quote(9999, 1)).isNone);
  const escrow = (await api.call.jobsApi.escrowTotal()).toBigInt();
  assert.equal(escrow, (await api.query.jobs.totalEscrow()).toBigInt());
  // The same API over plain JSON-RPC, as `curl` calls it: `state_call` with the SCALE-encoded
  // arguments (none here) returns the SCALE-encoded answer (a u128).
  const raw = await rpcCall(rpcPort, 'state_call', 'JobsApi_escrow_total', '0x');
  assert.equal(api.createType('u128', raw).toBigInt(), escrow);
  // The node serves no marketplace RPC of its own any more.
  await assert.rejects(rpcCall(rpcPort, 'infera_escrowTotal'), /not found/i);
});

test('a job holds a storage deposit and is drawn in the next block; a cancelled job is pruned with it in the block after', async () => {
  const { api, keyring } = node;
  const [alice, bob, eve] = ['//Alice', '//Bob', '//Eve'].map((u) => keyring.addFromUri(u));
  // A model (price 1 UNIT) that Bob serves at 2 UNIT.
  const modelId = await listModel(api, keyring, alice, u8aToHex(randomBytes(32)));
  await ok(api, api.tx.compute.setModelPrice(modelId, 2n * UNIT), bob);
  const [base, perByte] = [api.consts.jobs.jobDepositBase.toBigInt(), api.consts.jobs.jobDepositPerByte.toBigInt()];
  assert.deepEqual([base, perByte], [UNIT, UNIT / 1000n]);
  const holds = async (at) => Object.fromEntries((await (await api.at(at)).query.balances.holds(eve.address))
    .map((h) => [h.id.toString(), h.amount.toBigInt()]));

  // Job A at 2 UNIT: escrow and deposit held at submission, Bob drawn in the next block.
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const txA = api.tx.jobs.submitJob(modelId, { Inline: 'a deposit for every job' }, 2n * UNIT, 1, best + 100);
  const a = await submitJob(api, txA, eve);
  const escrowA = 2n * UNIT + (2n * UNIT * 5n) / 100n;
  const submittedA = find(a.submitted.events, 'jobs', 'JobSubmitted');
  assert.equal(submittedA.data.escrow.toBigInt(), escrowA);
  assert.equal(submittedA.data.deposit.toBigInt(), a.deposit);
  assert.equal(a.deposit, base + perByte * BigInt(txA.args[1].encodedLength), 'base + per byte of the encoded input');
  const submitBlock = await api.query.system.events.at(a.submitted.blockHash);
  assert.deepEqual(jobEventsIn(submitBlock, a.jobId).map((e) => e.method), ['JobSubmitted'], 'no draw in the submission block');
  const start = await account(api, eve.address, await parentOf(api, a.submitted.blockHash));
  const held = await account(api, eve.address, a.submitted.blockHash);
  assert.equal(held.reserved.toBigInt() - start.reserved.toBigInt(), escrowA + a.deposit, 'escrow + deposit held');
  assert.equal(start.free.toBigInt() - held.free.toBigInt(), escrowA + a.deposit + feePaid(api, a.submitted.events, eve.address));
  const holdsA = await holds(a.submitted.blockHash);
  assert.equal(Object.entries(holdsA).find(([id]) => id.includes('JobEscrow'))?.[1], escrowA);
  assert.equal(Object.entries(holdsA).find(([id]) => id.includes('JobDeposit'))?.[1], a.deposit);
  assert.ok(a.assigned, 'assigned in the next block');
  assert.deepEqual(a.assigned.data.providers.map(String), [bob.address]);
  assert.equal((await api.rpc.chain.getHeader(a.drawBlock)).parentHash.toHex(), a.submitted.blockHash.toHex());

  // Job B at 1 UNIT, below Bob's price: queued in the next block, cancelled, pruned in the
  // block after: Eve is back where she started but for her transaction fees.
  const b = await submitJob(api, api.tx.jobs.submitJob(modelId, { Inline: 'too cheap' }, UNIT, 1, best + 100), eve);
  assert.deepEqual([b.assigned, b.failed], [null, null]);
  assert.ok(b.queued, 'queued in the next block');
  const beforeB = await account(api, eve.address, await parentOf(api, b.submitted.blockHash));
  const cancelled = await ok(api, api.tx.jobs.cancelJob(b.jobId), eve);
  assert.equal(find(cancelled.events, 'jobs', 'JobCancelled').data.refund.toBigInt(), UNIT + UNIT * 5n / 100n);
  const pruning = await nextBlock(api, cancelled.blockHash);
  const pruned = jobEventsIn(pruning.events, b.jobId).find((e) => e.method === 'JobPruned');
  assert.ok(pruned, 'pruned in the block after the cancellation');
  assert.equal(pruned.data.deposit.toBigInt(), b.deposit);
  const afterB = await account(api, eve.address, pruning.blockHash);
  assert.equal(beforeB.free.toBigInt() - afterB.free.toBigInt(), fees(api, [b.submitted, cancelled], eve.address));
  assert.equal(afterB.reserved.toBigInt(), beforeB.reserved.toBigInt());
  assert.ok((await (await api.at(pruning.blockHash)).query.jobs.jobs(b.jobId)).isNone);
  // Job A is untouched: its escrow and deposit are still held.
  assert.deepEqual(await holds(pruning.blockHash), holdsA);
});
