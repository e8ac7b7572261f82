import XAPI from '@xapi/xapi';
import { z } from 'zod';
import type { XapiStatement } from '../engine/xapi/xapi-statement.ts';

/** The LRS's answer to a statements POST: the stored ids. */
const StatementIdsSchema = z.array(z.string());

/** Sends a batch of statements; resolves with the ids the LRS stored, rejects with a readable error. */
export type StatementSender = (statements: readonly XapiStatement[]) => Promise<string[]>;

/** How to reach an LRS: endpoint and a ready Authorization header value. */
export interface LrsConnection {
  endpoint: string;
  auth: string;
}

/** Basic auth as xAPI LRSs take it. */
export function basicAuth(username: string, password: string): string {
  return XAPI.toBasicAuth(username, password);
}

/** A sender over @xapi/xapi with fetch. */
export function lrsSender(connection: LrsConnection): StatementSender {
  const endpoint = connection.endpoint.endsWith('/') ? connection.endpoint : `${connection.endpoint}/`;
  const xapi = new XAPI({ endpoint, auth: connection.auth, adapter: 'fetch' });
  return async (statements) => {
    try {
      const response = await xapi.sendStatements({ statements: statements as never[] });
      const ids = StatementIdsSchema.safeParse(response.data);
      if (!ids.success) throw new Error('the LRS answered without the list of stored statement ids');
      return ids.data;
    } catch (error) {
      throw new Error(describeFailure(error));
    }
  };
}

function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `the LRS refused the statements or could not be reached: ${message.slice(0, 200) || 'no answer'}`;
}
