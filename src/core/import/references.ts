/**
 * General feedback often ends with the documentation it cites. A "References:" line (or block)
 * of https URLs becomes the question's references; the rest stays the explanation. Proctor's
 * exports write references this way, so they survive a round trip through any text format.
 */
const REFERENCES = /^\s*(?:\*\*)?references?(?:\*\*)?\s*:(?:\*\*)?\s*(.*)$/i;
const URL = /https:\/\/[^\s)<>\]"]+/g;

export function splitReferences(text: string): { explanation?: string; references: string[] } {
  const references: string[] = [];
  const kept: string[] = [];
  let inReferences = false;
  for (const line of text.split('\n')) {
    const heading = REFERENCES.exec(line);
    if (heading) inReferences = true;
    const urls = inReferences ? [...line.matchAll(URL)].map((m) => m[0]) : [];
    if (inReferences && (heading || urls.length > 0 || line.trim() === '')) references.push(...urls);
    else {
      inReferences = false;
      kept.push(line);
    }
  }
  const explanation = kept.join('\n').trim();
  return { ...(explanation ? { explanation } : {}), references: [...new Set(references)] };
}
