import { contextMatcher, isAscii, labelledValueOf, wordSet } from "../../../core/index.ts"
import { lineStartWithin } from "./line-start.ts"
import { firmOrShop } from "./person-firms.ts"
import { goodsOrPets } from "./person-goods.ts"
// What a run of capitalised words that starts with a first name can be besides a person: a street named after one
// (`rue Victor Hugo`, `Jan van Galenstraat`), a company (`Harper & Bell Ltd`, `Van Leeuwen Logistiek`) or a city
// that is also a first name after a preposition of place (`bloquée à Nancy`, `în Constanța`).

/** Words that open a street's name: the name after one is the street's (`Via Giuseppe Verdi`, `avenue Jean Jaurès`). */
const STREET_BEFORE = new Set([
  "rue", "avenue", "av", "boulevard", "bd", "bld", "allée", "chemin", "quai", "impasse", "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo",
  "calle", "avenida", "paseo", "plaza", "rua", "travessa", "praça", "strada", "bulevardul", "calea", "aleea", "ulica", "ul", "str", "ulice", "náměstí", "street", "road"])
// A lower-case `via` is also "by way of" (`sent via Anna`), a lower-case `av` the Nordic "by" (`kvitterades av Hampus`):
// only their capitalised forms open a street (`Via Roma`, `Av. Paulista`).
const LOWER_STREET_BEFORE = new Set([...STREET_BEFORE].filter((w) => w !== "via" && w !== "av"))
const STREET_SET = wordSet(STREET_BEFORE)
const LOWER_STREET_SET = wordSet(LOWER_STREET_BEFORE)

/** Endings of a street's name glued to it (`Galenstraat`, `Goethestraße`, `Drottninggatan`). */
// At least four letters before the ending: a surname may end in one (`Ngata`, `Kade`).
const STREET_SUFFIX = /^\p{L}{4,}(?:straat|straße|strasse|gasse|allee|gatan|vägen|gränd|laan|plein|steeg|gracht|katu|gade|vej|veien|gata|weg|platz)$/u

/** Legal forms and trade words that end a company's name. */
const ORG = String.raw`(?:Ltd|Limited|GmbH|AG|KG|OHG|e\.?V|BV|B\.V\.|NV|N\.V\.|SA|S\.A\.|SAS|SARL|SpA|S\.p\.A\.|SRL|S\.r\.l\.|Srl|Inc|LLC|LLP|PLC|plc|Co|Corp|Oy|Oyj|AB|ASA|ApS|A\/S|[Ss]p\. z o\.o\.|a\. ?s\.|v\.o\.s\.|k\.s\.|Trading|Traders|Components|Analytics|Diagnostics|Freight|Forwarding|Shipping|Imports|Exports|Pharma|Chemicals|Textiles|Logistiek|Logistics|Logistik|Group|Groep|Gruppe|Holding|Holdings|Partners|Solutions|Services|Consulting|Insurance|Verzekeringen|Versicherung|Transport|Motors|Bank|Bancorp|Bakery|Travel|Telecom|Energy|Energi|Energia|Air|Airline|Skyways|Rental|Rentals|Hire|Leasing|Assist|Assistance|Mutual|d\.o\.o\.|s\.r\.o\.|Kft\.?|Zrt\.?|OÜ|UAB|Retail|Café|Cafe|Restaurant|Pizzeria|Foods|Pharmacy|Hotels?|Airlines|Airways|Media|Studios?|Labs|Technologies|Systems|Software|Electric|Electronics|Supplies|Stores?|Market|Marketing|Healthcare|Clinic|Dental|Fitness|Realty|Properties|Capital|Ventures|Industries|Manufacturing|Construction|Engineering|Agency|Networks|Communications|Broadband|Utilities|Operations|Installers|Installations|Leisure|Plus|Funerals|Begravelsesbyrå|Begravelse)`
const ORG_WORD = new RegExp(`^${ORG}$`)
const ORG_AFTER = new RegExp(String.raw`^[ \t]*(?:(?:&|and|und|en|et|e|y)[ \t]+\p{Lu}[\p{L}\p{M}'’-]*[ \t]+)?(?:&[ \t]*Co\b|${ORG}(?![\p{L}\p{N}]))`, "u")

