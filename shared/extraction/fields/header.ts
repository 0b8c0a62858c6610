// The document's header → documentType, documentNumber, rotel, diarienummer, municipality, and the
// page where the main document starts (a dissent page may come first). Reads only header lines.
import type { DocumentType } from '../../model/case-record.ts';
import { addIssue, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import { STOCKHOLM_DISTRICTS } from '../rules/body-register.ts';
import {
  DOCUMENT_NUMBER_RE,
  DOCUMENT_TYPE_RULES,
  PARAGRAPH_RE,
  ROTEL_RE,
} from '../rules/document-type-rules.ts';
import {
  CITY_NAMES,
  HEADER_MUNICIPALITY_RULES,
  SIGNING_PLACE_RE,
  STOCKHOLM_MARKERS_RE,
} from '../rules/municipality-rules.ts';
import { matchFirstRule } from '../rules/rule.ts';
import type { DocumentText } from '../text/document-text.ts';
import { capitalizeWord } from '../text/person-names.ts';

export interface HeaderFields {
  documentType: DocumentType;
  documentNumber: string | null;
  rotel: string | null;
  diarienummer: string | null;
  municipality: string | null;
}

const TOP_LINES = 6;
const HEADER_LINES = 14;
const DNR_LABEL_RE =
  /(?:(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:Dnr|DNR|Diarienr|DIARIENR|Diarienummer|DIARIENUMMER)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])\.?:?)/gu;
const DNR_TOKEN_RE = /(?:[A-ZÅÄÖ]{1,6}[- ])?\d[\d.]*(?:[-/:]\d[\d.]*)+/gu;
const PREFIXED_DNR_RE = /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])[A-ZÅÄÖ]{2,6}-\d{4}[-/]\d{1,6}\b/u;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/u;
const HEADER_LABEL_PREFIX_RE = /^(?:SIDA|DATUM|DNR|NR|REF|BETECKNING) /u;

/** Text of `count` lines from line `from`. */
export function linesText(doc: DocumentText, from: number, count: number): string {
  return doc.lines
    .slice(from, from + count)
    .map((l) => l.text)
    .join('\n');
}

/** First line of the first page whose top lines carry a document-type header; 0 when none does. */
export function findMainLine(doc: DocumentText): number {
  for (let page = 1; page <= doc.pageCount && page <= 4; page++) {
    const first = doc.lines.findIndex((l) => l.page === page);
    if (first < 0) continue;
    if (matchFirstRule(linesText(doc, first, TOP_LINES), DOCUMENT_TYPE_RULES)) return first;
  }
  return 0;
}

function readDiarienummer(header: string): string | null {
  DNR_LABEL_RE.lastIndex = 0;
  for (let label = DNR_LABEL_RE.exec(header); label; label = DNR_LABEL_RE.exec(header)) {
    const after = header.slice(label.index + label[0].length, label.index + label[0].length + 60);
    DNR_TOKEN_RE.lastIndex = 0;
    for (let t = DNR_TOKEN_RE.exec(after); t; t = DNR_TOKEN_RE.exec(after)) {
      const token = t[0].replace(/[.:]+$/u, '');
      const core = token.replace(/^[A-ZÅÄÖ]+ /u, '');
      if (ISO_DATE_RE.test(core)) continue;
      // a flattened header table puts column labels (`SIDA`, `DATUM`) before the values
      return HEADER_LABEL_PREFIX_RE.test(token) ? core : token;
    }
  }
  return PREFIXED_DNR_RE.exec(header)?.[0] ?? null;
}

function readMunicipality(doc: DocumentText, header: string): string | null {
  for (const rule of HEADER_MUNICIPALITY_RULES) {
    const m = rule.pattern.exec(header);
    if (!m?.[1]) continue;
    const place = capitalizeWord(m[1]);
    return rule.name ?? CITY_NAMES[place.toLowerCase()] ?? `${place} kommun`;
  }
  if (STOCKHOLM_MARKERS_RE.test(doc.text)) return 'Stockholms stad';
  for (const d of STOCKHOLM_DISTRICTS) {
    const genitive = d.body.replace(/ stadsdelsnämnd$/u, '');
    if (header.includes(`${genitive} stadsdelsförvaltning`) || header.includes(d.body))
      return 'Stockholms stad';
  }
  const place = SIGNING_PLACE_RE.exec(doc.text)?.[1];
  if (place) return CITY_NAMES[place.toLowerCase()] ?? `${place} kommun`;
  return null;
}

export function extractHeader(ctx: ExtractionContext): HeaderFields {
  const { doc } = ctx;
  const top = linesText(doc, ctx.mainLine, TOP_LINES);
  const header = linesText(doc, ctx.mainLine, HEADER_LINES);
  const documentType = matchFirstRule(top, DOCUMENT_TYPE_RULES)?.label ?? 'other';
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
  const diarienummer = readDiarienummer(header);
  if (!diarienummer)
    addIssue(ctx, 'missing_field', 'diarienummer', 'no Dnr found in the header', mainOffset(ctx));
  return { documentType, documentNumber, rotel, diarienummer, municipality: readMunicipality(doc, header) };
}
