// The document's header → documentType, documentNumber, rotel, diarienummer, municipality, and the
// page where the main document starts (a dissent page may come first). Reads only header lines.
import type { DocumentType } from '../../model/case-record.ts';
import { addIssue, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import {
  findMunicipalityByMarkers,
  findMunicipalityByOwnBodies,
  findMunicipalityBySigningPlace,
  findMunicipalityInHeader,
  type Municipality,
  municipalityNamed,
} from '../municipalities/registry.ts';
import {
  DOCUMENT_NUMBER_RE,
  DOCUMENT_TYPE_RULES,
  PARAGRAPH_RE,
  ROTEL_RE,
} from '../rules/document-type-rules.ts';
import { SIGNING_PLACE_RE } from '../rules/municipality-rules.ts';
import { matchFirstRule } from '../rules/rule.ts';
import type { DocumentText } from '../text/document-text.ts';
import { isLabelRow, tableDnrValue } from '../text/header-table.ts';
import { capitalizeWord } from '../text/person-names.ts';
import { headerBodies } from './header-bodies.ts';

export interface HeaderFields {
  documentType: DocumentType;
  documentNumber: string | null;
  rotel: string | null;
  diarienummer: string | null;
  municipality: string | null;
}

const TOP_LINES = 6;
const HEADER_LINES = 14;
// the author's own case number; `Ert diarienummer` (the sender's) is never taken
const DNR_LABEL_RE =
  /(?:(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:Dnr|DNR|Diarienr|DIARIENR|Diarienummer|DIARIENUMMER|Ärendenummer|ÄRENDENUMMER|Ärendenr|Vårt (?:diarienummer|dnr|ärendenummer)|Vår beteckning)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])\.?:?)/gu;
// `KS 2020/01487`, `Ks 390/2013`, `2014/KS0612` (the registry's letters after the slash), `11KS214`,
// dotted series (`SBF 2004.0177`, `2001.214.531`, `KS.2018.0844`), `RS-LED21-1187`
const DNR_TOKEN_RE =
  /(?:\p{Lu}[\p{Lu}\p{Ll}]{0,5}[- /.]?)?(?:\d[\d.]*(?:[-/:]\p{Lu}{0,4}\d[\d.]*)+|\d{2,4}(?:\.\d{1,6}){1,3}(?![\d])|\d{2,4}\p{Lu}{1,4}\d{1,6}(?![\p{L}\d])|\p{Lu}{2,6}\d{2,4}-\d{1,6}(?![\p{L}\d]))/u;
const DNR_TOKEN_START_RE = /^(?:\p{Lu}{1,6}[- /]?)?\d[\d.]*[-/:]\d/u;
// (unlabelled, in a letterhead's cell: `SBN 2023/118`, `RS 2017/1043`, `KS-2019/1534`)
const PREFIXED_DNR_RE =
  /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:[A-ZÅÄÖ]{2,6}-\d{4}[-/]\d{1,6}\b|[A-ZÅÄÖ]{2,6} \d{4}\/\d{1,6}(?![\d/])|[A-ZÅÄÖ]{2,6}\/\d{4}:\d{1,6}(?:-\d{1,6})?(?![\d:]))/u;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/u;

/** Text of `count` lines from line `from`. */
export function linesText(doc: DocumentText, from: number, count: number): string {
  return doc.lines
    .slice(from, from + count)
    .map((l) => l.text)
    .join('\n');
}

/** First line of the first page whose top lines carry a document-type header; 0 when none does. */
/** A page this short before the case is a cover sheet or a dissent page, not the case's first page. */
const SHORT_PAGE_LINES = 25;

