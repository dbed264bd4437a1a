import { lazy, Suspense, useState } from 'react';
import { t } from '../../core/i18n/translate';

/** The section's body is its own chunk: nothing of it loads, and the worker does nothing, while it is closed. */
const ExportBody = lazy(() => import('./ExportBody').then((module) => ({ default: module.ExportBody })));

/** "Take it with you": the run's model, weights, data and a PyTorch script, behind a disclosure. */
export function ExportSection() {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className="export-section" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary>{t('export.title')}</summary>
      {isOpen && (
        <Suspense fallback={<p className="hint">{t('charts.loading')}</p>}>
          <ExportBody />
        </Suspense>
      )}
    </details>
  );
}
