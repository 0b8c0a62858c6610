import { describe, expect, it } from 'vitest';
import { OUTCOME_RULES } from '../../../../shared/extraction/rules/outcome-rules.ts';
import { matchFirstRule } from '../../../../shared/extraction/rules/rule.ts';

const outcomeOf = (points: string[]) => matchFirstRule(points.join('\n'), OUTCOME_RULES)?.label ?? null;

describe('OUTCOME_RULES', () => {
  it.each([
    [['Motionens första att-sats bifalls.', 'Motionens andra att-sats avslås.'], 'delvis_bifall'],
    [['Motionen bifalls i den del som avser belysning.'], 'delvis_bifall'],
    [['Motionen bifalls delvis.'], 'delvis_bifall'],
    [['Motionen avslås.', 'Trafiknämnden medges rätt att teckna avtal.'], 'avslag'],
    [['Motionen bifalls.'], 'bifall'],
    [['Motionen anses besvarad med vad som anförs i utlåtandet.'], 'besvarad'],
  ])('reads %j as %s', (points, outcome) => {
    expect(outcomeOf(points)).toBe(outcome);
  });
});
