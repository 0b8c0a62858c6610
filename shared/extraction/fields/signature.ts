// Signing block → date and signatories (names only: no titles, no handläggare). Utlåtanden and PMs
// are dated on the signing line; a tjänsteutlåtande by its header; a protocol extract by its meeting.
import type { DocumentType } from '../../model/case-record.ts';
import { addIssue, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import { isOfficialTitle } from '../rules/official-titles.ts';
import { CONTACT_LABEL_RE } from '../rules/section-rules.ts';
import type { TextLine } from '../text/document-text.ts';
import { isPersonName, titleCaseName } from '../text/person-names.ts';
import { DATE_SOURCE, isoFromGroups, MONTH_NAMES, parseSwedishDate } from '../text/swedish-date.ts';
import { linesText } from './header.ts';

export interface SignatureFields {
  date: string | null;
  signatories: string[];
}

const SIGNING_LINE_RE = new RegExp(
  `^([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)\\s+(?:den\\s+)?${DATE_SOURCE}\\s*$`,
  'u',
);
/** The start of a signing line whose date runs on to the next line. */
const SIGNING_HEAD_RE = new RegExp(
  `^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?\\s+den(?:\\s+\\d{1,2}(?:\\s+(?:${MONTH_NAMES}))?)?\\s*$`,
  'u',
);
/** Words that can stand before `den <date>` without being the signing place. */
const NOT_A_PLACE_RE =
  /^(?:Justerat|Justerad|Justerades|Anslaget|Anslagen|Daterat|Daterad|Beslutat|Beslutad|Protokollet|Sammanträdet|Utsänt|Reviderad|Reviderat|Inkom|Inkommen|Uppdaterad|Datum|Dnr|Diarienummer|Diarienr|Sida|Telefon|Version|Utskriftsdatum|Mötesdatum|Sammanträdesdatum)$/u;
const ON_BEHALF_RE = /^På\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+(?:\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+)?\s+vägnar:?$/u;
/** A protocol's signing labels, alone or side by side (`Vid protokollet  Justeras`, `Ordförande Justerare Justerare`). */
const PROTOCOL_ANCHOR_RE =
  /^(?:Vid protokollet|Justeras|Justerare|Ordförande|Sekreterare|Underskrifter)(?:\s*:?\s+(?:Vid protokollet|Justeras|Justerare|Ordförande|Sekreterare|Underskrifter))*\s*:?$/u;
const ROLE_SUFFIX_RE = /\s*,\s*(?:[a-zß-öø-ÿ][a-zß-öø-ÿ ]*)$/u;
const SIGNER_LABEL_RE = /^(?:Ansvarig|Beslutande|Underskrift|Undertecknad)\s*:?$/u;
const MAX_SIGNERS = 10;

/** `Name, title` pairs on one line: `Lina Forsberg, ordförande Kerstin Hedlund, stadsdirektör`. */
const NAME_COMMA_TITLE_RE =
  /(\p{Lu}[\p{L}'’-]+(?:\s+(?:af|av|von|van|de)?\s*\p{Lu}[\p{L}'’-]+){1,3}),\s+\p{Ll}[\p{Ll}\s-]*?(?=\s+\p{Lu}|$)/gu;
/** Labels before a signer's name on its line. */
const SIGNER_PREFIX_RE =
  /^(?:Ansvarig|Beslutande|Underskrift|Undertecknad|Föredragande|Ordförande|Justerare|Sekreterare)\s*:\s*/u;
/** Lines that name someone who is not a signatory: the case officer, a contact. */
const NOT_SIGNER_RE =
  /(?:^|\s)(?:Handläggare|HANDLÄGGARE|Vår referens|VÅR REFERENS|Er referens|Kontaktperson|Föredragande tjänsteman|Telefon|E-post|Dnr|DNR|Diarienr|Diarienummer|Ärendenr|Ärendenummer)(?![\p{L}])/u;

