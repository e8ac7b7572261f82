#!/usr/bin/env node
// The CLI runs as plain JavaScript built into dist-cli/ by `npm install` (scripts/build-cli.js).
import { setFlagsFromString } from 'node:v8';

// A command runs for a second or two. V8's default tiering sends a function to its optimising
// compiler after little use, so such a run spends much of its CPU (and the second core) compiling
// code it is about to stop running: `frontline check stories/` took 2.0 s wall, 3.2 s CPU. A
// budget four times the default (67,584) lets code run longer before it is optimised: 1.8 s wall,
// 2.5 s CPU, and the same 13.5 s on a 50,000-state exploration. (Interleaved runs of both on the
// shipped library; 3× to 6× the default measured best.)
setFlagsFromString('--interrupt-budget=262144');

let cli;
try {
  cli = await import('../dist-cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist-cli')) throw error;
  process.stderr.write('frontline is not built: run `npm install` (or `node scripts/build-cli.js`) in the project folder\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
