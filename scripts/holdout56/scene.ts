// A text's scene: its people (customer C, agent A, colleague K, third party T), its values, and the renderer that turns
// a template's slots into segments. `{C}` `{C:g}` … name forms (people.ts); `{C?m|f}` words agreeing with a person's
// gender; `{ph}` `{ph2}` `{tph}` written phones, `{phs}` `{phs2}` said, `{phfix}` / `{phsfix}` corrected, `{bph}` the
// business line; `[[nw:word]]` a name-word; the other slots are listed in `VALUES` below and in values.ts.
import { bizLine, type Biz } from "./biz.ts"
import { ent, neg, plain, type Seg } from "./draft.ts"
import type { Locale, TimeStyle } from "./locales.ts"
import type { Kind, Pack } from "./pack.ts"
import { drawPerson, nameForm, partsOf, type Person } from "./people.ts"
import { codeOf, drawPhone, parsesBack, writePhone, type Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { sayPhone } from "./said.ts"
import { timeText, type IbanForm } from "./values.ts"
import { phoneIn } from "./checks.ts"
import { NAMEWORDS, VALUES } from "./slots.ts"

const ROLES = ["C", "A", "K", "T"] as const
type Role = (typeof ROLES)[number]
const SLOT = /\{([^{}]+)\}|\[\[nw:([^\]]+)\]\]/gu

