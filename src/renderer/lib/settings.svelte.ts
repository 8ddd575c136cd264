/**
 * The user's settings as renderer state: read once at start (and after each save), applied to
 * the page (theme and text size as attributes of <html>, which app.css follows), and readable by
 * any screen: `settings.practiceReveal` for a new practice attempt, `settings.value` for the rest.
 * The last settings seen are kept in localStorage only to paint the first frame in the right
 * theme and size before the data folder answers; the data folder's file is the truth.
 */
import type { Settings, SettingsPatch } from '../../shared/contract/index.ts';
import type { Api } from '../../shared/contract/client.ts';
import { SETTINGS_DEFAULTS, TEXT_SIZES, THEMES } from '../../core/rules/settings-rules.ts';
import { errorMessage } from './format.ts';

const CACHE_KEY = 'proctor.appearance';

type Appearance = Pick<Settings, 'theme' | 'textSize'>;

/** Sets the theme and the text size on <html>; "system" leaves the colours to the OS. */
export function applyAppearance({ theme, textSize }: Appearance, root = globalThis.document?.documentElement): void {
  if (!root) return;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (textSize === 'medium') delete root.dataset.textSize;
  else root.dataset.textSize = textSize;
}

/** What the last run saved, if it is still a valid choice: used only until the file is read. */
function cachedAppearance(): Appearance | undefined {
  try {
    const cached = JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null') as Partial<Appearance> | null;
    const theme = THEMES.find((t) => t === cached?.theme);
    const textSize = TEXT_SIZES.find((s) => s === cached?.textSize);
    return theme && textSize ? { theme, textSize } : undefined;
  } catch {
    return undefined;
  }
}

export class SettingsState {
  #value = $state<Settings>({ ...SETTINGS_DEFAULTS });
  #loaded = $state(false);
  error = $state('');
  /** Saves go one after another, so the screen ends with what the user chose last. */
  private queue: Promise<unknown> = Promise.resolve();

  get value(): Settings {
    return this.#value;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  /** How a new practice attempt reveals the key: on "Check answer" or at once. */
  get practiceReveal(): Settings['practiceReveal'] {
    return this.#value.practiceReveal;
  }

  /** Paints the first frame with the appearance the last run saved, before the file is read. */
  applyCached(): void {
    const cached = cachedAppearance();
    if (cached) {
      this.#value = { ...this.#value, ...cached };
      applyAppearance(cached);
    }
  }

  async load(api: Api): Promise<void> {
    try {
      this.set((await api.getSettings({})).settings);
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Saves a change; throws when it could not be saved (the screen says so), keeping what was. */
  save(api: Api, patch: SettingsPatch): Promise<void> {
    const run = this.queue.then(async () => this.set((await api.saveSettings({ settings: patch })).settings));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private set(settings: Settings): void {
    this.#value = settings;
    this.#loaded = true;
    applyAppearance(settings);
    try {
      localStorage.setItem(CACHE_KEY, JSON.stringify({ theme: settings.theme, textSize: settings.textSize }));
    } catch {
      /* storage unavailable: the next start paints the defaults first, then the saved settings */
    }
  }
}

export const settings = new SettingsState();
