/**
 * The scenes drawn for the embedded releases' photos: the project's own pictures, so the
 * site ships nothing it has no right to. Each returns an SVG of WIDTH × HEIGHT.
 */
import { HEIGHT, WIDTH, between, blur, gradient, mix, picture } from './svg.ts';
// Seeded: the same code draws the same files again, byte for byte.
import { randomOf as random } from '../shared/random.ts';

const HORIZON = 600;

/** Bangkok's towers fading into a brown-grey haze of fine dust, an expressway in front. */
export function hazyCity(seed: number): string {
  const rnd = random(seed);
  const haze = '#cbb59c';
  const layers = [0, 1, 2, 3].map((depth) => {
    const near = depth / 3;
    const base = 690 + depth * 55;
    let x = -40;
    const towers: string[] = [];
    while (x < WIDTH) {
      const width = between(rnd, 50, 150) * (0.7 + near * 0.6);
      const height = between(rnd, 120, 430) * (1.1 - near * 0.35);
      const colour = mix(haze, '#3f3b38', 0.18 + near * 0.72);
      towers.push(
        `<rect x="${x.toFixed(0)}" y="${(base - height).toFixed(0)}" width="${width.toFixed(0)}" height="${(height + 400).toFixed(0)}" fill="${colour}"/>`,
      );
      if (depth === 3)
        for (let wy = base - height + 14; wy < base - 10; wy += 22)
          for (let wx = x + 8; wx < x + width - 12; wx += 18)
            if (rnd() < 0.5)
              towers.push(`<rect x="${wx.toFixed(0)}" y="${wy.toFixed(0)}" width="8" height="11" fill="#7a6f62" opacity="0.7"/>`);
      x += width + between(rnd, 4, 30);
    }
    return `<g filter="url(#far${depth})">${towers.join('')}</g>`;
  });
  const cars = Array.from({ length: 26 }, () => {
    const x = between(rnd, 0, WIDTH);
    const lane = rnd() < 0.5 ? 905 : 930;
    return `<rect x="${x.toFixed(0)}" y="${lane}" width="34" height="14" rx="4" fill="${mix('#5d5650', '#a33a2c', rnd())}"/><circle cx="${(x + 30).toFixed(0)}" cy="${lane + 8}" r="3" fill="#ffd9a0"/>`;
  });
  const pillars = Array.from(
    { length: 9 },
    (_, i) => `<rect x="${i * 200 + 60}" y="950" width="34" height="140" fill="#35312e"/>`,
  );
  return picture(
    `${gradient('sky', [
      [0, '#a99a8c'],
      [0.55, '#d9c2a4'],
      [1, '#e8d6bb'],
    ])}${gradient('air', [
      [0, '#e0cdb2'],
      [1, '#bca68d'],
    ])}${[0, 1, 2, 3].map((d) => blur(`far${d}`, 3 - d * 0.9)).join('')}${blur('sun', 18)}`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/><circle cx="1180" cy="260" r="62" fill="#f6e6c8" opacity="0.85" filter="url(#sun)"/>${layers.join('')}<rect y="880" width="${WIDTH}" height="70" fill="#4a4541"/>${cars.join('')}<rect y="872" width="${WIDTH}" height="10" fill="#6b645d"/>${pillars.join('')}<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#air)" opacity="0.28"/>`,
    seed,
  );
}

/** A sugar palm, the tree of the northeast's rice plains: a bare trunk and a round crown of fan leaves. */
function sugarPalm(x: number, base: number, height: number, rnd: () => number): string {
  const top = base - height;
  const leaves = Array.from({ length: 16 }, (_, i) => {
    const angle = (i / 16) * Math.PI * 2 + rnd() * 0.2;
    const reach = height * between(rnd, 0.16, 0.22);
    return `<path d="M${x} ${top} L${(x + Math.cos(angle) * reach).toFixed(1)} ${(top + Math.sin(angle) * reach * 0.8).toFixed(1)}" stroke="#2f4a26" stroke-width="${(height * 0.035).toFixed(1)}" stroke-linecap="round"/>`;
  });
  return `<path d="M${x - height * 0.02} ${base} L${x} ${top} L${x + height * 0.02} ${base} Z" fill="#4b3b2c"/>${leaves.join('')}<circle cx="${x}" cy="${top}" r="${(height * 0.07).toFixed(1)}" fill="#34512a"/>`;
}

