import { int, pick, type Rng } from "./random.ts"

interface Person {
  firstName: string
  lastName: string
  email: string
  phone: string
}

/** A number as people type it: E.164, international with spaces, or national (trunk 0; US as (xxx) xxx-xxxx). */
function written(r: Rng, e164: string): string {
  const cc = ["1", "44", "49", "33", "61"].find((c) => e164.startsWith(`+${c}`)) ?? ""
  const national = e164.slice(1 + cc.length)
  const style = int(r, 0, 2)
  if (style === 0) return e164
  if (cc === "1") return style === 1 ? `+1 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}` : `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`
  const grouped = `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`
  return style === 1 ? `+${cc} ${grouped}` : `0${grouped}`
}

/**
 * Moves random digits into the country's real mobile (US: geographic) ranges, without drawing again
 * from the generator: a recognizer that checks numbering plans finds these numbers in free text.
 */
export function mobileRange(cc: string, national: string): string {
  const d = [...national].map(Number)
  const at = (i: number, digit: number) => (d[i] = digit)
  if (cc === "1") {
    // An area code in use, then NXX-XXXX.
    const area = [212, 312, 415, 617, 206, 303, 512, 602, 713, 404][d[1]! % 10]!
    return `${area}${2 + (d[3]! % 8)}${national.slice(4)}`
  }
  if (cc === "44") {
    at(0, 7)
    at(1, [1, 2, 3, 4, 5, 7, 8, 9][d[1]! % 8]!)
  } else if (cc === "49") {
    // 015x with an eleven-digit national number.
    at(0, 1)
    at(1, 5)
    at(2, [1, 2, 7, 9][d[2]! % 4]!)
  } else if (cc === "33") {
    at(0, 6)
    at(1, [1, 2, 3, 4, 5, 7, 8][d[1]! % 7]!)
  }
  else if (cc === "61") {
    at(0, 4)
    at(1, [0, 1, 2, 3, 8][d[1]! % 5]!)
  }
  return d.join("")
}

/** A second number of the person's country, for the callback note. */
function secondPhone(r: Rng, e164: string): string {
  const cc = ["1", "44", "49", "33", "61"].find((c) => e164.startsWith(`+${c}`)) ?? "44"
  const digits = e164.length - 1 - cc.length
  let national = String(int(r, 2, 9))
  while (national.length < digits) national += String(int(r, 0, 9))
  return `+${cc}${mobileRange(cc, national)}`
}

const grouped = (card: string) => card.replace(/(\d{4})(?=\d)/g, "$1 ")

type Parts = { name: string; email: string; phone: string; invoice: number; card?: string }
const NOTES: ((p: Parts) => string)[] = [
  (p) => `Customer ${p.name} asked about invoice ${p.invoice}. Prefers email: ${p.email}. Mobile ${p.phone}.${p.card ? ` Card ${p.card} was declined twice.` : ""}`,
  (p) => `Kunde ${p.name} fragt nach Rechnung ${p.invoice}. Rückruf unter ${p.phone}, E-Mail ${p.email}.${p.card ? ` Karte ${p.card} wurde abgelehnt.` : ""}`,
  (p) => `Client ${p.name} : question sur la facture ${p.invoice}. Joignable au ${p.phone} ou par mail ${p.email}.${p.card ? ` Carte ${p.card} refusée.` : ""}`,
  (p) => `Cliente ${p.name} pregunta por la factura ${p.invoice}. Su correo es ${p.email} y su teléfono ${p.phone}.${p.card ? ` La tarjeta ${p.card} fue rechazada.` : ""}`,
]
const CALLBACKS: ((name: string, phone: string) => string)[] = [
  (name, phone) => `Call back customer ${name} on ${phone} after 5pm`,
  (name, phone) => `Kunde ${name} bittet um Rückruf unter ${phone}`,
  (name, phone) => `Rappeler le client ${name} au ${phone} demain matin`,
  (name, phone) => `Llamar al cliente ${name} al ${phone} por la tarde`,
]

/**
 * A contact's free text with personal data inside, in one of four languages and several number formats:
 * the note names the person and quotes their email, phone and (sometimes) card; the callback note a second
 * number. `values` lists every personal value written, as written.
 */
export function freeText(r: Rng, p: Person, extra: { invoice: number; card?: string }): { notes: string; callbackNote: string; values: string[] } {
  const lang = int(r, 0, NOTES.length - 1)
  const phone = written(r, p.phone)
  const second = written(r, secondPhone(r, p.phone))
  const card = extra.card && pick(r, [extra.card, grouped(extra.card)])
  const name = `${p.firstName} ${p.lastName}`
  const notes = NOTES[lang]!({ name, email: p.email, phone, invoice: extra.invoice, card })
  const callbackNote = CALLBACKS[lang]!(name, second)
  return { notes, callbackNote, values: [name, p.email, phone, second, ...(card ? [card] : [])] }
}
