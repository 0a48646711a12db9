import './DataQuality.css';
import { problemText } from '@/lib/i18n/problem-text';
import type { ScoreReport } from '@/lib/model';
import { useFormat, useT } from '../locale';
import { CopyDiagnostics } from './CopyDiagnostics';

/** What could not be read and why, where each field came from, and (on the page) Copy diagnostics. */
export function DataQuality({
  report,
  diagnostics,
}: {
  report: ScoreReport;
  diagnostics?: string | undefined;
}) {
  const t = useT();
  const fmt = useFormat();
  return (
    <details className="ms-details" data-testid="microscope-data-quality">
      <summary>
        {t('card.dataQuality')}
        {report.problems.length > 0 ? <span className="ms-count">{report.problems.length}</span> : null}
      </summary>
      {report.problems.length === 0 ? <p>{t('card.noProblems')}</p> : null}
      <ul className="ms-problems">
        {report.problems.map((problem) => (
          <li
            key={`${problem.code}:${problem.field ?? ''}:${JSON.stringify(problem.params)}`}
            data-code={problem.code}
          >
            {problem.field ? <strong>{problem.field}: </strong> : null}
            {problemText(problem, report.platform, t, fmt)}
          </li>
        ))}
      </ul>
      <div className="ms-subtitle">{t('card.sources')}</div>
      <p className="ms-sources">
        {Object.entries(report.provenance)
          .map(([field, source]) => `${field}: ${source}`)
          .join(' · ')}
      </p>
      {diagnostics ? <CopyDiagnostics text={diagnostics} /> : null}
    </details>
  );
}