/** Bands of field from the horizon down, wider as they come nearer, with bunds between them. */
function fields(colours: readonly string[], rnd: () => number): string {
  const bands: string[] = [];
  let y = HORIZON;
  let height = 8;
  let i = 0;
  while (y < HEIGHT) {
    const colour = mix(colours[i % colours.length]!, colours[(i + 1) % colours.length]!, rnd() * 0.4);
    const tilt = between(rnd, -12, 12) * (height / 40);
    bands.push(
      `<path d="M0 ${y.toFixed(1)} L${WIDTH} ${(y + tilt).toFixed(1)} L${WIDTH} ${(y + tilt + height + 2).toFixed(1)} L0 ${(y + height + 2).toFixed(1)} Z" fill="${colour}" filter="url(#texture)"/>`,
      `<path d="M0 ${y.toFixed(1)} L${WIDTH} ${(y + tilt).toFixed(1)}" stroke="#7d6a45" stroke-width="${Math.max(1, height / 14).toFixed(1)}" opacity="0.8"/>`,
    );
    y += height;
    height *= 1.32;
    i++;
  }
  return bands.join('');
}

/** Grass-like texture: noise stretched across, for the rows of a field. */
const TEXTURE = `<filter id="texture" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.004 0.12" numOctaves="2" seed="3" result="noise"/><feColorMatrix in="noise" type="matrix" values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 0.35 0" result="shade"/><feComposite in="shade" in2="SourceGraphic" operator="in" result="rows"/><feMerge><feMergeNode in="SourceGraphic"/><feMergeNode in="rows"/></feMerge></filter>`;

function clouds(rnd: () => number, count: number, colour = '#ffffff'): string {
  return Array.from({ length: count }, () => {
    const x = between(rnd, -100, WIDTH);
    const y = between(rnd, 60, 330);
    const puffs = Array.from(
      { length: 5 },
      (_, i) =>
        `<ellipse cx="${(x + i * 55 + between(rnd, -15, 15)).toFixed(0)}" cy="${(y + between(rnd, -25, 10)).toFixed(0)}" rx="${between(rnd, 60, 110).toFixed(0)}" ry="${between(rnd, 30, 55).toFixed(0)}" fill="${colour}"/>`,
    );
    return `<g filter="url(#cloud)" opacity="${between(rnd, 0.6, 0.95).toFixed(2)}">${puffs.join('')}</g>`;
  }).join('');
}

/** Green jasmine-rice paddies in Nakhon Ratchasima: bunds, sugar palms and a field hut under a wide sky. */
export function ricePaddies(seed: number): string {
  const rnd = random(seed);
  const palms = [180, 420, 1240, 1380, 1500].map((x, i) => sugarPalm(x, HORIZON + 40 + i * 18, 260 + i * 30, rnd));
  const hut = `<g transform="translate(880 ${HORIZON + 30})"><rect x="-60" y="-10" width="6" height="60" fill="#3d3126"/><rect x="54" y="-10" width="6" height="60" fill="#3d3126"/><rect x="-62" y="-12" width="124" height="10" fill="#6b5236"/><path d="M-85 -12 L0 -70 L85 -12 Z" fill="#8a6d45"/></g>`;
  return picture(
    `${gradient('sky', [
      [0, '#5f9bd3'],
      [0.7, '#b9d9ef'],
      [1, '#e3f0f4'],
    ])}${blur('cloud', 14)}${blur('hills', 4)}${TEXTURE}`,
    `<rect width="${WIDTH}" height="${HORIZON + 10}" fill="url(#sky)"/>${clouds(rnd, 6)}<path d="M0 ${HORIZON} C300 ${HORIZON - 60} 520 ${HORIZON - 30} 760 ${HORIZON - 50} S1300 ${HORIZON - 70} ${WIDTH} ${HORIZON - 20} L${WIDTH} ${HORIZON + 10} L0 ${HORIZON + 10} Z" fill="#7d9a9c" filter="url(#hills)"/>${fields(['#7fae3d', '#6a9d33', '#8fbb47', '#5f8f2c'], rnd)}${hut}${palms.join('')}`,
    seed,
  );
}

