// The portal's frame: the page layout (hono/jsx, so every interpolated value is escaped by the
// template library, not by hand), the stance colours and the stance badge. Pure, no I/O.
import { type Child, type FC, Fragment, jsx } from 'hono/jsx';
import { STANCE_LABELS } from '../feeds/stance-labels.ts';
import type { Stance } from '../model/case-record.ts';

/** Fill colours for charts; badges use light backgrounds with dark text (contrast ≥ 7:1). */
export const STANCE_COLORS: Record<Stance | 'unknown', { fill: string; bg: string; fg: string }> = {
  supports: { fill: '#2f7d4a', bg: '#dcf0e2', fg: '#14532d' },
  opposes: { fill: '#c0392b', bg: '#f9dcd9', fg: '#7f1d1d' },
  partly: { fill: '#d08c1a', bg: '#fcefd2', fg: '#6b3d05' },
  no_objection: { fill: '#2f6fb3', bg: '#dbe8f8', fg: '#1e3a6e' },
  no_position: { fill: '#6b7280', bg: '#e7e8eb', fg: '#1f2937' },
  no_response: { fill: '#a3a9b3', bg: '#f3f4f6', fg: '#374151' },
  unclear: { fill: '#7c5cbf', bg: '#ebe4f8', fg: '#3f2373' },
  unknown: { fill: '#d5d9e0', bg: '#ffffff', fg: '#374151' },
};

export const STANCE_ORDER: readonly (Stance | 'unknown')[] = [
  'supports',
  'partly',
  'no_objection',
  'no_position',
  'opposes',
  'unclear',
  'no_response',
  'unknown',
];

export function stanceLabel(stance: Stance | 'unknown' | null): { sv: string; en: string } {
  return stance && stance !== 'unknown' ? STANCE_LABELS[stance] : { sv: 'Okänt', en: 'unknown' };
}

const STANCE_SYMBOLS: Partial<Record<Stance | 'unknown', string>> = {
  supports: '✓',
  opposes: '✗',
  partly: '◐',
  no_objection: '○',
  unknown: '?',
};

/** Colour plus text, never colour alone; the symbol helps in greyscale too. */
export const StanceBadge: FC<{ stance: Stance | null; count?: number | undefined }> = ({ stance, count }) => {
  const key = stance ?? 'unknown';
  const { bg, fg } = STANCE_COLORS[key];
  const label = stanceLabel(key);
  const symbol = STANCE_SYMBOLS[key] ?? '–';
  const style = `background:${bg};color:${fg};border-color:${fg}`;
  if (count !== undefined) {
    return (
      <span class={`badge stance-${key}`} style={style} title={label.en}>
        <span aria-hidden="true">{symbol}</span> {label.sv} ×{count}
      </span>
    );
  }
  return (
    <span class={`badge stance-${key}`} style={style}>
      <span aria-hidden="true">{symbol}</span> {label.sv}{' '}
      <span class="en" lang="en">
        ({label.en})
      </span>
    </span>
  );
};

/** An English gloss after a Swedish label. */
export const En: FC<{ children: Child }> = ({ children }) => (
  <span class="en" lang="en">
    {children}
  </span>
);

