// People: a locale's own names, or (in English and French text) names written in Arabic, Hebrew, Persian or Urdu
// script, or Latin-script names of Arabic, Turkish, Vietnamese, Chinese and Japanese origin; and their e-mail.
import type { Locale } from "./locales.ts"
import type { Rng } from "./rng.ts"

export interface Person {
  full: string
  given: string
  family: string
  /** Latin letters for an e-mail address. */
  latin: [string, string]
  /** The name as written in Latin letters when `full` is in another script (written beside it in some texts). */
  translit?: string
  parts: string[]
}

// [name as written, given, family, Latin given, Latin family]; Arabic, Hebrew, Persian and Urdu.
const RTL: Array<[string, string, string, string, string]> = [
  ["ليلى حداد", "ليلى", "حداد", "Layla", "Haddad"], ["عمر المنصوري", "عمر", "المنصوري", "Omar", "Al-Mansouri"], ["يوسف العمراني", "يوسف", "العمراني", "Youssef", "El-Amrani"],
  ["مريم الشامي", "مريم", "الشامي", "Mariam", "Al-Shami"], ["נועה כהן", "נועה", "כהן", "Noa", "Cohen"], ["איתי לוי", "איתי", "לוי", "Itai", "Levi"],
  ["תמר אברהם", "תמר", "אברהם", "Tamar", "Avraham"], ["زهرا محمدی", "زهرا", "محمدی", "Zahra", "Mohammadi"], ["آرش رضایی", "آرش", "رضایی", "Arash", "Rezaei"],
  ["نیلوفر کریمی", "نیلوفر", "کریمی", "Niloufar", "Karimi"], ["عائشہ خان", "عائشہ", "خان", "Ayesha", "Khan"], ["بلال احمد", "بلال", "احمد", "Bilal", "Ahmed"],
]
// [given, family, family first]: Arabic, Turkish, Vietnamese, Chinese and Japanese origins in Latin script.
const ORIGIN: Array<[string, string, boolean]> = [
  ["Karim", "Benali", false], ["Yasmine", "Haddad", false], ["Nadia", "Belkacem", false], ["Emre", "Yıldırım", false], ["Selin", "Aksoy", false],
  ["Thị Lan", "Nguyễn", true], ["Minh Khoa", "Trần", true], ["Quốc Bảo", "Phạm", true], ["Wei", "Zhang", true], ["Xiaoling", "Chen", false],
  ["Haruto", "Sato", false], ["Yui", "Takahashi", false], ["Kenji", "Watanabe", true], ["Rania", "Aziz", false], ["Hiroshi", "Nakamura", false],
]

const GREEK: Record<string, string> = { α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x", ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o" }
/** Letters an address can hold: accents dropped, Greek transliterated (ου as ou), ł, đ, ı, ß spelled out. */
export function latinOf(s: string): string {
  const base = s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ου/g, "ou")
  return [...base].map((c) => GREEK[c] ?? ({ ł: "l", đ: "d", ı: "i", ß: "ss", ø: "o", æ: "ae" } as Record<string, string>)[c] ?? c).join("").replace(/[^a-z-]/g, "")
}

const partsOf = (...names: string[]) => names.flatMap((n) => n.split(/[\s-]+/)).filter((p) => p.length >= 3 && !/^(van|der|da|de|dos|al|el)$/i.test(p))

export function person(loc: Locale, r: Rng, opts: { local?: boolean } = {}): Person {
  if (!opts.local && loc.rtl && r.chance(0.3)) {
    const [full, given, family, lg, lf] = r.pick(RTL)
    return { full, given, family, latin: [lg, lf], translit: `${lg} ${lf}`, parts: partsOf(full, lg, lf) }
  }
  if (!opts.local && loc.lang !== "el" && r.chance(0.12)) {
    const [given, family, first] = r.pick(ORIGIN)
    return { full: first ? `${family} ${given}` : `${given} ${family}`, given, family, latin: [latinOf(given), latinOf(family)], parts: partsOf(given, family) }
  }
  const g = r.pick(loc.given.split(" "))
  const woman = g.endsWith("*")
  const given = g.replace("*", "").replace(/~/g, " ")
  const fams = r.pick(loc.family.split(" ")).split("|")
  const family = (woman ? fams[fams.length - 1]! : fams[0]!).replace(/~/g, " ")
  const full = loc.familyFirst ? `${family} ${given}` : `${given} ${family}`
  return { full, given, family, latin: [latinOf(given), latinOf(family)], parts: partsOf(given, family) }
}

export function emailOf(p: Person, loc: Locale, r: Rng): string {
  const [g, f] = p.latin.map((x) => latinOf(x).replace(/-/g, ""))
  const dom = r.pick(loc.domains.split(" "))
  const local = r.pick([`${g}.${f}`, `${g![0]}.${f}`, `${g}${f}`, `${f}_${g}`, `${g}.${f}${r.int(90) + 10}`, `${g}_${f}`, `${f}.${g![0]}`])
  return `${local}@${dom}`
}

/** A staff member's work address at the business. */
export const staffEmail = (p: Person, domain: string) => `${latinOf(p.latin[0]).replace(/-/g, "")}.${latinOf(p.latin[1]).replace(/-/g, "")}@${domain}`
