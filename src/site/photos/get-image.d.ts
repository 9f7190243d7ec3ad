/**
 * Astro's getImage bound to the project's image settings, without the rest of astro:assets
 * (picture.ts says why). Astro's own content runtime imports it the same way
 * (astro/dist/content/runtime.js:328).
 */
declare module 'virtual:astro:get-image' {
  export const getImage: typeof import('astro:assets').getImage;
}
