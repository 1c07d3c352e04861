// A newcomer's tour of Infera (run by scripts/demo.sh): a dev node, two honest reference
// inference servers and a faulty one; a model registered and listed by a council vote;
// providers staking; a job dispatched by the off-chain workers; payout and slash.
import { startDevNode, submitOk as ok, findEvent as find, TREASURY } from './lib/node.js';
import {
  councilMotion, feesPaidBetween, registerWorkerProvider, waitForJobEvent, devPairs, balanceDelta, submitJob,
} from './lib/market.js';
import { startProvider, embed } from './lib/provider.js';

const UNIT = 1_000_000_000_000n;
const infr = (planck) => `${(Number(planck) / Number(UNIT)).toFixed(4)} INFR`;
let step = 0;
const say = (text) => console.log(`\n\x1b[1;34m${++step}. ${text}\x1b[0m`);
const detail = (text) => console.log(`   ${text}`);

const servers = [];
let node;
try {
  say('Starting a dev node (--dev --tmp, 2 s blocks, off-chain workers on)');
  node = await startDevNode('demo');
  const { api, keyring } = node;
  detail(`RPC at ws://127.0.0.1:${node.rpcPort}; chain ${await api.rpc.system.chain()}`);
  const [alice, bob, charlie, dave, eve] = devPairs(keyring, '//Alice', '//Bob', '//Charlie', '//Dave', '//Eve');
  const names = { [bob.address]: 'Bob', [charlie.address]: 'Charlie', [dave.address]: 'Dave' };
  const nameOf = (who) => names[who.toString()] ?? who.toString();

  say('Starting three reference inference servers (all-MiniLM-L6-v2); Dave\'s answers wrong on purpose');
  for (const [name, args] of [['demo-bob', []], ['demo-charlie', []], ['demo-dave', ['--faulty']]]) {
    servers.push(await startProvider(name, args));
  }
  const modelHash = servers[0].health.models[0].hash;
  servers.forEach((s, i) => detail(`${['Bob', 'Charlie', 'Dave'][i]}: ${s.url}${s.health.faulty ? ' (faulty)' : ''}`));
  detail(`weights hash (BLAKE2-256 of model.safetensors): ${modelHash}`);

  say('Alice registers the model (100 INFR listing deposit held)');
  const reg = await ok(api, api.tx.models.registerModel('all-MiniLM-L6-v2', '1', modelHash, 'SafeTensors',
    'TextEmbedding', 'https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2',
    { minMemoryMib: 1024, accelerator: 'Cpu' }, UNIT, 'Exact', 0), alice);
  const modelId = find(reg.events, 'models', 'ModelRegistered').data.modelId.toNumber();
  detail(`model #${modelId} is Proposed`);

  say('The council (Alice, Bob, Charlie) votes: 2 of 3 ayes list the model');
  await councilMotion(api, api.tx.models.approveListing(modelId), alice, bob, charlie);
  detail(`model #${modelId}: ${(await api.call.modelsApi.model(modelId)).unwrap().status.toString()}`);

  say('Bob, Charlie and Dave register as providers: 1,000 INFR stake, 3 INFR per job, worker keys in the node');
  const price = 3n * UNIT;
  await Promise.all([bob, charlie, dave].map((p, i) => registerWorkerProvider(api, p, servers[i].url, modelId, price)));
  const quote = (await api.call.jobsApi.quote(modelId, 3)).unwrap();
  detail(`quote for redundancy 3: max price ${infr(quote.maxPrice.toBigInt())}, escrow ${infr(quote.escrow.toBigInt())}`);

  const text = 'A cat sits on the mat.';
  say(`Eve submits a job: embed "${text}" on 3 providers`);
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const { submitted, jobId, escrow, deposit, assigned } = await submitJob(
    api, api.tx.jobs.submitJob(modelId, { Inline: text }, price, 3, best + 20), eve);
  detail(`job #${jobId}: escrow ${infr(escrow)} and storage deposit ${infr(deposit)} held (the deposit until the job is pruned)`);
  detail(assigned ? `assigned in the next block to ${assigned.data.providers.map(nameOf).join(', ')}` : 'not assigned: queued');

  say('The off-chain workers call the servers, commit, then reveal (watching blocks)');
  const unsub = await api.query.system.events((events) => {
    for (const { event } of events) {
      if (event.section === 'jobs' && ['ResultCommitted', 'RevealStarted', 'ResultRevealed', 'ChallengeWindowOpened', 'ProviderPenalized'].includes(event.method)) {
        const { provider, ...rest } = event.data.toHuman();
        detail(`${event.method}${provider ? ` by ${nameOf(provider)}` : ''} ${JSON.stringify(rest)}`);
      }
    }
  });
  const { events, blockHash } = await waitForJobEvent(api, jobId, 'JobSettled', 300_000);
  unsub();
  const settled = events.find((e) => e.method === 'JobSettled');

  say('Settled: the receipt');
  detail(`result hash ${settled.data.resultHash.toHex()}`);
  for (const [who, amount] of settled.data.payments) detail(`paid ${nameOf(who)}: ${infr(amount.toBigInt())}`);
  detail(`protocol fee to the treasury: ${infr(settled.data.fee.toBigInt())}; refunded to Eve: ${infr(settled.data.refund.toBigInt())}`);
  const direct = await embed(servers[0].url, modelHash, text);
  detail(`the server computes the same embedding directly: ${direct.outputHash === settled.data.resultHash.toHex()}`);

  say('Balance changes from submission to settlement (transaction fees included)');
  const start = (await api.rpc.chain.getHeader(submitted.blockHash)).parentHash;
  const fees = await feesPaidBetween(api, submitted.blockHash, blockHash);
  for (const [name, who] of [['Eve', eve.address], ['Bob', bob.address], ['Charlie', charlie.address], ['Dave', dave.address], ['Treasury', TREASURY]]) {
    const { free, reserved } = await balanceDelta(api, who, start, blockHash);
    detail(`${name.padEnd(8)} free ${infr(free).padStart(16)}  held ${infr(reserved).padStart(16)}  (fees ${infr(fees[who] ?? 0n)})`);
  }
  console.log('\nDone. Explore further with polkadot.js Apps or the runtime APIs (api.call.jobsApi, computeApi, modelsApi: see docs/operations.md).');
} finally {
  for (const s of servers) s.stop();
  if (node) await node.stop();
}
