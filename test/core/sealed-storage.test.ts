import { expect, test } from "bun:test"
import { createCxedgeStorage, createKeyRing, sealedStorage } from "../../core/index.ts"

const ring = (id: string, fill: number) => createKeyRing({ [id]: new Uint8Array(32).fill(fill) }, id)
const token = { accessToken: "eyJhbGciOi.secret-access.sig", refreshToken: "refresh-secret", expiresAt: 5 }

test("values are sealed at rest (AES-GCM, key id kept) and open again under the same key ring", async () => {
  const { tokens } = createCxedgeStorage()
  const sealed = sealedStorage(tokens, ring("k1", 1), "tokens-at-rest")
  await sealed.setItem("acme:cxone", token)
  const raw = JSON.stringify(await tokens.getItem("acme:cxone"))
  expect(raw).not.toContain("secret-access")
  expect(raw).not.toContain("refresh-secret")
  expect(JSON.parse(raw)).toMatchObject({ sealed: 1, kid: "k1" })
  expect(await sealed.getItem("acme:cxone")).toEqual(token)
  expect(await sealed.getKeys()).toEqual(["acme:cxone"])
})

test("another key, a value moved to another key name, tampering, or clear text: read as absent", async () => {
  const { tokens } = createCxedgeStorage()
  await sealedStorage(tokens, ring("k1", 1), "tokens-at-rest").setItem("a", token)
  expect(await sealedStorage(tokens, ring("k1", 2), "tokens-at-rest").getItem("a")).toBeNull()
  expect(await sealedStorage(tokens, ring("k2", 1), "tokens-at-rest").getItem("a")).toBeNull()
  const envelope = (await tokens.getItem("a")) as { ct: string }
  await tokens.setItem("b", envelope)
  expect(await sealedStorage(tokens, ring("k1", 1), "tokens-at-rest").getItem("b")).toBeNull()
  await tokens.setItem("c", { ...envelope, ct: envelope.ct.slice(0, -2) + (envelope.ct.endsWith("AA") ? "BB" : "AA") })
  expect(await sealedStorage(tokens, ring("k1", 1), "tokens-at-rest").getItem("c")).toBeNull()
  await tokens.setItem("d", token)
  expect(await sealedStorage(tokens, ring("k1", 1), "tokens-at-rest").getItem("d")).toBeNull()
  expect(await tokens.hasItem("d")).toBe(false) // the clear token is removed
})
