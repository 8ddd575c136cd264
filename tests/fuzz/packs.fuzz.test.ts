/**
 * 1,000 damaged exam packs: no crash, every error names the file, a line and (for content
 * errors) the field, and a good pack beside the broken one still loads.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/core/index.ts';
import { loadPacks } from '../../src/node/packs/pack-files.ts';
import { structureDamage, textDamage } from '../fixtures/mutate.ts';
import { writePackFolder } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

const yamlDamage = (text: string) =>
  fc.oneof(
    textDamage(text),
    structureDamage(parse(text)).map((doc) => stringify(doc)),
    fc.constantFrom(
      'a: &a [1,2]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c]',
      'questions:\n\t- id: tab',
      'questions: !!js/function "x"',
      '%YAML 9.9\n---\nq: 1',
      'x: 1\nx: 2',
    ),
  );

describe('damaged exam packs', () => {
  it('1,000 mutations of question files and manifests: clear errors, never a crash; good packs still load', async () => {
    const root = await tempDir();
    const goodFolder = await writePackFolder(join(root, 'good'), { 1: 4, 2: 3, 3: 3, 4: 2 });
    const goodManifest = await readFile(join(goodFolder, 'pack.yaml'), 'utf8');
    const goodQuestions = await readFile(join(goodFolder, 'questions', 'all.yaml'), 'utf8');
    const badFolder = join(root, 'packs', 'a-broken');
    await mkdir(join(badFolder, 'questions'), { recursive: true });
    await mkdir(join(root, 'packs', 'b-good'), { recursive: true });
    await writeFile(join(root, 'packs', 'b-good', 'pack.yaml'), goodManifest.replace('id: test-pack', 'id: other-pack'));
    await mkdir(join(root, 'packs', 'b-good', 'questions'));
    await writeFile(join(root, 'packs', 'b-good', 'questions', 'all.yaml'), goodQuestions);
    let run = 0;
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.oneof(yamlDamage(goodQuestions), yamlDamage(goodManifest)), async (damageManifest, damagedText) => {
        const manifest = { path: 'packs/a-broken/pack.yaml', text: damageManifest ? damagedText : goodManifest };
        const questions = { path: 'packs/a-broken/questions/all.yaml', text: damageManifest ? goodQuestions : damagedText };
        const result = parsePack({ manifest, questionFiles: [questions] });
        for (const error of result.errors) {
          expect([manifest.path, questions.path]).toContain(error.file);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.column).toBeGreaterThanOrEqual(1);
          expect(error.message.length).toBeGreaterThan(3);
        }
        expect(result.pack !== undefined || result.errors.length > 0).toBe(true);
        if (result.errors.length) failures++;
        // Every tenth run goes through the disk loader with a good pack beside the broken one.
        if (run++ % 10 === 0) {
          await writeFile(join(badFolder, 'pack.yaml'), manifest.text);
          await writeFile(join(badFolder, 'questions', 'all.yaml'), questions.text);
          const loaded = await loadPacks(join(root, 'packs'), root);
          expect(loaded.packs.map((p) => p.id)).toContain('other-pack');
          for (const problem of loaded.problems) for (const error of problem.errors) expect(error.file).toMatch(/^packs[\\/]a-broken[\\/]/);
        }
      }),
      { numRuns: 1000 },
    );
    expect(failures).toBeGreaterThan(500);
  }, 180_000);
});
