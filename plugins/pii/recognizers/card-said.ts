import { defineRecognizer, type Candidate } from "../../../core/index.ts"
import { cardIin, luhn } from "./checksums.ts"
import { saidRuns } from "./digit-words.ts"
import { digitWordRun, spokenDigits } from "./spoken-digits.ts"

// A payment card's number said digit by digit, as a call's transcript or an IVR's log writes it (`CALLER: four zero two
// four, zero zero seven one, eight eight three six, five one nine zero`, `cliente: sei zero uno uno, zero zero tre nove, …`):
// 13 to 19 digit words in one language, Luhn-valid and of a card's issuer, with a card named in the 160 units before
// them (the question or the line that asks for it). No phone has that many digits; a said order or account number of
// card length is one in ten by Luhn alone, and the card word and the issuer's prefix rule it out.

// English digit words (and `double`, `triple`) apart by spaces, commas, dots or dashes: 13 digits at least.
const SAID_EN = digitWordRun(9, 19)
// A card's word alone or inside a compound (`kartennummer`, `kortnumret`, `Kreditkartennr`, `kaartnummer`, `kortin numero`).
const CARD_NAMED = /(?<![\p{L}])(?:card|cards|credit|debit|visa|mastercard|master card|amex|maestro|carta|carte|tarjeta|cartão|cartao|pan|karta|kartę|karty|(?:kredit|debit|bank|ec-?|giro)?kart(?:e|en)(?:nummer|nr|daten|inhaber\p{L}*)?|kort(?:et|ti|in|nummer|numret|nr)?|kaart(?:nummer|nr)?|creditcard\p{L}*)(?![\p{L}])/iu
const named = (text: string, start: number) => CARD_NAMED.test(text.slice(Math.max(0, start - 160), start))
const isCard = (digits: string) => digits.length >= 13 && digits.length <= 19 && luhn(digits) && cardIin(digits)

/**
 * Where the card's digits start in a run of digit words ending at `end`: the run itself, or after the first word or two
 * when they are no digit of it (`Use this one, four five three nine, …`, `that's the one, two two …`: "one" a pronoun).
 */
function cardStart(text: string, start: number, end: number): number | undefined {
  const words = [...text.slice(start, end).matchAll(/\p{L}+/gu)]
  for (let drop = 0; drop <= 2 && drop < words.length; drop++) {
    const from = start + words[drop]!.index
    if (drop > 0 && /^(?:double|triple)$/i.test(words[drop - 1]![0])) continue
    if (isCard(spokenDigits(text.slice(from, end)))) return from
  }
  return undefined
}

export const cardSaid = defineRecognizer({
  type: "CARD",
  name: "card-said",
  score: 0.95,
  requires: CARD_NAMED,
  find(text) {
    const found: Candidate[] = []
    for (const m of text.matchAll(SAID_EN)) {
      const end = m.index + m[0].replace(/[ ,.-]+$/, "").length
      const start = cardStart(text, m.index, end)
      if (start !== undefined && named(text, start)) found.push({ start, end, score: 0.95 })
    }
    // The said phone's runs (saidRuns' default), of which a card's are the long ones.
    for (const run of saidRuns(text)) {
      if (run.words >= 13 && run.lang !== "en" && isCard(run.digits) && named(text, run.start)) found.push({ start: run.start, end: run.end, score: 0.95 })
    }
    return found
  },
})
