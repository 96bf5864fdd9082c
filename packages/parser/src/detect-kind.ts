/**
 * Markup at the start of a document: an XML declaration, a doctype, a comment (a browser's
 * `<!-- saved from url=… -->`) or one of the tags a saved page opens with. A copied transcript starts with its title, never with `<`; its `<…>` omissions are not tags.
 */
const MARKUP_START =
  /^\s*<(?:\?xml|!doctype\s+html|!--|html|head|body|meta|div|article|section|p|h1|span|table|link|title)[\s>/]/i;
const ANY_TAG = /<\/?(?:html|body|div|p|span|a|b|br)[\s>/]/i;

/**
 * HTML or text, by content first; the file name only settles a document that starts otherwise but
 * carries tags (a page fragment saved as `.html`).
 */
export function detectKind(source: string, fileName: string | null): 'html' | 'text' {
  const head = source.slice(0, 4096);
  if (MARKUP_START.test(head)) return 'html';
  if (fileName && /\.x?html?$/i.test(fileName) && ANY_TAG.test(head)) return 'html';
  return 'text';
}
