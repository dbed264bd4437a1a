/**
 * A yield to the event loop through a MessageChannel, which the scheduler awaits after each turn:
 * setTimeout(0) costs throughput (see docs/decisions/worker-yield.md).
 */
export function createEventLoopYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
