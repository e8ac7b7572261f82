/** A piece of HTML or SVG as plain data, so the engine can describe a chart that the page draws with its DOM helpers and the CLI writes as text. */
export interface Markup {
  tag: string;
  attrs?: Record<string, string | number>;
  children?: (Markup | string)[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The markup as HTML text; every text and attribute value escaped. */
export function markupText(node: Markup | string): string {
  if (typeof node === 'string') return escapeHtml(node);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
  return `<${node.tag}${attrs}>${(node.children ?? []).map(markupText).join('')}</${node.tag}>`;
}
