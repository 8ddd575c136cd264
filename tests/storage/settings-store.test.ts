/** settings.json on real files: defaults, a round trip through a restart, a damaged file set aside. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/index.ts';
import { NoticeLog } from '../../src/node/storage/notices.ts';
import { SettingsStore } from '../../src/node/storage/settings-store.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function open(dir: string) {
  const notices = new NoticeLog();
  const store = new SettingsStore(dir, notices);
  await store.init();
  return { store, notices };
}

describe('the settings file', () => {
  it('starts at the defaults without writing a file', async () => {
    const dir = await tempDir();
    const { store, notices } = await open(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await readdir(dir)).toEqual([]);
    expect(notices.list()).toEqual([]);
  });

  it('saves a change durably, with its schema version, and reads it after a restart', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    const saved = await first.store.save({ theme: 'dark', textSize: 'x-large' });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'x-large' });
    await first.store.save({ practiceReveal: 'at-once' });
    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk).toEqual({ schemaVersion: 2, settings: { ...saved, practiceReveal: 'at-once' } });
    const again = await open(dir);
    expect(again.store.get()).toEqual({ ...saved, practiceReveal: 'at-once' });
    expect(again.notices.list()).toEqual([]);
  });

  it('refuses an invalid change and keeps what was saved', async () => {
    const dir = await tempDir();
    const { store } = await open(dir);
    await store.save({ drillCount: 30 });
    await expect(store.save({ drillCount: -1 })).rejects.toThrow();
    expect(store.get().drillCount).toBe(30);
    expect((await open(dir)).store.get().drillCount).toBe(30);
  });

  it('migrates an unversioned file from an older Proctor', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ settings: { theme: 'light' } }));
    const { store, notices } = await open(dir);
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(notices.list()).toEqual([]);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 2, "settings": {'],
    ['an invalid value', JSON.stringify({ schemaVersion: 2, settings: { theme: 'purple' } })],
    ['an empty file', ''],
  ])('sets aside a file with %s, uses the defaults and says so', async (_what, text) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), text);
    const { store, notices } = await open(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const files = await readdir(dir);
    const aside = files.find((f) => f.startsWith('settings.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toBe(text);
    expect(files).not.toContain('settings.json');
    expect(notices.list()).toHaveLength(1);
    expect(notices.list()[0]!.message).toMatch(/settings\.json .*moved to .*settings are back to their defaults/);
    // A save afterwards writes a fresh file, and never over the one set aside.
    await store.save({ theme: 'dark' });
    expect((await open(dir)).store.get().theme).toBe('dark');
    expect(await readFile(join(dir, aside!), 'utf8')).toBe(text);
  });

  it('leaves a file from a newer Proctor as it is and refuses to write over it', async () => {
    const dir = await tempDir();
    const text = JSON.stringify({ schemaVersion: 99, settings: { theme: 'dark' } });
    await writeFile(join(dir, 'settings.json'), text);
    const { store, notices } = await open(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(notices.list()[0]!.message).toMatch(/newer Proctor/);
    await expect(store.save({ theme: 'light' })).rejects.toThrow(/newer Proctor/);
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(text);
  });
});

describe('saves in quick succession', () => {
  it('end with the last one, on disk as in memory', async () => {
    const dir = await tempDir();
    const { store } = await open(dir);
    await Promise.all([store.save({ theme: 'light' }), store.save({ theme: 'dark' }), store.save({ textSize: 'large' })]);
    expect(store.get()).toMatchObject({ theme: 'dark', textSize: 'large' });
    expect((await open(dir)).store.get()).toMatchObject({ theme: 'dark', textSize: 'large' });
  });
});
