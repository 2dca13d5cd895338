import { phraseAlternation } from "../../../core/index.ts"
import { ANSWERING_PHONE } from "./person-cues.ts"
import { ORGANISATION_WORDS } from "./organisation-words.ts"
import { roleMailboxName } from "./person-role-mailbox.ts"

// A call's opening by its desk: the agent's speaker tag, maybe a greeting, the company's name, then the agent naming
// themself (`Agent: Harbour Gas and Water, Quang speaking.`, `Saksbehandler: Nordlys Bilutleie, du snakker med Vegard`,
// `Klienditeenindaja: Linna Soojus, räägib Jaan`). The capitalised words before the agent's name are the desk's.

// The tag opening the line (after a stamp or emoji), then a greeting of the desk's own (`Good morning, …`).
const TAG_BEFORE = /^[^\p{L}\p{N}\n]*(?:\[[^\]\n]*\][ \t]*)?\p{L}[\p{L} -]{0,30}:[ \t]*$/u
const GREETED_BEFORE = /^[^\p{L}\p{N}\n]*(?:\[[^\]\n]*\][ \t]*)?\p{L}[\p{L} -]{0,30}:[ \t]*(?:good (?:morning|afternoon|evening)|thanks for calling|thank you for calling|welcome to|buenos días|buenas tardes|bom dia|boa tarde|bonjour|guten (?:tag|morgen)|god (?:morgen|dag)|dobar dan|dobrý deň|dzień dobry|hyvää päivää|tere päevast)[,!]?[ \t]*$/iu
// After the company's name (the rest of it, `and Water`, then a comma): the agent's introduction, or a word and the
// verb of one answering the phone (`Quang speaking`, `Fatmir am Apparat`, `Aino puhelimessa`).
const AGENT_AFTER = new RegExp(`^, [^\\p{L}\\n]{0,12}(?:(?:my name's|my name is|this is|you're through to|you're speaking (?:to|with)|du snakker med|du taler med|du pratar med|det er|det är|le atiende|le habla|habla|räägib|sie sprechen mit|vous parlez avec|vous êtes bien|je spreekt met|u spreekt met|parla|fala|puhut|mówi|govori|hovorí|на зв'язку)|\\p{L}[\\p{L}\\p{M}'’-]* (?:${ANSWERING_PHONE}|у телефона))(?![\\p{L}])`, "iu")

// An agent's tag (its role, maybe its name), a greeting, and the firm answering, all the utterance
// (`Agent Beau Haskins: Hi, Dierenkliniek Oost.`, `Konsultant: Dzień dobry, International Student Support.`). A customer's
// tag greets the agent by name (`Customer: Hi, Anouk.`): not the desk. A greeting that answers the phone, not a thanks
// (`Agent: Thanks, Arif.` closes the call on the customer's name).
const ANSWERING = ["hi", "hello", "hey", "good morning", "good afternoon", "good evening", "hallo", "grüß gott", "servus", "guten tag", "guten morgen",
  "moin", "bonjour", "bonsoir", "salut", "hola", "buenos días", "buenas tardes", "buenas", "goedemorgen", "goedemiddag", "goedendag", "dag", "hoi",
  "ciao", "buongiorno", "buonasera", "salve", "olá", "oi", "bom dia", "boa tarde", "hej", "hejsan", "hallå", "god morgon", "god dag", "goddag",
  "god morgen", "hei", "moi", "terve", "hyvää päivää", "huomenta", "dzień dobry", "witam", "dobrý den", "dobrý deň", "ahoj", "bună ziua", "bună",
  "dobar dan", "bok", "zdravo", "dober dan", "jó napot", "szia", "merhaba", "γεια σας", "καλημέρα", "καλησπέρα", "labdien", "sveiki", "labas",
  "laba diena", "tere", "tere päevast", "здравейте", "добър ден", "добар дан", "здраво", "добрий день", "вітаю", "halló", "góðan dag", "góðan daginn"]