export function findMainLine(doc: DocumentText): number {
  // (a later page only after short pages before it: a cover sheet, a reservation page; a full first
  // page is the case itself, whatever a later page's text names)
  const pageOne = doc.lines.filter((l) => l.page === 1).length;
  for (let page = 1; page <= doc.pageCount && page <= 4; page++) {
    const first = doc.lines.findIndex((l) => l.page === page);
    if (first < 0) continue;
    if (page > 1 && pageOne > SHORT_PAGE_LINES) break;
    if (matchFirstRule(linesText(doc, first, TOP_LINES), DOCUMENT_TYPE_RULES)) return first;
  }
  // a council's cover sheet for an agenda item (`Kommunfullmäktige` / `Sammanträde 25 november 2024` /
  // `Ärende 9` / the heading) is no document: the case starts on the next page
  const cover = doc.lines.filter((l) => l.page === 1);
  const next = doc.lines.findIndex((l) => l.page === 2);
  if (
    next > 0 &&
    cover.length <= 12 &&
    cover.some((l) => COVER_ITEM_RE.test(l.text)) &&
    cover.some((l) => COVER_MEETING_RE.test(l.text))
  )
    return next;
  // a protocol excerpt that opens with the end of the previous item (its decision, a reservation):
  // the case is the first paragraph (`§ 87 Dnr …`) that starts after it
  // (the page's first line of text, under its head, goes on mid-sentence)
  const item = doc.lines.findIndex((l, i) => i > 0 && l.page <= 2 && ITEM_START_RE.test(l.text));
  const opening = doc.lines.find((l, i) => i > 0 && l.cells.length === 1 && !/^\p{Lu}{2,}/u.test(l.text));
  if (
    item > 0 &&
    opening !== undefined &&
    /^\p{Ll}/u.test(opening.text) &&
    !doc.lines.slice(0, item).some((l) => ITEM_START_RE.test(l.text)) &&
    doc.lines.slice(1, item).some((l) => PREVIOUS_ITEM_END_RE.test(l.text))
  )
    return item;
  return 0;
}

/** A protocol item's paragraph line: `§ 87 Dnr 2015/KS0214`, `§ 87`. */
const ITEM_START_RE = /^§\s*\d{1,4}(?:\s|$)/u;
/** What ends a protocol item: its dispatch line, a reservation, the decision. */
const PREVIOUS_ITEM_END_RE =
  /^(?:Beslutet expedieras|Expedieras|Reservation|Justerandes sign|\p{Lu}\p{L}+ beslutar)/u;

const COVER_ITEM_RE = /^(?:Ärende|Ärendenummer|Punkt)\s+\d{1,3}$/u;
const COVER_MEETING_RE =
  /^Sammanträde(?:sdatum)?\s+(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})$/u;

/** Labels of a header table (`DATUM DIARIENR SIDA`), whose values follow in the same order. */
const TABLE_LABEL_RE =
  /^(?:DATUM|DIARIENR|DIARIENUMMER|DNR|SIDA|BETECKNING|VÅR REFERENS|ER REFERENS|ERT DATUM|REFERENS|ÄRENDENUMMER|PARAGRAF|SAMMANTRÄDESDATUM|Datum|Diarienr|Diarienummer|Dnr|Sida|Beteckning|Ärendenummer|Ärendenr|Paragraf|Sammanträdesdatum)$/u;
const DNR_LABEL_WORD_RE =
  /^(?:DIARIENR|DIARIENUMMER|DNR|ÄRENDENUMMER|Diarienr|Diarienummer|Dnr|Ärendenummer|Ärendenr)$/u;
const TABLE_VALUE_RE =
  /\d{4}-\d{2}-\d{2}|\d+\s*\(\s*\d+\s*\)|(?:\p{Lu}{1,6}[- /])?\d[\d.]*(?:[-/:]\d[\d.]*)+(?:\s+\p{Lu}{1,4}-\d+)?|\S+/gu;

/** A header table's Dnr value: labels in a row, values after them in the same order. */
function readHeaderTable(doc: DocumentText, from: number): string | null {
  for (let i = from; i < Math.min(doc.lines.length, from + HEADER_LINES); i++) {
    const line = doc.lines[i];
    if (!line) continue;
    // a row of label cells over a row of value cells
    if (isLabelRow(line)) {
      const value = tableDnrValue(line, doc.lines[i + 1]);
      if (value) return value;
      continue;
    }
    // the same table flattened onto one line: `DATUM DIARIENR SIDA 2019-10-10 KS-2019/1534.109 1 (3)`
    const words = line.text.split(/\s+/u);
    const first = words.findIndex((w) => TABLE_LABEL_RE.test(w));
    if (first < 0) continue;
    let end = first;
    while (end < words.length && TABLE_LABEL_RE.test(words[end] ?? '')) end++;
    const labels = words.slice(first, end);
    const at = labels.findIndex((w) => DNR_LABEL_WORD_RE.test(w));
    if (labels.length < 2 || at < 0) continue;
    const rest = [line.text.split(/\s+/u).slice(end).join(' '), doc.lines[i + 1]?.text ?? ''].join(' ');
    const values = [...rest.matchAll(TABLE_VALUE_RE)].map((m) => m[0]);
    const value = values[at];
    if (value && /\d/u.test(value) && !ISO_DATE_RE.test(value)) return value;
  }
  return null;
}

