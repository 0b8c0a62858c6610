// Case records → the columns of cases.csv and consultations.csv. The columns are generated from the
// zod schemas in record-fields.ts; this module keeps the names the API imports. Pure.
export { CASE_COLUMNS, CONSULTATION_COLUMNS, toConsultationJson } from './record-fields.ts';
