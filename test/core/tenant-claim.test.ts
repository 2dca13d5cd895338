import { expect, test } from "bun:test"
import { createStorage } from "unstorage"
import { createManualClock, createTokenManager, type TokenSet } from "../../core/index.ts"
import { base64UrlEncode } from "../../core/cxone/jwt.ts"
import { sameTenant } from "../../core/cxone/tenant-claim.ts"

const ACME = "7c570089-3a34-4d83-a41a-abe1f6f21057"
const GLOBEX = "0a5c4d85-85f7-4152-a069-7bf8343ff3ea"
const jwt = (claims: object) => `e30.${base64UrlEncode(new TextEncoder().encode(JSON.stringify(claims)))}.sig`

/** A token manager whose grants carry `claims`, over `storage`, checked against a configured `tenantId`. */
function manager(tenantId: string | undefined, claims: object, storage = createStorage()) {
  const clock = createManualClock(1_700_000_000_000)
  return createTokenManager({
    storage,
    cacheKey: "acme:records",
    clock,
    skewMs: 120_000,
    check: sameTenant({ tenantId }),
    obtain: async (): Promise<TokenSet> => ({ accessToken: jwt(claims), expiresAt: clock.now() + 3_600_000 }),
  })
}

const OTHER = /CXEDGE_TENANT_ID \(or tenant\.tenantId\) is not the tenant the credentials belong to/

test("a granted token of another tenant is refused, and never answered by get, fresh or current", async () => {
  const tokens = manager(GLOBEX, { tenantId: ACME })
  await expect(tokens.get()).rejects.toThrow(OTHER)
  expect(tokens.fresh?.()).toBeUndefined()
  expect(tokens.current()).toBeUndefined()
  await expect(tokens.get()).rejects.toThrow(OTHER)
})

test("a token cached by an earlier run is checked too, before it is used", async () => {
  const storage = createStorage()
  await storage.setItem("acme:records", { accessToken: jwt({ tenantId: ACME }), expiresAt: 1_700_000_000_000 + 3_600_000 })
  let granted = 0
  const tokens = createTokenManager({ storage, cacheKey: "acme:records", clock: createManualClock(1_700_000_000_000), skewMs: 120_000, check: sameTenant({ tenantId: GLOBEX }), obtain: async () => (granted++, { accessToken: "x", expiresAt: 0 }) })
  await expect(tokens.get()).rejects.toThrow(OTHER)
  expect(granted).toBe(0)
})

test("the credentials' tenant (in capitals too), no configured id, or a token without the claim pass", async () => {
  expect(await manager(ACME.toUpperCase(), { tenantId: ACME }).get()).toContain(".")
  expect(await manager(undefined, { tenantId: ACME }).get()).toContain(".")
  expect(await manager(GLOBEX, { sub: "client:records-acme" }).get()).toContain(".")
})

test("the refusal names neither tenant id", async () => {
  const error = await manager(GLOBEX, { tenantId: ACME }).get().catch((e: Error) => e)
  expect(String((error as Error).message)).not.toContain(ACME)
  expect(String((error as Error).message)).not.toContain(GLOBEX)
})
