/**
 * The built main process's lifecycle: quit waits for the service (pending writes, a running
 * backup, the schedule rebuild), and a renderer that dies is reported and reloaded.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_PREFIX } from '../../src/shared/contract/channels.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src/node/storage/stored-schemas.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { startMain, until, type RunningMain } from './harness/load.ts';
import { seedAttempts } from './harness/seed.ts';

const tempDir = useTempDirs();
let running: RunningMain | undefined;
afterEach(async () => {
  await running?.quit();
  running = undefined;
});

type Envelope = { ok: boolean; value?: Record<string, unknown>; error?: { message: string } };
const trusted = { senderFrame: { url: 'app://proctor/index.html', parent: null } };
const call = (main: RunningMain, channel: string, payload: unknown) =>
  (main.fake.ipcHandlers.get(`${IPC_PREFIX}${channel}`) as (event: unknown, payload: unknown) => Promise<Envelope>)(trusted, payload);

const finishedBackups = async (dataDir: string) =>
  (await readdir(join(dataDir, 'backups')).catch(() => [] as string[])).filter((n) => !n.startsWith('.'));

describe('quit', () => {
  it('waits for a pending answer, the backup in progress and the schedule rebuild before the app exits', async () => {
    const dataDir = join(await tempDir(), 'data');
    await seedAttempts(dataDir, 400);
    running = await startMain(dataDir);
    const { fake } = running;
    const started = await call(running, 'startAttempt', { packId: 'dva-c02', start: { kind: 'drill', count: 5 } });
    expect(started.ok).toBe(true);
    const view = started.value as { summary: { id: string }; questions: { questionId: string; options: { id: string }[] }[] };
    const question = view.questions[0]!;
    const answered = call(running, 'act', {
      attemptId: view.summary.id,
      action: { type: 'answer', questionId: question.questionId, optionIds: [question.options[1]!.id] },
    });

    fake.app.quit();
    // The quit was held back: the start-up backup of 400 attempts has not finished yet.
    expect(fake.quit.prevented).toBe(1);
    expect(fake.quit.done).toBe(false);
    expect(await finishedBackups(dataDir)).toEqual([]);

    await until(() => fake.quit.done, 'the app to quit');
    expect((await answered).ok).toBe(true);
    expect(fake.quit.requested).toBe(2); // once by the user, once when the service had closed
    const saved = JSON.parse(await readFile(join(dataDir, 'attempts', `${view.summary.id}.json`), 'utf8'));
    expect(saved.attempt.answers[question.questionId]).toEqual([question.options[1]!.id]);
    const backups = await finishedBackups(dataDir);
    expect(backups).toHaveLength(1);
    const manifest = JSON.parse(await readFile(join(dataDir, 'backups', backups[0]!, 'backup.json'), 'utf8'));
    expect(Object.keys(manifest.files).filter((f) => f.startsWith('attempts')).length).toBeGreaterThanOrEqual(400);
    expect(await readdir(join(dataDir, 'backups'))).toEqual(backups); // no half-written backup left
    const review = JSON.parse(await readFile(join(dataDir, 'review.json'), 'utf8'));
    expect(review.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    running.unload();
    running = undefined;
  });
});

describe('data it cannot open', () => {
  it('says which file and what to do, exits, and leaves the file as it is (data from a newer Proctor)', async () => {
    const dataDir = join(await tempDir(), 'data');
    await mkdir(dataDir, { recursive: true });
    const newer = JSON.stringify({ schemaVersion: 99, attempts: [] });
    await writeFile(join(dataDir, 'index.json'), newer);
    running = await startMain(dataDir);
    await until(() => running!.fake.quit.exitCode !== undefined, 'the app to exit');
    expect(running.fake.quit.exitCode).toBe(1);
    const boxes = running.fake.callsOf('dialog.showErrorBox') as [string, string][];
    expect(boxes).toHaveLength(1);
    const [title, message] = boxes[0]!;
    expect(title).toBe('Proctor cannot open your data');
    expect(message).toMatch(/index\.json was written by a newer Proctor .* Update Proctor; the file was left as it is/);
    expect(await readFile(join(dataDir, 'index.json'), 'utf8')).toBe(newer);
    // A call made meanwhile is answered with the same reason, never served from half-open data.
    expect(await call(running, 'listAttempts', {})).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('newer Proctor') },
    });
    running.unload();
    running = undefined;
  });
});

describe('a renderer that dies', () => {
  it('is reported and reloaded; a clean exit is left alone', async () => {
    running = await startMain(join(await tempDir(), 'data'));
    const { fake } = running;
    const contents = fake.windows[0]!.webContents;
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reloads).toBe(0);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.reloads).toBe(1);
    const [box] = fake.callsOf('dialog.showMessageBox').at(-1)! as [{ type: string; message: string; detail: string }];
    expect(box.type).toBe('warning');
    expect(box.detail).toContain('because it crashed (exit code 139)');
    expect(box.detail).toContain('you are back where you were');
    expect(fake.quit.requested).toBe(0);
  });

  it('asks instead of reloading in a loop, and quits when the user chooses Quit', async () => {
    running = await startMain(join(await tempDir(), 'data'), {
      messageBoxResponse: ({ buttons }) => Math.max(0, (buttons ?? []).indexOf('Quit')),
    });
    const { fake } = running;
    const contents = fake.windows[0]!.webContents;
    for (const reason of ['crashed', 'oom']) contents.emit('render-process-gone', {}, { reason, exitCode: 1 });
    expect(contents.reloads).toBe(2);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(contents.reloads).toBe(2);
    const [box] = fake.callsOf('dialog.showMessageBox').at(-1)! as [{ buttons: string[]; detail: string }];
    expect(box.buttons).toEqual(['Reload', 'Quit']);
    await until(() => fake.quit.done, 'the app to quit after "Quit"');
  });
});
