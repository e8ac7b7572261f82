/** Zip the app built with relative paths (dist/) and its imsmanifest.xml into dist-lms/frontline-scorm2004.zip, a SCORM 2004 4th edition package. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scormPackage } from '../src/build/scorm-package.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`${dist} has no index.html: run vite build --base ./ first`);
mkdirSync(resolve(root, 'dist-lms'), { recursive: true });
const out = resolve(root, 'dist-lms/frontline-scorm2004.zip');
writeFileSync(out, scormPackage(dist));
console.log(`wrote ${out}`);