const CSS = `
:root{--fg:#1a1a1a;--muted:#4b5563;--line:#d1d5db;--accent:#1d4ed8;--bg:#fafaf9}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
a{color:var(--accent)}a:focus,button:focus,input:focus,select:focus{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
header.site{background:#0f2a4a;color:#fff;padding:1rem 1.5rem}
header.site a{color:#fff}header.site .brand{margin:0;font-size:1.6rem}header.site .brand a{text-decoration:none}
header.site p{margin:.25rem 0 0;color:#dbe4f0}
header.site nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;margin:.5rem 0 0;padding:0}
header.site nav a[aria-current]{font-weight:700;text-decoration-thickness:3px}
main{max-width:1200px;margin:0 auto;padding:1rem 1.5rem 3rem}
h2{font-size:1.3rem;margin:1.75rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.en{color:var(--muted);font-size:.85em;font-weight:normal}
form.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,200px),1fr));gap:.75rem 1rem;background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem}
form.filters label{display:block;font-weight:600;font-size:.9rem}
form.filters input,form.filters select{width:100%;padding:.4rem .5rem;border:1px solid #6b7280;border-radius:4px;font:inherit;background:#fff}
form.filters .wide{grid-column:1/-1}
.more-filters summary{cursor:pointer;font-weight:600;padding:.25rem 0}
.more-filters .filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,200px),1fr));gap:.75rem 1rem;margin-top:.5rem}
.more-filters label{display:block;font-weight:600;font-size:.9rem}
.more-filters input,.more-filters select{width:100%;padding:.4rem .5rem;border:1px solid #6b7280;border-radius:4px;font:inherit;background:#fff}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end}
button{background:var(--accent);color:#fff;border:0;border-radius:4px;padding:.5rem 1.1rem;font:inherit;font-weight:600;cursor:pointer}
.nowrap{white-space:nowrap}
.badge{display:inline-block;border:1px solid;border-radius:999px;padding:0 .55rem;font-size:.85rem;white-space:nowrap;margin:1px 0}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem}
.card h3,.card .card-title{margin:0 0 .25rem;font-size:1.05rem;border:0;padding:0}
.card .meta{margin:0 0 .35rem;color:var(--muted);font-size:.9rem}
.card .stances{margin:.35rem 0 0}
.snippet{margin:.35rem 0;font-size:.92rem}
mark{background:#fde68a;color:inherit;padding:0 .1em}
.consultation{display:grid;grid-template-columns:minmax(12rem,1fr) 2fr;gap:.25rem 1.5rem}

.consultation .dates{margin:.25rem 0 0;font-size:.9rem;color:var(--muted)}
.consultation blockquote{margin:0}
.downloads{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.downloads a{display:inline-block;border:1px solid var(--accent);border-radius:4px;padding:.25rem .6rem;text-decoration:none;background:#fff}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:1.5rem}
figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem;min-width:0}
figcaption{font-weight:600;margin-bottom:.5rem}
svg{display:block;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:.25rem .75rem;font-size:.85rem;list-style:none;padding:0;margin:.5rem 0 0}
.legend .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.3em}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
blockquote{margin:.25rem 0;padding-left:.6rem;border-left:3px solid var(--line);color:#333;font-size:.92rem}
.error{background:#fde8e8;border:1px solid #9b1c1c;color:#7f1d1d;padding:.75rem 1rem;border-radius:6px}
.count{color:var(--muted)}
footer{max-width:1200px;margin:0 auto;padding:1rem 1.5rem;color:var(--muted);font-size:.9rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:640px){
header.site,main,footer{padding-left:1rem;padding-right:1rem}
dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}
.consultation{grid-template-columns:1fr}
}
`;

/** The page frame every portal page shares: head, site header, main, footer. */
/** The portal's sections, for the site navigation; `current` marks the one a page belongs to. */
export type Section = 'cases' | 'bodies';

const NAV: readonly { section: Section; href: string; sv: string; en: string }[] = [
  { section: 'cases', href: '/', sv: 'Ärenden', en: 'cases' },
  { section: 'bodies', href: '/bodies', sv: 'Remissinstanser', en: 'consulted bodies' },
];

export const Layout: FC<{ title: string; section?: Section | undefined; children: Child }> = ({
  title,
  section,
  children,
}) => (
  <html lang="sv">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} – Remissvar`}</title>
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link
        rel="alternate"
        type="application/atom+xml"
        title="Nya och ändrade ärenden"
        href="/v1/cases.atom"
      />
      {/* a constant of this file, never data: raw so that CSS's `>` survives */}
      <style dangerouslySetInnerHTML={{ __html: CSS }} />
    </head>
    <body>
      <a class="skip" href="#main">
        Till innehållet / Skip to content
      </a>
      <header class="site">
        <p class="brand">
          <a href="/">Remissvar</a>
        </p>
        <p>
          Kommunala ärenden och remissinstansernas ställningstaganden{' '}
          <span lang="en">· council cases and the positions of consulted bodies</span>
        </p>
        <nav aria-label="Huvudmeny">
          <ul>
            {NAV.map((item) => (
              <li>
                <a href={item.href} aria-current={item.section === section ? 'page' : undefined}>
                  {item.sv}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer>
        <p>
          Öppna data under{' '}
          <a href="http://creativecommons.org/publicdomain/zero/1.0/" rel="license">
            CC0 1.0
          </a>
          . API: <a href="/v1/openapi.json">OpenAPI 3.1</a> · <a href="/v1/bulk">bulkfiler / bulk files</a> ·{' '}
          <a href="/v1/changes">ändringsflöde / change feed</a> · <a href="/v1/cases.atom">Atom</a> ·{' '}
          <a href="/sign-in">arkivarier: logga in / archivists: sign in</a>
        </p>
      </footer>
    </body>
  </html>
);

/**
 * A JSX tree → its HTML text. The portal's components are synchronous; an async one would turn
 * the result into a promise, which is a programming error here, not a page.
 */
export function renderToString(node: Child): string {
  // a fragment, so that even a bare string passed in is escaped
  const html: unknown = jsx(Fragment, {}, node).toString();
  if (typeof html !== 'string') throw new Error('portal components must be synchronous');
  return html;
}

/** A whole page: the doctype and the layout around `children`. */
export function renderPage(title: string, children: Child, section?: Section): string {
  return `<!doctype html>\n${renderToString(
    <Layout title={title} section={section}>
      {children}
    </Layout>,
  )}`;
}

/** The site icon: a speech bubble with a tick, in the header's colours. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0f2a4a"/><path d="M7 8h18a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H14l-5 4v-4H7a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2z" fill="#fff"/><path d="M11 15l3 3 7-7" stroke="#2f7d4a" stroke-width="2.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
