// Infera marketplace web app: connects to a node's WebSocket RPC (default the local dev node,
// or `?rpc=ws://host:port`), shows the marketplace live (redrawn on every new block) and signs
// with dev accounts or a browser extension.
import './style.css';
import type { ApiPromise } from '@polkadot/api';
import { App } from './app';
import { connect, devAccounts, extensionAccounts } from './chain';
import { h, infr } from './ui';
import { governanceView } from './views/governance';
import { jobsView } from './views/jobs';
import { modelsView } from './views/models';
import { overviewView } from './views/overview';
import { providersView } from './views/providers';
import { referendaView } from './views/referenda';
import type { View } from './views/view';

const VIEWS: View[] = [modelsView, governanceView, referendaView, providersView, jobsView, overviewView];
const DEFAULT_ENDPOINT = 'ws://127.0.0.1:9944';
/** Blocks whose events are read at start-up, for receipts and slashes. */
const BACKFILL_BLOCKS = 50;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let app: App | null = null;
let current: View = VIEWS[0];
let unsubscribe: (() => void) | null = null;

function notify(message: string, kind: 'ok' | 'error' | 'busy'): void {
  const el = $('notice');
  el.textContent = message;
  el.className = kind;
}

async function show(view: View): Promise<void> {
  current = view;
  for (const tab of document.querySelectorAll('#tabs button')) tab.classList.toggle('active', tab.getAttribute('data-view') === view.id);
  history.replaceState(null, '', `#${view.id}${location.search}`);
  if (!app) return;
  view.mount(app, $('view'));
  await refresh();
}

let refreshing = false;
async function refresh(): Promise<void> {
  if (!app || refreshing) return;
  refreshing = true;
  try {
    await current.refresh(app);
    const account = (await app.api.query.system.account(app.account.address)) as unknown as { data: { free: { toString(): string } } };
    $('balance').textContent = `free ${infr(BigInt(account.data.free.toString()))}`;
  } catch (err) {
    notify(`Could not read the chain: ${(err as Error).message}`, 'error');
  } finally {
    refreshing = false;
  }
}

async function start(endpoint: string): Promise<void> {
  unsubscribe?.();
  if (app) await app.api.disconnect();
  app = null;
  $('status').textContent = `connecting to ${endpoint}…`;
  let api: ApiPromise;
  try {
    api = await connect(endpoint);
  } catch (err) {
    $('status').textContent = 'disconnected';
    notify((err as Error).message, 'error');
    return;
  }
  const accounts = [...(await devAccounts()), ...(await extensionAccounts())];
  app = new App(api, accounts, notify);
  const picker = $<HTMLSelectElement>('account');
  picker.replaceChildren(...accounts.map((a, i) => h('option', { value: i }, a.name)));
  picker.onchange = () => { if (app) { app.accountIndex = Number(picker.value); void show(current); } };

  const chain = (await api.rpc.system.chain()).toString();
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  for (let n = Math.max(1, best - BACKFILL_BLOCKS); n <= best; n++) await app.recordBlock(n, (await api.rpc.chain.getBlockHash(n)).toHex());
  app.best = best;
  unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
    if (!app) return;
    const number = header.number.toNumber();
    if (number <= app.best) return;
    await app.recordBlock(number, header.hash.toHex());
    app.best = number;
    $('status').textContent = `${chain}, block #${number}`;
    await refresh();
  });
  $('status').textContent = `${chain}, block #${best}`;
  await show(current);
}

function main(): void {
  const params = new URLSearchParams(location.search);
  const endpoint = params.get('rpc') ?? localStorage.getItem('infera.endpoint') ?? DEFAULT_ENDPOINT;
  $<HTMLInputElement>('endpoint').value = endpoint;
  $('connect').addEventListener('click', () => {
    const value = $<HTMLInputElement>('endpoint').value.trim();
    localStorage.setItem('infera.endpoint', value);
    void start(value);
  });
  $('tabs').replaceChildren(...VIEWS.map((v) => h('button', { 'data-view': v.id, 'data-testid': `tab-${v.id}`, onclick: () => void show(v) }, v.title)));
  current = VIEWS.find((v) => `#${v.id}` === location.hash) ?? VIEWS[0];
  void start(endpoint);
}

main();
