/**
 * The links, images and raw HTML of a Markdown text, found with the same parser the renderer
 * uses, so the validator checks exactly what a reader would be offered. Lines are 1-based.
 */
import MarkdownIt from 'markdown-it';

export interface MarkdownLink {
  url: string;
  kind: 'link' | 'image';
  line: number;
}

export interface MarkdownScan {
  links: MarkdownLink[];
  /** Lines holding raw HTML, which the renderer shows as text (html is off there). */
  rawHtmlLines: number[];
}

// html: true only so that raw HTML shows up as its own tokens; nothing is rendered here.
const parser = new MarkdownIt({ html: true, linkify: false, typographer: false });
// See every link, including the ones the renderer refuses (javascript:, http:), to report them.
parser.validateLink = () => true;
// Inline parsing is most of the cost, and only text with "[" (links, images) or "<" (autolinks,
// raw HTML) can hold what is looked for here: the other blocks are left unparsed.
parser.core.ruler.disable(['inline', 'text_join']);
const MAY_HOLD_LINKS = /[[<]/;

type Token = ReturnType<typeof parser.parse>[number];

export function scanMarkdown(text: string, firstLine = 1): MarkdownScan {
  const links: MarkdownLink[] = [];
  const rawHtml = new Set<number>();
  // One env for the whole text: it carries the reference definitions ([ref]: url) to the links.
  const env = {};
  for (const block of parser.parse(text, env)) {
    const start = firstLine + (block.map?.[0] ?? 0);
    if (block.type === 'html_block') rawHtml.add(start);
    if (block.type === 'inline' && MAY_HOLD_LINKS.test(block.content))
      parser.inline.parse(block.content, parser, env, (block.children = []));
    let line = start;
    for (const token of block.children ?? ([] as Token[])) {
      if (token.type === 'softbreak' || token.type === 'hardbreak') line++;
      else if (token.type === 'link_open') links.push({ url: String(token.attrGet('href') ?? ''), kind: 'link', line });
      else if (token.type === 'image') links.push({ url: String(token.attrGet('src') ?? ''), kind: 'image', line });
      else if (token.type === 'html_inline') rawHtml.add(line);
    }
  }
  return { links, rawHtmlLines: [...rawHtml].sort((a, b) => a - b) };
}
