/** The report and settings channels through the service, on a real data folder. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeService } from '../fixtures/service.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const value = <T>(envelope: { ok: boolean; value?: unknown }) => {
  expect(envelope.ok).toBe(true);
  return envelope.value as T;
};

describe('question report channels', () => {
  it('list reports with their question, edit one, export all as JSON and delete one', async () => {
    const { service, clock } = await makeService(await tempDir());
    const make = (questionId: string, note: string) =>
      service.dispatch('reportQuestion', { packId: 'test-pack', questionId, kind: 'wrong-key', note });
    const first = value<{ report: { id: string } }>(await make('d1-q0', 'key looks wrong')).report;
    clock.now += 60_000;
    const second = value<{ report: { id: string } }>(await make('d2-q1', 'unclear wording')).report;
    const listed = value<{ reports: { id: string }[]; questions: unknown[] }>(await service.dispatch('listReports', {}));
    expect(listed.reports.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(listed.questions).toContainEqual({
      packId: 'test-pack',
      questionId: 'd1-q0',
      packTitle: 'Test pack',
      stemExcerpt: 'Stem of d1-q0',
      available: true,
    });

    clock.now += 60_000;
    const edited = value<{ report: { note: string; kind: string; updatedAt: number } }>(
      await service.dispatch('updateReport', { reportId: first.id, note: 'option B is right too', kind: 'unclear' }),
    ).report;
    expect(edited).toMatchObject({ note: 'option B is right too', kind: 'unclear', updatedAt: clock.now });
    expect(await service.dispatch('updateReport', { reportId: first.id, note: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });

    const exported = value<{ filename: string; json: string }>(await service.dispatch('exportReports', {}));
    expect(exported.filename).toMatch(/^proctor-question-reports-\d{4}-\d\d-\d\d\.json$/);
    const doc = JSON.parse(exported.json);
    expect(doc).toMatchObject({ format: 'proctor-question-reports', version: 1 });
    expect(doc.reports).toHaveLength(2);
    expect(doc.reports[1]).toMatchObject({ questionId: 'd1-q0', stem: 'Stem of d1-q0', note: 'option B is right too', kind: 'unclear' });
    expect(doc.reports[1].createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    expect(await service.dispatch('deleteReport', { reportId: first.id })).toEqual({ ok: true, value: { deleted: true } });
    expect(await service.dispatch('deleteReport', { reportId: first.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const after = value<{ reports: { id: string }[] }>(await service.dispatch('listReports', {}));
    expect(after.reports.map((r) => r.id)).toEqual([second.id]);
  });
});

describe('settings channels', () => {
  it('answer the defaults, save a change, and keep it after a restart', async () => {
    const dir = await tempDir();
    const { service } = await makeService(dir);
    expect(value<{ settings: { theme: string } }>(await service.dispatch('getSettings', {})).settings.theme).toBe('system');
    await service.dispatch('saveSettings', { settings: { theme: 'dark' } });
    // A second change keeps the first one.
    const saved = await service.dispatch('saveSettings', { settings: { textSize: 'large' } });
    expect(value<{ settings: { theme: string; textSize: string } }>(saved).settings).toMatchObject({ theme: 'dark', textSize: 'large' });
    expect(await service.dispatch('saveSettings', { settings: { theme: 'purple' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await service.close();
    const again = (await makeService(dir)).service;
    expect(value<{ settings: { theme: string } }>(await again.dispatch('getSettings', {})).settings).toMatchObject({
      theme: 'dark',
      textSize: 'large',
    });
  });

  it('set a damaged settings file aside at start and tell the user', async () => {
    const dir = await tempDir();
    const { service } = await makeService(dir);
    await service.dispatch('saveSettings', { settings: { theme: 'dark' } });
    await service.close();
    await writeFile(join(dir, 'data', 'settings.json'), '{ damaged');
    const again = (await makeService(dir)).service;
    expect(value<{ settings: { theme: string } }>(await again.dispatch('getSettings', {})).settings.theme).toBe('system');
    const info = value<{ notices: { message: string }[] }>(await again.dispatch('getAppInfo', {}));
    expect(info.notices.map((n) => n.message).join('\n')).toMatch(/settings\.json .*settings are back to their defaults/);
  });
});
