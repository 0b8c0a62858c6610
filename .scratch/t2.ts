import { PREDICATES } from '../shared/extraction/rules/stance-lexicon.ts';
const t = 'i sitt yttrande daterat den 12 september 2019 ställer sig social- och äldreomsorgsförvaltningen bakom förslaget om brandvarnare kopplade till trygghetslarm.';
for (const r of PREDICATES) { const m = r.pattern.exec(t); if (m) console.log(r.cls, JSON.stringify(m[0]), r.gloss); }
console.log(PREDICATES.find(r=>r.gloss==='stands behind')!.pattern.source);
