// Small DOM helpers: elements, tables, forms, amounts.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | ((ev: Event) => void) | undefined>;

/** `h('button', { onclick, 'data-testid': 'x' }, 'Vote')`: an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/**
 * A table with a header row; `rows` are cells, `rowAttrs` attributes per row. It comes in a
 * container that scrolls sideways when the table is wider than the screen (the page does not).
 */
export function table(headers: string[], rows: Child[][], rowAttrs: (i: number) => Attrs = () => ({})): HTMLDivElement {
  return h('div', { class: 'table-scroll' }, h('table', {},
    h('thead', {}, h('tr', {}, ...headers.map((x) => h('th', {}, x)))),
    h('tbody', {}, ...rows.map((cells, i) => h('tr', rowAttrs(i), ...cells.map((c) => h('td', {}, c))))),
  ));
}

/** A labelled form field. */
export function field(label: string, input: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}

/** A `<select>` of `options` ([value, label]). */
export function select(name: string, options: [string, string][], selected?: string): HTMLSelectElement {
  return h('select', { name }, ...options.map(([value, label]) => h('option', { value, selected: value === selected }, label)));
}

/** A text/number input. */
export function input(name: string, value = '', attrs: Attrs = {}): HTMLInputElement {
  return h('input', { name, value, ...attrs });
}

/** Reads a form's named fields. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) values[key] = String(value);
  return values;
}

export const UNIT = 1_000_000_000_000n;

/** `1500000000000n` -> `1.5 INFR`. */
export function infr(amount: bigint | { toString(): string }): string {
  const value = typeof amount === 'bigint' ? amount : BigInt(amount.toString());
  const whole = value / UNIT;
  const fraction = (value % UNIT).toString().padStart(12, '0').replace(/0+$/, '');
  return `${whole.toLocaleString('en-US')}${fraction ? `.${fraction.slice(0, 4)}` : ''} INFR`;
}

/** A fee to four significant digits (truncated): `213456789n` -> `0.0002134 INFR`. */
export function infrFee(amount: bigint): string {
  if (amount >= UNIT) return infr(amount);
  const fraction = amount.toString().padStart(12, '0');
  const lead = fraction.search(/[1-9]/);
  return lead < 0 ? '0 INFR' : `0.${fraction.slice(0, lead + 4).replace(/0+$/, '')} INFR`;
}

/** `1.5` (INFR, as typed) -> planck units. */
export function parseInfr(text: string): bigint {
  const trimmed = text.trim();
  if (!/^\d+(\.\d{1,12})?$/.test(trimmed)) throw new Error(`not an amount: "${text}"`);
  const [whole, fraction = ''] = trimmed.split('.');
  return BigInt(whole) * UNIT + BigInt(fraction.padEnd(12, '0'));
}

/** `5Grw...utQY` for long addresses. */
export function short(address: string): string {
  return address.length > 16 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}

/** Bytes as UTF-8 text if they are printable, else null. */
export function printable(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}\n\t]*$/u.test(text) ? text : null;
  } catch {
    return null;
  }
}

/**
 * Sets the options ([value, label]) of `select` unless it has them already, keeping the choice
 * where it stays; a `change` event tells the form (its fee estimate, a quote) of the new options.
 */
export function setOptions(select: HTMLSelectElement | null, options: [string, string][]): void {
  if (!select) return;
  const current = Array.from(select.options, (o) => [o.value, o.text]);
  if (JSON.stringify(current) === JSON.stringify(options)) return;
  const chosen = select.value;
  select.replaceChildren(...options.map(([value, label]) => h('option', { value, selected: value === chosen }, label)));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** How a message reads: in progress, succeeded, failed. */
export type Kind = 'ok' | 'error' | 'busy';

/**
 * A place where one transaction at a time tells how it is going (the notice, a form's status
 * line). Each sender `claim`s it; once a newer sender has claimed it, the older one's late news
 * (its finality, seen blocks later) is dropped instead of overwriting the newer one's.
 */
export class Line {
  private owner = 0;

  constructor(private readonly show: (text: string, kind: Kind) => void) {}

  /** Takes the line over; returns a writer that works while this claim is the latest. */
  claim(): (text: string, kind: Kind) => void {
    const mine = ++this.owner;
    return (text, kind) => { if (this.owner === mine) this.show(text, kind); };
  }

  /** Takes the line over and writes `text`. */
  say(text: string, kind: Kind): void {
    this.claim()(text, kind);
  }
}

/** `0.1234` -> `12.34 %`, `1` -> `100 %`. */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))} %`;
}

/** `1 block`, `20 blocks`. */
export function blocks(n: number): string {
  return `${n} block${n === 1 ? '' : 's'}`;
}
