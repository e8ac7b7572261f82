/** Every localStorage key Frontline writes, in one place. */
export const STORAGE_KEYS = {
  settings: 'frontline:settings',
  profile: 'frontline:profile',
  savePrefix: 'frontline:save:',
  bestPrefix: 'frontline:best:',
  setAsidePrefix: 'frontline:set-aside:',
  /** a finished practice call's record until the records database has confirmed storing it */
  pendingRecordPrefix: 'frontline:pending-record:',
} as const;
