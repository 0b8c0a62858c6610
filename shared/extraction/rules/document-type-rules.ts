// Header phrasing → document type, read from the top lines of a page. First match wins, so the
// protocol extract (which quotes its utlåtande's header) is tested before the utlåtande itself.
import type { DocumentType } from '../../model/case-record.ts';
import type { LabelRule } from './rule.ts';

export const DOCUMENT_TYPE_RULES: readonly LabelRule<DocumentType>[] = [
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:Utdrag ur (?:sammanträdes)?protokoll|Protokollsutdrag|PROTOKOLLSUTDRAG|Justerat protokollsutdrag)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
    label: 'protokollsutdrag',
    gloss: 'extract from the minutes',
  },
  {
    pattern: /(?:^|\s)PM\s+(?:\d{4}\s*:|(?:\d{4}\s+)?(?:Rotel\b|R\s?[IVX]{1,5}(?![\p{L}\d])))/u,
    label: 'pm',
    gloss: 'memorandum to the executive board (`PM 2014:88 RVIII`, also `PM 2011 RV` with no number slot)',
  },
  {
    pattern: /(?:^|\s)Utlåtande\s+(?:\d{4}\s*:|(?:\d{4}\s+)?(?:Rotel\b|R\s?[IVX]{1,5}(?![\p{L}\d])))/u,
    label: 'utlatande',
    gloss: 'report to the council',
  },
  {
    pattern: /Tjänsteutlåtande|TJÄNSTEUTLÅTANDE|Tjänsteskrivelse|TJÄNSTESKRIVELSE|Tjänsteärende\b/u,
    label: 'tjansteutlatande',
    gloss: "an office's official report",
  },
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:Remissvar|REMISSVAR|Remissyttrande|REMISSYTTRANDE|YTTRANDE)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|(?:kommun|stad|Region \p{Lu}\p{Ll}+)[ \t]+Yttrande$/mu,
    label: 'remissvar',
    gloss:
      'consultation reply; also the letterhead `SÖDERTÄLJE KOMMUN YTTRANDE` of an answer to another authority',
  },
  {
    // no kind word in the letterhead, the heading says it: `Yttrande över förslag till …` (not in a
    // protocol's item, which its paragraph and meeting date make an extract)
    pattern: /^(?![\s\S]*(?:§\s*\d|Sammanträdesdatum))[\s\S]*?(?:^|\n)Yttrande\s+över\s+\p{L}/u,
    label: 'remissvar',
    gloss: 'a letter whose heading is `Yttrande över …`: the answer to another authority',
  },
  {
    pattern: /(?:^|\n)(?:Skrivelse|SKRIVELSE)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
    label: 'skrivelse',
    gloss: 'letter / written motion',
  },
];

/** The case's own number in the header: `Utlåtande 2017:19 RI`, `PM 2014:88`; an empty slot is allowed. */
export const DOCUMENT_NUMBER_RE = /(?:^|\s)(?:Utlåtande|PM)\s+(\d{4})\s*:\s*(\d{1,4})?/u;
/** `§ 14` in a protocol extract, also after the body's letters (`KF § 145`). */
export const PARAGRAPH_RE = /(?:^|\n)\s*(?:\p{Lu}{1,5}\s+)?§\s*(\d{1,4})(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u;
/** Rotel as printed after `Rotel` / `R`: `RVI`, `R VI`, `Rotel VI`, `RI+VII`, `RI + RVII`. */
export const ROTEL_RE =
  /(?:^|\s)(?:Utlåtande|PM)\s+(?:\d{4}(?:\s*:\s*\d{0,4})?\s*)?(?:R[ \t]?|Rotel\s*)([IVX]{1,5}(?:\s*\+\s*R?[ \t]?[IVX]{1,5})*)(?![\p{L}\d])/u;
