// The value slots a template may use, each drawn in the scene: labels (PHONE, EMAIL, CARD, IBAN, US_SSN, UK_NINO,
// IP_ADDRESS) and lookalikes (dates, times, amounts, postcodes, masked cards, expiries, versions, case numbers,
// invalid twins, the businesses' own numbers and their words).
import { EXTRA } from "./biz.ts"
import { phoneIn, digitsOf } from "./checks.ts"
import { ent, neg, plain, type Seg } from "./draft.ts"
import { NAMES } from "./people.ts"
import { personalEmail, staffEmail } from "./people.ts"
import type { Scene } from "./scene.ts"
import { amount, caseNumber, cardDigits, dateText, expiry, ibanInvalid, ibanOf, ip, luhnInvalid, masked, nino, ninoInvalid, randomTime, ssn, ssnInvalid, version, writeCard, writeIban } from "./values.ts"

/** Name-words by locale: names in the locale's lists that texts also use as ordinary words. */
export const NAMEWORDS: Record<string, string[]> = Object.fromEntries(Object.entries(NAMES).map(([t, ns]) => [t, ns.words.split(",")]))

const cardOf = (s: Scene) => {
  const k = s.r.pick(["visa", "visa", "mc", "mc", "amex", "discover"] as const)
  return cardDigits(s.r, k)
}
const lastCard = new WeakMap<Scene, string>()
/** A lookalike drawn again until, where it is digits only, it is no valid phone in the text's country. */
function notPhone(s: Scene, kind: string, draw: () => string): Seg[] {
  for (;;) {
    const v = draw()
    if (digitsOf(v).length < 6 || !/^[\d ./()-]+$/.test(v) || !phoneIn(v, s.loc.cc)) return [neg(kind, v)]
  }
}
function bank(s: Scene): Seg[] {
  for (;;) {
    const segs = s.loc.bank!(s.r)
    if (segs.every((x) => !x.neg || !phoneIn(x.t, s.loc.cc))) return segs
  }
}
function ibanCountry(s: Scene): string {
  const [own, ...near] = s.loc.ibans!
  return near.length && s.r.chance(0.3) ? s.r.pick(near) : own!
}
const word = (s: Scene, k: "r1" | "r2" | "rd" | "x") => s.pack.bizw[s.biz.key][k]
const bizNeg = (s: Scene, [kind, draw]: [string, (r: Scene["r"]) => string]): Seg[] => {
  const v = draw(s.r)
  return [neg(kind, s.kind === "transcript" ? v.toLowerCase() : v)]
}

export const VALUES: Record<string, (s: Scene) => Seg[]> = {
  ph: (s) => s.phoneSlot("ph"), ph2: (s) => s.phoneSlot("ph2"), tph: (s) => s.phoneSlot("tph"), kph: (s) => s.phoneSlot("kph"),
  phs: (s) => s.saidSlot("ph"), phs2: (s) => s.saidSlot("ph2"),
  phfix: (s) => s.fixSlot(false), phsfix: (s) => s.fixSlot(true),
  bph: (s) => [ent("PHONE", s.bizLineText())],
  em: (s) => [ent("EMAIL", personalEmail(s.people.C, s.r))],
  aem: (s) => [ent("EMAIL", staffEmail(s.people.A, s.biz.domain))],
  rem: (s) => [ent("EMAIL", `${s.r.pick(s.biz.boxes)}@${s.biz.domain}`)],
  card: (s) => {
    const d = cardOf(s)
    lastCard.set(s, d)
    return [ent("CARD", writeCard(s.r, d))]
  },
  mask: (s) => [neg("masked-card", masked(s.r, (lastCard.get(s) ?? cardDigits(s.r, "visa")).slice(-4)))],
  exp: (s) => [neg("card-expiry", expiry(s.r))],
  luhnx: (s) => [neg("luhn-invalid", luhnInvalid(s.r))],
  iban: (s) => [ent("IBAN", writeIban(ibanOf(s.r, ibanCountry(s)), s.ibanForm()))],
  ibanx: (s) => [neg("iban-checksum", writeIban(ibanInvalid(s.r, s.loc.ibans![0]!), s.r.chance(0.5) ? "grouped" : "compact"))],
  acct: (s) => bank(s),
  bankw: (s) => [plain(s.loc.ibans ? s.pack.w.iban : s.pack.w.acct)],
  bankx: (s) => (s.loc.ibans ? VALUES.ibanx!(s) : bank(s).filter((x) => x.neg).slice(-1)),
  ssn: (s) => [ent("US_SSN", ssn(s.r))], ssnx: (s) => [neg("ssn-invalid", ssnInvalid(s.r))],
  nino: (s) => [ent("UK_NINO", nino(s.r))], ninox: (s) => [neg("nino-invalid", ninoInvalid(s.r))],
  ip: (s) => [ent("IP_ADDRESS", ip(s.r))],
  ver: (s) => [neg("version", version(s.r))],
  date: (s) => [neg("date", dateText(s.r, s.loc))],
  dob: (s) => [neg("date", dateText(s.r, s.loc, true))],
  wdate: (s) => [neg("date", dateText(s.r, s.loc, false, { dateStyle: "short" }))],
  time: (s) => [neg("time", randomTime(s.r, s.loc))],
  clk: (s) => s.tick(), off: (s) => s.off(),
  amt: (s) => [neg("amount", amount(s.r, s.loc))],
  pc: (s) => notPhone(s, "postcode", () => s.loc.postcode!(s.r)),
  pcw: (s) => [plain(s.loc.words?.pc ?? s.pack.w.pc)],
  case: (s) => notPhone(s, "case-number", () => caseNumber(s.r)),
  biz: (s) => [plain(s.biz.name)], bizs: (s) => [plain(s.biz.short)],
  what: (s) => [plain(s.pack.bizw[s.biz.key].what)],
  r1: (s) => bizNeg(s, s.biz.r1), r2: (s) => bizNeg(s, s.biz.r2), rd: (s) => bizNeg(s, s.biz.rd), x: (s) => bizNeg(s, EXTRA[s.biz.key]),
  r1l: (s) => [plain(word(s, "r1"))], r2l: (s) => [plain(word(s, "r2"))], rdl: (s) => [plain(word(s, "rd"))], xl: (s) => [plain(word(s, "x"))],
}