/** Golden rice at harvest, cut and stood in sheaves across the field, late in the afternoon. */
export function harvest(seed: number): string {
  const rnd = random(seed);
  const sheaves: string[] = [];
  for (let row = 0; row < 7; row++) {
    const y = HORIZON + 30 + row * row * 11 + row * 22;
    const size = 10 + row * 9;
    for (let x = between(rnd, -40, 60); x < WIDTH; x += size * between(rnd, 4, 7)) {
      sheaves.push(
        `<path d="M${(x - size).toFixed(0)} ${y.toFixed(0)} Q${x.toFixed(0)} ${(y - size * 3.2).toFixed(0)} ${(x + size).toFixed(0)} ${y.toFixed(0)} Z" fill="${mix('#c89a3c', '#8a6424', rnd() * 0.5)}"/><ellipse cx="${x.toFixed(0)}" cy="${(y - size * 1.5).toFixed(0)}" rx="${(size * 0.55).toFixed(1)}" ry="${(size * 0.2).toFixed(1)}" fill="#6e4f1f"/>`,
      );
    }
  }
  return picture(
    `${gradient('sky', [
      [0, '#8fb3d6'],
      [0.6, '#f0d9a8'],
      [1, '#f6c27a'],
    ])}${blur('cloud', 16)}${blur('hills', 5)}${TEXTURE}`,
    `<rect width="${WIDTH}" height="${HORIZON + 10}" fill="url(#sky)"/>${clouds(rnd, 4, '#fff4df')}<path d="M0 ${HORIZON} C400 ${HORIZON - 40} 900 ${HORIZON - 20} ${WIDTH} ${HORIZON - 45} L${WIDTH} ${HORIZON + 10} L0 ${HORIZON + 10} Z" fill="#9b9a86" filter="url(#hills)"/>${fields(['#d9b55a', '#cfa648', '#e2c06a', '#c79a3e'], rnd)}${sheaves.join('')}${sugarPalm(1420, HORIZON + 60, 330, rnd)}`,
    seed,
  );
}

/** Ears of ripe jasmine rice close up, heavy with grain, before a soft field. */
export function riceEars(seed: number): string {
  const rnd = random(seed);
  const bokeh = Array.from(
    { length: 40 },
    () =>
      `<circle cx="${between(rnd, 0, WIDTH).toFixed(0)}" cy="${between(rnd, 0, HEIGHT).toFixed(0)}" r="${between(rnd, 30, 110).toFixed(0)}" fill="${mix('#d8c27a', '#7d9a4a', rnd())}" opacity="${between(rnd, 0.25, 0.6).toFixed(2)}"/>`,
  );
  const ears = Array.from({ length: 9 }, (_, i) => {
    const x = 140 + i * 165 + between(rnd, -40, 40);
    const bend = between(rnd, 180, 320);
    const stem = `M${x.toFixed(0)} ${HEIGHT} Q${(x + 20).toFixed(0)} 420 ${(x + bend).toFixed(0)} ${(330 + between(rnd, -80, 80)).toFixed(0)}`;
    const grains = Array.from({ length: 24 }, (_, g) => {
      const t = g / 24;
      const gx = x + bend * (0.55 + t * 0.45) + between(rnd, -22, 22);
      const gy = 330 + t * 420 * 0.9 + between(rnd, -20, 20);
      return `<ellipse cx="${gx.toFixed(0)}" cy="${gy.toFixed(0)}" rx="9" ry="20" transform="rotate(${between(rnd, -35, 35).toFixed(0)} ${gx.toFixed(0)} ${gy.toFixed(0)})" fill="${mix('#e5bf5a', '#b8862c', rnd())}"/>`;
    });
    return `<path d="${stem}" stroke="#8c8a3a" stroke-width="7" fill="none"/>${grains.join('')}`;
  });
  return picture(
    `${gradient('ground', [
      [0, '#c9d7a0'],
      [1, '#6f8a3c'],
    ])}${blur('soft', 24)}`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#ground)"/><g filter="url(#soft)">${bokeh.join('')}</g>${ears.join('')}`,
    seed,
  );
}

