// The stance and document-type vocabularies → human labels, Swedish first with an English gloss,
// for the portal and the Atom summaries. Pure data; one row per value of the zod enums.
import type { DocumentType, Outcome, Stance } from '../model/case-record.ts';

export const STANCE_LABELS: Record<Stance, { sv: string; en: string }> = {
  supports: { sv: 'Tillstyrker', en: 'supports' },
  opposes: { sv: 'Avstyrker', en: 'opposes' },
  partly: { sv: 'Delvis', en: 'partly supports' },
  no_position: { sv: 'Tar ej ställning', en: 'no position' },
  no_response: { sv: 'Har ej svarat', en: 'no response' },
  no_objection: { sv: 'Inget att invända', en: 'no objection' },
  unclear: { sv: 'Oklart', en: 'unclear' },
};

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  utlatande: 'Utlåtande',
  tjansteutlatande: 'Tjänsteutlåtande',
  remissvar: 'Remissvar',
  protokollsutdrag: 'Protokollsutdrag',
  skrivelse: 'Skrivelse',
  pm: 'PM',
  other: 'Övrigt',
};

export const OUTCOME_LABELS: Record<Outcome, { sv: string; en: string }> = {
  bifall: { sv: 'Bifall', en: 'approved' },
  avslag: { sv: 'Avslag', en: 'rejected' },
  besvarad: { sv: 'Besvarad', en: 'answered' },
  delvis_bifall: { sv: 'Delvis bifall', en: 'partly approved' },
  other: { sv: 'Övrigt', en: 'other' },
};
