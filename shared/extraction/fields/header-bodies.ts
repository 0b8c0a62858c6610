// The writing office and the addressed committee, as a tjänsteutlåtande's letterhead names them.
import { capitalizeFirst, type ExtractionContext } from '../extraction-context.ts';

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
        const column = cells.length === 1 ? above.length - 1 : k;
        if (/^\p{Ll}/u.test(cell) && above[column] !== undefined) {
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
      (/\p{Ll}/u.test(printed) ? printed : capitalizeFirst(printed.toLowerCase()))
        .replace(/^Till\s+/u, '')
        // `Tjänsteutlåtande Stadsledningskontoret`: a document-type word run into the office's line
        .replace(/^(?:Tjänsteutlåtande|Tjänsteskrivelse|Remissvar|PM)\s+/iu, '')
        .replace(TRAILING_DATE_RE, ''),
    );
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