/** Sacks of milled jasmine rice stacked on pallets in a cooperative's warehouse, light from a high window. */
export function riceSacks(seed: number): string {
  const rnd = random(seed);
  const sacks: string[] = [];
  for (let row = 0; row < 6; row++)
    for (let column = 0; column < 7; column++) {
      const x = 260 + column * 160 + (row % 2) * 80 + between(rnd, -8, 8);
      const y = 880 - row * 95;
      if (row > 3 && (column < 1 || column > 5)) continue;
      sacks.push(
        `<rect x="${x.toFixed(0)}" y="${y}" width="150" height="92" rx="30" fill="${mix('#f1ead8', '#d6ccb3', rnd())}" stroke="#b9ad91" stroke-width="2"/><rect x="${(x + 22).toFixed(0)}" y="${y + 38}" width="106" height="16" fill="#3f7a4a" opacity="0.85"/>`,
      );
    }
  return picture(
    `${gradient('wall', [
      [0, '#6f6657'],
      [1, '#9a8f7a'],
    ])}${gradient('beam', [
      [0, '#fff6dc'],
      [1, '#fff6dc00'],
    ])}${blur('light', 30)}`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#wall)"/><rect x="1120" y="90" width="260" height="150" fill="#f4efdc"/><path d="M1120 90 L1380 90 L900 1067 L420 1067 Z" fill="url(#beam)" opacity="0.35" filter="url(#light)"/><rect y="975" width="${WIDTH}" height="92" fill="#5b5247"/><rect x="240" y="972" width="1200" height="20" fill="#8a6a44"/>${sacks.join('')}`,
    seed,
  );
}

