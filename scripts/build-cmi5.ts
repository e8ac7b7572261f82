/** Zip the built app (dist/, with public/cmi5.xml at its root) into dist-lms/frontline-cmi5.zip, a cmi5 package for an LMS. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipFolder } from '../src/build/zip-folder.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
if (!existsSync(resolve(dist, 'cmi5.xml'))) throw new Error(`${dist} has no cmi5.xml: run vite build first`);
mkdirSync(resolve(root, 'dist-lms'), { recursive: true });
const out = resolve(root, 'dist-lms/frontline-cmi5.zip');
writeFileSync(out, zipFolder(dist));
console.log(`wrote ${out}`);
