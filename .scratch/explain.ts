// debug: show attributed units and readings per body for one PDF
import fs from 'node:fs';
import { extractText } from '../shared/pdf/extract-text.ts';
import { extractCase } from '../shared/extraction/extract-case.ts';
import * as stance from '../shared/extraction/consultations/stance.ts';
import * as attr from '../shared/extraction/consultations/attribution.ts';
const file = process.argv[2]!;
const filter = process.argv[3];
const { pages } = await extractText(fs.readFileSync(file));
(globalThis as any).__explain = (body: string, own: any[]) => {
  if (filter && !body.toLowerCase().includes(filter.toLowerCase())) return;
  console.log(`\n=== ${body}`);
  own.forEach((a, i) => {
    console.log(`  [${a.role}${a.detailed ? '/D' : ''}] ${a.unit.text.slice(0, 200)}`);
    for (const r of stance.readUnit(a, i)) console.log(`      -> ${r.polarity}/${r.cls} scope=${r.scope} ${r.strength}${r.condition ? ' cond=' + r.condition : ''}${r.concluding ? ' concl' : ''}${r.past ? ' past' : ''}`);
  });
  const c = stance.composeStance(own);
  console.log(`  => ${c.stance} (${c.confidence}) ${c.basis}`);
};
const { record } = extractCase(pages);
const gold = JSON.parse(fs.readFileSync(file.replace(/\.pdf$/, '.json'), 'utf8'));
for (const c of record.consultations) {
  const g = gold.consultations.find((x: any) => x.body.toLowerCase() === c.body.toLowerCase());
  if (!filter || c.body.toLowerCase().includes(filter.toLowerCase())) console.log(`${g && g.stance === c.stance ? 'ok ' : 'XX '} ${c.body}: ${c.stance} (gold ${g?.stance}) ${c.meetingDate}/${c.statementDate} (gold ${g?.meetingDate}/${g?.statementDate})`);
}
