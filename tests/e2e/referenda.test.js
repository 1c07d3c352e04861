// Token-holder governance of model listings (OpenGov) against a dev node with fast periods
// (`fast-runtime`: 2 s blocks; listings track: prepare 2, decision 20, confirm 3, enactment 1
// blocks; vote locks of 10 blocks per conviction step). Ferdie proposes the listing of Dave's
// model on the model-listings track with the call inline (no preimage to note), places the
// decision deposit, and token holders decide: Charlie votes with conviction, Eve delegates her
// votes to him. One referendum passes and lists the model; another fails and leaves it proposed.
// Every deposit is followed to the unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { submitOk as ok, submit, findEvent as find, describeError, waitForBlock } from './lib/node.js';
import { devPairs, waitForEvent, feesPaidBetween, balanceDelta } from './lib/market.js';
import { useDevNode } from './lib/suite.js';

const UNIT = 1_000_000_000_000n;
const LISTINGS_TRACK = 1;

const env = useDevNode('referenda');

/** Dave registers a model (its listing deposit held); returns its id. */
async function proposeModel(api, dave, version) {
  const reg = await ok(api, api.tx.models.registerModel('all-MiniLM-L6-v2', version, '0x' + '5a'.repeat(32), 'SafeTensors',
    'TextEmbedding', '', { minMemoryMib: 1024, accelerator: 'Cpu' }, UNIT, 'Exact', 0), dave);
  return find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();
}

/** `who` submits a referendum on the listings track for `call` (inline) and places its decision deposit. */
async function listingReferendum(api, who, call) {
  const submitted = await ok(api, api.tx.referenda.submit({ Origins: 'ModelListings' }, { Inline: call.method.toHex() }, { After: 1 }), who);
  const ev = find(submitted.events, 'referenda', 'Submitted');
  assert.equal(ev.data.track.toNumber(), LISTINGS_TRACK);
  const index = ev.data.index.toNumber();
  const placed = await ok(api, api.tx.referenda.placeDecisionDeposit(index), who);
  return { index, submitted, placed };
}

const status = async (api, id) => (await api.query.models.models(id)).unwrap().status.toString();
const votingLock = async (api, who) => (await api.query.balances.locks(who))
  .filter((l) => l.id.toUtf8() === 'pyconvot').reduce((max, l) => (l.amount.toBigInt() > max ? l.amount.toBigInt() : max), 0n);
const listingDepositHeld = async (api, who) => (await api.query.balances.holds(who))
  .filter((h) => h.id.toString().includes('ListingDeposit')).reduce((sum, h) => sum + h.amount.toBigInt(), 0n);

