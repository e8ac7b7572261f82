import { createServer, type Server } from 'node:http';
import { freePort } from '../e2e/preview-server.ts';

/** What the fake LRS does wrong, if anything. */
export interface FakeLrsFaults {
  /** answer every request with this status */
  status?: number;
  /** answer this page (1-based, any verb) with a 500 */
  failPage?: number;
  /** answer this page with a body that is not a statement result */
  malformedPage?: number;
  /** the `more` link of this page points back at itself */
  loopPage?: number;
  /** wait this long before each answer, as a slow LRS does */
  delayMs?: number;
}

/** A small stand-in for an LRS's Statements API that pages a fixed list of statements by verb and can misbehave on purpose. */
export interface FakeLrs {
  endpoint: string;
  faults: FakeLrsFaults;
  /** statements it holds; each query returns those of its verb */
  statements: unknown[];
  /** every URL asked for, in order */
  requests: string[];
  close(): Promise<void>;
}

const PAGE = 3;

/** Start the fake LRS on a free port; it answers pages of `pageSize` statements (3 unless told, so that a few calls take several pages). */
export async function startFakeLrs(statements: unknown[], faults: FakeLrsFaults = {}, pageSize = PAGE): Promise<FakeLrs> {
  const port = await freePort();
  const lrs: FakeLrs = { endpoint: `http://127.0.0.1:${port}/xAPI/`, faults, statements, requests: [], close: async () => {} };
  let pagesServed = 0;
  const server: Server = createServer(async (req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization, content-type, x-experience-api-version', 'access-control-expose-headers': 'x-experience-api-version' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    lrs.requests.push(req.url ?? '');
    if (lrs.faults.delayMs) await new Promise((done) => setTimeout(done, lrs.faults.delayMs));
    const url = new URL(req.url ?? '/', 'http://fake');
    const json = (status: number, body: string) => res.writeHead(status, { ...cors, 'content-type': 'application/json' }).end(body);
    if (lrs.faults.status) return json(lrs.faults.status, JSON.stringify({ message: 'Unauthorised' }));
    pagesServed += 1;
    if (pagesServed === lrs.faults.failPage) return json(500, JSON.stringify({ message: 'Internal Server Error' }));
    if (pagesServed === lrs.faults.malformedPage) return json(200, '<html>Gateway timeout</html>');
    const verb = url.searchParams.get('verb');
    const mine = lrs.statements.filter((s) => (s as { verb?: { id?: string } }).verb?.id === verb);
    const from = Number(url.searchParams.get('from') ?? 0);
    const page = mine.slice(from, from + pageSize);
    const next = new URLSearchParams({ verb: verb ?? '', from: String(from + pageSize) });
    const more = pagesServed === lrs.faults.loopPage ? (req.url ?? '') : from + pageSize < mine.length ? `/xAPI/statements?${next}` : '';
    json(200, JSON.stringify({ statements: page, more }));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  lrs.close = () => new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
  return lrs;
}
