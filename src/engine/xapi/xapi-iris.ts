/** The xAPI verbs Frontline sends (ADL vocabulary, as cmi5 uses them). */
export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
} as const;

/** Activity types of the objects Frontline reports on. */
export const ACTIVITY_TYPES = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  course: 'http://adlnet.gov/expapi/activities/course',
} as const;

/** Extension IRIs under Frontline's own namespace; `root` is the activity IRI root. */
export function extensionIris(root: string) {
  const base = `${root}/extensions`;
  return {
    empathy: `${base}/empathy`,
    ownership: `${base}/ownership`,
    expectations: `${base}/expectations`,
    triggers: `${base}/triggers`,
    overall: `${base}/overall`,
    outcome: `${base}/outcome`,
    ratings: `${base}/ratings`,
    triggerIds: `${base}/trigger-ids`,
    choiceNumber: `${base}/choice-number`,
    callRecord: `${base}/call-record`,
    attempt: `${base}/attempt`,
    kind: `${base}/kind`,
  } as const;
}
