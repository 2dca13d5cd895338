// Trades, a museum's and a school's staff before a name, in the languages of the corpora (`Mechanic Tunde Bello`,
// `Mekaanikko A. Järvinen`, `Curator Joy Papadakis`, `Kuratorin A. Müller`, `Lektor J. Novák`, `Механик М. Соколов`,
// `La curadora GONZÁLEZ MUÑOZ Cristóbal`): a cue for a name, as ROLE_NOUNS (person-cues.ts), and for a surname in
// capitals before the given name (person-surname.ts). Words, not phrases: each is also stripped from a name's edges.

/** A bicycle workshop's or a boiler firm's mechanic or fitter, with the article some languages glue to it. */
const MECHANICS = [
  "mechanic", "mechaniker", "mechanikerin", "mekaniker", "mekanikern", "mekanikeren", "mekaanikko", "mehaanik", "mechanik", "mechanička",
  "mechanikerka", "mecanic", "mecanicul", "mecanicien", "mécanicien", "mécanicienne", "mecánico", "mecánica", "meccanico", "mecânico",
  "monteer", "mehaničar", "serviser", "механик", "механік", "μηχανικός", "tamirci", "teknisyen", "technik", "technička", "serwisant",
  "asentaja", "huoltomies", "servicetekniker", "servicemonteur",
]

/** A museum's curator or keeper, a gallery's registrar. */
const CURATORS = [
  "curator", "kurator", "kuratorin", "kuraator", "куратор", "кураторка", "curadora", "curador", "conservadora", "conservador", "conservateur",
  "conservatrice", "curatore", "curatrice", "küratör", "amanuenssi", "intendent", "intendenten", "intendant", "intendantin",
]

/** A teacher, a lecturer, a tutor's or an instructor's word (`Profesorul E. Georgescu`, `Öğretmen M. Aydın`). */
const TEACHERS = [
  "teacher", "lecturer", "lektor", "lektorka", "lektorin", "õpetaja", "öğretmen", "öğretmenimiz", "profesorul", "profesoara", "profesor",
  "profesora", "instruktor", "instruktorka", "opettaja", "učitel", "učitelka", "nauczyciel", "nauczycielka", "lehrer", "lehrerin",
  "enseignant", "enseignante", "insegnante", "leraar", "lerares", "lärare", "lærer", "учитель", "преподаватель",
  "δάσκαλος", "δασκάλα", "καθηγητής", "καθηγήτρια", "nastavnik", "nastavnica", "učiteljica",
]

/** A coach's or a van's driver, with the article some languages glue to it (`sjåføren`, `chaufføren`, `шофьорът`). */
const DRIVERS = [
  "chauffeur", "chauffeuse", "chaufför", "chauffør", "chaufføren", "chauffören", "sjåfør", "sjåføren", "sofőr", "sofőrünk", "chofer", "chófer",
  "chofera", "xofer", "xòfer", "motorista", "vairuotojas", "vairuotoja", "šoferis", "autovadītājs", "šofér", "šoférka", "voznik", "voznica",
  "vozač", "vozačica", "шофьор", "шофьорът", "водій", "водитель", "bílstjóri", "bílstjórinn", "gidari", "gidaria",
]

/** A chimney sweep, a pet sitter or a dog walker who visits (`feieren`, `el deshollinador`, `die Hundesitterin`, `la paseadora`). */
const VISITORS = [
  "feieren", "feiaren", "skorstensfejer", "skorstensfejeren", "sotare", "sotaren", "nuohooja", "korstnapühkija", "skursteņslauķis", "kaminkrėtys",
  "escuraxemeneies", "deshollinador", "deshollinadora", "schornsteinfeger", "schornsteinfegerin", "kaminkehrer", "ramoneur", "ramoneuse",
  "schoorsteenveger", "kominiarz", "kominár", "kominík", "dimnikar", "dimnjačar", "kéményseprő", "коминочистач", "сажотрус", "sótari",
  "sitter", "dogsitter", "hundesitter", "hundesitterin", "paseadora", "paseador", "passeadora", "passeador", "čuvarka", "čuvar", "chuvarka",
  "pazitelj", "pazniczka",
]

/** A neighbour, with the possessive some languages write before it (`mano kaimynas`, `a szomszédom`, `el meu veí`). */
const NEIGHBOURS = [
  "kaimynas", "kaimynė", "kaimiņš", "kaimiņiene", "sused", "suseda", "sosed", "soseda", "szomszéd", "szomszédom", "szomszédunk", "nágranni",
  "nágrannakona", "veí", "veïna", "komšija", "komšinica", "сусід", "сусідка", "съсед", "съседка", "auzoa", "bizilaguna", "naapuri", "naaber",
]

/** An animal's owner or a house's, a customer, in the Baltic, Slavic, Hungarian, Basque, Icelandic and Iberian languages. */
const OWNERS_AND_CUSTOMERS = [
  "lastnik", "lastnica", "saimnieks", "saimniece", "savininkas", "savininkė", "dono", "jabea", "tulajdonos", "gazda", "стопанин", "собственик",
  "klientas", "klientė", "klients", "kliente", "stranka", "kupac", "kupci", "bezeroa", "ügyfél", "клиент", "клиентът", "клієнт", "клиентка",
  "viðskiptavinur", "kunden", "kundin", "cliente",
]

/** Every word of the lists. */
export const TRADE_ROLES: readonly string[] = [...MECHANICS, ...CURATORS, ...TEACHERS, ...DRIVERS, ...VISITORS, ...NEIGHBOURS, ...OWNERS_AND_CUSTOMERS]
