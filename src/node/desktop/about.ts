/** The About dialog's text: what someone reporting a problem needs to say which Proctor they run. */

export interface AboutInfo {
  appName: string;
  appVersion: string;
  /** process.versions of the main process (electron, chrome, node, v8). */
  versions: Partial<Record<'electron' | 'chrome' | 'node' | 'v8', string>>;
  platform: string;
  arch: string;
  osRelease: string;
  dataDir: string;
}

export interface AboutText {
  title: string;
  message: string;
  detail: string;
}

const PLATFORMS: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };

export function aboutText(info: AboutInfo): AboutText {
  const version = (name: string) => info.versions[name as keyof AboutInfo['versions']] ?? 'unknown';
  const lines = [
    `Version ${info.appVersion}`,
    `Electron ${version('electron')}`,
    `Chromium ${version('chrome')}`,
    `Node ${version('node')}`,
    `V8 ${version('v8')}`,
    `${PLATFORMS[info.platform] ?? info.platform} ${info.osRelease} (${info.arch})`,
    '',
    `Data folder: ${info.dataDir}`,
    '',
    'An offline exam simulator. No account, no network: your data stays in the data folder.',
  ];
  return { title: `About ${info.appName}`, message: `${info.appName} ${info.appVersion}`, detail: lines.join('\n') };
}
