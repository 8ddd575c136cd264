/** The import screen's state with a fake Api: files refused before reading, preview, mapping, import. */
import { describe, expect, it } from 'vitest';
import type { Api } from '../../src/shared/contract/client.ts';
import type { ImportPreview } from '../../src/shared/contract/index.ts';
import { ImportDraft } from '../../src/renderer/features/import/import-draft.svelte.ts';
import type { PickedFile } from '../../src/renderer/features/import/picked-file.ts';
import { suggestDomain, suggestMapping } from '../../src/renderer/features/import/suggest-mapping.ts';
import { excerpt } from '../../src/renderer/features/import/excerpt.ts';

const DOMAINS = [
  { number: 1, title: 'Development with AWS Services' },
  { number: 2, title: 'Security' },
  { number: 3, title: 'Deployment' },
  { number: 4, title: 'Troubleshooting and Optimization' },
];

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    fileName: 'bank.md',
    format: 'markdown',
    formatName: 'Markdown checklist',
    encoding: 'utf-8',
    encodingName: 'UTF-8',
    questionCount: 3,
    questions: [],
    problemCount: 1,
    problems: [{ file: 'bank.md', line: 7, reason: 'no correct answer is marked' }],
    notes: [],
    topics: [
      { topic: 'Development', count: 2 },
      { topic: 'Misc', count: 1 },
    ],
    blueprints: [{ packId: 'dva-c02', title: 'DVA-C02', domains: DOMAINS }],
    suggestedTitle: 'Imported: bank',
    ...overrides,
  };
}

function file(name: string, text: string, size = text.length): PickedFile {
  return { name, size, base64: async () => Buffer.from(text).toString('base64'), text: async () => text };
}

function fakeApi(answer: () => Promise<ImportPreview> = async () => preview()) {
  const calls: { channel: string; request: Record<string, unknown> }[] = [];
  const api = {
    previewImport: async (request: Record<string, unknown>) => {
      calls.push({ channel: 'previewImport', request });
      return answer();
    },
    importBank: async (request: Record<string, unknown>) => {
      calls.push({ channel: 'importBank', request });
      return { pack: { id: 'my-bank', title: request.title }, imported: 3, skipped: 1, problems: [], backup: 'b1' };
    },
  } as unknown as Api;
  return { api, calls };
}

