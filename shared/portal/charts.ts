// Aggregates → inline SVG charts for the portal: cases per year (bars) and the stance distribution
// per body (stacked bars). Pure strings; each chart has a title, a description, text labels and a
// legend, so no information is carried by colour alone.
import type { BodySummary } from '../feeds/case-aggregates.ts';
import { esc, STANCE_COLORS, STANCE_ORDER, stanceLabel } from './html.ts';

export function renderYearChart(years: readonly { year: string; cases: number }[]): string {
  if (years.length === 0) return '<p>Inga ärenden ännu. <span class="en" lang="en">No cases yet.</span></p>';
  const max = Math.max(...years.map((y) => y.cases));
  const barW = 44;
  const gap = 14;
  const height = 200;
  const top = 24;
  const width = Math.max(320, years.length * (barW + gap) + gap);
  const bars = years
    .map((y, i) => {
      const h = y.cases === 0 ? 0 : Math.max(2, Math.round((y.cases / max) * (height - top - 40)));
      const x = gap + i * (barW + gap);
      const yTop = height - 28 - h;
      return `<g><title>${esc(y.year)}: ${y.cases} ärenden</title>
<rect x="${x}" y="${yTop}" width="${barW}" height="${h}" fill="#1d4ed8" rx="3"/>
<text x="${x + barW / 2}" y="${yTop - 5}" text-anchor="middle" font-size="13" fill="#1a1a1a">${y.cases}</text>
<text x="${x + barW / 2}" y="${height - 10}" text-anchor="middle" font-size="13" fill="#1a1a1a">${esc(y.year === 'unknown' ? 'okänt' : y.year)}</text></g>`;
    })
    .join('\n');
  return `<svg role="img" aria-labelledby="chart-years-title chart-years-desc" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg">
<title id="chart-years-title">Ärenden per år</title>
<desc id="chart-years-desc">${esc(years.map((y) => `${y.year}: ${y.cases}`).join(', '))}</desc>
<line x1="0" y1="${height - 28}" x2="${width}" y2="${height - 28}" stroke="#6b7280"/>
${bars}
</svg>`;
}

export function renderStanceChart(bodies: readonly BodySummary[], limit = 12): string {
  const shown = bodies.slice(0, limit);
  if (shown.length === 0)
    return '<p>Inga remissinstanser ännu. <span class="en" lang="en">No consulted bodies yet.</span></p>';
  const labelW = 270;
  const barW = 330;
  const rowH = 26;
  const width = labelW + barW + 50;
  const height = shown.length * rowH + 8;
  const max = Math.max(...shown.map((b) => b.cases));
  const rows = shown
    .map((b, i) => {
      const y = 4 + i * rowH;
      let x = labelW;
      const segments = STANCE_ORDER.filter((s) => b.stances[s] > 0)
        .map((s) => {
          const w = (b.stances[s] / max) * barW;
          const rect = `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${STANCE_COLORS[s].fill}"><title>${esc(b.body)}: ${esc(stanceLabel(s).sv)} ${b.stances[s]}</title></rect>`;
          x += w;
          return rect;
        })
        .join('');
      const name = b.body.length > 34 ? `${b.body.slice(0, 33)}…` : b.body;
      return `<g><text x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" font-size="13" fill="#1a1a1a">${esc(name)}</text>${segments}<text x="${(x + 6).toFixed(1)}" y="${y + rowH / 2 + 4}" font-size="12" fill="#1a1a1a">${b.cases}</text></g>`;
    })
    .join('\n');
  const desc = shown
    .map(
      (b) =>
        `${b.body}: ${STANCE_ORDER.filter((s) => b.stances[s] > 0)
          .map((s) => `${stanceLabel(s).sv} ${b.stances[s]}`)
          .join(', ')}`,
    )
    .join('; ');
  const used = STANCE_ORDER.filter((s) => shown.some((b) => b.stances[s] > 0));
  const legend = used
    .map(
      (s) =>
        `<li><span class="swatch" style="background:${STANCE_COLORS[s].fill}"></span>${esc(stanceLabel(s).sv)} <span class="en" lang="en">(${esc(stanceLabel(s).en)})</span></li>`,
    )
    .join('');
  return `<svg role="img" aria-labelledby="chart-stances-title chart-stances-desc" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg">
<title id="chart-stances-title">Ställningstaganden per remissinstans</title>
<desc id="chart-stances-desc">${esc(desc)}</desc>
${rows}
</svg>
<ul class="legend" aria-label="Förklaring / legend">${legend}</ul>`;
}
