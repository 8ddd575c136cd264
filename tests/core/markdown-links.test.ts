/** The link scan reads only the blocks that can hold links, and finds what a full parse finds. */
import { readdirSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { scanMarkdown } from '../../src/core/pack/markdown-links.ts';

/** Every block parsed inline, as the renderer's parser does: the scan must agree with it. */
function fullScan(text: string) {
  const parser = new MarkdownIt({ html: true, linkify: false, typographer: false });
  parser.validateLink = () => true;
  const links: { url: string; kind: string; line: number }[] = [];
  const rawHtml = new Set<number>();
  for (const block of parser.parse(text, {})) {
    const start = 1 + (block.map?.[0] ?? 0);
    if (block.type === 'html_block') rawHtml.add(start);
    let line = start;
    for (const token of block.children ?? []) {
      if (token.type === 'softbreak' || token.type === 'hardbreak') line++;
      else if (token.type === 'link_open') links.push({ url: String(token.attrGet('href')), kind: 'link', line });
      else if (token.type === 'image') links.push({ url: String(token.attrGet('src')), kind: 'image', line });
      else if (token.type === 'html_inline') rawHtml.add(line);
    }
  }
  return { links, rawHtmlLines: [...rawHtml].sort((a, b) => a - b) };
}

const tricky = [
  'Plain text\nover lines\n\nthen [a link](https://a.example/x)\nand ![an image](images/b.png) on line 4',
  'See [it][ref] and [that] too.\n\n[ref]: https://ref.example/\n[that]: ftp://that.example/',
  '`[not a link](https://code.example)` but <https://auto.example> and <b>raw</b>',
  '- item one\n- item [two](https://two.example)\n\n| a | b |\n|---|---|\n| [c](https://c.example) | d |',
  'Only <https://auto.example> here\n\nand <em>raw</em> html',
  '<div>\nblock html\n</div>\n\n> quoted\n> [q](https://q.example)',
  'Escaped \\[no link\\](https://no.example) and &#91;entity&#93;(https://entity.example)',
];

describe('the link scan', () => {
  it.each(tricky.map((text, i) => [i, text]))('agrees with a full parse on tricky text %i', (_i, text) => {
    expect(scanMarkdown(text as string)).toEqual(fullScan(text as string));
  });

  it('agrees with a full parse on every note of the bank', () => {
    const dir = 'exams/dva-c02/notes';
    for (const name of readdirSync(dir)) {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      expect(scanMarkdown(text), name).toEqual(fullScan(text));
    }
  });
});
