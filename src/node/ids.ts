/** New ids: time-ordered (base 36 milliseconds) with a random tail, safe in file names. */
import { randomBytes, randomInt } from 'node:crypto';

export function newId(now: number, randomBytesCount = 4): string {
  return `${now.toString(36)}-${randomBytes(randomBytesCount).toString('hex')}`;
}

/** A seed for an attempt's shuffles, stored on it so the attempt can be replayed. */
export function newSeed(): number {
  return randomInt(0, 2 ** 31);
}
