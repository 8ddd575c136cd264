// Writes six fixed practice exams into a pack's pack.yaml (keeping its comments and layout).
// Run after the bank changes: npx tsx scripts/make-fixed-exams.ts exams/dva-c02 6
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { formatPackError, planFixedExams } from '../src/core/index.ts';
import { loadPackFolder } from '../src/node/packs/pack-files.ts';

const folder = resolve(process.argv[2] ?? 'exams/dva-c02');
const count = Number(process.argv[3] ?? 6);
const manifestPath = join(folder, 'pack.yaml');
const doc = parseDocument(readFileSync(manifestPath, 'utf8'));
doc.delete('fixedExams');
writeFileSync(manifestPath, doc.toString({ lineWidth: 0 }));
const { pack, errors } = await loadPackFolder(folder);
if (!pack) {
  errors.forEach((e) => console.error(formatPackError(e)));
  process.exit(1);
}
const planned = planFixedExams(pack, count);
const fresh = parseDocument(readFileSync(manifestPath, 'utf8'));
const node = fresh.createNode(planned);
for (const exam of (node as { items: { get: (k: string, keep: boolean) => { flow: boolean } }[] }).items)
  exam.get('questionIds', true).flow = true;
fresh.set('fixedExams', node);
writeFileSync(manifestPath, fresh.toString({ lineWidth: 120 }));
console.log(`wrote ${planned.length} fixed exams of ${planned[0]?.questionIds.length} questions to ${manifestPath}`);
