import { describe, expect, test } from "bun:test"
import { Hono } from "hono"
import { createRuntime, definePlugin } from "../../core/index.ts"

// A plugin outside core declares its event and its task kind the way a third party would
// (`declare module "@cxedge/toolkit"`); tsc checks the @ts-expect-error lines below.
declare module "../../core/hooks.ts" {
  interface CxedgeEvents {
    "greeting:sent": { to: string; count: number }
  }
}
declare module "../../core/tasks.ts" {
  interface CxedgeTasks {
    "greeting.send": { to: string }
  }
}

describe("events declared by the plugin that emits them", () => {
  test("an augmented event is typed by name and delivered to a plugin's listener", async () => {
    const seen: string[] = []
    const listener = definePlugin({ name: "listener", version: "1.0.0", hooks: { "greeting:sent": (e) => void seen.push(`${e.to} ${e.count}`) } })
    const rt = await createRuntime({ plugins: [listener] })
    await rt.hooks.emit("greeting:sent", { to: "ada", count: 2 })
    // @ts-expect-error count is a number in the declaration
    await rt.hooks.emit("greeting:sent", { to: "bob", count: "3" })
    // @ts-expect-error no plugin declared this event
    rt.hooks.on("greeting:lost", () => {})
    expect(seen).toEqual(["ada 2", "bob 3"])
    await rt.dispose()
  })
})

describe("typed tasks between plugins", () => {
  test("a producer sees whether a kind is handled, queues it typed, and a failing codec refuses it to the caller", async () => {
    const sent: string[] = []
    const handler = definePlugin({
      name: "handler",
      version: "1.0.0",
      setup(rt) {
        rt.tasks.handle("greeting.send", async (payload) => void sent.push(payload.to), {
          encode: (p) => {
            if (!p.to) throw new Error("no recipient")
            return { to: p.to.split("").reverse().join("") }
          },
          decode: (stored) => ({ to: (stored as { to: string }).to.split("").reverse().join("") }),
        })
      },
    })
    const rt = await createRuntime({ plugins: [handler] })
    expect(rt.tasks.hasHandler("greeting.send")).toBe(true)
    expect(rt.tasks.hasHandler("greeting.other")).toBe(false)
    await rt.tasks.enqueue("greeting.send", { to: "ada" }, "t1")
    // @ts-expect-error the declared payload has `to`
    await rt.tasks.enqueue("greeting.send", { recipient: "ada" }, "t0").catch(() => {})
    expect(((await rt.tasks.get("t1"))!.payload as { to: string }).to).toBe("ada".split("").reverse().join(""))
    await expect(rt.tasks.enqueue("greeting.send", { to: "" }, "t2")).rejects.toThrow("no recipient")
    expect(await rt.tasks.get("t2")).toBeUndefined()
    await rt.tasks.drain()
    expect(sent).toEqual(["ada"])
    await rt.dispose()
  })
})

describe("plugin state from setup", () => {
  test("what setup returns reaches the plugin's routes, rt.state and dispose, per runtime", async () => {
    const disposed: number[] = []
    const counter = definePlugin({
      name: "counter",
      version: "1.0.0",
      setup: (_rt, _settings) => ({ hits: 0 }),
      routes(app, _rt, state) {
        app.get("/hit", (c) => c.json({ hits: ++state.hits }))
      },
      dispose: (_rt, state) => void disposed.push(state.hits),
    })
    const one = await createRuntime({ plugins: [counter] })
    const two = await createRuntime({ plugins: [counter] })
    const app = new Hono()
    counter.routes!(app, one, one.state(counter)!)
    await app.request("/hit")
    await app.request("/hit")
    expect(one.state(counter)?.hits).toBe(2)
    expect(two.state(counter)?.hits).toBe(0)
    expect(two.state("absent")).toBeUndefined()
    await one.dispose()
    await two.dispose()
    expect(disposed).toEqual([2, 0])
  })
})
