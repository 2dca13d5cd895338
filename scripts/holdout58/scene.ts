// A text's scene: its locale, business and people, and the slots its sentences fill (see slots.ts for the values).
import type { PhoneNumber } from "libphonenumber-js/max"
import type { Biz } from "./biz.ts"
import { ent, nameParts, neg, plain, type Seg } from "./draft.ts"
import type { Locale } from "./locales.ts"
import type { Pack } from "./pack.ts"
import { drawPerson, fold, form, full, localeNames, personalMail, titleOf, type Person } from "./people.ts"
import { drawPhone, groupsOf, slipOf, writeOne } from "./phones.ts"
import { seeded, type Rng } from "./rng.ts"
import { sayNumber } from "./said.ts"
import { fillValue } from "./slots.ts"

export type Kind = "chat" | "sms" | "note" | "callback" | "email" | "summary" | "transcript" | "voicemail"
const lineCache = new Map<string, PhoneNumber>()

export class Scene {
  people: Record<string, Person>
  used = new Set<string>()
  phones = new Map<string, PhoneNumber>()
  said: boolean
  lang: string
  constructor(public r: Rng, public loc: Locale, public biz: Biz, public pack: Pack, public kind: Kind) {
    this.lang = loc.lang
    const C = drawPerson(r, loc.tag)
    const others = () => { for (;;) { const p = drawPerson(r, loc.tag); if (p.given !== C.given && p.family !== C.family) return p } }
    this.people = { C, A: others(), K: others(), T: others() }
    this.said = kind === "transcript"
  }
  /** Name parts of everyone the text names. */
  parts(): string[] {
    return [...this.used].flatMap((k) => { const p = this.people[k]!; return [...nameParts(p.given), ...nameParts(p.family)] })
  }
  /** The business's line in the country: toll-free, the same in every text of that business and country. */
  bizLine(): PhoneNumber {
    const key = `${this.biz.key}|${this.loc.cc}`
    if (!lineCache.has(key)) {
      const seed = [...key].reduce((a, c) => Math.imul(a ^ c.charCodeAt(0), 0x01000193), 0x811c9dc5)
      lineCache.set(key, drawPhone(seeded(seed >>> 0), this.loc.cc, "tollfree"))
    }
    return lineCache.get(key)!
  }
  phone(key: string): PhoneNumber {
    if (!this.phones.has(key)) this.phones.set(key, drawPhone(this.r, this.loc.cc, key === "ph2" || key === "kph" ? "fixed" : this.r.chance(0.8) ? "mobile" : "fixed"))
    return this.phones.get(key)!
  }
  /** A phone said aloud: in transcripts space-separated groups, in voicemails commas or "..." between groups. */
  say(p: PhoneNumber, intl = false): string {
    const sep = this.kind === "voicemail" ? this.r.pick([", ", ", ", "... "]) : " "
    const lang = this.lang
    let groups = groupsOf(p)
    let head = ""
    if (intl) {
      head = `${this.pack.plus} ${sayNumber(this.r, lang, [p.countryCallingCode as string], " ")} `
      groups = groups.map((g, i) => (i === 0 ? g.replace(/^0/, "") : g)).filter(Boolean)
    }
    return head + sayNumber(this.r, lang, groups, sep, this.kind === "voicemail" && this.r.chance(0.15))
  }
  /** A written or said phone; a correction gives a slip and then the right number, both labeled. */
  phoneSegs(key: string, how: "w" | "s" | "i" | "fix" | "sfix" | "g"): Seg[] {
    const p = this.phone(key)
    if (how === "s" || (this.said && how === "w")) return [ent("PHONE", this.say(p, this.loc.cc !== "IT" && this.r.chance(0.15)))]
    if (how === "i") return [ent("PHONE", writeOne(this.r, p, true))]
    if (how === "g") return [ent("PHONE", this.r.chance(0.5) ? groupsOf(p).join("") : writeOne(this.r, p))]
    if (how === "fix" || how === "sfix") {
      const slip = slipOf(this.r, p)
      const said = how === "sfix" || this.said
      const w = (q: PhoneNumber) => (said ? this.say(q) : writeOne(this.r, q))
      if (!slip) return [ent("PHONE", w(p))]
      return [ent("PHONE", w(slip)), plain(said ? ` ${this.pack.fixSaid} ` : `${this.pack.fix} `), ent("PHONE", w(p))]
    }
    return [ent("PHONE", writeOne(this.r, p))]
  }
  person(who: string, f: string): Seg[] {
    const p = this.people[who]!
    this.used.add(who)
    if (f === "e") return [ent("EMAIL", this.mail(who))]
    if (f === "t") return [plain(`${titleOf(this.r, this.lang, p)} `), ent("PERSON", p.family)]
    if (f === "tn") return [plain(`${titleOf(this.r, this.lang, p)} `), ent("PERSON", full(p))]
    return [ent("PERSON", form(p, f, this.lang))]
  }
  private mails = new Map<string, string>()
  mail(who: string): string {
    if (!this.mails.has(who)) {
      const p = this.people[who]!
      const staff = who === "A" || who === "K"
      this.mails.set(who, staff ? `${fold(p.given)}.${fold(p.family)}@${this.biz.domain}` : personalMail(this.r, p))
    }
    return this.mails.get(who)!
  }
  /** Whether this locale can fill a slot (IBANs, domestic bank details, SSNs, NI numbers, name-words). */
  can(slot: string): boolean {
    if (slot.startsWith("nw:")) return [...localeNames(this.loc.tag)].some((x) => x.toLowerCase() === slot.slice(3).toLowerCase())
    if (/^(iban|badiban)$/.test(slot)) return this.loc.ibans.length > 0
    if (/^(bank|bcode|bankline)$/.test(slot)) return this.loc.ibans.length === 0
    if (/^(ssn|badssn)$/.test(slot)) return this.loc.tag === "en-US"
    if (/^(nino|badnino)$/.test(slot)) return this.loc.tag === "en-GB"
    return true
  }
  /** One slot as segments. */
  slot(name: string): Seg[] {
    const m = /^([CAKT])\.(\w+)$/.exec(name)
    if (m) return this.person(m[1]!, m[2]!)
    const g = /^([CAKT])\?([^|]*)\|(.*)$/.exec(name)
    if (g) return [plain(this.people[g[1]!]!.g === "m" ? g[2]! : g[3]!)]
    if (name.startsWith("nw:")) return [neg("name-word", this.said ? name.slice(3).toLowerCase() : name.slice(3))]
    const ph: Record<string, [string, "w" | "s" | "i" | "fix" | "sfix" | "g"]> = {
      ph: ["ph", "w"], ph2: ["ph2", "w"], phi: ["ph", "i"], phs: ["ph", "s"], phfix: ["ph", "fix"], phsfix: ["ph", "sfix"], phg: ["ph", "g"],
      tph: ["tph", "w"], tphs: ["tph", "s"], kph: ["kph", "w"],
    }
    if (ph[name]) return this.phoneSegs(...ph[name]!)
    if (name === "bph") return [ent("PHONE", this.said ? this.say(this.bizLine()) : this.bizLine().formatNational())]
    return fillValue(this, name)
  }
}
