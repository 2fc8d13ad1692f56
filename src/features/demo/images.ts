// Demo pictures: an abstract landscape (sky, sun or moon glow, clouds, layered
// hills, terraced rice fields, a river, a few trees and houses) drawn as SVG
// and rasterised to JPEG with sharp. Colours and shapes vary with the seed;
// there is never any text in the picture. Also a small decorative emblem.

import sharp from 'sharp';
import { Rng } from './random.js';

interface Hsl {
  h: number;
  s: number;
  l: number;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}

/** HSL (h in degrees, s and l in 0..100) to a `#rrggbb` string. */
function hex({ h, s, l }: Hsl): string {
  const hh = (((h % 360) + 360) % 360) / 360;
  const ss = clamp(s, 0, 100) / 100;
  const ll = clamp(l, 0, 100) / 100;
  const q = ll < 0.5 ? ll * (1 + ss) : ll + ss - ll * ss;
  const p = 2 * ll - q;
  const channel = (t0: number): string => {
    let t = t0;
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    let v: number;
    if (t < 1 / 6) v = p + (q - p) * 6 * t;
    else if (t < 1 / 2) v = q;
    else if (t < 2 / 3) v = p + (q - p) * (2 / 3 - t) * 6;
    else v = p;
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(hh + 1 / 3)}${channel(hh)}${channel(hh - 1 / 3)}`;
}

function mix(a: Hsl, b: Hsl, t: number): Hsl {
  let dh = b.h - a.h;
  if (dh > 180) dh -= 360;
  if (dh < -180) dh += 360;
  return { h: a.h + dh * t, s: a.s + (b.s - a.s) * t, l: a.l + (b.l - a.l) * t };
}

const r1 = (v: number): string => (Math.round(v * 10) / 10).toString();

interface Mood {
  skyTop: Hsl;
  skyBottom: Hsl;
  sun: Hsl;
  haze: Hsl;
  land: Hsl;
  field: Hsl;
  water: Hsl;
  sunAlt: number; // 0 = at the horizon, 1 = high
}

/** A few times of day / seasons; each picture jitters one of them. */
const MOODS: readonly Mood[] = [
  {
    // clear morning
    skyTop: { h: 205, s: 70, l: 62 },
    skyBottom: { h: 45, s: 80, l: 88 },
    sun: { h: 48, s: 100, l: 80 },
    haze: { h: 200, s: 30, l: 78 },
    land: { h: 110, s: 45, l: 32 },
    field: { h: 90, s: 55, l: 50 },
    water: { h: 195, s: 60, l: 70 },
    sunAlt: 0.55,
  },
  {
    // golden afternoon, ripe rice
    skyTop: { h: 210, s: 55, l: 58 },
    skyBottom: { h: 38, s: 85, l: 80 },
    sun: { h: 42, s: 100, l: 72 },
    haze: { h: 30, s: 35, l: 75 },
    land: { h: 95, s: 40, l: 30 },
    field: { h: 52, s: 75, l: 55 },
    water: { h: 200, s: 45, l: 65 },
    sunAlt: 0.35,
  },
  {
    // sunset
    skyTop: { h: 265, s: 40, l: 40 },
    skyBottom: { h: 22, s: 90, l: 68 },
    sun: { h: 30, s: 100, l: 65 },
    haze: { h: 320, s: 25, l: 55 },
    land: { h: 250, s: 25, l: 22 },
    field: { h: 35, s: 55, l: 42 },
    water: { h: 18, s: 70, l: 62 },
    sunAlt: 0.12,
  },
  {
    // misty highland
    skyTop: { h: 195, s: 25, l: 70 },
    skyBottom: { h: 180, s: 15, l: 90 },
    sun: { h: 55, s: 60, l: 92 },
    haze: { h: 185, s: 15, l: 80 },
    land: { h: 150, s: 30, l: 30 },
    field: { h: 120, s: 40, l: 45 },
    water: { h: 190, s: 35, l: 75 },
    sunAlt: 0.7,
  },
  {
    // bright noon by the sea or a lagoon
    skyTop: { h: 215, s: 80, l: 50 },
    skyBottom: { h: 195, s: 70, l: 85 },
    sun: { h: 55, s: 100, l: 90 },
    haze: { h: 205, s: 40, l: 72 },
    land: { h: 130, s: 50, l: 28 },
    field: { h: 80, s: 60, l: 45 },
    water: { h: 190, s: 75, l: 55 },
    sunAlt: 0.85,
  },
];

function jitter(rng: Rng, c: Hsl, dh: number, ds: number, dl: number): Hsl {
  return { h: c.h + rng.float(-dh, dh), s: c.s + rng.float(-ds, ds), l: c.l + rng.float(-dl, dl) };
}

/** A smooth ridge line across the full width, closed to the bottom of the picture. */
function ridgePath(rng: Rng, w: number, h: number, baseY: number, amp: number, segments: number): string {
  const step = w / segments;
  const pts: [number, number][] = [];
  for (let i = 0; i <= segments + 1; i++) {
    pts.push([i * step - step * 0.5, baseY - rng.float(0.1, 1) * amp]);
  }
  const first = pts[0] as [number, number];
  let d = `M${r1(-10)} ${r1(h + 10)}L${r1(first[0])} ${r1(first[1])}`;
  for (let i = 1; i < pts.length; i++) {
    const prev = pts[i - 1] as [number, number];
    const cur = pts[i] as [number, number];
    const mx = (prev[0] + cur[0]) / 2;
    const my = (prev[1] + cur[1]) / 2;
    d += `Q${r1(prev[0])} ${r1(prev[1])} ${r1(mx)} ${r1(my)}`;
  }
  const last = pts[pts.length - 1] as [number, number];
  d += `L${r1(last[0])} ${r1(last[1])}L${r1(w + 10)} ${r1(h + 10)}Z`;
  return d;
}

function cloud(rng: Rng, cx: number, cy: number, size: number, fill: string, opacity: number): string {
  let out = `<g fill="${fill}" fill-opacity="${r1(opacity)}">`;
  const puffs = rng.int(4, 7);
  for (let i = 0; i < puffs; i++) {
    const px = cx + (i - puffs / 2) * size * rng.float(0.45, 0.6);
    const py = cy - rng.float(0, size * 0.35) * Math.sin((Math.PI * (i + 0.5)) / puffs);
    const rx = size * rng.float(0.45, 0.75);
    out += `<ellipse cx="${r1(px)}" cy="${r1(py)}" rx="${r1(rx)}" ry="${r1(rx * rng.float(0.45, 0.6))}"/>`;
  }
  return `${out}</g>`;
}

function tree(rng: Rng, x: number, y: number, size: number, trunk: string, leaves: string): string {
  const kind = rng.int(0, 2);
  const tw = size * 0.12;
  if (kind === 0) {
    // round canopy
    return (
      `<rect x="${r1(x - tw / 2)}" y="${r1(y - size * 0.55)}" width="${r1(tw)}" height="${r1(size * 0.55)}" fill="${trunk}"/>` +
      `<circle cx="${r1(x)}" cy="${r1(y - size * 0.7)}" r="${r1(size * 0.32)}" fill="${leaves}"/>` +
      `<circle cx="${r1(x - size * 0.22)}" cy="${r1(y - size * 0.55)}" r="${r1(size * 0.24)}" fill="${leaves}"/>` +
      `<circle cx="${r1(x + size * 0.22)}" cy="${r1(y - size * 0.57)}" r="${r1(size * 0.25)}" fill="${leaves}"/>`
    );
  }
  if (kind === 1) {
    // pointed (pine-like)
    return (
      `<rect x="${r1(x - tw / 2)}" y="${r1(y - size * 0.25)}" width="${r1(tw)}" height="${r1(size * 0.25)}" fill="${trunk}"/>` +
      `<path d="M${r1(x)} ${r1(y - size * 1.05)}L${r1(x + size * 0.3)} ${r1(y - size * 0.22)}L${r1(x - size * 0.3)} ${r1(y - size * 0.22)}Z" fill="${leaves}"/>`
    );
  }
  // areca / coconut palm: thin curved trunk and a few fronds
  const lean = rng.float(-0.15, 0.15) * size;
  const topX = x + lean;
  const topY = y - size * 1.1;
  let out = `<path d="M${r1(x)} ${r1(y)}Q${r1(x + lean * 0.2)} ${r1(y - size * 0.6)} ${r1(topX)} ${r1(topY)}" stroke="${trunk}" stroke-width="${r1(tw * 0.8)}" fill="none"/>`;
  for (let i = 0; i < 6; i++) {
    const a = Math.PI * (1.05 + (i / 5) * 0.9) + rng.float(-0.1, 0.1);
    const ex = topX + Math.cos(a) * size * 0.45;
    const ey = topY + Math.sin(a) * size * 0.25 + size * 0.12;
    const cxp = topX + Math.cos(a) * size * 0.25;
    const cyp = topY + Math.sin(a) * size * 0.3 - size * 0.05;
    out += `<path d="M${r1(topX)} ${r1(topY)}Q${r1(cxp)} ${r1(cyp)} ${r1(ex)} ${r1(ey)}" stroke="${leaves}" stroke-width="${r1(tw * 0.9)}" fill="none" stroke-linecap="round"/>`;
  }
  return out;
}

function house(
  rng: Rng,
  x: number,
  y: number,
  size: number,
  wall: string,
  roof: string,
  dark: string,
): string {
  const w = size * rng.float(1.1, 1.5);
  const hgt = size * 0.6;
  const roofH = size * rng.float(0.35, 0.5);
  const over = size * 0.12;
  return (
    `<rect x="${r1(x)}" y="${r1(y - hgt)}" width="${r1(w)}" height="${r1(hgt)}" fill="${wall}"/>` +
    `<path d="M${r1(x - over)} ${r1(y - hgt)}L${r1(x + w * 0.5)} ${r1(y - hgt - roofH)}L${r1(x + w + over)} ${r1(y - hgt)}Z" fill="${roof}"/>` +
    `<rect x="${r1(x + w * 0.42)}" y="${r1(y - hgt * 0.6)}" width="${r1(w * 0.16)}" height="${r1(hgt * 0.6)}" fill="${dark}"/>` +
    `<rect x="${r1(x + w * 0.12)}" y="${r1(y - hgt * 0.7)}" width="${r1(w * 0.14)}" height="${r1(hgt * 0.22)}" fill="${dark}"/>` +
    `<rect x="${r1(x + w * 0.74)}" y="${r1(y - hgt * 0.7)}" width="${r1(w * 0.14)}" height="${r1(hgt * 0.22)}" fill="${dark}"/>`
  );
}

/** The SVG source of a demo landscape; exported for tests and previews. */
export function demoSceneSvg(seed: number, width = 1600, height = 1000): string {
  const rng = new Rng(seed ^ 0x5bd1e995);
  const w = width;
  const h = height;
  const mood = rng.pick(MOODS);
  const skyTop = jitter(rng, mood.skyTop, 12, 8, 6);
  const skyBottom = jitter(rng, mood.skyBottom, 10, 8, 4);
  const sunC = jitter(rng, mood.sun, 6, 0, 4);
  const haze = jitter(rng, mood.haze, 10, 6, 5);
  const land = jitter(rng, mood.land, 14, 8, 5);
  const field = jitter(rng, mood.field, 12, 10, 6);
  const water = jitter(rng, mood.water, 10, 8, 6);
  const horizon = h * rng.float(0.42, 0.55);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    '<defs>',
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hex(skyTop)}"/><stop offset="1" stop-color="${hex(skyBottom)}"/></linearGradient>`,
    `<radialGradient id="glow"><stop offset="0" stop-color="${hex(sunC)}" stop-opacity="0.9"/><stop offset="0.25" stop-color="${hex(sunC)}" stop-opacity="0.35"/><stop offset="1" stop-color="${hex(sunC)}" stop-opacity="0"/></radialGradient>`,
    `<linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hex(mix(water, skyBottom, 0.5))}"/><stop offset="1" stop-color="${hex(water)}"/></linearGradient>`,
    '</defs>',
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
  );

  // Sun (or a pale disc in mist) with a soft glow.
  const sunX = w * rng.float(0.15, 0.85);
  const sunY = horizon - (horizon * 0.85 - h * 0.06) * clamp(mood.sunAlt + rng.float(-0.1, 0.1), 0.05, 0.95);
  const sunR = Math.min(w, h) * rng.float(0.045, 0.075);
  parts.push(
    `<circle cx="${r1(sunX)}" cy="${r1(sunY)}" r="${r1(sunR * 5)}" fill="url(#glow)"/>`,
    `<circle cx="${r1(sunX)}" cy="${r1(sunY)}" r="${r1(sunR)}" fill="${hex({ ...sunC, l: Math.min(97, sunC.l + 12) })}"/>`,
  );

  // Clouds.
  const cloudFill = hex({ h: skyBottom.h, s: 30, l: 97 });
  const clouds = rng.int(2, 6);
  for (let i = 0; i < clouds; i++) {
    const size = Math.min(w, h) * rng.float(0.05, 0.11);
    parts.push(
      cloud(rng, rng.float(0, w), rng.float(h * 0.06, horizon * 0.6), size, cloudFill, rng.float(0.55, 0.9)),
    );
  }

  // Hills: far (hazy) to near (saturated).
  const layers = rng.int(3, 4);
  for (let i = 0; i < layers; i++) {
    const t = layers === 1 ? 1 : i / (layers - 1);
    const colour = mix(haze, land, 0.25 + t * 0.6);
    const baseY = horizon + (i - layers + 1) * h * 0.035 + h * 0.02;
    const amp = h * (0.22 - t * 0.13) * rng.float(0.7, 1.2);
    parts.push(`<path d="${ridgePath(rng, w, h, baseY, amp, rng.int(4, 8))}" fill="${hex(colour)}"/>`);
  }

  // Terraced rice fields: gently curved bands from the horizon down.
  const bandTop = horizon + h * 0.02;
  const bands = rng.int(6, 10);
  let y = bandTop;
  const remaining = h - bandTop;
  for (let i = 0; i < bands; i++) {
    const bh = (remaining / bands) * (0.6 + (i / bands) * 0.8);
    const shade = jitter(rng, field, 6, 6, 0);
    shade.l = field.l + (i % 2 === 0 ? 4 : -4) + rng.float(-3, 3) - (1 - i / bands) * 6;
    const bend = rng.float(-h * 0.03, h * 0.03);
    const y0 = y + rng.float(-4, 4);
    parts.push(
      `<path d="M-10 ${r1(y0)}Q${r1(w * 0.3)} ${r1(y0 + bend)} ${r1(w * 0.55)} ${r1(y0 - bend * 0.5)}T${r1(w + 10)} ${r1(y0 + bend * 0.3)}L${r1(w + 10)} ${r1(h + 10)}L-10 ${r1(h + 10)}Z" fill="${hex(shade)}"/>`,
    );
    y += bh * 0.85;
    if (y > h) break;
  }

  // A river winding from the horizon to the bottom edge.
  if (rng.chance(0.7)) {
    const startX = w * rng.float(0.25, 0.75);
    const endX = w * rng.float(0.1, 0.9);
    const wTop = w * 0.012;
    const wBottom = w * rng.float(0.14, 0.24);
    const c1x = startX + rng.float(-0.3, 0.3) * w;
    const c2x = endX + rng.float(-0.3, 0.3) * w;
    const yTop = bandTop + 2;
    const c1y = yTop + (h - yTop) * 0.35;
    const c2y = yTop + (h - yTop) * 0.7;
    parts.push(
      `<path d="M${r1(startX - wTop)} ${r1(yTop)}C${r1(c1x - wBottom * 0.2)} ${r1(c1y)} ${r1(c2x - wBottom * 0.45)} ${r1(c2y)} ${r1(endX - wBottom / 2)} ${r1(h + 10)}L${r1(endX + wBottom / 2)} ${r1(h + 10)}C${r1(c2x + wBottom * 0.45)} ${r1(c2y)} ${r1(c1x + wBottom * 0.2)} ${r1(c1y)} ${r1(startX + wTop)} ${r1(yTop)}Z" fill="url(#water)"/>`,
    );
  }

  // Trees and houses along a line just below the horizon, and a few in front.
  const trunk = hex({ h: 25, s: 30, l: Math.max(12, land.l - 10) });
  const leaves = hex({ ...land, l: land.l - 6 });
  const leavesNear = hex({ ...land, l: land.l - 12, s: land.s + 5 });
  const wall = hex({ h: rng.pick([40, 30, 50, 0]), s: rng.float(15, 45), l: rng.float(78, 90) });
  const roof = hex({ h: rng.pick([8, 15, 200, 25]), s: rng.float(45, 70), l: rng.float(35, 48) });
  const dark = hex({ h: 25, s: 20, l: 25 });
  const clusterX = w * rng.float(0.1, 0.6);
  const houses = rng.int(0, 3);
  for (let i = 0; i < houses; i++) {
    const size = h * rng.float(0.04, 0.06);
    parts.push(
      house(rng, clusterX + i * size * rng.float(1.8, 2.6), bandTop + h * 0.03, size, wall, roof, dark),
    );
  }
  const farTrees = rng.int(3, 9);
  for (let i = 0; i < farTrees; i++) {
    parts.push(
      tree(
        rng,
        rng.float(0, w),
        bandTop + h * rng.float(0.02, 0.05),
        h * rng.float(0.05, 0.09),
        trunk,
        leaves,
      ),
    );
  }
  const nearTrees = rng.int(0, 3);
  for (let i = 0; i < nearTrees; i++) {
    const side = rng.chance(0.5) ? rng.float(-0.02, 0.18) : rng.float(0.82, 1.02);
    parts.push(tree(rng, w * side, h * rng.float(0.92, 1.02), h * rng.float(0.22, 0.38), trunk, leavesNear));
  }

  parts.push('</svg>');
  return parts.join('');
}

