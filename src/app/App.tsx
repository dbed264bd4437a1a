import { CopyLinkButton } from '../ui/common/CopyLinkButton';
import { LinkBanner } from '../ui/common/LinkBanner';
import { ComparisonBar } from '../ui/compare/ComparisonBar';
import { DatasetPanel } from '../ui/dataset/DatasetPanel';
import { LossPanel } from '../ui/loss/LossPanel';
import { ModelPanel } from '../ui/model/ModelPanel';
import { OptimizerPanel } from '../ui/optimizer/OptimizerPanel';
import { TrainingPanel } from '../ui/training/TrainingPanel';

/** The page: four ingredient panels beside the Training area. */
export function App() {
  return (
    <>
      <header className="app-header">
        <h1>Training Playground</h1>
        <p className="tagline">Pick a dataset, a model, a loss and an optimizer, then press Train.</p>
        <CopyLinkButton />
      </header>
      <main>
        <LinkBanner />
        <ComparisonBar />
        <div className="ingredients">
          <DatasetPanel />
          <ModelPanel />
          <LossPanel />
          <OptimizerPanel />
        </div>
        <TrainingPanel />
      </main>
    </>
  );
}
