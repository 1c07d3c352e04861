// Makes an account a validator candidate from the operator's own node: session keys generated in
// that node's keystore with the proof that they sign for the account
// (author_rotateKeysWithOwner), the stake bonded (validators.bond) and the keys registered
// (session.setKeys). Run it through scripts/validator.sh, which documents the options.
import { ApiPromise, WsProvider, Keyring, u8aToHex, cryptoWaitReady, decodeAddress } from '../tests/e2e/lib/polkadot.js';
import { submit, describeError } from '../tests/e2e/lib/node.js';

const USAGE = `usage: scripts/validator.sh [--rpc URL] [--suri SURI] [--bond AMOUNT] [--keys-only] [--dry-run]

Makes an account a validator candidate, using YOUR OWN node (the one that will validate): the
session keys are generated in that node's keystore.

  --rpc URL      the node's RPC endpoint (default ws://127.0.0.1:9944). It must allow unsafe
                 RPC methods (author_rotateKeysWithOwner): the default --rpc-methods auto does
                 for RPC bound to localhost; never expose them on a public interface.
  --suri SURI    secret URI of the account (stash and controller in one), e.g. //Bob on a dev
                 chain. Better: export INFERA_VALIDATOR_SURI, which is read when --suri is not
                 given (a secret on the command line shows in the process list and the shell
                 history).
  --bond AMOUNT  stake to bond: INFR (10000, 12500.5, 10000INFR) or the smallest unit
                 (10000000000000000units). Default: the minimum, validators.minValidatorStake.
                 An account that is a candidate already is not bonded again.
  --keys-only    only generate and register new session keys (no bond).
  --dry-run      check the account, balance and node, and say what would be done; generate no
                 keys and submit nothing.
`;

/** A failure explained in words: printed without a stack trace, exit status 1. */
class Refusal extends Error {}

/** The options of the command line (`--name value` or `--name=value`). */
function parseArgs(argv) {
  const opts = { rpc: 'ws://127.0.0.1:9944', keysOnly: false, dryRun: false, help: false };
  const valued = { '--rpc': 'rpc', '--suri': 'suri', '--bond': 'bond' };
  const flags = { '--keys-only': 'keysOnly', '--dry-run': 'dryRun', '--help': 'help', '-h': 'help' };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].startsWith('--') && argv[i].includes('=')
      ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    if (flags[name] && inline === undefined) opts[flags[name]] = true;
    else if (valued[name]) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Refusal(`${name} needs a value (--help lists the options)`);
      opts[valued[name]] = value;
    } else throw new Refusal(`unknown argument ${argv[i]} (--help lists the options)`);
  }
  return opts;
}

/** `text` (INFR with up to `decimals` decimals, or `<n>units`) in the smallest unit. */
function parseAmount(text, decimals, symbol) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) throw new Refusal(`--bond ${text}: not an amount (e.g. 10000, 12500.5 ${symbol}, 10000000000000000units)`);
  const [, number, unit] = m;
  if (/^units?$/i.test(unit)) {
    if (number.includes('.')) throw new Refusal(`--bond ${text}: units are whole numbers`);
    return BigInt(number);
  }
  if (unit && unit.toLowerCase() !== symbol.toLowerCase()) throw new Refusal(`--bond ${text}: unknown unit ${unit} (${symbol} or units)`);
  const [whole, frac = ''] = number.split('.');
  if (frac.length > decimals) throw new Refusal(`--bond ${text}: ${symbol} has ${decimals} decimals`);
  return BigInt(whole) * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, '0') || '0');
}