function readDiarienummer(
  ctx: ExtractionContext,
  header: string,
  municipality: Municipality | null,
): string | null {
  const table = readHeaderTable(ctx.doc, ctx.mainLine);
  if (table) return table;
  const styles = municipality?.dnrStyles ?? [];
  DNR_LABEL_RE.lastIndex = 0;
  for (let label = DNR_LABEL_RE.exec(header); label; label = DNR_LABEL_RE.exec(header)) {
    // the value stands on the label's own line: a blank Dnr never borrows the next line's number
    const tail = header.slice(label.index + label[0].length, label.index + label[0].length + 60);
    // a reflowed header may put the value at the start of the next line (`… Dnr` / `1.5.1-143/2017`)
    const sameLine = tail.replace(/^[ \t:]+/u, '').split('\n')[0] ?? '';
    const nextLine = /^[ \t:]*\n/u.test(tail) ? (tail.replace(/^[ \t:]*\n/u, '').split('\n')[0] ?? '') : '';
    const after = sameLine === '' && DNR_TOKEN_START_RE.test(nextLine) ? nextLine : sameLine;
    // `(Dnr /2019)`: the digits are missing; never take the next number on the line instead
    if (/^(?:\/|\)|$)/u.test(after)) {
      addIssue(
        ctx,
        'dnr_incomplete',
        'diarienummer',
        `the Dnr is printed without its number: ${header
          .slice(label.index, label.index + 20)
          .split('\n')[0]
          ?.trim()}`,
        mainOffset(ctx),
      );
      return null;
    }
    for (const style of styles) {
      const m = new RegExp(`^(?:${style.source})`, style.flags.replace('g', '')).exec(after);
      if (m) return m[0];
    }
    const t = new RegExp(`^${DNR_TOKEN_RE.source}`, 'u').exec(after);
    if (!t) continue;
    const token = t[0].replace(/[.:]+$/u, '');
    if (ISO_DATE_RE.test(token.replace(/^\p{Lu}+ /u, ''))) continue;
    return token;
  }
  for (const style of styles) {
    const m = style.exec(header);
    if (m) return m[0];
  }
  return PREFIXED_DNR_RE.exec(header)?.[0] ?? null;
}

/** A letterhead naming a municipality outside the registry: `LUNDS KOMMUN`, `Borås Stad`. */
const GENERIC_MUNICIPALITY_RE =
  /(?:^|\n)\s*(\p{Lu}[\p{L}-]*?)\s+(KOMMUN|STAD|[Kk]ommun|[Ss]tad)(?![\p{L}\d])/u;

/**
 * A region's letterhead: `Region Uppsala`, `REGION SKÅNE`, `Region Jämtland Härjedalen`, `Region
 * Örebro län` (the case starts on a line of its own; a document kind after the name is not part of it).
 */
const LETTER_KIND =
  '(?:Tjänste|Protokoll|Remiss|Yttrande|Utlåtande|Beslut|Kallelse|Sammanträde|Datum|Dnr|Diarie|Handläggare|Missiv|Skrivelse|Promemoria|Rapport)\\p{L}*';
const GENERIC_REGION_RE = new RegExp(
  `(?:^|\\n)\\s*(?:Region|REGION)\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+(?:läns?|LÄNS?)|\\s+(?!${LETTER_KIND})\\p{Lu}\\p{Ll}[\\p{L}-]+)?)(?=\\s*(?:\\n|$)|\\s{2,}|\\s+\\p{Lu}{4,}|\\s+${LETTER_KIND})`,
  'u',
);
const LETTERHEAD_LINES = 6;

