import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { freePort } from '../e2e/preview-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Node options for the LRS process: ordered-ids.cjs gives its paging cursor ids in time order (the reason is there). */
export const LRS_PRELOAD = ['--require', resolve(import.meta.dirname, 'ordered-ids.cjs')];

/** A running in-memory LRS (xapi-statements); it forgets everything when stopped. */
export interface LocalLrs {
  /** the xAPI endpoint, ending in /xAPI/ */
  endpoint: string;
  stop(): Promise<void>;
}

/** Start xapi-statements in memory on a free loopback port; resolves once `/xAPI/about` answers. */
export async function startLrs(port?: number): Promise<LocalLrs> {
  const p = port ?? (await freePort());
  const env = { ...process.env, EXPRESS_PORT: String(p), MODELS_REPO: 'memory', STORAGE_REPO: 'local', AUTH_REPO: 'test', EVENTS_REPO: 'test', LOG_LEVEL: 'error', NODE_NO_WARNINGS: '1' };
  const child: ChildProcess = spawn(process.execPath, [...LRS_PRELOAD, 'node_modules/xapi-statements/dist/index.js'], { cwd: ROOT, env, stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${p}/xAPI/`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`xapi-statements exited with code ${child.exitCode}`);
    const ok = await fetch(`${endpoint}about`).then((r) => r.ok, () => false);
    if (ok) return { endpoint, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`xapi-statements did not answer at ${endpoint}`);
}

/** A proxy in front of the LRS that counts the statement ids the LRS accepted, and can play dead. */
export interface CountingProxy {
  endpoint: string;
  /** how many times the LRS accepted each statement id through this proxy */
  accepted: Map<string, number>;
  /** POSTs refused because the proxy was down or the LRS unreachable */
  refused: number;
  /** while true, every request has its connection cut, as when the network drops */
  down: boolean;
  close(): Promise<void>;
}

/** The LMS side of a cmi5 launch that the in-memory LRS lacks: the one-time auth-token URL (`/fetch`) and the `LMS.LaunchData` state. */
export interface LmsStandIn {
  /** the token `/fetch` hands out: Basic credentials, base64 */
  authToken: string;
  launchData: unknown;
  /** how many times `/fetch` was called; cmi5 allows one token per launch, later calls get an error */
  fetches: number;
}

/** Answer the stand-in's requests (with CORS, for a browser); false for requests that go on to the LRS. */
function answerForLms(lms: LmsStandIn, req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const cors = { 'access-control-allow-origin': req.headers.origin ?? '*', 'access-control-allow-headers': 'authorization, content-type, x-experience-api-version', 'access-control-allow-methods': 'GET, POST, PUT, OPTIONS' };
  const mine = url.pathname === '/fetch' || url.pathname === '/xAPI/activities/state' || url.pathname === '/xAPI/agents/profile';
  if (!mine) return false;
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { ...cors, 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' });
    res.end(JSON.stringify(body));
  };
  if (req.method === 'OPTIONS') json(204, '');
  else if (url.pathname === '/fetch' && req.method === 'POST') json(200, ++lms.fetches === 1 ? { 'auth-token': lms.authToken } : { 'error-code': '1', 'error-text': 'the auth token was already fetched' });
  else if (url.pathname === '/xAPI/activities/state' && url.searchParams.get('stateId') === 'LMS.LaunchData' && req.headers.authorization === `Basic ${lms.authToken}`) json(200, lms.launchData);
  else json(404, { message: 'not found' });
  return true;
}

/** Start a proxy on a free loopback port that forwards `/xAPI/...` to `target` (an LRS base URL such as http://127.0.0.1:1234); with `lms`, it also plays the LMS's part of a cmi5 launch. */
export async function startCountingProxy(target: () => string, lms?: LmsStandIn): Promise<CountingProxy> {
  const port = await freePort();
  const proxy: CountingProxy = { endpoint: `http://127.0.0.1:${port}/xAPI/`, accepted: new Map(), refused: 0, down: false, close: async () => {} };
  const server: Server = createServer((req, res) => {
    if (lms && !proxy.down && answerForLms(lms, req, res)) return;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const isPost = req.method === 'POST' && req.url?.startsWith('/xAPI/statements');
      if (proxy.down) {
        if (isPost) proxy.refused++;
        req.socket.destroy();
        return;
      }
      const body = Buffer.concat(chunks);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k))) as Record<string, string>;
      try {
        const answer = await fetch(`${target()}${req.url}`, { method: req.method, headers, body: body.length ? body : undefined });
        const text = await answer.text();
        if (isPost && answer.ok) {
          const parsed: unknown = JSON.parse(body.toString('utf8'));
          for (const s of Array.isArray(parsed) ? parsed : [parsed]) {
            const id = (s as { id: string }).id;
            proxy.accepted.set(id, (proxy.accepted.get(id) ?? 0) + 1);
          }
        }
        // Pass the LRS's own headers on (CORS included, for a browser) except those about the body's transfer.
        const passOn = [...answer.headers].filter(([k]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(k));
        res.writeHead(answer.status, Object.fromEntries(passOn));
        res.end(text);
      } catch {
        if (isPost) proxy.refused++;
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('the LRS is unreachable');
      }
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  proxy.close = () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return proxy;
}
