import type { App } from '../app';

/** A tab of the app: `mount` builds its forms once, `refresh` redraws its data (every block). */
export interface View {
  id: string;
  title: string;
  mount(app: App, root: HTMLElement): void;
  refresh(app: App): Promise<void>;
}

/** Replaces the children of `el` with `children` (empty strings and nulls are skipped). */
export function replace(el: HTMLElement, ...children: (Node | string | null)[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== ''));
}
