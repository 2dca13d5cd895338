// Identifiers with real structure: cards (IIN + Luhn), IBANs (country length + mod 97),
// SSNs, NINOs, IP addresses, and their invalid lookalikes.
import type { Rng } from "./prng.ts"

export function luhnDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i])
    if (i % 2 === 0) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return String((10 - (sum % 10)) % 10)
}

const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) { out.push(d.slice(at, at + n)); at += n }
  return out.join(sep)
}

function cardDigits(rng: Rng): string {
  const scheme = rng.int(0, 4)
  if (scheme === 3) return ((b) => b + luhnDigit(b))(rng.pick(["34", "37"]) + rng.digits(12))
  const prefix = [() => "4" + rng.digits(5), () => "5" + rng.int(1, 5) + rng.digits(4), () => String(rng.int(2221, 2720)) + rng.digits(2), () => "", () => "6011" + rng.digits(2)][scheme]!()
  const body = prefix + rng.digits(15 - prefix.length)
  return body + luhnDigit(body)
}

/** A card as people type it: grouped by spaces or dashes, or not at all. */
export function card(rng: Rng, bad = false): string {
  let d = cardDigits(rng)
  if (bad) {
    while (d.length !== 16) d = cardDigits(rng)
    d = d.slice(0, 15) + String((Number(d[15]) + rng.int(1, 9)) % 10)
  }
  const sizes = d.length === 15 ? [4, 6, 5] : [4, 4, 4, 4]
  return group(d, sizes, rng.pick([" ", " ", "-", ""]))
}

const IBAN_BBAN: Record<string, string> = {
  GB: "AAAA14", NL: "AAAA10", BE: "12", SE: "20", FI: "14", PL: "24", CZ: "20", RO: "AAAA16", HR: "17", RS: "18",
  GR: "23", TR: "5" + "017", EE: "16", IS: "22", UA: "25", AT: "16", FR: "23", ES: "20", BR: "23AC", IT: "A22",
}

function bban(rng: Rng, cc: string): string {
  if (cc === "BE") {
    const b = rng.digits(10)
    const chk = Number(BigInt(b) % 97n) || 97
    return b + String(chk).padStart(2, "0")
  }
  if (cc === "TR") return rng.digits(5) + "0" + rng.digits(16)
  const spec = IBAN_BBAN[cc]!
  const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + rng.int(0, 25))).join("")
  return spec.replace(/AAAA(\d+)/, (_, n) => letters(4) + rng.digits(Number(n))).replace(/^A(\d+)$/, (_, n) => letters(1) + rng.digits(Number(n)))
    .replace(/^(\d+)AC$/, (_, n) => rng.digits(Number(n)) + letters(1) + rng.int(1, 9)).replace(/^(\d+)$/, (_, n) => rng.digits(Number(n)))
}

export function mod97(s: string): number {
  let r = 0
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const x of v) r = (r * 10 + Number(x)) % 97
  }
  return r
}

/** An IBAN of a country, grouped by four or compact; `bad` breaks its check digits. */
export function iban(rng: Rng, cc: string, bad = false): string {
  const b = bban(rng, cc)
  let chk = 98 - mod97(b + cc + "00")
  if (bad) chk = ((chk + rng.int(1, 90) - 2) % 97) + 2
  const c = cc + String(chk).padStart(2, "0") + b
  if (bad && mod97(c.slice(4) + c.slice(0, 4)) === 1) return iban(rng, cc, true)
  return rng.chance(0.6) ? c.replace(/(.{4})(?=.)/g, "$1 ") : c
}

export function ssn(rng: Rng, bad = false): string {
  if (bad) return `${rng.pick(["000", "666", "9" + rng.digits(2)])}-${String(rng.int(1, 99)).padStart(2, "0")}-${String(rng.int(1, 9999)).padStart(4, "0")}`
  let area = rng.int(1, 899)
  if (area === 666) area = 667
  return `${String(area).padStart(3, "0")}-${String(rng.int(1, 99)).padStart(2, "0")}-${String(rng.int(1, 9999)).padStart(4, "0")}`
}

const NINO_A = "ABCEGHJKLMNPRSTWXYZ"
const NINO_B = "ABCEGHJKLMNPRSTWXYZ"
export function nino(rng: Rng, bad = false): string {
  let p = rng.pick([...NINO_A]) + rng.pick([...NINO_B])
  while (["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(p)) p = rng.pick([...NINO_A]) + rng.pick([...NINO_B])
  if (bad) p = rng.pick(["QQ", "BG", "GB", "NK", "TN", "DA", "FY", "ZZ"])
  const d = rng.digits(6)
  const s = rng.pick(["A", "B", "C", "D"])
  return rng.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
}

export function ipv4(rng: Rng): string {
  const first = rng.pick([41, 49, 62, 81, 102, 105, 118, 154, 175, 185, 196, 203, 212])
  return `${first}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}

export function ipv6(rng: Rng): string {
  const hex = () => rng.int(1, 0xffff).toString(16)
  const head = rng.pick(["2a02", "2c0f", "2001:4860", "2406", "2400:cb00", "2a01"])
  if (rng.chance(0.5)) return `${head}:${hex()}:${hex()}::${hex()}`
  // Written in full: eight groups in all, however many the prefix has.
  const rest = Array.from({ length: 8 - head.split(":").length }, hex)
  return [head, ...rest].join(":")
}

const CYR = "а:a б:b в:v г:h ґ:g д:d е:e є:ie ж:zh з:z и:y і:i ї:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ь: ю:iu я:ia ђ:dj ј:j љ:lj њ:nj ћ:c џ:dz"
const GRK = "α:a β:v γ:g δ:d ε:e ζ:z η:i θ:th ι:i κ:k λ:l μ:m ν:n ξ:x ο:o π:p ρ:r σ:s ς:s τ:t υ:y φ:f χ:ch ψ:ps ω:o"
const TRANS = new Map(`${CYR} ${GRK}`.split(" ").map((x) => x.split(":") as [string, string]))

/** Cyrillic and Greek written in Latin letters, as their owners spell their addresses. */
const latin = (s: string, lang: string) => {
  const bare = s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").replace(/ου/g, "ou")
  const local = lang === "sr" ? bare.replace(/и/g, "i").replace(/х/g, "h") : bare
  return [...local].map((ch) => TRANS.get(ch) ?? ch).join("")
}

/** A local part from a name, as people pick them. */
export function emailOf(rng: Rng, given: string, family: string, domains: readonly string[], lang: string): string {
  const clean = (s: string) => latin(s, lang).normalize("NFD").replace(/\p{M}/gu, "").replace(/[ß]/g, "ss").replace(/[øØ]/g, "o").replace(/[æÆ]/g, "ae").replace(/[ðÐ]/g, "d").replace(/[þÞ]/g, "th").replace(/[łŁ]/g, "l").replace(/[ıİ]/g, "i")
    .toLowerCase().replace(/[^a-z]/g, "")
  const g = clean(given), f = clean(family)
  const local = rng.pick([`${g}.${f}`, `${g}${f}`, `${g[0]}${f}`, `${g}_${f}${rng.int(1, 99)}`, `${f}.${g}`, `${g}${rng.int(70, 99)}`])
  return `${local}@${rng.pick(domains)}`
}
