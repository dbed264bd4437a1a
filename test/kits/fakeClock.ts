/** A clock that moves only when told: the scheduler's clock and the time fake trainers take. */
export class FakeClock {
  nowMs = 0;
  /** The time, in milliseconds. */
  readonly now = (): number => this.nowMs;
  /** Moves the clock on. */
  advance(ms: number): void {
    this.nowMs += ms;
  }
}
