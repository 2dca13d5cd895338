import { DATE_OR_ROUND } from "./phone-shapes.ts"

// A note's or a receipt's caller key whose value is a number alone, or a name and then the number, to the line's or the
// sentence's end: the caller's phone (`Caller: 2014424910. it's about …`, `Customer: WHITCOMBE Junhao  2017049388`,
// `Καλών: 6912846534.`). The key opens its line and is written as a key is, capitalised or in capitals: a transcript
// tags its speaker in lower case, and what the speaker says next may be an order's number (`dzwoniący: 2370997407 a
// telefon …`), which goes on after it.

const KEYS = [
  "Caller", "Customer", "Client", "Anrufer", "Kunde", "Appelant", "Llamante", "Chiamante", "Beller", "Klant", "Dzwoniący",
  "Volající", "Uppringare", "Arayan", "Müşteri", "Helistaja", "Soittaja", "Pozivatelj", "Pozivalac", "Apelant", "Καλών",
  "Πελάτης", "Звънящ", "Klient", "Cliente", "Hívó", "Ügyfél", "Asiakas", "Kund", "Chamador", "Hringjandi", "Innringer", "Innringar",
  "Opkalder", "Zvanītājs", "Skambintojas", "Volajúci", "Klicatelj",
]
const KEY = KEYS.flatMap((k) => [k, k.toUpperCase()]).join("|")
// From the line's start to the number: a list's bullet maybe, the key, a colon (in bold or not), then up to three
// capitalised words of a name (surname first after a comma: `**Chamador:** Rodrigues, Rodrigo (912378279)`), the number
// in brackets then.
const BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:[-–•·*][ \t]+)?(?:[*_]{1,2})?(?:${KEY})[ \t]*(?:[*_]{1,2})?:[ \t]*(?:[*_]{1,2}[ \t]*)?(?:\p{Lu}[\p{L}\p{M}'’-]*,?[ \t]+){0,3}\(?$`, "u")
// A dialogue's agent-side speaker tag at a line's start: there `Customer:` tags a speaker too, who may be answering a
// question for some other number (`Agent: Can I get the account number …?⏎Customer: 31926819`).
const AGENT_TAG = /(?:^|\n)[ \t]*(?:agent|rep|representative|advisor|adviser|operator|bot|assistant|support|csr|mitarbeiter|mitarbeiterin|berater|beraterin|conseiller|conseillère|agente|medewerker|operatore|operatrice|operador|operadora|atendente|handläggare|rådgiver|rådgivare|konsulent|konsultant|doradca|temsilci|υπάλληλος|оператор|консултант)(?![\p{L}\p{N}])[^:\n]{0,30}:/iu
// A message's sender header whose address is the caller's number (`De: Jorge Fernández Iglesias <723818818>`, as a
// voicemail or an SMS gateway writes it): a sender's key opening its line, a display name, the number in angle brackets.
const SENDER_BEFORE = /(?:^|\n)[ \t]*(?:From|De|Von|Da|Van|Fra|Från|Od|Από|От|Kimden|Lähettäjä|Saatja|Feladó|Expeditor)[ \t]*:[ \t]*(?:"?\p{Lu}[\p{L}\p{M}'’.-]*"?[ \t]+){1,4}<$/u
// After the number: the line's end, or a sentence's.
const AFTER = /^\)?[ \t]*(?:[.;]?[ \t]*\r?$|[.;][ \t])/

/**
 * Whether the number at `start`-`end` is the whole value of a caller's key (see above). A date written as one number
 * (`Kunde: Ingrid Solberg (20241130)`) or a round sum (`(4500000)`) is a record's date or an amount, not the caller's phone.
 */
export function callerKeyValue(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1)
  if (start - lineStart > 80 || DATE_OR_ROUND.test(text.slice(start, end))) return false
  if (text.charCodeAt(end) === 62 && SENDER_BEFORE.test(text.slice(Math.max(0, lineStart), start))) return true
  const lineEnd = text.indexOf("\n", end)
  if (!AFTER.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd)) || !BEFORE.test(text.slice(Math.max(0, lineStart), start))) return false
  // The dialogue's other speaker is tagged near it, a few lines before or after.
  return !AGENT_TAG.test(text.slice(Math.max(0, start - 300), Math.min(text.length, end + 300)))
}
