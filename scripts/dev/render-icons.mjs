// Renders the site's icons from app/icon.svg with the Chromium Playwright uses (run once after changing the
// mark, then commit the files): app/favicon.ico (16, 32, 48), app/apple-icon.png (180, full bleed) and the web
// manifest's public/icons/icon-{192,512}.png and maskable-512.png (full bleed, the mark inside the safe zone).
//   node scripts/dev/render-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
const svg = fs.readFileSync(path.join(root, 'app/icon.svg'), 'utf8');
// Launchers and iOS cut their own shape out of a square icon: give them the mark on a full square.
const fullBleed = svg.replace(/ rx="\d+"/, '');

const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ??
  (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
// One fixed viewport (Chromium widens very small ones), the image drawn at the size wanted and clipped.
const page = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 512, height: 512 } });

async function render(source, size) {
  const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** An .ico holding PNG images (what every browser since IE Vista reads). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2);
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const out = (rel, data) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), data);
  console.log(`${rel}  ${data.length} bytes`);
};

// One page renders one image at a time.
const favicons = [];
for (const size of [16, 32, 48]) favicons.push({ size, png: await render(svg, size) });
out('app/favicon.ico', ico(favicons));
out('app/apple-icon.png', await render(fullBleed, 180));
out('public/icons/icon-192.png', await render(svg, 192));
out('public/icons/icon-512.png', await render(svg, 512));
out('public/icons/maskable-512.png', await render(fullBleed, 512));
await browser.close();
