// Loaded with `node --require` into the in-memory LRS (xapi-statements) that the tests start (see local-lrs.ts).
//
// Why: its memory store gives each statement an `_id` from uuid v1 and pages with `more` links by comparing those ids as
// strings. A v1 uuid starts with the low 32 bits of its clock, which wrap every 429.5 s, so when a seeding crosses a wrap the
// newer statements sort before the older ones and the `more` link silently skips every statement stored before the wrap
// (CI lost 8,750 of 100,071 that way). A real LRS orders its cursor by time; this gives the test LRS ids that do too.
'use strict';
const { randomBytes } = require('node:crypto');
const { dirname } = require('node:path');

/** A uuid-shaped id (version 6, counter first) from a counter below 2^53: fixed-width hex, so string order is counter order. */
function orderedId(n) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`orderedId needs a whole number from 0 to 2^53, not ${n}`);
  const hex = n.toString(16).padStart(15, '0');
  const random = randomBytes(8).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-6${hex.slice(12, 15)}-8${random.slice(0, 3)}-${random.slice(4, 16)}`;
}

// Microseconds since 1970 stay below 2^53 (exact in a double) until the year 2255, so `next++` always moves on.
let next = Date.now() * 1000;
const nextId = () => orderedId(next++);

module.exports = { orderedId };

// Swap uuid v1 for the ordered ids in the copy of `uuid` that xapi-statements loads (its own, nested in its folder).
const lrsFolder = dirname(require.resolve('xapi-statements/dist/index.js', { paths: [__dirname] }));
require(require.resolve('uuid', { paths: [lrsFolder] })).v1 = nextId;
