// Model registry end-to-end: models are registered with a deposit, a council majority lists
// or rejects them through motions, and the runtime API reports them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { submit, feePaid, findEvent, describeError, TREASURY } from './lib/node.js';
import { councilMotion } from './lib/market.js';
import { useDevNode } from './lib/suite.js';

const UNIT = 1_000_000_000_000n;
let ids = {};

const env = useDevNode('models');

async function accountData(api, address, at) {
  const q = at ? await api.at(at) : api;
  return (await q.query.system.account(address)).data;
}

/** A tolerance agreement rule: int8 outputs agree at a cosine of at least 0.99. */
const COSINE_RULE = { CosineInt8: { minCosine: 990_000_000 } };
/** Single-provider jobs of the model are audited with a 20% chance (a Perbill). */
const AUDIT_CHANCE = 200_000_000;

async function registerModel(api, who, hashByte, version) {
  const tx = api.tx.models.registerModel(
    'llama-3-8b-instruct', version, '0x' + hashByte.repeat(32), 'SafeTensors', 'TextGeneration',
    'ipfs://bafy-model-card', { minMemoryMib: 16384, accelerator: 'ConsumerGpu' }, 5n * UNIT, COSINE_RULE, AUDIT_CHANCE,
  );
  const res = await submit(api, tx, who);
  assert.equal(res.dispatchError, undefined, `register failed: ${res.dispatchError}`);
  const ev = findEvent(res.events, 'models', 'ModelRegistered');
  assert.ok(ev, 'ModelRegistered event');
  return { id: ev.data.modelId.toNumber(), deposit: ev.data.deposit.toBigInt(), ...res };
}

test('registering a model holds the listing deposit', async () => {
  const { api, keyring } = env.node;
  const dave = keyring.addFromUri('//Dave');
  const deposit = api.consts.models.listingDeposit.toBigInt();
  assert.equal(deposit, 100n * UNIT);
  const res = await registerModel(api, dave, '11', '1.0');
  ids.listed = res.id;
  assert.equal(res.deposit, deposit);
  const header = await api.rpc.chain.getHeader(res.blockHash);
  const before = await accountData(api, dave.address, header.parentHash);
  const after = await accountData(api, dave.address, res.blockHash);
  const fee = feePaid(api, res.events, dave.address);
  assert.equal(after.reserved.toBigInt() - before.reserved.toBigInt(), deposit);
  assert.equal(before.free.toBigInt() - after.free.toBigInt(), deposit + fee);
  const holds = await api.query.balances.holds(dave.address);
  assert.ok(holds.some((h) => h.id.toString().includes('ListingDeposit') && h.amount.toBigInt() === deposit));

  const model = (await api.call.modelsApi.model(res.id)).unwrap();
  assert.equal(model.status.toString(), 'Proposed');
  assert.equal(model.owner.toString(), dave.address);
  assert.equal(model.hardware.accelerator.toString(), 'ConsumerGpu');
  // The agreement rule voters list with the model, in storage and in the event.
  assert.deepEqual(model.agreement.toJSON(), { cosineInt8: { minCosine: 990000000 } });
  assert.deepEqual(findEvent(res.events, 'models', 'ModelRegistered').data.agreement.toJSON(), model.agreement.toJSON());
  assert.equal(model.auditChance.toNumber(), AUDIT_CHANCE);
});

test('registering the same weights hash and version again fails with DuplicateModel', async () => {
  const { api, keyring } = env.node;
  const ferdie = keyring.addFromUri('//Ferdie');
  const tx = api.tx.models.registerModel(
    'copy', '1.0', '0x' + '11'.repeat(32), 'Onnx', 'Other', '', { minMemoryMib: 1, accelerator: 'Cpu' }, 1n, 'Exact', 0,
  );
  const res = await submit(api, tx, ferdie);
  assert.ok(res.dispatchError?.isModule);
  assert.equal(describeError(api, res.dispatchError), 'models.DuplicateModel');
});

test('one council member cannot list a model alone', async () => {
  const { api, keyring } = env.node;
  const alice = keyring.addFromUri('//Alice');
  const call = api.tx.models.approveListing(ids.listed);
  // Threshold 1: executes at once with a 1-of-3 council origin, which is not a majority.
  const res = await submit(api, api.tx.council.propose(1, call, call.encodedLength), alice);
  const executed = findEvent(res.events, 'council', 'Executed');
  assert.ok(executed && executed.data.result.isErr);
  assert.ok(executed.data.result.asErr.isBadOrigin);
  const model = (await api.call.modelsApi.model(ids.listed)).unwrap();
  assert.equal(model.status.toString(), 'Proposed');
});

test('a council majority lists a model through a motion', async () => {
  const { api, keyring } = env.node;
  const [alice, bob, charlie] = ['//Alice', '//Bob', '//Charlie'].map((u) => keyring.addFromUri(u));
  const closed = await councilMotion(api, api.tx.models.approveListing(ids.listed), alice, bob, charlie);
  const listed = findEvent(closed.events, 'models', 'ModelListed');
  assert.ok(listed);
  assert.equal(listed.data.modelId.toNumber(), ids.listed);

  // Few models: one page each (`next` none).
  const listedModels = await api.call.modelsApi.modelsByStatus('Listed', null, 100);
  assert.ok(listedModels.next.isNone);
  assert.deepEqual(listedModels.items.map(([id]) => id.toNumber()), [ids.listed]);
  const proposed = await api.call.modelsApi.modelsByStatus('Proposed', null, 100);
  assert.ok(!proposed.items.some(([id]) => id.toNumber() === ids.listed));
});

test('a council majority rejects a model and slashes its deposit to the treasury', async () => {
  const { api, keyring } = env.node;
  const [alice, bob, charlie, eve] = ['//Alice', '//Bob', '//Charlie', '//Eve'].map((u) => keyring.addFromUri(u));
  const reg = await registerModel(api, eve, '22', '2.0');
  const treasury = TREASURY;
  const eveBefore = await accountData(api, eve.address);
  const treasuryBefore = (await accountData(api, treasury)).free.toBigInt();

  const closed = await councilMotion(api, api.tx.models.rejectListing(reg.id, true), alice, bob, charlie);
  const rejected = findEvent(closed.events, 'models', 'ModelRejected');
  assert.ok(rejected);
  assert.equal(rejected.data.slashed.toBigInt(), reg.deposit);
  assert.equal(rejected.data.returned.toBigInt(), 0n);

  const eveAfter = await accountData(api, eve.address, closed.blockHash);
  assert.equal(eveBefore.reserved.toBigInt() - eveAfter.reserved.toBigInt(), reg.deposit);
  assert.equal(eveAfter.free.toBigInt(), eveBefore.free.toBigInt(), 'Eve paid nothing else');
  const treasuryAfter = (await accountData(api, treasury, closed.blockHash)).free.toBigInt();
  assert.equal(treasuryAfter - treasuryBefore, reg.deposit, 'the treasury got the whole deposit');
  const model = (await api.call.modelsApi.model(reg.id)).unwrap();
  assert.equal(model.status.toString(), 'Rejected');
});
