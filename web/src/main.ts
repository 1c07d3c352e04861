// Infera marketplace web app: connects to a node's WebSocket RPC (default the local dev node,
// or `?rpc=ws://host:port`), shows the marketplace live (redrawn on every new block) and signs
// with a browser extension's accounts (listed first, kept up to date as the extension adds or
// removes them) or, on dev and local chains only, the dev accounts; the chosen account is
// remembered across reloads. The header tells the connection's state and the chain's best and
// finalized blocks; after the node went away the app reconnects on its own and carries on
// (subscribes anew, reads the blocks it missed, redraws) without a page reload.
import './style.css';
import type { ApiPromise } from '@polkadot/api';
import { App } from './app';
import { devAccounts, isDevChain, noAccount, watchExtensionAccounts, type SigningAccount } from './chain';
import { openConnection, RETRY_MS, type Connection, type ConnectionState } from './connection';
import { h, infr, Line } from './ui';
import { governanceView } from './views/governance';
import { jobsView } from './views/jobs';
import { modelsView } from './views/models';
import { overviewView } from './views/overview';
import { providersView } from './views/providers';
import { referendaView } from './views/referenda';
import { validatorsView } from './views/validators';
import type { View } from './views/view';

const VIEWS: View[] = [modelsView, governanceView, referendaView, providersView, validatorsView, jobsView, overviewView];
const DEFAULT_ENDPOINT = 'ws://127.0.0.1:9944';
/** Where the chosen account (its address and name) is remembered across reloads. */
const CHOSEN_ACCOUNT_KEY = 'infera.account';
/** Blocks whose events are read at start-up (and after a reconnection), for receipts and slashes. */
const BACKFILL_BLOCKS = 50;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const notice = new Line((message, kind) => {
  const el = $('notice');
  el.textContent = message;
  el.className = kind;
});
let app: App | null = null;
let current: View = VIEWS[0];
/** Whether the current view is mounted for `app` (after a reconnection it is redrawn, not mounted anew). */
let mounted = false;
let connection: Connection | null = null;
/** The chain as the header shows it. */
const chain = { name: '', best: 0, finalized: 0 };
/** Ends the subscription to the wallet extensions' accounts. */
let stopWallet: () => void = () => {};
/** Ends the subscriptions to new and finalized heads. */
let unsubscribe: (() => void)[] = [];
/** Work on the chain's news (a reconnection, a new head), one at a time, in order. */
let queue: Promise<void> = Promise.resolve();

/** Runs `task` after the ones queued before it; its error goes to the notice. */
function enqueue(task: () => Promise<void>): void {
  queue = queue.then(task).catch((err: Error) => notice.say(`Could not read the chain: ${err.message}`, 'error'));
}

/** Shows the connection's state (and, connected, the chain and its best and finalized blocks) in the header. */
function showState(state: ConnectionState): void {
  const el = $('status');
  const endpoint = connection?.endpoint ?? '';
  el.className = state;
  el.dataset.state = state;
  el.textContent = state === 'connecting' ? `connecting to ${endpoint}…`
    : state === 'disconnected' ? `disconnected from ${endpoint}: retrying every ${RETRY_MS / 1000} s`
      : `connected to ${chain.name}: block #${chain.best}, finalized #${chain.finalized}`;
}

async function show(view: View): Promise<void> {
  current = view;
  for (const tab of document.querySelectorAll('#tabs button')) tab.classList.toggle('active', tab.getAttribute('data-view') === view.id);
  history.replaceState(null, '', `#${view.id}${location.search}`);
  if (!app) return;
  const root = $('view');
  view.mount(app, root);
  // Until its first refresh has drawn it, the view says it is loading.
  root.prepend(h('p', { class: 'loading', 'data-testid': 'loading' }, 'loading…'));
  mounted = true;
  await refresh();
}

let refreshing = false;
/**
 * Redraws the current view (again if another one was shown meanwhile), takes its `loading…`
 * line away and shows the balance (skipped while disconnected: it would only fail).
 */
async function refresh(): Promise<void> {
  if (!app || refreshing || !app.api.isConnected) return;
  refreshing = true;
  try {
    let view: View;
    do {
      view = current;
      await view.refresh(app);
    } while (view !== current); // another view was shown meanwhile: draw it too
    $('view').querySelector(':scope > .loading')?.remove();
    const account = await app.api.query.system.account(app.account.address);
    $('balance').textContent = `free ${infr(account.data.free.toBigInt())}`;
  } catch (err) {
    notice.say(`Could not read the chain: ${(err as Error).message}`, 'error');
  } finally {
    refreshing = false;
  }
}

/**
 * The app for `api`: the wallet extensions' accounts first (added as they come and whenever an
 * extension's accounts change), then the dev accounts on a dev or local chain, in the picker.
 */
async function createApp(api: ApiPromise): Promise<App> {
  stopWallet();
  const dev = (await isDevChain(api)) ? await devAccounts() : [];
  const created = new App(api, [], notice);
  let extension: SigningAccount[] = [];
  const update = () => { if (!app || app === created) setAccounts(created, [...extension, ...dev]); };
  update();
  const picker = $<HTMLSelectElement>('account');
  picker.onchange = () => {
    created.accountIndex = Number(picker.value);
    localStorage.setItem(CHOSEN_ACCOUNT_KEY, JSON.stringify({ address: created.account.address, name: created.account.name }));
    void show(current);
  };
  watchExtensionAccounts(api, (accounts) => { extension = accounts; update(); }).then(
    (stop) => { if (!app || app === created) stopWallet = stop; else stop(); },
    (err: Error) => notice.say(`The wallet extension could not be connected: ${err.message}`, 'error'));
  return created;
}

