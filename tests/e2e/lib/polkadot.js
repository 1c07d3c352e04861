// The polkadot.js packages of tests/e2e/node_modules, for scripts outside tests/e2e (e.g.
// scripts/validator.mjs): ES modules resolve packages from the importing file's folder, and
// NODE_PATH does not apply to them.
export { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
export { u8aToHex } from '@polkadot/util';
export { cryptoWaitReady, decodeAddress } from '@polkadot/util-crypto';