const STREET_AFTER = /^[ \t](?:gate|gata|gatan|gade|vej|vei|veien|vägen|street|st\.?|road|rd\.?|avenue|ave\.?|blvd\.?|boulevard|drive|lane|way|utca|út|útja|tér|körút|tänav|iela|gatvė|cesta|ulica|ulice|trg|náměstí|námestie)(?![\p{L}])/iu
const STREET_AFTER_FIRST = new Set([..."gvsrabdlwutickn"].map((ch) => ch.charCodeAt(0)))
const STREET_PARTICLES = new Set(["do", "da", "de", "dos", "das", "del", "della", "di", "du", "des", "la", "le"])

/** Words that end a street's name (`Jackson Ave`, `Martin Luther King Blvd`); those that are also surnames only by a house number. */
const STREET_LAST = wordSet(["st", "rd", "ave", "av", "blvd", "ln", "ct", "pl", "sq", "pkwy", "hwy", "street", "road", "avenue", "boulevard", "drive", "parkway", "highway"])
const STREET_LAST_NUMBERED = wordSet(["lane", "way", "court", "place", "close", "terrace", "crescent", "square", "dr"])
/** A business named after its owner: `Zoë’s café`, `Joe's Pizza`. */
const OWNERS_BUSINESS = /^['’]s[ \t]+(?:college|school|hospital|church|academy|café|cafe|bakery|pizzeria|pizza|restaurant|kitchen|diner|deli|bistro|bar|pub|shop|store|salon|boutique|garage|florist|market|grill|bakehouse|tavern|inn)(?![\p{L}])/iu

/**
 * Prepositions of place: a lone first name after one, without any other cue, is a place (`à Nancy`, `în Constanța`), and
 * so is one coordinated with the place after one (`stay in Florence or Sofia`).
 */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:à|au|en|in|în|nach|naar|w|we|v|ve|aus|din)[ \t]+(?:\p{Lu}[\p{Ll}\p{M}]+[ \t]+(?:or|and|und|oder|et|ou|y|o|e|sau|și|ar|ir|és|vagy|og|och|eller|tai|ja)[ \t]+)?$/iu
const HOUSE_NUMBER_BEFORE = /\d[\p{L}]?,[ \t]*$/u

const LETTER = /^\p{L}$/u
/** Where the word before `start` on its line is, without the dot of an abbreviation (`Av.`, `ul.`). */
// Read backwards in place: spaces or tabs, one optional dot, then letters, within the 24 units before `start` (as
// `/([\p{L}]+)\.?[ \t]+$/u` on that stretch found it; an expression anchored at the end is tried at every position).
function wordBefore(text: string, start: number): [number, number] {
  const from = Math.max(0, start - 24)
  let i = start
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i === start) return [start, start]
  if (i > from && text.charCodeAt(i - 1) === 46) i--
  const end = i
  while (i > from) {
    const c = text.charCodeAt(i - 1)
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break
      i--
    } else if ((c & 0xfc00) === 0xdc00 && i - 2 >= from && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800) {
      if (!LETTER.test(text.slice(i - 2, i))) break
      i -= 2
    } else if (LETTER.test(text[i - 1]!)) i--
    else break
  }
  return [i, end]
}

/**
 * Whether the span `start..end` (its first word ending at `firstEnd`, its last starting at `lastStart`) is a street or
 * a company rather than a person: a street word before it or as its first word, a street ending glued to its last
 * word, a legal form or trade word after it or as its last word (`Harper & Bell Ltd`). Words are looked up in place.
 */
