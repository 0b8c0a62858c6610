// Aggregates → inline SVG charts for the portal: cases per year and stances per body or per year,
// as horizontal bars, one row per item with its label above the bar. hono/jsx components. The
// drawing is 360 units wide, so on a 390 px phone a 13-unit label is about 13 px and on a desktop it
// grows to at most 1.4×; each chart has a title, a description, text labels and a legend, so no
// information is carried by colour alone.
import type { FC } from 'hono/jsx';
import type { StanceCounts } from '../feeds/case-aggregates.ts';
import { En, STANCE_COLORS, STANCE_ORDER, stanceLabel } from './layout.tsx';
import { count, formatNumber } from './swedish-format.ts';

const WIDTH = 360;
const LABEL_H = 18;
const BAR_H = 14;
const ROW_H = LABEL_H + BAR_H + 10;
/** Room at the right of the longest bar for its number. */
const NUMBER_W = 44;
const FONT = 13;

const shorten = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const YearChart: FC<{ years: readonly { year: string; cases: number }[] }> = ({ years }) => {
  if (years.length === 0)
    return (
      <p>
        Inga ärenden ännu. <En>No cases yet.</En>
      </p>
    );
  const max = Math.max(1, ...years.map((y) => y.cases));
  const rowH = 24;
  const labelW = 56;
  const height = years.length * rowH + 4;
  const barMax = WIDTH - labelW - NUMBER_W;
  return (
    <svg
      role="img"
      aria-labelledby="chart-years-title chart-years-desc"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={`max-width:${WIDTH * 1.4}px`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="chart-years-title">Ärenden per år</title>
      <desc id="chart-years-desc">
        {years
          .map(
            (y) => `${y.year === 'unknown' ? 'utan datum' : y.year}: ${count(y.cases, 'ärende', 'ärenden')}`,
          )
          .join(', ')}
      </desc>
      {years.map((y, i) => {
        const w = y.cases === 0 ? 0 : Math.max(2, (y.cases / max) * barMax);
        const top = 2 + i * rowH;
        return (
          <g>
            <title>{`${y.year}: ${count(y.cases, 'ärende', 'ärenden')}`}</title>
            <text x={labelW - 8} y={top + 15} text-anchor="end" font-size={FONT} fill="#1a1a1a">
              {y.year === 'unknown' ? 'okänt' : y.year}
            </text>
            <rect x={labelW} y={top + 4} width={w.toFixed(1)} height={rowH - 8} fill="#1d4ed8" rx="2" />
            <text x={(labelW + w + 6).toFixed(1)} y={top + 15} font-size={FONT} fill="#1a1a1a">
              {formatNumber(y.cases)}
            </text>
          </g>
        );
      })}
    </svg>
  );
};

export interface StanceRow {
  label: string;
  stances: StanceCounts;
}

/** Stacked stance bars, one row per body or year; `id` keeps the labels unique on the page. */
export const StanceBars: FC<{ id: string; title: string; rows: readonly StanceRow[]; limit?: number }> = ({
  id,
  title,
  rows,
  limit = 12,
}) => {
  const shown = rows.slice(0, limit);
  if (shown.length === 0)
    return (
      <p>
        Inga svar ännu. <En>No answers yet.</En>
      </p>
    );
  const totals = shown.map((r) => STANCE_ORDER.reduce((n, s) => n + (r.stances[s] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const barMax = WIDTH - NUMBER_W;
  const height = shown.length * ROW_H;
  const desc = shown
    .map(
      (r) =>
        `${r.label}: ${STANCE_ORDER.filter((s) => r.stances[s] > 0)
          .map((s) => `${stanceLabel(s).sv} ${r.stances[s]}`)
          .join(', ')}`,
    )
    .join('; ');
  const used = STANCE_ORDER.filter((s) => shown.some((r) => r.stances[s] > 0));
  return (
    <>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={`max-width:${WIDTH * 1.4}px`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {shown.map((r, i) => {
          const top = i * ROW_H;
          let x = 0;
          const segments = STANCE_ORDER.filter((s) => r.stances[s] > 0).map((s) => {
            const w = (r.stances[s] / max) * barMax;
            const rect = (
              <rect
                x={x.toFixed(1)}
                y={top + LABEL_H + 2}
                width={w.toFixed(1)}
                height={BAR_H}
                fill={STANCE_COLORS[s].fill}
              >
                <title>{`${r.label}: ${stanceLabel(s).sv} ${r.stances[s]}`}</title>
              </rect>
            );
            x += w;
            return rect;
          });
          return (
            <g>
              <text x="0" y={top + LABEL_H - 4} font-size={FONT} fill="#1a1a1a">
                {shorten(r.label)}
              </text>
              {segments}
              <text x={(x + 6).toFixed(1)} y={top + LABEL_H + BAR_H} font-size={FONT - 1} fill="#1a1a1a">
                {formatNumber(totals[i] ?? 0)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="legend">
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
