import fs from 'node:fs';
const [goldDir, predDir] = process.argv.slice(2);
const norm = (v) => (v == null ? null : String(v).normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase());
const rows = [];
for (const f of fs.readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
  const g = JSON.parse(fs.readFileSync(`${goldDir}/${f}`, 'utf8'));
  const pp = `${predDir}/${f}`; if (!fs.existsSync(pp)) continue;
  const p = JSON.parse(fs.readFileSync(pp, 'utf8'));
  const pc = [...(p.consultations ?? [])];
  for (const c of g.consultations ?? []) {
    const i = pc.findIndex((x) => norm(x.body) === norm(c.body)); if (i < 0) continue;
    const m = pc.splice(i, 1)[0];
    if (m.stance == null) continue;
    rows.push({ conf: m.confidence ?? 0, ok: m.stance === c.stance, stance: m.stance });
  }
}
const buckets = [[0, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1.01]];
for (const [a, b] of buckets) { const r = rows.filter((x) => x.conf >= a && x.conf < b); console.log(`[${a},${b}) n=${r.length} acc=${r.length ? (r.filter((x) => x.ok).length / r.length).toFixed(3) : '-'}`); }
for (const t of [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) { const r = rows.filter((x) => x.conf >= t); console.log(`>=${t}: n=${r.length} (${(r.length / rows.length * 100).toFixed(0)}%) precision=${(r.filter((x) => x.ok).length / r.length).toFixed(3)}`); }
