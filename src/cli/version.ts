import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../node/paths.ts';

/** The version in package.json, as shown by `proctor serve` and the About dialog. */
export function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
