/**
 * Exam packs are untrusted: Markdown is rendered with raw HTML off, then sanitized, and links
 * are forced to open outside the app. SafeHtml is the only place the result is inserted.
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

// markdown-it already refuses javascript: and data: links; we also drop everything but https.
markdown.validateLink = (url: string) => /^https:\/\//i.test(url.trim());

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  // Wide code (policies, templates) scrolls sideways: keyboard users must be able to reach it.
  if (node.tagName === 'PRE') node.setAttribute('tabindex', '0');
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (!/^https:\/\//i.test(href)) node.removeAttribute('href');
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

const cache = new Map<string, string>();

export function renderMarkdown(source: string, inline = false): string {
  const key = (inline ? 'i:' : 'b:') + source;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = inline ? markdown.renderInline(source) : markdown.render(source);
  const safe = DOMPurify.sanitize(html, {
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
    ],
    ALLOWED_ATTR: ['href', 'target', 'rel', 'class'],
  });
  if (cache.size > 2000) cache.clear();
  cache.set(key, safe);
  return safe;
}

export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