/** A committee, office or company: never a signer's name. */
const ORGANISATION_RE =
  /(?:nämnd(?:en)?|styrelse(?:n)?|kontor(?:et)?|förvaltning(?:en)?|råd(?:et)?|kansli(?:et)?|fullmäktige|förbund(?:et)?|förening(?:en)?|organisation(?:en)?|AB|kommun|stad)(?![\p{L}])|^Region\s|^\p{Lu}{2,5}(?:\s+\p{Lu}\p{Ll}|$)/u;

/**
 * A name set letter-spaced whose word break was lost (`U l f G r a n l u n d`): the letters joined,
 * a capital starting each word. Text of any other shape is returned as it is.
 */
function collapseSpacedLetters(text: string): string {
  if (!/^(?:\p{L} ){4,}\p{L}$/u.test(text) || !/^\p{Lu}/u.test(text)) return text;
  const joined = text.replace(/ /gu, '');
  // all capitals say nothing about the word break: left to the layout's gap reading
  if (!/\p{Ll}/u.test(joined)) return text;
  return joined.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ');
}

/** The signers one line names: cells side by side, `/`-separated, `Name, title`, `Name Title`. */
function namesOnLine(text: string, cells: readonly string[] = [text]): string[] | null {
  if (NOT_SIGNER_RE.test(text)) return null;
  const out: string[] = [];
  const segments = (cells.length > 1 ? cells : [text]).map(collapseSpacedLetters).flatMap((c) =>
    c
      .replace(SIGNER_PREFIX_RE, '')
      .split('/')
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  );
  for (const segment of segments) {
    const pairs = [...segment.matchAll(NAME_COMMA_TITLE_RE)];
    if (pairs.length > 0 && pairs.map((m) => m[0]).join(' ').length >= segment.length - 2) {
      out.push(...pairs.map((m) => m[1] ?? '').filter(isPersonName));
      continue;
    }
    // a protocol's signers run together in one text run (`Justeras Karl Ek, ordförande Eva Lind
    // Per Berg`): names, each with or without its role, and the labels between them
    const run = signerRun(segment);
    if (run) {
      out.push(...run);
      continue;
    }
    // side-by-side cells are a signing row only when every cell is a name or a title: a table row
    // (`Kommunförbundet Skåne | – | Avböjt att yttra sig`) is not one
    if (cells.length > 1 && (ORGANISATION_RE.test(segment) || !isNameOrTitle(segment))) return null;
    if (ORGANISATION_RE.test(segment)) return out.length > 0 ? out.map(titleCaseName) : null;
    const titled = splitTitled(segment);
    if (titled.length > 0) {
      out.push(...titled);
      continue;
    }
    const bare = segment.replace(ROLE_SUFFIX_RE, '');
    if (isPersonName(bare) && titlesOf(bare) === null) {
      out.push(bare);
      continue;
    }
    // a title cell under or beside a name (`Kommundirektör`) is no name, and no reason to stop
    if (titlesOf(segment) !== null) continue;
    return out.length > 0 ? out.map(titleCaseName) : null;
  }
  return out.length > 0 ? out.map(titleCaseName) : null;
}

/**
 * Two or more signers in one run: each a name of two to four capitalised words, with its role
 * after a comma or none (then two words: `Marie Engdahl Sven-Olof Lind`), and signing labels or
 * titles between them (`Anders Nisses Sekreterare Birgitta Sjöberg`). Null unless the run is read whole.
 */
function signerRun(segment: string): string[] | null {
  const text = segment.replace(/^(?:Justeras|Vid protokollet)\s+/u, '').trim();
  const names: string[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const label = /^(?:Justeras|Justerare|Ordförande|Sekreterare|Vid protokollet)\s*/u.exec(rest);
    if (label) {
      at += label[0].length;
      continue;
    }
    const m = SIGNER_IN_RUN_RE.exec(rest);
    if (!m?.[1] || !isPersonName(m[1]) || titlesOf(m[1]) !== null) return null;
    names.push(m[1]);
    at += m[0].length;
  }
  return names.length >= 2 ? names : null;
}

