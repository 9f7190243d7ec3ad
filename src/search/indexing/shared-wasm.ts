/**
 * Each shard is a Pagefind instance of its own (browser/thai-search.ts), and each instance
 * fetches its WebAssembly from its own shard folder (`${basePath}wasm.….pagefind`, 54 KB),
 * though every shard's is the same file and Pagefind sets up only the first: a search
 * reaching a second shard downloaded it again (not reported upstream). Pagefind's script
 * is rewritten as the shard is written, so the first instance's download serves them all.
 */
const FETCH_WASM =
  'let compressed_resp=await this.throttledFetch(wasm_url);let compressed_wasm=await compressed_resp.arrayBuffer();';
const FETCH_WASM_ONCE =
  'globalThis.__thalaengPagefindWasm??=this.throttledFetch(wasm_url).then((r)=>r.arrayBuffer()).catch((e)=>{globalThis.__thalaengPagefindWasm=undefined;throw e;});' +
  'let compressed_wasm=(await globalThis.__thalaengPagefindWasm).slice(0);';

/** Pagefind's script that loads its WebAssembly on the page (its worker is not used: browser/thai-search.ts). */
export const LOADS_WASM = new Set(['pagefind.js']);

export function withSharedWasm(file: string, script: string): string {
  if (!script.includes(FETCH_WASM))
    throw new Error(`${file}: Pagefind's WebAssembly fetch has changed; update src/search/indexing/shared-wasm.ts`);
  return script.replace(FETCH_WASM, FETCH_WASM_ONCE);
}
