#!/usr/bin/env node
// The CLI runs as plain JavaScript built into dist-cli/ by `npm install` (scripts/build-cli.js).
let cli;
try {
  cli = await import('../dist-cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist-cli')) throw error;
  process.stderr.write('frontline is not built: run `npm install` (or `node scripts/build-cli.js`) in the project folder\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
