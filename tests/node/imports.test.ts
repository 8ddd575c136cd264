/** Import in the app through the service: preview, import with a mapping, exam, rename, delete, HTTP body limits. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHttpTransport } from '../../src/node/transport/http-transport.ts';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const bank = async (name: string) => ({ fileName: name, data: (await readFile(`tests/fixtures/import/${name}`)).toString('base64') });
type Ok<T = Record<string, unknown>> = { ok: true; value: T };
const value = <T = Record<string, unknown>>(envelope: unknown) => {
  expect(envelope).toMatchObject({ ok: true });
  return (envelope as Ok<T>).value;
};

describe('import in the app', () => {
  it('previews a bank: format, encoding, questions, problems with lines, topics and the domains to map onto', async () => {
    const { service } = await makeService(await tempDir());
    const preview = value(await service.dispatch('previewImport', await bank('moodle-quiz.gift')));
    expect(preview).toMatchObject({ format: 'gift', formatName: 'GIFT', encoding: 'utf-8', questionCount: 4, problemCount: 7 });
    expect(preview.topics).toEqual([
      { topic: 'Development with AWS Services', count: 3 },
      { topic: 'Security', count: 1 },
    ]);
    expect((preview.problems as { line: number }[]).map((p) => p.line)).toEqual([26, 34, 36, 38, 40, 47, 50]);
    expect(preview.blueprints).toEqual([
      { packId: 'test-pack', title: 'Test pack', domains: expect.arrayContaining([{ number: 2, title: 'Security' }]) },
    ]);
  });

  it('imports with a mapping after a backup; exams and drills run; rename; delete keeps its attempts reviewable', async () => {
    const dir = await tempDir();
    const { service } = await makeService(dir);
    const result = value<{ pack: { id: string; imported: boolean; domains: { number: number }[] }; imported: number; backup?: string }>(
      await service.dispatch('importBank', { ...(await bank('moodle-quiz.gift')), title: 'My GIFT bank', mapping: { Security: 2 } }),
    );
    expect(result).toMatchObject({ imported: 4, pack: { id: 'my-gift-bank', imported: true } });
    expect(result.pack.domains.map((d) => d.number)).toEqual([2, 5]);
    const listed = value<{ packs: { id: string; imported: boolean }[] }>(await service.dispatch('listPacks', {}));
    expect(listed.packs.map((p) => [p.id, p.imported])).toEqual([
      ['test-pack', false],
      ['my-gift-bank', true],
    ]);
    type View = { summary: { id: string; questionCount: number; title: string }; durationMs: number };
    const exam = value<View>(
      await service.dispatch('startAttempt', { packId: 'my-gift-bank', start: { kind: 'full', questionCount: 3, durationMinutes: 9 } }),
    );
    expect(exam).toMatchObject({ summary: { questionCount: 3, title: 'Exam of 3 questions (random)' }, durationMs: 9 * 60_000 });
    await service.dispatch('act', { attemptId: exam.summary.id, action: { type: 'submit' } });
    const drill = value<View>(
      await service.dispatch('startAttempt', { packId: 'my-gift-bank', start: { kind: 'drill', domains: [2], count: 5 } }),
    );
    expect(drill.summary.questionCount).toBe(1);
    expect(
      value<{ pack: { title: string } }>(await service.dispatch('renamePack', { packId: 'my-gift-bank', title: 'Renamed' })).pack.title,
    ).toBe('Renamed');
    expect(await service.dispatch('renamePack', { packId: 'test-pack', title: 'No' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/built-in/) },
    });
    // The drill is still running: the pack cannot go yet.
    expect(await service.dispatch('deletePack', { packId: 'my-gift-bank' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const running = value<{ unfinished: { id: string }[] }>(await service.dispatch('listAttempts', {})).unfinished[0]!;
    await service.dispatch('act', { attemptId: running.id, action: { type: 'submit' } });
    const deleted = value<{ backup?: string }>(await service.dispatch('deletePack', { packId: 'my-gift-bank' }));
    expect(deleted.backup).toMatch(/before-delete-pack/);
    expect(value<{ packs: { id: string }[] }>(await service.dispatch('listPacks', {})).packs.map((p) => p.id)).toEqual(['test-pack']);
    const review = value<{ items: { available: boolean; stem: string }[] }>(
      await service.dispatch('getAttemptReview', { attemptId: exam.summary.id }),
    );
    expect(review.items.every((i) => i.available)).toBe(true);
    // The backup taken before the delete holds the pack.
    const backups = await readdir(join(dir, 'data', 'backups'));
    const before = backups.find((b) => b.includes('before-delete-pack'))!;
    expect(await readdir(join(dir, 'data', 'backups', before, 'packs', 'my-gift-bank'))).toContain('pack.yaml');
  });

  it('fails a file with no question with a clear message, and never takes a built-in id', async () => {
    const { service } = await makeService(await tempDir());
    const empty = {
      fileName: 'notes.md',
      data: Buffer.from('# Notes\n\n### Not a question\n\nJust text.\n').toString('base64'),
      format: 'markdown',
    };
    expect(await service.dispatch('importBank', { ...empty, title: 'Notes', mapping: {} })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-request',
        message: expect.stringMatching(/notes\.md: no question found in Markdown checklist format; 1 item/),
      },
    });
    const imported = value<{ pack: { id: string } }>(
      await service.dispatch('importBank', { ...(await bank('moodle-quiz.gift')), title: 'Test pack', mapping: {} }),
    );
    expect(imported.pack.id).toBe('test-pack-2');
  });

  it('takes a 10 MB bank over HTTP on the import channel and refuses one that size elsewhere', async () => {
    const { service } = await makeService(await tempDir());
    const server = await startHttpTransport({ service, staticDir: await tempDir(), token: 'tok' });
    // About a kilobyte a question, as in real banks: some 10,000 questions.
    const stem = 'A scenario sentence that makes the stem as long as a real one. '.repeat(12);
    const one =
      `### Which service stores objects?\n\n${stem}\n\n- [x] Amazon S3\n- [ ] Amazon EBS\n- [ ] Amazon EFS\n- [ ] AWS Lambda\n\n` +
      'S3 is object storage; the others are block, file and compute.\n\n';
    const text = one.repeat(Math.floor((9.5 * 1024 * 1024) / one.length));
    const post = (channel: string, body: object) =>
      fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
        method: 'POST',
        headers: { authorization: 'Bearer tok' },
        body: JSON.stringify(body),
      });
    const data = Buffer.from(text).toString('base64');
    const preview = await post('previewImport', { fileName: 'big.md', data });
    expect(preview.status).toBe(200);
    expect(((await preview.json()) as Ok<{ questionCount: number }>).value.questionCount).toBe(
      Math.floor((9.5 * 1024 * 1024) / one.length),
    );
    expect((await post('reportQuestion', { data })).status).toBe(413);
    await server.close();
  });
});
