/**
 * Which text encoding a file's bytes are in, and their text. A byte-order mark decides first
 * (UTF-8, UTF-16 LE/BE); then bytes that are valid UTF-8 are UTF-8; else the file is a one-byte
 * Western encoding: Windows-1252 when it uses the bytes 0x80-0x9F that Windows-1252 gives
 * printable characters (curly quotes, dashes, the euro sign), otherwise Latin-1 (ISO-8859-1). A
 * file with valid UTF-8 sequences that still fails as UTF-8 was pasted together from several
 * sources: it is read line by line.
 */
import type { TextEncoding } from './result.ts';

// Windows-1252's characters for 0x80-0x9F; 0 where the code page leaves a byte undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function isUtf8(bytes: Uint8Array, start: number): boolean {
  for (let i = start; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0 || i + extra >= bytes.length) return false;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    // Overlong three-byte forms and UTF-16 surrogates are not UTF-8.
    if (b === 0xe0 && bytes[i + 1]! < 0xa0) return false;
    if (b === 0xed && bytes[i + 1]! > 0x9f) return false;
    if (b === 0xf0 && bytes[i + 1]! < 0x90) return false;
    if (b === 0xf4 && bytes[i + 1]! > 0x8f) return false;
    i += extra + 1;
  }
  return true;
}

function decodeUtf8(bytes: Uint8Array, start: number): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(start));
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = [];
  const parts: string[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    if (units.length >= 8192) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

function decodeSingleByte(bytes: Uint8Array, windows: boolean): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (const b of bytes) {
    chunk.push(windows && b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b);
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/** Two-to-four-byte UTF-8 sequences: a file that has them and fails as UTF-8 mixes encodings. */
function hasUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0xc2 && b <= 0xf4 && (bytes[i + 1]! & 0xc0) === 0x80 && isUtf8(bytes.subarray(i, i + (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2)), 0))
      return true;
  }
  return false;
}

/** Banks pasted together from several sources: each line decoded as UTF-8 when it is, else as Windows-1252. */
function decodeMixed(bytes: Uint8Array): string {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    lines.push(isUtf8(line, 0) ? decodeUtf8(line, 0) : decodeSingleByte(line, true));
    start = i + 1;
  }
  return lines.join('\n');
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeUtf8(bytes, 3), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, true), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, false), encoding: 'utf-16be' };
  if (isUtf8(bytes, 0)) return { text: decodeUtf8(bytes, 0), encoding: 'utf-8' };
  if (hasUtf8Sequences(bytes)) return { text: decodeMixed(bytes), encoding: 'mixed' };
  const windows = bytes.some((b) => b >= 0x80 && b <= 0x9f && CP1252_HIGH[b - 0x80] !== 0);
  return { text: decodeSingleByte(bytes, windows), encoding: windows ? 'windows-1252' : 'latin-1' };
}

/** A readable name for the preview. */
export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 LE (BOM)',
  'utf-16be': 'UTF-16 BE (BOM)',
  'windows-1252': 'Windows-1252',
  'latin-1': 'Latin-1 (ISO-8859-1)',
  mixed: 'UTF-8 and Windows-1252 mixed (read line by line)',
};
