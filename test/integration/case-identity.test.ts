// Where a case id comes from, through the real local stack: a document whose Dnr cannot be read but
// whose motion number sits where the Dnr should be waits for review instead of being published
// under the motion's number, and two documents with different printed Dnr never share a case.
import { describe, expect, it } from 'vitest';
import { textPdf, utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { api, uploadBytes, waitForIngest } from '../support/local-client.ts';

describe('the case id of an upload', () => {
  it('is not taken from the motion number: an empty Dnr waits for review', async () => {
    const motion = `20${String(Date.now()).slice(-2)}:${String(Date.now()).slice(-5, -2)}`;
    const pdf = textPdf([
      [
        'Utlåtande 2019:12 RI (Dnr )',
        `Motion (${motion}) om bättre cykelbanor`,
        'Motion av Anna Andersson (S)',
        '',
        'Kommunstyrelsen föreslår kommunfullmäktige besluta följande.',
        'Motionen avslås.',
        'Stockholm den 20 mars 2019',
        'På kommunstyrelsens vägnar:',
        'KARIN BERG',
      ],
    ]);

    const ingest = await waitForIngest(await uploadBytes('utan dnr.pdf', pdf));

    expect(ingest).toMatchObject({ status: 'needs_review', reason: 'no_diarienummer', caseId: null });
    expect(ingest.warnings.map((w) => w.code)).toContain('dnr_incomplete');
  });

  it('keeps two different printed diarienummer apart, even where their slugs would meet', async () => {
    const n = String(Date.now()).slice(-6);
    const slash = await waitForIngest(
      await uploadBytes(
        'snedstreck.pdf',
        utlatandePdf({ diarienummer: `2088/${n}`, title: 'Motion om streck' }),
      ),
    );
    const dash = await waitForIngest(
      await uploadBytes(
        'bindestreck.pdf',
        utlatandePdf({ diarienummer: `2088-${n}`, title: 'Motion om streck' }),
      ),
    );

    expect([slash.status, dash.status]).toEqual(['published', 'published']);
    expect(slash.caseId).toBe(`stockholm-2088-${n}`);
    expect(dash.caseId).toBe(`stockholm-2088_${n}`);
    const [a, b] = await Promise.all([api(`/v1/cases/${slash.caseId}`), api(`/v1/cases/${dash.caseId}`)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(((await a.json()) as { diarienummer: string }).diarienummer).toBe(`2088/${n}`);
    expect(((await b.json()) as { diarienummer: string }).diarienummer).toBe(`2088-${n}`);
  });
});
