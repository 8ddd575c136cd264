/**
 * Moodle XML export: a category per domain, multichoice questions named by their id, text in
 * Moodle's markdown format (so nothing is lost to an HTML conversion), fractions that share 100
 * among the right options, per-answer and general feedback, and the topics as tags.
 */
import type { Pack, Question } from '../pack/model.ts';
import { byDomain, domainTitle, fileSafe, generalFeedback, type ExportResult } from './shared.ts';

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const text = (value: string) => `<text>${xmlEscape(value)}</text>`;

function xmlQuestion(question: Question): string {
  const keys = question.options.filter((o) => o.correct).length;
  const fraction = (correct: boolean) => (correct ? String(Math.round((100 / keys) * 100000) / 100000) : keys > 1 ? '-100' : '0');
  const lines = [
    '  <question type="multichoice">',
    `    <name>${text(question.id)}</name>`,
    `    <questiontext format="markdown">${text(question.stem)}</questiontext>`,
  ];
  const general = generalFeedback(question);
  if (general) lines.push(`    <generalfeedback format="markdown">${text(general)}</generalfeedback>`);
  lines.push(
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0</penalty>',
    `    <single>${keys > 1 ? 'false' : 'true'}</single>`,
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
  );
  for (const option of question.options) {
    const feedback = option.explanation ? `<feedback format="markdown">${text(option.explanation)}</feedback>` : '';
    lines.push(`    <answer fraction="${fraction(option.correct)}" format="markdown">${text(option.text)}${feedback}</answer>`);
  }
  if (question.topics.length > 0) lines.push(`    <tags>${question.topics.map((t) => `<tag>${text(t)}</tag>`).join('')}</tags>`);
  lines.push('  </question>');
  return lines.join('\n');
}

export function exportMoodleXml(pack: Pack): ExportResult {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${xmlEscape(pack.title).replace(/--/g, '- -')}: exported by Proctor -->`,
    '<quiz>',
  ];
  let domain: number | undefined;
  for (const question of byDomain(pack)) {
    if (question.domain !== domain) {
      domain = question.domain;
      const path = `$course$/top/${pack.title.replace(/\//g, '-')}/${domainTitle(pack, domain).replace(/\//g, '-')}`;
      lines.push(`  <question type="category"><category>${text(path)}</category></question>`);
    }
    lines.push(xmlQuestion(question));
  }
  lines.push('</quiz>');
  return { text: `${lines.join('\n')}\n`, filename: `${fileSafe(pack.id)}.moodle.xml`, exported: pack.questions.length, skipped: [] };
}
