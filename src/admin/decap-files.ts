/**
 * Which of the decap-cms package's files the site serves under /admin/decap-cms/: the
 * bundle, the chunks and WebAssembly it loads from beside itself, and its licence notice.
 * Not the twin `cms.js` build nor the source maps.
 */
export const DECAP_FOLDER = 'admin/decap-cms';
export const DECAP_SCRIPT = `${DECAP_FOLDER}/decap-cms.js`;

export function isServedDecapFile(name: string): boolean {
  return /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|^[0-9a-f]+\.wasm$/.test(name);
}
