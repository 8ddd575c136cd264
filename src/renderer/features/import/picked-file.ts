/** A file the user picked, as the import and restore screens need it: name, size, contents. */
export interface PickedFile {
  name: string;
  size: number;
  /** The bytes as base64 (what the import channels carry). */
  base64: () => Promise<string>;
  text: () => Promise<string>;
}

/** Reads through FileReader's data URL: fast even for a 10 MB file, no string building. */
function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`could not read the file: ${reader.error?.message ?? 'unknown error'}`));
    reader.readAsDataURL(file);
  });
}

export function pickedFile(file: File): PickedFile {
  return { name: file.name, size: file.size, base64: () => readBase64(file), text: () => file.text() };
}

/** The files of a file input, as picked files. */
export function pickedFiles(input: HTMLInputElement): PickedFile[] {
  return [...(input.files ?? [])].map(pickedFile);
}
