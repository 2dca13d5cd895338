// One text's cast and facts: the customer, an agent, the business's numbers, and the channel's encoder. Writers ask
// the scene to write words, values and whole phrase templates; every value goes through the encoder first.
import type { CountryCode, PhoneNumber } from "libphonenumber-js/max"
import { Draft, type Val } from "./draft.ts"
import { encoderFor, type Enc } from "./encode.ts"
import type { Locale } from "./locales.ts"
import { emailOf, person, type Person } from "./names.ts"
import { drawPhone, phoneForms } from "./phones.ts"
import { PHRASES, type Phrases } from "./phrases.ts"
import type { Rng } from "./rng.ts"

export interface Business { key: string; name: string; domain: string; facts(s: Scene): void; story(s: Scene): string[]; fields(s: Scene): string[] }

export class Scene {
  readonly d = new Draft()
  readonly L: Phrases
  readonly cust: Person
  readonly agent: Person
  readonly vals = new Map<string, Val>()
  enc: Enc
  phone: PhoneNumber

  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Business, readonly kind: string, readonly negOnly: boolean) {
    this.L = PHRASES[loc.lang]!
    this.enc = encoderFor(kind, r)
    this.cust = person(loc, r)
    let agent = person(loc, r, { local: true })
    while (agent.given === this.cust.given || agent.family === this.cust.family) agent = person(loc, r, { local: true })
    this.agent = agent
    this.phone = drawPhone(loc.tag, loc.cc, r)
    if (!negOnly) {
      this.d.parts.push(...this.cust.parts, ...this.agent.parts)
      this.set("name", { v: this.cust.full, type: "PERSON" })
      this.set("given", { v: this.cust.given, type: "PERSON" })
      this.set("agent", { v: this.agent.given, type: "PERSON" })
      this.set("phone", { v: this.phoneForm(), type: "PHONE" })
      this.set("email", { v: emailOf(this.cust, loc, r), type: "EMAIL" })
    }
    this.set("biz", { v: biz.name })
    biz.facts(this)
  }

  get cc(): CountryCode { return this.loc.cc }
  set(role: string, val: Val): void { this.vals.set(role, val) }
  has(role: string): boolean { return this.vals.has(role) }
  val(role: string): Val {
    const v = this.vals.get(role)
    if (!v) throw new Error(`holdout45: no value for ${role}`)
    return v
  }

  /** One written form of the customer's number (or of a second one, when asked). */
  phoneForm(p: PhoneNumber = this.phone): string { return this.r.pick(phoneForms(p, this.loc.cc)) }
  otherPhone(): string { return this.phoneForm(drawPhone(this.loc.tag, this.loc.cc, this.r)) }

  t(raw: string): this { this.d.t(raw); return this }
  x(text: string): this { this.d.t(this.enc(text, "text")); return this }
  put(val: Val, enc = this.enc): this {
    this.d.put(val, enc(val.v, val.type ?? val.kind ?? "text"))
    return this
  }
  v(role: string): this { return this.put(this.val(role)) }

  /** A phrase template, its `{role}`s filled with the scene's values. */
  say(tpl: string, extra: Record<string, Val> = {}): this {
    for (const piece of tpl.split(/(\{\w+\})/)) {
      const m = /^\{(\w+)\}$/.exec(piece)
      if (!m) this.x(piece)
      else this.put(extra[m[1]!] ?? this.val(m[1]!))
    }
    return this
  }

  /** A name-word sentence of the locale: the word in brackets is a `name-word` lookalike. */
  nameWord(): this {
    const [a, w, b] = this.r.pick(this.loc.words).split(/\[|\]/)
    const cap = (t: string) => t.charAt(0).toLocaleUpperCase(this.loc.intl) + t.slice(1)
    return a ? this.x(cap(a)).put({ v: w!, kind: "name-word" }).x(b!) : this.put({ v: cap(w!), kind: "name-word" }).x(b!)
  }
}
