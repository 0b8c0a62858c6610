import { readUnit } from '../shared/extraction/consultations/stance.ts';
const mk = (text: string) => ({ unit: { text, kind: 'sentence', start: 0, page: 1, paragraph: 0, line: 0, cells: [] }, role: 'statement', detailed: false }) as any;
for (const t of process.argv.slice(2)) console.log(t, '\n   ', readUnit(mk(t), 0).map((r) => `${r.polarity}/${r.cls}/${r.scope}/${r.strength}`).join(' ; '));
