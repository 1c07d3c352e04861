#!/usr/bin/env node
// Regenerates the chain's TypeScript types in web/src/interfaces/ from the runtime's metadata,
// with @polkadot/typegen (as polkadot.js Apps does); the generated files are committed. Run it
// after a runtime change that alters calls, storage, events, errors, constants or runtime APIs
// (`npm run build` type-checks the app against them), and commit what it wrote:
//
//   npm run typegen                        starts `infera-node --dev --tmp` on free loopback
//                                          ports ($INFERA_NODE_BIN, else
//                                          $CARGO_TARGET_DIR/debug/infera-node, else
//                                          ~/.cache/infera/target/debug/infera-node), reads its
//                                          metadata and stops it
//   npm run typegen -- http://127.0.0.1:9944   reads the metadata of a running node (its RPC over HTTP)
//
// The metadata is read at version 15 (`Metadata_metadata_at_version`: with the runtime APIs,
// so `api.call.*` is typed too; `state_getMetadata` where the runtime offers no version 15).
// polkadot.js names each type after its Rust path; a second instance of a generic enum whose
// parameters it cannot tell apart (`pallet_jobs::types::Payload` of a call's `Vec<u8>` and of
// the stored `BoundedVec`) gets no name, and the typegen cannot write it: such an enum is renamed
// here (in the copy given to the typegen only) with `Arg` (a call's argument) or `Alt` appended.
// A generic struct fares the same when polkadot.js tells its instances apart by a parameter
// that two of them share (`infera_primitives::Page<u32, ModelInfo>` beside the two pages keyed
// by `AccountId32`): it gets the name of its last parameter appended (`PageModelInfo`, as
// polkadot.js names the other pages: `InferaPrimitivesPageProviderInfo`).
// A slip of the typegen's output is mended after it ran: the runtime APIs' `RuntimeCall` (named
// `<Runtime>RuntimeCall`, a name nothing defines) is polkadot.js's `Call`.
// Then, through tsx (which loads the TypeScript definitions):
//   polkadot-types-from-defs   src/interfaces/infera/definitions.ts (the node's RPC methods
//                              polkadot.js does not know) -> infera/types.ts, augment-types.ts;
//                              the metadata's types -> lookup.ts, types-lookup.ts, registry.ts
//   polkadot-types-from-chain  the metadata -> augment-api-{consts,errors,events,query,tx,rpc,runtime}.ts
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { Metadata, TypeDefInfo, TypeRegistry } from '@polkadot/types';
import { compactFromU8a, hexToU8a, u8aToHex } from '@polkadot/util';

