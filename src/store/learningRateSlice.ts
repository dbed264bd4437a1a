import type { StateCreator } from 'zustand';
import type { MessageRef } from '../core/i18n/catalogue';
import {
  DEFAULT_LEARNING_RATE_RANGE,
  type LearningRateRange,
  rangeProblems,
  suggestLearningRate,
} from '../core/run/learningRateRange';
import type { WorkerEvent } from '../worker/training/protocol';
import { selectLoadDataFields } from './datasetSelectors';
import type { PlaygroundState } from './playgroundState';
import type { CommandSink } from './runRecords';

/** Where "Find learning rate" stands: not run, running, or its curve and suggestion (or why it failed). */
export interface LearningRateTest {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  /** The worker's id of the test in progress or last run; null before the first. */
  readonly runId: string | null;
  readonly rates: readonly number[];
  readonly losses: readonly number[];
  /** The rate suggested; null while running, after a failure, or when the loss never fell. */
  readonly suggestion: number | null;
  readonly message: MessageRef | null;
}

/** The learning-rate range test: its range, its result and the click that applies the suggestion. */
export interface LearningRateSlice {
  readonly isLearningRateOpen: boolean;
  readonly learningRateRange: LearningRateRange;
  readonly learningRateTest: LearningRateTest;
  openLearningRateTest(): void;
  closeLearningRateTest(): void;
  setLearningRateRange(range: LearningRateRange): void;
  /** Runs the test in the worker on the experiment in the panels, with the range set. */
  findLearningRate(): void;
  /** Sets the panels' learning rate to the suggestion (the run changes it live, as the control does). */
  applySuggestedRate(): void;
  /** Takes the events of a range test; false for any other event. */
  handleLearningRateEvent(event: WorkerEvent): boolean;
}

const IDLE: LearningRateTest = {
  status: 'idle',
  runId: null,
  rates: [],
  losses: [],
  suggestion: null,
  message: null,
};

let testCounter = 0;

/** Creates the slice; commands go to the training worker through `sink`. */
export const createLearningRateSlice =
  (sink: () => CommandSink): StateCreator<PlaygroundState, [], [], LearningRateSlice> =>
  (set, get) => ({
    isLearningRateOpen: false,
    learningRateRange: DEFAULT_LEARNING_RATE_RANGE,
    learningRateTest: IDLE,

    openLearningRateTest: () => set({ isLearningRateOpen: true }),
    closeLearningRateTest: () => set({ isLearningRateOpen: false }),
    setLearningRateRange: (range) => set({ learningRateRange: range }),

    findLearningRate: () => {
      const state = get();
      if (state.learningRateTest.status === 'running') return;
      const range = state.learningRateRange;
      if (rangeProblems(range).length > 0) {
        set({ learningRateTest: { ...IDLE, status: 'failed', message: { key: 'notebook.lr.badRange' } } });
        return;
      }
      testCounter += 1;
      const runId = `lr-test-${testCounter}`;
      set({ learningRateTest: { ...IDLE, status: 'running', runId } });
      sink().send({
        type: 'findLearningRate',
        runId,
        experiment: state.experiment,
        backend: state.backendPreference,
        range,
        ...selectLoadDataFields(state),
      });
    },

    applySuggestedRate: () => {
      const { suggestion } = get().learningRateTest;
      if (suggestion !== null) get().setOptimizerParam('learningRate', suggestion);
    },

    handleLearningRateEvent: (event) => {
      const test = get().learningRateTest;
      if (test.runId === null || event.runId !== test.runId) return event.type === 'learningRateRangeFound';
      if (event.type === 'learningRateRangeFound') {
        const rates = Array.from(event.rates);
        const losses = Array.from(event.losses);
        // Three significant digits: a rate a person can read and type.
        const suggested = suggestLearningRate(rates, losses);
        set({
          learningRateTest: {
            ...test,
            status: 'done',
            rates,
            losses,
            suggestion: suggested === null ? null : Number(suggested.toPrecision(3)),
          },
        });
        return true;
      }
      if (event.type === 'runFailed') {
        set({ learningRateTest: { ...test, status: 'failed', message: event.message } });
        return true;
      }
      // A test sends nothing else; anything more for its id is dropped.
      return true;
    },
  });
