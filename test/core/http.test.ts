import { afterAll, describe, expect, test } from "bun:test"
import { createSend, CxoneNetworkError } from "../../core/index.ts"

// A real server: one route answers what it was sent, one never answers in time.
const server = Bun.serve({
  port: 0,
  async fetch(req) {
    if (new URL(req.url).pathname === "/slow") await Bun.sleep(2000)
    const headers = Object.fromEntries([...req.headers].filter(([k]) => ["accept", "content-type", "if-match"].includes(k)))
    return Response.json({ method: req.method, query: new URL(req.url).search, headers, body: await req.text() }, { headers: { etag: '"e1"' } })
  },
})
afterAll(() => server.stop(true))
const origin = `http://127.0.0.1:${server.port}`

describe("one HTTP exchange (createSend)", () => {
  test("a string body on a PATCH goes as JSON unless told otherwise; the answer comes back as text with its headers", async () => {
    const send = createSend()
    const r = await send("t.patch", { method: "patch", url: `${origin}/c/1`, query: { a: "x y", b: undefined }, headers: { "If-Match": '"e0"' }, body: '{"firstName":null}', timeoutMs: 5000 })
    expect(r.status).toBe(200)
    expect(r.headers.get("etag")).toBe('"e1"')
    const echo = JSON.parse(r.text)
    expect(echo).toEqual({ method: "PATCH", query: "?a=x%20y", headers: { accept: "application/json", "content-type": "application/json", "if-match": '"e0"' }, body: '{"firstName":null}' })
  })

  test("a content type the caller set is kept (a token request's form)", async () => {
    const r = await createSend()("t.token", { method: "POST", url: `${origin}/token`, headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "text/plain" }, body: "grant_type=x" })
    expect(JSON.parse(r.text).headers).toEqual({ accept: "text/plain", "content-type": "application/x-www-form-urlencoded" })
  })

  test("no answer within timeoutMs is a network error that names the host and says to raise tenant.timeoutMs", async () => {
    const error = await createSend()("t.slow", { method: "GET", url: `${origin}/slow?secret=1`, timeoutMs: 100 }).catch((e) => e)
    expect(error).toBeInstanceOf(CxoneNetworkError)
    expect(error.message).toBe(`[cxedge] [cxone] t.slow: 127.0.0.1:${server.port} did not answer in time (100 ms): check the host and the network, or raise tenant.timeoutMs in the config file`)
  })

  // Workers say so in navigator.userAgent; there a signal belongs to one request, so none is shared.
  test("on Workers each request has a timeout signal of its own, and a timeout still reads as one", async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, "navigator")
    Object.defineProperty(globalThis, "navigator", { value: { userAgent: "Cloudflare-Workers" }, configurable: true })
    let send: ReturnType<typeof createSend>
    const signals: AbortSignal[] = []
    try {
      send = createSend(((input: RequestInfo | URL, init?: RequestInit) => {
        signals.push(init!.signal!)
        return fetch(input, init)
      }) as typeof fetch)
    } finally {
      if (before) Object.defineProperty(globalThis, "navigator", before)
    }
    const errors = await Promise.all([1, 2].map((i) => send(`t.slow${i}`, { method: "GET", url: `${origin}/slow`, timeoutMs: 100 }).catch((e) => e)))
    expect(signals).toHaveLength(2)
    expect(signals[0]).not.toBe(signals[1])
    expect(errors.map((e) => e.message)).toEqual([1, 2].map((i) => `[cxedge] [cxone] t.slow${i}: 127.0.0.1:${server.port} did not answer in time (100 ms): check the host and the network, or raise tenant.timeoutMs in the config file`))
  })

  test("requests started a moment apart with one timeout each get their whole timeout, and each times out", async () => {
    const send = createSend()
    const started = performance.now()
    const first = send("t.first", { method: "GET", url: `${origin}/slow`, timeoutMs: 300 }).catch((e) => e)
    await Bun.sleep(40)
    const secondStarted = performance.now()
    const second = await send("t.second", { method: "GET", url: `${origin}/slow`, timeoutMs: 300 }).catch((e) => e)
    expect(performance.now() - secondStarted).toBeGreaterThanOrEqual(299)
    for (const error of [await first, second]) {
      expect(error).toBeInstanceOf(CxoneNetworkError)
      expect(error.message).toContain("did not answer in time")
    }
    // The slow route answers after 2 s: both gave up well before.
    expect(performance.now() - started).toBeLessThan(1500)
  })

  test("a short timeout is kept while a longer one is pending on the same client", async () => {
    const send = createSend()
    const long = send("t.long", { method: "GET", url: `${origin}/slow`, timeoutMs: 30_000 })
    const short = await send("t.short", { method: "GET", url: `${origin}/slow`, timeoutMs: 100 }).catch((e) => e)
    expect(short).toBeInstanceOf(CxoneNetworkError)
    expect(short.message).toContain("did not answer in time")
    expect((await long).status).toBe(200)
  })

  test("an unreachable host is a network error without the URL's query", async () => {
    const error = await createSend()("t.down", { method: "GET", url: "http://127.0.0.1:9/x?secret=1", timeoutMs: 2000 }).catch((e) => e)
    expect(error).toBeInstanceOf(CxoneNetworkError)
    expect(error.message).toContain("cannot reach 127.0.0.1:9")
    expect(error.message).not.toContain("secret")
  })
})
