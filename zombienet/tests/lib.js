// Helpers shared by the network tests. zombienet runs each script's `run(nodeName, networkInfo,
// args)` with a global `zombie` ({ ApiPromise, WsProvider, Keyring, connect, util }).
const { u8aConcat, stringToU8a } = require('@polkadot/util');

/** The treasury's account (`PalletId(*b"inf/trsy")`), which receives validator slashes. */
const TREASURY_SEED = u8aConcat(stringToU8a('modl'), stringToU8a('inf/trsy'), new Uint8Array(20));

/** Connects polkadot.js to the named node of the running network. */
async function connectTo(networkInfo, nodeName) {
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  return zombie.connect(wsUri, userDefinedTypes);
}

/** The dev key pair (sr25519) of a node's name: "dave" -> //Dave. */
function keyOf(name) {
  return new zombie.Keyring({ type: 'sr25519' }).addFromUri(`//${name[0].toUpperCase()}${name.slice(1)}`);
}

/** The treasury's SS58 address. */
function treasuryAddress() {
  return zombie.util.encodeAddress(TREASURY_SEED, 42);
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

/** Resolves with { event, blockHash } of the first event in a new best block that `match(event)`
 * accepts; rejects after `timeoutMs`. */
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

/**
 * Resolves with the index of the first session whose validators (SS58 strings) satisfy
 * `predicate`; rejects after `timeoutMs`.
 */
function waitForSession(api, predicate, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => { unsubscribe(); reject(new Error(`timed out waiting for ${what}`)); }, timeoutMs);
    api.query.session.validators(async (validators) => {
      if (!predicate(validators.map((v) => v.toString()))) return;
      clearTimeout(timer);
      unsubscribe();
      resolve((await api.query.session.currentIndex()).toNumber());
    }).then((u) => { unsubscribe = u; }).catch(reject);
  });
}

/** The author's index in the Aura set of `header`'s block (its slot modulo the set size). */
function authorIndex(api, header, setSize) {
  const preRuntime = header.digest.logs.find((l) => l.isPreRuntime && l.asPreRuntime[0].toString() === 'aura');
  return Number(api.createType('u64', preRuntime.asPreRuntime[1]).toBigInt() % BigInt(setSize));
}

/** The finalized block number of `api`'s node. */
async function finalizedNumber(api) {
  const hash = await api.rpc.chain.getFinalizedHead();
  return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}

/**
 * Watches how far finality trails the best block: on every new best head, `best - finalized`.
 * Returns { maxLag(), stop() }; `maxLag()` is the longest finality stall seen, in blocks.
 */
async function watchFinalityLag(api) {
  let finalized = await finalizedNumber(api);
  let worst = 0;
  const stopFinalized = await api.rpc.chain.subscribeFinalizedHeads((h) => { finalized = Math.max(finalized, h.number.toNumber()); });
  const stopBest = await api.rpc.chain.subscribeNewHeads((h) => { worst = Math.max(worst, h.number.toNumber() - finalized); });
  return {
    maxLag: () => worst,
    stop: () => { stopFinalized(); stopBest(); },
  };
}

/**
 * Checks a `validators.Slashed` event of `offender` found in block `blockHash`: exactly
 * `expected` left the offender's held stake and reached the treasury in that block. Returns the
 * block's number.
 */
async function checkSlashPaid(api, offender, slashed, expected) {
  if (slashed.event.data.amount.toBigInt() !== expected) {
    throw new Error(`slashed ${slashed.event.data.amount}, expected ${expected}`);
  }
  const header = await api.rpc.chain.getHeader(slashed.blockHash);
  const parent = header.parentHash;
  const treasury = treasuryAddress();
  const held = async (at) => (await api.query.system.account.at(at, offender)).data.reserved.toBigInt();
  const free = async (at, who) => (await api.query.system.account.at(at, who)).data.free.toBigInt();
  const heldDrop = (await held(parent)) - (await held(slashed.blockHash));
  const treasuryGain = (await free(slashed.blockHash, treasury)) - (await free(parent, treasury));
  if (heldDrop !== expected || treasuryGain !== expected) {
    throw new Error(`held stake fell by ${heldDrop}, treasury gained ${treasuryGain}, slash was ${expected}`);
  }
  return header.number.toNumber();
}

/** The bonded plus unbonding stake of validator candidate `who` at block `at`. */
async function stakeAt(api, at, who) {
  const candidate = (await api.query.validators.candidates.at(at, who)).unwrap();
  return candidate.bonded.toBigInt() + candidate.unbonding.toBigInt();
}

module.exports = {
  connectTo, keyOf, treasuryAddress, waitForFinalized, waitForEvent, waitForSession, authorIndex, finalizedNumber,
  watchFinalityLag, checkSlashPaid, stakeAt,
};
