// Names by language: given names (male, female) and family names (male form, female form where the language
// genders them). Greek names carry their Latin spelling after a colon, for e-mail addresses.
export interface Names { gm: string[]; gf: string[]; fm: string[]; ff?: string[]; twoSurnames?: boolean }

export const NAMES: Record<string, Names> = {
  en: {
    gm: ["Thabo", "Rhys", "Liam", "Nathaniel", "Wiremu", "Desmond", "Junhao", "Callum"],
    gf: ["Aroha", "Naledi", "Siobhan", "Priya", "Georgina", "Meiling", "Tamsin", "Olivia"],
    fm: ["Ngata", "Botha", "Pillay", "Hollis", "Tan", "Whitcombe", "Dlamini", "Fairweather", "Parata", "Okafor"],
  },
  el: {
    gm: ["Γιώργος:giorgos", "Δημήτρης:dimitris", "Κωνσταντίνος:konstantinos", "Νίκος:nikos", "Παναγιώτης:panagiotis"],
    gf: ["Μαρία:maria", "Κατερίνα:katerina", "Σοφία:sofia", "Δέσποινα:despoina", "Αθηνά:athina"],
    fm: ["Παπαδόπουλος:papadopoulos", "Οικονόμου:oikonomou", "Γεωργίου:georgiou", "Καραγιάννης:karagiannis", "Βλάχος:vlachos"],
    ff: ["Παπαδοπούλου:papadopoulou", "Οικονόμου:oikonomou", "Γεωργίου:georgiou", "Καραγιάννη:karagianni", "Βλάχου:vlachou"],
  },
  tr: {
    gm: ["Mehmet", "Emre", "Burak", "Mustafa", "Kerem"],
    gf: ["Ayşe", "Zeynep", "Elif", "Fatma", "Gülşen"],
    fm: ["Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Arslan"],
  },
  ro: {
    gm: ["Andrei", "Mihai", "Ștefan", "Bogdan", "Radu"],
    gf: ["Ioana", "Mădălina", "Andreea", "Cristina", "Roxana"],
    fm: ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Munteanu", "Constantinescu", "Florea"],
  },
  hr: {
    gm: ["Ivan", "Luka", "Matej", "Tomislav", "Krešimir"],
    gf: ["Ana", "Petra", "Ivana", "Marija", "Dubravka"],
    fm: ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević"],
  },
  sr: {
    gm: ["Nikola", "Stefan", "Miloš", "Dragan", "Vuk"],
    gf: ["Jelena", "Milica", "Dragana", "Snežana", "Teodora"],
    fm: ["Jovanović", "Petrović", "Nikolić", "Đorđević", "Stojanović", "Ilić", "Marković"],
  },
  et: {
    gm: ["Mart", "Tõnu", "Rasmus", "Indrek", "Priit"],
    gf: ["Kadri", "Triin", "Liis", "Maarja", "Ülle"],
    fm: ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves"],
  },
  fi: {
    gm: ["Juha", "Mikko", "Jukka", "Antti", "Ville"],
    gf: ["Sanna", "Päivi", "Hanna", "Riikka", "Johanna"],
    fm: ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Heikkinen", "Häkkinen", "Lehtonen"],
  },
  is: {
    gm: ["Jón", "Guðmundur", "Sigurður", "Gunnar", "Einar"],
    gf: ["Guðrún", "Anna", "Kristín", "Sigríður", "Þórdís"],
    fm: ["Jónsson", "Sigurðsson", "Guðmundsson", "Einarsson", "Magnússon"],
    ff: ["Jónsdóttir", "Sigurðardóttir", "Guðmundsdóttir", "Einarsdóttir", "Magnúsdóttir"],
  },
  pt: {
    gm: ["João", "Thiago", "Rodrigo", "Gonçalo", "Felipe"],
    gf: ["Beatriz", "Mariana", "Inês", "Fernanda", "Conceição"],
    fm: ["Silva", "Santos", "Ferreira", "Oliveira", "Gonçalves", "Rodrigues", "Azevedo", "Magalhães"],
    twoSurnames: true,
  },
  es: {
    gm: ["Matías", "Sebastián", "Andrés", "Joaquín", "Camilo"],
    gf: ["Valentina", "Catalina", "Camila", "Daniela", "Ximena"],
    fm: ["González", "Muñoz", "Rojas", "Díaz", "Restrepo", "Jaramillo", "Contreras", "Sepúlveda"],
    twoSurnames: true,
  },
  de: {
    gm: ["Lukas", "Maximilian", "Florian", "Matthias", "Jürgen"],
    gf: ["Katharina", "Lena", "Sabine", "Anneliese", "Jasmin"],
    fm: ["Huber", "Gruber", "Wagner", "Pichler", "Müller", "Steiner", "Schmidt", "Hofbauer"],
  },
  it: {
    gm: ["Giuseppe", "Alessandro", "Lorenzo", "Matteo", "Davide"],
    gf: ["Chiara", "Giulia", "Francesca", "Martina", "Elisabetta"],
    fm: ["Rossi", "Esposito", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Bruno"],
  },
  pl: {
    gm: ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Łukasz"],
    gf: ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena"],
    fm: ["Kowalski", "Wiśniewski", "Nowak", "Wójcik", "Lewandowski", "Zieliński", "Kamiński"],
    ff: ["Kowalska", "Wiśniewska", "Nowak", "Wójcik", "Lewandowska", "Zielińska", "Kamińska"],
  },
  cs: {
    gm: ["Jiří", "Petr", "Tomáš", "Jan", "Ondřej"],
    gf: ["Jana", "Lucie", "Kateřina", "Tereza", "Zuzana"],
    fm: ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý"],
    ff: ["Nováková", "Svobodová", "Dvořáková", "Černá", "Procházková", "Kučerová", "Veselá"],
  },
  sv: {
    gm: ["Erik", "Lars", "Anders", "Johan", "Oskar"],
    gf: ["Ingrid", "Maja", "Elsa", "Karin", "Astrid"],
    fm: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Bergström", "Sjöberg"],
  },
  fr: {
    gm: ["Théo", "Mathieu", "Grégoire", "Antoine", "Benoît"],
    gf: ["Camille", "Élodie", "Margaux", "Océane", "Hélène"],
    fm: ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Mercier"],
  },
}

/** The Latin letters an e-mail address is written with. */
export function latin(s: string): string {
  const map: Record<string, string> = { ß: "ss", ø: "o", æ: "ae", þ: "th", ð: "d", ı: "i", ł: "l", đ: "dj", œ: "oe" }
  return s.toLowerCase().replace(/[ßøæþðıłđœ]/g, (c) => map[c]!).normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z]/g, "")
}