/**
 * A JPEG (quality 82, baseline libjpeg for speed) of an invented landscape,
 * deterministic for a given seed and size.
 */
export async function generateDemoImage(seed: number, width = 1600, height = 1000): Promise<Buffer> {
  const w = Math.max(16, Math.round(width));
  const h = Math.max(16, Math.round(height));
  const svg = demoSceneSvg(seed, w, h);
  return sharp(Buffer.from(svg))
    .resize(w, h, { fit: 'fill' })
    .jpeg({ quality: 82, mozjpeg: false, chromaSubsampling: '4:2:0' })
    .toBuffer();
}

/** A five-pointed star path centred on (cx, cy), one point up. */
function starPath(cx: number, cy: number, outer: number, inner: number): string {
  let d = '';
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    d += `${i === 0 ? 'M' : 'L'}${(cx + Math.cos(a) * r).toFixed(2)} ${(cy + Math.sin(a) * r).toFixed(2)}`;
  }
  return `${d}Z`;
}

/**
 * A small decorative round emblem (red disc, gold ring, gold five-pointed
 * star), viewBox 0 0 64 64. Not the national coat of arms. The seed varies
 * the ring ornament slightly. The caller adds `role`/`aria-*` attributes.
 */
export function generateEmblemSvg(seed = 0): string {
  const rng = new Rng(seed ^ 0x2f6b1d3a);
  const gold = '#f2c230';
  const goldDark = '#c9971c';
  const red = rng.pick(['#d1232a', '#c8102e', '#da251d']);
  const variant = rng.int(0, 2);
  let ornament = '';
  if (variant === 0) {
    // a ring of small dots
    for (let i = 0; i < 20; i++) {
      const a = (i * Math.PI * 2) / 20;
      ornament += `<circle cx="${(32 + Math.cos(a) * 26.5).toFixed(2)}" cy="${(32 + Math.sin(a) * 26.5).toFixed(2)}" r="0.9" fill="${goldDark}"/>`;
    }
  } else if (variant === 1) {
    // a thin inner ring
    ornament = `<circle cx="32" cy="32" r="24.5" fill="none" stroke="${gold}" stroke-width="0.8"/>`;
  } else {
    // short rays between the star and the ring
    for (let i = 0; i < 24; i++) {
      const a = (i * Math.PI * 2) / 24;
      const x1 = 32 + Math.cos(a) * 21.5;
      const y1 = 32 + Math.sin(a) * 21.5;
      const x2 = 32 + Math.cos(a) * 24.5;
      const y2 = 32 + Math.sin(a) * 24.5;
      ornament += `<path d="M${x1.toFixed(2)} ${y1.toFixed(2)}L${x2.toFixed(2)} ${y2.toFixed(2)}" stroke="${gold}" stroke-width="0.9" stroke-linecap="round"/>`;
    }
  }
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">' +
    `<circle cx="32" cy="32" r="31" fill="${gold}"/>` +
    `<circle cx="32" cy="32" r="28.5" fill="${goldDark}"/>` +
    `<circle cx="32" cy="32" r="27.5" fill="${red}"/>` +
    ornament +
    `<path d="${starPath(32, 33, 17, 6.9)}" fill="${gold}"/>` +
    '</svg>'
  );
}