export function streetOrCompany(text: string, start: number, end: number, firstEnd: number, lastStart: number, firstListed = false, secondListed = false): boolean {
  // A brand written in one word with a capital inside (`ShopNova`, `BlueFjord`), not a surname's (`McAllister`, `DeSouza`).
  if (innerCapital(text, start, end)) return true
  let [a, b] = wordBefore(text, start)
  // After an article: a product, a place or a firm (`the Hope Valley duvet`, `the Rose Garden`).
  if (b - a === 3 && (text.charCodeAt(a) | 32) === 116 && text.slice(a + 1, b) === "he") return true
  // A particle between the street word and the name (`Travessa do Carmo`, `Rua de Santa Catarina`).
  if (b > a && b - a <= 3 && STREET_PARTICLES.has(text.slice(a, b))) [a, b] = wordBefore(text, a)
  const capital = b > a && text[a] !== text[a]!.toLowerCase()
  if (b > a && (capital ? STREET_SET : LOWER_STREET_SET).hasRange(text, a, b)) return true
  // A street word after the name (`Karl Johans gate 25B`, `Jackson Ave`, `Queen Street West`); its first letter checked
  // first. `Lane` and `Way` are surnames too (`contact: Gareth Lane (son)`): a street's after a house number only.
  if ((text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) && STREET_AFTER_FIRST.has(text.charCodeAt(end + 1) | 32) && STREET_AFTER.test(text.slice(end, end + 12)) && (!SURNAME_STREET.test(text.slice(end, end + 6)) || NUMBER_BEFORE.test(text.slice(Math.max(0, start - 3), start)))) return true
  // `the Rose Garden team`: a name before `team` is the team's.
  if (text.charCodeAt(end) === 32 && text.startsWith("team", end + 1) && !/[\p{L}\p{N}]/u.test(text[end + 5] ?? "")) return true
  // A make, a trade or a service opening a longer run: a product or a firm (`Ford Focus`, `Autoservis Jadran`, `Hotel Sofia`).
  if (firstEnd !== end && TRADE_FIRST.hasRange(text, start, firstEnd)) return true
  if (firstEnd !== end && STREET_SET.hasRange(text, start, firstEnd)) {
    const firstWord = text.slice(start, firstEnd)
    if (firstWord !== firstWord.toLowerCase()) return true
  }
  // The suffix test needs at least 7 units (4 letters and an ending of 3 or more) once lower-cased: a shorter ASCII
  // word is none without the copy.
  if ((end - lastStart >= 7 || !isAscii(text, lastStart, end)) && STREET_SUFFIX.test(text.slice(lastStart, end).toLowerCase())) return true
  if (ORG_FIRST.has(text.charCodeAt(lastStart)) && ORG_WORD.test(text.slice(lastStart, end))) return true
  if (lastStart > start && (STREET_LAST.hasRange(text, lastStart, end) || (STREET_LAST_NUMBERED.hasRange(text, lastStart, end) && houseNumberBeside(text, start, end)))) return true
  if (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 8217) return OWNERS_BUSINESS.test(text.slice(end, end + 16))
  if (lastStart > start && text.startsWith(" Council", end - 8) && COUNCIL.test(text.slice(start, end))) return true
  if (firstEnd === end && text.charCodeAt(end) === 32 && LOWER_TRADE_AFTER.test(text.slice(end, end + 20))) return true
  if (firmOrShop(text, start, end, firstEnd, firstListed, secondListed) || goodsOrPets(text, start, end, firstEnd)) return true
  return orgMayFollow(text, end) && ORG_AFTER.test(text.slice(end, end + 40))
}

