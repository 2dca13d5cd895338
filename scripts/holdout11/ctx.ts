// What a template sees: one text's Rng and market, and shorthands that turn
// drawn values into labeled pieces.
import * as lk from "./lookalikes.ts"
import type { Locale } from "./locales.ts"
import { FOREIGN, phone } from "./phones.ts"
import { type Piece, type Rng, ent, neg } from "./render.ts"
import * as v from "./values.ts"

export type Person = { first: string; last: string }

const EMOJI = ["🙂 ", "😊 ", "👍 ", "🦷 ", "👓 ", "💪🏽 ", "🏋️‍♀️ ", "🎓 ", "🙏🏾 ", "🇬🇧 ", "🇦🇺 ", "🇮🇳 ", "😤 ", "👩🏻‍⚕️ ", "📅 ", "✅ "]
const ACCENT = ["Olá! ", "¡Gracias! ", "Perché? ", "Café ok. ", "Señal débil… ", "naïve Q: ", "crème brûlée? ", "Ngā mihi, ", "Tēnā koe. ", "Dziękuję — ", "e\u0301 ", "n\u0303o ", "coope\u0301ration: ", "cafe\u0301 closed? ", "Ma\u0304ori Health ", ""]

export function createCtx(rng: Rng, loc: Locale) {
  const person = (): Person => ({ first: rng.pick(loc.first), last: rng.pick(loc.last) })
  const foreignCC = () => rng.pick(FOREIGN.filter((cc) => cc !== loc.phone))
  return {
    rng,
    loc,
    person,
    pick: <T>(xs: readonly T[]) => rng.pick(xs),
    full: (p: Person) => ent("PERSON", `${p.first} ${p.last}`),
    first: (p: Person) => ent("PERSON", p.first),
    last: (p: Person) => ent("PERSON", p.last),
    lower: (p: Person) => ent("PERSON", rng.chance(0.5) ? p.first.toLowerCase() : `${p.first} ${p.last}`.toLowerCase()),
    upperLast: (p: Person) => ent("PERSON", `${p.last.toUpperCase()} ${p.first}`),
    phone: (intl?: boolean) => ent("PHONE", phone(rng, loc.phone, intl)),
    /** A desk number with its extension; the extension is outside the span. */
    ext: (): Piece[] => [ent("PHONE", phone(rng, loc.phone, rng.chance(0.3))), rng.pick([" ext. ", " ext ", " x", ", extension ", " ext. "]) + rng.int(10, 4999)],
    foreign: () => ent("PHONE", phone(rng, foreignCC(), true)),
    email: (p: Person) => ent("EMAIL", v.email(rng, p.first, p.last, loc.domains)),
    roleEmail: (local: string, domain: string) => ent("EMAIL", `${local}@${domain}`),
    card: () => ent("CARD", v.card(rng)),
    iban: (cc = loc.ibanCC) => ent("IBAN", v.iban(rng, cc)),
    ssn: () => ent("US_SSN", v.ssn(rng)),
    nino: () => ent("UK_NINO", v.nino(rng)),
    ip: () => ent("IP_ADDRESS", rng.chance(0.6) ? v.ipv4(rng) : v.ipv6(rng)),
    badCard: () => neg("luhn-invalid", v.badCard(rng)),
    badIban: (cc = loc.ibanCC) => neg("iban-checksum", v.badIban(rng, cc)),
    date: () => neg("date", loc.date(rng)),
    time: () => neg("time", loc.time(rng)),
    money: () => neg("amount", loc.money(rng)),
    word: (w: string) => neg("name-word", w),
    member: () => neg("member-number", lk.member(rng)),
    student: () => neg("student-number", lk.student(rng)),
    applicant: () => neg("applicant-id", lk.applicant(rng)),
    course: () => neg("course-code", lk.course(rng)),
    room: () => neg("room-number", lk.room(rng)),
    locker: () => neg("locker-number", lk.locker(rng)),
    ref: () => neg("appointment-ref", lk.apptRef(rng)),
    invoice: () => neg("invoice", lk.invoice(rng)),
    grade: () => neg("grade", lk.grade(rng)),
    postcode: () => neg(loc.id === "en-IN" ? "pin-code" : "postcode", lk.postcode(rng, loc.id)),
    taxId: () => neg("tax-id", lk.taxId(rng, loc.lang)),
    emoji: () => rng.pick(EMOJI),
    accent: () => rng.pick(ACCENT),
    /** The market's bank routing code, written as there: sort code, BSB, IFSC, branch, routing number. */
    bank: (): Piece[] => {
      switch (loc.id) {
        case "en-GB": return ["sort code ", neg("sort-code", lk.sortCode(rng))]
        case "en-AU": return ["BSB ", neg("bsb", lk.bsb(rng))]
        case "en-NZ": return ["account ", neg("bank-account", lk.nzBank(rng))]
        case "en-IN": return ["IFSC ", neg("bank-code", lk.ifsc(rng))]
        case "en-ZA": return ["branch code ", neg("bank-code", lk.zaBranch(rng))]
        default: return ["routing no. ", neg("bank-code", lk.routing(rng))]
      }
    },
    /** The market's national id: an entity for US and UK, a lookalike elsewhere. */
    natId: (): Piece[] => {
      switch (loc.id) {
        case "en-US": return [rng.pick(["SSN ", "social security number ", "SS# ", "Social Security no. "]), ent("US_SSN", v.ssn(rng))]
        case "en-GB": return [rng.pick(["NI number ", "National Insurance number ", "NINO: ", "NI no. "]), ent("UK_NINO", v.nino(rng))]
        case "en-IN": return ["Aadhaar ", neg("aadhaar", lk.aadhaar(rng))]
        case "en-ZA": return ["ID number ", neg("za-id", lk.zaId(rng))]
        case "en-AU": return ["TFN ", neg("tax-id", `${v.digits(rng, 3)} ${v.digits(rng, 3)} ${v.digits(rng, 3)}`)]
        default: return ["IRD ", neg("tax-id", `${v.digits(rng, 3)}-${v.digits(rng, 3)}-${v.digits(rng, 3)}`)]
      }
    },
    pin: () => neg("pin-code", lk.pinCode(rng)),
    nhs: () => neg("health-number", `${v.digits(rng, 3)} ${v.digits(rng, 3)} ${v.digits(rng, 4)}`),
  }
}

export type Ctx = ReturnType<typeof createCtx>
