/**
 * The newest answers over a span of time (when each came, whether the tenant
 * accepted it), in a ring of typed arrays: recording one allocates nothing
 * and drops the expired ones from the front without moving the rest (an array
 * of objects with `shift()` did both, per answer, a thousand entries deep at 200/s).
 */
export interface AnswerWindow {
  /**
   * Records one answer and forgets the ones older than the span before it. `taken`: the tenant let the call in though
   * it failed (a 5xx after its gate), which counted against its limit as an accepted one did.
   */
  push(at: number, ok: boolean, taken?: boolean): void
  readonly size: number
  /** The i-th newest answer's time (0 is the newest). */
  atNewest(i: number): number
  okNewest(i: number): boolean
  /** Accepted, or let in and failed. */
  takenNewest(i: number): boolean
}

export function createAnswerWindow(spanMs: number): AnswerWindow {
  let at = new Float64Array(64)
  let ok = new Uint8Array(64)
  let head = 0
  let size = 0
  const grow = () => {
    const nextAt = new Float64Array(at.length * 2)
    const nextOk = new Uint8Array(at.length * 2)
    for (let i = 0; i < size; i++) {
      nextAt[i] = at[(head + i) % at.length]!
      nextOk[i] = ok[(head + i) % at.length]!
    }
    at = nextAt
    ok = nextOk
    head = 0
  }
  const slot = (i: number) => (head + size - 1 - i) % at.length
  return {
    push(when, accepted, taken) {
      while (size > 0 && at[head]! < when - spanMs) {
        head = (head + 1) % at.length
        size--
      }
      if (size === at.length) grow()
      const i = (head + size) % at.length
      at[i] = when
      ok[i] = accepted ? 1 : taken ? 2 : 0
      size++
    },
    get size() {
      return size
    },
    atNewest: (i) => at[slot(i)]!,
    okNewest: (i) => ok[slot(i)] === 1,
    takenNewest: (i) => ok[slot(i)]! > 0,
  }
}
