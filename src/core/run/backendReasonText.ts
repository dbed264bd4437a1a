/** A backend's reason in words, on the page: the worker that chose the backend sends it as messages. */
import { t, textOf } from '../i18n/translate';
import type { BackendReason } from './backendMeasurement';

/** The reason's first message, each later one wrapped around the text so far as its {reason}. */
export function backendReasonText(reason: BackendReason): string {
  const [first, ...notes] = reason;
  if (!first) return '';
  return notes.reduce((text, note) => t(note.key, { ...note.params, reason: text }), textOf(first));
}
