/**
 * Moodle stores question text as HTML. It becomes markdown that the app renders the way it
 * renders every pack (markdown-it with HTML off, then DOMPurify), so nothing of the HTML runs:
 * scripts, styles and embedded objects are dropped with their content, links keep only https
 * targets, and images keep only their path (a relative one is then copied into the pack or
 * reported). Turndown does the conversion: it escapes markdown characters in text, so a "1."
 * in a sentence does not become a list.
 */
import TurndownService from 'turndown';

const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });

service.remove(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'form', 'input', 'button', 'select', 'textarea']);

service.addRule('safe-links', {
  filter: 'a',
  replacement: (content, node) => {
    const href = (node as { getAttribute(name: string): string | null }).getAttribute('href') ?? '';
    return /^https:\/\//i.test(href.trim()) && content.trim() ? `[${content}](${href.trim()})` : content;
  },
});

service.addRule('images', {
  filter: 'img',
  replacement: (_content, node) => {
    const element = node as { getAttribute(name: string): string | null };
    const src = (element.getAttribute('src') ?? '').trim().replace(/^@@PLUGINFILE@@\//, '');
    const alt = (element.getAttribute('alt') ?? '').replace(/[[\]]/g, '');
    if (!src || /^(javascript|data|vbscript|file):/i.test(src)) return alt;
    return `![${alt}](${decodeURIComponentSafe(src).replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
  },
});

// Moodle editors wrap code in <pre> without <code>: keep it a fenced block.
service.addRule('bare-pre', {
  filter: (node) => node.nodeName === 'PRE' && !node.querySelector('code'),
  replacement: (_content, node) => `\n\n\`\`\`\n${(node.textContent ?? '').replace(/\n$/, '')}\n\`\`\`\n\n`,
});

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function htmlToMarkdown(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return service
    .turndown(html)
    .replace(/\u00a0/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