export class Scene {
  readonly people: Record<Role, Person>
  private readonly used = new Set<Role>()
  private readonly memo = new Map<string, Seg[]>()
  private readonly phones = new Map<string, Phone>()
  private clock: [number, number]
  readonly clockStyle: TimeStyle
  private offset = 0
  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, readonly pack: Pack, readonly kind: Kind) {
    const taken: Person[] = []
    const ppl = {} as Record<Role, Person>
    for (const role of ROLES) taken.push((ppl[role] = drawPerson(r, loc, taken)))
    this.people = ppl
    this.clock = [r.range(8, 18), r.int(60)]
    this.clockStyle = r.pick(loc.times)
  }

  /** Name parts of everyone named in the text. */
  parts(): string[] {
    return [...this.used].flatMap((role) => partsOf(this.people[role]))
  }
  /** Name parts of everyone in the scene, named or not (name-words must avoid them all). */
  allParts(): string[] {
    return ROLES.flatMap((role) => partsOf(this.people[role]))
  }
  /** Can this template be filled in this locale? */
  fits(t: string): boolean {
    if (/\{(pc)\}/.test(t) && !this.loc.postcode) return false
    if (/\{(iban|ibanx)\}/.test(t) && !this.loc.ibans) return false
    if (/\{acct\}/.test(t) && !this.loc.bank) return false
    if (/\{ssnx?\}/.test(t) && this.loc.tag !== "en-US") return false
    if (/\{ninox?\}/.test(t) && this.loc.tag !== "en-GB") return false
    const nw = /\[\[nw:([^\]]+)\]\]/u.exec(t)?.[1]
    if (nw) {
      const words = (NAMEWORDS[this.loc.tag] ?? []).map((x) => x.toLowerCase())
      if (!words.includes(nw.toLowerCase()) || this.allParts().some((p) => p.toLowerCase() === nw.toLowerCase())) return false
    }
    return true
  }

  render(template: string): Seg[] {
    const out: Seg[] = []
    let at = 0
    for (const m of template.matchAll(SLOT)) {
      if (m.index! > at) out.push(plain(template.slice(at, m.index)))
      const segs = m[2] !== undefined ? [neg("name-word", m[2])] : this.slot(m[1]!)
      // A title opening a sentence (`don Sebastián`, `meneer De Vries`) takes a capital.
      if (/^[CAKT]:t$/.test(m[1] ?? "") && !segs[0]!.ent && /(^|[.!?:]\s+|\n\s*|^- |\| )$/u.test(out.map((x) => x.t).join(""))) {
        segs[0] = plain(segs[0]!.t.charAt(0).toUpperCase() + segs[0]!.t.slice(1))
      }
      out.push(...segs)
      at = m.index! + m[0].length
    }
    if (at < template.length) out.push(plain(template.slice(at)))
    return out
  }

  private slot(s: string): Seg[] {
    const person = /^([CAKT])(?::(\w))?$/.exec(s)
    if (person) {
      const role = person[1] as Role
      this.used.add(role)
      return nameForm(this.people[role], person[2] ?? "n", this.r, this.pack.titles)
    }
    const gender = /^([CAKT])\?([^|]*)\|(.*)$/.exec(s)
    if (gender) return [plain(this.people[gender[1] as Role].gender === "m" ? gender[2]! : gender[3]!)]
    const fixed = MEMO.has(s)
    if (fixed && this.memo.has(s)) return this.memo.get(s)!
    const segs = this.value(s)
    if (fixed) this.memo.set(s, segs)
    return segs
  }

  phone(key: string): Phone {
    if (!this.phones.has(key)) {
      const main = key === "ph2" ? this.phone("ph") : undefined
      const type = main ? (main.type === "mobile" ? "fixed" : "mobile") : key === "ph" && this.r.chance(0.15) ? "fixed" : "mobile"
      this.phones.set(key, drawPhone(this.r, this.loc.cc, type))
    }
    return this.phones.get(key)!
  }
  private written(key: string): string {
    const k = `w:${key}`
    if (!this.memo.has(k)) this.memo.set(k, [plain(writePhone(this.r, this.phone(key), this.kind !== "transcript" && this.r.chance(0.25)))])
    return this.memo.get(k)![0]!.t
  }
  /** The same number with one of its last four digits changed, still valid and of its type, written the same way. */
  private wrongOf(key: string): [string, Phone] {
    const x = this.phone(key)
    const w = this.written(key)
    for (let i = 0; i < 80; i++) {
      const back = 1 + this.r.int(4)
      const digitPos = [...w].map((c, j) => (/\d/.test(c) ? j : -1)).filter((j) => j >= 0).at(-back)!
      const nd = String((Number(w[digitPos]) + 1 + this.r.int(9)) % 10)
      const v = w.slice(0, digitPos) + nd + w.slice(digitPos + 1)
      const e164 = x.e164.slice(0, x.e164.length - back) + nd + x.e164.slice(x.e164.length - back + 1)
      const y: Phone = { ...x, e164, nat: x.nat.slice(0, x.nat.length - back) + nd + x.nat.slice(x.nat.length - back + 1), groups: regroupLike(x.groups, x.nat, back, nd), intlGroups: regroupLike(x.intlGroups, x.intlGroups.join(""), back, nd) }
      if (e164 !== x.e164 && parsesBack(v, y) && phoneIn(y.nat, this.loc.cc)) return [v, y]
    }
    return [w, x]
  }

  private value(s: string): Seg[] {
    const f = VALUES[s]
    if (!f) throw new Error(`unknown slot {${s}}`)
    return f(this)
  }

  // Helpers for VALUES.
  fixWord(): string { return this.r.pick(this.pack.fix) }
  phoneSlot(key: string): Seg[] { return [ent("PHONE", this.written(key))] }
  saidSlot(key: string): Seg[] { return [ent("PHONE", sayPhone(this.r, this.phone(key), this.loc.tag, this.loc.lang === "en" && this.r.chance(0.15)))] }
  fixSlot(said: boolean): Seg[] {
    const [wv, wp] = this.wrongOf("ph")
    const right = said ? this.saidSlot("ph") : this.phoneSlot("ph")
    const wrong = said ? [ent("PHONE", sayPhone(this.r, wp, this.loc.tag))] : [ent("PHONE", wv)]
    const fix = this.kind === "transcript" ? this.fixWord().replace(/,/g, "") : this.fixWord()
    return [...wrong, plain(` ${fix} `), ...right]
  }
  tick(): Seg[] {
    const [h, m] = this.clock
    const add = this.r.range(1, 4)
    this.clock = [m + add >= 60 ? (h + 1) % 24 : h, (m + add) % 60]
    return [neg("time", timeText(h, m, this.clockStyle))]
  }
  off(): Seg[] {
    this.offset += this.r.range(3, 14)
    const s = this.offset
    return [plain(`[00:${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}]`)]
  }
  ibanForm(): IbanForm {
    const k = this.kind
    if ((k === "chat" || k === "sms") && this.r.chance(0.35)) return "lower"
    if (k === "email" && this.r.chance(0.6)) return "line"
    return this.r.chance(0.35) ? "compact" : "grouped"
  }
  bizLineText(): string {
    const x = bizLine(this.biz, this.loc.cc)
    const intl = this.r.chance(0.2)
    const v = intl ? `+${codeOf(this.loc.cc)} ${x.intlGroups.join(" ")}` : writePhone(this.r, { ...x }, false)
    return parsesBack(v, x) ? v : writePhone(this.r, x)
  }
}

function regroupLike(groups: string[], joined: string, back: number, nd: string): string[] {
  const s = joined.slice(0, joined.length - back) + nd + joined.slice(joined.length - back + 1)
  const out: string[] = []
  let at = 0
  for (const g of groups) out.push(s.slice(at, (at += g.length)))
  return out
}

/** Slots whose value stays the same wherever the text uses it. */
const MEMO = new Set(["ph", "ph2", "tph", "kph", "em", "aem", "rem", "card", "iban", "ssn", "nino", "ip", "bph", "wdate", "acct", "r1", "r2", "rd", "x"])
