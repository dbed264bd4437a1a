import type { StateCreator } from 'zustand';
import { applyFix, type FixChange } from '../core/doctor/fixes';
import type { Experiment } from '../core/experiment/experiment';
import type { PlaygroundState } from './playgroundState';

/** The doctor's last fix: which variant it changed, from what to what, so that Undo can restore it. */
export interface DoctorFix {
  readonly variantIndex: number;
  readonly change: FixChange;
  readonly before: Experiment;
  readonly after: Experiment;
}

/** The doctor's one-click fixes and their undo. */
export interface DoctorSlice {
  /** The last fix applied, or null; Undo is offered while its variant still has the fixed settings. */
  readonly lastFix: DoctorFix | null;
  /** Makes the fix's change to that variant only and trains it again from epoch 0. */
  applyDoctorFix(variantIndex: number, change: FixChange): void;
  /** Puts back the settings the last fix changed and restarts that variant at epoch 0. */
  undoDoctorFix(): void;
}

/** Creates the doctor slice. */
export const createDoctorSlice: StateCreator<PlaygroundState, [], [], DoctorSlice> = (set, get) => {
  /** Gives variant `index` these settings (the panels follow when it is the selected one). */
  const setVariant = (index: number, experiment: Experiment): void => {
    const { variants, selectedVariant } = get();
    set({
      variants: variants.map((variant, i) => (i === index ? experiment : variant)),
      ...(index === selectedVariant ? { experiment } : {}),
    });
  };
  return {
    lastFix: null,
    applyDoctorFix: (variantIndex, change) => {
      const before = get().variants[variantIndex];
      if (!before) return;
      const after = applyFix(before, change);
      if (after === before) return;
      setVariant(variantIndex, after);
      set({ lastFix: { variantIndex, change, before, after } });
      get().restartVariant(variantIndex, 'train');
    },
    undoDoctorFix: () => {
      const fix = selectUndoableFix(get());
      if (!fix) return;
      setVariant(fix.variantIndex, fix.before);
      set({ lastFix: null });
      get().restartVariant(fix.variantIndex, null);
    },
  };
};

/** The last fix while Undo can still restore it: its variant has not been edited or removed since. */
export const selectUndoableFix = (state: PlaygroundState): DoctorFix | null => {
  const fix = state.lastFix;
  return fix && state.variants[fix.variantIndex] === fix.after ? fix : null;
};
