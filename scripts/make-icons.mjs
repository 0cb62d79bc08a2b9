// Draws the app icons from the favicon's shapes: an SVG for browsers that take one, and PNGs at
// the sizes the web app manifest lists (the maskable one with the safe-zone padding Android
// crops to). Run by hand after changing the logo: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const BLUE = '#1f5f8b';
const mark = `<g fill="#fff"><circle cx="16" cy="9.5" r="3.5"/><circle cx="8.5" cy="22" r="3"/><circle cx="23.5" cy="22" r="3"/></g><path d="M16 13v4M16 17l-7.5 2.2M16 17l7.5 2.2" stroke="#fff" stroke-width="1.8" fill="none"/>`;

/** The logo on a rounded tile (any) or on a full square with the mark shrunk into the safe zone (maskable). */
function svg(maskable) {
  const background = maskable ? `<rect width="32" height="32" fill="${BLUE}"/>` : `<rect width="32" height="32" rx="8" fill="${BLUE}"/>`;
  const body = maskable ? `<g transform="translate(16 16) scale(0.7) translate(-16 -16)">${mark}</g>` : mark;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${background}${body}</svg>`;
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon.svg', svg(false));
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  await sharp(Buffer.from(svg(maskable)), { density: (72 * size) / 32 }).resize(size, size).png().toFile(`public/icons/${name}`);
  console.log(`public/icons/${name}`);
}
