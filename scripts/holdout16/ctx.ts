// What a template gets: a seeded PRNG and helpers that return labeled slots.
import * as ids from "./ids.ts"
import { INTL, NAMES } from "./names.ts"
import { phone, type Style } from "./phones.ts"
import { ent, neg as rawNeg, type Slot } from "./render.ts"
import type { Rng } from "./rng.ts"
import * as v from "./values.ts"
import { luhnCheckDigit } from "./checks.ts"

export type Person = { first: string; last: string; full: string }

const MONTHS: Record<string, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  pl: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
  cs: ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
  fi: ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
  et: ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"],
}
const DOMAINS: Record<string, string[]> = {
  en: ["gmail.com", "outlook.com", "yahoo.ca", "xtra.co.nz", "btinternet.com", "icloud.com", "shaw.ca", "hotmail.co.uk", "proton.me", "comcast.net"],
  es: ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
  pt: ["gmail.com", "sapo.pt", "hotmail.com", "iol.pt", "outlook.pt"],
  it: ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "alice.it"],
  pl: ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
  cs: ["seznam.cz", "gmail.com", "email.cz", "centrum.cz", "volny.cz"],
  fi: ["gmail.com", "luukku.com", "elisanet.fi", "kolumbus.fi", "outlook.com"],
  et: ["gmail.com", "hot.ee", "mail.ee", "online.ee", "neti.ee"],
}
const pad = (n: number): string => String(n).padStart(2, "0")

// An id of 13-19 digits that happened to pass Luhn would be a fair CARD
// finding; bump its last digit so every such lookalike fails the check.
function notLuhn(s: string): string {
  const d = s.replace(/[ -]/g, "")
  if (!/^\d{13,19}$/.test(d) || luhnCheckDigit(d.slice(0, -1)) !== Number(d.slice(-1))) return s
  const last = s.length - 1
  return s.slice(0, last) + String((Number(s[last]) + 1) % 10)
}

// Polish and Czech surnames agree with the bearer's gender (Nowak either way).
function fitSurname(lang: string, first: string, last: readonly string[]): readonly string[] {
  const female = lang === "pl" ? /a$/.test(first) : lang === "cs" ? /[ae]$/.test(first) : null
  if (female === null) return last
  const fem = lang === "pl" ? /(ska|cka|zka)$/ : /(ová|á)$/
  const fit = last.filter((s) => (female ? fem.test(s) || (lang === "pl" && !/(ski|cki|zki)$/.test(s)) : !fem.test(s)))
  return fit.length > 0 ? fit : last
}

