#!/usr/bin/env node
// Node 20 cannot run TypeScript itself: tsx's loader lets the CLI run from source with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
