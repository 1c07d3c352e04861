// The `local` chain spec: three validators (Alice, Bob, Charlie) connect, take turns authoring
// blocks and finalize them with GRANDPA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNode, freePort, waitForBlock } from './lib/node.js';

// Public, test-only node key of Alice and its peer id.
const ALICE_NODE_KEY = '0'.repeat(63) + '1';
const ALICE_PEER_ID = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';
const nodes = [];

before(async () => {
  const aliceP2p = await freePort();
  const bootnode = `/ip4/127.0.0.1/tcp/${aliceP2p}/p2p/${ALICE_PEER_ID}`;
  const common = ['--chain', 'local', '--validator', '--tmp'];
  // Start all three at once; each node spends its first seconds compiling the runtime.
  const started = await Promise.allSettled([
    startNode('local-alice', [...common, '--alice', '--node-key', ALICE_NODE_KEY], { p2pPort: aliceP2p }),
    startNode('local-bob', [...common, '--bob', '--node-key', '0'.repeat(63) + '2', '--bootnodes', bootnode]),
    startNode('local-charlie', [...common, '--charlie', '--node-key', '0'.repeat(63) + '3', '--bootnodes', bootnode]),
  ]);
  for (const s of started) if (s.status === 'fulfilled') nodes.push(s.value);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
});
after(async () => { await Promise.all(nodes.map((n) => n.stop())); });

/** Index of the Aura authority that authored `header`: the slot in its pre-runtime digest, modulo the set size. */
function authorIndex(api, header, authorityCount) {
  const pre = header.digest.logs.find((l) => l.isPreRuntime && l.asPreRuntime[0].toString() === 'aura');
  const slot = api.createType('u64', pre.asPreRuntime[1]).toBigInt();
  return Number(slot % BigInt(authorityCount));
}

test('three validators author in turn and finalize blocks', async () => {
  const { api } = nodes[2];
  assert.equal((await api.rpc.system.chain()).toString(), 'Infera Local Testnet');
  const authorities = await api.query.aura.authorities();
  assert.equal(authorities.length, 3);
  assert.equal((await api.query.grandpa.authorities()).length, 3);

  // Once Charlie sees both peers, every validator can take its slots: count from there.
  const deadline = Date.now() + 120_000;
  while ((await api.rpc.system.health()).peers.toNumber() < 2) {
    assert.ok(Date.now() < deadline, 'Charlie connects to Alice and Bob');
    await new Promise((r) => setTimeout(r, 500));
  }
  const from = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  const finalized = await waitForBlock(api, from + 11, { finalized: true, timeoutMs: 180_000 });

  const authors = new Set();
  for (let n = from; n <= finalized.number.toNumber(); n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    authors.add(authorIndex(api, await api.rpc.chain.getHeader(hash), authorities.length));
  }
  assert.equal(authors.size, 3, `blocks from all three validators, got ${[...authors]}`);

  // Every node agrees on the finalized block.
  const hashes = await Promise.all(nodes.map(async ({ api: a }) => (await a.rpc.chain.getBlockHash(finalized.number)).toHex()));
  assert.equal(new Set(hashes).size, 1);
});
