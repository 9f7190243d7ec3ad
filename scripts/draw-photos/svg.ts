/** Small pieces for drawing photo-like scenes in SVG: gradients, soft edges, film grain, colours seen through air. */

/** 3:2, the shape of most press photos, at a size a lead photo is published from. */
export const WIDTH = 1600;
export const HEIGHT = 1067;

/** A value between `from` and `to`, drawn from `rnd`. */
export const between = (rnd: () => number, from: number, to: number): number => from + (to - from) * rnd();

/** A top-to-bottom gradient (or left-to-right) of `[offset, colour]` stops. */
export function gradient(id: string, stops: readonly [number, string][], across = false): string {
  const direction = across ? 'x2="1" y2="0"' : 'x2="0" y2="1"';
  return `<linearGradient id="${id}" x1="0" y1="0" ${direction}>${stops
    .map(([offset, colour]) => `<stop offset="${offset}" stop-color="${colour}"/>`)
    .join('')}</linearGradient>`;
}

/** A Gaussian blur: distance and a lens's depth of field soften far things. */
export const blur = (id: string, deviation: number): string =>
  `<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${deviation}"/></filter>`;

/** Fine grain over the whole picture, as a camera sensor gives it; light, since it costs bytes. */
export function grain(seed: number, opacity = 0.07): string {
  return `<filter id="grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="${seed}"/><feColorMatrix type="saturate" values="0"/></filter><rect width="${WIDTH}" height="${HEIGHT}" filter="url(#grain)" opacity="${opacity}"/>`;
}

/** A whole picture: its definitions, then what is drawn, then the grain on top. */
export function picture(defs: string, body: string, seed: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><defs>${defs}</defs>${body}${grain(seed)}</svg>`;
}

/** A colour between `a` and `b` (#rrggbb), `t` of the way to `b`: far things take the colour of the air. */
export function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
