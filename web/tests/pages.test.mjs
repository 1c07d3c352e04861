// readAllPages (web/src/data.ts), the one helper through which the app reads a paged runtime
// API list (modelsApi.modelsByStatus, computeApi.providers, jobsApi.jobs): it reads on while a
// page's `next` is set, even past a short or empty page (a page filtered by status may be
// either), and passes each `next` as the following `startAfter`. The browser tests' chains hold
// fewer than a page of each list, so this runs it on pages made here. No node needed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TypeRegistry } from '@polkadot/types';
import { register } from 'tsx/esm/api';

register();
const { readAllPages, PAGE_LIMIT } = await import('../src/data.ts');
const registry = new TypeRegistry();

/** A page as the runtime API returns it (`infera_primitives::Page<u32, u32>`). */
const page = (items, next) => ({
  items: registry.createType('Vec<(u32, u32)>', items),
  next: registry.createType('Option<u32>', next),
});

test('readAllPages reads every page, past an empty one that still has a next key, until next is None', async () => {
  // startAfter -> page: a full page, a filtered page with nothing kept, a last short page.
  const pages = new Map([
    [null, page([[1, 10], [2, 20]], 4)],
    [4, page([], 9)],
    [9, page([[12, 120]], null)],
  ]);
  const asked = [];
  const entries = await readAllPages(async (startAfter, limit) => {
    const key = startAfter === null ? null : startAfter.toNumber();
    asked.push([key, limit]);
    return pages.get(key);
  });
  assert.deepEqual(asked, [[null, PAGE_LIMIT], [4, PAGE_LIMIT], [9, PAGE_LIMIT]]);
  assert.equal(PAGE_LIMIT, 100, 'the most a page holds (infera_primitives::MAX_PAGE_LEN)');
  assert.deepEqual(entries.map(([k, v]) => [k.toNumber(), v.toNumber()]), [[1, 10], [2, 20], [12, 120]]);
});

test('readAllPages reads one page when the first has no next key', async () => {
  let calls = 0;
  const entries = await readAllPages(async () => { calls += 1; return page([[3, 30]], null); });
  assert.equal(calls, 1);
  assert.deepEqual(entries.map(([k]) => k.toNumber()), [3]);
});
