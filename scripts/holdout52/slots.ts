// The holes of a template other than people: contact values (labeled), lookalikes (negatives) and business words.
import { bizLine, customerEmail, staffEmail } from "./contacts.ts"
import type { Piece } from "./draft.ts"
import { drawAccount, drawCase, drawExpiry, drawHouse, drawPostcode, drawTimestamp, drawTracking, writeMasked } from "./ids.ts"
import { drawAmount, drawBrowser, drawDay, drawDuration, drawMinutes, drawVersion, writeDate, writeTime } from "./numbers.ts"
import { drawPhone, writePhone, type Phone } from "./phones.ts"
import { inline } from "./render.ts"
import { sayPhone } from "./said.ts"
import type { SceneState as Scene } from "./state.ts"
import { drawCard, drawIban, drawIbanBad, drawIp4, drawIp6, drawLuhnBad, drawNino, drawNinoBad, drawSsn, drawSsnBad } from "./values.ts"

const E = (type: string, t: string): Piece => ({ t, type })
const N = (kind: string, t: string): Piece => ({ t, kind })
const SCALE: Record<string, number> = { USD: 1, GBP: 0.8, EUR: 1, AUD: 1.5, NZD: 1.6, CAD: 1.4, INR: 80, ZAR: 18, PLN: 4, SEK: 11, DKK: 7.5, CZK: 24 }

/** Phones: `phone` (the customer's mobile), `land`, `phone2`, `aline` (a staff line), each with `.nat`, `.intl`, `.said`, `.e164`, `.compact`. */
function phoneSlot(s: Scene, base: string, form: string | undefined): Piece[] {
  const key = `ph:${base}`
  const ph: Phone = s.phones.get(key) ?? drawPhone(s.r, s.loc.cc, base === "land" || base === "aline" ? "land" : base === "phone2" && s.r.chance(0.4) ? "land" : "mobile")
  s.phones.set(key, ph)
  if (form === "said") return [E("PHONE", sayPhone(s.r, ph, s.loc.lang))]
  const pick = form === "nat" ? "national" : form === "intl" ? (s.r.chance(0.5) ? "intl" : s.r.pick(["e164", "dbl", "zero", "intlDashes", "plus"])) : form
  return [E("PHONE", writePhone(s.r, ph, pick))]
}

function contactSlot(s: Scene, slot: string): Piece[] | undefined {
  const [base, form] = slot.split(".") as [string, string | undefined]
  const r = s.r
  if (["phone", "land", "phone2", "aline", "kphone"].includes(base)) return phoneSlot(s, base, form)
  switch (base) {
    case "bizline": {
      const ph = bizLine(s.biz, s.loc)
      return [E("PHONE", form === "said" ? sayPhone(r, ph, s.loc.lang) : ph.forms[r.pick(["national", "national", "compact", "dashes"])] ?? ph.national)]
    }
    case "ext": return [`${r.pick(s.pack.words.ext)} ${r.int(101, 899)}`]
    case "email": return [E("EMAIL", customerEmail(r, s.person("c")))]
    case "email2": return [E("EMAIL", customerEmail(r, s.person("p")))]
    case "amail": return [E("EMAIL", staffEmail(s.person("a"), s.biz))]
    case "kmail": return [E("EMAIL", staffEmail(s.person("k"), s.biz))]
    case "role": case "role2": {
      const roles = s.biz.roles
      const i = base === "role" ? r.int(0, roles.length - 1) : (roles.indexOf(s.memoText("role").split("@")[0]!) + 1) % roles.length
      return [E("EMAIL", `${roles[i]}@${s.biz.domain}`)]
    }
    case "card": {
      const v = drawCard(r)
      s.last4 = v.replace(/\D/g, "").slice(-4)
      return [E("CARD", v)]
    }
    case "masked": return [N("masked-card", writeMasked(r, s.last4 ?? r.digits(4)))]
    case "exp": return [N("card-expiry", drawExpiry(r))]
    case "iban": case "ibanx": case "refund": {
      if (!s.loc.iban) return drawAccount(r, s.loc, s.pack.words)
      const cc = base === "ibanx" ? r.pick(s.loc.near) : s.loc.cc
      const v = drawIban(r, cc, s.kind === "chat" || s.kind === "sms")
      return base === "refund" ? ["IBAN ", E("IBAN", v)] : [E("IBAN", v)]
    }
    case "acct": return drawAccount(r, s.loc, s.pack.words)
    case "ssn": return [E("US_SSN", drawSsn(r))]
    case "nino": return [E("UK_NINO", drawNino(r))]
    case "ip4": return [E("IP_ADDRESS", drawIp4(r))]
    case "ip6": return [E("IP_ADDRESS", drawIp6(r))]
    case "ip": return [E("IP_ADDRESS", r.chance(0.4) ? drawIp4(r) : drawIp6(r))]
    default: return undefined
  }
}

