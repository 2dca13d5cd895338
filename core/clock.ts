/** Time and randomness, injectable so that retry and limiter tests run in milliseconds. */
export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (ms <= 0) return resolve()
      const timer = setTimeout(resolve, ms)
      signal?.addEventListener("abort", () => {
        clearTimeout(timer)
        reject(signal.reason)
      }, { once: true })
    }),
}

/**
 * Resolves when `promise` settles or after `ms` of real time, whichever is first. A real timer, not the injected clock
 * (a manual clock would jump), cleared when the promise wins and unref'd, so it never holds a finished CLI open.
 */
export function settledWithin(promise: Promise<unknown> | undefined, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms) as { unref?: () => void }
    timer.unref?.()
    void promise?.then(() => {
      clearTimeout(timer as Parameters<typeof clearTimeout>[0])
      resolve()
    })
  })
}

export type Random = () => number

/**
 * A clock whose time moves only when something sleeps on it or `advance` is
 * called: sleeping resolves at once and moves time forward by the delay.
 */
export function createManualClock(start = 0): Clock & { advance(ms: number): void; slept: number[] } {
  let time = start
  const slept: number[] = []
  return {
    slept,
    now: () => time,
    advance: (ms) => {
      time += ms
    },
    sleep: async (ms) => {
      slept.push(ms)
      time += Math.max(0, ms)
    },
  }
}

/** Mulberry32: a small seeded PRNG for reproducible jitter and test data. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
