// A stand-in inference server on 127.0.0.1 speaking the dispatch protocol of the off-chain
// workers: POST /v1/infer with {"model": "0x..", "input": "0x.."} -> {"output": "0x.."}.
import { createServer } from 'node:http';
import { u8aToHex, hexToU8a, stringToU8a, u8aToString } from '@polkadot/util';
import { freePort } from './node.js';

/**
 * Starts a server whose output for input text `t` is `answer(t)`; resolves with
 * { url, requests, close } where `requests` records every { model, text } it served.
 */
export async function inferenceServer(answer) {
  const port = await freePort();
  const requests = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/infer') { res.writeHead(404).end(); return; }
      const { model, input } = JSON.parse(body);
      const text = u8aToString(hexToU8a(input));
      requests.push({ model, text });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ output: u8aToHex(stringToU8a(answer(text))) }));
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, requests, close: () => server.close() };
}
