import { RESERVATION_RULES } from '../shared/extraction/rules/reservation-rules.ts';
const t = process.argv[2]!;
for (const r of RESERVATION_RULES) { r.pattern.lastIndex = 0; const m = r.pattern.exec(t); if (m) console.log(r.kind, JSON.stringify(m.groups)); }
