import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scormPackage } from '../../src/build/scorm-package.ts';

describe('scormPackage', () => {
  it('zips the built app with a SCORM 2004 4th edition manifest at the root that lists every file of the one SCO', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-scorm-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'assets', 'app&1.js'), 'console.log(1)');
    const files = unzipSync(scormPackage(dir));
    expect(Object.keys(files).sort()).toEqual(['assets/app&1.js', 'imsmanifest.xml', 'index.html']);
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(manifest).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
    expect(manifest).toMatch(/<resource identifier="frontline-app" type="webcontent" adlcp:scormType="sco" href="index.html">/);
    expect(manifest).toMatch(/<item identifier="[^"]+" identifierref="frontline-app">/);
    expect(manifest.match(/<file href="[^"]+"\/>/g)).toEqual(['<file href="assets/app&amp;1.js"/>', '<file href="index.html"/>']);
  });

  it('refuses a folder with no launch page', () => {
    expect(() => scormPackage(mkdtempSync(join(tmpdir(), 'frontline-scorm-')))).toThrow(/no index.html/);
  });
});
