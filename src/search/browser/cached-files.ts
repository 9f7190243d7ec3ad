/** Files of the search's directories, fetched once each and kept decoded. */
export function cachedFiles<T>(
  folder: URL,
  decode: (bytes: Uint8Array<ArrayBuffer>) => Promise<T>,
): (file: string) => Promise<T> {
  const read = new Map<string, Promise<T>>();
  return (file) => {
    let content = read.get(file);
    if (!content) {
      content = fetchBytes(new URL(file, folder)).then(decode);
      // A failed read is tried again by the next search.
      content.catch(() => read.delete(file));
      read.set(file, content);
    }
    return content;
  };
}

async function fetchBytes(url: URL): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
