/**
 * What reading a link could not use as written, kept as messages rather than words: a link is read
 * once, while the page may change its language afterwards, so each notice is put into words when
 * it is shown, in the language of that moment.
 */
import type { MessageKey } from '../i18n/catalogue';
import { t } from '../i18n/translate';

/** A value in a notice: text or a number as written, a message of its own, or several read one after another. */
export type LinkProblemParam = string | number | LinkProblem | readonly LinkProblem[];

/** One notice about a link: a message key and its values, which may be messages themselves ("variant B: …"). */
export interface LinkProblem {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, LinkProblemParam>>;
}

const isList = (param: LinkProblemParam): param is readonly LinkProblem[] => Array.isArray(param);

const paramText = (param: LinkProblemParam): string | number => {
  if (typeof param === 'string' || typeof param === 'number') return param;
  return isList(param) ? param.map(linkProblemText).join(' ') : linkProblemText(param);
};

/** A notice in words, in the page's language. */
export function linkProblemText(problem: LinkProblem): string {
  if (!problem.params) return t(problem.key);
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(problem.params)) params[name] = paramText(param);
  return t(problem.key, params);
}

/** A piece of a notice: the page's words, or text as the link wrote it (a key, a value) to set apart. */
export interface LinkProblemPart {
  readonly text: string;
  readonly isFromLink: boolean;
}

const PLACEHOLDER_PIECE = /^\{(\w+)\}$/;

/** A notice in pieces, in the page's language, with what the link itself wrote marked so the page can show it as code. */
export function linkProblemParts(problem: LinkProblem): LinkProblemPart[] {
  const template = t(problem.key);
  const params = problem.params;
  if (!params) return [{ text: template, isFromLink: false }];
  return template.split(/(\{\w+\})/).flatMap((piece): LinkProblemPart[] => {
    const name = PLACEHOLDER_PIECE.exec(piece)?.[1];
    const param = name === undefined ? undefined : params[name];
    if (param === undefined) return piece === '' ? [] : [{ text: piece, isFromLink: false }];
    if (typeof param === 'string') return [{ text: param, isFromLink: true }];
    if (typeof param === 'number') return [{ text: String(param), isFromLink: false }];
    if (!isList(param)) return linkProblemParts(param);
    return param.flatMap((inner, index) => [
      ...(index > 0 ? [{ text: ' ', isFromLink: false }] : []),
      ...linkProblemParts(inner),
    ]);
  });
}
