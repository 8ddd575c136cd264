/**
 * GIFT export: a category per domain, the question id as the title, markdown text ("[markdown]"),
 * "=" / "~" for single answer, "~%w%" weights for multiple response (the right options share 100,
 * wrong ones -100), per-option feedback, and general feedback with the references.
 */
import type { Pack, Question } from '../pack/model.ts';
import { byDomain, domainTitle, fileSafe, generalFeedback, type ExportResult } from './shared.ts';

/** GIFT's special characters escaped, and line breaks as "\n" (a blank line would end the item). */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

function weight(keys: number): string {
  return String(Math.round((100 / keys) * 100000) / 100000);
}

function giftQuestion(question: Question): string {
  const lines = [`::${giftEscape(question.id)}::[markdown]${giftEscape(question.stem)} {`];
  const keys = question.options.filter((o) => o.correct).length;
  for (const option of question.options) {
    const mark = keys > 1 ? (option.correct ? `~%${weight(keys)}%` : '~%-100%') : option.correct ? '=' : '~';
    const feedback = option.explanation ? ` #${giftEscape(option.explanation)}` : '';
    lines.push(`${mark}${giftEscape(option.text)}${feedback}`);
  }
  const general = generalFeedback(question);
  if (general) lines.push(`####${giftEscape(general)}`);
  lines.push('}');
  return lines.join('\n');
}

export function exportGift(pack: Pack): ExportResult {
  const blocks = [`// ${pack.title}: ${pack.questions.length} questions exported by Proctor.`];
  let domain: number | undefined;
  for (const question of byDomain(pack)) {
    if (question.domain !== domain) {
      domain = question.domain;
      blocks.push(`$CATEGORY: $course$/top/${pack.title.replace(/\//g, '-')}/${domainTitle(pack, domain).replace(/\//g, '-')}`);
    }
    blocks.push(giftQuestion(question));
  }
  return { text: `${blocks.join('\n\n')}\n`, filename: `${fileSafe(pack.id)}.gift`, exported: pack.questions.length, skipped: [] };
}
