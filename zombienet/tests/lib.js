// Helpers shared by the network tests. zombienet runs each script's `run(nodeName, networkInfo,
// args)` with a global `zombie` ({ ApiPromise, WsProvider, Keyring, connect, util }).

/** Connects polkadot.js to the named node of the running network. */
async function connectTo(networkInfo, nodeName) {
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  return zombie.connect(wsUri, userDefinedTypes);
}

/** Resolves once `predicate(header)` holds for a new finalized head; rejects after `timeoutMs`. */
function waitForFinalized(api, predicate, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`));
    }, timeoutMs);
    api.rpc.chain
      .subscribeFinalizedHeads((header) => {
        if (!predicate(header)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(header);
      })
      .then((u) => { unsubscribe = u; })
      .catch(reject);
  });
}

/** The finalized block number of `api`'s node. */
async function finalizedNumber(api) {
  const hash = await api.rpc.chain.getFinalizedHead();
  return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}

module.exports = { connectTo, waitForFinalized, finalizedNumber };
