// The accounts that can sign (dev keys on dev chains, wallet extensions' accounts), and sending
// transactions: every status the node reports, with the chain's and the pool's errors turned
// into words (tx-words.ts).
import { Keyring, type ApiPromise, type SubmittableResult } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { DispatchError, EventRecord } from '@polkadot/types/interfaces';
import type { SpRuntimeDispatchError } from '@polkadot/types/lookup';
import type { ISubmittableResult, Signer } from '@polkadot/types/types';
import type { InjectedAccountWithMeta, InjectedExtension, MetadataDef } from '@polkadot/extension-inject/types';
import type { KeypairType } from '@polkadot/util-crypto/types';
import { base64Encode, cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';
import { poolError, statusError } from './tx-words';

/** Someone who can sign: a dev key (`//Alice`) or an account of a browser extension. */
export interface SigningAccount {
  address: string;
  name: string;
  /** A keyring pair for dev accounts; for extension accounts the address plus `signer`. */
  pair?: ReturnType<Keyring['addFromUri']>;
  signer?: Signer;
}

export const DEV_ACCOUNTS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

/** The dev accounts (offered on Development and Local chains only: see `isDevChain`). */
export async function devAccounts(): Promise<SigningAccount[]> {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  return DEV_ACCOUNTS.map((name) => {
    const pair = keyring.addFromUri(`//${name}`);
    return { address: pair.address, name: `${name} (dev)`, pair };
  });
}

/** The key types this chain's accounts can have: AccountId32 holds sr25519, ed25519 and ecdsa keys, not 20-byte ethereum accounts. */
export const CHAIN_KEY_TYPES: KeypairType[] = ['sr25519', 'ed25519', 'ecdsa'];

/** What the app tells a wallet extension it is (shown when the extension asks to allow it). */
const ORIGIN = 'Infera marketplace';

/** Whether the well-known dev keys (`//Alice`…) belong on this chain: a Development or Local chain. */
export async function isDevChain(api: ApiPromise): Promise<boolean> {
  const type = await api.rpc.system.chainType();
  return type.isDevelopment || type.isLocal;
}

/** The account shown when there is none to sign with: the views read the chain, signing is refused in words. */
export function noAccount(): SigningAccount {
  const refuse = () => Promise.reject(new Error('No account to sign with: add an account in a wallet extension (polkadot.js, Talisman, SubWallet) and allow this site'));
  return { address: encodeAddress(new Uint8Array(32), 42), name: 'no account (add one in a wallet extension)', signer: { signPayload: refuse, signRaw: refuse } };
}

/** The chain as a wallet extension needs it to show and sign its transactions (`metadata.provide`). */
export function metadataDefinition(api: ApiPromise): MetadataDef {
  return {
    chain: api.runtimeChain.toString(),
    genesisHash: api.genesisHash.toHex(),
    specVersion: api.runtimeVersion.specVersion.toNumber(),
    ss58Format: api.registry.chainSS58 ?? 42,
    tokenDecimals: api.registry.chainDecimals[0] ?? 12,
    tokenSymbol: api.registry.chainTokens[0] ?? 'INFR',
    // The calls only, as polkadot.js Apps gives them: what the extension decodes a payload with.
    metaCalls: base64Encode(api.runtimeMetadata.asCallsOnly.toU8a()),
    types: {},
    icon: 'substrate',
    chainType: 'substrate',
  };
}

/** Gives `extension` the chain's metadata unless it knows this genesis hash and spec version already; true if it was given. */
async function provideMetadata(api: ApiPromise, extension: InjectedExtension): Promise<boolean> {
  if (!extension.metadata) return false;
  const genesisHash = api.genesisHash.toHex();
  const specVersion = api.runtimeVersion.specVersion.toNumber();
  const known = await extension.metadata.get();
  if (known.some((k) => k.genesisHash === genesisHash && k.specVersion === specVersion)) return false;
  return extension.metadata.provide(metadataDefinition(api));
}

/** Whether an extension's account can sign on this chain: a key type it supports, not bound to another chain. */
function usable(account: InjectedAccountWithMeta, genesisHash: string): boolean {
  const keyTypeOk = account.type === undefined || CHAIN_KEY_TYPES.includes(account.type);
  // An ethereum account without a declared type still shows as its 20-byte hex address.
  const ethereumAddress = /^0x[0-9a-fA-F]{40}$/.test(account.address);
  const chainOk = !account.meta.genesisHash || account.meta.genesisHash === genesisHash;
  return keyTypeOk && !ethereumAddress && chainOk;
}

/**
 * Connects the browser's wallet extensions (polkadot.js, Talisman, ...; none installed: nothing
 * happens), gives each the chain's metadata when it lacks this spec version, and calls
 * `onAccounts` with their accounts that can sign on this chain, now and whenever one is added
 * or removed in an extension. Resolves with a function that ends the subscription.
 */
export async function watchExtensionAccounts(api: ApiPromise, onAccounts: (accounts: SigningAccount[]) => void): Promise<() => void> {
  const injected = (window as unknown as { injectedWeb3?: Record<string, unknown> }).injectedWeb3;
  if (!injected || Object.keys(injected).length === 0) return () => {};
  const { web3Enable, web3AccountsSubscribe } = await import('@polkadot/extension-dapp');
  const extensions = await web3Enable(ORIGIN);
  if (extensions.length === 0) return () => {};
  // An extension that cannot take the metadata still signs (it may show the call undecoded).
  await Promise.all(extensions.map((e) => provideMetadata(api, e).catch((err: Error) => console.warn(`${e.name}: metadata not provided: ${err.message}`))));
  const signers = new Map(extensions.map((e) => [e.name, e.signer]));
  const genesisHash = api.genesisHash.toHex();
  return web3AccountsSubscribe((accounts) => onAccounts(accounts.filter((a) => usable(a, genesisHash)).map((a) => ({
    address: a.address,
    name: `${a.meta.name ?? a.address.slice(0, 8)} (${a.meta.source})`,
    signer: signers.get(a.meta.source),
  }))), { accountType: CHAIN_KEY_TYPES, genesisHash, ss58Format: api.registry.chainSS58 ?? 42 });
}

/** A chain error in words: `pallet.Error: its documentation`. */
export function describeDispatchError(api: ApiPromise, error: DispatchError | SpRuntimeDispatchError): string {
  if (error.isModule) {
    const { section, name, docs } = api.registry.findMetaError(error.asModule);
    const text = docs.join(' ').trim();
    return `${section}.${name}${text ? `: ${text}` : ''}`;
  }
  if (error.isToken) return `Token.${error.asToken.type}`;
  if (error.isArithmetic) return `Arithmetic.${error.asArithmetic.type}`;
  return error.type === 'Other' ? error.toString() : error.type;
}

/** What happened to a transaction in its block. */
export interface Inclusion {
  blockHash: string;
  block: number;
  events: EventRecord[];
}

/** Where a sent transaction is, as `send` hears it from the node. */
export type TxStage =
  | { kind: 'future' | 'ready' | 'broadcast' }
  | { kind: 'inBlock' | 'finalized' | 'retracted'; block: number; hash: string }
  /** Lost after its inclusion was reported (dropped after a fork, not finalized in time, connection lost). */
  | { kind: 'failed'; message: string };

/** The estimated fee (planck) of `tx` signed by `address`, from the runtime's `queryInfo`. */
export async function estimateFee(tx: SubmittableExtrinsic<'promise'>, address: string): Promise<bigint> {
  return (await tx.paymentInfo(address)).partialFee.toBigInt();
}

/**
 * Signs `tx` as `account`, sends it and resolves once it is in a block and succeeded; rejects
 * with the reason in words otherwise: the pool's or the signer's refusal, the pool giving it up
 * (invalid, dropped, usurped), a dispatch error (also a failed call inside a council motion's or
 * sudo's result), or the connection lost before its inclusion. `onStage` hears every step,
 * before and after the inclusion, until it is finalized or lost.
 */
export function send(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, account: SigningAccount,
  onStage: (stage: TxStage) => void = () => {}): Promise<Inclusion> {
  return new Promise((resolve, reject) => {
    let included = false;
    let finished = false;
    let stop: (() => void) | null = null;
    let queue = Promise.resolve();
    const end = () => { finished = true; stop?.(); api.off('disconnected', lost); };
    const fail = (message: string) => {
      if (finished) return;
      if (included) onStage({ kind: 'failed', message }); else reject(new Error(message));
      end();
    };
    const lost = () => fail(included ? 'the connection to the node was lost before finality (reload to check it)'
      : 'The connection to the node was lost while the transaction was on its way: it may still be included (see the chain once reconnected).');
    const follow = async (result: ISubmittableResult) => {
      if (finished) return;
      const stage = await stageOf(api, result);
      if (stage.kind === 'failed') { fail(stage.message); return; }
      onStage(stage);
      if (!included && (stage.kind === 'inBlock' || stage.kind === 'finalized')) {
        const error = dispatchFailure(api, result);
        if (error) { fail(error); return; }
        included = true;
        resolve({ blockHash: stage.hash, block: stage.block, events: result.events });
      }
      if (stage.kind === 'finalized') end();
    };
    api.on('disconnected', lost);
    const options = account.signer ? { signer: account.signer } : {};
    tx.signAndSend(account.pair ?? account.address, options, (result) => {
      queue = queue.then(() => follow(result)).catch((err: Error) => fail(err.message));
    }).then((unsubscribe) => { stop = unsubscribe; if (finished) unsubscribe(); },
      (err: Error) => fail(poolError(err.message)));
  });
}

/** The stage a status update tells of ('failed' for the pool giving the transaction up). */
async function stageOf(api: ApiPromise, result: ISubmittableResult): Promise<TxStage> {
  const { status } = result;
  if (result.isError) return { kind: 'failed', message: statusError(status) };
  if (result.internalError) return { kind: 'failed', message: `The transaction's events could not be read (${result.internalError.message}): check the chain for its outcome.` };
  if (status.isFuture || status.isReady || status.isBroadcast) return { kind: status.isFuture ? 'future' : status.isReady ? 'ready' : 'broadcast' };
  const hash = status.isInBlock ? status.asInBlock : status.isFinalized ? status.asFinalized : status.isRetracted ? status.asRetracted : null;
  if (!hash) return { kind: 'failed', message: `The node reported an unknown transaction status: ${status.type}.` };
  // polkadot.js's results carry the block number with the events (`SubmittableResult.blockNumber`).
  const known = (result as Partial<Pick<SubmittableResult, 'blockNumber'>>).blockNumber;
  const block = known?.toNumber() || (await api.rpc.chain.getHeader(hash)).number.toNumber();
  return { kind: status.isInBlock ? 'inBlock' : status.isFinalized ? 'finalized' : 'retracted', block, hash: hash.toHex() };
}

/** The dispatch error of an included transaction in words, or null if it succeeded. */
function dispatchFailure(api: ApiPromise, { dispatchError, events }: ISubmittableResult): string | null {
  if (dispatchError) return describeDispatchError(api, dispatchError);
  // Calls dispatched on our behalf (a motion's proposal, sudo) report their own result.
  for (const { event } of events) {
    const result = api.events.council.Executed.is(event) ? event.data.result
      : api.events.sudo.Sudid.is(event) ? event.data.sudoResult : null;
    if (result?.isErr) return describeDispatchError(api, result.asErr);
  }
  return null;
}
