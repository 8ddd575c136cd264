/**
 * Study notes as content: links only to AWS documentation over https, no raw HTML (the renderer
 * shows it as text), and, where the pack asks for it, a note for every topic that enough
 * questions use. Format errors (front matter, ids, unknown topics, non-https links) are the
 * parser's; these are the shipped packs' rules.
 */
import type { Pack } from '../pack/model.ts';
import { AWS_REFERENCE } from '../pack/schema.ts';
import type { LintFinding } from './lint.ts';

export function noteFindings(pack: Pack, noteForTopicsWith: number | undefined): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const note of pack.notes) {
    const file = note.source.file;
    for (const link of note.links) {
      if (!AWS_REFERENCE.test(link.url))
        findings.push({
          rule: 'note-link-host',
          file,
          line: link.line,
          message:
            `${link.kind} ${link.url} is not on docs.aws.amazon.com or aws.amazon.com; link the AWS documentation ` +
            `page that proves the fact`,
        });
    }
    if (!note.links.some((l) => l.kind === 'link' && AWS_REFERENCE.test(l.url)))
      findings.push({
        rule: 'note-references',
        file,
        line: 1,
        message: 'a note links at least one AWS documentation page that proves its facts',
      });
    for (const line of note.rawHtmlLines)
      findings.push({ rule: 'note-raw-html', file, line, message: 'raw HTML is shown as text, not rendered; write Markdown instead' });
  }
  if (noteForTopicsWith !== undefined) {
    const noted = new Set(pack.notes.flatMap((n) => n.topics));
    const uses = new Map<string, number>();
    for (const q of pack.questions) for (const t of q.topics) uses.set(t, (uses.get(t) ?? 0) + 1);
    for (const [topic, count] of [...uses].sort(([a], [b]) => a.localeCompare(b))) {
      if (count >= noteForTopicsWith && !noted.has(topic))
        findings.push({
          rule: 'note-coverage',
          message:
            `topic "${topic}" is used by ${count} questions (the pack wants a note for every topic used by ` +
            `${noteForTopicsWith} or more) but no note lists it; add it to the topics of the note that teaches ` +
            `it, or write notes/${topic}.md`,
        });
    }
  }
  return findings;
}