/** `units` of the smallest unit as INFR: "20,000 INFR", "0.0012 INFR". */
function formatAmount(units, decimals, symbol) {
  const base = 10n ** BigInt(decimals);
  const frac = (units % base).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${(units / base).toLocaleString('en-US')}${frac ? `.${frac}` : ''} ${symbol}`;
}

/** { api, provider }: an ApiPromise on `rpc` and its provider, or a Refusal saying that the node cannot be reached. */
async function connect(rpc) {
  const provider = new WsProvider(rpc, false);
  const opened = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer within 10 s')), 10_000);
    provider.on('connected', () => { clearTimeout(timer); resolve(); });
    provider.on('error', () => { clearTimeout(timer); reject(new Error('connection refused or closed')); });
  });
  try {
    await provider.connect();
    await opened;
  } catch (e) {
    await provider.disconnect().catch(() => {});
    throw new Refusal(`cannot reach a node at ${rpc} (${e.message}): is it running, with its RPC server there (--rpc-port, 9944 by default)?`);
  }
  return { api: await ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true }), provider };
}

/** What a refusal of the node's unsafe RPC methods means, and how to allow them safely. */
const UNSAFE_HELP = 'the node refuses unsafe RPC methods, which generating keys in its keystore needs. Run this '
  + 'against your own validator node with its RPC bound to localhost: --rpc-methods auto (the default '
  + 'without --rpc-external) allows them there, or start it with --rpc-methods unsafe, but only with RPC '
  + 'on 127.0.0.1 (reach a remote node through an SSH tunnel, e.g. ssh -L 9944:127.0.0.1:9944 host): '
  + 'never expose unsafe methods on a public interface.';

/** A raw JSON-RPC call (polkadot.js does not know author_rotateKeysWithOwner); unsafe refusals in words. */
async function rawRpc(provider, method, ...params) {
  try {
    return await provider.send(method, params);
  } catch (e) {
    if (/unsafe/i.test(e.message)) throw new Refusal(`${method}: ${UNSAFE_HELP}`);
    if (/method not found/i.test(e.message)) {
      throw new Refusal(`${method}: the node does not offer this method (${e.message}); it is older than the chain's SDK (polkadot-sdk stable2609): upgrade it`);
    }
    throw e;
  }
}

/** Why a dispatch error happened, for the errors an onboarding can meet. */
const EXPLAIN = {
  'validators.InsufficientBalance': 'the account cannot hold that much (its free balance is too small)',
  'validators.BelowMinimum': 'the stake is below validators.minValidatorStake',
  'validators.AlreadyCandidate': 'the account is a candidate already (validators.bondExtra adds stake)',
  'validators.TooManyCandidates': 'all candidate places are taken and the bond is not larger than the smallest stake outside the current and planned sets: bond more',
  'session.InvalidProof': 'the ownership proof does not match the keys and the account',
  'session.DuplicatedKey': 'another account registered one of these keys',
  'session.NoAccount': 'the account does not exist on chain (it has no funds)',
};

/** Submits `tx` as `pair`; resolves with what `submit` returns, or a Refusal naming `what` failed and why. */
async function submitted(api, what, tx, pair) {
  let res;
  try {
    res = await submit(api, tx, pair);
  } catch (e) {
    const why = /pay some fees|balance too low/i.test(e.message) ? 'insufficient balance: the account cannot pay the fee' : e.message;
    throw new Refusal(`${what} was not accepted: ${why}`);
  }
  if (res.dispatchError) {
    const name = describeError(api, res.dispatchError);
    throw new Refusal(`${what} failed: ${name}${EXPLAIN[name] ? ` (${EXPLAIN[name]})` : ''}`);
  }
  return res;
}

/** The session index in the state of block `hash`. */
async function sessionAt(api, hash) {
  return (await (await api.at(hash)).query.session.currentIndex()).toNumber();
}

/**
 * The first block of session `index` at or below block `upTo` (found in the state of past
 * blocks: it throws where the node pruned that state).
 */
async function sessionStart(api, index, upTo) {
  const at = async (n) => sessionAt(api, await api.rpc.chain.getBlockHash(n));
  let [lo, hi, step] = [upTo, upTo, 1];
  while (lo > 0 && await at(lo) >= index) [hi, lo, step] = [lo, Math.max(0, lo - step), step * 2];
  if (await at(lo) >= index) return lo;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (await at(mid) >= index) hi = mid; else lo = mid;
  }
  return hi;
}

/** Rank (1-based) of `who` by bonded stake, then account, among the eligible candidates; and their number. */
async function rankOf(api, who, min) {
  const candidates = (await api.query.validators.candidates.entries())
    .map(([key, c]) => ({ who: key.args[0].toString(), c: c.unwrap() }))
    .filter(({ c }) => c.active.isTrue && c.bonded.toBigInt() >= min);
  const keys = await api.query.session.nextKeys.multi(candidates.map((c) => c.who));
  const eligible = candidates.filter((_, i) => keys[i].isSome).map(({ who: w, c }) => ({ w, stake: c.bonded.toBigInt(), id: u8aToHex(decodeAddress(w)) }));
  eligible.sort((a, b) => (a.stake === b.stake ? (a.id < b.id ? -1 : 1) : (a.stake > b.stake ? -1 : 1)));
  return { rank: eligible.findIndex((e) => e.w === who) + 1, of: eligible.length };
}

