import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFolder } from '../../src/build/zip-folder.ts';

describe('zipFolder', () => {
  it('zips every file under the folder with relative forward-slash names, extra entries winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-zip-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'cmi5.xml'), 'old');
    const files = unzipSync(zipFolder(dir, { 'cmi5.xml': 'new' }));
    expect(Object.keys(files).sort()).toEqual(['assets/app.js', 'cmi5.xml', 'index.html']);
    expect(strFromU8(files['assets/app.js']!)).toBe('console.log(1)');
    expect(strFromU8(files['cmi5.xml']!)).toBe('new');
  });
});
