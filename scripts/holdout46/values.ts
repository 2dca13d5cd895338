// The labeled values (cards, IBANs, SSNs, NINOs, IP addresses, e-mail local parts) and their invalid lookalikes,
// each drawn to the real rules of its kind.
import type { Rng } from "./rng.ts"

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10 === 0
}

function withLuhn(r: Rng, body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c
  throw new Error(`holdout46: no Luhn digit for ${r.int(1)}`)
}

/** Card digits: Visa, Mastercard (51-55 and 2-series) or Amex; `bad` makes the last digit fail Luhn. */
export function cardDigits(r: Rng, brand: "visa" | "mc" | "amex", bad = false): string {
  const head = brand === "visa" ? "4" + r.digits(5) : brand === "amex" ? r.pick(["34", "37"]) + r.digits(4) : r.chance(0.7) ? `5${1 + r.int(5)}${r.digits(4)}` : String(2221 + r.int(500)) + r.digits(2)
  const good = withLuhn(r, head + r.digits((brand === "amex" ? 15 : 16) - head.length - 1))
  if (!bad) return good
  return good.slice(0, -1) + String((Number(good.at(-1)) + 1 + r.int(8)) % 10)
}

/** Card digits written as people write them: 4-4-4-4 (or Amex 4-6-5) with spaces or dashes, or compact. */
export function writeCard(r: Rng, d: string): string {
  const groups = d.length === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : d.match(/.{4}/g)!
  const sep = r.pick([" ", " ", "-", ""])
  return groups.join(sep)
}

