/** A question's markdown as a short line of plain text, for the import preview's list. */
export function excerpt(markdown: string, max = 220): string {
  const text = markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, (_m, code: string) => ` ${code} `)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_m, alt: string) => `[image${alt ? `: ${alt}` : ''}]`)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
