/** Which format a bank is in, from its name and its first lines, when the user does not say. */
import { InvalidRequestError } from '../errors.ts';
import type { ImportFormat } from './result.ts';

const BY_EXTENSION: Record<string, ImportFormat> = {
  xml: 'moodle-xml',
  gift: 'gift',
  md: 'markdown',
  markdown: 'markdown',
  aiken: 'aiken',
};

export class UnknownFormatError extends InvalidRequestError {}

export function detectFormat(name: string, text: string): ImportFormat {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const head = text.slice(0, 200_000);
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<quiz[\s>]/.test(head)) return 'moodle-xml';
  const known = BY_EXTENSION[extension];
  if (known) return known;
  const count = (pattern: RegExp) => (head.match(pattern) ?? []).length;
  const checklist = count(/^\s{0,1}[-*+]\s+\[[ xX]\]/gm);
  const aiken = count(/^\s*ANSWER\s*:\s*[A-Z]/gim);
  const gift = count(/\{\s*[=~T F]|^\s*::[^:]+::|^\s*\$CATEGORY:|\}\s*$/gm);
  const best = Math.max(checklist, aiken, gift);
  if (best === 0)
    throw new UnknownFormatError(
      `cannot tell which format ${name} is in: it has no "- [x]" options (markdown), no "ANSWER: X" lines (Aiken) ` +
        'and no "{=right ~wrong}" answers (GIFT); name its format (--format aiken|gift|moodle-xml|markdown, ' +
        'or the Format list in the app)',
    );
  return best === checklist ? 'markdown' : best === aiken ? 'aiken' : 'gift';
}
