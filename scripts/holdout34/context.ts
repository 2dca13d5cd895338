// What a skeleton writes with: the text's builder, its seeded draws, its
// locale and business, and helpers that append labeled values and negatives.
import { Builder } from "./render.ts"
import type { Rng } from "./prng.ts"
import type { Locale } from "./locales.ts"
import { time, LOCALES } from "./locales.ts"
import { REGIONS, phone, checks, isPhone, grp, type Phone } from "./phones.ts"
import { POOLS, NAME_WORDS } from "./names.ts"
import { say, type Key } from "./phrases.ts"
import { NUMS, DOMAIN, type Biz } from "./business.ts"
import { email, luhnOk, mod97 } from "./values.ts"
import { isIP } from "node:net"
import type { CountryCode } from "libphonenumber-js/max"

export interface Person {
  given: string
  family: string
}
export type NameForm = "full" | "given" | "family" | "lower" | "caps" | "lowergiven"
const TITLES: Record<string, string[]> = {
  en: ["Mr ", "Mrs ", "Ms ", "Dr "], fr: ["M. ", "Mme "], de: ["Herr ", "Frau "], it: ["Sig. ", "Sig.ra "], es: ["Sr. ", "Sra. "], ca: ["Sr. ", "Sra. "],
  pt: ["Sr. ", "Sra. "], no: [""], da: [""], lt: ["p. "], lv: ["kgs. ", "kdz. "], sk: ["p. "], sl: ["g. ", "ga. "], hu: [""], lb: ["Här ", "Madame "], ru: [""], bg: ["г-н ", "г-жа "],
}
const EMOJI = ["🇬🇭", "🇮🇪", "🇳🇿", "🇫🇯", "🇧🇧", "🇳🇴", "🇱🇹", "🇨🇭", "🇲🇽", "👍🏾", "👋🏻", "🙏🏽", "👩‍⚕️", "🧑🏿‍🎓", "🐕‍🦺", "👨‍👩‍👧", "☎️", "✉️", "❤️", "⚠️", "🏨", "🐾", "💧", "🔥", "📞", "✅"]

/** Negatives read by their own format (dates, times, money, units): exempt from the phone lookalike check. */
export const FORMATTED = new Set(["date", "time", "timestamp", "amount", "meter-reading", "weight", "name-word"])

