import { afterEach, describe, expect, it } from 'vitest';
import { toyClassNames } from '../../core/datasets/prepare';
import { en } from '../../core/i18n/catalogues/en';
import { zh } from '../../core/i18n/catalogues/zh';
import { switchCatalogue } from '../../core/i18n/translate';
import { shownClassName } from './shownClassName';

afterEach(() => switchCatalogue('en', en));

describe('shownClassName', () => {
  it('words the numbered classes of generated data in the page language', () => {
    switchCatalogue('zh', zh);
    expect(toyClassNames(3).map(shownClassName)).toEqual(['类别 1', '类别 2', '类别 3']);
    switchCatalogue('en', en);
    expect(toyClassNames(2).map(shownClassName)).toEqual(['class 1', 'class 2']);
  });

  it('leaves names read from data as they are', () => {
    switchCatalogue('zh', zh);
    expect(['setosa', 'class 1b', 'Adelie'].map(shownClassName)).toEqual(['setosa', 'class 1b', 'Adelie']);
  });
});
