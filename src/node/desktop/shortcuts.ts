/**
 * Help → Keyboard shortcuts. The exam keys are listed from the one map the exam screen runs
 * (src/core/rules/exam-keys.ts); the window keys are the menu's.
 */
import { KEY_HELP, PRACTICE_KEY_HELP } from '../../core/rules/exam-keys.ts';

export interface Shortcut {
  keys: string[];
  does: string;
}

export interface ShortcutSection {
  title: string;
  shortcuts: Shortcut[];
}

export function shortcutSections(platform: string): ShortcutSection[] {
  const mac = platform === 'darwin';
  const mod = mac ? 'Cmd' : 'Ctrl';
  return [
    {
      title: 'During an exam',
      shortcuts: KEY_HELP.map(([keys, does]) => ({ keys: [keys], does })),
    },
    {
      title: 'During practice (the exam keys, and)',
      shortcuts: PRACTICE_KEY_HELP.filter((line) => !(KEY_HELP as readonly (readonly string[])[]).includes(line)).map(([keys, does]) => ({
        keys: [keys],
        does,
      })),
    },
    {
      title: 'Window',
      shortcuts: [
        { keys: [`${mod}+Plus`], does: 'zoom in' },
        { keys: [`${mod}+Minus`], does: 'zoom out' },
        { keys: [`${mod}+0`], does: 'actual size' },
        { keys: [mac ? 'Ctrl+Cmd+F' : 'F11'], does: 'full screen' },
        { keys: [mac ? 'Cmd+/' : 'F1'], does: 'this list of shortcuts' },
        { keys: [platform === 'win32' ? 'Alt+F4' : `${mod}+Q`], does: 'quit (your answers are already saved)' },
      ],
    },
  ];
}

export function shortcutsText(platform: string): string {
  return shortcutSections(platform)
    .map((section) => [section.title, ...section.shortcuts.map((s) => `  ${s.keys.join(' or ')}  —  ${s.does}`)].join('\n'))
    .join('\n\n');
}
