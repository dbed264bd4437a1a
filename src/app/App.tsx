import { lazy, Suspense, useEffect } from 'react';
import { languageEntry } from '../core/i18n/languages';
import { t } from '../core/i18n/translate';
import { usePlayground } from '../store/usePlayground';
import { CopyLinkButton } from '../ui/common/CopyLinkButton';
import { Hideable } from '../ui/common/Hideable';
import { LanguageSwitch } from '../ui/common/LanguageSwitch';
import { LinkBanner } from '../ui/common/LinkBanner';
import { usePresentMode } from '../ui/common/usePresentMode';
import { ComparisonBar } from '../ui/compare/ComparisonBar';
import { DatasetPanel } from '../ui/dataset/DatasetPanel';
import { LossPanel } from '../ui/loss/LossPanel';
import { ModelPanel } from '../ui/model/ModelPanel';
import { NotebookButton } from '../ui/notebook/NotebookButton';
import { OptimizerPanel } from '../ui/optimizer/OptimizerPanel';
import { SharePanel } from '../ui/share/SharePanel';
import { TeachingNotice } from '../ui/share/TeachingNotice';
import { TrainingPanel } from '../ui/training/TrainingPanel';
import './teaching.css';
import './phone.css';

/** The notebook's region, a chunk of its own: loaded the first time it opens, so that closed it costs nothing. */
const NotebookPanel = lazy(() => import('../ui/notebook/NotebookPanel'));

/** The notebook when open. */
function Notebook() {
  const isOpen = usePlayground((state) => state.isNotebookOpen);
  if (!isOpen) return null;
  return (
    <Suspense fallback={<p className="hint">{t('notebook.loading')}</p>}>
      <NotebookPanel />
    </Suspense>
  );
}

/**
 * The page in the chosen language: a switch draws it anew, so that no text made in the old
 * language stays; the experiment and its runs live in the store and are kept.
 */
export function LocalisedApp() {
  const language = usePlayground((state) => state.language);
  useEffect(() => {
    document.documentElement.lang = languageEntry(language).htmlLang;
    document.title = t('shell.title');
    // The skip link sits in index.html, before the app, so that it is the first thing a keyboard reaches.
    const skipLink = document.querySelector('.skip-link');
    if (skipLink) skipLink.textContent = t('shell.skipToTraining');
  }, [language]);
  return <App key={language} />;
}

/** The page: the Training area above four ingredient panels; a teacher's link may hide some panels. */
export function App() {
  usePresentMode();
  return (
    <>
      <header className="app-header">
        <h1>{t('shell.title')}</h1>
        <p className="tagline">{t('shell.tagline')}</p>
        <TeachingNotice />
        <div className="header-actions">
          <LanguageSwitch />
          <NotebookButton />
          <SharePanel />
          <CopyLinkButton />
        </div>
      </header>
      <main>
        <LinkBanner />
        {/* First, so that Train and the live curves are on the first screen of a laptop or a
            projector, with the top of each panel (data set, presets, loss, learning rate) below. */}
        <TrainingPanel />
        {/* Beside the charts it overlays past runs on. */}
        <Notebook />
        {/* Next to the panels: during a race its tabs choose which variant the panels edit. */}
        <Hideable target="compare">
          <ComparisonBar />
        </Hideable>
        <div className="ingredients">
          <Hideable target="dataset">
            <DatasetPanel />
          </Hideable>
          <Hideable target="model">
            <ModelPanel />
          </Hideable>
          <Hideable target="loss">
            <LossPanel />
          </Hideable>
          <Hideable target="optimizer">
            <OptimizerPanel />
          </Hideable>
        </div>
      </main>
    </>
  );
}