export function createCtx(r: Rng, lang: string) {
  const pool = NAMES[lang] ?? NAMES.en!
  const person = (): Person => {
    const src = r.chance(0.25) ? INTL : pool
    const first = r.pick(src.first)
    const last = r.pick(fitSurname(lang, first, r.chance(0.5) ? src.last : pool.last))
    return { first, last, full: `${first} ${last}` }
  }
  const dateStr = (): string => {
    const y = r.int(2025, 2027), m = r.int(1, 12), d = r.int(1, 28)
    const mon = (MONTHS[lang] ?? MONTHS.en!)[m - 1] as string
    const local: Record<string, string[]> = {
      en: [`${d} ${mon} ${y}`, `${mon} ${d}, ${y}`, `${m}/${d}/${y}`, `${pad(d)}/${pad(m)}/${y}`, `${mon.slice(0, 3)} ${d}`],
      es: [`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon} de ${y}`, `${d}-${m}-${y}`],
      pt: [`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon} de ${y}`, `${pad(d)}-${pad(m)}-${y}`],
      it: [`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon} ${y}`, `${d}.${m}.${y}`],
      pl: [`${pad(d)}.${pad(m)}.${y}`, `${d} ${mon} ${y}`, `${d}.${pad(m)}.${y} r.`],
      cs: [`${d}. ${m}. ${y}`, `${d}. ${mon} ${y}`, `${pad(d)}.${pad(m)}.${y}`],
      fi: [`${d}.${m}.${y}`, `${d}. ${mon} ${y}`, `${pad(d)}.${pad(m)}.${y}`],
      et: [`${pad(d)}.${pad(m)}.${y}`, `${d}. ${mon} ${y}`, `${d}.${m}.${y}`],
    }
    return r.chance(0.15) ? `${y}-${pad(m)}-${pad(d)}` : r.pick(local[lang] ?? local.en!)
  }
  const timeStr = (): string => {
    const h = r.int(0, 23), mi = r.int(0, 59)
    if (lang === "en" && r.chance(0.5)) return `${((h + 11) % 12) + 1}:${pad(mi)} ${h < 12 ? "am" : "pm"}`
    if (lang === "fi" && r.chance(0.4)) return `${h}.${pad(mi)}`
    return r.chance(0.2) ? `${pad(h)}:${pad(mi)}:${pad(r.int(0, 59))}` : `${pad(h)}:${pad(mi)}`
  }
  const amountStr = (): string => {
    const n = r.int(99, 250000) / 100
    const en2 = n.toFixed(2), eu = n.toFixed(2).replace(".", ",")
    const byLang: Record<string, string[]> = {
      en: [`$${en2}`, `CA$${en2}`, `NZ$${en2}`, `£${en2}`, `US$ ${en2}`, `${en2} CAD`, `£${Math.round(n)}`],
      es: [`${eu} €`, `${eu}€`, `€${eu}`], pt: [`${eu} €`, `€ ${eu}`, `${eu} EUR`], it: [`€ ${eu}`, `${eu} €`, `EUR ${eu}`],
      pl: [`${eu} zł`, `${eu} PLN`, `${Math.round(n)} zł`], cs: [`${Math.round(n * 20)} Kč`, `${eu} Kč`, `CZK ${Math.round(n * 20)}`],
      fi: [`${eu} €`, `${eu} e`, `${eu} euroa`], et: [`${eu} €`, `${eu} eurot`, `€${eu}`],
    }
    return r.pick(byLang[lang] ?? byLang.en!)
  }
  const neg = (kind: string, s: string): Slot => rawNeg(kind, notLuhn(s))
  return {
    r, lang, person,
    P: (s: string): Slot => ent("PERSON", s),
    mail: (p: Person): Slot => ent("EMAIL", v.email(r, p.first, p.last, DOMAINS[lang] ?? DOMAINS.en!)),
    role: (local: string, domain: string): Slot => ent("EMAIL", `${local}@${domain}`),
    tel: (region: string, style?: Style): Slot => ent("PHONE", phone(r, region, style)),
    card: (brand?: string): Slot => ent("CARD", v.card(r, brand)),
    iban: (cc: string): Slot => ent("IBAN", v.iban(r, cc)),
    ssn: (): Slot => ent("US_SSN", v.ssn(r)),
    nino: (): Slot => ent("UK_NINO", v.nino(r)),
    ip: (): Slot => ent("IP_ADDRESS", r.chance(0.6) ? v.ipv4(r) : v.ipv6(r)),
    ip4: (): Slot => ent("IP_ADDRESS", v.ipv4(r)),
    ip6: (): Slot => ent("IP_ADDRESS", v.ipv6(r)),
    n: {
      date: (): Slot => neg("date", dateStr()),
      time: (): Slot => neg("time", timeStr()),
      iso: (): Slot => neg("date", `${r.int(2025, 2027)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`),
      amount: (): Slot => neg("amount", amountStr()),
      badCard: (): Slot => neg("luhn-invalid", v.badCard(r)),
      badIban: (cc: string): Slot => neg("iban-checksum", v.badIban(r, cc)),
      badSsn: (): Slot => neg("ssn-invalid", v.badSsn(r)),
      badNino: (): Slot => neg("nino-invalid", v.badNino(r)),
      word: (w: string): Slot => neg("name-word", w),
      player: (): Slot => neg("player-id", ids.playerId(r)),
      account: (): Slot => neg("account-id", ids.accountId(r)),
      txn: (): Slot => neg("transaction-id", ids.transactionId(r)),
      receipt: (): Slot => r.pick([neg("receipt-number", ids.appleOrder(r)), neg("receipt-number", ids.googleOrder(r)), neg("receipt-number", ids.appleReceipt(r))]),
      order: (): Slot => neg("order-number", ids.orderNumber(r)),
      event: (): Slot => neg("event-number", ids.eventNumber(r)),
      barcode: (): Slot => neg("ticket-barcode", ids.barcode(r)),
      seat: (): Slot => neg("seat-code", ids.seat(r)),
      plate: (cc: string): Slot => neg("plate", (ids.plate[cc] ?? ids.plate.GB!)(r)),
      vin: (): Slot => neg("vin", ids.vin(r)),
      lease: (): Slot => neg("lease-contract", ids.leaseContract(r)),
      odo: (unit: "km" | "mi" = "km"): Slot => neg("odometer", ids.odometer(r, unit, unit === "mi" ? "," : r.pick([" ", ".", ""]))),
      pcn: (): Slot => neg("pcn", ids.pcn(r)),
      permit: (): Slot => neg("permit-number", ids.permit(r)),
      bay: (): Slot => neg("bay-zone", ids.bay(r)),
      version: (): Slot => neg("version", ids.version(r)),
      pesel: (): Slot => neg("pesel", ids.pesel(r)),
      rc: (): Slot => neg("birth-number", ids.czechBirthNumber(r)),
      hetu: (): Slot => neg("hetu", ids.hetu(r)),
      isikukood: (): Slot => neg("isikukood", ids.isikukood(r)),
    },
  }
}
export type Ctx = ReturnType<typeof createCtx>
