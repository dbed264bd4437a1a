/** A backend choice with its reason put into words (English, as tests run), for assertions on the text. */
import type { BackendReason } from '../../src/core/run/backendMeasurement';
import { backendReasonText } from '../../src/core/run/backendReasonText';

/** The choice with `reason` as the page would show it; undefined stays undefined. */
export function inWords<T extends { readonly reason: BackendReason }>(
  choice: T | null | undefined,
): (Omit<T, 'reason'> & { readonly reason: string }) | undefined {
  return choice ? { ...choice, reason: backendReasonText(choice.reason) } : undefined;
}
