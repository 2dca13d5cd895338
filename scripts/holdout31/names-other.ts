// Name pools of the other regions, each in its language's letters, with the
// immigrant communities of each country.
import type { Pools } from "./names-en.ts"

/** Names that are also ordinary words, by language (used as both). */
export const WORD_NAMES: Record<string, string[]> = {
  es: ["Luz", "Dolores", "Rosario", "Soledad"], pt: ["Graça", "Glória"], da: ["Sol", "Liv"], nb: ["Sol", "Liv"], fi: ["Onni", "Tuuli"],
  uk: ["Віра", "Надія", "Любов"], hr: ["Nada", "Zora"], sk: ["Viera"],
}

export const POOLS_OTHER: Record<string, Pools> = {
  MX: {
    local: { f: ["María Guadalupe", "Xóchitl", "Itzel", "Ximena", "Citlali", "Araceli", "Fernanda"], m: ["José Luis", "Cuauhtémoc", "Jesús", "Emiliano", "Juan Carlos", "Rubén", "Octavio"], s: ["Hernández López", "Ramírez Ortega", "Cruz", "Martínez Zúñiga", "de la Cruz", "Sánchez", "Ibarra", "Nájera", "Gutiérrez Peña"] },
    others: [
      { f: ["Nayla", "Samira"], m: ["Jorge", "Elías"], s: ["Harfuch", "Haddad", "Nasser"] },
      { f: ["Min-ji"], m: ["Jae-won"], s: ["Kim", "Park"] },
    ],
  },
  AR: {
    local: { f: ["Agustina", "Florencia", "Micaela", "Camila", "Milagros", "Belén"], m: ["Facundo", "Gonzalo", "Matías", "Santiago", "Nahuel", "Joaquín"], s: ["Giménez", "Ferreyra", "Fernández", "Sosa", "Acuña", "Benítez", "Medina"] },
    others: [
      { f: ["Lucía", "Valentina", "Antonella"], m: ["Franco", "Lucas", "Bruno"], s: ["Bianchi", "Rossi", "Lombardi", "Di Stefano", "Mancuso"] },
      { f: ["Rosa", "Wilma"], m: ["Edgar", "Wilfredo"], s: ["Quispe", "Mamani", "Choque", "Benítez"] },
      { f: ["Ariela"], m: ["Sergio", "Ariel"], s: ["Kazarian", "Goldstein", "Papazian"] },
    ],
  },
  BR: {
    local: { f: ["Maria da Conceição", "Ana Luíza", "Francisca", "Jéssica", "Lúcia", "Tainá"], m: ["João Pedro", "Thiago", "Luiz Antônio", "Raimundo", "Caio", "Márcio"], s: ["Gonçalves", "Nascimento", "Araújo", "dos Santos", "da Silva", "de Souza", "Cavalcanti", "Magalhães"] },
    others: [
      { f: ["Akemi", "Yumi"], m: ["Rodrigo", "Hiroshi"], s: ["Tanaka", "Nakamura", "Yamamoto"] },
      { f: ["Samira", "Lúcia"], m: ["Michel", "Jorge"], s: ["Haddad", "Chamoun", "Maluf"] },
      { f: ["Greice"], m: ["Henrique", "Bruno"], s: ["Schmidt", "Zanetti", "Hoffmann"] },
    ],
  },
  QC: {
    local: { f: ["Geneviève", "Marie-Ève", "Josée", "Maryse", "Mélanie", "Chantal"], m: ["Étienne", "Jean-François", "Sébastien", "Réjean", "Benoît", "Mathieu"], s: ["Tremblay", "Côté", "Gagnon", "Bélanger", "Ouellet", "Lévesque", "Bouchard", "Pelletier", "Gauthier"] },
    others: [
      { f: ["Nadège", "Marjorie"], m: ["Jean-Robert", "Fritz"], s: ["Désir", "Saint-Fleur", "Toussaint", "Jean-Louis"] },
      { f: ["Thi Hoa", "Linh"], m: ["Van Duc", "Quoc"], s: ["Tran", "Nguyen", "Pham"] },
      { f: ["Samia", "Nour"], m: ["Youssef", "Karim"], s: ["El Amrani", "Benali", "Haddad"] },
    ],
  },
  CHF: {
    local: { f: ["Léa", "Mathilde", "Céline", "Noémie", "Gaëlle", "Aurélie"], m: ["Loïc", "Yannick", "Raphaël", "Cédric", "Grégoire", "Jérôme"], s: ["Favre", "Rochat", "Perrin", "Dubois", "Jaquet", "Bonvin", "Cuénod", "Mottier", "de Montmollin"] },
    others: [
      { f: ["Sofia", "Inês"], m: ["Tiago", "Rui"], s: ["Pereira", "Ferreira", "Lopes"] },
      { f: ["Arta", "Blerta"], m: ["Arbër", "Driton"], s: ["Krasniqi", "Berisha", "Hoxha"] },
    ],
  },
  CHD: {
    local: { f: ["Regula", "Nicole", "Barbara", "Corinne", "Jasmin", "Brigitte"], m: ["Urs", "Reto", "Beat", "Jürg", "Thomas", "Lukas"], s: ["Müller", "Brändli", "Zürcher", "Hürlimann", "Gämperli", "Bachmann", "Stöckli", "von Arx", "Schnyder"] },
    others: [
      { f: ["Shqipe", "Valbona"], m: ["Arben", "Fatmir"], s: ["Berisha", "Gashi", "Morina"] },
      { f: ["Giulia", "Francesca"], m: ["Giuseppe", "Salvatore"], s: ["Ferraro", "Esposito", "Russo"] },
      { f: ["Ayşe", "Elif"], m: ["Mehmet", "Emre"], s: ["Yılmaz", "Kaya", "Öztürk"] },
      { f: ["Tharshini"], m: ["Tharshan", "Sutharsan"], s: ["Sivakumar", "Thurairajah"] },
    ],
  },
  DK: {
    local: { f: ["Mette", "Line", "Birgitte", "Signe", "Karen", "Ditte"], m: ["Søren", "Kasper", "Anders", "Mads", "Jørgen", "Bjarne"], s: ["Kjærgaard", "Østergaard", "Bøgh", "Lauridsen", "Juhl", "Sørensen", "Mørch", "Vestergaard"] },
    others: [
      { f: ["Ayşe", "Zeynep"], m: ["Mehmet", "Hüseyin"], s: ["Yıldız", "Demir", "Şahin"] },
      { f: ["Sadia", "Amina"], m: ["Bilal", "Usman"], s: ["Chaudhry", "Butt", "Malik"] },
      { f: ["Agnieszka"], m: ["Piotr"], s: ["Wróbel", "Nowak"] },
    ],
  },
  NO: {
    local: { f: ["Ingrid", "Sigrid", "Kari", "Ragnhild", "Solveig", "Marit"], m: ["Håkon", "Eirik", "Sindre", "Torbjørn", "Øyvind", "Vegard"], s: ["Bjørnstad", "Ødegård", "Haugen", "Solberg", "Løvås", "Bakken", "Kvamme", "Aasheim"] },
    others: [
      { f: ["Máret", "Ánne"], m: ["Áslak", "Niillas"], s: ["Sara", "Eira", "Gaup"] },
      { f: ["Hodan", "Ubah"], m: ["Abdirizak", "Mohamud"], s: ["Warsame", "Hassan", "Jama"] },
      { f: ["Katarzyna"], m: ["Tomasz", "Łukasz"], s: ["Kowalczyk", "Mazur"] },
    ],
  },
  FI: {
    local: { f: ["Päivi", "Aino", "Sanna", "Hanna-Riikka", "Tuija", "Elina"], m: ["Jyrki", "Eetu", "Juha-Pekka", "Ville", "Jarkko", "Antti"], s: ["Mäkelä", "Hämäläinen", "Virtanen", "Kärkkäinen", "Heikkilä", "Väisänen", "Leppänen", "Nieminen"] },
    others: [
      { f: ["Linnéa", "Ulrika"], m: ["Johan", "Mikael"], s: ["Åström", "Sjöholm", "Lindqvist"] },
      { f: ["Olga", "Tatjana"], m: ["Aleksei", "Dmitri"], s: ["Smirnov", "Kuznetsov", "Volkov"] },
      { f: ["Fadumo"], m: ["Abdirahman", "Said"], s: ["Yusuf", "Ali", "Omar"] },
    ],
  },
  EE: {
    local: { f: ["Mari-Liis", "Kadri", "Triin", "Kärt", "Piret", "Ülle"], m: ["Tõnu", "Jaan", "Margus", "Urmas", "Priit", "Märt"], s: ["Õunapuu", "Jõgi", "Tamm", "Saar", "Kask", "Mägi", "Pärn", "Ilves", "Sepp"] },
    others: [
      { f: ["Natalja", "Jelena"], m: ["Sergei", "Andrei"], s: ["Ivanov", "Petrov", "Kuznetsov", "Sokolov"] },
      { f: ["Oksana"], m: ["Bohdan"], s: ["Kovalenko", "Savchuk"] },
    ],
  },
  SK: {
    local: { f: ["Zuzana", "Martina", "Ľudmila", "Katarína", "Jana", "Dáša"], m: ["Ľubomír", "Jozef", "Peter", "Ján", "Matúš", "Dušan"], s: ["Ďurica", "Kováč", "Horváth", "Šimko", "Kučera", "Lukáč", "Baláž", "Žiak"] },
    others: [
      { f: ["Erzsébet", "Ildikó"], m: ["Gábor", "László"], s: ["Szőke", "Nagy", "Tóth", "Kovács"] },
      { f: ["Iryna"], m: ["Vasyl"], s: ["Hnatyshyn", "Bondar"] },
    ],
  },
  UA: {
    local: { f: ["Оксана", "Ірина", "Наталія", "Олена", "Ганна", "Соломія"], m: ["Олександр", "Тарас", "Андрій", "Богдан", "Юрій", "Остап"], s: ["Шевченко", "Бондаренко", "Коваленко", "Мельник", "Ткаченко", "Кравчук", "Гнатюк", "Ющенко"] },
    others: [
      { f: ["Ельвіра", "Лейла"], m: ["Рустем", "Ескендер"], s: ["Аблаєв", "Челебієв", "Умеров"] },
      { f: ["Ержебет"], m: ["Золтан", "Іштван"], s: ["Бокор", "Товт"] },
    ],
  },
  HR: {
    local: { f: ["Ivana", "Marija", "Dubravka", "Snježana", "Mirjana", "Lucija"], m: ["Željko", "Ante", "Tomislav", "Krešimir", "Damir", "Zvonimir"], s: ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Knežević", "Šarić", "Vuković"] },
    others: [
      { f: ["Emina", "Amra"], m: ["Amar", "Edin"], s: ["Hadžić", "Delić", "Mujić"] },
      { f: ["Jelena"], m: ["Dragan", "Nenad"], s: ["Petrović", "Jovanović"] },
      { f: ["Chiara"], m: ["Marco"], s: ["Benussi", "Rota"] },
    ],
  },
}
