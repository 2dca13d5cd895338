// People and the forms their names take in a text.
import { NAMES_EN } from "./names-en.ts"
import { NAMES_EU } from "./names-eu.ts"
import type { Rng } from "./rng.ts"

export interface NameList { m: string[]; f: string[]; fam: string[]; familyFirst?: boolean; groups?: Array<[string[], string[], boolean]> }
export const NAMES: Record<string, NameList> = { ...NAMES_EN, ...NAMES_EU }

/** Titles by language: [man, woman]; an empty pair where none are used (the full name stands instead). */
const TITLES: Record<string, [string[], string[]]> = {
  en: [["Mr", "Mr.", "Dr"], ["Ms", "Mrs", "Ms.", "Dr"]], de: [["Herr"], ["Frau"]], fr: [["M.", "monsieur"], ["Mme", "madame"]],
  es: [["Sr.", "señor", "don"], ["Sra.", "señora", "doña"]], it: [["sig.", "signor"], ["sig.ra", "signora"]], nl: [["meneer", "dhr."], ["mevrouw", "mevr."]],
  nb: [[], []], fi: [[], []], hu: [["úr"], ["asszony"]], ro: [["domnul", "dl."], ["doamna", "dna."]], sk: [["pán"], ["pani"]], hr: [["g.", "gospodin"], ["gđa", "gospođa"]],
  el: [["κ.", "κύριος"], ["κ.", "κυρία"]],
}
const GREEK: Record<string, string> = {
  α: "a", ά: "a", β: "v", γ: "g", δ: "d", ε: "e", έ: "e", ζ: "z", η: "i", ή: "i", θ: "th", ι: "i", ί: "i", ϊ: "i", κ: "k", λ: "l", μ: "m", ν: "n",
  ξ: "x", ο: "o", ό: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", ύ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o", ώ: "o",
}
/** A name folded to ASCII for an address (Greek by ELOT 743, simplified). */
export function ascii(s: string): string {
  const g = [...s.toLowerCase()].map((c) => GREEK[c] ?? c).join("").replace(/ου/g, "ou").replace(/μπ/g, "b")
  return g.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ø/g, "o").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/ł/g, "l").replace(/đ/g, "d")
    .replace(/ı/g, "i").replace(/[^a-z]/g, "")
}

export type Form = "g" | "f" | "t" | "F" | "U" | "i" | "s" | "n"

export class Person {
  constructor(
    readonly given: string,
    readonly family: string,
    readonly female: boolean,
    readonly familyFirst: boolean,
    readonly lang: string,
  ) {}
  get full() {
    return this.familyFirst ? `${this.family} ${this.given}` : `${this.given} ${this.family}`
  }
  /** Name parts of three letters or more, particles left out. */
  parts(): string[] {
    return `${this.given} ${this.family}`.split(/[ -]/).filter((p) => p.length >= 3 && !/^(van|der|den|von|de|du|la|le|el|te|da|dos|di)$/i.test(p))
  }
  title(r: Rng): string | undefined {
    const t = TITLES[this.lang]![this.female ? 1 : 0]
    return t.length ? r.pick(t) : undefined
  }
  /** The name in a form: [text before, the name, text after] (titles and forms of address stay outside). */
  render(r: Rng, form: Form): [string, string, string] {
    const { given, family } = this
    switch (form) {
      case "g": return ["", given, ""]
      case "f": return ["", family, ""]
      case "n": return ["", this.full, ""]
      case "F": return ["", `${family}, ${given}`, ""]
      case "U": return ["", this.familyFirst || r.chance(0.5) ? `${family.toUpperCase()} ${given}` : `${given.toUpperCase()} ${family.toUpperCase()}`, ""]
      case "i": {
        const ini = given[0]!
        if (this.familyFirst || (this.lang === "fr" && ini === "M") || /[ -]/.test(given) || this.lang === "el") return ["", this.full, ""]
        return ["", `${ini}. ${family}`, ""]
      }
      case "s": {
        const letters = [...family.replace(/[ '-]/g, "")].map((c) => c.toLowerCase())
        return ["", letters.join(r.pick(["-", " ", " - "])), ""]
      }
      case "t": {
        const t = this.title(r)
        if (!t) return ["", this.full, ""]
        if (this.lang === "hu") return ["", this.full, ` ${t}`]
        return [`${t} `, family, ""]
      }
    }
  }
  /** A personal address on a documentation domain. */
  email(r: Rng): string {
    const g = ascii(this.given.split(/[ -]/)[0]!)
    const f = ascii(this.family.split("/")[0]!.replace(/^(van der|van den|van|de|te|el) /i, ""))
    const local = r.pick([`${g}.${f}`, `${g}.${f}`, `${g[0]}${f}`, `${f}.${g}`, `${g}_${f}${10 + r.int(90)}`, `${g}${f[0]}${r.int(10)}`])
    return `${local}@${r.pick(["example.com", "example.net", "example.org", "mail.example.com", "post.example.net", "inbox.example.org"])}`
  }
}

/** A person of the locale: gender, given name, family name (the feminine form where the family name has one). */
export function drawPerson(r: Rng, tag: string, female = r.chance(0.5)): Person {
  const list = NAMES[tag]!
  const given = r.pick(female ? list.f : list.m)
  const group = list.groups?.find((g) => g[0].includes(given))
  const fam = r.pick(group ? group[1] : list.fam).split("/")
  const family = female && fam[1] ? fam[1] : fam[0]!
  const ff = group ? group[2] : !!list.familyFirst
  return new Person(given, family, female, ff, tag.slice(0, 2))
}
