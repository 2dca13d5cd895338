import { ORGANISATION_WORDS } from "./organisation-words.ts"

// A note's header names its customer by surname alone, or surname first in capitals (`… — customer KAVANAGH`, `— klant
// Bakker`, `— Kunde Reuter`, `— клиент Димитров`, `— stranka POTOČNIK Žiga`): the customer's word after a dash or a colon,
// then one capitalised word (or a surname in capitals and a given name) ending the line or its clause.

const CUSTOMERS = [
  "customer", "cust", "client", "klant", "kunde", "kundin", "cliente", "clienta", "клиент", "клієнт", "клиентка", "klientas", "klientė", "klients",
  "kliente", "stranka", "viðskiptavinur", "kupac", "bezeroa", "ügyfél", "klient", "klientka", "zákazník", "zákaznice", "asiakas", "kund",
]
const NAME = String.raw`\p{Lu}\p{M}*(?:[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?|[\p{Lu}\p{M}'’-]+)`
// The customer's word in lower case or capitalised, no case-blind flag: that would let `\p{Lu}` match a lower-case verb
// (`Klient twierdzi, że …`).
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1)
const CUSTOMER = CUSTOMERS.flatMap((w) => [w, capitalised(w)]).join("|")
// After a note header's dash only: a line's own opening is a department's (`Customer Care`), and after a key's colon a
// field's value (`Source: Customer Feedback`, `Channel: customer Chat`, `Status: client Outlook`).
const AFTER_CUSTOMER = new RegExp(`[—–][ \\t]*(?:${CUSTOMER})[ \\t]+(${NAME}(?:[ \\t]+\\p{Lu}[\\p{Ll}\\p{M}]+)?)[ \\t]*(?=\\r?\\n|$|[,;)])`, "gu")
const CAPS = /^[\p{Lu}\p{M}'’-]+$/u

/**
 * The surnames a note's header gives after the customer's word (`— customer Tetteh`, `— Kunde Reuter`), and a surname in
 * capitals with its given name after (`— klant BAKKER Marie`). An everyday word or a firm's is none (`customer Service`).
 */
export function customerSurnames(text: string, isOrdinary: (lower: string) => boolean): { start: number; end: number; score: number }[] {
  if (!text.includes("—") && !text.includes("–")) return []
  const found: { start: number; end: number; score: number }[] = []
  for (const m of text.matchAll(AFTER_CUSTOMER)) {
    const name = m[1]!
    const words = name.split(/[ \t]+/)
    // Two words only as a surname in capitals before a given name: `customer Anna Weiss` is the recognizer's own.
    if (words.length === 2 && !CAPS.test(words[0]!)) continue
    // A surname alone in capitals has four letters or more: an acronym is a tier's or a plan's (`customer VIP`, `SLA`).
    if (words.length === 1 && CAPS.test(name) && name.length < 4) continue
    if (words.some((w) => isOrdinary(w.toLowerCase()) || ORGANISATION_WORDS.has(w.toLowerCase()))) continue
    const start = m.index + m[0].indexOf(name, m[0].length - name.length - 2)
    found.push({ start, end: start + name.length, score: 0.8 })
  }
  return found
}
