/**
 * An import as the user builds it: a file (and the images it refers to) read and previewed, a
 * format when detection is not enough, a pack name, the topic → domain mapping, then the import.
 * Files too large or empty are refused here, before anything is read or sent.
 */
import type { ImportFormat } from '../../../core/index.ts';
import { formatMegabytes, MAX_IMAGE_BYTES, MAX_IMPORT_BYTES, MAX_IMPORT_IMAGES_BYTES } from '../../../core/rules/file-limits.ts';
import type { Api } from '../../../shared/contract/client.ts';
import type { ImportPreview, ResponseOf } from '../../../shared/contract/index.ts';
import { AsyncAction } from '../../lib/async-action.svelte.ts';
import type { PickedFile } from './picked-file.ts';
import { suggestMapping } from './suggest-mapping.ts';

interface Upload {
  fileName: string;
  data: string;
}

export class ImportDraft {
  file = $state.raw<(Upload & { size: number }) | undefined>();
  images = $state.raw<Upload[]>([]);
  /** '' lets Proctor detect the format. */
  format = $state<ImportFormat | ''>('');
  preview = $state.raw<ImportPreview | undefined>();
  title = $state('');
  blueprintId = $state('');
  /** Topic → domain number; a topic not here stays Unassigned. */
  mapping = $state<Record<string, number>>({});
  result = $state.raw<ResponseOf<'importBank'> | undefined>();
  /** Why a picked file was refused before it was read (too large, empty). */
  fileError = $state('');
  readonly previewing = new AsyncAction();
  readonly importing = new AsyncAction();
  private titleEdited = false;

  constructor(private readonly api: Api) {}

  get blueprint(): ImportPreview['blueprints'][number] | undefined {
    return this.preview?.blueprints.find((b) => b.packId === this.blueprintId);
  }

  get canImport(): boolean {
    return !!this.preview && this.preview.questionCount > 0 && this.title.trim().length > 0 && !this.importing.busy && !this.result;
  }

  async chooseFile(picked: PickedFile | undefined): Promise<void> {
    this.fileError = '';
    this.result = undefined;
    this.preview = undefined;
    this.file = undefined;
    if (!picked) return;
    if (picked.size > MAX_IMPORT_BYTES) {
      this.fileError =
        `${picked.name} is ${formatMegabytes(picked.size)}: Proctor imports files up to ${formatMegabytes(MAX_IMPORT_BYTES)}. ` +
        'Split the bank into smaller files and import each.';
      return;
    }
    if (picked.size === 0) {
      this.fileError = `${picked.name} is empty: there is nothing to import.`;
      return;
    }
    const data = await this.previewing.run(() => picked.base64());
    if (data === undefined) return;
    this.file = { fileName: picked.name, data, size: picked.size };
    // A new file gets its own suggested name.
    this.title = '';
    this.titleEdited = false;
    await this.refresh();
  }

  async chooseImages(picked: PickedFile[]): Promise<void> {
    this.fileError = '';
    const tooLarge = picked.filter((p) => p.size > MAX_IMAGE_BYTES);
    const total = picked.reduce((sum, p) => sum + p.size, 0);
    if (tooLarge.length > 0 || total > MAX_IMPORT_IMAGES_BYTES) {
      this.fileError =
        tooLarge.length > 0
          ? `${tooLarge.map((p) => p.name).join(', ')}: an image may be up to ${formatMegabytes(MAX_IMAGE_BYTES)}.`
          : `The images come to ${formatMegabytes(total)}: pick up to ${formatMegabytes(MAX_IMPORT_IMAGES_BYTES)} of images at once.`;
      return;
    }
    const read = await this.previewing.run(() => Promise.all(picked.map(async (p) => ({ fileName: p.name, data: await p.base64() }))));
    if (read === undefined) return;
    this.images = read;
    if (this.file) await this.refresh();
  }

  async chooseFormat(format: ImportFormat | ''): Promise<void> {
    this.format = format;
    if (this.file) await this.refresh();
  }

  setTitle(title: string): void {
    this.title = title;
    this.titleEdited = true;
  }

  setBlueprint(packId: string): void {
    this.blueprintId = packId;
    const topics = this.preview?.topics.map((t) => t.topic) ?? [];
    this.mapping = suggestMapping(topics, this.blueprint?.domains ?? []);
  }

  /** `undefined` leaves the topic Unassigned. */
  setDomain(topic: string, domain: number | undefined): void {
    const { [topic]: _old, ...rest } = this.mapping;
    this.mapping = domain === undefined ? rest : { ...rest, [topic]: domain };
  }

  private request() {
    const file = this.file!;
    return {
      fileName: file.fileName,
      data: file.data,
      ...(this.format ? { format: this.format } : {}),
      ...(this.images.length > 0 ? { images: this.images } : {}),
    };
  }

  private async refresh(): Promise<void> {
    this.preview = undefined;
    this.result = undefined;
    const preview = await this.previewing.run(() => this.api.previewImport(this.request()));
    if (!preview) return;
    this.preview = preview;
    if (!this.titleEdited || !this.title.trim()) this.title = preview.suggestedTitle;
    const keep = preview.blueprints.some((b) => b.packId === this.blueprintId);
    this.setBlueprint(keep ? this.blueprintId : (preview.blueprints[0]?.packId ?? ''));
  }

  async submit(): Promise<void> {
    if (!this.canImport) return;
    // The contract caps a topic at 300 characters; a longer one stays Unassigned.
    const mapping = this.blueprint ? Object.fromEntries(Object.entries(this.mapping).filter(([topic]) => topic.length <= 300)) : {};
    const result = await this.importing.run(() =>
      this.api.importBank({
        ...this.request(),
        title: this.title.trim(),
        ...(this.blueprint ? { blueprintPackId: this.blueprint.packId } : {}),
        mapping,
      }),
    );
    if (result) this.result = result;
  }

  /** Starts again with another file. */
  reset(): void {
    this.file = undefined;
    this.images = [];
    this.format = '';
    this.preview = undefined;
    this.result = undefined;
    this.title = '';
    this.titleEdited = false;
    this.mapping = {};
    this.fileError = '';
    this.previewing.error = '';
    this.importing.error = '';
  }
}
