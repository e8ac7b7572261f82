import trackText from '../../stories/foundations.track.json?raw';
import { parseTrack, type Track } from '../engine/schema/track.ts';

/** The certification track bundled at build time ("Frontline Foundations"), checked. */
export function loadTrack(): Track {
  return parseTrack(trackText, 'stories/foundations.track.json').track;
}
