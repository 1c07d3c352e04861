// The state every view shares: the API, the chosen account, notices, and the chain's recent
// events (kept from each new block, for receipts and slashes).
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { EventRecord } from '@polkadot/types/interfaces';
import { send, type Inclusion, type SigningAccount } from './chain';
import { short } from './ui';

/** One event seen in a recent block. */
export interface SeenEvent {
  block: number;
  section: string;
  method: string;
  /** The event's fields by name (by position if unnamed), as polkadot.js JSON (numbers as numbers or hex strings). */
  data: Record<string, unknown>;
}

/** How many recent events are kept. */
const EVENT_LOG_SIZE = 1000;

export class App {
  api: ApiPromise;
  accounts: SigningAccount[];
  accountIndex = 0;
  best = 0;
  events: SeenEvent[] = [];
  notify: (message: string, kind: 'ok' | 'error' | 'busy') => void;

  constructor(api: ApiPromise, accounts: SigningAccount[], notify: App['notify']) {
    this.api = api;
    this.accounts = accounts;
    this.notify = notify;
  }

  get account(): SigningAccount {
    return this.accounts[this.accountIndex];
  }

  /** `Alice` for a known account, else the shortened address. */
  label(address: string): string {
    const known = this.accounts.find((a) => a.address === address);
    return known ? known.name.replace(/ \(dev\)$/, '') : short(address);
  }

  /** Records the events of block `number` (`hash`). */
  async recordBlock(number: number, hash: string): Promise<void> {
    const records = (await this.api.query.system.events.at(hash)) as unknown as EventRecord[];
    for (const { event } of records) {
      // Unnamed fields (conviction voting's `Delegated(who, target, class)`) by position.
      const names = event.meta.fields.map((f, i) => (f.name.isSome ? camel(f.name.unwrap().toString()) : String(i)));
      const values = event.data.map((d) => d.toJSON());
      const data: Record<string, unknown> = {};
      names.forEach((name, i) => { data[name] = values[i]; });
      this.events.push({ block: number, section: event.section, method: event.method, data });
    }
    if (this.events.length > EVENT_LOG_SIZE) this.events.splice(0, this.events.length - EVENT_LOG_SIZE);
  }

  /** Events `section.method`, newest first. */
  eventsOf(section: string, ...methods: string[]): SeenEvent[] {
    return this.events.filter((e) => e.section === section && methods.includes(e.method)).reverse();
  }

  /**
   * Sends `tx` from the chosen account with a notice while it is on its way, and its outcome
   * (the chain's error in words) after. `tx` may be a function that builds the transaction from
   * what the user typed: its error (a bad amount or address) is reported the same way.
   * Resolves with the inclusion, or null on failure.
   */
  async run(what: string, tx: SubmittableExtrinsic<'promise'> | (() => SubmittableExtrinsic<'promise'>)): Promise<Inclusion | null> {
    try {
      const extrinsic = typeof tx === 'function' ? tx() : tx;
      this.notify(`${what}: signing as ${this.account.name} and waiting for a block…`, 'busy');
      const included = await send(this.api, extrinsic, this.account);
      this.notify(`${what}: done in block ${included.blockHash.slice(0, 10)}…`, 'ok');
      return included;
    } catch (err) {
      this.notify(`${what} failed: ${(err as Error).message}`, 'error');
      return null;
    }
  }
}

function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
