// Hand-written: the most frequent words of the languages the first-name list covers beyond the western six
// (person-cues.ts holds those), and the month names of all of them. Several are first names somewhere (`Ale`,
// `Tak`, `Nie`, `Bona`, `Mai`, `Maja`), and any may open a sentence or a line, so none counts as a first name
// by itself. Lower case; a word of several languages is listed once.

/** Function words and frequent chat words, by language: never a first name without a surname. */
export const EVERYDAY_WORDS = [
  // Portuguese
  "o", "os", "as", "um", "uma", "e", "ou", "mas", "não", "sim", "eu", "ele", "ela", "nós", "você", "vocês", "meu", "minha", "seu", "sua", "ao",
  "do", "da", "dos", "das", "no", "na", "nos", "nas", "em", "para", "pra", "com", "por", "que", "se", "já", "ainda", "também", "muito",
  "obrigado", "obrigada", "olá", "oi", "bom", "boa", "dia", "tarde", "noite", "tudo", "bem", "certo", "aqui", "isso", "isto", "foi", "está", "estou",
  "tenho", "tem", "vou", "hoje", "amanhã", "ontem", "favor", "pode", "posso", "quando", "onde", "como", "qual", "assunto", "encomenda", "data",
  // Swedish, Danish, Norwegian
  "jag", "du", "han", "hon", "vi", "ni", "de", "dem", "och", "eller", "men", "inte", "ja", "nej", "det", "den", "en", "ett", "är", "var", "har",
  "hade", "kan", "ska", "vill", "min", "mitt", "mina", "din", "ditt", "er", "ert", "på", "i", "av", "till", "från", "med", "om", "för", "att",
  "som", "när", "hur", "vad", "här", "där", "nu", "idag", "igen", "tack", "hej", "hejsan", "bra", "okej", "också", "redan", "bara", "ämne",
  "jeg", "dig", "dem", "og", "ikke", "et", "mit", "mine", "jer", "fra", "til", "af", "for", "at", "hvad", "hvor", "hvornår", "nu", "tak", "også",
  "allerede", "kun", "emne", "godt", "hei", "jo", "meg", "deg", "ikkje", "fikk", "fik", "mvh",
  // Finnish
  "minä", "sinä", "hän", "me", "te", "he", "ja", "tai", "mutta", "ei", "kyllä", "on", "oli", "olen", "se", "tämä", "että", "kiitos", "moi", "terve", "hyvä",
  // Polish
  "ja", "ty", "on", "ona", "my", "wy", "oni", "i", "a", "ale", "lub", "albo", "nie", "tak", "to", "jest", "są", "był", "była", "mam", "ma", "mój",
  "moja", "moje", "pan", "pani", "w", "we", "z", "ze", "na", "do", "od", "po", "za", "o", "u", "dla", "przez", "jak", "gdy", "kiedy", "co", "czy",
  "przy", "pri", "nova", "novi", "novo", "już", "jeszcze", "też", "także", "dzień", "dobry", "cześć", "witam", "dziękuję", "dzięki", "proszę", "temat", "zamówienie", "dzisiaj", "jutro",
  // Czech, Slovak
  "já", "ty", "my", "vy", "oni", "a", "i", "ale", "nebo", "ne", "ano", "je", "jsem", "jsou", "byl", "byla", "mám", "má", "můj", "moje", "v", "ve",
  "s", "se", "k", "ke", "od", "do", "na", "po", "pro", "při", "jak", "když", "co", "už", "ještě", "také", "dobrý", "den", "děkuji", "díky", "prosím",
  "předmět", "objednávka", "dnes", "zítra", "ahoj", "áno", "nie", "som", "ďakujem", "moja", "pre", "deň", "predmet",
  // Romanian, Croatian and Serbian, Slovenian, Hungarian, Turkish
  "eu", "tu", "el", "ea", "noi", "voi", "și", "sau", "dar", "nu", "da", "este", "sunt", "am", "meu", "mea", "în", "la", "cu", "pe", "pentru",
  "bună", "mulțumesc", "subiect", "ja", "ti", "mi", "vi", "ili", "ali", "jest", "sam", "moj", "moja", "za", "iz", "kod", "hvala", "bok", "dobar",
  "predmet", "jaz", "in", "hvala", "én", "te", "mi", "ti", "és", "vagy", "de", "nem", "igen", "van", "az", "egy", "köszönöm", "szia", "tárgy",
  "ben", "sen", "biz", "siz", "ve", "veya", "ama", "değil", "evet", "hayır", "bir", "bu", "şu", "için", "ile", "merhaba", "teşekkürler", "konu",
  // Maltese, Latvian and Bulgarian words after a thanks or a goodbye (`Grazzi ħafna`, `grazzi. issa`, `Paldies, uz redzēšanos`,
  // `Благодаря предварително`, `ще ви звъннем`): a thanks is a greeting before a name, and these are none.
  "ħafna", "jien", "issa", "uz", "redzēšanos", "dzirdēšanos", "предварително", "ще", "ви", "довиждане",
  // Welsh and Albanian verbs and words that open a sentence (`Mae'r siop ar gau`, `Dua të paguaj`, `Diolch`).
  "mae", "roedd", "bydd", "diolch", "dyma", "dua", "kam", "jam", "është", "faleminderit", "mirëdita",
  // Prepositions and a question word after a lower-case name (`meine frau elif unter …`, `ma fille léa au zéro …`, `u
  // spreekt met nadia waarmee kan ik helpen`).
  "unter", "au", "op", "waarmee", "waarmede",
  // A form's heading that is a given name elsewhere (`Alta de proveedor`, `Alta de cliente`: a registration).
  "alta",
  // Currencies, which name a pound sterling or a euro sum in capitals (`in Pound Sterling`, `Euro Sterling`): `Sterling` is a surname too.
  "pound", "pounds", "euro", "euros", "dollar", "dollars",
  // Who, unnamed, after a name (`thanks anna someone will call you back`); a number's noun after a word that is a name
  // elsewhere (`the batch lot number`).
  "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "noone", "number", "numbers",
  // A message's first verb after its writer's name in lower case (`hola álvaro necesito cambiar …`, `ciao sono giulia vorrei …`):
  // "I need", "I want", "I have", "I would like", none a surname.
  "necesito", "necesitaba", "quiero", "quería", "queria", "tengo", "puedo", "estoy", "voy", "escribo", "preciso", "gostaria", "vorrei", "volevo",
  "devo", "voudrais", "aimerais", "veux", "brauche", "habe", "wollte", "behöver", "trenger", "tarvitsen", "haluan", "potrzebuję", "chcę",
  // A reply's heading, a letter's placeholder and a lottery's words (`Válasz (2026.11.21.):`, `Svar från kundtjänst`,
  // `Tisztelt Cím!`, `Tisztelt Doktor Úr!`, `a Keno win`, `Lähettäjä: Yleinen edunvalvonta`).
  "válasz", "svar", "cím", "úr", "lotería", "lotteria", "keno", "yleinen",
  // Hungarian words opening a note before a name written surname first (`Tegnap Kiss Lajosné hívott`, `Felhívtam
  // Kovács Pétert`): yesterday, today, tomorrow, then; I called, spoke, wrote, sent, asked, got.
  "tegnap", "holnap", "majd", "aztán", "felhívtam", "hívtam", "visszahívtam", "beszéltem", "írtam", "küldtem", "kértem", "kaptam",
  // Lithuanian, Romanian and Slovak words that are also first names (a fine, a price, maybe; four; gladly),
  // and an airport in Slovak (`Letisko Bratislava`).
  "kara", "kaina", "gal", "patru", "rado", "letisko",
]