function lookSlot(s: Scene, slot: string): Piece[] | undefined {
  const r = s.r
  const base = slot.replace(/\d$/, "")
  const scale = SCALE[s.loc.currency]!
  switch (base) {
    case "date": return [N("date", writeDate(r, s.loc, drawDay(r)))]
    case "sdate": return [N("date", writeDate(r, s.loc, drawDay(r), true))]
    case "dob": return [N("date", writeDate(r, s.loc, drawDay(r, true), false, true))]
    case "sdob": return [N("date", writeDate(r, s.loc, drawDay(r, true), true, true))]
    case "wadate": return [N("date", new Intl.DateTimeFormat(s.loc.tag, { dateStyle: "short", timeZone: "UTC" }).format(drawDay(r)))]
    case "time": {
      // A second time of the text comes after the first (a window, opening hours).
      const at = slot !== "time" && s.lastTime !== undefined ? Math.min(s.lastTime + 60 * r.int(1, 3), 22 * 60) : r.int(8, 17) * 60 + r.pick([0, 0, 15, 30, 30, 45, r.int(0, 59)])
      s.lastTime = at
      return [N("time", writeTime(r, s.loc, Math.floor(at / 60), at % 60))]
    }
    case "clock": {
      s.clock += r.int(0, 3)
      const [h, m] = [Math.floor(s.clock / 60) % 24, s.clock % 60]
      const h12 = h % 12 === 0 ? 12 : h % 12
      const us = ["US", "CA", "IN"].includes(s.loc.cc)
      return [N("time", us ? `${h12}:${String(m).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}` : `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`)]
    }
    case "amount": return [N("amount", drawAmount(r, s.loc, Math.round(40 * scale), Math.round(2500 * scale)))]
    case "small": return [N("amount", drawAmount(r, s.loc, Math.round(20 * scale), Math.round(250 * scale)))]
    case "dur": return [N("duration", drawDuration(r, s.loc.lang))]
    case "mins": return [N("duration", drawMinutes(r, s.loc.lang))]
    case "ver": return [N("version", drawVersion(r))]
    case "browser": return drawBrowser(r)
    case "post": return [N("postcode", drawPostcode(r, s.loc.cc))]
    case "house": return [N("house-number", drawHouse(r))]
    case "case": return [N("case-number", drawCase(r))]
    case "track": return [N("tracking-number", drawTracking(r))]
    case "ts": return [N("timestamp", drawTimestamp(r))]
    case "luhnbad": return [N("luhn-invalid", drawLuhnBad(r))]
    case "ibanbad": return [N("iban-checksum", drawIbanBad(r, s.loc.cc))]
    case "ssnbad": return [N("ssn-invalid", drawSsnBad(r))]
    case "ninobad": return [N("nino-invalid", drawNinoBad(r))]
    case "ifsc": return [N("bank-code", `${r.pick(["HDFC", "ICIC", "SBIN", "UTIB"])}0${r.digits(6)}`)]
    default: return undefined
  }
}

/** The business number at index `i` of this text (the same one each time it is asked for). */
function numberAt(s: Scene, i: number): Piece {
  const [kind, draw] = s.biz.nums[i]!
  const v = s.nums.get(i) ?? draw(s.r)
  s.nums.set(i, v)
  return N(kind, v)
}

function bizSlot(s: Scene, slot: string): Piece[] | undefined {
  const words = s.pack.biz[s.biz.key]
  const label = /^l([123d])$/.exec(slot)
  if (label) return [words.labels[s.refIndex(label[1]!)]!]
  if (slot === "nspec") return [numberAt(s, 1)]
  const num = /^([rn])([123d])$/.exec(slot)
  if (num) {
    const i = s.refIndex(num[2]!)
    return num[1] === "r" ? [`${words.labels[i]} `, numberAt(s, i)] : [numberAt(s, i)]
  }
  switch (slot) {
    case "biz": return [s.biz.name]
    case "web": return [`www.${s.biz.domain}`]
    case "what": return inline(s.r.pick(words.what), s)
    case "issue": return inline(s.r.pick(words.issue), s)
    case "issue2": return inline(s.r.pick(words.issue.filter((x) => inlineText(x) !== s.memoText("issue"))), s)
    case "fix": return inline(s.r.pick(words.fix), s)
    default: return undefined
  }
}

/** A business sentence's text with its lookalike marks taken off (to tell two sentences apart). */
const inlineText = (x: string) => x.replace(/\[\[[^:\]]+:([^\]]+)\]\]/g, "$1")

export function valueSlot(s: Scene, slot: string): Piece[] {
  const ps = contactSlot(s, slot) ?? lookSlot(s, slot) ?? bizSlot(s, slot)
  if (!ps) throw new Error(`unknown slot {${slot}}`)
  return ps
}
