// Upgrades the live network's runtime: `sudo(system.set_code(wasm))` signed by //Alice (the
// `local` chain's sudo key) with the WASM at $INFERA_UPGRADE_WASM (scripts/build-upgrade-wasm.sh:
// the same runtime, `spec_version` one ahead). Checks the extrinsic's events, that every node
// then reports the new spec_version, and that blocks after the upgrade are produced and
// finalized. Returns by how much spec_version went up (1).
const fs = require('node:fs');
const { connectTo, waitForFinalized } = require('./lib.js');

async function run(nodeName, networkInfo) {
  const wasmPath = process.env.INFERA_UPGRADE_WASM;
  if (!wasmPath || !fs.existsSync(wasmPath)) throw new Error(`INFERA_UPGRADE_WASM (${wasmPath}) is not a file`);
  const code = fs.readFileSync(wasmPath);
  const api = await connectTo(networkInfo, nodeName);
  const others = await Promise.all(Object.keys(networkInfo.nodesByName).map((n) => connectTo(networkInfo, n)));
  try {
    const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
    const alice = new zombie.Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const call = api.tx.sudo.sudo(api.tx.system.setCode(`0x${code.toString('hex')}`));
    const included = await new Promise((resolve, reject) => {
      call.signAndSend(alice, ({ status, events, dispatchError }) => {
        if (dispatchError) reject(new Error(`set_code failed: ${dispatchError.toString()}`));
        else if (status.isInBlock) resolve({ blockHash: status.asInBlock, events });
      }).catch(reject);
    });
    const names = included.events.map(({ event }) => `${event.section}.${event.method}`);
    const sudid = included.events.find(({ event }) => api.events.sudo.Sudid.is(event));
    if (!sudid || !sudid.event.data[0].isOk) throw new Error(`sudo did not succeed: ${names.join(', ')}`);
    if (!names.includes('system.CodeUpdated')) throw new Error(`no system.CodeUpdated among ${names.join(', ')}`);
    const upgradedAt = (await api.rpc.chain.getHeader(included.blockHash)).number.toNumber();
    console.log(`set_code (${code.length} bytes) in block #${upgradedAt}`);

    // Every node finalizes past the upgrade block and then runs the new runtime.
    await Promise.all(others.map((o) => waitForFinalized(o, (h) => h.number.toNumber() >= upgradedAt + 3, 300_000, `#${upgradedAt + 3} finalized after the upgrade`)));
    const versions = await Promise.all(others.map(async (o) => (await o.rpc.state.getRuntimeVersion()).specVersion.toNumber()));
    if (!versions.every((v) => v === before + 1)) throw new Error(`spec_version ${before} -> ${versions.join(', ')} (one per node), expected ${before + 1}`);
    console.log(`spec_version ${before} -> ${before + 1} on ${versions.length} nodes; finality continued past #${upgradedAt + 3}`);
    return versions[0] - before;
  } finally {
    await Promise.all([api.disconnect(), ...others.map((o) => o.disconnect())]);
  }
}

module.exports = { run };
