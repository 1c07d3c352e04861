// What polkadot.js cannot read from the runtime's metadata: the node's RPC methods it does not
// know. Given to ApiPromise (connection.ts: `rpc`, `types`) and to the typegen
// (scripts/typegen.sh), which writes the TypeScript types of these (types.ts) and of
// everything in the metadata (../augment-api-*.ts, ../lookup.ts, ../types-lookup.ts).
import type { Definitions } from '@polkadot/types/types';

const definitions = {
  rpc: {
    rotateKeysWithOwner: {
      description: 'Generates new session keys in the node\'s keystore and returns them with the proof that `owner` (the account that will set them) owns them.',
      isUnsafe: true,
      params: [{ name: 'owner', type: 'Bytes' }],
      type: 'GeneratedSessionKeys',
      // Called as `api.rpc.infera.rotateKeysWithOwner`: polkadot.js's `author` section has a
      // fixed type (@polkadot/rpc-augment) that an augmentation cannot add a method to.
      endpoint: 'author_rotateKeysWithOwner',
    },
  },
  types: {
    /**
     * `sc_rpc_api::author::GeneratedSessionKeys`: the public session keys (JSON `keys`, a name
     * a polkadot.js struct cannot have: `sessionKeys` here) and the ownership proof (absent if
     * the runtime cannot make one).
     */
    GeneratedSessionKeys: { _alias: { sessionKeys: 'keys' }, sessionKeys: 'Bytes', proof: 'Option<Bytes>' },
  },
} satisfies Definitions;

export default definitions;
