// Connection to an Infera node, the accounts that can sign, and sending transactions with
// chain errors turned into words.
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { DispatchError, EventRecord } from '@polkadot/types/interfaces';
import type { Signer } from '@polkadot/types/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** Someone who can sign: a dev key (`//Alice`) or an account of a browser extension. */
export interface SigningAccount {
  address: string;
  name: string;
  /** A keyring pair for dev accounts; for extension accounts the address plus `signer`. */
  pair?: ReturnType<Keyring['addFromUri']>;
  signer?: Signer;
}

export const DEV_ACCOUNTS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

/** Connects to `endpoint` (ws:// or wss://); rejects if the node does not answer in 10 s. */
export async function connect(endpoint: string): Promise<ApiPromise> {
  const provider = new WsProvider(endpoint, false);
  await provider.connect();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from ${endpoint}`)), 10_000);
    provider.on('connected', () => { clearTimeout(timer); resolve(); });
    provider.on('error', () => { clearTimeout(timer); reject(new Error(`cannot connect to ${endpoint}`)); });
  });
  return ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
}

/** The dev accounts (only meaningful on the dev and local chains). */
export async function devAccounts(): Promise<SigningAccount[]> {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  return DEV_ACCOUNTS.map((name) => {
    const pair = keyring.addFromUri(`//${name}`);
    return { address: pair.address, name: `${name} (dev)`, pair };
  });
}

/** Accounts of a browser extension (polkadot.js extension, Talisman, ...), if one is installed. */
export async function extensionAccounts(): Promise<SigningAccount[]> {
  const injected = (window as unknown as { injectedWeb3?: Record<string, unknown> }).injectedWeb3;
  if (!injected || Object.keys(injected).length === 0) return [];
  const { web3Enable, web3Accounts, web3FromAddress } = await import('@polkadot/extension-dapp');
  const extensions = await web3Enable('Infera marketplace');
  if (extensions.length === 0) return [];
  const accounts = await web3Accounts();
  return Promise.all(accounts.map(async (a) => ({
    address: a.address,
    name: `${a.meta.name ?? a.address.slice(0, 8)} (${a.meta.source})`,
    signer: (await web3FromAddress(a.address)).signer,
  })));
}

/** A chain error in words: `pallet.Error: its documentation`. */
export function describeDispatchError(api: ApiPromise, error: DispatchError): string {
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
  events: EventRecord[];
}

/**
 * Signs `tx` as `account`, sends it and resolves once it is in a block and succeeded; rejects
 * with the chain's error in words otherwise (pool rejection, dispatch error, or a failed call
 * inside a council motion's or sudo's result).
 */
export function send(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, account: SigningAccount): Promise<Inclusion> {
  return new Promise((resolve, reject) => {
    const options = account.signer ? { signer: account.signer } : {};
    const from = account.pair ?? account.address;
    tx.signAndSend(from, options, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        reject(new Error(describeDispatchError(api, dispatchError)));
        return;
      }
      if (!status.isInBlock) return;
      // Calls dispatched on our behalf (a motion's proposal, sudo) report their own result.
      for (const { event } of events) {
        const inner = event.section === 'council' && event.method === 'Executed'
          ? event.data[1]
          : event.section === 'sudo' && event.method === 'Sudid' ? event.data[0] : null;
        const result = inner as unknown as { isErr?: boolean; asErr?: DispatchError } | null;
        if (result?.isErr && result.asErr) {
          reject(new Error(describeDispatchError(api, result.asErr)));
          return;
        }
      }
      resolve({ blockHash: status.asInBlock.toHex(), events });
    }).catch((err: Error) => reject(new Error(poolError(err.message))));
  });
}

/** Pool errors such as `1010: Invalid Transaction: Inability to pay some fees` in plain words. */
function poolError(message: string): string {
  if (message.includes('Inability to pay some fees')) return 'The account cannot pay the transaction fee (balance too low).';
  if (message.includes('1014')) return 'A transaction with this nonce is already pending; wait for the next block.';
  return message;
}
