// What the extractor knows about one municipality, as data: how it names itself, how its case
// numbers and headers look, its bodies by era, how it names district committees, and its own
// offices (which prepare cases and so are not consulted unless the text says so). One entry per
// municipality in the registry; field code never branches on a municipality's name.
import type { BodyType } from '../../model/case-record.ts';

/** A body with its official name, valid in [from, to] when it was created, renamed or merged. */
export interface RegisteredBody {
  name: string;
  type: BodyType;
  /** Other printed forms (lower-case): shorthands, older spellings, its office's name. */
  aliases?: readonly string[];
  from?: number;
  to?: number;
}

/** A district (stadsdelsområde): its area names as printed in grouped lists, and its committee. */
export interface District {
  names: readonly string[];
  body: string;
  from?: number;
  to?: number;
}

/**
 * How a committee for an area is named when a grouped list (`stadsdelsnämnderna A och B`) is
 * expanded: `As stadsdelsnämnd` (genitive first, the Swedish default), `Stadsdelsnämnden A`
 * (definite head first) or `Stadsdelsnämnd A` (indefinite head first).
 */
export type AreaNameForm = 'genitive-first' | 'definite-head-first' | 'indefinite-head-first';

export interface Municipality {
  /** Official name as the feed publishes it (`Stockholms stad`, `Uppsala kommun`, `Göteborgs Stad`). */
  name: string;
  /** Letterhead and running-text forms that identify it (matched case-sensitively on header lines). */
  nameForms: readonly RegExp[];
  /** The place printed on its signing lines (`Uppsala den 4 mars 2020`). */
  signingPlace: string;
  /** Words only this municipality's documents use (Stockholm's borgarråd and rotlar). */
  markers?: RegExp;
  /** Its case numbers, for telling them from other numbers when the Dnr label is missing. */
  dnrStyles?: readonly RegExp[];
  /** Its own offices: they prepare cases and are not consulted unless the text says they were. */
  offices: readonly string[];
  bodies: readonly RegisteredBody[];
  districts?: readonly District[];
  areaNameForm: AreaNameForm;
}

/** The generic municipality when none is recognised: printed names kept, Swedish default forms. */
export const UNKNOWN_MUNICIPALITY: Municipality = {
  name: '',
  nameForms: [],
  signingPlace: '',
  offices: [
    'kommunledningskontoret',
    'kommunkontoret',
    'stadskontoret',
    'stadsledningskontoret',
    'kommunstyrelsens förvaltning',
    'kommunstyrelsens kansli',
  ],
  bodies: [],
  areaNameForm: 'genitive-first',
};
