// Writes the JSON Schemas that editors use to check exam packs as you type, generated from
// the same zod schemas the validator runs. `npm test` fails if the committed copies drift.
import { writeFileSync } from 'node:fs';
import { schemaDocuments } from '../src/core/pack/json-schemas.ts';

for (const [path, schema] of Object.entries(schemaDocuments())) {
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
