/**
 * Exam packs are untrusted: Markdown is rendered with raw HTML off, then sanitized, and links
 * are forced to open outside the app. SafeHtml is the only place the result is inserted.
 * Images: only a pack's own (`images/<file>`, raster types), loaded from the app's pack-images
 * route; any other image (remote, data:, SVG, a path out of images/) shows as its text.
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { isPackImageSrc, packImageFile, packImageSrc } from '../../core/rules/pack-images.ts';
import { IdleWork } from './idle-work.ts';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

// markdown-it already refuses javascript: and data: links; we also drop everything but https
// (and a pack's own images, which the image rule below turns into the pack-images route).
markdown.validateLink = (url: string) => /^https:\/\//i.test(url.trim()) || packImageFile(url) !== undefined;

/** `packId`: the pack the text comes from, whose images may show. */
type RenderEnv = Record<string, unknown> & { packId?: string };

const renderImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, index, options, env: RenderEnv | undefined, self) => {
  const token = tokens[index]!;
  const file = packImageFile(String(token.attrGet('src') ?? ''));
  if (!file || !env?.packId) {
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    return `<span class="image-missing">[image${alt ? `: ${markdown.utils.escapeHtml(alt)}` : ''}]</span>`;
  }
  token.attrSet('src', packImageSrc(env.packId, file));
  return renderImage(tokens, index, options, env, self);
};

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  // Wide code (policies, templates) scrolls sideways: keyboard users must be able to reach it.
  if (node.tagName === 'PRE') node.setAttribute('tabindex', '0');
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (!/^https:\/\//i.test(href)) node.removeAttribute('href');
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.tagName === 'IMG') {
    if (!isPackImageSrc(node.getAttribute('src') ?? '')) node.remove();
    else node.setAttribute('loading', 'lazy');
  }
});

// Set once: passed to every call, the configuration is parsed again each time.
DOMPurify.setConfig({
  ALLOWED_TAGS: [
    'p',
    'br',
    'strong',
    'em',
    'code',
    'pre',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'del',
    's',
    'img',
    'span',
  ],
  ALLOWED_ATTR: ['href', 'target', 'rel', 'class', 'src', 'alt', 'title'],
});

/** Sanitized texts, parsed once: showing one again is a clone, not another parse. */
const cache = new Map<string, DocumentFragment>();
const cacheKey = (source: string, inline: boolean, packId: string | undefined) => `${inline ? 'i' : 'b'}:${packId ?? ''}:${source}`;
const warming = new IdleWork();
let lists = 0;

/**
 * Renders texts the screen is about to show while the browser is idle. Sanitizing parses a whole
 * document per text (most of a millisecond each): done on a key press, the next question's stem
 * and options would not fit in half a frame. `sources` is read when idle too, nearest first.
 */
export function warmMarkdown(sources: () => Iterable<string>, packId?: string): void {
  warming.add(`list ${++lists}`, () => {
    for (const source of sources()) {
      const key = cacheKey(source, false, packId);
      if (!cache.has(key)) warming.add(key, () => renderMarkdown(source, false, packId));
    }
  });
}

/**
 * The text as sanitized nodes, a fresh copy on each call to be inserted as it is.
 * `packId`: the pack the text belongs to, so its images show; without it they show as text.
 */
export function renderMarkdown(source: string, inline = false, packId?: string): DocumentFragment {
  const key = cacheKey(source, inline, packId);
  let parsed = cache.get(key);
  if (parsed === undefined) {
    const env: RenderEnv = packId ? { packId } : {};
    const html = inline ? markdown.renderInline(source, env) : markdown.render(source, env);
    const template = document.createElement('template');
    template.innerHTML = DOMPurify.sanitize(html);
    parsed = template.content;
    if (cache.size > 2000) cache.clear();
    cache.set(key, parsed);
  }
  return document.importNode(parsed, true);
}

export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
