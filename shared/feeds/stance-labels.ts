// The stance and document-type vocabularies → human labels, Swedish first with an English gloss,
// for the portal and the Atom summaries. Pure data; one row per value of the zod enums.
import type { z } from 'zod';
import type {
  BodyType,
  DocumentType,
  Outcome,
  ReservationKindSchema,
  Stance,
  SubjectKindSchema,
} from '../model/case-record.ts';

type SubjectKind = z.infer<typeof SubjectKindSchema>;
type ReservationKind = z.infer<typeof ReservationKindSchema>;

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

export const BODY_TYPE_LABELS: Record<BodyType, { sv: string; en: string }> = {
  kontor: { sv: 'Förvaltning', en: 'city office' },
  namnd: { sv: 'Nämnd', en: 'committee' },
  stadsdelsnamnd: { sv: 'Stadsdelsnämnd', en: 'district committee' },
  bolag: { sv: 'Bolag', en: 'municipal company' },
  rad: { sv: 'Råd', en: 'advisory council' },
  extern: { sv: 'Extern remissinstans', en: 'external body' },
  other: { sv: 'Övrig', en: 'other' },
};

export const SUBJECT_KIND_LABELS: Record<SubjectKind, { sv: string; en: string }> = {
  motion: { sv: 'Motion', en: 'motion' },
  remiss: { sv: 'Remiss', en: 'consultation request' },
  skrivelse: { sv: 'Skrivelse', en: 'letter' },
  hemstallan: { sv: 'Hemställan', en: 'formal request' },
  medborgarforslag: { sv: 'Medborgarförslag', en: 'citizens’ proposal' },
  forslag: { sv: 'Förslag', en: 'proposal' },
  other: { sv: 'Övrigt', en: 'other' },
};

export const RESERVATION_KIND_LABELS: Record<ReservationKind, { sv: string; en: string }> = {
  reservation: { sv: 'Reservation', en: 'dissent' },
  sarskilt_uttalande: { sv: 'Särskilt uttalande', en: 'separate statement' },
  ersattaryttrande: { sv: 'Ersättaryttrande', en: 'deputy’s statement' },
};
