import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_TEACHING,
  TEACHING_TARGETS,
  type TeachingOptions,
  workspaceOf,
} from '../../core/compare/workspace';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import { en } from '../../core/i18n/catalogues/en';
import { zh } from '../../core/i18n/catalogues/zh';
import { switchCatalogue, t } from '../../core/i18n/translate';
import { encodeWorkspace } from '../../core/link';
import { modeOf, TEACHING_TARGET_LABELS, withMode } from './teachingModes';
import { teachingSummary } from './teachingSummary';

describe('teaching modes', () => {
  it('puts a part in exactly one mode, leaving the others and the flags as they were', () => {
    const start: TeachingOptions = { hidden: ['loss'], locked: ['dataset'], autostart: true, present: false };
    const hiddenModel = withMode(start, 'model', 'hidden');
    expect(hiddenModel).toEqual({
      hidden: ['model', 'loss'],
      locked: ['dataset'],
      autostart: true,
      present: false,
    });
    const lockedLoss = withMode(hiddenModel, 'loss', 'locked');
    expect(lockedLoss.hidden).toEqual(['model']);
    expect(lockedLoss.locked).toEqual(['dataset', 'loss']);
    const shownDataset = withMode(lockedLoss, 'dataset', 'shown');
    expect(shownDataset.locked).toEqual(['loss']);
    expect(modeOf(shownDataset, 'dataset')).toBe('shown');
    expect(modeOf(shownDataset, 'loss')).toBe('locked');
    expect(modeOf(shownDataset, 'model')).toBe('hidden');
  });

  it('counts a part a link both hides and locks as hidden, and one choice clears both', () => {
    const both: TeachingOptions = { ...DEFAULT_TEACHING, hidden: ['advanced'], locked: ['advanced'] };
    expect(modeOf(both, 'advanced')).toBe('hidden');
    expect(withMode(both, 'advanced', 'shown')).toEqual(DEFAULT_TEACHING);
  });

  it('writes the same link whatever order the choices were made in', () => {
    const oneWay = withMode(withMode(DEFAULT_TEACHING, 'optimizer', 'hidden'), 'dataset', 'hidden');
    const otherWay = withMode(withMode(DEFAULT_TEACHING, 'dataset', 'hidden'), 'optimizer', 'hidden');
    const link = (teaching: TeachingOptions) =>
      encodeWorkspace({ ...workspaceOf(DEFAULT_EXPERIMENT), teaching });
    expect(link(oneWay)).toBe(link(otherWay));
    expect(link(oneWay)).toContain('hide=dataset,optimizer');
  });

  it('names every part', () => {
    for (const target of TEACHING_TARGETS)
      expect(t(TEACHING_TARGET_LABELS[target]).length).toBeGreaterThan(0);
  });
});

describe('the teaching notice', () => {
  it('names what a link hid, locked, started and enlarged, and nothing for a plain page', () => {
    expect(teachingSummary(DEFAULT_TEACHING)).toBeNull();
    expect(teachingSummary({ ...DEFAULT_TEACHING, present: true })).toBe('present mode');
    expect(
      teachingSummary({ hidden: ['model', 'loss'], locked: ['optimizer'], autostart: true, present: false }),
    ).toBe('Model and Loss hidden · Optimizer locked · training started on opening');
    expect(teachingSummary({ ...DEFAULT_TEACHING, hidden: ['dataset', 'model', 'loss'] })).toBe(
      'Dataset, Model and Loss hidden',
    );
  });

  it('speaks the page’s language, with Chinese list words', () => {
    switchCatalogue('zh', zh);
    expect(
      teachingSummary({
        hidden: ['dataset', 'model', 'loss'],
        locked: ['optimizer'],
        autostart: true,
        present: true,
      }),
    ).toBe('已隐藏数据集、模型和损失函数 · 已锁定优化器 · 打开时已开始训练 · 演示模式');
  });
});

afterEach(() => switchCatalogue('en', en));
