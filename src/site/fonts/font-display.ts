/**
 * Sarabun from @fontsource with `font-display: optional` instead of its `swap`: a page
 * is drawn once, in Sarabun when it arrives within the first moment (it is preloaded,
 * BaseHead.astro) and otherwise in the system's Thai font until the next page, when it
 * is cached. With swap, the text was drawn twice and moved when Sarabun's wider glyphs
 * rewrapped it: Lighthouse measured a layout shift of 0.16–0.28 on release and list
 * pages and 0.88 on search (issue 15, part 7; https://web.dev/articles/font-best-practices).
 * Rewritten as Vite reads the package's CSS, so the package stays the source of the faces.
 */
import type { Plugin } from 'vite';

export function fontDisplayOptional(): Plugin {
  return {
    name: 'thalaeng-font-display-optional',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/][^?]*\.css(\?|$)/.test(id)) return null;
      return { code: code.replaceAll('font-display: swap', 'font-display: optional'), map: null };
    },
  };
}
