/** Every localStorage key Frontline writes, in one place. */
export const STORAGE_KEYS = {
  settings: 'frontline:settings',
  savePrefix: 'frontline:save:',
  bestPrefix: 'frontline:best:',
  setAsidePrefix: 'frontline:set-aside:',
} as const;
