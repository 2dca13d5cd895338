import { describe, expect, test } from "bun:test"
import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from "node:crypto"
import { decryptValue, encrypt } from "../../../plugins/anonymize/transforms/encrypt.ts"
import { pan } from "../../../plugins/anonymize/transforms/pan.ts"
import { hmac } from "../../../plugins/anonymize/transforms/pseudonymize.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"

// The keyed transforms' vectors are recomputed here from the documented algorithm with node:crypto
// alone, so a vector copied from a changed function's output would not pass.
const RAW: Record<string, Buffer> = { k1: Buffer.from("a".repeat(43), "base64url"), k2: Buffer.from("b".repeat(43), "base64url") }
const derive = (keyId: string, purpose: string) => Buffer.from(hkdfSync("sha256", RAW[keyId]!, new Uint8Array(0), `cxedge/${purpose}/v1`, 32))
const mac = (keyId: string, data: string) => createHmac("sha256", derive(keyId, "hmac")).update(data).digest()

describe("hmac vectors (HKDF-SHA256 subkey, HMAC-SHA256, base64url)", () => {
  test.each(hmac.vectors!.map((vec, i) => [i, vec] as const))("vector %i", (_, vec) => {
    const p = vec.params
    const keyId = p.keyId ?? TEST_KEYS.current
    const input = String(vec.in)
    const tag = mac(keyId, p.domain === undefined ? input : `${p.domain}\u0000${input}`).subarray(0, p.bytes).toString("base64url")
    expect(vec.out).toBe(`${p.prefix}_${keyId}_${tag}`)
  })
  test("the vectors cover a second key, a domain, another prefix, 32 bytes and a number", () => {
    const ps = hmac.vectors!.map((v) => v.params)
    expect(ps.some((p) => p.keyId === "k2") && ps.some((p) => p.domain) && ps.some((p) => p.prefix !== "tok") && ps.some((p) => p.bytes === 32)).toBe(true)
    expect(hmac.vectors!.some((v) => typeof v.in === "number")).toBe(true)
  })
})

describe("pan vectors (BIN and last four, HMAC of pan\\0digits)", () => {
  test.each(pan.vectors!.map((vec, i) => [i, vec] as const))("vector %i", (_, vec) => {
    const digits = String(vec.in).replace(/\D/g, "")
    const keyId = vec.params.keyId ?? TEST_KEYS.current
    const shown = digits.slice(0, vec.params.bin) + "*".repeat(digits.length - vec.params.bin - 4) + digits.slice(-4)
    expect(vec.out).toBe(`${shown}|pan_${keyId}_${mac(keyId, `pan\u0000${digits}`).subarray(0, 16).toString("base64url")}`)
  })
})

describe("encrypt vectors (SIV: HMAC nonce, AES-256-GCM, key id as AAD)", () => {
  test.each(encrypt.vectors!.map((vec, i) => [i, vec] as const))("vector %i is the documented construction", (_, vec) => {
    const keyId = vec.params.keyId ?? TEST_KEYS.current
    const plain = vec.in as string
    const iv = createHmac("sha256", derive(keyId, "siv")).update(plain).digest().subarray(0, 12)
    const cipher = createCipheriv("aes-256-gcm", derive(keyId, "aead"), iv)
    cipher.setAAD(Buffer.from(keyId))
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
    expect(vec.out).toBe(`${vec.params.prefix}_${keyId}_${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`)
  })

  test.each(encrypt.vectors!.map((vec, i) => [i, vec] as const))("vector %i decrypts back, with node:crypto and with decryptValue", (_, vec) => {
    const token = vec.out as string
    const [, keyId, b64] = /^[a-z]+_([a-z0-9]+)_(.+)$/.exec(token)!
    const raw = Buffer.from(b64!, "base64url")
    const decipher = createDecipheriv("aes-256-gcm", derive(keyId!, "aead"), raw.subarray(0, 12))
    decipher.setAAD(Buffer.from(keyId!))
    decipher.setAuthTag(raw.subarray(raw.length - 16))
    expect(Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8")).toBe(vec.in as string)
    expect(decryptValue(TEST_KEYS, token)).toBe(vec.in as string)
  })

  test("decrypt(encrypt(x)) = x for values the vectors do not hold", async () => {
    for (const x of ["x", "Zoë 😀 +44 20 7946 0958", "a".repeat(5000), "line\nbreak\u0000nul"]) {
      for (const keyId of ["k1", "k2"]) {
        const token = (await encrypt.apply(x, { keyId, prefix: "enc" }, { path: "f", record: {}, keys: TEST_KEYS })) as string
        expect(token).not.toContain(x.slice(0, 8))
        expect(decryptValue(TEST_KEYS, token)).toBe(x)
      }
    }
  })
})
