// A transaction's way in words: the pool's refusals (JSON-RPC errors 1010 to 1016), the statuses
// that give it up, and each step from signing to finality, for the notice and a form's status line.
import type { ExtrinsicStatus } from '@polkadot/types/interfaces';
import type { Inclusion, TxStage } from './chain';
import type { Kind, Line } from './ui';

/** Why the pool refuses a transaction (`1010: Invalid Transaction: <reason>`, ...), in words. */
const POOL_REFUSALS: [RegExp, string][] = [
  [/Inability to pay some fees/i, 'the account cannot pay the transaction fee (its balance is too low)'],
  [/bad signature/i, 'its signature is not valid (signed by another key, or for another chain or runtime version)'],
  [/Transaction is outdated/i, 'its nonce was already used (stale: another transaction from this account took it)'],
  [/will be valid in the future/i, 'its nonce is ahead of the account\'s (future: an earlier transaction is missing)'],
  [/exhaust(s)? the (block )?(limits|resources)/i, 'it is too large for a block (it would exhaust the block\'s weight or length)'],
  [/ancient birth block/i, 'its validity period has passed (ancient birth block): send it again'],
  [/Transaction call is not expected/i, 'this call cannot be sent as a signed transaction'],
  [/^1012\b|temporarily banned/i, 'the node has temporarily banned this transaction (it was rejected or included a moment ago): wait a minute before sending it again'],
  [/^1013\b|already imported/i, 'the same transaction is already in the pool'],
  [/^1014\b|Priority is too low/i, 'another transaction from this account with the same nonce is already waiting in the pool (priority too low to replace it): wait for the next block'],
  [/^1016\b|Immediately Dropped/i, 'the transaction pool is full and dropped it at once: try again later'],
  [/cancel|rejected by (the )?user|user rejected/i, 'signing was cancelled'],
];

/**
 * A refusal by the pool (the node's JSON-RPC error, e.g. `1010: Invalid Transaction: Inability
 * to pay some fees , e.g. account balance too low`) or by the signer, in words with the node's
 * own message after them; anything else passes through.
 */
export function poolError(message: string): string {
  const words = POOL_REFUSALS.find(([pattern]) => pattern.test(message))?.[1];
  if (!words) return message;
  return /^10\d\d\b/.test(message) ? `The node refused the transaction: ${words} [${message.trim()}]` : `${words[0].toUpperCase()}${words.slice(1)}.`;
}

/** A status with which the pool gives a transaction up (`isError`: invalid, dropped, usurped, finality timeout), in words. */
export function statusError(status: ExtrinsicStatus): string {
  if (status.isInvalid) return 'The transaction pool found the transaction invalid (its nonce was used by another transaction, or the state changed): it was not included.';
  if (status.isDropped) return 'The transaction pool dropped the transaction (the pool is full, or a transaction with a higher priority replaced it): it was not included.';
  if (status.isUsurped) return `Another transaction with the same nonce (${status.asUsurped.toHex().slice(0, 10)}…) replaced it: it was not included.`;
  if (status.isFinalityTimeout) return `Its block ${status.asFinalityTimeout.toHex().slice(0, 10)}… was not finalized in time: the node stopped watching it (it may still be finalized).`;
  return `The node reported ${status.type}.`;
}

/** A step before the inclusion, in words (none of them says "done" or "failed"). */
function stageWords(stage: TxStage): string {
  switch (stage.kind) {
    case 'future': return 'waiting in the pool for an earlier transaction of this account (future nonce)…';
    case 'ready': return 'ready in the transaction pool, waiting for a block…';
    case 'broadcast': return 'broadcast to the network, waiting for a block…';
    case 'inBlock': return `in block #${stage.block}, checking its outcome…`;
    case 'finalized': return `finalized in block #${stage.block}`;
    case 'retracted': return `its block #${stage.block} was retracted (a fork): waiting to be included again…`;
    case 'failed': return stage.message;
  }
}

/** The outcome once included, and what became of it since (`stage`: finalized, retracted, lost). */
function outcomeWords(included: Inclusion, stage?: TxStage): string {
  const done = `done in block #${included.block} (${included.blockHash.slice(0, 10)}…)`;
  if (!stage || stage.kind === 'inBlock') return `${done}; waiting for finality…`;
  if (stage.kind === 'finalized') return `${done}, finalized`;
  return `${done}, but ${stageWords(stage)}`;
}

/** How `App.run` tells of one transaction: to the notice (`what: …`) and to its form's status line. */
export interface TxReport {
  /** A step before sending (the fee estimate, signing). */
  progress(text: string): void;
  /** A step `send` heard of, before or after the inclusion. */
  stage(stage: TxStage): void;
  /** Included and succeeded. */
  done(included: Inclusion): void;
  /** Refused or failed, `message` in words. */
  failed(message: string): void;
}

/**
 * Claims the notice and `line` (a form's status line) for the transaction `what`. The notice
 * reads `what: …` while it is on its way, `what: done in block #n …` or `what failed: …` at the
 * end; the status line the same without `what`.
 */
export function txReport(what: string, notice: Line, line?: Line): TxReport {
  const toNotice = notice.claim();
  const toLine = line?.claim();
  const say = (text: string, kind: Kind) => { toNotice(`${what}: ${text}`, kind); toLine?.(text, kind); };
  let included: Inclusion | null = null;
  return {
    progress: (text) => say(text, 'busy'),
    stage: (stage) => {
      if (!included) { say(stageWords(stage), 'busy'); return; }
      // Included again after a fork retracted its block: the new block is the one to follow.
      if (stage.kind === 'inBlock') included = { ...included, block: stage.block, blockHash: stage.hash };
      say(outcomeWords(included, stage), stage.kind === 'inBlock' || stage.kind === 'finalized' ? 'ok' : 'error');
    },
    done: (inclusion) => { included = inclusion; say(outcomeWords(inclusion), 'ok'); },
    failed: (message) => { toNotice(`${what} failed: ${message}`, 'error'); toLine?.(`failed: ${message}`, 'error'); },
  };
}
