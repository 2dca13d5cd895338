// People: drawn from a region's pools (local or an immigrant community), and
// written in the ways a text writes them (full, given only, surname first in
// capitals, lower case). The name parts are what the test looks for.
import { EN_WORD_NAMES, POOLS_EN, type Pool, type Pools } from "./names-en.ts"
import { POOLS_OTHER, WORD_NAMES } from "./names-other.ts"
import type { Rng } from "./prng.ts"
import type { Region } from "./regions.ts"

export interface Person {
  given: string
  surname: string
  /** Surname first (Cantonese order). */
  sg: boolean
  female: boolean
}

/** Particles stay inside a PERSON span but are not name parts of their own. */
export const PARTICLES = new Set(["van", "der", "de", "la", "da", "di", "do", "dos", "das", "del", "von", "ap", "ó", "ní", "mac", "te", "el", "dela"])

export const poolsOf = (r: Region): Pools => POOLS_EN[r.id] ?? POOLS_OTHER[r.id]!

export function wordNamesOf(r: Region): string[] {
  return r.lang === "en" ? EN_WORD_NAMES : (WORD_NAMES[r.lang] ?? [])
}

/** Round-robin position per language, so every word-name is used as a name. */
const wordTurn = new Map<string, number>()
export function resetWordTurns(): void {
  wordTurn.clear()
}

function nextWordName(r: Region): string | undefined {
  const list = wordNamesOf(r)
  if (list.length === 0) return undefined
  const i = wordTurn.get(r.lang) ?? 0
  wordTurn.set(r.lang, i + 1)
  return list[i % list.length]
}

const FEMALE_WORDS = new Set(["May", "Rose", "Grace", "Hope", "Joy", "Dawn", "Summer", "Luz", "Dolores", "Rosario", "Soledad", "Graça", "Glória", "Liv", "Tuuli", "Віра", "Надія", "Любов", "Nada", "Zora", "Viera", "Sunny"])

export function drawPerson(rng: Rng, r: Region, wordNameChance = 0.12): Person {
  const pools = poolsOf(r)
  const pool: Pool = rng.chance(0.7) || pools.others.length === 0 ? pools.local : rng.pick(pools.others)
  let female = rng.chance(0.5)
  let given = rng.pick(female ? pool.f : pool.m)
  if (rng.chance(wordNameChance) && pool === pools.local) {
    const w = nextWordName(r)
    if (w) {
      given = w
      female = FEMALE_WORDS.has(w)
    }
  }
  let surname = rng.pick(pool.s)
  if (female) surname = feminine(r, surname, pool === pools.local)
  return { given, surname, sg: pool.order === "sg" && !EN_WORD_NAMES.includes(given), female }
}

/** Women's surnames where the language inflects them: Slovak -ová, Slavic -ov/-ev/-in + a. */
function feminine(r: Region, s: string, local: boolean): string {
  if (r.lang === "sk" && local) return s.endsWith("a") || s.endsWith("o") ? `${s.slice(0, -1)}ová` : `${s}ová`
  if (r.lang === "uk") return /(ов|ев|єв|ін)$/.test(s) ? `${s}а` : s.endsWith("ів") ? `${s.slice(0, -2)}ова` : s
  if (["et", "fi"].includes(r.lang) && /(ov|ev|in)$/.test(s)) return `${s}a`
  return s
}

export function fullName(p: Person): string {
  return p.sg ? `${p.surname} ${p.given}` : `${p.given} ${p.surname}`
}

/** Surname first in capitals: `CHAN Tai Man`, `ØSTERGAARD Mette`. */
export function capsName(p: Person): string {
  return `${p.surname.toUpperCase()} ${p.given}`
}

/** Name parts: every word of the name but particles. */
export function nameParts(p: Person): string[] {
  return `${p.given} ${p.surname}`.split(/\s+/).filter((w) => w && !PARTICLES.has(w.toLowerCase()))
}
