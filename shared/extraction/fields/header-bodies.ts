// The writing office and the addressed committee, as a tjänsteutlåtande's letterhead names them.
import { capitalizeFirst, type ExtractionContext } from '../extraction-context.ts';

/** The writing office and the addressed committee, from the header lines (`Stadskontoret`, `Kommunstyrelsen`). */
export function headerBodies(ctx: ExtractionContext): { office: string | null; addressee: string | null } {
  let office: string | null = null;
  let addressee: string | null = null;
  for (const line of ctx.doc.lines.slice(ctx.mainLine, ctx.mainLine + 14)) {
    for (const cell of line.cells) {
      // `Tjänsteutlåtande Stadsledningskontoret`: a document-type word run into the office's line
      const printed = cell.trim();
      // a letterhead in capitals (`SKARPNÄCKS STADSDELSFÖRVALTNING`) reads as a name in sentence case
      const text = (/\p{Ll}/u.test(printed) ? printed : capitalizeFirst(printed.toLowerCase()))
        .replace(/^Till\s+/u, '')
        .replace(
          /^(?:Tjänsteutlåtande|Tjänsteskrivelse|TJÄNSTEUTLÅTANDE|TJÄNSTESKRIVELSE|Remissvar|PM)\s+/u,
          '',
        );
      if (!office && HEADER_OFFICE_RE.test(text)) office = text;
      else if (!addressee && HEADER_COMMITTEE_RE.test(text)) addressee = text;
    }
  }
  return { office, addressee };
}

export const HEADER_OFFICE_RE =
  /^(?=\p{Lu})(?:\p{L}[\p{L}-]*\s+)?\p{L}[\p{L}-]*(?:kontoret|förvaltningen|förvaltning)$|^(?:Kommunstyrelsens förvaltning|Stadskontoret|Kommunkontoret)$/u;
export const HEADER_COMMITTEE_RE =
  /^(?:Kommunstyrelsen|Kommunfullmäktige|\p{Lu}[\p{L}-]*(?:\s+och\s+\p{L}+)?(?:nämnden|nämnd|styrelsen))$/u;

