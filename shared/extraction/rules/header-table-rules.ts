// The labels of the small tables at the top of council documents: `DATUM | DIARIENR | SIDA` over
// their values, `Sammanträdesdatum | Paragraf | Diarienummer`, and the protocol footer
// `Justerandes signatur | Utdragsbestyrkande`. Matched case-insensitively, one label per cell.

/** One header-table label (a whole cell). */
export const HEADER_LABEL_RE = new RegExp(
  `^(?:${[
    'datum', // date
    'ert datum', // your date
    'beslutsdatum', // decision date
    'dokumentdatum', // document date
    'utskriftsdatum', // printing date
    'sammanträdesdatum', // meeting date
    'sammanträde', // meeting
    'mötesdatum', // meeting date
    'justeringsdatum', // date the minutes were checked
    'paragraf', // section of the minutes
    'sida', // page
    'dnr', // case number
    'diarienr',
    'diarienummer',
    'ärendenummer',
    'ärendenr',
    'ärende', // case
    'beteckning', // reference
    'referens',
    'vår referens', // our reference
    'er referens', // your reference
    'klassificering', // filing class
    'diariekod',
    'diarieplan',
    'ärendekod',
    'handläggare', // case officer
    'mottagare', // addressee
    'dokumenttyp', // document type
    'ärendetyp', // case type
    'version',
    'justerandes signatur', // initials of those checking the minutes
    'utdragsbestyrkande', // certification of the extract
  ].join('|')})\\.?:?$`,
  'iu',
);

/** The header-table labels that head a case number column. */
export const DNR_LABEL_CELL_RE = /^(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr)\.?:?$/iu;

/** Header-table labels whose values are people or addressees, not numbers. */
export const NAME_LABEL_RE = /^(?:handläggare|mottagare|till|kopia till|beslutsinstans|ansvarig)\.?:?$/iu;
