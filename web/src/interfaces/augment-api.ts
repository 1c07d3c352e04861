// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

import './augment-api-consts.js';
import './augment-api-errors.js';
import './augment-api-events.js';
import './augment-api-query.js';
import './augment-api-tx.js';
import './augment-api-rpc.js';
import './augment-api-runtime.js';