/**
 * Names in faker's lists of the added locales that are also everyday words of a covered language (`Gun`, `Even`,
 * `Pero`, `Nada`, `Beat`, `Alone`, `Cerise`, `Guru`): a name only with a cue or a surname after it.
 */
export const NAME_WORDS = [
  "ernst", "speranța", "speranta", "suma", "sol", "aamu", "gun", "stig", "moa", "lykke", "mille", "even", "modest", "wiara", "róża", "aura", "virgin", "honor", "faust", "vlk", "juta", "lada", "brit",
  "tor", "nada", "rok", "mate", "mile", "pero", "tome", "tone", "gala", "slava", "floare", "bebe", "ion", "sever", "beat", "alone", "avril",
  "brune", "cerise", "divine", "dune", "grâce", "perle", "prune", "lilas", "alpha", "islam", "atlas", "amen", "rio", "lore", "miel", "rune",
  "flor", "viera", "virág", "soma", "panna", "dada", "nana", "draga", "vela", "bara", "dona", "kata", "alka", "sana", "rim", "swan", "tal",
  "zephyr", "junon", "gemini", "guru", "kin", "swami", "shade", "bless", "sname", "mani", "bala", "chanda", "lai", "som", "dev", "param",
  "esse", "promise", "valid", "server", "nil", "smil", "sok", "dag", "mlad", "chval", "ria", "iboja", "toke", "gifty", "simi", "crin", "rada",
  "stana", "roza", "rica", "zaraza", "mima", "mica", "maca", "pava", "tasa", "vali", "ita", "ado", "ico", "ino", "ive", "mimo", "robi", "lua",
  // Numbers from two to ten, which count times and items (`ha chiamato tre volte`: `Tre` is a given name too), and may be
  // surnames (`Otto Nove`); not those that are given names elsewhere (`Otto`, `Sei`, `Tien`).
  "due", "tre", "quattro", "cinque", "sette", "nove", "dieci", "deux", "trois", "quatre", "cinq", "zwei", "drei", "vier", "fünf", "sechs", "sieben",
  "acht", "neun", "zehn", "tres", "cuatro", "cinco", "três", "quatro", "twee", "drie", "vijf", "zeven", "negen", "två", "fyra", "sju", "åtta", "nio",
  "seks", "syv", "otte", "kolme", "neljä", "viisi", "kuusi", "dwa", "trzy", "cztery", "pięć",
]

