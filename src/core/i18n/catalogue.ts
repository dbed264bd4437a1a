/**
 * The message catalogue's shape. English is the source: its keys are the catalogue's keys, and
 * every other language must give each of them (the typecheck fails on a missing one).
 */
import type { en } from './catalogues/en';

/** The key of a message. */
export type MessageKey = keyof typeof en;

/** A whole catalogue: every key's text in one language. */
export type Catalogue = { readonly [Key in MessageKey]: string };

/** The values a message's `{placeholders}` take. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message not yet put into words: what the worker sends, and core code that does not translate. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}