/** The account chosen before (this reload or an earlier one), if any. */
function rememberedAccount(): { address?: string; name?: string } {
  try {
    return JSON.parse(localStorage.getItem(CHOSEN_ACCOUNT_KEY) ?? '{}') as { address?: string; name?: string };
  } catch {
    return {};
  }
}

/**
 * Puts `accounts` in `target` and the picker (none: a placeholder that cannot sign), choosing
 * the remembered account (by address and name, else by address), else the first; the view is
 * redrawn for a newly chosen account.
 */
function setAccounts(target: App, accounts: SigningAccount[]): void {
  const list = accounts.length ? accounts : [noAccount()];
  const key = (a: SigningAccount) => `${a.address} ${a.name}`;
  const before = target.accounts.length ? key(target.account) : null;
  const { address, name } = rememberedAccount();
  const exact = list.findIndex((a) => a.address === address && a.name === name);
  const index = Math.max(exact >= 0 ? exact : list.findIndex((a) => a.address === address), 0);
  target.accounts = list;
  target.accountIndex = index;
  const picker = $<HTMLSelectElement>('account');
  picker.replaceChildren(...list.map((a, i) => h('option', { value: i, selected: i === index }, a.name)));
  picker.disabled = accounts.length === 0;
  if (mounted && before !== key(target.account)) void show(current);
}

/**
 * Records the events of the blocks after the last one seen, up to `best` (at most
 * BACKFILL_BLOCKS of them): at start-up, after a reconnection, and for each new head.
 */
async function catchUp(app: App, best: number): Promise<void> {
  if (best < app.best) { app.best = 0; app.events = []; } // another chain (a fresh dev node): start over
  for (let n = Math.max(1, app.best + 1, best - BACKFILL_BLOCKS); n <= best; n++) {
    await app.recordBlock(n, (await app.api.rpc.chain.getBlockHash(n)).toHex());
  }
  app.best = best;
  chain.best = best;
}

/** Ends the head subscriptions (on a disconnection, polkadot.js just forgets them). */
function dropSubscriptions(): void {
  for (const stop of unsubscribe) stop();
  unsubscribe = [];
}

/** Subscribes to new heads (record, redraw) and finalized heads (the header). */
async function subscribe(api: ApiPromise): Promise<void> {
  dropSubscriptions();
  unsubscribe.push(await api.rpc.chain.subscribeNewHeads((header) => enqueue(async () => {
    if (!app || header.number.toNumber() <= app.best) return;
    await catchUp(app, header.number.toNumber());
    showState('connected');
    await refresh();
  })));
  unsubscribe.push(await api.rpc.chain.subscribeFinalizedHeads((header) => {
    chain.finalized = header.number.toNumber();
    if (app?.api.isConnected) showState('connected');
  }));
}

/**
 * The node answers: the first time, set the app up and show the view; again after a
 * reconnection, catch up on the blocks missed, subscribe anew and redraw the view (its forms,
 * half filled in perhaps, stay).
 */
async function onReady(ready: Connection): Promise<void> {
  if (ready !== connection) return;
  const { api } = ready;
  app ??= await createApp(api);
  chain.name = (await api.rpc.system.chain()).toString();
  chain.finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
  await catchUp(app, (await api.rpc.chain.getHeader()).number.toNumber());
  await subscribe(api);
  showState('connected');
  await (mounted ? refresh() : show(current));
}

/** Queues `onReady`; if it fails while the node still answers (not a disconnection), tries again shortly. */
function ready(from: Connection): void {
  enqueue(() => onReady(from).catch((err: Error) => {
    if (from === connection && from.api.isConnected) setTimeout(() => ready(from), RETRY_MS);
    throw err;
  }));
}

/** Connects to `endpoint`, closing the connection before (whose later news is ignored). */
function start(endpoint: string): void {
  const previous = connection;
  dropSubscriptions();
  app = null;
  mounted = false;
  try {
    connection = openConnection(endpoint, {
      onState: (from, state) => {
        if (from !== connection) return;
        if (state === 'disconnected') dropSubscriptions();
        showState(state);
      },
      onReady: ready,
    });
    showState('connecting');
  } catch (err) {
    connection = null;
    showState('disconnected');
    notice.say(`Cannot connect to ${endpoint}: ${(err as Error).message}`, 'error');
  }
  void previous?.close();
}

function main(): void {
  const params = new URLSearchParams(location.search);
  const endpoint = params.get('rpc') ?? localStorage.getItem('infera.endpoint') ?? DEFAULT_ENDPOINT;
  $<HTMLInputElement>('endpoint').value = endpoint;
  $('connect').addEventListener('click', () => {
    const value = $<HTMLInputElement>('endpoint').value.trim();
    localStorage.setItem('infera.endpoint', value);
    start(value);
  });
  $('tabs').replaceChildren(...VIEWS.map((v) => h('button', { 'data-view': v.id, 'data-testid': `tab-${v.id}`, onclick: () => void show(v) }, v.title)));
  current = VIEWS.find((v) => `#${v.id}` === location.hash) ?? VIEWS[0];
  start(endpoint);
}

main();