/** Month names (with the genitive of Polish and Czech dates): a date, not a name, after a day or before a year. */
export const MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "jänner", "feber",
  "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
  "januari", "februari", "maart", "mei", "augustus",
  "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
  "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro",
  "maj", "augusti", "okt", "januari",
  // Abbreviations, a month only between a day and a year or a time (`[25 Sep 2026, 20:19]`, `21 Jan 2026`).
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "styczeń", "luty", "marzec", "kwiecień", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
  "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
  "leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "prosinec",
  "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "října", "prosince",
  "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu",
  "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie", "decembrie",
  "siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan", "listopad", "studeni", "prosinac",
  "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
  "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
  // Finnish as dates write it (`17. syyskuuta 2026`), Danish, Estonian, Latvian and Lithuanian as dates write them,
  // Slovak and Slovene, Greek and Bulgarian (in Cyrillic and in Latin letters).
  "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta",
  "marraskuuta", "joulukuuta", "marts", "jaanuar", "veebruar", "märts", "aprill", "juuni", "juuli", "oktoober", "detsember",
  "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī",
  "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio",
  "januára", "februára", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra",
  "marec", "junij", "julij", "avgust", "januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
  "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου",
  "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември",
  "yanuari", "fevruari", "yuni", "yuli", "avgust", "septemvri", "oktomvri", "noemvri", "dekemvri",
]

/**
 * Places and brands that are also first names (`Charlotte`, `Adelaide`, `Jordan`, `Mercedes`, `Zara`): a name only
 * with a cue or a surname after it.
 */
export const PLACES_AND_BRANDS = [
  "charlotte", "adelaide", "victoria", "jordan", "israel", "kenya", "lincoln", "orlando", "phoenix", "denver",
  "savannah", "brooklyn", "kingston", "camden", "lourdes", "alexandria", "valencia", "sevilla", "bretagne",
  "normandie", "florida", "nevada", "montana", "dakota", "asia", "africa", "america", "china", "armenia", "bolivia", "columbia", "sienna",
  "verona", "siena", "genova", "padua", "lugano", "luzern", "bern", "odense", "malmö", "lund", "aalborg", "wells", "preston", "chester",
  "mercedes", "zara", "dell", "tesla", "chanel", "ferrari", "lancia", "skoda", "opel", "dacia", "mango", "disney", "nike", "wendy", "nando",
  "lidl", "aldi", "ikea", "toyota", "ford", "kia", "volvo", "fiat", "renault", "peugeot", "france",
]

/** The last word of a place's name: a run ending with one is a place, never a person (`Victoria Station`). */
export const PLACE_WORDS = [
  "station", "street", "road", "avenue", "lane", "square", "park", "airport", "hospital", "hotel", "bridge", "centre", "center", "mall",
  // A coach station, a Turkish bridge and motorway (`Milton Keynes Coachway`, `Selim Köprüsü`, `Kuzey Marmara Otoyolu`).
  "coachway", "köprüsü", "köprü", "otoyolu", "otoyol",
  "straße", "strasse", "platz", "bahnhof", "allee", "weg", "gasse", "rue", "gare", "place", "calle", "plaza", "avenida", "estación", "via",
  "piazza", "stazione", "straat", "plein", "rua", "praça", "estação", "gatan", "vägen", "torget", "gade", "vej", "plads", "gate", "veien",
  "ulica", "aleja", "plac", "dworzec", "ulice", "náměstí", "nádraží", "tie", "katu", "strada", "piața", "ulica", "utca", "tér", "caddesi", "sokak",
  // Rooms and grounds of a hotel or a venue (`Rose Garden`, `Victoria Harbour`, `Rose Suite`).
  "garden", "gardens", "suite", "harbour", "harbor", "terrace", "lounge", "hall", "ballroom", "wing", "marina", "bay", "beach",
  // Buildings, schools and places named like people (`Faith House`, `Rose Apartments`, `Summer School`, `Hunter Valley`).
  "house", "apartments", "residence", "residences", "building", "tower", "towers", "lodge", "villa", "manor", "cottage", "farm", "court",
  "school", "college", "academy", "institute", "university", "campus", "valley",
  // Desks, firms and venues named after a word that is also a first name (`Box Office`, `Stark Gym`, `Grace Notes`,
  // `Aurora Solar Installs`).
  "office", "desk", "team", "gym", "fitness", "studio", "theatre", "theater", "clinic", "solar", "installs", "notes", "records", "productions",
  "room", "tax", "bookkeeping", "accounting", "learning", "nursery", "creche", "crèche", "childcare", "monitoring", "security", "alarms", "response",
  "hearing", "audiology", "cellars", "wine", "wines", "spirits", "care", "gold", "silver",
]

