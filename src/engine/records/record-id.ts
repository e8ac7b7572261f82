import { z } from 'zod';
import { contentHash } from '../hash.ts';
import { canonicalJson } from './canonical-json.ts';

// Crockford's base32: no I, L, O or U, so an id read aloud or copied by hand is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ID_BITS = 80;

/** A record id: 80 bits of a SHA-256, as 16 Crockford base32 characters in groups of four. */
export const RecordIdSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/, 'expected a record id such as 7KQ2-M9XD-4TFA-B81C');

/** The id of some content: a short form of the SHA-256 of its canonical JSON. */
export function recordId(content: object): string {
  const hex = contentHash(canonicalJson(content)).slice(0, ID_BITS / 4);
  const bits = [...hex].map((digit) => parseInt(digit, 16).toString(2).padStart(4, '0')).join('');
  let id = '';
  for (let i = 0; i < ID_BITS; i += 5) id += ALPHABET[parseInt(bits.slice(i, i + 5), 2)];
  return id.match(/.{4}/g)!.join('-');
}
