// Identifiers with real structure (cards: IIN + Luhn; IBANs: country length, national check
// where there is a simple one, mod 97; SSNs; NINOs; IPs) and their invalid lookalikes.
import type { Rng } from "./prng.ts"

export function luhnCheck(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i])
    if (i % 2 === 0) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return String((10 - (sum % 10)) % 10)
}

const split = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) { out.push(d.slice(at, at + n)); at += n }
  return out.join(sep)
}

/** Visa, Mastercard (51-55 and 2221-2720), Amex, Discover and JCB, with their lengths. */
function pan(rng: Rng, sixteenOnly: boolean): string {
  const scheme = rng.pick(sixteenOnly ? ["visa", "visa", "mc", "mc2", "disc"] : ["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "jcb"])
  const prefix = {
    visa: () => "4" + rng.digits(5), mc: () => "5" + rng.int(1, 5) + rng.digits(4), mc2: () => String(rng.int(2221, 2720)) + rng.digits(2),
    amex: () => rng.pick(["34", "37"]) + rng.digits(4), disc: () => rng.pick(["6011", "65" + rng.digits(2)]) + rng.digits(2), jcb: () => String(rng.int(3528, 3589)) + rng.digits(2),
  }[scheme]!()
  const len = scheme === "amex" ? 15 : 16
  const body = prefix + rng.digits(len - 1 - prefix.length)
  return body + luhnCheck(body)
}

/** A card as typed: in fours (Amex 4-6-5) by spaces or dashes, or compact. `bad` gives 16 digits whose Luhn fails. */
export function card(rng: Rng, bad = false): string {
  let d = pan(rng, bad)
  if (bad) d = d.slice(0, 15) + String((Number(d[15]) + rng.int(1, 9)) % 10)
  const sep = rng.pick([" ", " ", " ", "-", ""])
  return split(d, d.length === 15 ? [4, 6, 5] : [4, 4, 4, 4], sep)
}

export function mod97(s: string): number {
  let r = 0
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const x of v) r = (r * 10 + Number(x)) % 97
  }
  return r
}

const weighted = (d: string, w: number[]) => [...d].reduce((s, c, i) => s + Number(c) * w[i % w.length]!, 0)

function esDc(rng: Rng): string {
  const bank = rng.digits(8)
  const acct = rng.digits(10)
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
  const dc = (d: string) => { const r = 11 - (weighted(d, w) % 11); return r === 11 ? 0 : r === 10 ? 1 : r }
  return bank + dc("00" + bank) + dc(acct) + acct
}

function noAccount(rng: Rng): string {
  for (;;) {
    const d = rng.digits(10)
    const r = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
    if (r !== 10) return d + (r === 11 ? 0 : r)
  }
}

function huAccount(rng: Rng): string {
  const chk = (d: string) => String((10 - (weighted(d, [9, 7, 3, 1]) % 10)) % 10)
  const a = rng.digits(7)
  const b = rng.digits(15)
  return a + chk(a) + b + chk(b)
}

/** ISO 7064 mod 97-10 check digits over `d`, as Portugal's NIB and Slovenia's account use them. */
const iso7064 = (d: string) => String(98 - mod97(d + "00")).padStart(2, "0")

const BANKS: Record<string, string[]> = {
  IE: ["AIBK", "BOFI", "IPBS", "ULSB"], GB: ["NWBK", "BARC", "LOYD", "HBUK", "YORK", "MIDL"], LV: ["HABA", "UNLA", "PARX", "RIKO"],
  BG: ["UNCR", "STSA", "FINV", "BPBI"], MT: ["VALL", "MALT", "APSB", "BKGH"],
}

/** The national part of an IBAN (its BBAN), with the country's own check digits where they are simple. */
function bban(rng: Rng, cc: string): string {
  const bank = () => rng.pick(BANKS[cc]!)
  switch (cc) {
    case "IE": case "GB": return bank() + rng.digits(14)
    case "NO": return noAccount(rng)
    case "DK": return rng.digits(14)
    case "PT": { const b = rng.pick(["0035", "0007", "0033", "0010", "0036"]) + rng.digits(15); return b + iso7064(b) }
    case "ES": return esDc(rng)
    case "HU": return huAccount(rng)
    case "SK": return rng.pick(["0900", "1100", "0200", "7500"]) + rng.digits(16)
    case "SI": { const b = rng.pick(["02", "03", "10", "19"]) + rng.digits(11); return b + iso7064(b) }
    case "LT": return rng.pick(["73000", "70440", "40100", "21400"]) + rng.digits(11)
    case "LV": return bank() + rng.digits(13)
    case "BG": return bank() + rng.digits(6) + rng.digits(8)
    case "MT": return bank() + rng.digits(5) + rng.digits(18)
    case "CH": return rng.pick(["00762", "00235", "80808", "00700"]) + rng.digits(12)
    case "BE": { const b = rng.digits(10); return b + String(Number(BigInt(b) % 97n) || 97).padStart(2, "0") }
  }
  throw new Error(`no IBAN plan for ${cc}`)
}

/** An IBAN grouped by four (as printed) or compact (as pasted); `bad` breaks only its mod-97 check digits. */
export function iban(rng: Rng, cc: string, bad = false): string {
  const b = bban(rng, cc)
  let chk = 98 - mod97(b + cc + "00")
  if (bad) chk = 2 + ((chk - 2 + rng.int(1, 95)) % 97)
  const c = cc + String(chk).padStart(2, "0") + b
  if (bad && (chk > 99 || mod97(c.slice(4) + c.slice(0, 4)) === 1)) return iban(rng, cc, true)
  return rng.chance(0.65) ? c.replace(/(.{4})(?=.)/g, "$1 ") : c
}

export function ssn(rng: Rng, bad = false): string {
  let area = bad ? rng.pick([0, 666, rng.int(900, 999)]) : rng.int(1, 899)
  if (!bad && area === 666) area = 665
  const sep = rng.chance(0.85) ? "-" : " "
  return [String(area).padStart(3, "0"), String(rng.int(1, 99)).padStart(2, "0"), String(rng.int(1, 9999)).padStart(4, "0")].join(sep)
}

const NINO_FIRST = "ABCEGHJKLMNPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BARRED = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]

export function nino(rng: Rng, bad = false): string {
  let p = ""
  do p = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND])
  while (NINO_BARRED.includes(p))
  if (bad) p = rng.pick(["QQ", "BG", "GB", "NK", "TN", "DO", "FI", "OV", "ZZ"])
  const d = rng.digits(6)
  const s = rng.pick(["A", "B", "C", "D"])
  return rng.chance(0.55) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`
}

export function ipv4(rng: Rng): string {
  const first = rng.pick([31, 37, 46, 77, 86, 89, 91, 109, 122, 139, 151, 176, 188, 197, 201])
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}

export function ipv6(rng: Rng): string {
  const h = () => rng.int(0x10, 0xffff).toString(16)
  const head = rng.pick(["2a00", "2a02", "2001:8a0", "2406:da18", "2800:810", "2c0f:fb50", "2600:1f18"])
  const n = head.split(":").length
  if (rng.chance(0.55)) return `${head}:${h()}${n < 2 ? `:${h()}` : ""}::${h()}:${h()}`
  return [head, ...Array.from({ length: 8 - n }, h)].join(":")
}
