// Invented council documents around a consultation passage, for the consultation reader's tests:
// a Stockholm utlåtande whose `Beredning` section holds the text under test. Case, names and
// wording are made up; none is taken from the corpus. The head is as long as a real one: a body
// name on a line of its own within the first 14 lines would be read as the letterhead (known-gaps.md).

import { type ExtractionResult, extractCase } from '../../../../shared/extraction/extract-case.ts';
import type { Consultation } from '../../../../shared/model/case-record.ts';

const UTLATANDE_HEAD = `Utlåtande 2020:88 RV (Dnr KS 2019/1234)
Fler sittplatser i stadens parker
Motion (2019:40) av Per Holm (V)

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.

Motionen avslås.

Föredragande borgarrådet Eva Lind anför följande.

Ärendet

Motionären föreslår att staden ställer ut fler bänkar i parkerna,
särskilt i ytterstaden, och att bänkarna utformas så att äldre
och personer med funktionsnedsättning kan använda dem.

Motionären pekar på att många parker saknar sittplatser längs
gångstråken och att det gör parkerna svårare att besöka.

Beredning

`;

const UTLATANDE_TAIL = `

Mina synpunkter

Jag delar inte motionärens bedömning och föreslår att motionen avslås.
`;

/** A Stockholm utlåtande whose Beredning section is `beredning` (paragraphs separated by blank lines). */
export function utlatande(beredning: string): ExtractionResult {
  const page = `${UTLATANDE_HEAD}${beredning}${UTLATANDE_TAIL}`;
  // a plain page string is read only up to 2 000 characters (see known-gaps.md): stay below it
  if (page.length > 1900) throw new Error(`test document too long for one plain page (${page.length})`);
  return extractCase([page]);
}

/** The consultations of such an utlåtande. */
export function consultationsOf(beredning: string): Consultation[] {
  return utlatande(beredning).record.consultations;
}

/** The one consulted body's stance when `answer` is kulturnämnden's whole answer. */
export function kulturnamndenAnswers(answer: string): Consultation | undefined {
  const found = consultationsOf(`Ärendet har remitterats till kulturnämnden.\n\n${answer}`);
  return found.length === 1 ? found[0] : undefined;
}

/** `[body, stance]` pairs, in the order the record lists them. */
export function stancesOf(consultations: readonly Consultation[]): [string, string | null][] {
  return consultations.map((c) => [c.body, c.stance]);
}
