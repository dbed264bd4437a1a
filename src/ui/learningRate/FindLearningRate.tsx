import { lazy, Suspense } from 'react';
import { t } from '../../core/i18n/translate';
import { usePlayground } from '../../store/usePlayground';

/** The test's view, a chunk of its own: loaded the first time it opens, so that closed it costs nothing. */
const LearningRateFinder = lazy(() => import('./LearningRateFinder'));

/** "Find learning rate" under the optimizer's settings, and the test's view once opened. */
export function FindLearningRate() {
  const isOpen = usePlayground((state) => state.isLearningRateOpen);
  const open = usePlayground((state) => state.openLearningRateTest);
  if (!isOpen)
    return (
      <button type="button" className="find-learning-rate" onClick={open}>
        {t('notebook.lr.button')}
      </button>
    );
  return (
    <Suspense fallback={<p className="hint">{t('notebook.lr.running')}</p>}>
      <LearningRateFinder />
    </Suspense>
  );
}
