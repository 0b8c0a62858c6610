// Evidence of which municipality issued a document → its name. First match wins; the header's own
// words (`HUDDINGE KOMMUN`, `Malmö stad`) beat Stockholm's institutions, which beat the signing place.

export interface MunicipalityRule {
  pattern: RegExp;
  /** Fixed name, or null to build it from the first capture group. */
  name: string | null;
  gloss: string;
}

export const HEADER_MUNICIPALITY_RULES: readonly MunicipalityRule[] = [
  {
    pattern: /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])([A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)\s+KOMMUN\b/u,
    name: null,
    gloss: 'X KOMMUN in the letterhead',
  },
  {
    pattern: /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])([A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)\s+STAD\b/u,
    name: null,
    gloss: 'X STAD in the letterhead',
  },
  {
    pattern:
      /(?:^|\n)([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+?(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+?)?)s?\s+(?:kommun|stad|Kommun|Stad)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
    name: null,
    gloss: 'X kommun / X stad (also `Göteborgs Stad`) in the letterhead',
  },
];

export const STOCKHOLM_MARKERS_RE =
  /\bborgarråd|\bBorgarrådsberedningen\b|\bStockholm den \d|(?:^|\s)(?:Utlåtande|PM) (?:\d{4}:|Rotel)|kommunfullmäktige i\s+Stockholm|\bStockholms stad\b|\bStadsledningskontoret\b/u;

/** Places that call themselves `stad`, with the official form; others become `X kommun`. */
export const CITY_NAMES: Readonly<Record<string, string>> = {
  stockholm: 'Stockholms stad',
  malmö: 'Malmö stad',
  göteborg: 'Göteborgs Stad',
  västerås: 'Västerås stad',
  helsingborg: 'Helsingborgs stad',
  solna: 'Solna stad',
  sundbyberg: 'Sundbybergs stad',
  lidingö: 'Lidingö stad',
  vaxholm: 'Vaxholms stad',
  landskrona: 'Landskrona stad',
  trollhättan: 'Trollhättans stad',
  borås: 'Borås stad',
};

/** The signing line's place: `Uppsala den 15 maj 2013`. */
export const SIGNING_PLACE_RE =
  /^([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?) den \d{1,2}\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+\d{4}$/mu;
