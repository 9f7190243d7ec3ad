/**
 * XML 1.0 cannot carry C0 control characters other than tab, LF and CR, nor lone
 * surrogates or U+FFFE/U+FFFF; one of them in a release would make a feed unreadable.
 * C1 controls (U+0080–U+009F) are allowed but discouraged, and readers show them as "�"
 * (newsboat did, 553 times in 39 feeds of real releases). https://www.w3.org/TR/xml/#charsets
 */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Escapes text for an XML attribute or element written by hand. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
