/** The built CLI, run as a user runs it. */
import { execFile, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeService, writePackFolder } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const run = promisify(execFile);
const tempDir = useTempDirs();
const cli = (...args: string[]) =>
  run(process.execPath, ['bin/proctor.mjs', ...args]).then(
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
    expect(result.stderr).toMatch(
      /questions[\\/]all\.yaml:\d+:\d+ questions\[0\]\.options\[1\]\.explanation: explanation must not be empty/,
    );
  });

  it('checks study notes: a bad front matter or link is an error naming the file and line', async () => {
    const folder = await writePackFolder(await tempDir());
    await writeFile(
      join(folder, 'notes', 'broken.md'),
      '---\nid: broken\ntitle: Broken\ntopics: [test, nowhere]\n---\nSee [x](http://example.com).\n',
    );
    const result = await cli('validate', folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/notes[\\/]broken\.md:4:1 topics: topic "nowhere" is used by no question/);
    expect(result.stderr).toMatch(/notes[\\/]broken\.md:6:1 link "http:\/\/example\.com" is not an https:\/\/ URL/);
  });

  it('with --strict, applies the cue thresholds the pack sets in pack.yaml', async () => {
    const folder = await writePackFolder(await tempDir());
    const manifest = join(folder, 'pack.yaml');
    // The fixture's options are all the same length, so every rank holds a quarter of the keys.
    // (Its made-up stems fail other content rules; only the cue rules matter here.)
    expect((await cli('validate', folder, '--strict')).stderr).not.toMatch(/\[cue-/);
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}lint:\n  cues: { keyRankPct: 20 }\n`);
    const result = await cli('validate', folder, '--strict');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[cue-key-length-rank\] keyRankPct\[0\] is 2\d(\.\d)?%, over the pack's cap of 20%/);
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
    for (const key of [
      'longestIsKeyPct',
      'longestAreKeysPct',
      'guesserScorePct',
      'keyRankPct',
      'absolutesInKeysPct',
      'absolutesInDistractorsPct',
    ])
      expect(report.cues).toHaveProperty(key);
    expect(report.notes.length).toBeGreaterThan(0);
    for (const note of report.notes) expect(Object.keys(note).sort()).toEqual(['id', 'title', 'topics']);
  });

  it('prints the cue figures and the notes as text', async () => {
    const result = await cli('report', 'exams/dva-c02');
    expect(result.stdout).toMatch(/cues: +key longest [\d.]+% of single, keys longest [\d.]+% of multiple, always-longest guesser [\d.]+%/);
    expect(result.stdout).toMatch(/key length ranks #1 [\d.]+%, #2 [\d.]+%, #3 [\d.]+%, #4 [\d.]+%/);
    expect(result.stdout).toMatch(/notes: +\d+ \(/);
  });
});

describe('proctor serve', () => {
  const serve = (args: string[], env: Record<string, string> = {}) => {
    const child = spawn(process.execPath, ['bin/proctor.mjs', 'serve', '--no-open', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const match = /running at (\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error(output)));
    });
    url.catch(() => {}); // a server that fails to start is checked through `exit`
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, url, exit, output: () => output };
  };

  it('prints a loopback URL with a token, keeps data in PROCTOR_DATA_DIR, and stops cleanly on Ctrl-C', async () => {
    const dataDir = await tempDir();
    const server = serve(['--port', '0'], { PROCTOR_DATA_DIR: dataDir });
    const url = new URL(await server.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const response = await fetch(new URL('/api/startAttempt', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${url.searchParams.get('token')}` },
      body: JSON.stringify({ packId: 'dva-c02', start: { kind: 'full' } }),
    });
    expect(response.status).toBe(200);
    expect((await readdir(join(dataDir, 'attempts'))).length).toBe(1);
    server.child.kill('SIGINT');
    expect(await server.exit).toBe(0);
    expect(server.output()).toMatch(/Stopping Proctor/);
  });

  it('explains a port that is already taken', async () => {
    const first = serve(['--port', '0', '--data-dir', await tempDir()]);
    const port = new URL(await first.url).port;
    const second = serve(['--port', port, '--data-dir', await tempDir()]);
    expect(await second.exit).toBe(1);
    expect(second.output()).toMatch(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*--port`));
    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
  });
});

describe('proctor import', () => {
  it('turns an Aiken file into a pack in the data folder, after a backup, that Proctor loads', async () => {
    const dir = await tempDir();
    const dataDir = join(dir, 'data');
    // Some existing data, so there is something to back up.
    const { service: before } = await makeService(dir);
    await before.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } });
    const file = join(dir, 'my-bank.txt');
    await writeFile(
      file,
      'Which service stores objects?\nA. Amazon S3\nB. Amazon EC2\nANSWER: A\n\n' +
        'Which is serverless compute?\nA. AWS Lambda\nB. Amazon EBS\nANSWER: A\n',
    );
    const result = await cli('import', file, '--data-dir', dataDir, '--title', 'My bank');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Imported 2 questions as pack "my-bank"/);
    expect((await readdir(join(dataDir, 'backups'))).some((n) => n.includes('before-import'))).toBe(true);
    expect((await cli('validate', join(dataDir, 'packs', 'my-bank'))).code).toBe(0);
    const { service } = await makeService(dir);
    const packs = (await service.dispatch('listPacks', {})) as { value: { packs: { id: string; title: string }[] } };
    expect(packs.value.packs.map((p) => p.title)).toContain('My bank');
    expect((await service.dispatch('startAttempt', { packId: 'my-bank', start: { kind: 'full' } })).ok).toBe(true);
    expect((await cli('import', file, '--data-dir', dataDir)).stderr).toMatch(/already exists/);
  });

  it('names the line of a malformed question and imports nothing', async () => {
    const dir = await tempDir();
    const file = join(dir, 'broken.txt');
    await writeFile(file, 'Q1?\nA. a\nB. b\nANSWER: C\n');
    const result = await cli('import', file, '--data-dir', join(dir, 'data'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.txt:4: ANSWER: C names no option/);
    expect(await readdir(join(dir, 'data')).catch(() => [])).toEqual([]);
  });
});

describe('proctor help and usage', () => {
  it('answers --help for the program and every command, and exits 2 with the usage on an unknown command or option', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['serve', 'validate', 'report', 'import', 'export', 'attempts', 'backup', 'restore']) {
      expect(help.stdout).toContain(command);
      const own = await cli(command, '--help');
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: proctor ${command}`));
    }
    const unknown = await cli('import', '--frobnicate', 'x.txt');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--frobnicate'[\s\S]*Usage: proctor import/);
    expect((await cli('frobnicate')).stderr).toMatch(/unknown command "frobnicate"[\s\S]*Commands:/);
  });
});