function mod97(s: string): number {
  let rem = 0
  for (const ch of s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97
  return rem
}

const weighted = (digits: string, w: number[]) => [...digits].reduce((a, c, i) => a + Number(c) * w[i % w.length]!, 0)

// Each country's BBAN with its real bank codes and, where the country has one, its national check digits.
const BBAN: Record<string, (r: Rng) => string | undefined> = {
  IE: (r) => r.pick(["AIBK", "BOFI", "ULSB", "IPBS"]) + r.pick(["93", "90", "98"]) + r.digits(4) + r.digits(8),
  NL: (r) => r.pick(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]) + "0" + r.digits(9),
  BE: (r) => {
    const ten = r.pick(["001", "063", "068", "310", "735", "979"]) + r.digits(7)
    const c = Number(ten) % 97 || 97
    return ten + String(c).padStart(2, "0")
  },
  DK: (r) => r.pick(["3409", "5301", "9570", "1551", "2191"]) + r.digits(10),
  NO: (r) => {
    const ten = r.pick(["1503", "9710", "3000", "1254"]) + r.digits(6)
    const c = 11 - (weighted(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
    return c === 10 ? undefined : ten + (c === 11 ? "0" : String(c))
  },
  HU: (r) => {
    const bank = r.pick(["117", "104", "120", "116"]) + r.digits(4)
    const acct = r.chance(0.5) ? r.digits(7) + "00000000" : r.digits(15)
    const chk = (s: string) => String((10 - (weighted(s, [9, 7, 3, 1]) % 10)) % 10)
    return bank + chk(bank) + acct + chk(acct)
  },
  SK: (r) => r.pick(["0900", "1100", "0200", "7500", "5600"]) + (r.chance(0.6) ? "000000" : "00" + r.digits(4)) + r.digits(10),
  SI: (r) => natMod97(r.pick(["02010", "04430", "05100", "10100", "19100"]) + r.digits(8)),
  LT: (r) => r.pick(["73000", "70440", "40100", "72900"]) + r.digits(11),
  LV: (r) => r.pick(["HABA", "UNLA", "RIKO", "PARX"]) + "0" + r.digits(12),
  BG: (r) => r.pick(["BNBG", "UNCR", "STSA", "FINV", "UBBS"]) + r.digits(4) + r.pick(["10", "15", "11"]) + r.digits(8),
  UA: (r) => r.pick(["305299", "322001", "300528", "380805"]) + "00000" + r.pick(["2620", "2625", "2600"]) + r.digits(10),
  RS: (r) => natMod97(r.pick(["160", "265", "205", "170", "325"]) + r.digits(13)),
  ES: (r) => {
    const bank = r.pick(["2100", "0049", "0182", "0081", "2085"]) + r.digits(4)
    const acct = r.digits(10)
    const dc = (s: string) => {
      const c = 11 - (weighted(s, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11)
      return c === 11 ? "0" : c === 10 ? "1" : String(c)
    }
    return bank + dc("00" + bank) + dc(acct) + acct
  },
  CH: (r) => r.pick(["09000", "00230", "00700", "80808", "00767"]) + "000" + r.digits(9),
  LU: (r) => r.pick(["001", "002", "003", "014"]) + r.digits(13),
}

/** Serbia's and Slovenia's national check makes the BBAN itself 1 mod 97. */
function natMod97(body: string): string {
  return body + String(98 - mod97(body + "00")).padStart(2, "0")
}

export const hasIban = (cc: string) => cc in BBAN

/** A valid IBAN of the country, compact; `bad` gives the same shape with check digits that fail mod 97. */
export function ibanOf(r: Rng, cc: string, bad = false): string {
  for (;;) {
    const bban = BBAN[cc]!(r)
    if (!bban) continue
    const check = 98 - mod97(bban + cc + "00")
    const good = cc + String(check).padStart(2, "0") + bban
    if (!bad) return good
    const wrong = (check + 1 + r.int(90)) % 97
    const out = cc + String(wrong < 2 ? wrong + 2 : wrong).padStart(2, "0") + bban
    if (mod97(bban + out.slice(0, 4)) !== 1) return out
  }
}

/** An IBAN written in groups of four, compact, or lower case in a sloppy chat. */
export function writeIban(r: Rng, v: string, sloppy = false): string {
  const grouped = r.chance(0.6) ? v.match(/.{1,4}/g)!.join(" ") : v
  return sloppy && r.chance(0.6) ? grouped.toLowerCase() : grouped
}

export function ssnOf(r: Rng, bad = false): string {
  const area = bad ? r.pick(["000", "666", String(900 + r.int(100))]) : String(1 + r.int(898)).padStart(3, "0").replace(/^666$/, "667")
  return `${area}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`
}

const FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const SECOND = "ABCEGHJKLMNPRSTWXYZ"
const BARRED = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]

export function ninoOf(r: Rng, bad = false): string {
  let pre = ""
  do pre = r.pick([...FIRST]) + r.pick([...SECOND])
  while (BARRED.includes(pre))
  if (bad) pre = r.chance(0.6) ? r.pick(BARRED) : r.pick(["D", "F", "Q", "U", "V"]) + r.pick([...SECOND])
  const d = r.digits(6)
  const tail = r.pick(["A", "B", "C", "D"])
  return r.chance(0.5) ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${tail}` : `${pre}${d}${tail}`
}

/** A public IPv4 address outside the reserved and private ranges. */
export function ipv4(r: Rng): string {
  for (;;) {
    const a = 2 + r.int(221)
    if ([10, 100, 127, 169, 172, 192, 198, 203].includes(a)) continue
    return `${a}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`
  }
}

export const privateV4 = (r: Rng) => r.pick([`10.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`, `192.168.${r.int(256)}.${1 + r.int(254)}`, `172.${16 + r.int(16)}.${r.int(256)}.${1 + r.int(254)}`])

const hex = (r: Rng, n: number) => Array.from({ length: n }, () => "0123456789abcdef"[r.int(16)]).join("").replace(/^0+(?=.)/, "")

/** A compressed IPv6 address under a real provider's prefix. */
export function ipv6(r: Rng): string {
  const prefix = r.pick(["2a02:8084", "2a01:4f8", "2001:1c00", "2a02:a46f", "2600:1700", "2409:4042", "2a00:23c5", "2001:b07"])
  const mid = `${hex(r, 3)}:${hex(r, 4)}`
  return r.chance(0.6) ? `${prefix}:${mid}::${hex(r, 3)}` : `${prefix}:${mid}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 2)}`
}

const CYR: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "yi", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sht", ъ: "a", ь: "", ю: "yu", я: "ya",
}
const SPECIAL: Record<string, string> = { ø: "o", æ: "ae", å: "a", ł: "l", đ: "dj", ß: "ss", ő: "o", ű: "u" }

/** A name as it appears in an e-mail address: Latin letters only. */
export function mailSafe(s: string, lang: string): string {
  let out = s.toLowerCase()
  if (lang === "uk") out = out.replace(/г/g, "h").replace(/и/g, "y").replace(/щ/g, "shch")
  out = [...out].map((c) => CYR[c] ?? SPECIAL[c] ?? c).join("")
  return out.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z]/g, "")
}
