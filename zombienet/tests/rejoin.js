// Run after validator `args[0]` (e.g. "dave") was deactivated by a fault and its node runs again:
// it signs `validators.rejoin`, and the script waits until it is back in the active set (planned
// at the next rotation, active from the session after). Returns the session it is back in.
const { connectTo, keyOf, waitForEvent, waitForSession } = require('./lib.js');

async function run(nodeName, networkInfo, args) {
  const api = await connectTo(networkInfo, nodeName);
  try {
    const name = args[0];
    const key = keyOf(name);
    const candidate = (await api.query.validators.candidates(key.address)).unwrap();
    if (candidate.active.isTrue) throw new Error(`${name} is still an active candidate`);
    const rejoined = waitForEvent(api, (e) => e.section === 'validators' && e.method === 'Rejoined'
      && e.data.who.toString() === key.address, 120_000, `${name} to rejoin`);
    await api.tx.validators.rejoin().signAndSend(key);
    const { blockHash } = await rejoined;
    const session = await waitForSession(api, (set) => set.includes(key.address), 240_000, `${name} to be in the set`);
    console.log(`${name} rejoined in block ${blockHash.toHex()}, back in the set in session ${session}`);
    return session;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
