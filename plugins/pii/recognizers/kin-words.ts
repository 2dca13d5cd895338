// A relative's, a neighbour's or a colleague's word in the languages of the default regions and Turkish, read before
// their name by the phone recognizers (phone-kin.ts) and the names written in lower case (person-lower-names.ts).

export const KIN = new Set([
  // English, German, French, Spanish, Italian, Portuguese, Dutch.
  "wife", "husband", "partner", "son", "daughter", "mother", "father", "mum", "mom", "dad", "brother", "sister", "neighbour", "neighbor", "colleague", "friend",
  "frau", "ehefrau", "ehemann", "sohn", "tochter", "mutter", "vater", "bruder", "schwester", "nachbar", "nachbarin", "kollege", "kollegin",
  "femme", "mari", "épouse", "époux", "fils", "fille", "mère", "père", "frère", "sœur", "soeur", "voisin", "voisine", "collègue",
  "esposa", "esposo", "marido", "mujer", "hijo", "hija", "madre", "padre", "hermano", "hermana", "vecino", "vecina", "colega",
  "moglie", "marito", "figlio", "figlia", "fratello", "sorella", "vicino", "vicina", "collega",
  "mulher", "filho", "filha", "mãe", "pai", "irmão", "irmã", "vizinho", "vizinha",
  "vrouw", "echtgenoot", "echtgenote", "zoon", "dochter", "moeder", "vader", "broer", "zus", "buurman", "buurvrouw",
  // Polish, Czech, Slovak, Slovene, Croatian.
  "żona", "mąż", "syn", "córka", "mama", "tata", "brat", "siostra", "sąsiad", "sąsiadka", "kolega", "koleżanka",
  "manželka", "manžel", "dcera", "dcéra", "máma", "otec", "táta", "bratr", "sestra", "soused", "sousedka", "sused", "suseda", "kolegyně", "kolegyňa",
  "žena", "mož", "sin", "hči", "oče", "sosed", "soseda", "sodelavec", "sodelavka", "supruga", "suprug", "kći", "majka", "susjed", "susjeda", "kolegica",
  // Romanian, Hungarian (with "my"), Bulgarian, Greek, Turkish (with "my").
  "soția", "soțul", "sotia", "sotul", "fiul", "fiica", "fratele", "sora", "vecinul", "vecina", "colegul",
  "feleségem", "férjem", "fiam", "lányom", "anyám", "apám", "bátyám", "öcsém", "nővérem", "húgom", "szomszédom", "kollégám",
  "съпругата", "съпругът", "съпругата", "синът", "сина", "дъщерята", "дъщеря", "майка", "баща", "брат", "сестра", "съседът", "съседката", "колегата",
  "γυναίκα", "άντρας", "σύζυγος", "σύζυγός", "γιος", "κόρη", "μητέρα", "μαμά", "πατέρας", "μπαμπάς", "αδελφός", "αδερφός", "αδελφή", "αδερφή", "γείτονας", "γειτόνισσα", "συνάδελφος",
  "eşim", "kocam", "karım", "oğlum", "kızım", "annem", "babam", "kardeşim", "ağabeyim", "ablam", "komşum", "arkadaşım",
  // Latvian, Lithuanian, Estonian, Finnish, Icelandic and the Nordic languages.
  "sieva", "vīrs", "dēls", "meita", "māte", "tēvs", "brālis", "māsa", "kaimiņš", "kaimiņiene", "kolēģis", "kolēģe",
  "žmona", "vyras", "sūnus", "dukra", "tėtis", "brolis", "sesuo", "kaimynas", "kaimynė",
  "naine", "mees", "poeg", "tütar", "ema", "isa", "vend", "õde", "naaber", "kolleeg",
  "vaimo", "mies", "poika", "tytär", "äiti", "isä", "veli", "sisko", "naapuri",
  "konan", "konu", "maðurinn", "sonur", "dóttir", "móðir", "faðir", "bróðir", "systir", "nágranni", "nágranninn", "nábúi", "nábúinn",
  "kone", "mand", "mann", "hustru", "søn", "sønn", "datter", "mor", "far", "bror", "søster", "nabo", "fru", "make", "maka", "dotter", "mamma", "pappa", "syster", "granne",
  // Their definite forms, as "my" after them wants (`naboen min`, `kona mi`, `grannen min`).
  "naboen", "kona", "konen", "mannen", "sønnen", "datteren", "dattera", "broren", "søsteren", "søstera", "grannen", "sonen", "dottern", "systern", "brodern",
])
// "My" after the relative (`ο γιος μου`, `soțul meu`, `figlia mia`), passed over.
export const MINE = new Set(["μου", "meu", "mea", "mia", "mio", "mía", "mío", "min", "mitt", "minu", "mi"])
