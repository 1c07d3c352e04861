// The set-up that the e2e test files share: one dev node for a file's tests, stopped after them
// together with the servers the tests started.
import { before, after } from 'node:test';
import { startDevNode } from './node.js';

/**
 * Starts a dev node named `name` (log: tests/e2e/logs/<name>.log) before the file's tests and,
 * after them, stops every server pushed onto `servers` and then the node. Returns
 * { node, servers }: `node` (what `startDevNode` returns) is set once the node is up, so tests
 * read it when they run. Reference servers (`startProvider`, `startAuthenticatedServers`) are
 * stopped with their `stop`, stand-in servers (`inferenceServer`, `fileServer`) with `close`.
 */
export function useDevNode(name) {
  const env = { node: null, servers: [] };
  before(async () => { env.node = await startDevNode(name); });
  after(async () => {
    for (const server of env.servers) (server.stop ?? server.close)();
    if (env.node) await env.node.stop();
  });
  return env;
}
