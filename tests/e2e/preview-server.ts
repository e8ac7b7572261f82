import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = resolve(ROOT, 'node_modules/.bin/vite');

/** A port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Run `vite build` with extra arguments; rejects with its output when it fails. */
export function viteBuild(args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(VITE, ['build', '--logLevel', 'warn', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build ${args.join(' ')} failed:\n${output}`))));
  });
}

/** A running `vite preview`, stopped by its PID. */
export interface PreviewServer {
  url: string;
  stop(): void;
}

/** Serve a built app with `vite preview` on 127.0.0.1 and a free port; resolves once it answers. */
export function startPreview(args: string[]): Promise<PreviewServer> {
  return startVite(['preview', ...args]);
}

/**
 * Start the Vite dev server (`npm start`) on 127.0.0.1 and a free port. `--force` makes it
 * optimize its dependencies afresh, as on a fresh clone.
 */
export function startDev(args: string[]): Promise<PreviewServer> {
  return startVite(['--force', ...args]);
}

async function startVite(args: string[]): Promise<PreviewServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(VITE, [...args, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`vite ${args.join(' ')} exited with code ${child.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite ${args.join(' ')} did not answer at ${url}`);
}
