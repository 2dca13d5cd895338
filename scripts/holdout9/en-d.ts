// Country-only English templates: US callers with SSNs, UK callers with
// NINOs, Irish callers with cards and IBANs; and their invalid lookalikes.
import { neg, t } from "./render"
import { T, type Template } from "./template"

/** SSN-shaped but never issued: area 000, 666 or 9xx, or serial 0000. */
const badSsn = (c: { r: { pick: <T>(l: T[]) => T; digits: (n: number) => string; int: (a: number, b: number) => number } }) => {
  const r = c.r
  const area = r.pick(["000", "666", String(r.int(900, 999))])
  return neg("ssn-invalid", `${area}-${r.digits(2).replace("00", "17")}-${r.pick(["0000", r.digits(4).replace("0000", "4821")])}`)
}
/** NINO-shaped with a prefix never allocated. */
const badNino = (c: { r: { pick: <T>(l: T[]) => T; digits: (n: number) => string } }) =>
  neg("nino-invalid", `${c.r.pick(["QQ", "GB", "BG", "NK", "TN", "ZZ", "DA", "FY"])}${c.r.digits(6)}${c.r.pick(["A", "B", "C", "D"])}`)

export const EN_US: Template[] = [
  T("damage", (c) => {
    const p = c.person()
    return t`Accident claim intake ${c.claim()}\nName: ${p.full()}\nSSN: ${c.ssn()}\nDOB: ${c.date()}\nPhone: ${c.phone("national")}\nVehicle: ${c.word("Ford")} Escape, VIN ${c.vin()}, plate ${c.plate()}\nLocation: ${c.road()}, ${c.gps()}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Hi ${p.first()}, for the damage waiver refund our insurer needs your social security number. You sent ${badSsn(c)}, which can't be right (no SSN starts that way) — could you check? Your earlier reply with ${c.ssn()} went to the wrong claim, ${c.claim()}. Thanks, ${c.person().first()}`
  }),
  T("breakdown", (c) => {
    const p = c.person(0.2)
    return t`caller: ya this is ${p.lower()} the tire blew on ${c.road()} agent: im sorry to hear that are you safe caller: yeah pulled over agent: to open the roadside claim i need the last four or the full social caller: full is ${c.ssn()} agent: thank you and a callback caller: ${c.phone()}`
  }),
]

export const EN_GB: Template[] = [
  T("damage", (c) => {
    const p = c.person()
    return t`Claim ${c.claim()} — third party details\nDriver: ${p.full()}\nNI number: ${c.nino()}\nTel: ${c.phone()}\nVehicle: ${c.plate()} (${c.word("Ford")} Fiesta), ${c.mileage()}\nIncident: ${c.date()} ${c.time()}, ${c.road()}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Mr ${p.last()} says his employer's expenses form needs his NI no. on the invoice. He gave ${c.nino()}; the one on the old folio, ${badNino(c)}, is a placeholder from the booking system. Invoice ${c.invoice()} reissued for ${c.amount()}.`
  }),
  T("handover", (c) => {
    const p = c.person()
    return t`Late check-in tonight: ${p.full()}, room ${c.room()}, paying by bank transfer from ${c.iban()}. Company wants national insurance number ${c.nino()} on the receipt — done. ${c.word("Victoria")} station taxi booked for ${c.time()}.`
  }),
]

export const EN_IE: Template[] = [
  T("invoice", (c) => {
    const p = c.person()
    return t`A chara,\n\nPlease refund the deposit of ${c.amount()} to ${c.iban()} — the card ${c.card()} has since been cancelled. Booking ${c.res()}, Eircode ${c.postcode()}.\n\nGo raibh maith agat,\n${p.full()}\n${c.phone("national")}`
  }),
  T("breakdown", (c) => {
    const p = c.person(0.2)
    return t`[asr] caller: howya its ${p.lower()} im stuck on the ${c.road()} the clutch is gone agent: are ye off the road caller: on the hard shoulder agent: reg caller: ${c.plate()} agent: number caller: ${c.phone()} agent: grand someone will be with you by ${c.time()}`
  }),
]
