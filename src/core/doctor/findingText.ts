/** A finding and its fixes in words, in the page's language, made when shown. */
import type { Experiment } from '../experiment/experiment';
import { inSentence } from '../i18n/inSentence';
import { t } from '../i18n/translate';
import { LOSSES } from '../registries/losses';
import { OPTIMIZERS } from '../registries/optimizers';
import { formatNumber } from '../util/numberText';
import type { Finding } from './diagnose';
import type { FixChange } from './fixes';
import { DOCTOR_RULES } from './rules';

/** A learning rate or strength in the fewest digits that show it (0.001, 100, 1e-6). */
const rate = (value: number): string => formatNumber(Number(value.toPrecision(6)));

/** The placeholders every finding's words may use besides its evidence: the experiment's optimizer, loss and rate. */
function wordsOf(finding: Finding, experiment: Experiment) {
  const learningRate = experiment.optimizer.params.learningRate;
  const natural = finding.fixes.find((fix) => fix.kind === 'loss');
  return {
    ...finding.evidence,
    optimizer: t(OPTIMIZERS[experiment.optimizer.id].label),
    loss: inSentence(t(LOSSES[experiment.loss].label)),
    learningRate: typeof learningRate === 'number' ? rate(learningRate) : '—',
    ...(natural?.kind === 'loss' ? { natural: inSentence(t(LOSSES[natural.to].label)) } : {}),
  };
}

/** The finding's few plain words ("Learning rate far too high for SGD"). */
export const findingTitle = (finding: Finding, experiment: Experiment): string =>
  t(DOCTOR_RULES[finding.id].title, wordsOf(finding, experiment));

/** What the figures show and why it matters. */
export const findingExplanation = (finding: Finding, experiment: Experiment): string =>
  t(DOCTOR_RULES[finding.id].explanation, wordsOf(finding, experiment));

/** A fix's button label ("Learning rate 100 → 0.1"). */
export function fixLabel(change: FixChange): string {
  switch (change.kind) {
    case 'learningRate':
      return t('doctor.fix.learningRate', { from: rate(change.from), to: rate(change.to) });
    case 'optimizer':
      return t('doctor.fix.optimizer', {
        optimizer: t(OPTIMIZERS[change.to].label),
        rate: rate(change.learningRate),
      });
    case 'clipNorm':
      return t('doctor.fix.clipNorm', { norm: rate(change.to) });
    case 'l2':
      return t('doctor.fix.l2', { from: rate(change.from), to: rate(change.to) });
    case 'dropout':
      return t('doctor.fix.dropout', { rate: rate(change.rate) });
    case 'epochs':
      return t('doctor.fix.epochs', { from: change.from, to: change.to });
    case 'loss':
      return t('doctor.fix.loss', { loss: inSentence(t(LOSSES[change.to].label)) });
    default:
      throw new Error(`Unknown fix: ${String(change satisfies never)}`);
  }
}