const WEB = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
/** Where the generated files go, and the import path they use for one another (tsconfig `paths`). */
const OUTPUT = 'src/interfaces';
const PACKAGE = 'infera-web/interfaces';
/** The metadata handed to the typegen (a path relative to web/: the typegen joins it to the working directory). */
const METADATA = 'node_modules/.cache/infera-typegen/metadata.json';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A JSON-RPC call over HTTP; its result. */
async function rpc(url, method, params = []) {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/** The runtime's metadata (hex): version 15 if the runtime has it, else what `state_getMetadata` gives. */
async function metadataOf(url) {
  // `Option<OpaqueMetadata>`: 0x01, the compact length, the metadata.
  const answer = hexToU8a(await rpc(url, 'state_call', ['Metadata_metadata_at_version', u8aToHex(new Uint8Array([15, 0, 0, 0]))]));
  if (answer[0] !== 1) return rpc(url, 'state_getMetadata');
  const [offset, length] = compactFromU8a(answer.subarray(1));
  return u8aToHex(answer.subarray(1 + offset, 1 + offset + length.toNumber()));
}

/** `metadata` (hex) with the enums and generic structs polkadot.js leaves unnamed renamed (see the top of this file). */
function nameUnnamedTypes(metadata) {
  const registry = new TypeRegistry();
  const decoded = new Metadata(registry, metadata);
  registry.setMetadata(decoded);
  const callArgs = new Set();
  for (const pallet of decoded.asLatest.pallets) {
    if (pallet.calls.isNone) continue;
    for (const call of registry.lookup.getSiType(pallet.calls.unwrap().type).def.asVariant.variants) {
      for (const field of call.fields) callArgs.add(field.type.toNumber());
    }
  }
  const json = decoded.toJSON();
  const [version] = Object.keys(json.metadata);
  const taken = new Set(json.metadata[version].lookup.types.map(({ type }) => type.path.join('::')));
  const renamed = [];
  const types = json.metadata[version].lookup.types;
  const pathOf = new Map(types.map(({ id, type }) => [id, type.path]));
  for (const { id, type } of types) {
    // Unnamed and still an enum or a struct: those polkadot.js maps to its own types (`Call`, `MultiAddress`) are not.
    const def = registry.lookup.getTypeDef(id);
    if (type.path.length < 2 || def.lookupName) continue;
    const lastParamName = pathOf.get(type.params.at(-1)?.type)?.at(-1);
    let suffix;
    if (def.info === TypeDefInfo.Enum) suffix = callArgs.has(id) ? 'Arg' : 'Alt';
    else if (def.info === TypeDefInfo.Struct && lastParamName) suffix = lastParamName;
    else continue;
    const base = `${type.path.at(-1)}${suffix}`;
    let name = base;
    for (let n = 2; taken.has([...type.path.slice(0, -1), name].join('::')); n++) name = `${base}${n}`;
    type.path = [...type.path.slice(0, -1), name];
    taken.add(type.path.join('::'));
    renamed.push(type.path.join('::'));
  }
  if (renamed.length) console.log(`renamed for the typegen: ${renamed.join(', ')}`);
  return u8aToHex(new Metadata(registry, json).toU8a());
}

/** A free loopback TCP port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** Starts a dev node; resolves with its RPC URL and a function that stops it. */
async function startDevNode() {
  const target = process.env.CARGO_TARGET_DIR || path.join(process.env.INFERA_STATE_DIR || path.join(homedir(), '.cache', 'infera'), 'target');
  const bin = process.env.INFERA_NODE_BIN || path.join(target, 'debug', 'infera-node');
  if (!existsSync(bin)) throw new Error(`node binary not found at ${bin}: build it (scripts/build.sh), set INFERA_NODE_BIN, or pass a running node's RPC URL`);
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  const child = spawn(bin, ['--dev', '--tmp', '--rpc-port', String(rpcPort), '--no-prometheus', '--no-telemetry', '--no-mdns',
    '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`], { stdio: 'ignore' });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const url = `http://127.0.0.1:${rpcPort}`;
  for (const deadline = Date.now() + 120_000; ; await sleep(500)) {
    if (exited) throw new Error(`${bin} exited before its RPC answered`);
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`${bin}: its RPC did not answer in time`); }
    if (await rpc(url, 'system_health').then(() => true, () => false)) break;
  }
  return { url, stop: () => { child.kill('SIGINT'); } };
}

/** Runs a typegen command (through tsx) in web/; rejects if it fails. */
function typegen(script, args) {
  const tsx = path.join(WEB, 'node_modules', '.bin', 'tsx');
  const file = path.join(WEB, 'node_modules', '@polkadot', 'typegen', 'scripts', `${script}.mjs`);
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [file, ...args], { cwd: WEB, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

/** Rewrites the generated file `name` (in OUTPUT) with `edit`. */
function mend(name, edit) {
  const file = path.join(WEB, OUTPUT, name);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

/** The runtime APIs' calls typed as polkadot.js's `Call`. */
function callForRuntimeCall(text) {
  const named = /\b(\w+RuntimeRuntimeCall)\b/.exec(text);
  if (!named || text.includes(`export interface ${named[1]}`)) return text;
  const withCall = text.replaceAll(named[1], 'Call');
  return withCall.includes("import type { Call }") ? withCall
    : withCall.replace("import type { ApiTypes,", "import type { Call } from '@polkadot/types/interfaces/runtime';\nimport type { ApiTypes,");
}

const given = process.argv[2];
const node = given ? { url: given, stop: () => {} } : await startDevNode();
let metadata;
try {
  metadata = await metadataOf(node.url);
} finally {
  node.stop();
}
mkdirSync(path.dirname(path.join(WEB, METADATA)), { recursive: true });
writeFileSync(path.join(WEB, METADATA), JSON.stringify({ result: nameUnnamedTypes(metadata) }));
try {
  await typegen('polkadot-types-from-defs', ['--package', PACKAGE, '--input', OUTPUT, '--endpoint', METADATA]);
  await typegen('polkadot-types-from-chain', ['--package', PACKAGE, '--output', OUTPUT, '--endpoint', METADATA, '--strict']);
  mend('augment-api-runtime.ts', callForRuntimeCall);
} finally {
  rmSync(path.join(WEB, METADATA));
}
console.log(`${OUTPUT}: regenerated from the metadata of ${given ?? 'a dev node'} (${(metadata.length - 2) / 2} bytes)`);
