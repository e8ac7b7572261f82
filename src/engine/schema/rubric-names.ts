/** The names of the four rubrics and the overall score, as trainees and trainers read them. */
export const RUBRIC_NAMES = {
  empathy: 'Empathy',
  ownership: 'Ownership',
  expectations: 'Expectations',
  triggers: 'Trigger phrases',
  overall: 'Overall',
} as const;
