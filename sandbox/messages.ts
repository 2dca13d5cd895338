import { cardNumber, int, pick, rng, type Rng } from "./random.ts"

/** What a chat message needs of its contact's person. */
export interface ChatPerson {
  firstName: string
  lastName: string
  email: string
  /** E.164, e.g. +4915112345678. */
  phone: string
}

/** One generated message text, with the personal values seeded into it (for tests that look for them in outputs). */
export interface ChatText {
  content: string
  pii: string[]
}

const LANGS = ["en", "de", "fr", "es", "it", "nl"] as const
type Lang = (typeof LANGS)[number]

// Customer lines per language: {name} {email} {phone} {card} {iban} are filled in.
const CUSTOMER: Record<Lang, string[]> = {
  en: ["Hi, this is {name}, my email is {email}", "You can call me back on {phone} after 5pm 🙂", "My card is {card}, please refund the order", "Please send it to {iban}, thanks"],
  de: ["Hallo, hier ist {name}. Meine E-Mail: {email}", "Rufen Sie mich bitte unter {phone} zurück.", "Meine Karte ist {card}, bitte erstatten.", "Überweisen Sie es bitte auf {iban}."],
  fr: ["Bonjour, c'est {name}, mon adresse est {email}", "Vous pouvez me rappeler au {phone} ☎️", "Ma carte bancaire : {card}", "Mon IBAN est {iban}, merci d'avance"],
  es: ["Hola, soy {name}; mi correo es {email}", "Llámeme al {phone}, por favor", "Mi tarjeta es {card}", "Mi cuenta es {iban}, gracias"],
  it: ["Ciao, sono {name}, la mia email è {email}", "Può richiamarmi al {phone}?", "La mia carta è {card}", "Il mio IBAN è {iban}"],
  nl: ["Hoi, met {name}, mijn e-mail is {email}", "Bel me terug op {phone} alstublieft", "Mijn kaart is {card}", "Mijn rekening is {iban}, dank je"],
}

// Agent lines with no personal data, and words that look like names or numbers that are not ("May", "Will", order numbers).
const AGENT = [
  "Thanks, we are looking into it.",
  "Order 4411-2290-7731 shipped on 12 May; tracking 1Z999AA10123456784.",
  "Will do! Your ticket number is 5512 0034 1187 2290.",
  "Danke, wir kümmern uns darum. Version 2.14.3 ist installiert.",
  "Merci, le montant de 1 249,00 € a été remboursé à 14:05.",
]

/** A Luhn-valid 16-digit test card number (the 4111 11 test range), in groups of four. */
const card = (r: Rng): string => cardNumber(r).replace(/(\d{4})(?=\d)/g, pick(r, ["$1 ", "$1-"]))

/** A German IBAN with valid mod-97 check digits, printed in groups of four. */
function iban(r: Rng): string {
  const bban = Array.from({ length: 18 }, () => int(r, 0, 9)).join("")
  // DE = 13 14; the check digits make (bban + "131400") mod 97 equal 1.
  const check = 98 - Number(BigInt(`${bban}131400`) % 97n)
  return `DE${String(check).padStart(2, "0")}${bban}`.replace(/(.{4})(?=.)/g, "$1 ")
}

/** The phone number written as people write it: E.164, spaced, or with 00 for +. */
function phoneAs(r: Rng, e164: string): string {
  const digits = e164.slice(1)
  const split = (s: string) => s.replace(/(\d{3})(?=\d{3})/g, "$1 ")
  const cc = digits.startsWith("1") ? "1" : digits.slice(0, 2)
  const national = digits.slice(cc.length)
  return pick(r, [e164, `+${cc} ${split(national)}`, `00${cc} ${national}`])
}

/**
 * The text of message `m` of contact `index`, deterministic in (seed, index, m) and apart from the
 * generator that picks the people, so adding PII to messages moves no other generated value. Inbound
 * (customer) messages quote the person's name, email, phone, a card or an IBAN in one of six
 * languages; outbound (agent) ones hold none, though some look as if they might.
 */
export function chatText(seed: number, index: number, m: number, person: ChatPerson, inbound: boolean): ChatText {
  const r = rng((seed * 104_729 + index * 31 + m) >>> 0)
  if (!inbound) return { content: pick(r, AGENT), pii: [] }
  const lang = pick(r, LANGS)
  const template = m === 0 ? CUSTOMER[lang][0]! : pick(r, CUSTOMER[lang])
  const values: Record<string, string> = { name: `${person.firstName} ${person.lastName}`, email: person.email }
  const pii: string[] = []
  const content = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = (values[key] ??= key === "phone" ? phoneAs(r, person.phone) : key === "card" ? card(r) : iban(r))
    pii.push(value)
    return value
  })
  return { content, pii }
}
