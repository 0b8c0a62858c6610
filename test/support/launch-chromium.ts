// A headless Chromium for the browser tests on any machine with Node: Debian's /usr/bin/chromium
// when it is there, otherwise the one that ships inside the @sparticuz/chromium npm package
// (inflated to the temp dir on first use), so `npm ci && npm test` needs no system browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';

/** Where a system Chromium is looked for, first hit wins. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags both browsers need here: no sandbox as root, and no background calls to Google. */
const COMMON_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The package's serverless flags minus those that change what a test sees: `--single-process`
 * ends the whole browser when a test closes its first context, and the web-security switches would
 * hide what a reader's browser enforces.
 */
const UNWANTED_PACKAGE_ARGS = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
]);

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  source: 'system' | 'npm';
}

const isExecutable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The browser to launch: the first executable candidate, else the npm package's own build. */
export async function resolveChromium(
  candidates: readonly string[] = SYSTEM_CHROMIUM_PATHS,
): Promise<ChromiumLaunch> {
  const system = candidates.find(isExecutable);
  if (system) return { executablePath: system, args: COMMON_ARGS, source: 'system' };
  const executablePath = await inflatePackageChromium();
  const packageArgs = sparticuz.args.filter((arg) => !UNWANTED_PACKAGE_ARGS.has(arg));
  const args = [...new Set([...packageArgs, ...COMMON_ARGS])];
  return { executablePath, args, source: 'npm' };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The package writes its browser straight to $TMPDIR/chromium and trusts any file there, so test
 * processes starting together inflate it one at a time (a lock folder), and a file left half
 * written by a killed run (no marker beside it) is inflated again.
 */
async function inflatePackageChromium(): Promise<string> {
  const target = path.join(os.tmpdir(), 'chromium');
  const marker = `${target}.inflated`;
  const lock = `${target}.lock`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // a lock older than any inflation (about 1 s here) was left by a killed process
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited 120 s for ${lock}`);
      await sleep(100);
    }
  }
  try {
    if (!fs.existsSync(marker)) fs.rmSync(target, { force: true });
    // no WebGL needed: skips inflating the swiftshader libraries
    sparticuz.setGraphicsMode = false;
    const executablePath = await sparticuz.executablePath();
    fs.writeFileSync(marker, '');
    return executablePath;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export async function launchChromium(
  options: { candidates?: readonly string[] } = {},
): Promise<{ browser: Browser; launch: ChromiumLaunch }> {
  const launch = await resolveChromium(options.candidates);
  const browser = await chromium.launch({ executablePath: launch.executablePath, args: launch.args });
  return { browser, launch };
}
