import { CopyLinkButton } from '../ui/common/CopyLinkButton';
import { Hideable } from '../ui/common/Hideable';
import { LinkBanner } from '../ui/common/LinkBanner';
import { usePresentMode } from '../ui/common/usePresentMode';
import { ComparisonBar } from '../ui/compare/ComparisonBar';
import { DatasetPanel } from '../ui/dataset/DatasetPanel';
import { LossPanel } from '../ui/loss/LossPanel';
import { ModelPanel } from '../ui/model/ModelPanel';
import { OptimizerPanel } from '../ui/optimizer/OptimizerPanel';
import { SharePanel } from '../ui/share/SharePanel';
import { TeachingNotice } from '../ui/share/TeachingNotice';
import { TrainingPanel } from '../ui/training/TrainingPanel';
import './teaching.css';
import './phone.css';

/** The page: the Training area above four ingredient panels; a teacher's link may hide some panels. */
export function App() {
  usePresentMode();
  return (
    <>
      <header className="app-header">
        <h1>Training Playground</h1>
        <p className="tagline">
          Press Train and watch a network learn; change its dataset, model, loss or optimizer below.
        </p>
        <TeachingNotice />
        <div className="header-actions">
          <SharePanel />
          <CopyLinkButton />
        </div>
      </header>
      <main>
        <LinkBanner />
        {/* First, so that Train and the live curves are on the first screen of a laptop or a
            projector, with the top of each panel (data set, presets, loss, learning rate) below. */}
        <TrainingPanel />
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
