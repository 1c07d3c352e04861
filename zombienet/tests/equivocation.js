// Run on an honest validator while validator `args[0]` (e.g. "dave") is in the active set. Starts
// a twin of it: a second node with the same Aura and GRANDPA keys (a validator restored from a
// backup while the original still runs, the classic accidental equivocation). Two nodes with the
// same view cast the same votes (and on loopback their views are the same), so the twin is made
// to lag like a node on a slow machine or link: it is frozen (SIGSTOP) for 1 s of every 2.5 (about
// half a GRANDPA round, so that its votes still count for the current or the previous round).
// Coming back, it votes with the best block it had before the freeze, while the original voted
// with a newer one: two different prevotes of one key in one round. Checks:
// - the honest nodes report it through their own path (their logs: GRANDPA's voter submits
//   `grandpa.report_equivocation_unsigned` with a key ownership proof; such reports are only
//   accepted from the local pool, so the block that includes one was authored by a reporting
//   node): `offences.Offence`, then
//   `validators.SlashReported { offence: Equivocation, deactivated: true }` for the GRANDPA
//   fraction (3k/n)² of its stake (one of four: 56.25%, at least `EquivocationSlash`);
// - it is disabled in that block (`session.ValidatorDisabled`), and no later block of that
//   session is authored by it (Aura refuses disabled authors);
// - the twin is stopped once the report lands; after the deferral the slash is applied exactly
//   once: held stake down and treasury up by exactly the amount, no `SlashRaised`, at most one
//   report per session however many rounds were equivocated;
// - it is out of the next set, and finality never trailed the best block by more than `args[1]`
//   blocks (default 8) meanwhile.
// Returns the longest finality stall in blocks.
const { spawn, execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const {
  connectTo, keyOf, waitForEvent, waitForSession, authorIndex, watchFinalityLag, checkSlashPaid, stakeAt,
} = require('./lib.js');

const BILLION = 1_000_000_000n;

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a node with `name`'s Aura and GRANDPA keys, connected to `bootnode`, and keeps it
 * lagging. Returns { stop(), exited }: `exited` rejects if the twin ends before it is stopped
 * (with its log's tail).
 */
async function startTwin(networkInfo, name, bootnode) {
  const seed = `//${name[0].toUpperCase()}${name.slice(1)}`;
  const base = path.join(networkInfo.tmpDir, `${name}-twin`);
  const spec = networkInfo.chainSpecPath;
  fs.rmSync(base, { recursive: true, force: true });
  for (const [scheme, keyType] of [['sr25519', 'aura'], ['ed25519', 'gran']]) {
    execFileSync('infera-node', ['key', 'insert', '--base-path', base, '--chain', spec, '--scheme', scheme, '--suri', seed, '--key-type', keyType], { stdio: 'ignore' });
  }
  const logPath = path.join(networkInfo.tmpDir, `${name}-twin.log`);
  const log = fs.openSync(logPath, 'w');
  const args = [
    '--chain', spec, '--base-path', base, '--name', `${name}-twin`, '--validator',
    '--node-key', crypto.randomBytes(32).toString('hex'),
    '--listen-addr', `/ip4/127.0.0.1/tcp/${await freePort()}/ws`, '--rpc-port', String(await freePort()),
    '--bootnodes', bootnode, '--no-prometheus', '--no-telemetry', '--no-mdns',
  ];
  const twin = spawn('infera-node', args, { stdio: ['ignore', log, log] });
  let stopped = false;
  // Freeze for 1 s of every 2.5 (see the top of the file).
  const lag = setInterval(() => {
    twin.kill('SIGSTOP');
    setTimeout(() => twin.kill('SIGCONT'), 1_000);
  }, 2_500);
  const stop = () => { stopped = true; clearInterval(lag); twin.kill('SIGKILL'); };
  process.once('exit', stop);
  const exited = new Promise((_, reject) => twin.once('exit', (code) => {
    if (!stopped) reject(new Error(`the twin exited (${code}): ${fs.readFileSync(logPath, 'utf8').slice(-2000)}`));
  }));
  return { stop, exited };
}

async function run(nodeName, networkInfo, args) {
  const name = args[0];
  const maxStall = Number(args[1] || 8);
  const api = await connectTo(networkInfo, nodeName);
  const lag = await watchFinalityLag(api);
  let twin = null;
  try {
    const offender = keyOf(name).address;
    const validators = (await api.query.session.validators()).map((v) => v.toString());
    if (!validators.includes(offender)) throw new Error(`${name} is not in the active set`);
    const startBlock = (await api.rpc.chain.getHeader()).number.toNumber();
    const isOf = (event, method) => event.section === 'validators' && event.method === method
      && event.data.validator.toString() === offender && event.data.offence.toString() === 'Equivocation';

    const reported = waitForEvent(api, (e) => isOf(e, 'SlashReported'), 300_000, `${name}'s equivocation to be reported`);
    // The twin dials this node (zombienet's networkInfo has no multiaddresses: ask the node).
    const listen = (await api.rpc.system.localListenAddresses()).map((a) => a.toString());
    const bootnode = listen.find((a) => a.startsWith('/ip4/127.0.0.1/')) || listen[0];
    twin = await startTwin(networkInfo, name, bootnode);
    const report = await Promise.race([reported, twin.exited]);
    twin.stop();
    const { amount, applyAt, session, deactivated } = report.event.data;
    const reportHeader = await api.rpc.chain.getHeader(report.blockHash);
    const reportBlock = reportHeader.number.toNumber();
    console.log(`${name} reported for equivocation in block #${reportBlock} (offence session ${session}), twin stopped`);

    // The fraction: (3k/n)² for k = 1 offender of the n validators of that session, at least 10%.
    const setSize = (await api.query.session.validators.at(report.blockHash)).length;
    const third = BigInt(Math.min(3, setSize)) * BILLION / BigInt(setSize);
    const fraction = [third * third / BILLION, BILLION / 10n].reduce((a, b) => (a > b ? a : b));
    const total = await stakeAt(api, reportHeader.parentHash, offender);
    const expected = total * fraction / BILLION;
    if (amount.toBigInt() !== expected) throw new Error(`slash ${amount} != ${fraction}/1e9 of ${total}`);
    if (!deactivated.isTrue) throw new Error(`${name} was not deactivated`);

    // Disabled in the report's block; no block of the rest of that session by it.
    const reportEvents = await api.query.system.events.at(report.blockHash);
    const disabled = reportEvents.some(({ event }) => event.section === 'session' && event.method === 'ValidatorDisabled'
      && event.data[0].toString() === offender);
    if (!disabled) throw new Error(`${name} was not disabled in block #${reportBlock}`);
    const offences = reportEvents.filter(({ event }) => event.section === 'offences' && event.method === 'Offence');
    if (offences.length === 0) throw new Error(`no offences.Offence in block #${reportBlock}`);
    const reportBody = await api.rpc.chain.getBlock(report.blockHash);
    const byNode = reportBody.block.extrinsics.filter((x) => x.method.section === 'grandpa'
      && x.method.method === 'reportEquivocationUnsigned' && !x.isSigned);
    if (byNode.length === 0) throw new Error(`block #${reportBlock} has no unsigned grandpa.reportEquivocationUnsigned`);

    // Which honest nodes detected and reported it themselves (each submits to its own pool).
    const reporters = Object.keys(networkInfo.nodesByName).filter((node) => node !== name).map((node) => {
      const log = fs.readFileSync(path.join(networkInfo.tmpDir, `${node}.log`), 'utf8');
      return [node, (log.match(/Submitted equivocation report/g) || []).length];
    });
    if (!reporters.some(([, count]) => count > 0)) throw new Error(`no honest node reported the equivocation: ${JSON.stringify(reporters)}`);

    const slashed = await waitForEvent(api, (e) => isOf(e, 'Slashed'), 300_000, `${name} to be slashed`);
    const slashBlock = await checkSlashPaid(api, offender, slashed, expected);
    const outIn = await waitForSession(api, (set) => !set.includes(offender), 300_000, `a set without ${name}`);
    const endBlock = (await api.rpc.chain.getHeader()).number.toNumber();

    // Over the canonical chain from the start: one report per session, no raise, no Dave block
    // after the disabling in that session, and a slash only for reports that fell due.
    const reportsBySession = new Map();
    let raised = 0;
    let slashes = 0;
    let offenceEvents = 0;
    const reportSession = (await api.query.session.currentIndex.at(report.blockHash)).toNumber();
    const authorityIndex = validators.indexOf(offender);
    for (let n = startBlock; n <= endBlock; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      for (const { event } of await api.query.system.events.at(hash)) {
        if (isOf(event, 'SlashReported')) {
          const s = event.data.session.toNumber();
          reportsBySession.set(s, (reportsBySession.get(s) || 0) + 1);
        }
        if (isOf(event, 'SlashRaised')) raised += 1;
        if (isOf(event, 'Slashed')) slashes += 1;
        if (event.section === 'offences' && event.method === 'Offence') offenceEvents += 1;
      }
      if (n > reportBlock && (await api.query.session.currentIndex.at(hash)).toNumber() === reportSession) {
        const set = (await api.query.session.validators.at(hash)).map((v) => v.toString());
        if (authorIndex(api, await api.rpc.chain.getHeader(hash), set.length) === set.indexOf(offender)) {
          throw new Error(`block #${n} was authored by disabled ${name}`);
        }
      }
    }
    for (const [s, count] of reportsBySession) {
      if (count !== 1) throw new Error(`${count} equivocation reports of ${name} for session ${s}`);
    }
    if (raised !== 0) throw new Error(`${raised} SlashRaised events for ${name}`);
    if (slashes !== 1) throw new Error(`${slashes} equivocation slashes of ${name}, expected 1`);
    if (lag.maxLag() > maxStall) throw new Error(`finality trailed the best block by ${lag.maxLag()} blocks (at most ${maxStall})`);
    console.log(`${name}: reports submitted by ${reporters.map(([node, count]) => `${node} ${count}`).join(', ')}; ${offenceEvents} offence(s) on chain, the first in block #${reportBlock}; slashed ${expected} (${Number(fraction) / 1e7}% of ${total}; validator ${authorityIndex} of a set of ${setSize}) once in block #${slashBlock}; out of the set from session ${outIn}; longest finality stall ${lag.maxLag()} blocks (blocks #${startBlock}..#${endBlock})`);
    return lag.maxLag();
  } finally {
    if (twin) twin.stop();
    lag.stop();
    await api.disconnect();
  }
}

module.exports = { run };
