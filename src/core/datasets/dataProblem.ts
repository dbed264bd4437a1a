/**
 * A data failure in words the page chooses: the data worker does not know the page's language, so
 * it sends a message reference, and the page's service rejects with it for the store to keep.
 */
import type { MessageRef } from '../i18n/catalogue';
import { messageOf } from '../util/messageOf';

/** A failure to load, parse or analyse data; its `message` is the key, for logs. */
export class DataProblem extends Error {
  constructor(readonly ref: MessageRef) {
    super(ref.key);
    this.name = 'DataProblem';
  }
}

/** The reference to show for any thrown value: a DataProblem's own, else the error's text as detail. */
export const dataRefOf = (error: unknown): MessageRef =>
  error instanceof DataProblem
    ? error.ref
    : { key: 'dataset.error.detail', params: { detail: messageOf(error) } };
