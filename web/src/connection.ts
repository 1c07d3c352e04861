// The connection to a node: polkadot.js reconnects on its own (every RETRY_MS) after the node
// went away (a restart, a network cut); the app hears each change of state and each time the
// node answers again, to subscribe anew and redraw without a page reload.
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { RegistryTypes } from '@polkadot/types/types';
// The node's RPC methods polkadot.js does not know (`api.rpc.infera.*`) and their types.
import infera from './interfaces/infera/definitions';

/** Milliseconds between reconnection attempts. */
export const RETRY_MS = 2_000;

/** Where a connection stands; `connecting` also while it catches up after a reconnection. */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

/** An open connection to `endpoint`. */
export interface Connection {
  endpoint: string;
  api: ApiPromise;
  /** Closes it for good (no more reconnection). */
  close(): Promise<void>;
}

/** What a connection tells its owner. */
export interface ConnectionEvents {
  /** The socket closed (retrying) or opened (not ready yet). */
  onState(connection: Connection, state: 'connecting' | 'disconnected'): void;
  /** The node answers: the first time once the API is ready, then after every reconnection. */
  onReady(connection: Connection): void;
}

/** Opens `endpoint` (ws:// or wss://; throws on another scheme), retrying until the node answers. */
export function openConnection(endpoint: string, events: ConnectionEvents): Connection {
  const provider = new WsProvider(endpoint, RETRY_MS);
  // `RegistryTypes` leaves out the `_alias` of a struct's field (polkadot.js's Struct takes it).
  const types = infera.types as unknown as RegistryTypes;
  const api = new ApiPromise({ provider, noInitWarn: true, rpc: { infera: infera.rpc }, types });
  const connection: Connection = { endpoint, api, close: () => api.disconnect() };
  let ready = false;
  api.on('disconnected', () => events.onState(connection, 'disconnected'));
  api.on('connected', () => {
    events.onState(connection, 'connecting');
    if (ready) events.onReady(connection);
  });
  // Errors of a failed attempt show as `disconnected`; the provider logs them.
  api.on('error', () => {});
  void api.isReady.then(() => {
    ready = true;
    events.onReady(connection);
  });
  return connection;
}