export const CUSTOMERS = /^(?:customer|caller|client|cliente|clienta|klant|kunde|kundin|kund|klient|klientka|klientas|klientė|klijent|zákazník|zákaznice|asiakas|korisnik|korisnica|ügyfél|müşteri|клиент|клієнт|клієнтка|корисник|корисница|πελάτης|πελάτισσα|viðskiptavinur)$/iu
const GREETING_TAG = new RegExp(`^[^\\p{L}\\p{N}\\n]*(?:\\[[^\\]\\n]*\\][ \\t]*)?(\\p{L}+)[\\p{L} -]{0,36}:[ \\t]*(?:${phraseAlternation(ANSWERING)})[,!]?[ \\t]+$`, "iu")
const FIRM_TO_END = /^(?:[ \t]+(?:&|\p{Lu}[\p{L}\p{M}'’-]*))*[.!]?[ \t]*(?:\n|$)/u
function greetedDesk(text: string, line: number, start: number, end: number): boolean {
  // The utterance's end first (most names have more after them), and a tag and greeting fit in 80 units.
  if (start - line > 80 || !FIRM_TO_END.test(text.slice(end, end + 60))) return false
  const tag = GREETING_TAG.exec(text.slice(line, start))
  return tag !== null && !CUSTOMERS.test(tag[1]!)
}

/** Whether the run `start..end` is the desk's name at a call's opening, before its agent names themself. */
export function deskOpening(text: string, line: number, start: number, end: number, known: boolean): boolean {
  if (!known && greetedDesk(text, line, start, end)) return true
  // The comma first (most names have none within 40 units on their line), then what follows it.
  let comma = end
  while (comma < end + 40 && comma < text.length && text.charCodeAt(comma) !== 44 && text.charCodeAt(comma) !== 10) comma++
  if (text.charCodeAt(comma) !== 44) return false
  const before = text.slice(line, start)
  if (!AGENT_AFTER.test(text.slice(comma, comma + 50))) return !known && AGENT_NAME_ENDS.test(text.slice(comma, comma + 30)) && agentTag(before)
  return TAG_BEFORE.test(before) || (!known && GREETED_BEFORE.test(before))
}

// Or the agent's given name alone, ending the line (`Þjónustufulltrúi: Flutningar Snöggt, Sigurður`), after an agent's tag:
// a customer's tag before a name and a word is the customer and a town (`Customer: Peter Hansen, Oslo`).
const AGENT_NAME_ENDS = /^, [^\p{L}\n]{0,12}\p{Lu}[\p{Ll}\p{M}'’-]+[.!]?[ \t]*(?:\n|$)/u
const AGENT_TAG = /^[^\p{L}\p{N}\n]*(?:\[[^\]\n]*\][ \t]*)?(\p{L}+):[ \t]*$/u
const agentTag = (before: string) => {
  const tag = AGENT_TAG.exec(before)
  return tag !== null && !CUSTOMERS.test(tag[1]!) && AGENTS.test(tag[1]!)
}
const AGENTS = /^(?:agent|agente|rep|advisor|operator|operatore|operatrice|operador|operadora|operátor|operátorka|operaator|оператор|оператер|operater|medewerker|mitarbeiter|mitarbeiterin|sachbearbeiter|sachbearbeiterin|berater|beraterin|conseiller|conseillère|atendente|assistente|consultor|consultora|konsultant|konsultantka|handläggare|rådgivare|rådgiver|medarbejder|saksbehandler|kundebehandler|asiakaspalvelija|klienditeenindaja|ügyintéző|temsilci|υπάλληλος|þjónustufulltrúi)$/iu

// The question a desk answers the phone or a chat with, in the corpora's languages (`…, how can I help?`, `…, que puis-je
// faire pour vous ?`, `…, kuidas saan aidata?`), matched as written: the desk's name is told by its capitals.
const HELP = ["how can I help", "how may I help", "how can we help", "how can I assist", "how may I assist", "what can I do for you",
  "que puis-je faire pour vous", "comment puis-je vous aider", "en quoi puis-je vous aider", "wie kann ich", "was kann ich für Sie tun",
  "come posso aiutarla", "come posso aiutarti", "come posso aiutarvi", "in cosa posso aiutarla", "in cosa posso aiutarti", "em que posso ajudar", "como posso ajudar", "en qué le puedo ayudar", "en qué puedo ayudar",
  "cómo le puedo ayudar", "cómo puedo ayudar", "hoe kan ik", "waarmee kan ik", "hur kan jag hjälpa", "vad kan jag hjälpa", "hvordan kan jeg",
  "hva kan jeg hjelpe", "miten voin auttaa", "kuinka voin auttaa", "miten voin palvella", "kuidas saan aidata", "kuidas saan abiks olla",
  "jak mogę pomóc", "w czym mogę pomóc", "jak vám mohu pomoci", "jak vám můžu pomoct", "s čím vám mohu pomoci", "ako vám môžem pomôcť",
  "cu ce vă pot ajuta", "cu ce te pot ajuta", "kako vam mogu pomoći", "kako vam lahko pomagam", "miben segíthetek", "nasıl yardımcı olabilirim",
  "size nasıl yardımcı olabilirim", "πώς μπορώ να βοηθήσω", "πώς μπορώ να σας βοηθήσω"]
// A desk's name of two capitalised words or more, after a greeting's comma or `through to` / `this is` / `tu` …, maybe a
// lower-case word of its own (`Northstar Lotteries klienditugi`), then a comma and the question: the desk answering
// (`Hello, you're through to Kestrel Mobile, how can I help?`). One word is left alone: an agent naming themself
// (`you're through to Sam, how can I help?`) or greeting the customer (`Hello, Ana, how can I help?`).
// Not the pronoun (`Hi, I'm Sarah, how can I help?` is Sarah, not a desk named "I'm Sarah").
const FIRM_WORD = String.raw`(?!I(?:['’]\p{Ll}{1,2})?(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}'’-]*`
const DESK_HELP = new RegExp(String.raw`(?:[,:!.][ \t]*|(?:through to|[Ww]elcome to|calling|contacting|this is|tu|ici|c'est|hier ist)[ \t]+)(${FIRM_WORD}(?:[ \t]+(?:&[ \t]+)?${FIRM_WORD}){1,4})(?:[ \t]+\p{Ll}+)?,[ \t]*(?:${phraseAlternation(HELP)})(?![\p{L}])`, "gu")

/**
 * The names a desk answers with in `text` (DESK_HELP), each found once. One opening with a listed first name is the agent's
 * own (`Kaskade, dzień dobry, Grzegorz Kowalczyk, w czym mogę pomóc?`) unless a firm's word is in it (`Grace Dental`).
 */
function deskNames(text: string, isFirst: (lower: string) => boolean): string[] {
  const names = new Set<string>()
  for (const m of text.matchAll(DESK_HELP)) {
    const words = m[1]!.toLowerCase().split(/[ \t]+/)
    if (!isFirst(words[0]!) || words.some((w) => ORGANISATION_WORDS.has(w))) names.add(m[1]!)
  }
  return [...names]
}

/**
 * `found` less the names inside the desk's name wherever it stands: a desk that answered with its name is the same desk in
 * a chat's speaker tag (`Nia (Kestrel Mobile):`, `Kestrel Mobile: Thanks.`) and at a letter's head, not a person.
 */
export function withoutDesks<T extends { start: number; end: number }>(text: string, found: T[], isFirst: (lower: string) => boolean): T[] {
  if (!found.length) return found
  // A desk's display name before its role mailbox is the desk wherever it stands (`Hi Lotline Auctions,` under `To: Lotline
  // Auctions <desk@lotline-auctions.example>`).
  const mailboxes: string[] = []
  if (text.includes("@")) {
    found = found.filter((f) => {
      if (!roleMailboxName(text, f.start, f.end, isFirst)) return true
      mailboxes.push(text.slice(f.start, f.end))
      return false
    })
  }
  const desks = taggedDesks(text, found, isFirst)
  if (text.includes("@") || text.includes("://") || text.includes("www.")) for (const desk of domainDesks(text, found, isFirst)) if (!desks.includes(desk)) desks.push(desk)
  for (const desk of mailboxes) if (!desks.includes(desk)) desks.push(desk)
  if (/,[ \t]*\p{L}/u.test(text)) for (const desk of deskNames(text, isFirst)) if (!desks.includes(desk)) desks.push(desk)
  if (!desks.length) return found
  const spans: [number, number][] = []
  for (const desk of desks) for (let at = text.indexOf(desk); at >= 0; at = text.indexOf(desk, at + 1)) spans.push([at, at + desk.length])
  return found.filter((f) => !spans.some(([s, e]) => f.start >= s && f.end <= e)).map((f) => beforeDesk(text, f, spans))
}

// The agent's given name and the word for `from` before the desk (`Rasmus fra`, `Nadine Huber von`, `Rok Vidmar iz`,
// `Олександр з`), or a welcome to it (`welkom bij`, `bienvenido/a a`). Not `de`, `da`, `di`: a surname's particles too.
const FROM_DESK = /(?:\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+(?:from|fra|från|von|vom|van|iz|z|ze|zo|no|iš|з|із|від|от|из|at)|[Ww]elcome to|[Ww]elkom bij|[Ww]illkommen bei|[Bb]ienvenue chez|[Bb]ienvenid[oa](?:\/a)? a|[Vv]elkommen til|[Vv]älkommen till)[ \t]+$/u
// What follows the desk there: punctuation, or `here` in the chat's language (`… Aarhus Universitet her,`).
const DESK_ENDS = /^(?:[ \t]*[,.!?]|[ \t]+(?:here|her|hier|här|ici|aquí|qui|tukaj|tu|тут|тук)(?![\p{L}]))/u

/**
 * The speaker tags of a chat (`[09:20] Aarhus Universitet:`) that are its desk: its agent says they write from it (`Rasmus
 * fra Aarhus Universitet her`) or welcomes the customer to it. Two words or more, the first no given name: a person's
 * tag is one (`Guadalupe:`, `Nia:`) or opens with one (`Cerys Llewellyn:`). Read only for the names found before a colon.
 */
function taggedDesks(text: string, found: ReadonlyArray<{ start: number; end: number }>, isFirst: (lower: string) => boolean): string[] {
  const desks: string[] = []
  for (const f of found) {
    if (text.charCodeAt(f.end) !== 58) continue
    const name = text.slice(f.start, f.end)
    const space = name.indexOf(" ")
    if (space < 0 || desks.includes(name) || isFirst(name.slice(0, space).toLowerCase())) continue
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (FROM_DESK.test(text.slice(Math.max(0, at - 30), at)) && DESK_ENDS.test(text.slice(at + name.length, at + name.length + 12))) {
        desks.push(name)
        break
      }
    }
  }
  return desks
}

/** A name that runs on into the desk's after `from` (`Nadine Huber von Hochschule Bern`): the name before it. */
function beforeDesk<T extends { start: number; end: number }>(text: string, f: T, spans: ReadonlyArray<[number, number]>): T {
  const desk = spans.find(([s, e]) => s > f.start && e === f.end)
  if (!desk) return f
  const m = /[ \t]+\p{Ll}+[ \t]+$/u.exec(text.slice(f.start, desk[0]))
  return m ? { ...f, end: f.start + m.index } : f
}

// Not `de`, `van`, `von`: a surname's particles too, and a family's name stands in its own domain (`de Souza` at `souzalima`).
const FROM_WORDS = new Set(["from", "fra", "från", "z", "ze", "iz", "at", "bei", "chez"])
// A mail address's or a link's domain: its first label (`northbankphysio` of `care@northbankphysio.example`).
const DOMAIN = /(?:@|:\/\/(?:www\.)?|www\.)([a-z0-9-]{4,})\./giu

/**
 * Names of two words or more whose first word opens a domain of the text's mail addresses or links, the first no given
 * name (`Northbank Physiotherapy:` over `care@northbankphysio.example`, `Duskwood Sleep` over `duskwoodsleep.example`):
 * the firm's, as its chat tag, its signature or after an agent's `from` (`Sam from Duskwood Sleep`). A person's name stands in a mail's local
 * part, before the `@`, not in its domain.
 */
function domainDesks(text: string, found: ReadonlyArray<{ start: number; end: number }>, isFirst: (lower: string) => boolean): string[] {
  const domains: string[] = []
  for (const m of text.matchAll(DOMAIN)) domains.push(m[1]!.toLowerCase().replaceAll("-", ""))
  const desks: string[] = []
  for (const f of found) {
    const name = text.slice(f.start, f.end)
    const words = name.toLowerCase().split(/[ \t]+/)
    if (words.length < 2) continue
    // A desk after a person's name and `from` is read from its own first word on (`Sam from Duskwood Sleep`).
    for (let i = 0; i < words.length - 1; i++) {
      if (i === 0 ? isFirst(words[0]!) : !FROM_WORDS.has(words[i - 1]!)) continue
      const first = words[i]!.normalize("NFD").replace(/[^a-z0-9]/g, "")
      if (first.length < 4 || !domains.some((d) => d.startsWith(first))) continue
      const desk = name.split(/[ \t]+/).slice(i).join(" ")
      if (!desks.includes(desk)) desks.push(desk)
      break
    }
  }
  return desks
}