describe('proctor import of a messy bank, export, attempts, backup and restore', () => {
  it('lists every skipped item with file:line, maps topics, copies images, and --dry-run writes nothing', async () => {
    const dir = await tempDir();
    const dataDir = join(dir, 'data');
    const dry = await cli('import', 'tests/fixtures/import/dva-notes.md', '--data-dir', dataDir, '--dry-run', '--map', 'Security=2');
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/dva-notes\.md:7: not a question/);
    expect(dry.stderr).toMatch(/dva-notes\.md:63: missing image images\/missing\.png/);
    expect(dry.stdout).toMatch(/Topic "Security" \(2 question\(s\)\): domain 2 /);
    expect(dry.stdout).toMatch(/Dry run: 4 question\(s\) imported, 7 item\(s\) skipped \(Markdown checklist, UTF-8\)/);
    expect(await readdir(dataDir).catch(() => [])).toEqual([]);
    const out = join(dir, 'pack');
    expect((await cli('import', 'tests/fixtures/import/dva-notes.md', '--out', out)).code).toBe(0);
    expect(await readdir(join(out, 'images'))).toEqual(['fanout.png']);
    expect((await cli('validate', out)).code).toBe(0);
  });

  it('exports a pack, exports attempts as JSON, and backs up then restores the data folder', async () => {
    const dir = await tempDir();
    const { service } = await makeService(dir);
    await service.dispatch('startAttempt', { packId: 'test-pack', start: { kind: 'full' } });
    await service.close();
    const dataDir = join(dir, 'data');
    const gift = join(dir, 'dva.gift');
    const exported = await cli('export', '--format', 'gift', 'dva-c02', '--out', gift);
    expect(exported.stdout).toMatch(/Exported (\d+) of \1 questions/);
    expect((await cli('import', gift, '--data-dir', dataDir, '--dry-run')).stdout).toMatch(
      /Dry run: \d+ question\(s\) imported, 0 item\(s\) skipped \(GIFT/,
    );
    const json = join(dir, 'attempts.json');
    expect((await cli('attempts', '--format', 'json', '--out', json, '--data-dir', dataDir)).code).toBe(0);
    expect(JSON.parse(await readFile(json, 'utf8'))).toMatchObject({ format: 'proctor-attempts', attempts: [{ packId: 'test-pack' }] });
    const file = join(dir, 'backup.json');
    expect((await cli('backup', '--out', file, '--data-dir', dataDir)).code).toBe(0);
    const refused = await cli('restore', file, '--data-dir', dataDir);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/It replaces your current data: 1 attempt/);
    const restored = await cli('restore', file, '--data-dir', dataDir, '--yes');
    expect(restored.code).toBe(0);
    expect((await readdir(join(dataDir, 'backups'))).some((n) => n.includes('before-restore'))).toBe(true);
  });
});
