import { describe, expect, test } from "bun:test"
import { createStorage } from "unstorage"
import { createManualClock, createTokenManager, type TokenSet } from "../../core/index.ts"
import { completedContacts, sandboxClient } from "../helpers.ts"

/** A token manager on a manual clock whose grants last `lifetimeSec`, recording when each grant was made. */
function manager(lifetimeSec: number, skewMs = 120_000) {
  const clock = createManualClock(1_700_000_000_000)
  const grants: number[] = []
  const tokens = createTokenManager({
    storage: createStorage(),
    cacheKey: "acme:cxone",
    clock,
    skewMs,
    async obtain(): Promise<TokenSet> {
      grants.push(clock.now())
      return { accessToken: `tok${grants.length}`, expiresAt: clock.now() + lifetimeSec * 1000 }
    },
  })
  return { clock, grants, tokens }
}

describe("token renewal margin", () => {
  test("a 5 s token under steady load is renewed at most once per 4.5 s over a minute", async () => {
    const { clock, grants, tokens } = manager(5)
    const start = clock.now()
    while (clock.now() - start < 60_000) {
      // 20 callers at once every 50 ms: one renewal serves them all.
      const got = await Promise.all(Array.from({ length: 20 }, () => tokens.get()))
      expect(new Set(got).size).toBe(1)
      clock.advance(50)
    }
    // A fixed 120 s margin renewed on every call: 1,200 grants here.
    expect(grants.length).toBeLessThanOrEqual(Math.ceil(60 / 4.5))
    expect(grants.length).toBeGreaterThanOrEqual(13)
    for (let i = 1; i < grants.length; i++) expect(grants[i]! - grants[i - 1]!).toBeGreaterThanOrEqual(4_500)
    expect(tokens.requests()).toBe(grants.length)
  })

  test("the cached token is answered at once while fresh, and not once it is due for renewal", async () => {
    const { clock, tokens } = manager(3600)
    expect(tokens.fresh!()).toBeUndefined()
    expect(await tokens.get()).toBe("tok1")
    expect(tokens.fresh!()).toBe("tok1")
    clock.advance(3_480_000 - 1)
    expect(tokens.fresh!()).toBe("tok1")
    clock.advance(1)
    expect(tokens.fresh!()).toBeUndefined()
    tokens.invalidate("tok1")
    expect(await tokens.get()).toBe("tok2")
    tokens.invalidate("tok2")
    expect(tokens.fresh!()).toBeUndefined()
  })

  test("a 3600 s token is renewed 120 s before it expires, not earlier", async () => {
    const { clock, grants, tokens } = manager(3600)
    expect(await tokens.get()).toBe("tok1")
    clock.advance(3_480_000 - 1)
    expect(await tokens.get()).toBe("tok1")
    clock.advance(1)
    expect(await tokens.get()).toBe("tok2")
    expect(grants.length).toBe(2)
  })

  test("a 300 s token is renewed a tenth of its lifetime (30 s) early; a smaller configured skew wins", async () => {
    const tenth = manager(300)
    await tenth.tokens.get()
    tenth.clock.advance(269_999)
    expect(await tenth.tokens.get()).toBe("tok1")
    tenth.clock.advance(1)
    expect(await tenth.tokens.get()).toBe("tok2")

    const skew = manager(300, 10_000)
    await skew.tokens.get()
    skew.clock.advance(289_999)
    expect(await skew.tokens.get()).toBe("tok1")
    skew.clock.advance(1)
    expect(await skew.tokens.get()).toBe("tok2")
  })

  test("against the sandbox, 5 s tokens cost one grant per 4.5 s of calls, the first a password grant and then refreshes", async () => {
    const clock = createManualClock(Date.now())
    const { client, state } = await sandboxClient({ clock, sandboxOptions: { now: () => clock.now(), faults: { tokenLifetimeSec: 5 } } })
    let calls = 0
    const start = clock.now()
    while (clock.now() - start < 30_000) {
      await Promise.all(Array.from({ length: 4 }, () => client.call(completedContacts, { top: 1 })))
      calls += 4
      clock.advance(100)
    }
    expect(calls).toBe(1200)
    const grants = (state.stats.byGrant.password ?? 0) + (state.stats.byGrant.refresh_token ?? 0)
    expect(state.stats.byGrant.password).toBe(1)
    expect(grants).toBeLessThanOrEqual(Math.ceil(30 / 4.5))
    expect(grants).toBeGreaterThanOrEqual(6)
  })
})

test("a refresh answered without a new refresh token keeps the old one: the next renewal refreshes again, not a new login", async () => {
  const clock = createManualClock(1_700_000_000_000)
  const asked: string[] = []
  const tokens = createTokenManager({
    storage: createStorage(),
    cacheKey: "acme:cxone",
    clock,
    skewMs: 120_000,
    async obtain(): Promise<TokenSet> {
      asked.push("password")
      return { accessToken: `tok${asked.length}`, refreshToken: "r1", expiresAt: clock.now() + 60_000 }
    },
    async refresh(refreshToken): Promise<TokenSet> {
      asked.push(`refresh ${refreshToken}`)
      return { accessToken: `tok${asked.length}`, expiresAt: clock.now() + 60_000 }
    },
  })
  await tokens.get()
  clock.advance(60_000)
  await tokens.get()
  clock.advance(60_000)
  await tokens.get()
  expect(asked).toEqual(["password", "refresh r1", "refresh r1"])
})


describe("a cached token and the credentials it was granted for", () => {
  test("a token granted for other credentials is not used: a mistyped or rotated secret is asked for again (a review, stop 66)", async () => {
    const storage = createStorage()
    const clock = createManualClock(1_700_000_000_000)
    let grants = 0
    const withCredential = (credential: string) =>
      createTokenManager({ storage, cacheKey: "acme:cxone", clock, skewMs: 120_000, credential, async obtain() {
        grants++
        return { accessToken: `tok${grants}`, expiresAt: clock.now() + 3_600_000 }
      } })
    expect(await withCredential("a").get()).toBe("tok1")
    expect(await withCredential("a").get()).toBe("tok1")
    expect(await withCredential("b").get()).toBe("tok2")
    expect(grants).toBe(2)
    expect(JSON.stringify(await storage.getItem("acme:cxone"))).toContain('"credential":"b"')
  })
})
