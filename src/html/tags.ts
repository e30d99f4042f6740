/** Element classes shared by the HTML stages. */

export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math',
  'head', 'title', 'meta', 'link', 'form', 'button', 'select', 'option', 'textarea', 'input', 'map',
]);

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** The elements the title, meta and page-hint readers look at. */
export const INDEXED_TAGS: ReadonlySet<string> = new Set(['meta', 'link', 'title', 'h1', 'h2', 'h3']);