function readMunicipality(ctx: ExtractionContext, header: string): string | null {
  const { doc } = ctx;
  const known =
    findMunicipalityInHeader(header) ??
    findMunicipalityByMarkers(doc.text.slice(0, 60_000)) ??
    findMunicipalityByOwnBodies(header) ??
    (() => {
      const place = SIGNING_PLACE_RE.exec(doc.text)?.[1];
      return place ? findMunicipalityBySigningPlace(place) : null;
    })();
  if (known) return known.name;
  // a letterhead is the first lines: a council named further down is a consulted body, not the author
  const letterhead = linesText(doc, ctx.mainLine, LETTERHEAD_LINES);
  // (a municipality's letter may be addressed to a region: the municipality in it is the author)
  const printedRegion = GENERIC_MUNICIPALITY_RE.test(letterhead)
    ? null
    : GENERIC_REGION_RE.exec(letterhead)?.[1];
  const region = printedRegion
    ? printedRegion
        .split(/\s+/u)
        .map((w) => (/^läns?$/iu.test(w) ? w.toLowerCase() : capitalizeWord(w)))
        .join(' ')
    : null;
  if (region) {
    addIssue(
      ctx,
      'municipality_unknown',
      'municipality',
      `Region ${region} is not in the municipality registry; generic rules were used`,
      mainOffset(ctx),
    );
    return `Region ${region}`;
  }
  const m = GENERIC_MUNICIPALITY_RE.exec(letterhead);
  const place = m?.[1];
  if (!place || !m[2]) {
    addIssue(
      ctx,
      'municipality_unknown',
      'municipality',
      'no municipality named in the header',
      mainOffset(ctx),
    );
    return null;
  }
  // as printed, capitalised: `LUNDS KOMMUN` → `Lunds kommun`
  const name = `${capitalizeWord(place)} ${m[2].toLowerCase()}`;
  addIssue(
    ctx,
    'municipality_unknown',
    'municipality',
    `${name} is not in the municipality registry; generic rules were used`,
    mainOffset(ctx),
  );
  return name;
}

/** A protocol's head: the word or its meeting-date label. */
const PROTOCOL_HEADER_RE =
  /(?<![\p{L}])(?:Sammanträdesprotokoll|SAMMANTRÄDESPROTOKOLL|Protokoll|PROTOKOLL|Sammanträdesdatum|SAMMANTRÄDESDATUM)(?![\p{L}])/u;
const PROPOSAL_HEADING_RE = /^(?:\p{Lu}\p{Ll}+s\s+)?[Ff]örslag\s+till\s+beslut\s*:?$/mu;

/**
 * The type from the document's form when no type word is printed: a protocol header over a `§`
 * is a protocol extract; an office's letterhead addressed to a committee with a proposed decision
 * is a tjänsteutlåtande.
 */
function typeFromForm(ctx: ExtractionContext, header: string): DocumentType {
  // (a case that starts mid-page, after the previous item, has the protocol's head at the page top)
  const page = ctx.doc.lines[ctx.mainLine]?.page ?? 1;
  const pageTop = linesText(
    ctx.doc,
    Math.max(
      0,
      ctx.doc.lines.findIndex((l) => l.page === page),
    ),
    3,
  );
  if ((PROTOCOL_HEADER_RE.test(header) || PROTOCOL_HEADER_RE.test(pageTop)) && PARAGRAPH_RE.test(header))
    return 'protokollsutdrag';
  const { office, addressee } = headerBodies(ctx);
  const opening = linesText(ctx.doc, ctx.mainLine, 40);
  // (an office letterhead with a case number stands for the addressee line some forms leave out)
  if (
    office &&
    (addressee || /(?:^|\s)(?:Dnr|Diarienummer)(?![\p{L}])/u.test(header)) &&
    PROPOSAL_HEADING_RE.test(opening)
  )
    return 'tjansteutlatande';
  return 'other';
}

export function extractHeader(ctx: ExtractionContext): HeaderFields {
  const { doc } = ctx;
  const top = linesText(doc, ctx.mainLine, TOP_LINES);
  const header = linesText(doc, ctx.mainLine, HEADER_LINES);
  const documentType = matchFirstRule(top, DOCUMENT_TYPE_RULES)?.label ?? typeFromForm(ctx, header);
  if (documentType === 'other') {
    addIssue(
      ctx,
      'unknown_document_type',
      'documentType',
      'no known header (Utlåtande, PM, Tjänsteutlåtande …)',
      mainOffset(ctx),
    );
  }
  let documentNumber: string | null = null;
  if (documentType === 'protokollsutdrag') {
    const p = PARAGRAPH_RE.exec(header);
    documentNumber = p?.[1] ? `§ ${p[1]}` : null;
  } else if (documentType === 'utlatande' || documentType === 'pm') {
    const n = DOCUMENT_NUMBER_RE.exec(top);
    documentNumber = n?.[1] && n[2] ? `${n[1]}:${n[2]}` : null;
  }
  const rotelMatch = ROTEL_RE.exec(header);
  const rotel = rotelMatch?.[1] ? rotelMatch[1].replace(/\s+/gu, '').replace(/\+R/gu, '+') : null;
  const municipality = readMunicipality(ctx, header);
  const diarienummer = readDiarienummer(ctx, header, municipalityNamed(municipality));
  if (!diarienummer)
    addIssue(ctx, 'missing_field', 'diarienummer', 'no Dnr found in the header', mainOffset(ctx));
  return { documentType, documentNumber, rotel, diarienummer, municipality };
}
