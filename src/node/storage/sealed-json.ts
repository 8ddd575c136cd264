/**
 * A JSON file sealed by the Proctor that wrote it: the last member is `"seal"`, the SHA-256 of the
 * rest of the text together with a fingerprint of the schema it was validated against. A file
 * whose seal matches is byte for byte what a Proctor with the same schema wrote after validating
 * it, so reading it need not validate every entry again; any other file (edited, damaged, restored
 * from an older Proctor, written under another schema) has no valid seal and is fully validated.
 * The file stays plain JSON: older Proctors and other tools read it as before.
 */
import { createHash } from 'node:crypto';

const OPEN = ',"seal":"';
const CLOSE = '"}';
const SEAL_LENGTH = OPEN.length + 64 + CLOSE.length;

/** The object's text without its seal member is `body` followed by the closing brace. */
const digest = (fingerprint: string, body: string | Buffer) =>
  createHash('sha256').update(fingerprint).update('\n').update(body).update('}').digest('hex');

/** `json` is the text of a JSON object, as JSON.stringify writes it. */
export function seal(json: string, fingerprint: string): string {
  if (!json.startsWith('{') || !json.endsWith('}') || json === '{}') throw new Error('only a non-empty JSON object can be sealed');
  const body = json.slice(0, -1);
  return `${body}${OPEN}${digest(fingerprint, body)}${CLOSE}`;
}

/**
 * True when the file's bytes end in a seal made with `fingerprint` over exactly the rest of them.
 * Looks only at the end and hashes the bytes as they are: no scan, no copy of a large file.
 */
export function isSealed(file: Buffer | string, fingerprint: string): boolean {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  if (bytes.length < SEAL_LENGTH + 2) return false;
  const tail = bytes.toString('latin1', bytes.length - SEAL_LENGTH);
  if (!tail.startsWith(OPEN) || !tail.endsWith(CLOSE)) return false;
  const seal = tail.slice(OPEN.length, OPEN.length + 64);
  if (!/^[0-9a-f]{64}$/.test(seal)) return false;
  return digest(fingerprint, bytes.subarray(0, bytes.length - SEAL_LENGTH)) === seal;
}

/** A fingerprint of a schema: changes whenever what it accepts may have changed. */
export function schemaFingerprint(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
