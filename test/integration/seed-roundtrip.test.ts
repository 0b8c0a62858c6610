// The foundation's promise, as a user meets it: the seed PDF dropped into the originals bucket is
// published and can be read back through the HTTP API as JSON, as CSV and as the source PDF.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseRecordSchema } from '../../shared/model/case-record.ts';
import { api, uploadBytes, waitForIngest } from '../support/local-client.ts';

const seed = fs.readFileSync(new URL('../fixtures/corpus/seed-2017-000991.pdf', import.meta.url));
const caseId = 'stockholm-2017-000991';

describe('seed upload round trip', () => {
  it('publishes the seed and serves it as JSON, CSV and the source PDF', async () => {
    const key = await uploadBytes('seed 2017 (utlåtande).pdf', seed);

    const ingest = await waitForIngest(key);

    expect(ingest).toMatchObject({ status: 'published', caseId, fileName: 'seed 2017 (utlåtande).pdf' });
    const record = CaseRecordSchema.parse(await (await api(`/v1/cases/${caseId}`)).json());
    expect(record.diarienummer).toBe('2017/000991');
    expect(record.date).toBe('2018-04-25');
    expect(record.title).toMatch(/^Kommunen skall informera/);
    expect(record.consultations.map((c) => c.body)).toContain('Stadsledningskontoret');
    expect(record.documents).toHaveLength(1);
    expect(record.revision).toBe(1);

    const list = (await (await api('/v1/cases')).json()) as { items: { id: string }[] };
    expect(list.items.map((i) => i.id)).toContain(caseId);

    const csvResponse = await api('/v1/cases.csv');
    const csv = new Uint8Array(await csvResponse.arrayBuffer());
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(csv.slice(3));
    expect(text.split('\r\n')[0]).toMatch(/^id,municipality,/);
    expect(text).toContain('2017/000991');

    const pdf = await api(record.documents[0]?.url ?? '');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).equals(seed)).toBe(true);
  });

  it('marks the same bytes under another name as a duplicate of the published case', async () => {
    const first = await uploadBytes('first.pdf', seed);
    await waitForIngest(first);

    const second = await waitForIngest(await uploadBytes('copy of the seed.pdf', seed));

    expect(second.status).toBe('duplicate');
    expect(second.caseId).toBe(caseId);
    const record = CaseRecordSchema.parse(await (await api(`/v1/cases/${caseId}`)).json());
    expect(record.revision).toBe(1);
  });

  it('answers If-None-Match with 304 and names a bad parameter in a 400', async () => {
    const first = await api('/v1/cases?limit=5');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('access-control-allow-origin')).toBe('*');

    const again = await api('/v1/cases?limit=5', { headers: { 'If-None-Match': etag ?? '' } });
    const bad = await api('/v1/cases?limit=0');

    expect(again.status).toBe(304);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/limit/);
    expect((await api('/v1/cases/no-such-case')).status).toBe(404);
  });
});
