// Aggregates → inline SVG charts for the portal: cases per year (bars) and the stance distribution
// per body (stacked bars). hono/jsx components; each chart has a title, a description, text labels
// and a legend, so no information is carried by colour alone.
import type { FC } from 'hono/jsx';
import type { BodySummary } from '../feeds/case-aggregates.ts';
import { En, STANCE_COLORS, STANCE_ORDER, stanceLabel } from './layout.tsx';

export const YearChart: FC<{ years: readonly { year: string; cases: number }[] }> = ({ years }) => {
  if (years.length === 0)
    return (
      <p>
        Inga ärenden ännu. <En>No cases yet.</En>
      </p>
    );
  const max = Math.max(...years.map((y) => y.cases));
  const barW = 44;
  const gap = 14;
  const height = 200;
  const top = 24;
  const width = Math.max(320, years.length * (barW + gap) + gap);
  return (
    <svg
      role="img"
      aria-labelledby="chart-years-title chart-years-desc"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={`max-width:${width}px`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="chart-years-title">Ärenden per år</title>
      <desc id="chart-years-desc">{years.map((y) => `${y.year}: ${y.cases}`).join(', ')}</desc>
      <line x1="0" y1={height - 28} x2={width} y2={height - 28} stroke="#6b7280" />
      {years.map((y, i) => {
        const h = y.cases === 0 ? 0 : Math.max(2, Math.round((y.cases / max) * (height - top - 40)));
        const x = gap + i * (barW + gap);
        const yTop = height - 28 - h;
        return (
          <g>
            <title>{`${y.year}: ${y.cases} ärenden`}</title>
            <rect x={x} y={yTop} width={barW} height={h} fill="#1d4ed8" rx="3" />
            <text x={x + barW / 2} y={yTop - 5} text-anchor="middle" font-size="13" fill="#1a1a1a">
              {y.cases}
            </text>
            <text x={x + barW / 2} y={height - 10} text-anchor="middle" font-size="13" fill="#1a1a1a">
              {y.year === 'unknown' ? 'okänt' : y.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
};

export const StanceChart: FC<{ bodies: readonly BodySummary[]; limit?: number }> = ({
  bodies,
  limit = 12,
}) => {
  const shown = bodies.slice(0, limit);
  if (shown.length === 0)
    return (
      <p>
        Inga remissinstanser ännu. <En>No consulted bodies yet.</En>
      </p>
    );
  const labelW = 270;
  const barW = 330;
  const rowH = 26;
  const width = labelW + barW + 50;
  const height = shown.length * rowH + 8;
  const max = Math.max(...shown.map((b) => b.cases));
  const desc = shown
    .map(
      (b) =>
        `${b.body}: ${STANCE_ORDER.filter((s) => b.stances[s] > 0)
          .map((s) => `${stanceLabel(s).sv} ${b.stances[s]}`)
          .join(', ')}`,
    )
    .join('; ');
  const used = STANCE_ORDER.filter((s) => shown.some((b) => b.stances[s] > 0));
  return (
    <>
      <svg
        role="img"
        aria-labelledby="chart-stances-title chart-stances-desc"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={`max-width:${width}px`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="chart-stances-title">Ställningstaganden per remissinstans</title>
        <desc id="chart-stances-desc">{desc}</desc>
        {shown.map((b, i) => {
          const y = 4 + i * rowH;
          let x = labelW;
          const segments = STANCE_ORDER.filter((s) => b.stances[s] > 0).map((s) => {
            const w = (b.stances[s] / max) * barW;
            const rect = (
              <rect
                x={x.toFixed(1)}
                y={y + 3}
                width={w.toFixed(1)}
                height={rowH - 8}
                fill={STANCE_COLORS[s].fill}
              >
                <title>{`${b.body}: ${stanceLabel(s).sv} ${b.stances[s]}`}</title>
              </rect>
            );
            x += w;
            return rect;
          });
          const name = b.body.length > 34 ? `${b.body.slice(0, 33)}…` : b.body;
          return (
            <g>
              <text x={labelW - 8} y={y + rowH / 2 + 4} text-anchor="end" font-size="13" fill="#1a1a1a">
                {name}
              </text>
              {segments}
              <text x={(x + 6).toFixed(1)} y={y + rowH / 2 + 4} font-size="12" fill="#1a1a1a">
                {b.cases}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="legend" aria-label="Förklaring / legend">
        {used.map((s) => (
          <li>
            <span class="swatch" style={`background:${STANCE_COLORS[s].fill}`} />
            {stanceLabel(s).sv} <En>({stanceLabel(s).en})</En>
          </li>
        ))}
      </ul>
    </>
  );
};
