// Compute providers end-to-end: a provider registers hardware with a stake hold, serves a
// listed model, and the runtime API reports its record, offers and reputation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { submit, submitOk as ok, feePaid, findEvent as find, describeError } from './lib/node.js';
import { useDevNode } from './lib/suite.js';

const UNIT = 1_000_000_000_000n;

const env = useDevNode('compute');

test('a provider registers, serves a listed model and unbonds stake', async () => {
  const { api, keyring } = env.node;
  const [alice, ferdie] = ['//Alice', '//Ferdie'].map((u) => keyring.addFromUri(u));
  const minStake = api.consts.compute.minProviderStake.toBigInt();
  assert.equal(minStake, 1000n * UNIT);

  // A listed model (root lists it directly on the dev chain).
  const reg = await ok(api, api.tx.models.registerModel(
    'whisper-small', '1', '0x' + '33'.repeat(32), 'Onnx', 'SpeechToText', '',
    { minMemoryMib: 2048, accelerator: 'Cpu' }, UNIT, 'Exact', 0,
  ), alice);
  const modelId = find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();
  await ok(api, api.tx.sudo.sudo(api.tx.models.approveListing(modelId)), alice);

  const hardware = { accelerator: 'ConsumerGpu', acceleratorCount: 1, memoryMib: 24576, region: 'eu-west' };
  const stake = 1500n * UNIT;
  const registered = await ok(
    api, api.tx.compute.registerProvider('https://ferdie-gpu.example:8443', hardware, stake), ferdie,
  );
  const ev = find(registered.events, 'compute', 'ProviderRegistered');
  assert.equal(ev.data.stake.toBigInt(), stake);
  const header = await api.rpc.chain.getHeader(registered.blockHash);
  const before = (await (await api.at(header.parentHash)).query.system.account(ferdie.address)).data;
  const afterReg = (await (await api.at(registered.blockHash)).query.system.account(ferdie.address)).data;
  assert.equal(afterReg.reserved.toBigInt() - before.reserved.toBigInt(), stake);
  assert.equal(before.free.toBigInt() - afterReg.free.toBigInt(), stake + feePaid(api, registered.events, ferdie.address));

  await ok(api, api.tx.compute.setModelPrice(modelId, UNIT / 2n), ferdie);
  const offers = await api.call.computeApi.offers(modelId);
  assert.deepEqual(offers.map(([who, price]) => [who.toString(), price.toBigInt()]), [[ferdie.address, UNIT / 2n]]);

  const unbonded = await ok(api, api.tx.compute.unbond(600n * UNIT), ferdie);
  const status = find(unbonded.events, 'compute', 'StatusChanged');
  assert.equal(status.data.status.toString(), 'BelowMinimumStake', 'below the minimum: paused');
  const provider = (await api.call.computeApi.provider(ferdie.address)).unwrap();
  assert.equal(provider.bonded.toBigInt(), 900n * UNIT);
  assert.equal(provider.unlocking.length, 1);
  assert.equal(provider.unlocking[0].amount.toBigInt(), 600n * UNIT);
  assert.equal(provider.status.toString(), 'BelowMinimumStake');
  assert.equal(provider.endpoint.toUtf8(), 'https://ferdie-gpu.example:8443');
  const held = (await api.query.system.account(ferdie.address)).data.reserved.toBigInt();
  assert.equal(held, stake, 'unbonding stake stays held');

  const rep = await api.call.computeApi.reputation(ferdie.address);
  assert.equal(rep.jobsCompleted.toNumber(), 0);
  assert.equal(rep.slashes.toNumber(), 0);
});

test('bad provider input fails with clear errors', async () => {
  const { api, keyring } = env.node;
  const eve = keyring.addFromUri('//Eve');
  const hardware = { accelerator: 'Cpu', acceleratorCount: 0, memoryMib: 1024, region: '' };
  for (const [args, expected] of [
    [['ftp://nope', hardware, 1000n * UNIT], 'compute.BadEndpoint'],
    [['https://eve.example', hardware, 10n * UNIT], 'compute.StakeBelowMinimum'],
  ]) {
    const res = await submit(api, api.tx.compute.registerProvider(...args), eve);
    assert.equal(describeError(api, res.dispatchError), expected);
  }
  const res = await submit(api, api.tx.compute.bondExtra(UNIT), eve);
  assert.equal(describeError(api, res.dispatchError), 'compute.NotProvider');
});
