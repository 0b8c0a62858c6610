// A source document read by OCR → the "OCR" badge with its mean confidence, for the case page and the
// case list: a reader sees at once which text came from a scan and how sure the OCR was. Pure.
import type { FC } from 'hono/jsx';
import type { CaseRecord, SourceDocument } from '../model/case-record.ts';

/** Light background, dark text (contrast above 7:1), apart from every stance colour. */
const STYLE = 'background:#fff7e0;color:#5c3b00;border-color:#5c3b00';

const percent = (confidence: number) => `${Math.round(confidence * 100)} %`;

type OcrDocument = Pick<SourceDocument, 'textSource' | 'ocrConfidence' | 'ocrPages'>;

/** Nothing for a document read from its text layer. */
export const OcrBadge: FC<{ document: OcrDocument }> = ({ document }) => {
  if (document.textSource === 'text' || document.ocrConfidence === null) return null;
  const pages = document.ocrPages.map((p) => p.page).join(', ');
  const where = document.textSource === 'mixed' ? ` s. ${pages}` : '';
  return (
    <span
      class="badge ocr"
      style={STYLE}
      title={`Läst med OCR (skannad text), medelkonfidens ${percent(document.ocrConfidence)}; read by OCR, mean confidence`}
    >
      OCR{where} · {percent(document.ocrConfidence)}
    </span>
  );
};

/** The least sure OCR'd document of a case, for the case list; nothing when none was OCR'd. */
export const CaseOcrBadge: FC<{ record: Pick<CaseRecord, 'documents'> }> = ({ record }) => {
  const scanned = record.documents.filter((d) => d.ocrConfidence !== null);
  if (scanned.length === 0) return null;
  const least = scanned.reduce((a, b) => ((b.ocrConfidence ?? 1) < (a.ocrConfidence ?? 1) ? b : a));
  return <OcrBadge document={least} />;
};
