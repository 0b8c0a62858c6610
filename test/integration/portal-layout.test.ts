// The portal on a phone (390 × 844) and a desktop (1280 × 900), in headless Chromium against the
// real local stack: the case list (with a search snippet), a case page, the body register and a
// body page. On each: nothing scrolls sideways, axe-core finds no violation, html-validate finds no
// error in the served HTML. A body page lists the fresh case with its stance. With
// PORTAL_SCREENSHOTS=dir it also saves a screenshot of each page (docs/screenshots/ holds them).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium.ts';
import { type FreshCase, getJson, publishFreshCase, uniqueWord } from './feed-support.ts';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // how hono/jsx serialises is a style, valid HTML either way: `<!doctype html>`, `<meta/>`,
    // `selected=""`, `download=""`
    'doctype-style': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // the stance badges' colours and the charts' maximum widths are set per element
    'no-inline-style': 'off',
  },
});

const place = uniqueWord('omr');
let browser: Browser;
let fresh: FreshCase;

beforeAll(async () => {
  ({ browser } = await launchChromium());
  fresh = await publishFreshCase({
    title: `Parklekar i ${place}`,
    date: '12 maj 2021',
    extraPages: [[`Nämnden ser att parklekarna i ${place} behöver fler lekledare under sommaren.`]],
  });
  // the body text is searchable once the index is rebuilt (seconds after the ingest)
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { items } = await getJson<{ items: { id: string }[] }>(
      `/v1/cases?q=${encodeURIComponent(`lekledare ${place}`)}`,
    );
    if (items.some((i) => i.id === fresh.id) || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(async () => {
  await browser?.close();
});

const pages = () => [
  { name: 'list', path: `/?q=${encodeURIComponent(`lekledare ${place}`)}` },
  { name: 'list-all', path: '/' },
  { name: 'case', path: `/cases/${fresh.id}` },
  { name: 'bodies', path: '/bodies' },
  { name: 'body', path: '/bodies/stockholm-idrottsnamnden' },
];

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  return violations;
}

describe('the portal on a phone and a desktop', () => {
  for (const viewport of VIEWPORTS) {
    it(`returns pages with no sideways scroll, no axe violation and valid HTML at ${viewport.width} px`, async () => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const { name, path: pagePath } of pages()) {
        const response = await page.goto(`${inject('apiUrl')}${pagePath}`);
        expect(response?.status(), pagePath).toBe(200);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) problems.push(`${name}: scrollWidth ${scrollWidth} > ${innerWidth}`);
        for (const v of await axeViolations(page)) problems.push(`${name}: axe ${v}`);
        const report = await htmlValidate.validateString((await response?.text()) ?? '');
        for (const result of report.results)
          for (const m of result.messages)
            problems.push(`${name}: html-validate ${m.ruleId} ${m.message} (line ${m.line})`);
        const dir = process.env.PORTAL_SCREENSHOTS;
        if (dir) {
          fs.mkdirSync(dir, { recursive: true });
          await page.screenshot({ path: path.join(dir, `${viewport.name}-${name}.png`), fullPage: true });
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('returns a body page that lists the fresh case with its stance', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });

    await page.goto(`${inject('apiUrl')}/bodies`);
    await page.getByRole('link', { name: 'Idrottsnämnden', exact: true }).click();
    await page.waitForURL(/\/bodies\/stockholm-idrottsnamnden$/);

    const answer = page
      .locator('#answers > li')
      .filter({ has: page.locator(`a[href="/cases/${fresh.id}"]`) });
    expect(await answer.count()).toBe(1);
    expect(await answer.locator('.badge').textContent()).toMatch(/Tillstyrker/);
    expect(await answer.locator('.meta').textContent()).toContain('12 maj 2021');
    await page.close();
  });
});
