// npm links the bins of dependencies, not the project's own: link `frontline` so that
// `npx frontline` works in this repository after `npm install` or `npm ci`.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/frontline', { force: true });
symlinkSync('../../bin/frontline.js', 'node_modules/.bin/frontline');
chmodSync('bin/frontline.js', 0o755);