const SIGNER_IN_RUN_RE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}?)(?:,\s*(?:\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*)?|(?=\s+\p{Lu}|\s*$))\s*/u;

function isNameOrTitle(segment: string): boolean {
  if (titlesOf(segment) !== null || splitTitled(segment).length > 0) return true;
  const bare = segment.replace(ROLE_SUFFIX_RE, '');
  if (isPersonName(bare)) return true;
  const pairs = [...segment.matchAll(NAME_COMMA_TITLE_RE)];
  return pairs.length > 0;
}

/** Names following a signing line or protocol anchor, skipping `På … vägnar` and further anchors. */
function readNamesAfter(ctx: ExtractionContext, from: number): string[] {
  const names: string[] = [];
  for (let i = from; i < ctx.doc.lines.length && names.length < MAX_SIGNERS; i++) {
    const line = ctx.doc.lines[i];
    if (!line) break;
    if (ON_BEHALF_RE.test(line.text) || PROTOCOL_ANCHOR_RE.test(line.text)) continue;
    const found = namesOnLine(line.text, line.cells);
    if (!found) {
      // a line of titles under the names (`Kommundirektör Avdelningschef`) does not end the block
      if (titlesOf(line.text) !== null) continue;
      break;
    }
    names.push(...found);
  }
  return names;
}

/**
 * Greedy split of a line into official titles; null unless the whole line is titles. A suspended
 * hyphen joins (`Hälso- och sjukvårdsdirektör`), and an organisation's genitive belongs to the title
 * after it (`Kommunstyrelsens ordförande`).
 */
