import { describe, expect, test } from "bun:test"
import { createBreaker, createManualClock } from "../../core/index.ts"

const options = { windowMs: 10_000, minCalls: 4, failureRatio: 0.5, cooldownMs: 5_000 }

describe("circuit breaker window", () => {
  test("opens once half the calls in the window failed, not before minCalls", () => {
    const b = createBreaker(options, createManualClock(0))
    b.record(false)
    b.record(false)
    b.record(false)
    expect(b.state()).toBe("closed")
    b.record(true)
    expect(b.state()).toBe("open")
  })

  test("failures older than the window no longer count", () => {
    const clock = createManualClock(0)
    const b = createBreaker(options, clock)
    b.record(false)
    b.record(false)
    b.record(false)
    clock.advance(10_001)
    for (let i = 0; i < 3; i++) b.record(true)
    b.record(false)
    expect(b.state()).toBe("closed")
  })

  test("only the newest 4 x minCalls calls count: a long run of successes outweighs older failures", () => {
    const c = createBreaker(options, createManualClock(0))
    for (let i = 0; i < 7; i++) c.record(false)
    for (let i = 0; i < 3; i++) c.record(true)
    expect(c.state()).toBe("open")
    const d = createBreaker({ ...options, minCalls: 2 }, createManualClock(0))
    for (let i = 0; i < 8; i++) d.record(true)
    for (let i = 0; i < 3; i++) d.record(false) // 3 of the newest 8 failed
    expect(d.state()).toBe("closed")
    d.record(false) // 4 of the newest 8
    expect(d.state()).toBe("open")
  })

  test("after the cool-down one probe goes; its success closes with a clean window", () => {
    const clock = createManualClock(0)
    const b = createBreaker(options, clock)
    for (let i = 0; i < 4; i++) b.record(false)
    expect(b.allow()).toBe(false)
    clock.advance(5_000)
    expect(b.allow()).toBe(true)
    expect(b.allow()).toBe(false)
    b.record(true)
    expect(b.state()).toBe("closed")
    for (let i = 0; i < 3; i++) b.record(false)
    expect(b.state()).toBe("closed")
  })
})
