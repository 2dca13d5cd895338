// Checksummed identifiers and their invalid lookalikes: cards (Luhn), IBANs (mod 97 and the national checks of
// Norway, Belgium, Spain and Portugal), SSNs, NINOs, public IP addresses and e-mail addresses.
import type { Rng } from "./rng.ts"

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}

function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  return "0"
}

const ISSUERS = [["4", 16], ["51", 16], ["53", 16], ["55", 16], ["2221", 16], ["2720", 16], ["34", 15], ["37", 15], ["6011", 16], ["65", 16]] as const

export function card(r: Rng): string {
  const [pre, len] = r.pick(ISSUERS)
  const body = pre + r.digits(len - 1 - pre.length)
  const d = body + luhnDigit(body)
  if (len === 15) return r.pick([`${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}`, d, `${d.slice(0, 4)}-${d.slice(4, 10)}-${d.slice(10)}`])
  const g = d.match(/.{4}/g)!
  return r.pick([g.join(" "), g.join(" "), g.join("-"), d])
}

export function luhnInvalid(r: Rng): string {
  const pre = r.pick(["4", "51", "54", "6011", "2223"])
  const body = pre + r.digits(15 - pre.length)
  const good = Number(luhnDigit(body))
  const d = body + String((good + 1 + r.int(8)) % 10)
  const g = d.match(/.{4}/g)!
  return r.pick([g.join(" "), g.join("-"), d])
}

const BBAN: Record<string, string> = {
  IE: "AAAA##############", GB: "AAAA##############", MT: "AAAA#########################".slice(0, 27), NO: "###########",
  DK: "##############", IS: "######################", LT: "################", LV: "AAAA#############", SK: "####################",
  SI: "###############", HU: "########################", BG: "AAAA##############", UA: "#########################", RS: "##################",
  PT: "#####################", ES: "####################", BE: "############", LU: "################", NL: "AAAA##########", DE: "##################",
}
const BANKS: Record<string, string[]> = { IE: ["AIBK", "BOFI"], GB: ["ULSB", "DABA"], MT: ["MALT", "VALL"], LV: ["HABA", "UNLA"], BG: ["UNCR", "BPBI"], NL: ["INGB", "RABO", "ABNA"] }

const mod97 = (s: string) => {
  let rem = 0
  for (const c of s) rem = (rem * (c >= "A" ? 100 : 10) + (c >= "A" ? c.charCodeAt(0) - 55 : Number(c))) % 97
  return rem
}
export const ibanRemainder = (iban: string) => mod97(iban.slice(4) + iban.slice(0, 4))

function national(cc: string, b: string, r: Rng): string {
  if (cc === "BE") { const m = Number(b.slice(0, 10)) % 97; return b.slice(0, 10) + String(m === 0 ? 97 : m).padStart(2, "0") }
  if (cc === "PT") return b.slice(0, 19) + String(98 - Number((BigInt(b.slice(0, 19)) * 100n) % 97n)).padStart(2, "0")
  if (cc === "ES") {
    const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    const dc = (s: string) => { const x = 11 - (s.split("").reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11); return x === 11 ? 0 : x === 10 ? 1 : x }
    return b.slice(0, 8) + dc("00" + b.slice(0, 8)) + dc(b.slice(10, 20)) + b.slice(10, 20)
  }
  if (cc === "NO") {
    const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    const x = 11 - (b.slice(0, 10).split("").reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11)
    return x === 10 ? national(cc, r.digits(11), r) : b.slice(0, 10) + (x === 11 ? 0 : x)
  }
  return b
}

function bban(cc: string, r: Rng): string {
  let out = ""
  for (const c of BBAN[cc]!) out += c === "#" ? String(r.int(10)) : ""
  const bank = BANKS[cc] ? r.pick(BANKS[cc]!) : ""
  return national(cc, bank + out, r)
}

const group = (s: string) => s.match(/.{1,4}/g)!.join(" ")

export function iban(cc: string, r: Rng, compact = r.chance(0.3)): string {
  const b = bban(cc, r)
  const check = String(98 - mod97(b + cc + "00")).padStart(2, "0")
  const s = cc + check + b
  return compact ? s : group(s)
}

export function ibanBad(cc: string, r: Rng): string {
  const s = iban(cc, r, true)
  const bad = String((Number(s.slice(2, 4)) + 1 + r.int(90)) % 97 + 2).padStart(2, "0").slice(-2)
  const t = s.slice(0, 2) + bad + s.slice(4)
  return ibanRemainder(t) === 1 ? ibanBad(cc, r) : r.chance(0.6) ? group(t) : t
}

export function ssn(r: Rng, bad = false): string {
  const area = bad ? r.pick(["000", "666", String(900 + r.int(100))]) : String(1 + r.int(899)).padStart(3, "0")
  if (!bad && area === "666") return ssn(r)
  return `${area}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`
}

const FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const SECOND = "ABCEGHJKLMNPRSTWXYZ"
export function nino(r: Rng, bad = false): string {
  const pre = bad ? r.pick(["BG", "GB", "NK", "TN", "KN", "QA", "DA", "FE", "VA", "IA"]) : r.pick(FIRST.split("")) + r.pick(SECOND.split(""))
  if (!bad && ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(pre)) return nino(r)
  const d = r.digits(6)
  const suf = r.pick(["A", "B", "C", "D"])
  return r.chance(0.5) ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`
}

export function ip(r: Rng): string {
  if (r.chance(0.3)) {
    const h = () => (r.int(0xffff) + 1).toString(16)
    return r.pick([`2a02:${h()}:${h()}:${h()}::${h()}`, `2001:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, `2a01:${h()}::${h()}:${h()}`])
  }
  const a = r.pick([31, 37, 46, 62, 77, 81, 86, 89, 91, 109, 145, 176, 185, 188, 195, 212, 213])
  return `${a}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`
}

const CYR: Record<string, string> = { а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ь: "", ю: "iu", я: "ia", ъ: "a", ђ: "dj" }
export const ascii = (s: string) =>
  s.toLowerCase().split("").map((c) => CYR[c] ?? c).join("").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ø/g, "o").replace(/æ/g, "ae").replace(/ð/g, "d").replace(/þ/g, "th").replace(/ł/g, "l").replace(/đ/g, "dj").replace(/[^a-z0-9]+/g, "")

export function email(given: string, family: string, host: string, r: Rng): string {
  const g = ascii(given)
  const f = ascii(family)
  return r.pick([`${g}.${f}`, `${g}${f}`, `${g[0]}${f}`, `${g}_${f}${r.int(90) + 10}`, `${f}.${g}`]) + "@" + host
}
