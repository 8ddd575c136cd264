/**
 * A damaged data file, seen as a user sees it: Proctor sets the file aside, restores the newest
 * good backup, says so on the home screen, and "Check data" reports a healthy folder afterwards.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerCurrent, expect, startFullExam, startServer, stopServer, test } from './fixtures.ts';

test('a truncated attempt file is set aside, restored from a backup, and the user is told', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'proctor-recovery-'));
  try {
    // Run 1: the user starts an exam and answers a question.
    let server = await startServer(dataDir);
    await startFullExam(page, server);
    await answerCurrent(page);
    await expect(page.locator('.save-state')).toHaveText('Saved');
    await stopServer(server);
    // Run 2: Proctor starts again and backs up the changed data. (Whether run 1's start-up
    // backup already caught the empty index depends on timing, so wait for a backup that holds
    // the attempt rather than for a number of backups.)
    const [file] = (await readdir(join(dataDir, 'attempts'))).filter((n) => n.endsWith('.json'));
    server = await startServer(dataDir);
    const backupsHolding = async () => {
      const names = (await readdir(join(dataDir, 'backups')).catch(() => [] as string[])).filter((n) => !n.startsWith('.'));
      const held = await Promise.all(names.map((n) => readdir(join(dataDir, 'backups', n, 'attempts')).catch(() => [] as string[])));
      return held.filter((files) => files.includes(file!)).length;
    };
    await expect.poll(backupsHolding).toBeGreaterThanOrEqual(1);
    await stopServer(server);
    // The disk damages the attempt file.
    await writeFile(join(dataDir, 'attempts', file!), '{"schemaVersion":1,"attempt":{"id":');
    // Run 3: the user is told, and the exam is still there to resume.
    server = await startServer(dataDir);
    await page.goto(server.url);
    await expect(page.getByRole('alert').filter({ hasText: /Could not read .*moved to .*corrupt-/ })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /restored from the backup/ })).toBeVisible();
    await page.getByRole('link', { name: 'Resume exam' }).click();
    await expect(page.locator('.options input:checked')).not.toHaveCount(0);
    // Check data finds nothing wrong now.
    await page.goto(`${server.url}#/history`);
    await page.getByRole('button', { name: 'Check data' }).click();
    await expect(page.getByTestId('check-result')).toContainText('everything is readable');
    expect((await readdir(join(dataDir, 'attempts'))).some((n) => n.includes('.corrupt-'))).toBe(true);
    await stopServer(server);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
