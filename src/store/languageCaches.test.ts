/** Selectors that keep made text make it anew after a language switch. */
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../core/i18n/catalogues/en';
import { zh } from '../core/i18n/catalogues/zh';
import { switchCatalogue } from '../core/i18n/translate';
import type { DatasetService } from '../worker/data/client';
import { createPlaygroundStore } from './createPlaygroundStore';
import { selectLossAdvice, selectModelSummary } from './experimentSelectors';
import { selectTrainBlocker } from './runSelectors';

const silentService = (): DatasetService => ({
  analyse: () => new Promise(() => {}),
  readCsv: () => new Promise(() => {}),
});

const setup = () => createPlaygroundStore(() => ({ send: () => {} }), silentService);

afterEach(() => switchCatalogue('en', en));

describe('cached words and the language', () => {
  it('gives the loss advice, a layer’s problem and the validation messages in the new language', () => {
    const store = setup();
    store.getState().addHiddenLayer('maxPool2d');
    const before = {
      advice: selectLossAdvice(store.getState()).text,
      problem: selectModelSummary(store.getState())?.problems[0]?.message,
      blocker: selectTrainBlocker(store.getState()),
    };
    expect(before.problem).toContain('needs image input');
    switchCatalogue('zh', zh);
    const state = store.getState();
    expect(selectLossAdvice(state).text).not.toBe(before.advice);
    expect(selectLossAdvice(state).text).toContain('概率');
    expect(selectModelSummary(state)?.problems[0]?.message).toContain('需要图像输入');
    expect(selectTrainBlocker(state)).toContain('需要图像输入');
  });
});