test('token holders list a model by referendum: conviction votes, a delegated vote, deposits back, locks released', async () => {
  const { api, keyring } = env.node;
  const [charlie, dave, eve, ferdie] = devPairs(keyring, '//Charlie', '//Dave', '//Eve', '//Ferdie');
  const track = api.consts.referenda.tracks.find(([id]) => id.toNumber() === LISTINGS_TRACK)[1];
  // The name is a fixed-length string (a Text in the metadata), padded with NULs.
  assert.equal(track.name.toString().replace(/\0+$/, ''), 'model_listings');
  const submissionDeposit = api.consts.referenda.submissionDeposit.toBigInt();
  const decisionDeposit = track.decisionDeposit.toBigInt();
  assert.deepEqual([submissionDeposit, decisionDeposit], [10n * UNIT, 100n * UNIT]);

  const model = await proposeModel(api, dave, 'by-referendum');
  const listingDeposit = await listingDepositHeld(api, dave.address);
  const start = (await api.rpc.chain.getHeader()).hash;
  const { index, placed } = await listingReferendum(api, ferdie, api.tx.models.approveListing(model));
  assert.equal((await balanceDelta(api, ferdie.address, start, placed.blockHash)).reserved, submissionDeposit + decisionDeposit);

  // Eve delegates her listings-track votes to Charlie (1x conviction); Charlie votes aye.
  await ok(api, api.tx.convictionVoting.delegate(LISTINGS_TRACK, charlie.address, 'Locked1x', 500_000n * UNIT), eve);
  // `Confirmed`: the referendum is approved (pallet-referenda emits no `Approved` event).
  const approved = waitForEvent(api, 'referenda', 'Confirmed', (e) => e.data.index.toNumber() === index, 180_000);
  await ok(api, api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 800_000n * UNIT } }), charlie);
  const ongoing = (await api.query.referenda.referendumInfoFor(index)).unwrap().asOngoing;
  assert.equal(ongoing.tally.ayes.toBigInt(), 1_300_000n * UNIT, 'Charlie\'s vote and Eve\'s delegated one');
  assert.equal(ongoing.tally.support.toBigInt(), 1_300_000n * UNIT);
  // A locked vote: Charlie's balance is locked at least by his vote while the referendum runs.
  assert.equal(await votingLock(api, charlie.address), 800_000n * UNIT);

  const approvedAt = (await api.rpc.chain.getHeader((await approved).blockHash)).number.toNumber();
  // Conviction locks: Charlie's stays for the lock period after the end even once his vote is
  // removed (he voted on the winning side); Eve's from her undelegation on.
  await ok(api, api.tx.convictionVoting.removeVote(LISTINGS_TRACK, index), charlie);
  await ok(api, api.tx.convictionVoting.unlock(LISTINGS_TRACK, charlie.address), charlie);
  assert.equal(await votingLock(api, charlie.address), 800_000n * UNIT, 'still locked within the lock period');
  const undelegated = await ok(api, api.tx.convictionVoting.undelegate(LISTINGS_TRACK), eve);
  const undelegatedAt = (await api.rpc.chain.getHeader(undelegated.blockHash)).number.toNumber();
  assert.ok(undelegatedAt < approvedAt + 10, 'the lock checks ran within the lock period');

  // Enacted one block after approval: the model is listed.
  for (let i = 0; i < 10 && (await status(api, model)) !== 'Listed'; i++) {
    await waitForBlock(api, (await api.rpc.chain.getHeader()).number.toNumber() + 1);
  }
  assert.equal(await status(api, model), 'Listed');
  assert.equal(await listingDepositHeld(api, dave.address), listingDeposit, 'the listing deposit stays held while listed');

  // Both referendum deposits come back to the unit: Ferdie ends with only his fees spent.
  await ok(api, api.tx.referenda.refundSubmissionDeposit(index), ferdie);
  const refunded = await ok(api, api.tx.referenda.refundDecisionDeposit(index), ferdie);
  const fees = await feesPaidBetween(api, start, refunded.blockHash);
  assert.deepEqual(await balanceDelta(api, ferdie.address, start, refunded.blockHash), { free: -fees[ferdie.address], reserved: 0n });

  // After the lock period both unlock.
  await waitForBlock(api, undelegatedAt + 12, { timeoutMs: 60_000 });
  await ok(api, api.tx.convictionVoting.unlock(LISTINGS_TRACK, charlie.address), charlie);
  assert.equal(await votingLock(api, charlie.address), 0n);
  await ok(api, api.tx.convictionVoting.unlock(LISTINGS_TRACK, eve.address), eve);
  assert.equal(await votingLock(api, eve.address), 0n);
});

test('a failed listing referendum returns the decision deposit, keeps the submission deposit and leaves the model proposed', async () => {
  const { api, keyring } = env.node;
  const [charlie, dave, ferdie] = devPairs(keyring, '//Charlie', '//Dave', '//Ferdie');
  const model = await proposeModel(api, dave, 'rejected-by-referendum');
  const listingDeposit = await listingDepositHeld(api, dave.address);
  const start = (await api.rpc.chain.getHeader()).hash;
  const { index } = await listingReferendum(api, ferdie, api.tx.models.approveListing(model));
  const rejected = waitForEvent(api, 'referenda', 'Rejected', (e) => e.data.index.toNumber() === index, 180_000);
  await ok(api, api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: false, conviction: 'None' }, balance: 900_000n * UNIT } }), charlie);
  await rejected;
  assert.equal(await status(api, model), 'Proposed');
  assert.equal(await listingDepositHeld(api, dave.address), listingDeposit, 'the listing deposit follows the models pallet: held while proposed');

  await ok(api, api.tx.referenda.refundDecisionDeposit(index), ferdie);
  const refused = await submit(api, api.tx.referenda.refundSubmissionDeposit(index), ferdie);
  assert.equal(describeError(api, refused.dispatchError), 'referenda.BadStatus');
  const submissionDeposit = api.consts.referenda.submissionDeposit.toBigInt();
  const fees = await feesPaidBetween(api, start, refused.blockHash);
  assert.deepEqual(await balanceDelta(api, ferdie.address, start, refused.blockHash),
    { free: -submissionDeposit - fees[ferdie.address], reserved: submissionDeposit });
  // Charlie voted without conviction: nothing stays locked once his vote is removed.
  await ok(api, api.tx.convictionVoting.removeVote(LISTINGS_TRACK, index), charlie);
  await ok(api, api.tx.convictionVoting.unlock(LISTINGS_TRACK, charlie.address), charlie);
  assert.equal(await votingLock(api, charlie.address), 0n);
});
