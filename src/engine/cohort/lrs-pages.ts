import { z } from 'zod';
import { VERBS } from '../xapi/xapi-iris.ts';
import { StatementCallReader, type StatementCalls } from './statement-calls.ts';

/** The part of fetch the reader uses, so the same code runs in a browser worker, in Node, and against a test's server. */
export type FetchLike = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

/** Where to read and what. */
export interface LrsQuery {
  /** the xAPI base address, e.g. https://lrs.example.com/xapi/ */
  endpoint: string;
  /** the Authorization header value (Basic …) */
  auth: string;
  /** only statements the LRS stored from this time (ISO 8601) */
  since?: string;
  /** only statements the LRS stored up to this time (ISO 8601) */
  until?: string;
  /** statements per page asked for (the LRS may give fewer) */
  pageSize?: number;
}

/** How far the reading has got; the LRS does not say how many statements there are, so this counts what has come. */
export interface LrsProgress {
  /** which of Frontline's verbs is being read, and its place among them */
  verb: string;
  query: number;
  queries: number;
  pages: number;
  statements: number;
}

/** The reading stopped: why, in words. Nothing of a stopped reading is shown as the cohort. */
export class LrsReadError extends Error {
  constructor(
    message: string,
    readonly kind: 'credentials' | 'unreachable' | 'server' | 'malformed' | 'loop' | 'cancelled' | 'address',
  ) {
    super(message);
  }
}

/** A page of the Statements API: the statements and, when there are more, the address of the next page. */
const StatementResultSchema = z.object({ statements: z.array(z.unknown()), more: z.string().optional() });

/** The verbs of Frontline's call statements, each read with its own query so that the LRS filters out everything else. */
const READ_VERBS = [VERBS.completed, VERBS.passed, VERBS.failed, VERBS.answered];

const DEFAULT_PAGE = 500;
const NETWORK_TRIES = 3;

function firstUrl(query: LrsQuery, verbId: string): string {
  const base = query.endpoint.endsWith('/') ? query.endpoint : `${query.endpoint}/`;
  const url = new URL('statements', base);
  url.searchParams.set('verb', verbId);
  if (query.since) url.searchParams.set('since', query.since);
  if (query.until) url.searchParams.set('until', query.until);
  url.searchParams.set('limit', String(query.pageSize ?? DEFAULT_PAGE));
  return url.href;
}

function statusWords(status: number, statusText: string, where: string): LrsReadError {
  const code = `${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 401 || status === 403) {
    return new LrsReadError(`The LRS refused the key and secret (${code}) when asked for ${where}. Check them, and that this client may read statements.`, 'credentials');
  }
  if (status === 404) return new LrsReadError(`The LRS has no statements resource at this address (${code}). Check the endpoint: it is the xAPI base address, usually ending in /xapi/.`, 'address');
  return new LrsReadError(`The LRS failed while giving ${where} (${code}). Nothing is shown, since the cohort would be incomplete; try again later.`, 'server');
}

/**
 * Read Frontline's call statements from an LRS's Statements API: one query per Frontline verb (with since/until), following each
 * answer's `more` link page after page, folding every page into calls as it comes. Any failure stops the reading with a message
 * in words and nothing partial is returned: a `more` link that leads back to a page already read, a page that is not a statement
 * result, an error status, a cancel. Statements that are not Frontline's or are damaged are counted and skipped.
 */
export async function readLrsCalls(query: LrsQuery, fetchPage: FetchLike, options: { signal?: AbortSignal; onProgress?: (progress: LrsProgress) => void } = {}): Promise<StatementCalls> {
  const reader = new StatementCallReader();
  const headers = { Authorization: query.auth, 'X-Experience-API-Version': '1.0.3', Accept: 'application/json' };
  let statements = 0;
  for (const [i, verb] of READ_VERBS.entries()) {
    const verbName = verb.display['en-US'];
    const seen = new Set<string>();
    let pages = 0;
    for (let url: string | undefined = firstUrl(query, verb.id); url; ) {
      if (options.signal?.aborted) throw new LrsReadError('Reading the LRS was cancelled; nothing is shown.', 'cancelled');
      seen.add(url);
      const where = `page ${pages + 1} of the “${verbName}” statements`;
      let response: Awaited<ReturnType<FetchLike>> | undefined;
      let text = '';
      // A GET may be asked again: a connection the LRS closed while idle fails the first try, not the second.
      for (let tries = 1; !response; tries++) {
        try {
          response = await fetchPage(url, { headers, ...(options.signal ? { signal: options.signal } : {}) });
          text = await response.text();
        } catch (error) {
          response = undefined;
          if (options.signal?.aborted) throw new LrsReadError('Reading the LRS was cancelled; nothing is shown.', 'cancelled');
          if (tries < NETWORK_TRIES) continue;
          const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
          throw new LrsReadError(`The LRS could not be reached for ${where} (${error instanceof Error ? error.message : String(error)}${cause}). Check the address, the network, and that the LRS lets this page read it (CORS).`, 'unreachable');
        }
      }
      if (!response.ok) throw statusWords(response.status, response.statusText, where);
      let page: z.infer<typeof StatementResultSchema>;
      try {
        const parsed = StatementResultSchema.safeParse(JSON.parse(text));
        if (!parsed.success) throw new Error(`expected an object with a “statements” list${parsed.error.issues[0]?.path.length ? ` (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message})` : ''}`);
        page = parsed.data;
      } catch (error) {
        const why = error instanceof SyntaxError ? 'it is not JSON' : (error as Error).message;
        throw new LrsReadError(`The LRS’s answer for ${where} is not an xAPI statement result: ${why}. Nothing is shown, since the cohort would be incomplete.`, 'malformed');
      }
      for (const raw of page.statements) reader.add(raw);
      pages += 1;
      statements += page.statements.length;
      options.onProgress?.({ verb: verbName, query: i + 1, queries: READ_VERBS.length, pages, statements });
      const more: string | undefined = page.more ? new URL(page.more, url).href : undefined;
      if (more && seen.has(more)) {
        throw new LrsReadError(`The LRS’s “more” link after ${where} leads back to a page already read (${more}). Reading stopped so that nothing is counted twice; nothing is shown.`, 'loop');
      }
      url = more;
    }
  }
  return reader.finish();
}