describe('the import draft', () => {
  it('refuses a file too large or empty before reading or sending it', async () => {
    const { api, calls } = fakeApi();
    const draft = new ImportDraft(api);
    await draft.chooseFile(file('huge.md', 'x', 11 * 1024 * 1024));
    expect(draft.fileError).toBe('huge.md is 11 MB: Proctor imports files up to 10 MB. Split the bank into smaller files and import each.');
    await draft.chooseFile(file('empty.md', ''));
    expect(draft.fileError).toMatch(/empty\.md is empty/);
    await draft.chooseImages([file('big.png', 'x', 6 * 1024 * 1024)]);
    expect(draft.fileError).toMatch(/big\.png: an image may be up to 5 MB/);
    expect(calls).toEqual([]);
    expect(draft.preview).toBeUndefined();
  });

  it('previews a file, suggests a name and the domains its topics name, and imports with the mapping', async () => {
    const { api, calls } = fakeApi();
    const draft = new ImportDraft(api);
    await draft.chooseFile(file('bank.md', '### Q?\n- [x] a\n- [ ] b\n'));
    expect(calls[0]).toEqual({ channel: 'previewImport', request: { fileName: 'bank.md', data: expect.any(String) } });
    expect(Buffer.from(calls[0]!.request.data as string, 'base64').toString()).toBe('### Q?\n- [x] a\n- [ ] b\n');
    expect(draft.title).toBe('Imported: bank');
    expect(draft.blueprintId).toBe('dva-c02');
    expect(draft.mapping).toEqual({ Development: 1 });
    draft.setDomain('Misc', 4);
    draft.setDomain('Development', undefined);
    draft.setTitle('  My bank  ');
    expect(draft.canImport).toBe(true);
    await draft.submit();
    expect(calls[1]).toEqual({
      channel: 'importBank',
      request: { fileName: 'bank.md', data: expect.any(String), title: 'My bank', blueprintPackId: 'dva-c02', mapping: { Misc: 4 } },
    });
    expect(draft.result?.imported).toBe(3);
    expect(draft.canImport).toBe(false);
  });

  it('sends the chosen format and the images again with the preview, and keeps a name the user typed', async () => {
    const { api, calls } = fakeApi();
    const draft = new ImportDraft(api);
    await draft.chooseFile(file('bank.txt', 'Q?\nA. a\nB. b\nANSWER: A\n'));
    draft.setTitle('Mine');
    await draft.chooseFormat('aiken');
    await draft.chooseImages([file('d.png', 'png')]);
    expect(calls.at(-1)!.request).toMatchObject({ format: 'aiken', images: [{ fileName: 'd.png', data: 'cG5n' }] });
    expect(draft.title).toBe('Mine');
  });

  it('shows why a preview failed, and cannot import a file without a question', async () => {
    const failing = fakeApi(async () => {
      throw new Error('cannot tell which format notes.txt is in');
    });
    const draft = new ImportDraft(failing.api);
    await draft.chooseFile(file('notes.txt', 'hello'));
    expect(draft.previewing.error).toMatch(/cannot tell which format/);
    expect(draft.canImport).toBe(false);
    const empty = new ImportDraft(fakeApi(async () => preview({ questionCount: 0, topics: [] })).api);
    await empty.chooseFile(file('notes.md', '# Notes'));
    expect(empty.preview?.questionCount).toBe(0);
    expect(empty.canImport).toBe(false);
  });

  it('imports with no mapping when no built-in pack gives domains', async () => {
    const { api, calls } = fakeApi(async () => preview({ blueprints: [] }));
    const draft = new ImportDraft(api);
    await draft.chooseFile(file('bank.md', '### Q?'));
    await draft.submit();
    expect(calls[1]!.request).toEqual({ fileName: 'bank.md', data: expect.any(String), title: 'Imported: bank', mapping: {} });
  });
});

describe('the suggested mapping', () => {
  it('maps a topic that names a domain, and leaves loose matches Unassigned', () => {
    expect(suggestDomain('Security', DOMAINS)).toBe(2);
    expect(suggestDomain('Development', DOMAINS)).toBe(1);
    expect(suggestDomain('Domain 3', DOMAINS)).toBe(3);
    expect(suggestDomain('D4: Troubleshooting', DOMAINS)).toBe(4);
    expect(suggestDomain('Domain 2: Security', DOMAINS)).toBe(2);
    expect(suggestDomain('Troubleshooting & Optimization', DOMAINS)).toBe(4);
    expect(suggestDomain('Secure', DOMAINS)).toBeUndefined();
    expect(suggestDomain('Dev', DOMAINS)).toBeUndefined();
    expect(suggestDomain('Security and Deployment', DOMAINS)).toBeUndefined();
    expect(suggestDomain('Unassigned', DOMAINS)).toBeUndefined();
    expect(suggestDomain('Domain 9', DOMAINS)).toBeUndefined();
    expect(suggestMapping(['Security', 'Misc'], DOMAINS)).toEqual({ Security: 2 });
  });

  it('shows a question as one short line of text', () => {
    expect(excerpt('Which **two**?\n\n```json\n{ "a": 1 }\n```\n![Fan-out](images/f.png) [docs](https://x.y)')).toBe(
      'Which two? { "a": 1 } [image: Fan-out] docs',
    );
    expect(excerpt('word '.repeat(100), 20)).toBe('word word word word…');
    expect(excerpt('s3_bucket_name')).toBe('s3_bucket_name');
  });
});
