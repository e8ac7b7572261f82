import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LRS_PRELOAD } from './local-lrs.ts';

const { orderedId } = createRequire(import.meta.url)('./ordered-ids.cjs') as { orderedId: (n: number) => string };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-6[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/;

// xapi-statements pages by comparing its stored ids as strings; uuid v1 ids stop sorting by time when their clock's low 32 bits
// wrap (every 429.5 s), and a cohort seeded across a wrap came back 8,750 statements short. These pin the replacement.
describe('the test LRS names what it stores with ids in time order', () => {
  it('orders ids as strings the way it orders their counters, across the 32-bit boundary where uuid v1 wraps', () => {
    const counters = [0, 1, 0xfffffffe, 0xffffffff, 0x100000000, 0x100000001, Date.now() * 1000, Date.now() * 1000 + 1, Number.MAX_SAFE_INTEGER];
    const ids = counters.map(orderedId);
    for (const id of ids) expect(id).toMatch(UUID);
    expect([...ids].sort()).toEqual(ids);
    expect(() => orderedId(2 ** 53)).toThrow(/whole number from 0 to 2\^53/);
  });

  it('replaces uuid v1 in the copy of uuid that the LRS process loads', () => {
    const script = `const { dirname } = require('node:path');
      const folder = dirname(require.resolve('xapi-statements/dist/repo/modelsRepo/createStatements/memory.js'));
      const uuid = require(require.resolve('uuid', { paths: [folder] }));
      console.log(JSON.stringify(Array.from({ length: 2000 }, () => uuid.v1())));`;
    const run = spawnSync(process.execPath, [...LRS_PRELOAD, '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const ids = JSON.parse(run.stdout) as string[];
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
