/**
 * Help → Keyboard shortcuts. The exam keys are the renderer's (src/renderer/lib/exam-keys.ts; a
 * test checks every key listed here does what it says there); the window keys are the menu's.
 */

export interface Shortcut {
  keys: string[];
  does: string;
  /** For exam keys: the renderer command each key gives ('select': the key's position is the option). */
  command?: 'select' | 'next' | 'previous' | 'flag';
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
      shortcuts: [
        { keys: ['1', '2', '3', '4', '5', '6'], does: 'choose the first to sixth option', command: 'select' },
        { keys: ['A', 'B', 'C', 'D', 'E'], does: 'choose option A to E', command: 'select' },
        { keys: ['N', '→'], does: 'next question', command: 'next' },
        { keys: ['P', '←'], does: 'previous question', command: 'previous' },
        { keys: ['F'], does: 'flag for review (so a sixth option is chosen with 6)', command: 'flag' },
      ],
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
