// Building blocks of the printed handover: a section (never cut across a page where it fits on one), "none" for an
// empty part (it never disappears), and a table whose header repeats on every page and whose rows are never cut.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Section({ id, title, children, long = false }: { id: string; title: string; children: ReactNode; long?: boolean }) {
  return (
    <section className={long ? 'ho-section ho-section-long' : 'ho-section'} data-testid={`ho-${id}`} aria-label={title}>
      <h2 className="ho-h2">{title}</h2>
      {children}
    </section>
  );
}

export function None({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <p className="ho-none" data-testid={testId ?? 'ho-none'}>
      {t('report.none')}
    </p>
  );
}

export function Sub({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="ho-sub">
      <h3 className="ho-h3">{title}</h3>
      {children}
    </div>
  );
}

/** A table; `rows` empty → "none". Each row is one unbreakable block; the header repeats on each page. */
export function ReportTable({ head, rows, testId }: { head: readonly string[]; rows: readonly (readonly ReactNode[])[]; testId: string }) {
  if (rows.length === 0) return <None testId={`${testId}-none`} />;
  return (
    <table className="ho-table" data-testid={testId}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Lines({ items, testId }: { items: readonly ReactNode[]; testId: string }) {
  if (items.length === 0) return <None testId={`${testId}-none`} />;
  return (
    <ul className="ho-list" data-testid={testId}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
