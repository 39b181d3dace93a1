/**
 * RFC 7515 §2 / RFC 4648 §5 and §3.5: a JOSE segment is canonical unpadded base64url. Node's decoder
 * silently skips spaces, '?' and '=' and ignores non-zero unused bits in the last character, so two
 * different strings would decode to the same bytes (Wycheproof JWS tcId 360–375). The check reads only
 * the alphabet, the length and the last character: nothing is decoded twice.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEGMENT = /^[A-Za-z0-9_-]*$/;

/** `true` when `segment` is canonical unpadded base64url (decodes and re-encodes to itself). */
export function isCanonicalBase64Url(segment: string): boolean {
  if (typeof segment !== 'string' || !SEGMENT.test(segment)) return false;
  const rest = segment.length % 4;
  if (rest === 0) return true;
  if (rest === 1) return false;
  const last = ALPHABET.indexOf(segment.charAt(segment.length - 1));
  // Two trailing characters carry 8 bits (4 unused), three carry 16 bits (2 unused).
  return rest === 2 ? (last & 0x0f) === 0 : (last & 0x03) === 0;
}
