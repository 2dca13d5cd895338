// The picker: a language's sentences taken in turn within each pool and locale, so every sentence is used evenly,
// skipping those whose slots the locale cannot fill; and the sentences a text carries besides its people.
import type { Pool } from "./pack.ts"
import { NAME_WORDS } from "./people.ts"
import type { Scene } from "./scene.ts"

/** Whether the locale can fill a template's slots (IBANs, domestic accounts, SSNs, NI numbers). */
function fits(s: Scene, t: string): boolean {
  const loc = s.loc
  if (/\{(bad)?iban\}/.test(t) && !loc.ibans.length) return false
  if (/\{acct\}/.test(t) && loc.ibans.length) return false
  if (/\{routing\}/.test(t) && loc.cc !== "US") return false
  if (/\{(bad)?ssn\}/.test(t) && loc.tag !== "en-US") return false
  if (/\{(bad)?nino\}/.test(t) && loc.tag !== "en-GB") return false
  if (/\{pc\}/.test(t) && loc.cc === "GY") return false
  if (s.transcript && /\{([CAKTB]\.e|card|iban|ip|ip6|mask|exp|badcard|badiban|phg|amt|date|dob|pc|ver|acct|routing)\}/.test(t)) return false
  return true
}
/** In a transcript every number is said: written phone slots become said ones, digits-only references too. */
const spoken = (t: string) =>
  t.replace(/\{ph\}/g, "{phs}").replace(/\{ph2\}/g, "{phs2}").replace(/\{tph\}/g, "{tphs}").replace(/\{bph\}/g, "{bphs}").replace(/\{phfix\}/g, "{phsfix}").replace(/\{rd\}/g, "{rds}").replace(/\{phi\}/g, "{phs}")

export class Picker {
  constructor(private readonly counters: Map<string, number>, private readonly s: Scene) {}

  private next(key: string, n: number): number {
    const i = this.counters.get(key) ?? 0
    this.counters.set(key, i + 1)
    return i % n
  }

  /** The next sentence of a pool that fits the locale (spoken in a transcript). */
  take(pool: Pool): string {
    const xs = this.s.pack.pools[pool] ?? []
    if (!xs.length) throw new Error(`holdout57: ${this.s.pack.lang} has no ${pool} sentences`)
    for (let i = 0; i < xs.length * 2; i++) {
      const t = xs[this.next(`${this.s.loc.tag}:${pool}`, xs.length)]!
      if (fits(this.s, t)) return this.s.transcript ? spoken(t) : t
    }
    throw new Error(`holdout57: no ${pool} sentence fits ${this.s.loc.tag} ${this.s.kind}`)
  }

  /** A name-word sentence in about one text in four, the locale's words in turn. */
  nameWord(): string | undefined {
    if (this.next(`${this.s.loc.tag}:nw?`, 4) !== 1) return undefined
    const words = NAME_WORDS[this.s.loc.tag]!
    return this.s.pack.nw[words[this.next(`${this.s.loc.tag}:nw`, words.length)]!]
  }

  /** The text's further sentences: two in turn of card, third party, IP, money, correction; SSN or NI number in 3 of 4. */
  extras(): string[] {
    const tag = this.s.loc.tag
    const cycle: Pool[] = ["card", "third", "ip", "iban", "fix", "third", "card", "fix", "ip", "iban"]
    const pick = (): string => {
      let pool = cycle[this.next(`${tag}:extra`, cycle.length)]!
      if (pool === "iban" && !this.s.loc.ibans.length) pool = "acct"
      if (this.s.transcript && ["card", "ip", "iban", "acct"].includes(pool)) pool = "third"
      return this.take(pool)
    }
    const out = [pick(), pick()]
    if ((tag === "en-US" || tag === "en-GB") && this.next(`${tag}:id`, 4) !== 3 && !this.s.transcript) out.push(this.take(tag === "en-US" ? "ssn" : "nino"))
    const nw = this.nameWord()
    if (nw) out.splice(1, 0, nw)
    return out
  }
}
