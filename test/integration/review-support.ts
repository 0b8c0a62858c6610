// Cases for the review tests: an utlåtande whose remiss list names three bodies, one answering
// plainly (Stadsledningskontoret opposes), two in words that carry no stance cue, so the extractor
// reads them `unclear` with low confidence — what an archivist must look at. And one with no Dnr.
import { randomInt } from 'node:crypto';
import { textPdf } from '../fixtures/hostile/text-pdf.ts';
import { uploadBytes, waitForIngest } from '../support/local-client.ts';

export const DOUBTFUL_BODY = 'Trafiknämnden';

export function doubtfulPdf(options: { diarienummer: string | null; title: string }): Buffer {
  return textPdf([
    [
      options.diarienummer ? `Utlåtande 2019:12 RI (Dnr ${options.diarienummer})` : 'Utlåtande 2019:12 RI',
      options.title,
      'Motion av Anna Andersson (S)',
      '',
      'Kommunstyrelsen föreslår kommunfullmäktige besluta följande.',
      'Motionen avslås.',
      '',
      'Föredragande borgarrådet Karin Berg anför följande.',
      'Motionen har remitterats till stadsledningskontoret, trafiknämnden och idrottsnämnden.',
      'Stadsledningskontoret avstyrker förslaget i motionen.',
      'Trafiknämnden har lämnat synpunkter på motionen.',
      'Idrottsnämnden tycker att förslaget kanske kan vara intressant men vill se mer utredning.',
      '',
      'Stockholm den 20 mars 2019',
      'På kommunstyrelsens vägnar:',
      'KARIN BERG',
    ],
  ]);
}

export const freshDiarienummer = () =>
  `20${randomInt(30, 99)}/${String(randomInt(0, 999_999)).padStart(6, '0')}`;

/** Uploads a doubtful case and waits until it is published; its id and upload key. */
export async function publishDoubtfulCase(
  title: string,
): Promise<{ id: string; key: string; diarienummer: string }> {
  const diarienummer = freshDiarienummer();
  const key = await uploadBytes(
    `${diarienummer.replace('/', '-')}.pdf`,
    doubtfulPdf({ diarienummer, title }),
  );
  const ingest = await waitForIngest(key);
  if (ingest.status !== 'published' || !ingest.caseId)
    throw new Error(`doubtful case ${diarienummer} ended ${ingest.status} ${ingest.reason ?? ''}`);
  return { id: ingest.caseId, key, diarienummer };
}
