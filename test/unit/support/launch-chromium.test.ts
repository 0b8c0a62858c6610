// The browser tests' launcher on a machine without a system Chromium: hiding the system paths
// (a candidate list where nothing exists) must fall back to the npm package's browser, which renders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchChromium, resolveChromium } from '../../support/launch-chromium.ts';

describe('launchChromium', () => {
  it('returns the npm package’s Chromium, rendering a page, when no system browser exists', async () => {
    const hidden = [path.join(os.tmpdir(), 'no-such-dir', 'chromium')];

    const { browser, launch } = await launchChromium({ candidates: hidden });
    try {
      // a closed context must not take the browser with it (the package's --single-process would)
      await (await browser.newContext()).close();
      const page = await browser.newPage();
      await page.setContent('<html lang="sv"><body><h1>Remissvar åäö</h1></body></html>');

      expect(launch.source).toBe('npm');
      expect(launch.executablePath).not.toBe(hidden[0]);
      expect(launch.args).toContain('--disable-background-networking');
      expect(await page.getByRole('heading').textContent()).toBe('Remissvar åäö');
    } finally {
      await browser.close();
    }
  });
});

describe('resolveChromium', () => {
  it('returns the first executable candidate, skipping missing and non-executable ones', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-candidates-'));
    const plain = path.join(dir, 'plain');
    const executable = path.join(dir, 'chromium');
    fs.writeFileSync(plain, '');
    fs.writeFileSync(executable, '#!/bin/sh\n', { mode: 0o755 });
    try {
      const launch = await resolveChromium([path.join(dir, 'missing'), plain, executable]);

      expect(launch).toMatchObject({ executablePath: executable, source: 'system' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
