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
import { TrainingPanel } from '../ui/training/TrainingPanel';
import './teaching.css';

/** The page: four ingredient panels beside the Training area; a teacher's link may hide some. */
export function App() {
  usePresentMode();
  return (
    <>
      <header className="app-header">
        <h1>Training Playground</h1>
        <p className="tagline">Pick a dataset, a model, a loss and an optimizer, then press Train.</p>
        <div className="header-actions">
          <SharePanel />
          <CopyLinkButton />
        </div>
      </header>
      <main>
        <LinkBanner />
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
        <TrainingPanel />
      </main>
    </>
  );
}
