// Renders public/icon.svg to public/icon-192.png and public/icon-512.png (install icons, on white)
// and public/icon-32.png (the favicon, its corners transparent) with headless
// Chromium (Debian's /usr/bin/chromium or CHROME_PATH). Run after changing the SVG:
//   node scripts/make-icons.mjs
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svgPath = path.join(root, 'public', 'icon.svg');
const svg = await readFile(svgPath, 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const size of [32, 192, 512]) {
    const isFavicon = size === 32;
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const background = isFavicon ? 'transparent' : '#fff';
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:${background}}img{display:block}</style></head>` +
        `<body><img src="${dataUrl}" width="${size}" height="${size}" alt=""></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const out = path.join(root, 'public', `icon-${size}.png`);
    await page.screenshot({ path: out, omitBackground: isFavicon, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote ${path.relative(root, out)} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
