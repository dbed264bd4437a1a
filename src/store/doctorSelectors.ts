/**
 * The doctor's findings per run, memoised: a run is diagnosed again only when its history has
 * grown, it diverged, or its variant's settings changed, so the cost is one diagnose() per metrics
 * update of a run, and nothing while no run has metrics (docs/decisions/doctor.md).
 */
import { diagnose, type Finding, NO_FINDINGS } from '../core/doctor/diagnose';
import { DOCTOR_RULES } from '../core/doctor/rules';
import type { Experiment } from '../core/experiment/experiment';
import { modelInputWithOwnData } from '../core/model/modelInput';
import type { PlaygroundState } from './playgroundState';
import type { RunRecord } from './runRecords';

interface Diagnosed {
  readonly length: number;
  readonly divergedAtEpoch: number | null;
  readonly experiment: Experiment;
  readonly customData: PlaygroundState['customData'];
  readonly findings: readonly Finding[];
}

const diagnosed = new Map<string, Diagnosed>();

/** The findings of one run, worst first; the same array while nothing they depend on changed. */
export function runFindings(state: PlaygroundState, run: RunRecord): readonly Finding[] {
  const length = run.history.length;
  if (length === 0) return NO_FINDINGS;
  const experiment = state.variants[run.variantIndex];
  if (!experiment) return NO_FINDINGS;
  const kept = diagnosed.get(run.runId);
  if (
    kept &&
    kept.length === length &&
    kept.divergedAtEpoch === run.divergedAtEpoch &&
    kept.experiment === experiment &&
    kept.customData === state.customData
  )
    return kept.findings;
  // Runs replaced by a restart leave their entries: drop them before the map grows past the race.
  if (!kept && diagnosed.size >= 2 * state.runs.length + 2) {
    const live = new Set(state.runs.map((candidate) => candidate.runId));
    for (const runId of diagnosed.keys()) if (!live.has(runId)) diagnosed.delete(runId);
  }
  const findings = diagnose({
    history: run.history,
    experiment,
    divergedAtEpoch: run.divergedAtEpoch,
    modelInput: modelInputWithOwnData(experiment.dataset, state.customData),
  });
  diagnosed.set(run.runId, {
    length,
    divergedAtEpoch: run.divergedAtEpoch,
    experiment,
    customData: state.customData,
    findings,
  });
  return findings;
}

/** A variant's findings: those of its seed whose worst finding is the worst (the first seed when tied). */
export function variantFindings(state: PlaygroundState, variantIndex: number): readonly Finding[] {
  let worst: readonly Finding[] = NO_FINDINGS;
  for (const run of state.runs) {
    if (run.variantIndex !== variantIndex) continue;
    const findings = runFindings(state, run);
    const first = findings[0];
    const current = worst[0];
    if (first && (!current || DOCTOR_RULES[first.id].rank < DOCTOR_RULES[current.id].rank)) worst = findings;
  }
  return worst;
}

/** The findings of the variant the panels show (the only one when not comparing). */
export const selectSelectedFindings = (state: PlaygroundState): readonly Finding[] =>
  variantFindings(state, state.selectedVariant);