const TRADE_FIRST = wordSet([
  "ford", "kia", "volvo", "fiat", "renault", "peugeot", "toyota", "honda", "nissan", "opel", "skoda", "škoda", "seat", "audi", "bmw", "mercedes",
  "tesla", "mazda", "hyundai", "dacia", "citroën", "citroen", "volkswagen", "vw", "jeep", "chevrolet", "lexus", "subaru", "porsche",
  "autoservis", "avtoservis", "autoservice", "hotel", "hôtel", "restaurant", "pizzeria", "café", "garage", "apotheke", "farmacia", "pharmacie",
  "dell", "lenovo", "apple", "microsoft", "samsung", "cisco", "huawei", "asus", "acer",
  "klinik", "clinica", "hydro", "óptica", "ópticas", "optica", "opticians", "optician", "dental", "clínica", "clinic", "gym", "fitness",
  // A firm's branch (`Sucursal Rosario`, `Filial Glória`).
  "sucursal", "filial", "unidade", "agencia", "branch",
  // A box office or a funeral director opening its name (`Bilheteira Central`, `Funerales La Paz`, `Agência Funerária …`).
  "bilheteira", "billetterie", "boletería", "taquilla", "pokladňa", "pokladna", "agência", "funerales", "funeraria", "funerária", "funerarias",
])
// A local authority (`Leeds City Council`), not a council a sentence names after a verb (`… Rang The Council`).
const COUNCIL = /(?:City|County|District|Borough|Town|Parish|Regional) Council$/
/** A trade's noun in lower case after one capitalised word: a box office or a funeral director (`Bilietų kasa`, `Pompes funèbres`). */
const LOWER_TRADE_AFTER = /^[ \t](?:kasa|kase|каса|funèbres|funéraire|laidojimo namai|pogrebna služba|pogrebni zavod)(?![\p{L}\p{M}])/u

// What a legal form or trade word opens with; ORG_AFTER also with `&` or a conjunction's first letter.
const ORG_FIRST = new Set([..."LGAKOeBNSIPpCHVTMRFDEU"].map((ch) => ch.charCodeAt(0)))
const ORG_AFTER_FIRST = new Set([...ORG_FIRST, ...[..."&auey"].map((ch) => ch.charCodeAt(0))])
/** A cheap test before ORG_AFTER: the first character after the spaces and tabs following the name can open it. */
function orgMayFollow(text: string, end: number): boolean {
  let i = end
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++
  return ORG_AFTER_FIRST.has(text.charCodeAt(i))
}

// Street words a number after them on the same line can belong to (`rua dom pedro ii 51 40079-277 são josé`): the
// house number and postcode of an address. Not `via` (by way of) nor an abbreviation (`St`, `Dr`, `ul`).
const ADDRESS_WORDS = wordSet([...LOWER_STREET_BEFORE, "avenue", "street", "road", "lane", "drive", "boulevard", "straße", "strasse", "gate", "gata", "gatan", "gade", "vej", "vei", "veien", "vägen", "katu", "laan"].filter((w) => w.length > 2))
const WORDS = /\p{L}+/gu

/** Where the nearest street word of the clause before `start` begins (within 45 units on its line; a glued street ending counts:
 * `jarlsgatan`), or -1: what follows it on the line is an address's house number and postcode. */
export function streetBefore(text: string, start: number): number {
  // The street's sentence: a `?`, `!` or `.` then a space ends it (`… 85218-8119. Questions? Text (802)-338-9889`), and so
  // does a colon (a speaker, a field: `40 Mercer Street Dayton 15:16 — Lorcan: is 02079366207 …`).
  let from = lineStartWithin(text, start, 45)
  for (let i = start - 2; i >= from; i--) {
    const c = text.charCodeAt(i)
    if (c === 58 || ((c === 46 || c === 63 || c === 33) && text.charCodeAt(i + 1) === 32)) {
      from = i + 1
      break
    }
  }
  let found = -1
  WORDS.lastIndex = from
  for (let m = WORDS.exec(text); m && m.index < start; m = WORDS.exec(text)) {
    const a = m.index
    const b = a + m[0].length
    if (b > start) break
    // A lower-case `weg` is Dutch and German "away" (`Ben ik weg, …`, `Wenn ich weg bin, …`): only `Weg` is a street's.
    // `Lane` and `Way` after a house number only (`14 Penny Lane`; not `contact: Gareth Lane (son) 07825 …`).
    if ((ADDRESS_WORDS.hasRange(text, a, b) && !(SURNAME_STREET.test(text.slice(a - 1, b)) && !/\d/.test(text.slice(from, a)))) || (b - a === 3 && text.startsWith("Weg", a))) found = a
    else if (b - a >= 7 && STREET_SUFFIX.test(m[0].toLowerCase())) found = a
  }
  return found
}

