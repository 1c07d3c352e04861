// The state every view shares: the API, the chosen account, notices, and the chain's recent
// events (kept from each new block, for receipts and slashes).
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { AnyJson } from '@polkadot/types/types';
import { estimateFee, send, type Inclusion, type SigningAccount } from './chain';
import { txReport } from './tx-words';
import { infrFee, short, type Line } from './ui';

/** One event seen in a recent block. */
export interface SeenEvent {
  block: number;
  section: string;
  method: string;
  /** The event's fields by name (by position if unnamed), as polkadot.js JSON (numbers as numbers or hex strings). */
  data: Record<string, AnyJson>;
}

/** How many recent events are kept. */
const EVENT_LOG_SIZE = 1000;

export class App {
  api: ApiPromise;
  accounts: SigningAccount[];
  accountIndex = 0;
  best = 0;
  events: SeenEvent[] = [];
  /** The notice under the header: what the latest action is doing, or how it ended. */
  notice: Line;
  /** The transactions on their way, by `what`. */
  private readonly pending = new Set<string>();
  /** `transactionPayment.nextFeeMultiplier` at the last block recorded (null before the first). */
  private feeMultiplier: string | null = null;
  /** What to call when the fee multiplier changes, by the element it belongs to (a form). */
  private readonly feeListeners = new Map<Element, () => void>();

  constructor(api: ApiPromise, accounts: SigningAccount[], notice: Line) {
    this.api = api;
    this.accounts = accounts;
    this.notice = notice;
  }

  get account(): SigningAccount {
    return this.accounts[this.accountIndex];
  }

  /** `Alice` for a known account, else the shortened address. */
  label(address: string): string {
    const known = this.accounts.find((a) => a.address === address);
    return known ? known.name.replace(/ \(dev\)$/, '') : short(address);
  }

  /**
   * Records the events of block `number` (`hash`) and its fee multiplier (blocks come in
   * order): when the multiplier changed, the fee listeners are told.
   */
  async recordBlock(number: number, hash: string): Promise<void> {
    const [events, multiplier] = await Promise.all([
      this.api.query.system.events.at(hash), this.api.query.transactionPayment.nextFeeMultiplier.at(hash)]);
    for (const { event } of events) {
      // Unnamed fields (conviction voting's `Delegated(who, target, class)`) by position.
      const names = event.meta.fields.map((f, i) => (f.name.isSome ? camel(f.name.unwrap().toString()) : String(i)));
      const values = event.data.map((d) => d.toJSON());
      const data: Record<string, AnyJson> = {};
      names.forEach((name, i) => { data[name] = values[i]; });
      this.events.push({ block: number, section: event.section, method: event.method, data });
    }
    if (this.events.length > EVENT_LOG_SIZE) this.events.splice(0, this.events.length - EVENT_LOG_SIZE);
    this.noteFeeMultiplier(multiplier.toString());
  }

  /**
   * Calls `listener` each time the chain's fee multiplier changes (every estimated fee changes
   * with it), for as long as `owner` is in the page: a form of a view that was left (or mounted
   * anew) is forgotten.
   */
  onFeeMultiplierChange(owner: Element, listener: () => void): void {
    this.feeListeners.set(owner, listener);
  }

  /**
   * Keeps `multiplier`; if it differs from the one before, tells the listeners. Listeners whose
   * element left the page are dropped (each block: views are mounted synchronously, so a form
   * is in the page by the time a block is recorded).
   */
  private noteFeeMultiplier(multiplier: string): void {
    const changed = this.feeMultiplier !== null && this.feeMultiplier !== multiplier;
    this.feeMultiplier = multiplier;
    for (const [owner, listener] of this.feeListeners) {
      if (!owner.isConnected) this.feeListeners.delete(owner);
      else if (changed) listener();
    }
  }

  /** Events `section.method`, newest first. */
  eventsOf(section: string, ...methods: string[]): SeenEvent[] {
    return this.events.filter((e) => e.section === section && methods.includes(e.method)).reverse();
  }

  /** The estimated fee (planck) of `tx` sent from the chosen account. */
  estimateFee(tx: SubmittableExtrinsic<'promise'>): Promise<bigint> {
    return estimateFee(tx, this.account.address);
  }

  /**
   * Sends `tx` from the chosen account, telling the notice (and `line`, the status line of the
   * form that sent it) the estimated fee before signing, each step on its way (ready, in block
   * #n, finalized) and its outcome (the chain's or the pool's error in words). `tx` may be a
   * function that builds the transaction from what the user typed: its error (a bad amount or
   * address) is reported the same way. While `what` is on its way, sending it again does
   * nothing (a double click sends one transaction). Resolves with the inclusion, or null.
   */
  async run(what: string, tx: SubmittableExtrinsic<'promise'> | (() => SubmittableExtrinsic<'promise'>), line?: Line): Promise<Inclusion | null> {
    if (this.pending.has(what)) return null;
    this.pending.add(what);
    const report = txReport(what, this.notice, line);
    try {
      const extrinsic = typeof tx === 'function' ? tx() : tx;
      report.progress('estimating the fee…');
      report.progress(`${await this.feeWords(extrinsic)}; signing as ${this.account.name}…`);
      const included = await send(this.api, extrinsic, this.account, report.stage);
      report.done(included);
      return included;
    } catch (err) {
      report.failed((err as Error).message);
      return null;
    } finally {
      this.pending.delete(what);
    }
  }

  /** `estimated fee 0.0002134 INFR`, or why it is unknown. */
  private async feeWords(tx: SubmittableExtrinsic<'promise'>): Promise<string> {
    try {
      return `estimated fee ${infrFee(await this.estimateFee(tx))}`;
    } catch (err) {
      return `fee unknown (${(err as Error).message})`;
    }
  }
}

function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
