// Waits until the node's finalized head has advanced `blocks` (default 5) past where it was when
// the script started, and its best block with it; returns the advance of the finalized head.
const { connectTo, waitForFinalized, finalizedNumber } = require('./lib.js');

async function run(nodeName, networkInfo, args) {
  const blocks = Number(args[0] || 5);
  const api = await connectTo(networkInfo, nodeName);
  try {
    const from = await finalizedNumber(api);
    const reached = await waitForFinalized(api, (h) => h.number.toNumber() >= from + blocks, 300_000, `${blocks} more finalized blocks after #${from}`);
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    console.log(`${nodeName}: finalized #${from} -> #${reached.number.toNumber()}, best #${best}`);
    return reached.number.toNumber() - from;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
