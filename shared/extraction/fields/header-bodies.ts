// The writing office and the addressed committee, as a tjänsteutlåtande's letterhead names them.
import type { ExtractionContext } from '../extraction-context.ts';
import { capitalizeWord } from '../text/person-names.ts';

const DOCUMENT_KIND_RE =
  /^(?:TJÄNSTEUTLÅTANDE|TJÄNSTESKRIVELSE|REMISSVAR|YTTRANDE|PROTOKOLL\p{Lu}*|PM|UTLÅTANDE|BESLUT)$/u;
const TRAILING_DATE_RE = /\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{Ll}+\s+\d{4})$/u;

/**
 * The header's cells as names: a letterhead in capitals (`SKARPNÄCKS STADSDELSFÖRVALTNING`) in
 * sentence case, without `Till`, a run-in document-type word or a trailing date.
 */
export function letterheadCells(ctx: ExtractionContext): string[] {
  // a letterhead column wraps (`Hägersten-Liljeholmens` / `stadsdelsförvaltning`): a cell that
  // starts lower-case continues the cell above it in the same column
  const rows: string[][] = [];
  for (const line of ctx.doc.lines.slice(ctx.mainLine, ctx.mainLine + 14)) {
    // the letterhead ends where the prose starts: a body named below that is no author
    if (/[.]$/u.test(line.text) || line.text.split(/\s+/u).length >= 9) break;
    const cells = line.cells.map((c) => c.trim());
    const above = rows[rows.length - 1];
    if (above) {
      cells.forEach((cell, k) => {
        // (in capitals, a kind word alone continues the place above it, in whichever column:
        // `SPÅNGA-TENSTA | TJÄNSTEUTLÅTANDE` / `STADSDELSFÖRVALTNING`)
        const place = /^\p{Lu}*(?:FÖRVALTNING(?:EN)?|KONTORET|NÄMND(?:EN)?|STYRELSEN)$/u.test(cell)
          ? above.findIndex((a) => /^[\p{Lu}-]+(?:\s[\p{Lu}-]+)?$/u.test(a) && !DOCUMENT_KIND_RE.test(a))
          : -1;
        const kindAlone = place >= 0;
        const column = kindAlone ? place : cells.length === 1 ? above.length - 1 : k;
        if ((/^\p{Ll}/u.test(cell) || kindAlone) && above[column] !== undefined) {
          above[column] = `${above[column]} ${cell}`;
          cells[k] = '';
        }
      });
    }
    rows.push(cells);
  }
  return rows
    .flat()
    .filter((c) => c.length > 0)
    .map((printed) =>
      (/\p{Ll}/u.test(printed) ? printed : sentenceCase(printed))
        .replace(/^Till\s+/u, '')
        // `Tjänsteutlåtande Stadsledningskontoret`, `Spånga-Tensta stadsdelsförvaltning
        // Tjänsteutlåtande`: a document-type word run into the office's line
        .replace(/^(?:Tjänsteutlåtande|Tjänsteskrivelse|Remissvar|PM)\s+/iu, '')
        .replace(/\s+(?:Tjänsteutlåtande|Tjänsteskrivelse|Remissvar)$/iu, '')
        .replace(TRAILING_DATE_RE, ''),
    );
}

/** `SPÅNGA-TENSTA STADSDELSFÖRVALTNING` → `Spånga-Tensta stadsdelsförvaltning`: a place's parts keep their capitals. */
function sentenceCase(printed: string): string {
  const [first = '', ...rest] = printed.toLowerCase().split(/\s+/u);
  return [capitalizeWord(first), ...rest].join(' ');
}

/** The writing office and the addressed committee, from the header lines (`Stadskontoret`, `Kommunstyrelsen`). */
export function headerBodies(ctx: ExtractionContext): { office: string | null; addressee: string | null } {
  let office: string | null = null;
  let addressee: string | null = null;
  for (const text of letterheadCells(ctx)) {
    if (!office && HEADER_OFFICE_RE.test(text)) office = text;
    else if (!addressee && HEADER_COMMITTEE_RE.test(text)) addressee = text;
  }
  return { office, addressee };
}

export const HEADER_OFFICE_RE =
  /^(?=\p{Lu})(?:\p{L}[\p{L}-]*\s+)?\p{L}[\p{L}-]*(?:kontoret|förvaltningen|förvaltning)$|^(?:Kommunstyrelsens förvaltning|Stadskontoret|Kommunkontoret)$/u;
export const HEADER_COMMITTEE_RE =
  /^(?:Kommunstyrelsen|Kommunfullmäktige|\p{Lu}[\p{L}-]*(?:\s+och\s+\p{L}+)?(?:\s+\p{Ll}[\p{L}-]*?)?(?:nämnden|nämnd|styrelsen))$/u;
