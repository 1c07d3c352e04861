// Run while validator `args[0]` (e.g. "dave") is stopped: waits until pallet-validators reports
// it offline (no block authored for `MaxMissedSessions` sessions in the set) and, after the
// slash deferral, slashes it. Checks the amount (`OfflineSlash` of its stake when reported),
// that exactly that much left its held stake and reached the treasury, and that the network kept
// finalizing meanwhile (prints the longest finality stall). Returns 1.
const {
  connectTo, keyOf, waitForEvent, finalizedNumber, watchFinalityLag, checkSlashPaid, stakeAt,
} = require('./lib.js');

async function run(nodeName, networkInfo, args) {
  const api = await connectTo(networkInfo, nodeName);
  const lag = await watchFinalityLag(api);
  try {
    const name = args[0];
    const offender = keyOf(name).address;
    const finalizedBefore = await finalizedNumber(api);
    const isOf = (event, method) => event.section === 'validators' && event.method === method
      && event.data.validator.toString() === offender && event.data.offence.toString() === 'Offline';

    const reported = await waitForEvent(api, (e) => isOf(e, 'SlashReported'), 600_000, `${name} to be reported offline`);
    const { amount, applyAt, session } = reported.event.data;
    const total = await stakeAt(api, reported.blockHash, offender);
    // OfflineSlash (1%) of its stake; the report deactivated the candidacy.
    const expected = total / 100n;
    if (amount.toBigInt() !== expected) throw new Error(`slash ${amount} != 1% of ${total}`);
    if (!reported.event.data.deactivated.isTrue) throw new Error(`${name} was not deactivated`);
    console.log(`${name} reported offline in session ${session}: ${amount} due at session ${applyAt}`);

    const slashed = await waitForEvent(api, (e) => isOf(e, 'Slashed'), 600_000, `${name} to be slashed`);
    const block = await checkSlashPaid(api, offender, slashed, expected);
    const finalizedAfter = await finalizedNumber(api);
    if (finalizedAfter <= finalizedBefore) throw new Error(`finality stalled at #${finalizedAfter}`);
    console.log(`${name} slashed ${expected} in block #${block} (held stake and treasury checked); finalized #${finalizedBefore} -> #${finalizedAfter}, longest finality stall ${lag.maxLag()} blocks`);
    return 1;
  } finally {
    lag.stop();
    await api.disconnect();
  }
}

module.exports = { run };
