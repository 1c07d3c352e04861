// Run while validator `args[0]` (e.g. "dave") is stopped: waits until pallet-validators reports
// it offline (no block authored for `MaxMissedSessions` sessions in the set) and, after the
// slash deferral, slashes it. Checks the amount (`OfflineSlash` of its stake when reported),
// that exactly that much left its held stake and reached the treasury, and that the network kept
// finalizing meanwhile. Returns 1.
const { u8aConcat, stringToU8a } = require('@polkadot/util');
const { connectTo, finalizedNumber } = require('./lib.js');

const TREASURY_SEED = u8aConcat(stringToU8a('modl'), stringToU8a('inf/trsy'), new Uint8Array(20));

/** Resolves with { event, blockHash } of the first event that `match(event)` accepts. */
function waitForEvent(api, match, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => { unsubscribe(); reject(new Error(`timed out waiting for ${what}`)); }, timeoutMs);
    api.rpc.chain.subscribeNewHeads(async (header) => {
      const events = await api.query.system.events.at(header.hash);
      const hit = events.find(({ event }) => match(event));
      if (!hit) return;
      clearTimeout(timer);
      unsubscribe();
      resolve({ event: hit.event, blockHash: header.hash });
    }).then((u) => { unsubscribe = u; }).catch(reject);
  });
}

async function run(nodeName, networkInfo, args) {
  const api = await connectTo(networkInfo, nodeName);
  try {
    const name = args[0];
    const offender = new zombie.Keyring({ type: 'sr25519' }).addFromUri(`//${name[0].toUpperCase()}${name.slice(1)}`).address;
    const treasury = zombie.util.encodeAddress(TREASURY_SEED, 42);
    const finalizedBefore = await finalizedNumber(api);
    const isOf = (event, method) => event.section === 'validators' && event.method === method
      && event.data.validator.toString() === offender && event.data.offence.toString() === 'Offline';

    const reported = await waitForEvent(api, (e) => isOf(e, 'SlashReported'), 600_000, `${name} to be reported offline`);
    const { amount, applyAt, session } = reported.event.data;
    const stakeThen = await api.query.validators.candidates.at(reported.blockHash, offender);
    const total = stakeThen.unwrap().bonded.toBigInt() + stakeThen.unwrap().unbonding.toBigInt();
    // OfflineSlash (1%) of its stake; the report deactivated the candidacy.
    const expected = total / 100n;
    if (amount.toBigInt() !== expected) throw new Error(`slash ${amount} != 1% of ${total}`);
    console.log(`${name} reported offline in session ${session}: ${amount} due at session ${applyAt}`);

    const slashed = await waitForEvent(api, (e) => isOf(e, 'Slashed'), 600_000, `${name} to be slashed`);
    if (slashed.event.data.amount.toBigInt() !== expected) throw new Error(`slashed ${slashed.event.data.amount}, expected ${expected}`);
    const header = await api.rpc.chain.getHeader(slashed.blockHash);
    const parent = header.parentHash;
    const held = async (at) => (await api.query.system.account.at(at, offender)).data.reserved.toBigInt();
    const free = async (at, who) => (await api.query.system.account.at(at, who)).data.free.toBigInt();
    const heldDrop = (await held(parent)) - (await held(slashed.blockHash));
    const treasuryGain = (await free(slashed.blockHash, treasury)) - (await free(parent, treasury));
    if (heldDrop !== expected || treasuryGain !== expected) {
      throw new Error(`held stake fell by ${heldDrop}, treasury gained ${treasuryGain}, slash was ${expected}`);
    }
    const finalizedAfter = await finalizedNumber(api);
    if (finalizedAfter <= finalizedBefore) throw new Error(`finality stalled at #${finalizedAfter}`);
    console.log(`${name} slashed ${expected} in block #${header.number}: held -${heldDrop}, treasury +${treasuryGain}; finalized #${finalizedBefore} -> #${finalizedAfter}`);
    return 1;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
