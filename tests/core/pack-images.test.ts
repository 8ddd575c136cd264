import { describe, expect, it } from 'vitest';
import { hasImageSignature, isPackImageSrc, packImageFile, packImageSrc, parsePackImagePath } from '../../src/core/rules/pack-images.ts';
import { HOSTILE_SVG, PNG_4X3 } from '../fixtures/images.ts';

describe('pack image rules', () => {
  it('reads images/<file> references of raster types only', () => {
    expect(packImageFile('images/fanout.png')).toBe('fanout.png');
    expect(packImageFile('./images/2-Diagram_v1.JPEG')).toBe('2-Diagram_v1.JPEG');
    for (const bad of [
      'images/evil.svg',
      'images/../pack.yaml',
      'images/../images/x.png',
      'images/sub/x.png',
      'images/.hidden.png',
      '/images/x.png',
      'https://example.com/images/x.png',
      'data:image/png;base64,AAAA',
      'images/x.png?x=1',
      'images/x.html',
      'images/',
    ])
      expect(packImageFile(bad), bad).toBeUndefined();
  });

  it('builds a src the sanitizer keeps, and keeps nothing else', () => {
    const src = packImageSrc('my-bank', 'fanout.png');
    expect(src).toBe('./pack-images/my-bank/fanout.png');
    expect(isPackImageSrc(src)).toBe(true);
    for (const bad of [
      'https://evil.example/x.png',
      '//evil.example/pack-images/a/x.png',
      '/pack-images/a/x.png',
      './pack-images/../x.png',
      './pack-images/a/../../x.png',
      './pack-images/a/x.svg',
      './pack-images/a/b/x.png',
      'javascript:alert(1)//.png',
      'data:image/svg+xml,<svg/>',
    ])
      expect(isPackImageSrc(bad), bad).toBe(false);
  });

  it('parses a request path into a pack and a file, refusing traversal and other types', () => {
    expect(parsePackImagePath('/pack-images/my-bank/fanout.png')).toEqual({
      packId: 'my-bank',
      file: 'fanout.png',
      contentType: 'image/png',
    });
    expect(parsePackImagePath('/pack-images/b/x.webp')?.contentType).toBe('image/webp');
    expect(parsePackImagePath('/pack-images/b/x.JPG')?.contentType).toBe('image/jpeg');
    for (const bad of [
      '/pack-images/my-bank/../../secret.png',
      '/pack-images/../data/x.png',
      '/pack-images/my-bank/evil.svg',
      '/pack-images/my-bank/sub/x.png',
      '/pack-images/My-Bank/x.png',
      '/pack-images/my-bank/.x.png',
      '/pack-images/my-bank/x.png/',
      '/pack-images/my-bank/x.png\u0000.png',
    ])
      expect(parsePackImagePath(bad), bad).toBeUndefined();
  });

  it('knows an image by its bytes, not its name', () => {
    expect(hasImageSignature(PNG_4X3, 'image/png')).toBe(true);
    expect(hasImageSignature(HOSTILE_SVG, 'image/png')).toBe(false);
    expect(hasImageSignature(PNG_4X3, 'image/jpeg')).toBe(false);
    expect(hasImageSignature(Buffer.from('GIF89a....'), 'image/gif')).toBe(true);
    expect(hasImageSignature(Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'image/webp')).toBe(true);
    expect(hasImageSignature(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toBe(true);
    expect(hasImageSignature(HOSTILE_SVG, 'image/svg+xml')).toBe(false);
  });
});
