// The portal as a person meets it, in headless Chromium against the running local stack: load the
// list, filter it with the form, open a case with its consultations, download the CSV.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium.ts';
import { publishFreshCase, uniqueWord } from './feed-support.ts';

const word = uniqueWord('prt');
let browser: Browser;
let caseId: string;

beforeAll(async () => {
  ({ browser } = await launchChromium());
  caseId = (await publishFreshCase({ title: `Bänkar i parken ${word}`, date: '3 juni 2020' })).id;
  await publishFreshCase({ title: `Belysning i parken ${word}`, date: '4 juni 2022' });
});

afterAll(async () => {
  await browser?.close();
});

describe('the portal', () => {
  it('returns a page that filters, opens a case and downloads the CSV', async () => {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();

    await page.goto(inject('apiUrl'));
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await expect.poll(() => page.locator('svg[role="img"]').count()).toBe(2);
    await page.screenshot({ path: '/tmp/portal.png', fullPage: true });

    await page.getByRole('searchbox').fill(word);
    await page.getByText('Fler filter').click();
    await page.getByLabel('Från datum').fill('2021-01-01');
    await page.getByRole('button', { name: /Sök/ }).click();
    await page.waitForURL(/q=prt/);
    const rows = page.locator('#case-list > li');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Belysning i parken');

    await page.getByLabel('Från datum').fill('');
    await page.getByRole('button', { name: /Sök/ }).click();
    await page.waitForURL((url) => !url.searchParams.get('from'));
    expect(await rows.count()).toBe(2);
    await page.getByRole('link', { name: `Bänkar i parken ${word}` }).click();

    await page.waitForURL(new RegExp(`/cases/${caseId}$`));
    const consultations = page.locator('#consultations > li');
    expect(await consultations.count()).toBe(2);
    expect(await consultations.nth(0).textContent()).toMatch(
      /Stadsledningskontoret[\s\S]*Avstyrker[\s\S]*avstyrker förslaget/,
    );
    expect(await consultations.nth(1).textContent()).toMatch(/Idrottsnämnden[\s\S]*Tillstyrker/);
    const pdfHref = await page.locator('a[type="application/pdf"]').first().getAttribute('href');
    expect(
      (await page.request.get(new URL(pdfHref ?? '', inject('apiUrl')).toString())).headers()['content-type'],
    ).toBe('application/pdf');
    await page.screenshot({ path: '/tmp/portal-case.png', fullPage: true });

    await page.goBack();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ärenden CSV', exact: true }).click(),
    ]);
    const bytes = fs.readFileSync((await download.path()) ?? '');
    expect(download.suggestedFilename()).toBe('cases.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).join('\n')).toContain(`Bänkar i parken ${word}`);
    await context.close();
  });

  it('returns a 400 page naming the bad filter, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    const response = await page.goto(`${inject('apiUrl')}/?from=not-a-date`);

    expect(response?.status()).toBe(400);
    expect(await page.getByRole('alert').textContent()).toContain('from');
    await context.close();
  });
});
