import { FIRM_TRADE_WORDS, ORGANISATION_WORDS } from "./organisation-words.ts"

// Names of shops, firms and docks that are spelled like people's (`La floristería Luz del Valle`, `Кафе «Вера»`, `Lone Star
// Plumbing & Heat`, `PSLE Ace Tuition`, `Sunny Hill dock`): the kind of place before, one of its words, or a dock after.

// A shop's or a scheme's kind right before its name, in quotes or not (`Kafe Deniz`, `Cvjećarnica Ruža`, `Кафе «Вера»`,
// `Bicis Compartidas Vigo`).
const SHOPS = [
  "floristería", "floristeria", "florería", "floricultura", "fleuriste", "blumenladen", "bloemist", "bloemenwinkel", "fioraio", "fioreria",
  "blomsterhandel", "kukkakauppa", "lillepood", "kwiaciarnia", "květinářství", "kvetinárstvo", "florărie", "florăria", "cvjećarnica", "cvećara",
  "çiçekçi", "ανθοπωλείο", "цветочный", "cafetería", "cafeteria", "cafetaria", "kafe", "kafesi", "kafé", "kahvila", "kohvik", "kawiarnia",
  "kavárna", "kavarna", "kaviareň", "cafenea", "cafeneaua", "kavana", "kafić", "καφετέρια", "кафе", "кофейня", "panadería", "padaria", "bakery",
  "pastelería", "pekárna", "pekara", "piekarnia", "fırın", "пекарня", "librería", "livraria", "bokhandel", "kirjakauppa", "księgarnia",
  "bicis", "bicicletas",
]
const SHOP_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SHOPS.join("|")})[ \\t]+[«"„“‘']?$`, "iu")
const SHOP_SET = new Set(SHOPS)
const QUOTES_BEFORE = "«\"„“‘'"

/**
 * SHOP_BEFORE's answer for `before`, the 24 characters before a run, without running it at each of them: no space before
 * the run, no shop; an ASCII word before it is looked up in lower case; a word with other letters goes to the expression,
 * whose case-blind match (`ſ` for `s`) toLowerCase would not copy.
 */
function shopBefore(before: string): boolean {
  let j = before.length
  if (j > 0 && QUOTES_BEFORE.includes(before[j - 1]!)) j--
  const spaces = j
  while (j > 0 && isSpaceOrTab(before.charCodeAt(j - 1))) j--
  if (j === spaces) return false
  let k = j
  while (k > 0 && isAsciiLetter(before.charCodeAt(k - 1))) k--
  if (k > 0 && before.charCodeAt(k - 1) > 127) return SHOP_BEFORE.test(before)
  return SHOP_SET.has(before.slice(k, j).toLowerCase())
}
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isSpaceOrTab = (c: number) => c === 32 || c === 9
// A bike-share dock or a stop named by its place, in lower case after it.
const DOCK_AFTER = /^[ \t]+(?:dock|docks|docking station)(?![\p{L}])/u
const WORDS = /[^\p{L}\p{M}]+/u

// A call's first words as the desk answers it: the agent's tag, the firm, a comma, its department, then the agent
// introducing themself (`OPERATORE: Carta Ausonia, ufficio contestazioni, sono Davide.`, `AGENTE: Tarjetas Íbero,
// departamento de reclamaciones, le atiende Javier.`, `MEDARBEJDER: Dankort Nord, indsigelser, du taler med Rasmus.`).
const AGENT_TAG_BEFORE = /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:agent|agente|agentin|operator|operatore|operatrice|operador|operadora|opérateur|opératrice|conseiller|conseillère|mitarbeiter|mitarbeiterin|medewerker|medewerkster|medarbejder|handläggare|rådgiver|rådgivare|konsulent|konsultant|konsultantka|atendente|advisor|adviser|rep)[ \t]*:[ \t]*$/iu
// After the firm (its place after a particle: `Rede Elétrica do Douro`): the agent introducing themself, or the desk in
// small letters and then the agent answering (`Réseau Électrique Val-de-Loire, dépannage, Mathieu à l'appareil`; not a
// caller's name read back: `AGENT: Radhika Venkataraman, thank you, I can see …`); a greeting after the firm or its desk
// (`Traslochi Fratelli Arno, buongiorno.`, `Stadtstrom Havelland, Wechselservice, guten Tag.`), the agent offering help
// (`Funkstern Roaming-Hotline, Timo, was kann ich tun?`), or the caller put through (`…, claims. You're through to Nadia.`).
const INTRODUCED_AFTER = /^(?:[ \t]+(?:do|da|de|del|della|di|du|des|van|von)[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?,(?:[^\n]{0,80}?[ \t,](?:sono|le atiende|la atiende|fala o|fala a|du taler med|du pratar med|det är|det er|[Tt]his is|you're speaking (?:to|with)|[Mm]y name is|mein [Nn]ame ist|ich bin|hier spricht|je suis|c'est|soy|u spreekt met|met|aan de lijn)[ \t]+\p{Lu}|(?:[ \t]+\p{Ll}[\p{Ll}\p{M} -]{2,40},)?[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?,?[ \t]+(?:à l'appareil|am Apparat|speaking|here|aan de lijn|al habla|przy telefonie|słucham|i telefonen|ved telefonen|puhelimessa)(?![\p{L}])|[ \t]+(?:\p{L}[\p{L}\p{M}-]*(?:[ \t]+(?:\p{Ll}+|\p{Lu}[\p{Ll}\p{M}'’-]+))?,[ \t]+)?(?:[Gg]ood (?:morning|afternoon|evening|day)|[Gg]oeie(?:middag|morgen|navond|dag)|[Gg]oedenavond|[Hh]allo|[Hh]ola|[Cc]iao|[Ss]alve|[Oo]lá|[Ss]ervus|[Mm]oin|[Gg]od (?:dag|eftermiddag|kväll|ettermiddag)|[Bb]uen día|[Dd]obr[yý] (?:den|wieczór)|[Hh]ello|[Bb]uongiorno|[Bb]uonasera|[Gg]uten (?:[Tt]ag|[Mm]orgen|[Aa]bend)|[Gg]rüezi|[Gg]rüß [Gg]ott|[Bb]onjour|[Bb]onsoir|[Bb]uenos días|[Bb]uenas tardes|[Gg]oedemorgen|[Gg]oedemiddag|[Gg]oedendag|[Bb]om dia|[Bb]oa tarde|[Dd]zień dobry|[Hh]ej|[Gg]od morgen)(?![\p{L}])|[ \t]+\p{Lu}[\p{Ll}\p{M}]+,[ \t]+(?:[Ww]as kann ich|[Hh]ow (?:can|may) I|[Ww]hat can I|[Cc]omment puis-je|[Ee]n qué (?:le )?puedo|[Cc]ome (?:posso|la posso)|[Ww]aarmee kan ik|[Ww]at kan ik)|[^\n]{0,60}?[Yy]ou're through to[ \t]+\p{Lu})/u
// Three words or more: a firm's name, whatever its first word (`Haven Health Cover`); not two given names and a surname, a
// caller greeted by an outbound call (`AGENT: Maria Teresa Lopez, buongiorno, …`).
const run3 = (text: string, start: number, end: number, secondListed: boolean) => !secondListed && text.slice(start, end).split(/[ \t]+/).length >= 3
// An outbound call greets its customer by name before saying whom the agent calls for (`Agent: Xiomara Quispe, hola, le
// llamo de Movistar`): the name is the customer's.
const OUTBOUND = /(?:le llamo|te llamo|la llamo|calling (?:you )?from|i'm calling|i am calling|je vous appelle|ich rufe|la chiamo|ti chiamo|ik bel u|ik bel je|estou a ligar|ligo-lhe|dzwonię)(?![\p{L}])/iu
const agentLineFirm = (text: string, start: number, end: number) =>
  AGENT_TAG_BEFORE.test(text.slice(Math.max(0, start - 48), start)) && INTRODUCED_AFTER.test(text.slice(end, end + 120)) && !OUTBOUND.test(text.slice(end, end + 120).split("\n", 1)[0]!)

/**
 * Whether the capitalised run `start..end` (its first word ending at `firstEnd`) is a shop's, a firm's or a dock's name:
 * a shop's kind before it or as its first word, a trade's word as its last (FIRM_TRADE_WORDS), a dock after it, or a
 * desk's name answering a call (agentLineFirm).
 */
export function firmOrShop(text: string, start: number, end: number, firstEnd: number, firstListed = false, secondListed = false): boolean {
  if (shopBefore(text.slice(Math.max(0, start - 24), start)) || (isSpaceOrTab(text.charCodeAt(end)) && DOCK_AFTER.test(text.slice(end, end + 16)))) return true
  if (firstEnd === end) return false
  if ((!firstListed || run3(text, start, end, secondListed)) && agentLineFirm(text, start, end)) return true
  // Three words at most, on one cell: a longer run is a sentence in capitals read title-cased (`DMITRIJ IZ BAGGAGE
  // RECOVERY`) or lines joined by tabs, its name to be kept. The firm's word ends it, and is no legal form's two or three
  // letters (`AS`, `CO`: words too).
  const run = text.slice(start, end)
  const words = run.toLowerCase().split(WORDS)
  const last = words.at(-1)!
  // An organisation's word opening or ending it names a desk, whatever cue stands before it (`[09:06] Banco Costa:`,
  // `Streamly Help:`, `Departamento de Siniestros`, `Dział Szkód`).
  // Ending it, after a word that is no listed first name (`Maria Help`, `Marco Banca` are people).
  const org = (w: string) => w.length > 3 && ORGANISATION_WORDS.has(w)
  return words.length <= 3 && !run.includes("\t") && (SHOP_SET.has(words[0]!) || (last.length > 3 && FIRM_TRADE_WORDS.has(last)) || org(words[0]!) || COMPOUND_ORG.test(words[0]!) || (org(last) && !firstListed))
}
// A German, Dutch or Scandinavian compound whose head is an organisation's noun, opening the run (`Sprachschule Wortwerk`,
// `Weinkontor Rebfreunde`, `Hausverwaltung Donaublick`, `Taalschool Noord`): none is a surname.
export const COMPOUND_ORG = /^\p{L}{3,}(?:schule|kontor|verwaltung|versicherung|zentrum|praxis|dienst|handel|technik|laden|verein|stiftung|gruppe|agentur|vertrieb|apotheke|klinik|school|centrum|beheer|verzekeringen|techniek|winkel|kantoor|bureau|makelaardij|bedrijf|skola|tjänst|bolag|firma)$/u

/**
 * A run holding an organisation's word after its first word (`Hope Travel Cover`, `Rose Lettings Direct`): a firm's name
 * spelled like a person's, when no cue names a person there. Read up to a word with a flag of `stop` (an everyday verb or
 * function word: `Anna Berg Rang The Council` is a sentence); a legal form of two letters is a word of some language too
 * (`sa`, `as`, `ab`).
 */
export function firmWordInside(text: string, words: readonly { start: number; end: number; flags: number }[], a: number, b: number, stop: number): boolean {
  for (let i = a + 1; i < b && !(words[i]!.flags & stop); i++) {
    const { start, end } = words[i]!
    if (end - start > 2 && ORGANISATION_WORDS.has(text.slice(start, end).toLowerCase())) return true
  }
  return false
}

// A surname's particle written with a capital, which the run counts as a word (`Nic Giolla`, `Ó Briain`, `DE LA`).
const CAPITAL_PARTICLES = new Set(["nic", "ní", "ó", "ui", "uí", "mac", "mc", "ap", "ab", "bin", "ibn", "bint", "abu", "al", "el", "da", "de", "del", "della", "di", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ter", "ten", "zu", "y", "e"])
// After the run, with no punctuation: a word or a number goes on (`… Fibre Router 2278 my number is …`), or more
// capitalised words past the run's longest.
const GOES_ON = /^[ \t]+[\p{L}\p{N}]/u

/**
 * Where a run of four words or more opening with a known first name and a surname that is neither a first name nor a
 * particle ends its name: after the surname, when the run goes on unpunctuated into lower-case words or numbers. The rest
 * is a spoken introduction going on to the caller's firm and what they call about (`this is Anna Berg Nordlys Fibre
 * Router 2278 my number is …`). A longer name has a second given name (`María José García López`), particles (`Aoife Nic
 * Giolla Phádraig`), or ends at a comma or the line's end (`soy Juan Camilo Zuluaga Peña, les llamo`); a known first
 * name after the surname opens another name (`Eoin Added Róisín Lynch`).
 */
export function runOnName(text: string, words: readonly { start: number; end: number; flags: number }[], a: number, b: number, known: (flags: number) => boolean, first: number): number {
  if (b - a < 4 || !known(words[a]!.flags) || words[a + 1]!.flags & first || known(words[a + 2]!.flags)) return b
  for (let i = a; i < b; i++) if (CAPITAL_PARTICLES.has(text.slice(words[i]!.start, words[i]!.end).toLowerCase())) return b
  return GOES_ON.test(text.slice(words.at(-1)!.end, words.at(-1)!.end + 3)) ? a + 2 : b
}

// A speaker tag's given name, then `von`, `van`, `de`, `di`, `from` … and one word (`Leonie von Frischkorb:`, `Marta de
// CestaFresca:`): the speaker and their firm, when that word opens a line of the text's head too (`Frischkorb
// Kundenservice`, `CestaFresca Bot:`). A surname does not (`Marta de Souza: … aqui é a Marta Souza`).
const FROM_GAP = /^[ \t]+(?:von|vom|van|de|di|da|from|fra|från|at)[ \t]+$/i
export function firmAfterGiven(text: string, words: readonly { start: number; end: number; flags: number }[], a: number, b: number, known: (flags: number) => boolean): number {
  if (b - a !== 2 || !known(words[a]!.flags) || !/^[ \t]?:/.test(text.slice(words[a + 1]!.end, words[a + 1]!.end + 2))) return b
  if (!FROM_GAP.test(text.slice(words[a]!.end, words[a + 1]!.start))) return b
  return namedAtLineStart(text, words[a + 1]!.start, words[a + 1]!.end) ? a + 1 : b
}

/**
 * Whether the word at `start..end` opens another line of the text's first 1,000 units, a desk's heading or its bot's tag
 * (`Frischkorb Kundenservice`, `Bluegum Bank – Home Loans`, `CestaFresca Bot:`); read there only, so that a chat of many
 * tags costs one look each.
 */
export function namedAtLineStart(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end)
  const head = text.slice(0, 1000)
  for (let at = head.indexOf(word); at >= 0; at = head.indexOf(word, at + 1)) {
    if (at !== start && (at === 0 || text.charCodeAt(at - 1) === 10) && !/[\p{L}\p{M}]/u.test(text[at + word.length] ?? "")) return true
  }
  return false
}

// A name and then, in lower case, what part of a firm it is (`Hello Ridgeline escrow team,`, `Dear Ashby claims department`;
// not `Ms. Chowdhury in billing`).
const DESK_WORDS_AFTER = /^[ \t]+(?!(?:in|at|from|of|with|on|for|to|and|or|the|from|his|her|their|our|my|your)[ \t])(?:\p{Ll}+[ \t]+){0,2}(?:team|teams|department|dept|desk|helpdesk|office|support|services|billing)(?![\p{L}\p{M}])/u
/** Whether the run ending at `end` is a firm's, by the lower-case words naming a desk of it after it. */
export const deskWordsAfter = (text: string, end: number) => isSpaceOrTab(text.charCodeAt(end)) && DESK_WORDS_AFTER.test(text.slice(end, end + 40))