// Where a capital inside a name follows its prefix (`McAllister`, `MacLeod`, `MaryBeth`, `FitzGerald`, `VanDyke`).
const NAME_PREFIX = /^(?:Mac|Mary|Fitz|Van|Von|Della|Delle|Saint)$/

/**
 * Whether a word of `start..end` is two capitalised words glued (`ShopNova`, `BlueFjord`, `EnergiaViva`): a capital,
 * three or more lower-case letters, a capital, two or more lower-case letters, no name prefix before the inner capital
 * (`DeShawn`, `LaToya` and `McKenzie` have fewer than three letters before theirs).
 */
function innerCapital(text: string, start: number, end: number): boolean {
  const upper = (c: number) => c >= 65 && c <= 90
  const lower = (c: number) => c >= 97 && c <= 122
  for (let w = start; w < end; ) {
    let e = w
    while (e < end && text.charCodeAt(e) !== 32) e++
    if (upper(text.charCodeAt(w))) {
      let i = w + 1
      while (i < e && lower(text.charCodeAt(i))) i++
      if (i - w >= 4 && i + 2 < e && upper(text.charCodeAt(i)) && lower(text.charCodeAt(i + 1)) && lower(text.charCodeAt(i + 2)) && !NAME_PREFIX.test(text.slice(w, i))) return true
    }
    w = e + 1
  }
  return false
}

/** A house number right after the street's name (`Green Lane 4`; short, no 0 first: no phone's) or before it (`12, Park Way`). */
const houseNumberBeside = (text: string, start: number, end: number) => /^\.?,?[ \t]*[1-9]\d{0,3}[A-Za-z]?(?![ \t]?\d)/.test(text.slice(end, end + 9)) || NUMBER_BEFORE.test(text.slice(Math.max(0, start - 3), start))
const NUMBER_BEFORE = /\d[ \t,]*$/
const SURNAME_STREET = /^[ \t](?:lane|way)(?![\p{L}])/iu

/** A postcode just before (`50102 Milano`, `CEP 19585-925 – São Paulo`, `2633 København`, `942 26 Bratislava`): the words after it are a city. */
// The postcode opens its line, follows a comma or its label: not a year after a month (`5 March 2024 Kwame`), not a table cell.
const POSTCODE_BEFORE = /(?:^|\n|,[ \t]*|\b(?:CEP|CP|PLZ|NPA|CAP)[ \t]+|\b[A-Z]{1,2}-)(?:\d{4,5}(?:-\d{3,4})?|\d{3} \d{2}) (?:[–-] )?$/u
export const cityAfterPostcode = (text: string, start: number): boolean => {
  // A space, then a digit or a dash before it: most names follow a letter and are passed at once.
  const c = text.charCodeAt(start - 2)
  return text.charCodeAt(start - 1) === 32 && ((c >= 48 && c <= 57) || c === 45 || c === 8211) && POSTCODE_BEFORE.test(text.slice(Math.max(0, start - 16), start))
}

/**
 * Whether a lone word right after a preposition of place, or after a house number and a comma (`nr. 5, Constanța`), is
 * there. After a number and a comma, not one followed by a phone number or an address: an item of a list of whom to call
 * (`Ivana 01 2101 590, Dražen 098/857 6387, Snježana s…@…`).
 */
