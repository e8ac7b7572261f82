import { z } from 'zod';

/** Language map, e.g. `{ "en-US": "answered" }`. */
const LanguageMap = z.record(z.string(), z.string());

/** An xAPI agent identified by an account or an mbox. */
export const XapiAgentSchema = z.object({
  objectType: z.literal('Agent').optional(),
  name: z.string().optional(),
  mbox: z.string().regex(/^mailto:/).optional(),
  account: z.object({ homePage: z.url(), name: z.string().min(1) }).optional(),
});
export type XapiAgent = z.infer<typeof XapiAgentSchema>;

/** An xAPI activity with the definition fields Frontline uses. */
export const XapiActivitySchema = z.object({
  objectType: z.literal('Activity'),
  id: z.string(),
  definition: z
    .object({
      type: z.string().optional(),
      name: LanguageMap.optional(),
      description: LanguageMap.optional(),
      interactionType: z.string().optional(),
    })
    .optional(),
});
export type XapiActivity = z.infer<typeof XapiActivitySchema>;

/** An xAPI 1.0.3 statement as Frontline builds, stores and sends it. */
export const XapiStatementSchema = z.object({
  id: z.uuid(),
  actor: XapiAgentSchema,
  verb: z.object({ id: z.string(), display: LanguageMap }),
  object: XapiActivitySchema,
  result: z
    .object({
      score: z.object({ scaled: z.number().min(-1).max(1), raw: z.number().optional(), min: z.number().optional(), max: z.number().optional() }).optional(),
      success: z.boolean().optional(),
      completion: z.boolean().optional(),
      response: z.string().optional(),
      duration: z.string().optional(),
      extensions: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  context: z
    .object({
      registration: z.uuid().optional(),
      platform: z.string().optional(),
      language: z.string().optional(),
      contextActivities: z.record(z.string(), z.array(XapiActivitySchema)).optional(),
      extensions: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  timestamp: z.iso.datetime(),
});
export type XapiStatement = z.infer<typeof XapiStatementSchema>;
