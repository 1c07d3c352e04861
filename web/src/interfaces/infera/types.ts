// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { Bytes, Option, Struct } from '@polkadot/types-codec';

/** @name GeneratedSessionKeys */
export interface GeneratedSessionKeys extends Struct {
  readonly sessionKeys: Bytes;
  readonly proof: Option<Bytes>;
}

export type PHANTOM_INFERA = 'infera';
