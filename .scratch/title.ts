import fs from 'node:fs';
import { extractText } from '../shared/pdf/extract-text.ts';
import { extractCase } from '../shared/extraction/extract-case.ts';
const { pages } = await extractText(fs.readFileSync(process.argv[2]!));
const { record, issues } = extractCase(pages);
console.log(JSON.stringify({ title: record.title, type: record.documentType, dnr: record.diarienummer, subject: record.subject, dec: record.proposedDecision, by: [record.decisionBody, record.proposedBy], date: record.date, sig: record.signatories, res: record.reservations }, null, 1));
console.log(issues.map((i) => i.code + ' ' + i.message).join('\n'));
