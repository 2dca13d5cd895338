import { findNumbers, type CountryCode } from "libphonenumber-js/min"
import { contextMatcher, defineRecognizer, phoneRegion, type Candidate, type Recognizer } from "../../../core/index.ts"

/** Regions a national number (no `+` or `00`) is read in when none are configured: North America and western Europe. */
export const DEFAULT_REGIONS = ["US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "NL", "IT"]

const PHONE_WORDS = contextMatcher([
  "phone", "tel", "telephone", "mobile", "mob", "cell", "call", "callback", "call back", "number", "reach", "whatsapp", "sms", "text me", "fax",
  "contact", "kontakt", "durchwahl", "erreichbar", "anrufen", "zurückrufen", "appelez", "appeler", "joindre", "llamarme", "llámame", "llamadme", "bel", "belt", "bellen", "chiamami", "richiamare",
  "telefon", "handy", "rückruf", "nummer", "téléphone", "portable", "numéro", "rappeler", "teléfono", "móvil", "número", "llamar",
  "telefoon", "mobiel", "nummer", "bellen", "telefono", "cellulare", "numero", "chiamare",
])

/** Words that name some other number: an order, a contract, a postcode, an SSN. */
const OTHER_WORDS = contextMatcher([
  "order", "ref", "reference", "invoice", "ticket", "acct", "account", "contract", "case", "tracking", "zip", "postcode", "ssn", "nino", "iban", "card",
  "bestellung", "auftrag", "rechnung", "vertrag", "kundennummer", "plz", "karte", "commande", "facture", "contrat", "référence", "dossier", "carte",
  "pedido", "factura", "contrato", "referencia", "cuenta", "tarjeta", "bestelling", "factuur", "contract", "ordine", "fattura", "contratto", "carta", "pratica",
])

const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/
// Dotted runs that are phone numbers: pairs (06.12.34.56.78) or 3.3.4 (212.555.0147); any other dotted run is a version or an IP.
const DOTTED_PHONE = /^(?:\+\d{1,3}\.?|0)\d{0,3}(?:\.\d{2,4}){2,5}$|^\d{3}\.\d{3}\.\d{4}$/
// Shapes of other numbers: an SSN (3-2-4), a ZIP+4, a 3-3-3 reference.
const OTHER_SHAPES = /^(?:\d{3}[- ]\d{2}[- ]\d{4}|\d{5}-\d{4}|\d{3}-\d{3}-\d{3})$/

/** Why a libphonenumber match is no phone: it is a date, a version, part of a longer number or an id. */
function shapeRejected(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end)
  if (DATE.test(value) || OTHER_SHAPES.test(value)) return true
  // Longer than a national number and not international: a card or an account number.
  if (!/^(?:\+|00)/.test(value) && value.replace(/\D/g, "").length > 12) return true
  if (value.includes(".") && !DOTTED_PHONE.test(value.replace(/\s/g, ""))) return true
  const before = text.slice(Math.max(0, start - 2), start)
  const after = text.slice(end, end + 2)
  // Glued to letters or to more digits (an IBAN, a card, an order id `KD-4481207`, an amount `1.234,56`, a time).
  if (/[\p{L}\p{N}_#]$|[\p{L}\p{N}][-/.:,#]$|[\p{N}][ ]$/u.test(before)) return true
  // Inside a NINO (`AB 12 34 56 C`) or after a two-letter code.
  if (/(?:^|[^\p{L}])\p{Lu}{2} $/u.test(text.slice(Math.max(0, start - 4), start)) || /^ [A-D](?![\p{L}\p{N}])/u.test(after + text.slice(end + 2, end + 3))) return true
  if (/^[\p{L}\p{N}_]|^[-/.:,][\p{L}\p{N}]|^ \p{N}|^[%€$£]|^ ?(?:€|EUR|USD|CHF|GBP|kg|km|Uhr|h\b)/u.test(after + text.slice(end + 2, end + 5))) return true
  return /^[$€£]|[$€£]\s?$/.test(before)
}

/**
 * Phone numbers by Google's numbering plans (libphonenumber-js `findNumbers`),
 * reading national numbers in each of `regions`. What the plans accept but a
 * reader would not call a phone number is dropped: dates, versions and IPs,
 * digits glued to letters or to longer digit runs. A number written without
 * `+`, `00`, a trunk `0` or separators counts only with a phone word nearby.
 */
export function createPhoneRecognizer(regions: readonly string[] = DEFAULT_REGIONS): Recognizer {
  const countries = [...new Set(regions.map((r) => phoneRegion(r)).filter((r): r is CountryCode => !!r))]
  return defineRecognizer({
    type: "PHONE",
    name: "phone",
    score: 0.75,
    *find(text) {
      if (!/\d{2}/.test(text)) return
      const seen = new Set<string>()
      for (const country of countries) {
        for (const m of findNumbers(text, { defaultCountry: country, v2: true, leniency: "VALID" } as never) as unknown as Array<{ startsAt: number; endsAt: number }>) {
          const key = `${m.startsAt}:${m.endsAt}`
          if (seen.has(key)) continue
          seen.add(key)
          const value = text.slice(m.startsAt, m.endsAt)
          if (shapeRejected(text, m.startsAt, m.endsAt)) continue
          const near = PHONE_WORDS.test(text.slice(Math.max(0, m.startsAt - 40), m.startsAt))
          if (!near && OTHER_WORDS.test(text.slice(Math.max(0, m.startsAt - 25), m.startsAt))) continue
          // A bare digit run without a trunk 0 (an order number, as often as a phone) needs a phone word nearby.
          const plain = /^[1-9]\d*$/.test(value)
          yield { start: m.startsAt, end: m.endsAt, score: plain ? (near ? 0.6 : 0.3) : near ? 0.85 : 0.75 } satisfies Candidate
        }
      }
    },
  })
}
