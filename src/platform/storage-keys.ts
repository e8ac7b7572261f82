/** Every localStorage key Frontline writes, in one place. */
export const STORAGE_KEYS = {
  settings: 'frontline:settings',
  profile: 'frontline:profile',
  savePrefix: 'frontline:save:',
  bestPrefix: 'frontline:best:',
  setAsidePrefix: 'frontline:set-aside:',
} as const;
