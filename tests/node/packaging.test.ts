/**
 * Packaging, checked without building (building downloads Electron): electron-builder.yml is
 * loaded and validated by electron-builder's own code against its own schema (app-builder-lib's
 * scheme.json), and every file it names exists, icons included, at the sizes installers use.
 */
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeIcns, decodeIco, ICNS_TYPES, pngSize } from '../../scripts/icon-formats.ts';

type Config = Awaited<ReturnType<typeof getConfig>>;
const config = await getConfig(process.cwd(), null, null);
const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { main: string; scripts: Record<string, string> };
const validate = (candidate: Config) => validateConfiguration(candidate, new DebugLogger(false));
/** electron-builder normalizes `files` to [{ filter: [...] }]. */
const filePatterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('would be rejected by that validation if it were wrong (the check can fail)', async () => {
    await expect(validate({ ...config, linux: { ...config.linux, targte: ['deb'] } } as unknown as Config)).rejects.toThrow(
      /configuration\.linux/,
    );
    await expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } } as unknown as Config)).rejects.toThrow(
      /electronFuses/,
    );
    await expect(validate({ ...config, notAnOption: true } as unknown as Config)).rejects.toThrow(/notAnOption/);
  });

  it('builds AppImage and deb, dmg and NSIS, with today’s fuses, through `npm run dist`', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
    expect(pkg.scripts.dist).toMatch(/^npm run build --silent && electron-builder --publish never$/);
  });

  it('ships the built app: every file pattern matches files, the main and preload among them', async () => {
    expect(filePatterns).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map']);
    for (const pattern of filePatterns) {
      if (pattern.startsWith('!')) continue;
      const base = pattern.replace(/\/\*\*$/, '');
      if (pattern.endsWith('/**')) expect((await filesUnder(base)).length, pattern).toBeGreaterThan(0);
      else expect(existsSync(pattern), pattern).toBe(true);
    }
    for (const file of [pkg.main, 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      expect(existsSync(file), file).toBe(true);
      expect(
        filePatterns.some((p) => file === p || file.startsWith(p.replace(/\*\*$/, ''))),
        file,
      ).toBe(true);
    }
  });

  it('ships exams/ as extra resources: every pack’s files pass the filter', async () => {
    const [resource] = config.extraResources as { from: string; to: string; filter: string[] }[];
    expect(resource).toMatchObject({ from: 'exams', to: 'exams' });
    const files = await filesUnder(resource!.from);
    const extensions = resource!.filter.map((f) => f.replace('**/*', ''));
    expect(files.some((f) => f.endsWith(join('dva-c02', 'pack.yaml')))).toBe(true);
    for (const file of files)
      expect(
        extensions.some((e) => file.endsWith(e)),
        file,
      ).toBe(true);
  });

  it('names icons that exist, at the sizes each platform asks for', async () => {
    expect(existsSync(config.directories!.buildResources!)).toBe(true);
    const linux = config.linux!.icon!;
    const pngs = (await readdir(linux)).filter((n) => n.endsWith('.png'));
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(pngs, `${size}px`).toContain(`${size}x${size}.png`);
    for (const name of pngs) {
      const size = Number(/^(\d+)x/.exec(name)![1]);
      expect(pngSize(await readFile(join(linux, name)))).toEqual({ width: size, height: size });
    }
    const ico = decodeIco(await readFile(config.win!.icon!));
    expect(ico.map((png) => pngSize(png).width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const icns = decodeIcns(await readFile(config.mac!.icon!));
    for (const [type, size] of ICNS_TYPES) expect(pngSize(icns.get(type)!), type).toEqual({ width: size, height: size });
  });
});
