/**
 * The user's settings (`settings.json`): read and validated at start (a missing file means the
 * defaults), written durably on each save. A damaged file is set aside with a notice and the
 * defaults are used; a file from a newer Proctor is left as it is and the defaults are used
 * without writing over it.
 */
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { applySettingsPatch, DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '../../core/index.ts';
import { NewerDataError } from './migrations.ts';
import type { NoticeLog } from './notices.ts';
import { openSmallFile } from './small-file.ts';
import { CURRENT_SCHEMA_VERSION } from './stored-schemas.ts';

export const settingsFileSchema = z.object({ schemaVersion: z.literal(CURRENT_SCHEMA_VERSION), settings: settingsSchema });
type SettingsFile = z.infer<typeof settingsFileSchema>;

export class SettingsStore {
  readonly path: string;
  private db: Low<SettingsFile> | undefined;
  private newer: string | undefined;
  /** Saves run one after another, so the file always ends with the last one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly notices: NoticeLog,
  ) {
    this.path = join(dataDir, 'settings.json');
  }

  async init(): Promise<void> {
    const fresh = (): SettingsFile => ({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS } });
    this.newer = undefined;
    try {
      ({ db: this.db } = await openSmallFile<SettingsFile>(
        this.path,
        settingsFileSchema,
        fresh,
        this.notices,
        'your settings are back to their defaults; change them again under Settings.',
      ));
    } catch (error) {
      if (!(error instanceof NewerDataError)) throw error;
      this.db = undefined;
      this.newer = error.message;
      this.notices.add('warning', `${error.message} Your settings are shown at their defaults until then.`);
    }
  }

  get(): Settings {
    return this.db?.data.settings ?? { ...DEFAULT_SETTINGS };
  }

  /** Applies a change, checks the result as a whole and writes it durably; answers what is saved. */
  save(patch: SettingsPatch): Promise<Settings> {
    const run = this.queue.then(async () => {
      if (!this.db) throw new NewerDataError(this.newer ?? `${this.path} is not open`);
      const settings = applySettingsPatch(this.db.data.settings, patch);
      await this.db.adapter.write({ schemaVersion: CURRENT_SCHEMA_VERSION, settings });
      this.db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, settings };
      return settings;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
