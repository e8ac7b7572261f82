import { z } from 'zod';
import { XapiActivitySchema, XapiAgentSchema } from '../xapi/xapi-statement.ts';
import { CMI5 } from './cmi5-iris.ts';
import { CMI5_PARAMS } from './cmi5-params.ts';

const HttpUrl = z.url({ protocol: /^https?$/, message: 'expected an http(s) address' });

/** The cmi5 actor: an Agent identified by an account (cmi5 §8.1.3). */
const Cmi5ActorSchema = XapiAgentSchema.extend({
  account: z.object({ homePage: z.url({ message: 'expected the account homePage as an address' }), name: z.string().min(1, 'expected an account name') }),
});

/** The launch parameters, checked: as an LMS sends them they are untrusted. */
export const Cmi5LaunchSchema = z.strictObject({
  endpoint: HttpUrl,
  fetch: HttpUrl,
  actor: z.string().transform((text, ctx) => {
    try {
      const parsed = Cmi5ActorSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: `expected an xAPI Agent with an account: ${parsed.error.issues[0]?.message ?? 'not an agent'}` });
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected an xAPI Agent as JSON' });
    }
    return z.NEVER;
  }),
  registration: z.uuid({ message: 'expected a UUID' }),
  activityId: z.url({ message: 'expected the AU’s activity IRI' }),
});
export type Cmi5Launch = z.infer<typeof Cmi5LaunchSchema>;

/** A checked launch, or every problem in words. */
export type LaunchCheck = { ok: true; launch: Cmi5Launch } | { ok: false; problems: string[] };

/** Read and check the cmi5 launch parameters of a query string; other parameters are ignored. */
export function parseCmi5Launch(search: string): LaunchCheck {
  const params = new URLSearchParams(search);
  const problems = CMI5_PARAMS.filter((name) => params.getAll(name).length > 1).map((name) => `${name}: given more than once`);
  const input = Object.fromEntries(CMI5_PARAMS.flatMap((name) => (params.has(name) ? [[name, params.get(name)]] : [])));
  const parsed = Cmi5LaunchSchema.safeParse(input);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${issue.path.join('.') || 'launch'}: ${issue.code === 'invalid_type' ? 'missing' : issue.message}`));
  return parsed.success && problems.length === 0 ? { ok: true, launch: parsed.data } : { ok: false, problems };
}

/** The `LMS.LaunchData` state document the LMS writes before a launch (cmi5 §10). */
export const Cmi5LaunchDataSchema = z.object({
  contextTemplate: z.object({
    contextActivities: z.record(z.string(), z.array(XapiActivitySchema)).optional(),
    extensions: z.looseObject({ [CMI5.sessionId]: z.string().min(1, 'expected the session id') }),
  }),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  launchMethod: z.enum(['OwnWindow', 'AnyWindow']).optional(),
  launchParameters: z.string().optional(),
  masteryScore: z.number().min(0).max(1).optional(),
  moveOn: z.enum(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']),
  returnURL: z.string().optional(),
});
export type Cmi5LaunchData = z.infer<typeof Cmi5LaunchDataSchema>;
