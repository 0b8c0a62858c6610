// A headless Chromium for the browser tests on any machine with Node: Debian's /usr/bin/chromium
// when it is there, otherwise the one that ships inside the @sparticuz/chromium npm package
// (inflated to the temp dir on first use), so `npm ci && npm test` needs no system browser.
import fs from 'node:fs';
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
  // no WebGL needed: skips inflating the swiftshader libraries
  sparticuz.setGraphicsMode = false;
  const executablePath = await sparticuz.executablePath();
  const packageArgs = sparticuz.args.filter((arg) => !UNWANTED_PACKAGE_ARGS.has(arg));
  const args = [...new Set([...packageArgs, ...COMMON_ARGS])];
  return { executablePath, args, source: 'npm' };
}

export async function launchChromium(
  options: { candidates?: readonly string[] } = {},
): Promise<{ browser: Browser; launch: ChromiumLaunch }> {
  const launch = await resolveChromium(options.candidates);
  const browser = await chromium.launch({ executablePath: launch.executablePath, args: launch.args });
  return { browser, launch };
}
