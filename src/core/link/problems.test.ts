import { afterEach, describe, expect, it } from 'vitest';
import { inWords } from '../../../test/kits/linkWords';
import { en } from '../i18n/catalogues/en';
import { zh } from '../i18n/catalogues/zh';
import { switchCatalogue } from '../i18n/translate';
import { linkProblemParts, linkProblemText } from './problems';
import { decodeWorkspace } from './workspace';

afterEach(() => switchCatalogue('en', en));

describe('link notices', () => {
  it('are kept as messages and put into words in the language of the moment they are shown', () => {
    // Read once, in English; the page then switches to Chinese and the same notices read in Chinese.
    const { problems } = decodeWorkspace('lr=abc&b.opt=sgd&b.beta1=0.5&sched=step&alpha=0.3&lang=fr');
    expect(problems.map(linkProblemText)).toEqual([
      "lr 'abc' is not a number; kept 0.01",
      'alpha does not apply to Step decay; ignored',
      'variant B: beta1 does not apply to SGD; ignored',
      "lang 'fr' is not a language of this page (en, zh); kept your own",
    ]);
    switchCatalogue('zh', zh);
    expect(inWords({ problems }).problems).toEqual([
      "lr 'abc' 不是数字，保留 0.01",
      'alpha 不适用于阶梯衰减，已忽略',
      '变体 B：beta1 不适用于SGD，已忽略',
      "lang 'fr' 不是本页支持的语言（可选：en, zh），保留你自己的语言",
    ]);
  });

  it('come in pieces that read as the whole notice, with what the link wrote set apart', () => {
    const { problems } = decodeWorkspace('lr=abc&seeds=9&b.opt=sgd&b.beta1=0.5&lang=fr');
    for (const language of ['en', 'zh'] as const) {
      switchCatalogue(language, language === 'en' ? en : zh);
      for (const problem of problems) {
        expect(
          linkProblemParts(problem)
            .map((part) => part.text)
            .join(''),
        ).toBe(linkProblemText(problem));
      }
      const fromLink = problems.flatMap((problem) =>
        linkProblemParts(problem)
          .filter((part) => part.isFromLink)
          .map((part) => part.text),
      );
      expect(fromLink).toEqual(expect.arrayContaining(['lr', "'abc'", 'seeds', 'beta1', 'lang', "'fr'"]));
      expect(fromLink.some((text) => /[\u4e00-\u9fff]|not a|variant/.test(text))).toBe(false);
    }
  });
});
