// Foundation end-to-end test: a dev node produces and finalizes blocks, and balance
// transfers made with polkadot.js move exactly the amount and charge exactly the fee.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { u8aToHex } from '@polkadot/util';
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import { waitForBlock, submit, feePaid, freeBalance } from './lib/node.js';
import { useDevNode } from './lib/suite.js';

const UNIT = 1_000_000_000_000n;

const env = useDevNode('foundation');

/** Balances of `addresses` just before and just after the block `blockHash`. */
async function balancesAround(api, blockHash, addresses) {
  const header = await api.rpc.chain.getHeader(blockHash);
  const parent = header.parentHash;
  const beforeB = await Promise.all(addresses.map((a) => freeBalance(api, a, parent)));
  const afterB = await Promise.all(addresses.map((a) => freeBalance(api, a, blockHash)));
  return { before: beforeB, after: afterB };
}

test('chain identity: runtime, token and development accounts', async () => {
  const { api } = env.node;
  assert.equal(api.runtimeVersion.specName.toString(), 'infera');
  const props = await api.rpc.system.properties();
  assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'INFR');
  assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 12);
  const alice = env.node.keyring.addFromUri('//Alice');
  assert.ok(await freeBalance(api, alice.address) > 0n);
  // Metadata V15+ carries the docs that clients show.
  const versions = await api.call.metadata.metadataVersions();
  assert.ok(versions.map((v) => v.toNumber()).includes(15));
  assert.ok(api.tx.balances.transferKeepAlive.meta.docs.length > 0);
});

test('produces blocks and finalizes them', async () => {
  const { api } = env.node;
  const best = await waitForBlock(api, 3);
  assert.ok(best.number.toNumber() >= 3);
  const fin = await waitForBlock(api, 1, { finalized: true });
  assert.ok(fin.number.toNumber() >= 1);
  // Short slots (fast-runtime): the Aura slot is 2 s.
  assert.equal(api.consts.aura.slotDuration.toNumber(), 2000);
});

test('transfer Alice -> Bob moves the amount and charges exactly the fee', async () => {
  const { api, keyring } = env.node;
  const alice = keyring.addFromUri('//Alice');
  const bob = keyring.addFromUri('//Bob');
  const amount = 12n * UNIT + 345n;
  const tx = api.tx.balances.transferKeepAlive(bob.address, amount);
  const estimate = (await tx.paymentInfo(alice)).partialFee.toBigInt();
  assert.ok(estimate > 0n, 'the fee estimate is positive');

  const { blockHash, events, dispatchError } = await submit(api, tx, alice);
  assert.equal(dispatchError, undefined);
  const fee = feePaid(api, events, alice.address);
  assert.ok(fee > 0n && fee <= estimate, `fee ${fee} within estimate ${estimate}`);

  const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
  assert.ok(transfer, 'a Balances.Transfer event');
  assert.equal(transfer.event.data.from.toString(), alice.address);
  assert.equal(transfer.event.data.to.toString(), bob.address);
  assert.equal(transfer.event.data.amount.toBigInt(), amount);
  assert.ok(events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event)));

  const { before: b, after: a } = await balancesAround(api, blockHash, [alice.address, bob.address]);
  assert.equal(b[0] - a[0], amount + fee, 'Alice pays amount + fee');
  assert.equal(a[1] - b[1], amount, 'Bob receives exactly the amount');
});

test('transfer of more than the balance fails with a token error and costs only the fee', async () => {
  const { api, keyring } = env.node;
  const charlie = keyring.addFromUri('//Charlie');
  const dave = keyring.addFromUri('//Dave');
  const balance = await freeBalance(api, charlie.address);
  const tx = api.tx.balances.transferAllowDeath(dave.address, balance + UNIT);

  const { blockHash, events, dispatchError } = await submit(api, tx, charlie);
  assert.ok(dispatchError, 'the transfer fails');
  assert.ok(dispatchError.isToken, `expected a token error, got ${dispatchError.toString()}`);
  assert.equal(dispatchError.asToken.type, 'FundsUnavailable');
  assert.ok(events.some(({ event }) => api.events.system.ExtrinsicFailed.is(event)));
  assert.ok(!events.some(({ event }) => api.events.balances.Transfer.is(event)), 'no transfer happened');
  const fee = feePaid(api, events, charlie.address);
  assert.ok(fee > 0n);

  const { before: b, after: a } = await balancesAround(api, blockHash, [charlie.address, dave.address]);
  assert.equal(b[0] - a[0], fee, 'Charlie loses only the fee');
  assert.equal(a[1], b[1], 'Dave receives nothing');
});

test('a signer that checks the metadata hash (CheckMetadataHash, mode 1) is accepted; a wrong hash is refused', async () => {
  // What a Ledger-style signer does: it signs over the hash of the metadata it decoded the call
  // with. The runtime (built with the `metadata-hash` feature) carries the hash of its own
  // metadata and refuses a signature over any other.
  const { api, keyring } = env.node;
  const [alice, bob] = [keyring.addFromUri('//Alice'), keyring.addFromUri('//Bob')];
  const metadata = (await api.call.metadata.metadataAtVersion(15)).unwrap().toU8a(true);
  const props = await api.rpc.system.properties();
  const hash = merkleizeMetadata(metadata, {
    decimals: props.tokenDecimals.unwrap()[0].toNumber(),
    tokenSymbol: props.tokenSymbol.unwrap()[0].toString(),
  }).digest();

  const amount = 3n * UNIT;
  const wrong = new Uint8Array(hash); wrong[0] ^= 1;
  await assert.rejects(
    submit(api, api.tx.balances.transferKeepAlive(bob.address, amount), alice, { mode: 1, metadataHash: u8aToHex(wrong) }),
    /bad signature/i,
  );
  const res = await submit(api, api.tx.balances.transferKeepAlive(bob.address, amount), alice, { mode: 1, metadataHash: u8aToHex(hash) });
  assert.equal(res.dispatchError, undefined);
  const { before: b, after: a } = await balancesAround(api, res.blockHash, [bob.address]);
  assert.equal(a[0] - b[0], amount);
});