export class Ctx {
  readonly b: Builder
  readonly lang: string
  emojiUsed = false
  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly kind: string, nfd: boolean) {
    this.b = new Builder(nfd)
    this.lang = loc.lang
  }
  p(k: Key): string {
    return say(this.lang, k)
  }
  t(s: string): this {
    this.b.t(s)
    return this
  }
  person(): Person {
    const pool = POOLS[this.loc.pool]!
    const p = pool.men && this.r.chance(0.5) ? pool.men : pool
    return { given: this.r.pick(p.given), family: this.r.pick(p.family) }
  }
  full(p: Person): string {
    return POOLS[this.loc.pool]!.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`
  }
  title(): string {
    return this.r.pick(TITLES[this.lang] ?? [""])
  }
  /** Appends a person's name as a PERSON span. */
  name(p: Person, form: NameForm = "full"): this {
    const v = this.nameText(p, form)
    this.b.e("PERSON", v).parts(v)
    return this
  }
  nameText(p: Person, form: NameForm): string {
    switch (form) {
      case "given": return p.given
      case "family": return p.family
      case "lower": return this.full(p).toLowerCase()
      case "lowergiven": return p.given.toLowerCase()
      case "caps": return `${p.family.toUpperCase()} ${p.given}`
      default: return this.full(p)
    }
  }
  /** Sometimes an emoji (flag, skin tone, ZWJ sequence, variation selector) and a space. */
  emo(pr = 0.5): this {
    if (this.r.chance(pr)) {
      this.b.t(`${this.r.pick(EMOJI)} `)
      this.emojiUsed = true
    }
    return this
  }
  phoneOf(want: "any" | "intl" | "nat" = "any"): Phone {
    return phone(this.r, this.loc.phone, want)
  }
  tel(want: "any" | "intl" | "nat" = "any"): this {
    this.b.e("PHONE", this.phoneOf(want).written)
    return this
  }
  /** A phone in spoken English digits, checked to read back to a valid number. */
  spokenTel(): this {
    for (let i = 0; i < 50; i++) {
      const ph = this.phoneOf("nat")
      const digits = ph.written.replace(/\D/g, "")
      if (!checks(digits, REGIONS[this.loc.phone]!.iso, ph.e164)) continue
      this.b.e("PHONE", speak(this.r, digits))
      return this
    }
    return this.tel("nat")
  }
  mail(p: Person, biz = false): this {
    this.b.e("EMAIL", biz ? `${this.r.pick(["claims", "frontdesk", "housing", "admissions", "outages", "info"])}@${DOMAIN[this.biz]}.${this.loc.tld}` : email(this.r, p.given, p.family, this.r.pick(["gmail.com", "outlook.com", `mail.${this.loc.tld}`, "yahoo.com"])))
    return this
  }
  /** A hard negative, redrawn until it is none of the labeled types. */
  neg(kind: string, gen: (r: Rng) => string): this {
    for (let i = 0; i < 60; i++) {
      const v = gen(this.r)
      if (this.innocent(v, !FORMATTED.has(kind))) {
        this.b.n(kind, v)
        return this
      }
    }
    throw new Error(`no innocent ${kind}`)
  }
  innocent(v: string, phoneCheck = true): boolean {
    const d = v.replace(/[\s-]/g, "")
    if (/^\d{13,19}$/.test(d) && luhnOk(d) && /^(4|5[1-5]|2[2-7]|3[47]|6)/.test(d)) return false
    if (/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(d) && mod97(d) === 1) return false
    if (isIP(v)) return false
    if (phoneCheck && /^[+\d\s().\/-]+$/.test(v) && (v.match(/\d/g) ?? []).length >= 6 && this.isos().some((iso) => isPhone(v, iso))) return false
    return true
  }
  /** The phone regions of every locale writing this text's language. */
  isos(): CountryCode[] {
    return [...new Set(LOCALES.filter((l) => l.lang === this.lang).map((l) => REGIONS[l.phone]!.iso))]
  }
  /** One of the business's own numbers, returning its noun. */
  bizNum(kinds?: string[]): string {
    const list = NUMS[this.biz].filter((n) => !kinds || kinds.includes(n.kind))
    const n = this.r.pick(list.length ? list : NUMS[this.biz])
    this.neg(n.kind, n.gen)
    return n.noun
  }
  /** The business noun then its number, e.g. "Meter 0412 338 901". */
  nounNum(): this {
    const n = this.r.pick(NUMS[this.biz])
    this.b.t(`${this.p(n.noun as Key)} `)
    this.neg(n.kind, n.gen)
    return this
  }
  date(): this {
    this.neg("date", this.loc.date)
    return this
  }
  time(): this {
    this.neg("time", (r) => time(r, this.lang))
    return this
  }
  money(): this {
    this.neg("amount", this.loc.cur)
    return this
  }
  /** A sentence using a name that is also a word, as the word. */
  nameWord(): this {
    const list = NAME_WORDS[this.lang]
    if (!list?.length) return this
    const s = this.r.pick(list)
    const [a, w, c] = s.split(/[{}]/) as [string, string, string]
    this.b.t(a).n("name-word", w).t(c)
    return this
  }
}

const WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
/** Digits read aloud: "oh", "double", "triple", pauses as commas or "...". */
export function speak(r: Rng, digits: string): string {
  const groups = grp(digits, r.pick([[3, 3, 4], [4, 3, 3], [3, 4, 3], [5, 3, 2]]), "|").split("|")
  const out = groups.map((g) => {
    const w: string[] = []
    for (let i = 0; i < g.length; ) {
      let n = 1
      while (g[i + n] === g[i] && n < 3) n++
      const word = WORDS[Number(g[i])]!
      if (n === 3) w.push(`triple ${word}`)
      else if (n === 2) w.push(`double ${word}`)
      else w.push(word)
      i += n
    }
    return w.join(" ")
  })
  return out.map((g, i) => (i === 0 ? g : `${r.pick([", ", "... ", " "])}${g}`)).join("")
}