/** A double-track railway running straight to the horizon across the plain at dusk, sleepers and telegraph poles shrinking with distance. */
export function railway(seed: number): string {
  const rnd = random(seed);
  const vanish = { x: 820, y: 560 };
  /** Where a point on the ground at `offset` (in track widths) and depth `t` (0 far … 1 near) falls. */
  const at = (offset: number, t: number): [number, number] => [
    vanish.x + offset * 900 * t * t,
    vanish.y + (HEIGHT - vanish.y + 80) * t * t,
  ];
  const line = (offset: number): string => {
    const [x, y] = at(offset, 1);
    return `<path d="M${vanish.x} ${vanish.y} L${x.toFixed(0)} ${y.toFixed(0)}" stroke="#c9ccd1" stroke-width="${Math.abs(offset) < 0.5 ? 5 : 6}"/>`;
  };
  const sleepers: string[] = [];
  for (let k = 1; k < 70; k++) {
    const t = 1 - k * 0.014;
    for (const [left, right] of [
      [-0.62, -0.12],
      [0.12, 0.62],
    ] as const) {
      const [x1, y] = at(left, t);
      const [x2] = at(right, t);
      sleepers.push(
        `<path d="M${x1.toFixed(0)} ${y.toFixed(0)} L${x2.toFixed(0)} ${y.toFixed(0)}" stroke="#5a4b3e" stroke-width="${(10 * t * t + 1).toFixed(1)}"/>`,
      );
    }
  }
  const poles = Array.from({ length: 12 }, (_, k) => {
    const t = 1 - k * 0.08;
    const [x, y] = at(-1.4, t);
    const height = 420 * t * t + 6;
    return `<path d="M${x.toFixed(0)} ${y.toFixed(0)} L${x.toFixed(0)} ${(y - height).toFixed(0)} M${(x - height * 0.12).toFixed(0)} ${(y - height * 0.92).toFixed(0)} L${(x + height * 0.12).toFixed(0)} ${(y - height * 0.92).toFixed(0)}" stroke="#2c2a2c" stroke-width="${(6 * t + 1).toFixed(1)}"/>`;
  });
  const [ballastLeftX, ballastY] = at(-0.85, 1);
  const [ballastRightX] = at(0.85, 1);
  return picture(
    `${gradient('sky', [
      [0, '#44577f'],
      [0.55, '#c98e73'],
      [1, '#f5b56c'],
    ])}${gradient('plain', [
      [0, '#6e6b45'],
      [1, '#39432a'],
    ])}${blur('sun', 25)}${blur('trees', 3)}`,
    `<rect width="${WIDTH}" height="${vanish.y + 5}" fill="url(#sky)"/><circle cx="${vanish.x + 160}" cy="${vanish.y - 40}" r="55" fill="#ffe1a8" filter="url(#sun)"/><path d="M0 ${vanish.y} ${Array.from({ length: 33 }, (_, i) => `L${i * 50} ${(vanish.y - between(rnd, 4, 26)).toFixed(0)}`).join(' ')} L${WIDTH} ${vanish.y} Z" fill="#3e4a3a" filter="url(#trees)"/><rect y="${vanish.y}" width="${WIDTH}" height="${HEIGHT - vanish.y}" fill="url(#plain)"/><path d="M${vanish.x} ${vanish.y} L${ballastRightX.toFixed(0)} ${ballastY.toFixed(0)} L${ballastLeftX.toFixed(0)} ${ballastY.toFixed(0)} Z" fill="#8d8780"/>${sleepers.join('')}${[-0.5, -0.24, 0.24, 0.5].map(line).join('')}${poles.join('')}`,
    seed,
  );
}

/** A long-tail boat, its prow raised and wound with coloured cloth. */
function longTail(x: number, y: number, size: number, hull: string): string {
  return `<g transform="translate(${x} ${y}) scale(${size})"><path d="M-120 0 Q-40 22 90 8 Q130 4 150 -48 L138 -50 Q120 -8 90 -6 L-120 -12 Z" fill="${hull}"/><path d="M134 -44 L150 -48 L146 -30 Z" fill="#e23d5a"/><path d="M128 -32 L146 -36 L140 -22 Z" fill="#f2c12e"/><rect x="-110" y="-30" width="70" height="18" fill="#3b5d8c"/><path d="M-120 -10 L-175 18" stroke="#3a3a3a" stroke-width="4"/></g>`;
}

