/**
 * An error whose words the page chooses: the worker does not know the page's language, so a failure
 * it foresees travels as a message reference, and any other error's own text becomes its detail.
 */
import type { MessageRef } from '../../core/i18n/catalogue';
import { messageOf } from '../../core/util/messageOf';

/** A failure in words the page puts into its language; its `message` is the key, for logs. */
export class MessageError extends Error {
  constructor(readonly ref: MessageRef) {
    super(ref.key);
    this.name = 'MessageError';
  }
}

/** What the page shows for any thrown value: a MessageError's reference, else the error's own text as detail. */
export const refOfError = (error: unknown): MessageRef =>
  error instanceof MessageError
    ? error.ref
    : { key: 'training.error.detail', params: { detail: messageOf(error) } };
