// The demo pictures of packages/components/README.md, from a static Storybook build in the system Chromium:
//   (cd apps/storybook && npx storybook build -o /tmp/sb-static) && node apps/storybook/scripts/screenshots.mjs /tmp/sb-static [file…]
// Serves the build on a loopback port for the run only, opens the demo stories and writes
// packages/components/docs/images/demo-{member-1280,chair-1280,member-320}.png.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { findChromium } from '../../../scripts/find-chromium.mjs';

const dir = normalize(process.argv[2] ?? '/tmp/sb-static');
const images = fileURLToPath(new URL('../../../packages/components/docs/images/', import.meta.url));
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer((req, res) => {
  const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (!path.startsWith(dir + sep)) return void res.writeHead(403).end();
  readFile(path).then(
    (body) => res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
    () => res.writeHead(404).end(),
  );
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu'] });
// story, viewport width, picture height, file; `node … dir demo-chair-1280.png` makes only the files named.
const all = [
  ['vote-in-progress', 1280, 1500, 'demo-member-1280.png'],
  ['chair-at-vote', 1280, 1400, 'demo-chair-1280.png'],
  ['vote-in-progress', 320, 3200, 'demo-member-320.png'],
];
const only = process.argv.slice(3);
const shots = only.length ? all.filter((s) => only.includes(s[3])) : all;
try {
  for (const [story, width, height, file] of shots) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const id = `demo-council-meeting-valtuuston-kokous--${story}`;
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=locale:fi;theme:light`);
    await page.waitForSelector('dk-demo-meeting main');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(images, file), clip: { x: 0, y: 0, width, height }, fullPage: true });
    process.stdout.write(`wrote ${file}\n`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