/**
 * Verbs that follow the person a note or a transcript is about (`customer anna wants`, `su hija youssef llamará`):
 * in lower-case text, the word after a first name is its surname only when it is none of these.
 */
export const REPORT_VERBS = [
  "wants", "wanted", "says", "said", "calls", "called", "calling", "speaking", "here", "again", "rang", "rings", "phoned", "asks", "asked", "needs", "needed", "reports", "reported",
  "states", "stated", "confirms", "confirmed", "requests", "requested", "complains", "complained", "claims", "claimed", "disputes", "disputed",
  "verified", "cancelled", "canceled", "paid", "pays", "received", "lives", "moved", "gets", "got", "took", "sent", "sends", "tried", "tries",
  "mentioned", "explained", "told", "tells", "texted", "messaged", "wrote", "writes", "emailed", "is", "was", "has", "had", "will", "would", "can", "could", "should", "says", "agreed",
  "lost", "loses", "made", "makes", "booked", "books", "bought", "ordered", "returned", "changed", "left", "found", "came", "went", "signed", "used",
  "running", "coming", "arriving", "waiting", "going", "leaving", "outside", "late", "early", "downstairs",
  "meldet", "ruft", "rief", "sagt", "sagte", "möchte", "will", "hat", "ist", "fragt", "fragte", "schreibt", "beschwert", "bittet", "wartet", "zahlt",
  "appelle", "appelé", "dit", "demande", "souhaite", "veut", "signale", "rappelle", "écrit", "attend", "paie", "est", "a",
  "llama", "llamó", "llamará", "dice", "dijo", "quiere", "pide", "pidió", "solicita", "reclama", "tiene", "está", "es", "ha", "escribe", "paga", "espera",
  "belt", "belde", "zegt", "wil", "vraagt", "meldt", "heeft", "schrijft", "wacht", "betaalt",
  "chiama", "chiamerà", "chiamato", "vuole", "chiede", "segnala", "scrive", "aspetta", "reclama", "è",
  "sună", "spune", "vrea", "cere", "semnalează", "are", "scrie", "plătește", "este",
  "soitti", "soittaa", "sanoo", "haluaa", "pyytää", "ilmoitti", "kysyi", "kirjoitti", "maksoi", "on",
  "liga", "ligou", "diz", "quer", "pede", "pediu", "ringer", "ringde", "vill", "säger", "dzwoni", "zadzwonił", "zadzwoniła", "volá", "volal", "volala",
  // Who confirms or brings, as a note's item says after a lower-case name (`peter potvrdí`, `kadri kinnitab`, `märt toob`).
  "potvrdí", "potvrdil", "potvrdila", "potvrzuje", "potwierdza", "potwierdził", "potvrđuje", "potvrdio", "potrdi", "kinnitab", "kinnitas",
  "vahvistaa", "vahvisti", "bekræfter", "bekrefter", "bekräftar", "bestätigt", "confirma", "confirme", "conferma", "bevestigt", "megerősíti",
  "підтверджує", "підтвердив", "підтвердила", "toob", "tõi", "tuo", "toi", "prinesie", "priniesol", "přinese", "dovodi", "dovede", "bringt",
  "apporte", "trae", "traz", "porta", "brengt", "kommer", "tulee", "tuleb", "pride", "dođe", "прийде", "привезе",
  // Who rang, agreed or booked, after a lower-case name in a note (`ubah ringte igjen`, `corinne abgemacht`, `reserviert`).
  "ringte", "ringede", "helistas", "angerufen", "abgemacht", "vereinbart", "reserviert", "gebucht", "bezahlt", "réservé", "réservée",
  "reservado", "reservada", "reservert", "reserveret", "reserverad", "varattu", "broneeritud", "rezervované", "rezervirano",
]
