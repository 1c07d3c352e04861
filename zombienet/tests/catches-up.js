// Run on a restarted node: checks that it started again from its database (its log's last
// "Highest known block at #N" after the restart has N > 0: a node without its database starts
// at #0), then waits until it has finalized the block that `args[0]` (another node) had
// finalized when the script started and checks both agree on that block's hash. Returns N.
const fs = require('node:fs');
const path = require('node:path');
const { connectTo, waitForFinalized, finalizedNumber } = require('./lib.js');

/** The block the node's database had at its last start, from its log (native provider). */
function highestKnownAtLastStart(networkInfo, nodeName) {
  const log = fs.readFileSync(path.join(networkInfo.tmpDir, `${nodeName}.log`), 'utf8');
  const starts = [...log.matchAll(/Highest known block at #(\d+)/g)].map((m) => Number(m[1]));
  if (starts.length < 2) throw new Error(`${nodeName}'s log shows ${starts.length} start(s), expected a restart`);
  return starts[starts.length - 1];
}

async function run(nodeName, networkInfo, args) {
  const known = highestKnownAtLastStart(networkInfo, nodeName);
  if (known === 0) throw new Error(`${nodeName} restarted without its database (highest known block #0)`);
  const reference = await connectTo(networkInfo, args[0]);
  const api = await connectTo(networkInfo, nodeName);
  try {
    const target = await finalizedNumber(reference);
    await waitForFinalized(api, (h) => h.number.toNumber() >= target, 300_000, `${nodeName} to finalize #${target}`);
    const [ours, theirs] = await Promise.all([
      api.rpc.chain.getBlockHash(target),
      reference.rpc.chain.getBlockHash(target),
    ]);
    if (!ours.eq(theirs)) throw new Error(`#${target}: ${nodeName} has ${ours.toHex()}, ${args[0]} has ${theirs.toHex()}`);
    console.log(`${nodeName}: restarted from its database at #${known}, finalized #${target} like ${args[0]} (${ours.toHex()})`);
    return known;
  } finally {
    await Promise.all([api.disconnect(), reference.disconnect()]);
  }
}

module.exports = { run };
