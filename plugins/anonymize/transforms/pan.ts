import { createHmac } from "node:crypto"
import * as v from "valibot"
import { defineTransform, ValidationError } from "../../../core/index.ts"
import { subkey } from "./keys.ts"

function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1 && (d *= 2) > 9) d -= 9
    sum += d
  }
  return sum % 10 === 0
}

const OUTPUT = /^\d{6,8}\*+\d{4}\|[a-z]{1,8}_[a-z0-9]{1,16}_[A-Za-z0-9_-]{11,43}$/

/**
 * A card number (PCI DSS 3.4.1 / 3.5.1.1): the BIN and the last four shown,
 * the rest masked, plus a keyed hash of the whole PAN so the same card can
 * still be matched (`411111******1111|pan_k1_...`). Input that is not a
 * 13-19 digit Luhn-valid number is refused.
 */
export const pan = defineTransform({
  name: "pan",
  description: "card number: BIN + last 4 shown, keyed hash of the whole PAN",
  params: v.object({
    bin: v.optional(v.picklist([6, 8]), 6),
    keyId: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9]{1,16}$/))),
  }),
  reversible: false,
  needsKey: true,
  apply(value, p, ctx) {
    const digits = typeof value === "string" ? value.replace(/[\s-]/g, "") : typeof value === "number" ? String(value) : ""
    if (!/^\d{13,19}$/.test(digits) || !luhn(digits)) {
      throw new ValidationError("anonymize", `pan expects a 13-19 digit card number at ${ctx.path}`, ctx.path, "E_FIELD_TYPE")
    }
    const keyId = p.keyId ?? ctx.keys.current
    const mac = createHmac("sha256", subkey(ctx.keys, keyId, "hmac")).update(`pan\u0000${digits}`).digest().subarray(0, 16).toString("base64url")
    const shown = `${digits.slice(0, p.bin)}${"*".repeat(digits.length - p.bin - 4)}${digits.slice(-4)}`
    return `${shown}|pan_${keyId}_${mac}`
  },
  recognizes: (value) => typeof value === "string" && OUTPUT.test(value),
  // With the contract's TEST_KEYS: the hash is HMAC-SHA256 under HKDF(key, "cxedge/hmac/v1") over `pan\0<digits>`,
  // 16 bytes, base64url. test/plugins/anonymize/transform-vectors.test.ts recomputes each with node:crypto.
  vectors: [
    { in: "4111111111111111", params: { bin: 6 }, out: "411111******1111|pan_k1_GW0fhU09yYz-0yE5oVLMfw" },
    { in: "4111 1111 1111 1111", params: { bin: 8, keyId: "k2" }, out: "41111111****1111|pan_k2_qEjk0k6bG78PO4d8ok6iog" },
    { in: 4012888888881881, params: { bin: 6 }, out: "401288******1881|pan_k1_jYkwyASLva3sad695jGsWQ" },
    // 15 digits (Amex): five masked.
    { in: "378282246310005", params: { bin: 6 }, out: "378282*****0005|pan_k1_avO7QNbxrF1nGY_MVcUVyQ" },
  ],
})
