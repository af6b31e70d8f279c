// The e2e harness's own check, until web/e2e/run.mjs exists: headless Chromium opens the player
// through the gateway, waits for the page to render, and writes a screenshot. Proves that the
// system, the gateway, the build and the browser are wired; the web player's own test goes further.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.WEB_DIR ?? 'web', 'package.json'));
const { chromium } = require('playwright-core');

const base = process.env.BASE_URL ?? 'http://localhost:8080';
const shots = process.env.SCREENSHOT_DIR ?? 'web/dist-e2e';
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) { passed++; console.log(`  ok   ${what}`); } else { failed++; console.log(`  FAIL ${what}`); }
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const response = await page.goto(base + '/', { waitUntil: 'networkidle' });
  check(response?.status() === 200, `GET ${base}/ answers 200`);
  const root = await page.locator('#root').count();
  check(root === 1 && (await page.locator('#root *').count()) > 0, 'the app renders into #root');
  const albums = await page.evaluate(async () => (await fetch('/albums?limit=1')).status);
  check(albums === 200, 'the API answers on the same origin');
  await page.screenshot({ path: path.join(shots, 'placeholder-home.png'), fullPage: true });
  check(true, `screenshot ${path.join(shots, 'placeholder-home.png')}`);
} finally {
  await browser.close();
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
