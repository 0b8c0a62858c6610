// What the public case page says about archivists' work on a case: a mark on each field a person
// set, and the list of corrections in force (field, value, what was read, who, when). Pure rendering.
import type { FC } from 'hono/jsx';
import type { CaseRecord } from '../../model/case-record.ts';
import { En } from '../layout.tsx';
import { labelOf } from './fields.ts';

/** After a value an archivist set (corrected or confirmed): said in words, not by colour alone. */
export const CorrectedMark: FC<{ fields: readonly string[]; field: string }> = ({ fields, field }) =>
  fields.includes(field) ? (
    <span class="badge corrected" title="set by an archivist">
      ✎ rättad av arkivarie <En>(corrected)</En>
    </span>
  ) : null;

const shown = (value: unknown) =>
  value === null ? '–' : Array.isArray(value) ? value.join('; ') : String(value);

export const CorrectionsList: FC<{ record: CaseRecord }> = ({ record }) =>
  record.corrections.length === 0 ? null : (
    <>
      <h2>
        Rättelser <En>corrections by archivists</En>
      </h2>
      <table id="corrections">
        <thead>
          <tr>
            <th scope="col">Fält</th>
            <th scope="col">Värde</th>
            <th scope="col">
              Inläst <En>as extracted</En>
            </th>
            <th scope="col">Av, när</th>
          </tr>
        </thead>
        <tbody>
          {record.corrections.map((c) => (
            <tr data-path={c.path}>
              <td>{labelOf(c.path).sv}</td>
              <td>{shown(c.value)}</td>
              <td>{shown(c.extracted)}</td>
              <td>
                {c.by}, {c.at.slice(0, 10)}
                {c.note ? <blockquote>{c.note}</blockquote> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
