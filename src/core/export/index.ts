/** Exports of a pack into the formats Proctor imports, by format. */
import type { ImportFormat } from '../import/result.ts';
import type { Pack } from '../pack/model.ts';
import { exportAiken } from './aiken.ts';
import { exportGift } from './gift.ts';
import { exportMarkdown } from './markdown.ts';
import { exportMoodleXml } from './moodle-xml.ts';
import type { ExportResult } from './shared.ts';

export type { ExportResult, ExportSkip } from './shared.ts';

const EXPORTERS: Record<ImportFormat, (pack: Pack) => ExportResult> = {
  aiken: exportAiken,
  gift: exportGift,
  markdown: exportMarkdown,
  'moodle-xml': exportMoodleXml,
};

export function exportPack(pack: Pack, format: ImportFormat): ExportResult {
  return EXPORTERS[format](pack);
}