export const placeBefore = (text: string, start: number, end: number): boolean => {
  const before = text.slice(Math.max(0, start - 32), start)
  return PLACE_BEFORE.test(before) || TRADE_BEFORE.test(before) || IN_THE_BEFORE.test(before) || (HOUSE_NUMBER_BEFORE.test(before) && !contactAfter(text, end)) || TRIP_TO_BEFORE.test(before) || PLACE_ON_AFTER.test(text.slice(end, end + 12))
}
// Where a trip, a pilgrimage or a bus goes (`Peregrinación a Lourdes`, `A excursão para Vitória`, `El bus a Rosario`): a
// place, not whom a letter is written to (Spanish `a María`), so only after a trip's or a vehicle's noun or a word of motion.
const TRIP_TO_BEFORE = /(?:^|[^\p{L}])(?:(?:peregrinação|peregrinación|peregrinació|excursão|excursión|excursió|viagem|viaje|viatge|romaria|romería|bus|autobús|ônibus|micro|tren|trem|vuelo|voo|ferry|balsa) (?:a|al|para|pra|hasta)|rumo a|cap a|hacia)[ \t]+$/iu
// A Slavic place named by the river or the hill it stands on (`Ústí nad Labem`, `Zora nad Dunavom`, `Bystrica pod Hájom`).
const PLACE_ON_AFTER = /^[ \t]+(?:nad|pod)[ \t]+\p{Lu}/u
// A firm's kind or its branch before the lone word that names it (`Veterinarska klinika Jadran`,
// `Rent-a-car Jadran`, `na unidade Glória`), and Portuguese `in the` in lower case (`Moro na Glória`).
const TRADE_BEFORE = /(?:^|[^\p{L}])(?:rent-a-car|klinika|poliklinika|ambulanta|ordinacija|ljekarna|apoteka|lékárna|lekáreň|apteka|autoservis|agencija|agentúra|unidade|sucursal|filial|cartão|cartao|tarjeta)[ \t]+$/iu
const IN_THE_BEFORE = /(?:^|[^\p{L}])na[ \t]+$/u

