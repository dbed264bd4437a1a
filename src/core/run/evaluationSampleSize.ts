/**
 * How large a training set may be before its end-of-epoch train metrics come from a fixed sample
 * rather than from every example (src/train/shared/evaluationSample.ts draws the sample; the page says so
 * beside the charts). Every generated 2-D set has at most 5,000 points, so the demos are evaluated in full.
 */
export const FULL_EVALUATION_MAX_EXAMPLES = 5000;

/** Training examples a larger set's train metrics are computed on. */
export const TRAIN_EVALUATION_SAMPLE_SIZE = 2000;
