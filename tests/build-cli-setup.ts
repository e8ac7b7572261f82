// Tests that spawn bin/frontline.js run the built CLI: build it from the current source first.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.js'], { stdio: 'inherit' });
}