/** Phang Nga's limestone islands off a beach, long-tail boats at anchor in clear water. */
export function karstBay(seed: number): string {
  const rnd = random(seed);
  const island = (x: number, width: number, height: number, colour: string): string => {
    const points = Array.from({ length: 12 }, (_, i) => {
      const px = x + (i / 11) * width;
      const py = 520 - height * Math.sin((i / 11) * Math.PI) ** 0.6 * between(rnd, 0.85, 1);
      return `L${px.toFixed(0)} ${py.toFixed(0)}`;
    });
    return `<path d="M${x} 520 ${points.join(' ')} L${x + width} 520 Z" fill="${colour}"/>`;
  };
  return picture(
    `${gradient('sky', [
      [0, '#3f86c6'],
      [1, '#bfe0f2'],
    ])}${gradient('sea', [
      [0, '#2b7fa6'],
      [0.6, '#3db3b4'],
      [1, '#8fd6c4'],
    ])}${gradient('sand', [
      [0, '#d9c9a3'],
      [1, '#efe3c6'],
    ])}${blur('cloud', 14)}${blur('far', 2.5)}`,
    `<rect width="${WIDTH}" height="530" fill="url(#sky)"/>${clouds(rnd, 5)}<g filter="url(#far)">${island(140, 260, 210, '#6f8f86')}${island(980, 180, 150, '#7b9a90')}</g>${island(560, 330, 330, '#3e6b4a')}${island(1250, 300, 260, '#45704f')}<rect y="518" width="${WIDTH}" height="360" fill="url(#sea)"/>${Array.from({ length: 60 }, () => `<rect x="${between(rnd, 0, WIDTH).toFixed(0)}" y="${between(rnd, 540, 860).toFixed(0)}" width="${between(rnd, 20, 80).toFixed(0)}" height="2" fill="#e8fbff" opacity="0.5"/>`).join('')}${longTail(420, 760, 1.3, '#5a3b27')}${longTail(1150, 700, 0.9, '#6b4a2e')}${longTail(800, 660, 0.6, '#4f3726')}<path d="M0 860 Q400 835 800 850 T${WIDTH} 845 L${WIDTH} ${HEIGHT} L0 ${HEIGHT} Z" fill="url(#sand)"/><path d="M0 860 Q400 835 800 850 T${WIDTH} 845" stroke="#fdfaf0" stroke-width="6" fill="none" opacity="0.8"/>`,
    seed,
  );
}

/** Orange life jackets hung in a row along a boat's wooden rail, the sea behind. */
export function lifeJackets(seed: number): string {
  const rnd = random(seed);
  const jackets = Array.from({ length: 6 }, (_, i) => {
    const x = 120 + i * 240 + between(rnd, -10, 10);
    const tilt = between(rnd, -5, 5);
    return `<g transform="translate(${x.toFixed(0)} 300) rotate(${tilt.toFixed(1)} 100 0)"><path d="M20 0 L75 0 L100 70 L125 0 L180 0 Q200 10 200 40 L205 420 Q200 450 170 450 L30 450 Q0 450 -5 420 L0 40 Q0 10 20 0 Z" fill="${mix('#f26a1b', '#d9480f', rnd())}"/><path d="M100 70 L100 450" stroke="#b8420f" stroke-width="6"/><rect x="8" y="230" width="184" height="26" fill="#c9ced3"/><rect x="8" y="330" width="184" height="26" fill="#c9ced3"/><rect x="86" y="236" width="28" height="14" fill="#1f1f1f"/><rect x="86" y="336" width="28" height="14" fill="#1f1f1f"/><path d="M60 0 Q100 -60 140 0" stroke="#303030" stroke-width="6" fill="none"/></g>`;
  });
  const planks = Array.from(
    { length: 5 },
    (_, i) => `<rect y="${780 + i * 60}" width="${WIDTH}" height="56" fill="${mix('#7a4f2c', '#5e3b20', rnd())}"/>`,
  );
  return picture(
    `${gradient('sea', [
      [0, '#9fd3e6'],
      [0.35, '#48a6c4'],
      [1, '#1f6d8f'],
    ])}${blur('soft', 10)}`,
    `<rect width="${WIDTH}" height="800" fill="url(#sea)"/><g filter="url(#soft)">${Array.from({ length: 30 }, () => `<ellipse cx="${between(rnd, 0, WIDTH).toFixed(0)}" cy="${between(rnd, 200, 760).toFixed(0)}" rx="${between(rnd, 40, 120).toFixed(0)}" ry="6" fill="#e6f7fb" opacity="0.5"/>`).join('')}</g><rect y="262" width="${WIDTH}" height="16" fill="#4a3322"/>${jackets.join('')}${planks.join('')}`,
    seed,
  );
}
