// An archivist in headless Chromium against the running local stack, with JavaScript off (the
// review pages must work without it): the queue refuses them until they sign in with the token,
// they correct a doubtful stance in the queue, and the public case page shows the corrected value.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium.ts';
import { uniqueWord } from './feed-support.ts';
import { DOUBTFUL_BODY, publishDoubtfulCase } from './review-support.ts';

let browser: Browser;
let caseId: string;

beforeAll(async () => {
  ({ browser } = await launchChromium());
  ({ id: caseId } = await publishDoubtfulCase(`Motion om lekplatser ${uniqueWord('brw')}`));
});

afterAll(async () => {
  await browser?.close();
});

describe('the review queue in a browser', () => {
  it('signs in locally, corrects a stance in the queue, and shows it on the case page', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();

    const refused = await page.goto(`${inject('apiUrl')}/review`);
    expect(refused?.status()).toBe(401);
    await page.getByRole('link', { name: /Logga in/ }).click();
    await page.waitForURL(/\/sign-in\?return=%2Freview$/);
    await page.getByLabel('Arkivarietoken').fill(inject('archivistToken'));
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(/\/review$/);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'remissvar_archivist', httpOnly: true, sameSite: 'Strict' });

    const item = page.locator(
      `li[data-case="${caseId}"] li[data-path="consultations[${DOUBTFUL_BODY}].stance"]`,
    );
    expect(await item.locator('blockquote').first().textContent()).toContain('har lämnat synpunkter');
    await item.getByLabel(`Nytt värde: Ställningstagande – ${DOUBTFUL_BODY}`).selectOption('supports');
    await item.getByLabel('Anteckning / note').fill('Nämnden ställer sig bakom förslaget, s. 1');
    await page.screenshot({ path: '/tmp/review-queue.png', fullPage: true });
    await item.getByRole('button', { name: 'Rätta' }).click();
    await page.waitForURL(/\/review\?done=corrected$/);
    expect(await page.getByRole('status').first().textContent()).toContain('Rättelsen är sparad');
    expect(
      await page
        .locator(`li[data-case="${caseId}"] li[data-path="consultations[${DOUBTFUL_BODY}].stance"]`)
        .count(),
    ).toBe(0);

    await page.goto(`${inject('apiUrl')}/cases/${caseId}`);
    const row = page.locator('#consultations li', { hasText: DOUBTFUL_BODY });
    expect(await row.textContent()).toMatch(/Tillstyrker[\s\S]*rättad av arkivarie/);
    expect(await page.locator('#corrections').textContent()).toContain('local archivist');
    await page.screenshot({ path: '/tmp/review-case.png', fullPage: true });
    await context.close();
  });
});