/** A phone number (`+`, a trunk 0 and 7 digits or more, or 8 digits or more, not a ZIP+4) or an address right after `end`. */
function contactAfter(text: string, end: number): boolean {
  const value = CONTACT_AFTER.exec(text.slice(end, end + 24))?.[1]
  if (value === undefined) return false
  if (value.startsWith("+") || value.includes("@")) return true
  if (/^\d{5}-\d{4}$/.test(value)) return false
  const digits = value.replace(/\D/g, "").length
  return /^\(?0/.test(value) ? digits >= 7 : digits >= 8
}
const CONTACT_AFTER = /^[ \t]+(\+\d|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.|\(?\d[\d ().\/-]*\d)/u

// Pets and the vets who treat them, in the covered languages: a text about them names its animals as people are named.
const PET_WORDS = contextMatcher([
  "pet", "animal", "dog", "dogs", "puppy", "cat", "cats", "kitten", "pets", "vet", "vets", "veterinary", "microchip", "rabbit", "hamster", "parrot", "pony",
  "hund", "katze", "welpe", "tierarzt", "tierärztin", "tierklinik", "haustier", "chien", "chiot", "chaton", "vétérinaire",
  "perro", "cachorro", "gato", "gatito", "mascota", "veterinario", "veterinaria", "cane", "cucciolo", "gatto", "hond", "dierenarts", "huisdier",
  "valp", "katt", "kattunge", "veterinär", "hvalp", "dyrlæge", "dyrlege", "pies", "szczeniak", "kot", "weterynarz", "pes", "štěně", "kočka",
  "veterinář", "câine", "pisică", "veterinar", "kutya", "macska", "állatorvos", "σκύλος", "σκύλο", "γάτα", "κτηνίατρος", "κατοικίδιο", "kaķis",
  "veterinārs", "veterinārā", "šuo", "katė", "veterinaras", "koer", "kass", "loomaarst", "mačka", "veterina", "ljubljenček", "lemmikki", "koira", "kissa",
  "eläinlääkäri", "cão", "veterinário", "animal de estimação",
  // A chip, a vaccination or a booster, and the animal as Finnish, Estonian, Croatian, Slovak, Norwegian, Danish and
  // Ukrainian inflect it (`tuo lemmikin (Milo)`, `toob looma (Lola)`, `dovodi ljubimca`, `prinesie zviera`, `тварину`).
  "chip", "brikke", "čip", "siru", "kiip", "booster", "vaccination", "vaccine", "vaccin", "vacuna", "vacina", "vaksine", "vaksinasjon", "impfung",
  "cijepljenje", "očkovanie", "očkování", "rokotus", "vaktsineerimine", "щеплення", "lemmikin", "lemmikkiä", "lemmikille", "looma", "loom",
  "lemmikloom", "ljubimac", "ljubimca", "ljubimcu", "zviera", "zvieratko", "zvíře", "dyr", "dyret", "kjæledyr", "kæledyr", "husdyr", "djur",
  "veterinær", "тварина", "тварину", "тварини", "ветеринар",
  // The animal with the article the Nordic languages and Bulgarian glue to it, and the Dutch, Catalan, Latvian and Slavic
  // nouns (`katten Daisy`, `hunden Molly`, `de kat Rocky`, `el gos Oscar`, `suns Milo`, `собака Buster`, `котката Daisy`).
  "katten", "hunden", "hundene", "kattene", "kat", "gos", "gat", "gossa", "suns", "suni", "kaķi", "собака", "котка", "котката", "куче", "кучето",
  "кіт", "кішка", "пес",
])

/**
 * Whether the sentence holding a name (to a `.`, `!`, `?` or line end, at most 120 units each side) is about pets
 * (PET_WORDS): a first name alone, with no cue before it, is then an animal's as often as a person's (`my dog Nala`,
 * `Termin für Rex`), not in the next sentence (`Called about the vet bill. Sarah wants a refund`).
 */
export function aboutPets(text: string, start: number, end: number): boolean {
  // `Roisin's dog is next door`: the name whose animal it is, the owner's.
  if ((text.charCodeAt(end) === 39 || text.charCodeAt(end) === 8217) && OWNERS_ANIMAL.test(text.slice(end, end + 12))) return false
  // A pet's column (`owner,pet,chip`) or key holds pets' names, whatever the line says.
  const label = labelledValueOf(text, start, end)?.label
  if (label !== undefined && PET_WORDS.test(label)) return true
  let from = start
  while (from > 0 && start - from < 120 && !SENTENCE_END.has(text.charCodeAt(from - 1))) from--
  let to = end
  while (to < text.length && to - end < 120 && !SENTENCE_END.has(text.charCodeAt(to))) to++
  return PET_WORDS.test(text, from, to)
}
const OWNERS_ANIMAL = /^['’]s[ \t]+(?:dog|dogs|cat|cats|puppy|kitten|pony|rabbit|hamster|parrot)(?![\p{L}])/u
// An em dash parts a note's items as a full stop does (`Björn ringer tillbaka 070-779 45 10 — chip 752…`).
const SENTENCE_END = new Set([46, 33, 63, 10, 0x2014])

// The key of the object a JSON pair stands in (`"pet":{"name":"Sunny"`), read back over the pairs before it.
const OBJECT_KEY = /"([\p{L}_ -]{1,24})"\s*:\s*\{[^{}]*$/u

/** Whether a JSON value stands in a pet's object (`"pet":{"name":"Sunny"}`): its `name` is the animal's. */
export function inPetObject(text: string, start: number): boolean {
  const m = OBJECT_KEY.exec(text.slice(Math.max(0, start - 160), start))
  return m !== null && PET_WORDS.test(m[1]!)
}

const BRACKETED_FIRST = /^ ?\((\p{Lu}[\p{Ll}\p{M}'’-]+)(?: \p{Lu}[\p{Ll}\p{M}'’-]+)?\) ?:/u
/** Whether a speaker tag's brackets after `end` hold a first name (`isFirst`, lower case): the run before is a company's or a desk's. */
export function personInBrackets(text: string, end: number, isFirst: (lower: string) => boolean): boolean {
  // The bracket first, maybe after a space: most names are followed by neither.
  if (text.charCodeAt(end) !== 40 && !(text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40)) return false
  const m = BRACKETED_FIRST.exec(text.slice(end, end + 30))
  return m !== null && isFirst(m[1]!.toLowerCase())
}

export { saidAloud } from "./person-digit-words.ts"
export { namedThing, nounAfterName } from "./person-things.ts"
