// IBANs of the corpus's countries: the right length and bank-code shape, national check digits where the country
// has a simple one (Spain, Portugal, France, Italy, Finland), and ISO 7064 mod 97 check digits.
import type { Rng } from "./rng.ts"
import { luhnDigit } from "./values.ts"

export const IBAN_LENGTH: Record<string, number> = {
  GB: 22, SE: 24, FI: 18, EE: 20, PL: 28, CZ: 24, RO: 24, HR: 21, GR: 27, TR: 26, IT: 27, PT: 25, FR: 27, DE: 22, AT: 20, ES: 24, IS: 26,
}

function mod97(s: string): number {
  let rem = 0
  for (const ch of s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97
  return rem
}
function esDc(ten: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
  const d = 11 - ([...ten].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11)
  return String(d === 11 ? 0 : d === 10 ? 1 : d)
}
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
function itCin(s: string): string {
  const sum = [...s].reduce((a, c, i) => a + (i % 2 === 0 ? ODD[Number(c)]! : Number(c)), 0)
  return String.fromCharCode(65 + (sum % 26))
}

function bban(r: Rng, cc: string): string {
  switch (cc) {
    case "GB": return r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + r.digits(14)
    case "RO": return r.pick(["BTRL", "RNCB", "INGB", "BRDE"]) + r.digits(16)
    case "TR": return r.pick(["00010", "00062", "00046", "00064"]) + "0" + r.digits(16)
    case "ES": {
      const bank = r.pick(["2100", "0049", "0182", "2038"]) + r.digits(4)
      const acct = r.digits(10)
      return bank + esDc("00" + bank) + esDc(acct) + acct
    }
    case "PT": {
      const body = r.pick(["0035", "0033", "0007", "0010"]) + r.digits(15)
      return body + String(98 - ((Number(BigInt(body) * 100n % 97n)))).padStart(2, "0")
    }
    case "FR": {
      const bank = r.pick(["30004", "20041", "30002", "10278"])
      const branch = r.digits(5)
      const acct = r.digits(11)
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n)
      return bank + branch + acct + String(key).padStart(2, "0")
    }
    case "IT": {
      const rest = r.pick(["03069", "02008", "05034"]) + r.digits(5) + r.digits(12)
      return itCin(rest) + rest
    }
    case "FI": {
      const body = r.pick(["1", "5", "8"]) + r.digits(12)
      return body + luhnDigit(body)
    }
    default: return r.digits(IBAN_LENGTH[cc]! - 4)
  }
}

export function withCheck(cc: string, b: string): string {
  return cc + String(98 - mod97(b + cc + "00")).padStart(2, "0") + b
}
export const ibanRemainder = (v: string) => { const s = v.replace(/ /g, ""); return mod97(s.slice(4) + s.slice(0, 4)) }

export type IbanStyle = "grouped" | "compact" | "lower"
export function groupIban(s: string, style: IbanStyle): string {
  if (style === "compact") return s
  const g = s.match(/.{1,4}/g)!.join(" ")
  return style === "lower" ? g.toLowerCase() : g
}
export const iban = (r: Rng, cc: string, style: IbanStyle) => groupIban(withCheck(cc, bban(r, cc)), style)
/** The country's shape and length, but mod 97 is not 1: a mistyped IBAN. */
export function ibanInvalid(r: Rng, cc: string): string {
  const good = withCheck(cc, bban(r, cc))
  const bad = good.slice(0, 2) + String((Number(good.slice(2, 4)) + r.int(1, 40)) % 97 + 2).padStart(2, "0").slice(-2) + good.slice(4)
  return ibanRemainder(bad) === 1 ? ibanInvalid(r, cc) : groupIban(bad, "grouped")
}
