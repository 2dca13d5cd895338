import { describe, expect, test } from "bun:test"
import { createHooks } from "../../core/hooks.ts"

describe("the hook bus", () => {
  test("a listener's failure is reported, never thrown to the emitter, and the listeners after it still run", async () => {
    const reported: string[] = []
    const hooks = createHooks((name, error) => reported.push(`${name}: ${(error as Error).message}`))
    const ran: string[] = []
    hooks.on("audit:checkpoint", () => {
      throw new Error("metrics exporter down")
    })
    hooks.on("audit:checkpoint", () => void ran.push("second"))
    await hooks.emit("audit:checkpoint", { reason: "job finished" })
    expect(ran).toEqual(["second"])
    expect(reported).toEqual(["audit:checkpoint: metrics exporter down"])
  })

  test("a durable listener's failure (a record it could not keep) reaches the emitter, after every other listener ran", async () => {
    const reported: string[] = []
    const hooks = createHooks((name) => reported.push(name))
    const ran: string[] = []
    hooks.on("audit:checkpoint", () => {
      throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" })
    }, { durable: true })
    hooks.on("audit:checkpoint", () => void ran.push("after"))
    const error = await hooks.emit("audit:checkpoint", { reason: "job finished" }).catch((e) => e)
    expect(error.code).toBe("ENOSPC")
    expect(ran).toEqual(["after"])
    expect(reported).toEqual([])
  })
})
