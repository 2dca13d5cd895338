// People of a text: a customer, the agent, a colleague (fitter, therapist, tailor…) and someone else in the household.
// Each carries the parts the name-part check looks for and an e-mail address on a documentation domain (RFC 2606).
import { PARTICLES } from "./draft.ts"
import type { NameList } from "./names-en.ts"
import { NAMES_EN } from "./names-en.ts"
import { NAMES_EU, PL_VOCATIVE } from "./names-eu.ts"
import type { Rng } from "./rng.ts"

export interface Person { given: string; family: string; gender: "f" | "m"; voc: string; parts: string[] }

const NAMES: Record<string, NameList> = { ...NAMES_EN, ...NAMES_EU }

function familyOf(r: Rng, tag: string, list: string[], gender: "f" | "m", avoid: Set<string>): string {
  const one = () => {
    for (;;) {
      const f = r.pick(list)
      const form = f.includes("/") ? f.split("/")[gender === "m" ? 0 : 1]! : f
      if (!avoid.has(form)) return form
    }
  }
  if (tag === "es-ES") return `${one()} ${one()}`
  if (tag === "pt-PT" && r.chance(0.6)) {
    const first = one()
    const second = r.pick(["da Silva", "dos Santos", "da Costa", "da Cunha", "dos Reis", "Martins", "Pereira", "Sousa", "Lopes"])
    if (!second.endsWith(first) && !second.split(" ").some((w) => avoid.has(w))) return `${first} ${second}`
  }
  return one()
}

export function drawPerson(r: Rng, tag: string, taken: Person[]): Person {
  const list = NAMES[tag]!
  const avoid = new Set(taken.flatMap((p) => p.parts))
  for (;;) {
    const gender = r.chance(0.5) ? "f" : "m"
    const given = r.pick(gender === "f" ? list.f : list.m)
    if (given.split(/[ -]/).some((w) => avoid.has(w))) continue
    const family = familyOf(r, tag, list.fam, gender, avoid)
    const voc = tag === "pl-PL" ? (PL_VOCATIVE[given] ?? given) : given
    const words = `${given} ${family} ${voc}`.split(" ").filter((w) => !PARTICLES.has(w.toLowerCase()))
    const parts = [...new Set(words.flatMap((w) => (w.includes("-") ? [w, ...w.split("-")] : [w])))]
    if (parts.some((w) => avoid.has(w))) continue
    return { given, family, gender, voc, parts }
  }
}

/** ASCII for an address: accents dropped, ß as ss, ł as l, æ/ø/å folded, apostrophes and spaces kept for the caller. */
export function ascii(s: string): string {
  return s
    .replace(/ß/g, "ss").replace(/[łŁ]/g, (c) => (c === "ł" ? "l" : "L")).replace(/[øØ]/g, (c) => (c === "ø" ? "o" : "O")).replace(/ı/g, "i")
    .normalize("NFD").replace(/\p{M}/gu, "")
}

const DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "post.example.net", "home.example.org", "inbox.example.com", "mx.example.net"]

/** A customer's own address, in the ways people pick them. */
export function personalEmail(r: Rng, p: Person): string {
  const g = ascii(p.given).toLowerCase().replace(/[ ']/g, "").replace(/-/g, "")
  const famWords = ascii(p.family).toLowerCase().split(" ")
  const f = famWords.filter((w) => !PARTICLES.has(w)).pop()!.replace(/'/g, r.chance(0.3) ? "'" : "")
  const full = famWords.join("").replace(/'/g, "")
  const yy = String(r.int(61, 99) % 100).padStart(2, "0")
  const local = r.pick([
    `${g}.${f}`, `${g}.${f}`, `${g}${full}`, `${g[0]}.${f}`, `${g}_${f}`, `${g}.${f}+${r.pick(["orders", "home", "shop", "2026", "bills"])}`,
    `${f}.${g}`, `${g}${yy}`, `${g}-${f}`, `${g[0]}${f}${r.int(1, 99)}`, `${g}.${f}.${yy}`, `${f}${g[0]}`,
  ])
  const dom = r.pick(DOMAINS)
  if (r.chance(0.08)) return `${local[0]!.toUpperCase()}${local.slice(1)}@${dom[0]!.toUpperCase()}${dom.slice(1)}`
  return `${local}@${dom}`
}

/** A staff address at the business's domain: given.family, as most firms hand them out. */
export function staffEmail(p: Person, domain: string): string {
  const g = ascii(p.given).toLowerCase().replace(/[ ']/g, "")
  const f = ascii(p.family).toLowerCase().replace(/[ ']/g, "")
  return `${g}.${f}@${domain}`
}