function titlesOf(line: string): number | null {
  const words = line
    .trim()
    .replace(/(\p{L})-\s+(?:och|eller)\s+(?=\p{L})/gu, '$1')
    .replace(
      /(?:^|\s)\p{Lu}\p{Ll}+(?:nämndens|styrelsens|fullmäktiges|förvaltningens|kontorets|rådets|förbundets|regionens|kommunens|stadens)\s+(?=\p{Ll})/gu,
      ' ',
    )
    .trim()
    .split(/\s+/u);
  let count = 0;
  for (let i = 0; i < words.length; ) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`;
    if (i + 1 < words.length && isOfficialTitle(two)) i += 2;
    else if (isOfficialTitle(words[i] ?? '')) i += 1;
    else return null;
    count++;
  }
  return count > 0 ? count : null;
}

/** `Eva Lind Stadsdirektör` → the name without its title. */
function splitTitled(line: string): string[] {
  const words = line.trim().split(/\s+/u);
  for (let cut = words.length - 1; cut >= 2; cut--) {
    const tail = words.slice(cut).join(' ');
    if (titlesOf(tail) === 1) {
      const name = words.slice(0, cut).join(' ');
      return isPersonName(name) ? [name] : [];
    }
  }
  return [];
}

/** The first line of a later page naming a case number or a page: its running header. */
function isPageHead(lines: readonly TextLine[], i: number): boolean {
  const line = lines[i];
  const prev = lines[i - 1];
  return (
    line !== undefined &&
    prev !== undefined &&
    line.page !== prev.page &&
    /(?:^|\s)(?:Dnr|DNR|Diarienr|Diarienummer)(?![\p{L}])|(?:^|\s)Sida\s+\d/u.test(line.text)
  );
}

/** Names side by side over a line of titles: `Eva Lind Olle Berg` / `Stadsdelsdirektör Avdelningschef`. */
function readTitledSignatures(ctx: ExtractionContext): string[] {
  // a later page's running header (`Helsingborgs stad | Dnr KS 2024/1123`) may fall between a
  // signer's name and title: it is left out of the lines read
  const all = ctx.doc.lines;
  const lines = all.filter((_line, i) => i < ctx.mainLine + 1 || !isPageHead(all, i));
  // further signers stacked under the first (`Per Sundin Kommundirektör` / `Lena Ekström Kanslichef`)
  const collectFollowing = (first: string[], at: number): string[] => {
    const names = [...first];
    for (let j = at + 1; j < lines.length && names.length < MAX_SIGNERS; j++) {
      const line = lines[j];
      if (!line || line.text.length > 80 || /[.;:]$/u.test(line.text)) break;
      if (titlesOf(line.text) !== null) continue;
      const more = namesOnLine(line.text, line.cells);
      if (!more) break;
      names.push(...more);
    }
    return names;
  };
  for (let i = ctx.mainLine + 1; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const prev = lines[i - 1]?.text ?? '';
    // signature lines are short; skip running text cheaply
    if (text.length > 80 || text.endsWith('.')) continue;
    const titles = titlesOf(text);
    if (titles !== null) {
      const words = prev.trim().split(/\s+/u);
      if (titles > 1 && words.length % titles === 0) {
        const size = words.length / titles;
        const names: string[] = [];
        for (let k = 0; k < titles; k++) names.push(words.slice(k * size, (k + 1) * size).join(' '));
        if (names.every(isPersonName)) return names;
      }
      if (titles === 1 && isPersonName(prev)) {
        // further signers stacked below, each name over its title
        const names = [prev];
        for (let j = i + 1; j + 1 < lines.length && names.length < MAX_SIGNERS; j += 2) {
          const name = lines[j]?.text ?? '';
          if (!isPersonName(name) || titlesOf(lines[j + 1]?.text ?? '') !== 1) break;
          names.push(name);
        }
        return names;
      }
    }
    if (NOT_SIGNER_RE.test(prev) || NOT_SIGNER_RE.test(text)) continue;
    if (SIGNER_LABEL_RE.test(prev)) {
      const named = splitTitled(text);
      if (named.length > 0) return named;
      if (isPersonName(text)) return [text];
    }
    const labelled = SIGNER_PREFIX_RE.test(text) ? namesOnLine(text, lines[i]?.cells) : null;
    if (labelled) return labelled;
    // `Name, title Name, title` side by side, or cells of names
    if (NAME_COMMA_TITLE_RE.test(text) || (lines[i]?.cells.length ?? 0) > 1) {
      NAME_COMMA_TITLE_RE.lastIndex = 0;
      const pairs = namesOnLine(text, lines[i]?.cells);
      if (pairs && pairs.length > 0 && !/[.;:]$/u.test(text)) return collectFollowing(pairs, i);
    }
    NAME_COMMA_TITLE_RE.lastIndex = 0;
    const titled = splitTitled(text);
    if (titled.length > 0 && !/[.,:;]$/u.test(text) && text.split(/\s+/u).length <= 5)
      return collectFollowing(titled, i);
  }
  return [];
}

/**
 * The signing line (`Stockholm den 3 oktober 2012`): the first `<Word> den <date>` line a name
 * follows, else the first such line (a header's `Remisstid den …` is one, with no signer under it).
 */
function findSigningLine(ctx: ExtractionContext): { line: number; date: string | null } | null {
  const lines = ctx.doc.lines;
  let first: { line: number; date: string | null } | null = null;
  for (let i = ctx.mainLine; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    let found: { line: number; date: string | null } | null = null;
    const m = SIGNING_LINE_RE.exec(text);
    if (m?.[1] && !NOT_A_PLACE_RE.test(m[1])) found = { line: i, date: isoFromGroups(m, 2) };
    // a signing date broken across two lines: `Stockholm den 3 april` / `2019`
    else if (SIGNING_HEAD_RE.test(text) && i + 1 < lines.length) {
      const joined = SIGNING_LINE_RE.exec(`${text} ${lines[i + 1]?.text ?? ''}`);
      if (joined?.[1] && !NOT_A_PLACE_RE.test(joined[1]))
        found = { line: i + 1, date: isoFromGroups(joined, 2) };
    }
    if (!found) continue;
    first ??= found;
    if (readNamesAfter(ctx, found.line + 1).length > 0) return found;
  }
  return first;
}

function findProtocolAnchor(ctx: ExtractionContext): number | null {
  const lines = ctx.doc.lines;
  for (let i = ctx.mainLine; i < lines.length; i++)
    if (PROTOCOL_ANCHOR_RE.test(lines[i]?.text ?? '')) return i;
  return null;
}

/**
 * Two signers printed so close that the layout kept them in one cell (`Karin Sjölund Anna Ljungberg`):
 * four capitalised words that are two person names. A name of four words is rare enough in a
 * signature that the split is the likelier reading.
 */
function twoSideBySide(name: string): string[] {
  const words = name.split(/\s+/u);
  if (words.length !== 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return [name];
  const first = words.slice(0, 2).join(' ');
  const second = words.slice(2).join(' ');
  return isPersonName(first) && isPersonName(second) ? [first, second] : [name];
}

export function extractSignature(ctx: ExtractionContext, documentType: DocumentType): SignatureFields {
  // a protocol item that starts mid-page is dated by the page's head (`Sammanträdesdatum …`)
  const page = ctx.doc.lines[ctx.mainLine]?.page ?? 1;
  const pageTop = Math.max(
    0,
    ctx.doc.lines.findIndex((l) => l.page === page),
  );
  const headerDate =
    (documentType === 'protokollsutdrag' && pageTop < ctx.mainLine
      ? parseSwedishDate(linesText(ctx.doc, pageTop, 2))
      : null) ??
    parseSwedishDate(linesText(ctx.doc, ctx.mainLine, documentType === 'protokollsutdrag' ? 4 : 8));
  const signing = findSigningLine(ctx);
  let date: string | null;
  // a tjänsteutlåtande, a letter and a protocol extract are dated in their header
  if (
    documentType === 'protokollsutdrag' ||
    documentType === 'tjansteutlatande' ||
    documentType === 'remissvar' ||
    documentType === 'skrivelse'
  )
    date = headerDate ?? signing?.date ?? null;
  else date = signing?.date ?? null;
  if (!date) addIssue(ctx, 'missing_field', 'date', 'no signing or document date found', mainOffset(ctx));

  let signatories: string[] = [];
  if (signing) signatories = readNamesAfter(ctx, signing.line + 1);
  if (signatories.length === 0) {
    const anchor = findProtocolAnchor(ctx);
    if (anchor !== null) signatories = readNamesAfter(ctx, anchor + 1);
  }
  if (signatories.length === 0) signatories = readTitledSignatures(ctx);
  if (signatories.length === 0)
    addIssue(ctx, 'missing_field', 'signatories', 'no signatories found', mainOffset(ctx));
  // a row of titles over the names (`Ordförande Justerande Sekreterare`) is never a signer, nor is
  // the handläggare the header names, who signs beside the head of the office
  // (unless the handläggare is the only one who signs)
  const handlers = contactNames(ctx);
  const named = signatories.filter((n) => titlesOf(n) === null).flatMap(twoSideBySide);
  const signers = named.some((n) => !handlers.has(n.toLowerCase()))
    ? named.filter((n) => !handlers.has(n.toLowerCase()))
    : named;
  return { date, signatories: [...new Set(signers)] };
}

/** The header's handläggare or contact person (`Handläggare: Malin Ek, utredare`), lower-case. */
function contactNames(ctx: ExtractionContext): Set<string> {
  const names = new Set<string>();
  for (const line of ctx.doc.lines.slice(ctx.mainLine, ctx.mainLine + 30)) {
    const cells = line.cells.length > 0 ? line.cells : [line.text];
    // (the label and the name in cells side by side: `Handläggare | Malin Ek, utredare`)
    for (const [k, cell] of cells.entries()) {
      const text = CONTACT_LABEL_RE.test(cell.trim()) ? `${cell.trim()} ${cells[k + 1] ?? ''}` : cell;
      const name = CONTACT_NAME_RE.exec(text)?.groups?.name;
      if (name) names.add(name.toLowerCase());
    }
  }
  return names;
}

const CONTACT_NAME_RE =
  /(?:^|\s)(?:Handläggare|HANDLÄGGARE|Kontaktperson|Vår handläggare)\s*:?\s+(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?![\p{L}])/u;
