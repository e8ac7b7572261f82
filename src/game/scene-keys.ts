/** Scene keys, in one place. */
export const SCENE_KEYS = { call: 'call' } as const;
