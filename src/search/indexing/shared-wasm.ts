/**
 * Each shard is a Pagefind instance of its own (browser/thai-search.ts), and each instance
 * fetches its WebAssembly from its own shard folder (`${basePath}wasm.….pagefind`, 54 KB),
 * though every shard's is the same file and Pagefind's worker sets up only the first: a
 * search reaching a second shard downloaded it again (not reported upstream). Pagefind's
 * scripts are rewritten as the shard is written, so the first instance's download serves
 * them all, in the worker and on the main thread alike.
 */
const FETCH_WASM =
  'let compressed_resp=await this.throttledFetch(wasm_url);let compressed_wasm=await compressed_resp.arrayBuffer();';
const FETCH_WASM_ONCE =
  'globalThis.__thalaengPagefindWasm??=this.throttledFetch(wasm_url).then((r)=>r.arrayBuffer()).catch((e)=>{globalThis.__thalaengPagefindWasm=undefined;throw e;});' +
  'let compressed_wasm=(await globalThis.__thalaengPagefindWasm).slice(0);';

/** Pagefind's two scripts that load its WebAssembly. */
export const LOADS_WASM = new Set(['pagefind.js', 'pagefind-worker.js']);

export function withSharedWasm(file: string, script: string): string {
  if (!script.includes(FETCH_WASM))
    throw new Error(`${file}: Pagefind's WebAssembly fetch has changed; update src/search/indexing/shared-wasm.ts`);
  return script.replace(FETCH_WASM, FETCH_WASM_ONCE);
}
