// A stand-in inference server on 127.0.0.1 speaking the dispatch protocol of the off-chain
// workers: POST /v1/infer with {"model": "0x..", "input": "0x.."} -> {"output": "0x.."}, or an
// HTTP error status for an input the server refuses. Also a tiny static file server, for jobs
// whose input is published at a URI.
import { createServer } from 'node:http';
import { u8aToHex, hexToU8a, stringToU8a, u8aToString } from '@polkadot/util';
import { freePort } from './node.js';

/** Listens on a free loopback port; resolves with { url, close }. */
async function listen(handler) {
  const port = await freePort();
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/**
 * Starts a server whose answer for input text `t` is `answer(t)`: a string is the output
 * (status 200); `{ status, error }` refuses the input with that HTTP status (e.g. 400 or 422)
 * and body `{"error": error}`, as a real server refuses an input it cannot run. Resolves with
 * { url, requests, close } where `requests` records every { model, text } it was asked.
 */
export async function inferenceServer(answer) {
  const requests = [];
  const server = await listen((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/infer') { res.writeHead(404).end(); return; }
      const { model, input } = JSON.parse(body);
      const text = u8aToString(hexToU8a(input));
      requests.push({ model, text });
      const answered = answer(text);
      if (typeof answered === 'object' && answered !== null) {
        res.writeHead(answered.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: answered.error ?? `refused with ${answered.status}` }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ output: u8aToHex(stringToU8a(answered)) }));
    });
  });
  return { ...server, requests };
}

/**
 * Starts a static file server: GET `path` answers `files[path]` (bytes or a string), anything
 * else 404. Resolves with { url, requests, close } where `requests` records every path asked.
 */
export async function fileServer(files) {
  const requests = [];
  const server = await listen((req, res) => {
    requests.push(req.url);
    const data = req.method === 'GET' ? files[req.url] : undefined;
    if (data === undefined) { res.writeHead(404).end(); return; }
    const bytes = typeof data === 'string' ? stringToU8a(data) : data;
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': bytes.length });
    res.end(Buffer.from(bytes));
  });
  return { ...server, requests };
}
