// The proposed decision's text → what it does to the motion or request. First match wins: a partial
// approval (`… bifalls`, `Motionen avslås i övrigt`) must be caught before plain approval or refusal.
import type { Outcome } from '../../model/case-record.ts';
import type { LabelRule } from './rule.ts';

export const OUTCOME_RULES: readonly LabelRule<Outcome>[] = [
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:avslås|avslår|avslå)(?:\s+\p{L}+){0,2}\s+i\s+övrigt\b|\bi\s+övrigt\s+(?:avslås|avslå)|\bbifalls\s+delvis\b|\bdelvis\s+(?:bifall|bifalls|bifalla)|\bbifalla\s+delvis\b/iu,
    label: 'delvis_bifall',
    gloss: 'approved in part, otherwise refused',
  },
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:bifalls|bifalla|bifaller)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])[\s\S]{0,400}?(?:\b(?:besvarad|besvaras)\s+i\s+övrigt\b|\bi\s+övrigt\s+(?:anses\s+)?(?:besvarad|besvaras)\b)/iu,
    label: 'delvis_bifall',
    gloss: 'approved in part, otherwise answered',
  },
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:bifalls|bifalla)\s+(?:\p{L}+\s+){0,2}?(?:i\s+(?:den|de)\s+del(?:en|ar|arna)?|såvitt\s+avser)\b|\bbifalls\b[^\n]*\n(?:[^\n]*\n){0,4}[^\n]*\bavslås\b|\bavslås\b[^\n]*\n(?:[^\n]*\n){0,4}[^\n]*\bbifalls\b/iu,
    label: 'delvis_bifall',
    gloss: 'approved in the part that … (`såvitt avser`), or one point approves and another refuses',
  },
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:besvaras|besvarad|besvarat|besvarade|besvara)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|\bsom svar på (?:remissen|motionen|skrivelsen)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|\bsom (?:sitt|stadens|kommunens|nämndens) (?:svar|yttrande)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|\banses (?:vara )?(?:behandlad|utredd)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/iu,
    label: 'besvarad',
    gloss: 'answered (with reference to the report)',
  },
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:avslås|avslåes|avslå|avslår|avslag|avstyrks|lämnas utan bifall)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/iu,
    label: 'avslag',
    gloss: 'refused',
  },
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:bifalls|bifalles|bifalla|bifall|bifaller|tillstyrks|tillstyrka|godkänns|beviljas|medges)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/iu,
    label: 'bifall',
    gloss: 'approved',
  },
];
