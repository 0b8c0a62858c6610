// A correctable field → how a person sees and edits it: its label (Swedish, with an English gloss),
// the form control for its values (a closed vocabulary is a select), and the form's string read
// back as the field's value. Pure; which fields exist and what they accept is apply-corrections.ts.
import { STANCE_LABELS } from '../../feeds/stance-labels.ts';
import { BODY_TYPES, DOCUMENT_TYPES, OUTCOMES, STANCES, SUBJECT_KINDS } from '../../model/case-record.ts';
import { parseCorrectionPath, valueSchemaOf } from '../../publishing/apply-corrections.ts';

export type FieldInput =
  | { kind: 'select'; options: readonly { value: string; label: string }[]; nullable: boolean }
  | { kind: 'date'; nullable: boolean }
  | { kind: 'text'; nullable: boolean }
  | { kind: 'lines' };

const CASE_LABELS: Record<string, [sv: string, en: string]> = {
  documentType: ['Dokumenttyp', 'document type'],
  documentNumber: ['Nummer', 'document number'],
  rotel: ['Rotel', 'department'],
  title: ['Titel', 'title'],
  outcome: ['Utfall', 'outcome'],
  presenter: ['Föredragande', 'presenter'],
  decisionBody: ['Beslutande organ', 'decision body'],
  proposedBy: ['Förslagsställare', 'proposed by'],
  date: ['Datum', 'date'],
  proposedDecision: ['Förslag till beslut', 'proposed decision'],
  signatories: ['Undertecknare', 'signatories'],
  diarienummer: ['Diarienummer', 'case number'],
  'subject.kind': ['Ärendetyp', 'subject kind'],
  'subject.reference': ['Referens', 'subject reference'],
  'subject.from': ['Avsändare', 'subject from'],
};
const CONSULTATION_LABELS: Record<string, [sv: string, en: string]> = {
  stance: ['Ställningstagande', 'stance'],
  bodyType: ['Typ av instans', 'body type'],
  meetingDate: ['Sammanträde', 'meeting date'],
  statementDate: ['Yttrande', 'statement date'],
};

/** `consultations[Trafiknämnden].stance` → `Ställningstagande – Trafiknämnden` (and its gloss). */
export function labelOf(path: string): { sv: string; en: string } {
  const target = parseCorrectionPath(path);
  if (target?.kind === 'consultation') {
    const [sv, en] = CONSULTATION_LABELS[target.field] ?? [target.field, target.field];
    return { sv: `${sv} – ${target.body}`, en: `${en} of ${target.body}` };
  }
  const [sv, en] = CASE_LABELS[path] ?? [path, path];
  return { sv, en };
}

const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The form control for a field's values. */
export function inputOf(path: string): FieldInput {
  const target = parseCorrectionPath(path);
  if (!target) return { kind: 'text', nullable: true };
  const nullable = valueSchemaOf(target).safeParse(null).success;
  const field = target.kind === 'subject' ? `subject.${target.field}` : target.field;
  switch (field) {
    case 'stance':
      return {
        kind: 'select',
        nullable,
        options: STANCES.map((s) => ({ value: s, label: `${STANCE_LABELS[s].sv} (${STANCE_LABELS[s].en})` })),
      };
    case 'bodyType':
      return { kind: 'select', nullable, options: plain(BODY_TYPES) };
    case 'documentType':
      return { kind: 'select', nullable, options: plain(DOCUMENT_TYPES) };
    case 'outcome':
      return { kind: 'select', nullable, options: plain(OUTCOMES) };
    case 'subject.kind':
      return { kind: 'select', nullable, options: plain(SUBJECT_KINDS) };
    case 'date':
    case 'meetingDate':
    case 'statementDate':
      return { kind: 'date', nullable };
    case 'proposedDecision':
    case 'signatories':
      return { kind: 'lines' };
    default:
      return { kind: 'text', nullable };
  }
}

/** The form's string as the field's value: one item per line for lists, '' as null where allowed. */
export function parseFormValue(path: string, raw: string): unknown {
  const input = inputOf(path);
  if (input.kind === 'lines')
    return raw
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  const value = raw.trim();
  return value === '' && input.nullable ? null : value;
}

/** A field's value as the form shows it. */
export function formTextOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}
