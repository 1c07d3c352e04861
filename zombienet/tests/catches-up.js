// Run on a restarted node: waits until it has finalized the block that `args[0]` (another node)
// had finalized when the script started, checks both nodes agree on that block's hash, and
// returns how many blocks the restarted node imported to get there.
const { connectTo, waitForFinalized, finalizedNumber } = require('./lib.js');

async function run(nodeName, networkInfo, args) {
  const reference = await connectTo(networkInfo, args[0]);
  const api = await connectTo(networkInfo, nodeName);
  try {
    const target = await finalizedNumber(reference);
    const start = await finalizedNumber(api);
    // A node that lost its database would start again from genesis.
    if (start === 0) throw new Error(`${nodeName} restarted without its database (finalized #0)`);
    await waitForFinalized(api, (h) => h.number.toNumber() >= target, 300_000, `${nodeName} to finalize #${target}`);
    const [ours, theirs] = await Promise.all([
      api.rpc.chain.getBlockHash(target),
      reference.rpc.chain.getBlockHash(target),
    ]);
    if (!ours.eq(theirs)) throw new Error(`#${target}: ${nodeName} has ${ours.toHex()}, ${args[0]} has ${theirs.toHex()}`);
    console.log(`${nodeName}: restarted at finalized #${start}, caught up to #${target} (${ours.toHex()})`);
    return target - start;
  } finally {
    await Promise.all([api.disconnect(), reference.disconnect()]);
  }
}

module.exports = { run };