async function onboard({ api, provider }, opts, suri, out) {
  const [decimals, symbol] = [api.registry.chainDecimals[0], api.registry.chainTokens[0]];
  const fmt = (units) => formatAmount(units, decimals, symbol);
  let pair;
  try {
    pair = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 ?? 42 }).addFromUri(suri);
  } catch (e) {
    throw new Refusal(`the secret URI is not valid (${e.message})`);
  }
  const who = pair.address;
  const min = api.consts.validators.minValidatorStake.toBigInt();
  const amount = opts.bond === undefined ? min : parseAmount(opts.bond, decimals, symbol);
  let bond = !opts.keysOnly;
  if (bond && amount < min) throw new Refusal(`--bond ${fmt(amount)} is below the minimum stake of ${fmt(min)} (validators.minValidatorStake)`);

  const [chain, version, roles, health] = await Promise.all([
    api.rpc.system.chain(), api.rpc.system.version(), api.rpc.system.nodeRoles(), api.rpc.system.health()]);
  const { data: account } = await api.query.system.account(who);
  const free = account.free.toBigInt();
  out(`node:     ${opts.rpc} (${chain}, infera-node ${version}, roles ${roles.map(String).join(', ')})`);
  out(`account:  ${who}`);
  out(`balance:  ${fmt(free)} free, ${fmt(account.reserved.toBigInt())} reserved or held`);
  out(`minimum stake: ${fmt(min)}`);
  const warn = (text) => console.error(`warning: ${text}`);
  if (!roles.some((r) => r.isAuthority)) warn('the node does not run with --validator: it will not author blocks nor vote with these keys');
  if (health.isSyncing.isTrue) warn('the node is still syncing');
  if (!/^wss?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/|$)/.test(opts.rpc)) {
    warn(`the keys are generated in the keystore of the node at ${opts.rpc}: it must be the node that validates`);
  }

  const candidate = (await api.query.validators.candidates(who)).unwrapOr(null);
  if (candidate && candidate.bonded.isZero()) {
    const until = candidate.unbondingUntil.toNumber();
    throw new Refusal(`${who} is leaving: ${fmt(candidate.unbonding.toBigInt())} unbonds until session ${until}; `
      + `it can bond again once that is withdrawn (validators.withdrawUnbonded() from session ${until} on)`);
  }
  if (candidate && bond) {
    out(`already a candidate with ${fmt(candidate.bonded.toBigInt())} bonded: not bonding again (validators.bondExtra adds stake)`);
    bond = false;
  }
  if (candidate && !candidate.active.isTrue) warn('the candidacy is inactive (a fault deactivated it): it is not chosen until validators.rejoin()');
  if (!candidate && !bond) warn('the account is not a candidate: session keys alone do not make a validator (run without --keys-only to bond)');

  const keysType = api.tx.session.setKeys.meta.args[0].type.toString();
  const sample = api.tx.session.setKeys(api.createType(keysType), new Uint8Array(128));
  const fees = (await sample.paymentInfo(pair)).partialFee.toBigInt()
    + (bond ? (await api.tx.validators.bond(amount).paymentInfo(pair)).partialFee.toBigInt() : 0n);
  const needed = (bond ? amount : 0n) + fees + api.consts.balances.existentialDeposit.toBigInt();
  if (free < needed) {
    throw new Refusal(`insufficient balance: ${who} has ${fmt(free)} free; ${bond ? `bonding ${fmt(amount)} and setting` : 'setting'} `
      + `the session keys needs ${fmt(needed)} (fees and the existential deposit included). Fund the account`
      + `${bond && amount > min ? ` or bond less with --bond (at least ${fmt(min)})` : ''}.`);
  }
  // Unsafe RPC methods allowed? (author_hasKey is unsafe and changes nothing.) Asked before anything is done.
  await rawRpc(provider, 'author_hasKey', '0x00', 'aura');
  if (opts.dryRun) {
    out(`dry run: would generate session keys on the node${bond ? `, bond ${fmt(amount)}` : ''} and set the keys (fees about ${fmt(fees)}); nothing done`);
    return;
  }

  const { keys, proof } = await rawRpc(provider, 'author_rotateKeysWithOwner', u8aToHex(pair.publicKey));
  if (!proof) throw new Refusal('the node returned session keys without an ownership proof: its runtime cannot make one');
  out(`session keys generated in the node's keystore, with the ownership proof for ${who}`);
  const printEvents = (events) => events.forEach(({ event }) => {
    const fields = event.meta.fields.map((f, i) => {
      const value = /Balance/.test(f.typeName.toString()) ? fmt(event.data[i].toBigInt()) : event.data[i].toString();
      return `${f.name.toString()}: ${value}`;
    });
    out(`  ${event.section}.${event.method} { ${fields.join(', ')} }`);
  });
  const blocks = [];
  for (const [what, tx] of [
    ...(bond ? [[`validators.bond(${fmt(amount)})`, api.tx.validators.bond(amount)]] : []),
    ['session.setKeys(keys, proof)', api.tx.session.setKeys(keys, proof)],
  ]) {
    let res;
    try {
      res = await submitted(api, what, tx, pair);
    } catch (e) {
      if (blocks.length) e.message += `. The bond (block ${blocks[0].number}) stands: run again to set the keys (it skips the bond)`;
      throw e;
    }
    const number = (await api.rpc.chain.getHeader(res.blockHash)).number.toNumber();
    blocks.push({ number, hash: res.blockHash });
    out(`${what}: in block #${number} (${res.blockHash.toHex()})`);
    printEvents(res.events);
  }

  const last = blocks[blocks.length - 1];
  const state = await api.at(last.hash);
  const [nextKeys, after, current, planned] = await Promise.all([
    state.query.session.nextKeys(who), state.query.validators.candidates(who),
    state.query.session.validators(), state.query.validators.planned()]);
  if (nextKeys.unwrap().toHex() !== keys) throw new Error(`session.nextKeys of ${who} is ${nextKeys.toHex()}, not the keys set`);
  const session = Math.max(...await Promise.all(blocks.map((b) => sessionAt(api, b.hash))));
  const entry = session + 2;
  out('');
  out('result:');
  out(`  account:      ${who}`);
  out(`  bonded:       ${after.isSome ? fmt(after.unwrap().bonded.toBigInt()) : 'nothing (not a candidate)'}`);
  out(`  session keys: ${keys}`);
  for (const [type, key] of Object.entries(nextKeys.unwrap().toJSON())) out(`    ${`${type}:`.padEnd(12)}${key}`);
  if (after.isNone || !after.unwrap().active.isTrue) return;
  const { rank, of } = await rankOf(api, who, min);
  const max = api.consts.validators.maxValidators.toNumber();
  out(`  stake rank:   #${rank} of ${of} eligible candidates (the set takes the ${max} largest stakes)`);
  let when = `at the start of session ${entry}`;
  try {
    if (session < 1) throw new Error('session 0: no earlier session to measure');
    const [start, previous] = [await sessionStart(api, session, last.number), await sessionStart(api, session - 1, last.number)];
    const period = start - previous;
    const block = start + 2 * period;
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const seconds = Math.max(0, block - best) * api.consts.aura.slotDuration.toNumber() / 1000;
    when += ` (block #${block}, in about ${seconds} s: sessions of ${period} blocks)`;
  } catch { /* past state pruned (or session 0): the session number alone */ }
  const serving = current.map(String).includes(who) || planned.map(String).includes(who);
  const rule = `keys and bond were in place in session ${session}: the rotation that ends it plans the set of session ${entry}`;
  if (rank > max) out(`  not in the set: it ranks below the ${max} largest stakes; it enters at a rotation once it does (validators.bondExtra adds stake)`);
  else if (serving) out(`  already a validator (current or planned set): the new keys are used ${when}`);
  else out(`  enters the set: ${when}; ${rule}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) { process.stdout.write(USAGE); return; }
  const suri = opts.suri ?? process.env.INFERA_VALIDATOR_SURI;
  if (!suri) throw new Refusal(`no account: export INFERA_VALIDATOR_SURI=<secret URI> (or give --suri; --help lists the options)`);
  if (opts.suri !== undefined && !opts.suri.startsWith('//')) {
    console.error('warning: a secret passed with --suri shows in the process list and the shell history; use INFERA_VALIDATOR_SURI for a real key');
  }
  await cryptoWaitReady();
  const node = await connect(opts.rpc);
  try {
    await onboard(node, opts, suri, (line) => console.log(line));
  } finally {
    await node.api.disconnect().catch(() => {});
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(e instanceof Refusal ? `error: ${e.message}` : e);
  process.exit(1);
});
