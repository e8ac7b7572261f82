import { zipSync } from 'fflate';
import { SCORM_LAUNCH, scormManifest } from './scorm-manifest.ts';
import { folderEntries } from './zip-folder.ts';

/** A SCORM 2004 package of a built app folder: its files with imsmanifest.xml at the root, deflated. */
export function scormPackage(dist: string): Uint8Array {
  const entries = folderEntries(dist);
  if (!entries[SCORM_LAUNCH]) throw new Error(`${dist} has no ${SCORM_LAUNCH} to launch`);
  entries['imsmanifest.xml'] = new TextEncoder().encode(scormManifest(Object.keys(entries)));
  return zipSync(entries, { level: 9 });
}
