/** The built CLI, run as a user runs it. */
import { execFile } from 'node:child_process';
import { mkdir, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writePackFolder } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const run = promisify(execFile);
const tempDir = useTempDirs();
const cli = (...args: string[]) => run(process.execPath, ['bin/proctor.mjs', ...args]).then(
  (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
  (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
);

describe('proctor validate', () => {
  it('passes the shipped packs', async () => {
    const result = await cli('validate', 'exams');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ dva-c02: \d+ questions/);
  });

  it('exits 1 and names file, line and field for a broken pack', async () => {
    const folder = await writePackFolder(await tempDir());
    const file = join(folder, 'questions', 'all.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('explanation: Why 1', 'explanation: ""'));
    const result = await cli('validate', folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/questions[\\/]all\.yaml:\d+:\d+ questions\[0\]\.options\[1\]\.explanation: explanation must not be empty/);
  });

  it('exits 1 for a folder without a pack, and 2 for bad usage', async () => {
    const empty = await tempDir();
    await mkdir(join(empty, 'nothing-here'));
    expect((await cli('validate', empty)).code).toBe(1);
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });
});

describe('proctor report --json', () => {
  it('prints the figures with the documented keys', async () => {
    const result = await cli('report', 'exams/dva-c02', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    for (const key of ['total', 'byDomain', 'byTask', 'byTopic', 'byType', 'fixedExams']) expect(report).toHaveProperty(key);
    expect(Object.keys(report.byType).sort()).toEqual(['multiple', 'single']);
    expect(report.byType.single + report.byType.multiple).toBe(report.total);
    expect(Object.values(report.byDomain as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(report.total);
    for (const exam of report.fixedExams) expect(Object.keys(exam).sort()).toEqual(['byDomain', 'id', 'questionIds', 'title']);
  });
});
