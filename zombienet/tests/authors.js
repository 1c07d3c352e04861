// Returns how many distinct validators authored the next `count` finalized blocks (read from the
// Aura pre-runtime digest: slot modulo the authority set size), after checking that the node
// knows the expected authority set sizes.
const { connectTo, waitForFinalized, finalizedNumber, authorIndex } = require('./lib.js');

async function run(nodeName, networkInfo, args) {
  const count = Number(args[0] || 12);
  const api = await connectTo(networkInfo, nodeName);
  try {
    const auraAuthorities = (await api.query.aura.authorities()).length;
    const grandpaAuthorities = (await api.query.grandpa.authorities()).length;
    if (auraAuthorities !== grandpaAuthorities) {
      throw new Error(`${auraAuthorities} Aura authorities but ${grandpaAuthorities} GRANDPA voters`);
    }
    const from = (await finalizedNumber(api)) + 1;
    await waitForFinalized(api, (h) => h.number.toNumber() >= from + count - 1, 300_000, `block #${from + count - 1} finalized`);
    const authors = new Set();
    for (let n = from; n < from + count; n++) {
      const header = await api.rpc.chain.getHeader(await api.rpc.chain.getBlockHash(n));
      authors.add(authorIndex(api, header, auraAuthorities));
    }
    console.log(`blocks #${from}..#${from + count - 1}: authors ${[...authors].sort().join(', ')} of ${auraAuthorities}`);
    return authors.size;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
