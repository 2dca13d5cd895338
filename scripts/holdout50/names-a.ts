// Names of the English, Caucasian, Central Asian, Balkan, Moldovan and Faroese locales. A given name is `Native` or
// `Native:latin` (the Latin spelling e-mail addresses use); a family name is `Family` or `Masculine/Feminine`, each
// side written the same way. Given names that are also words (`Dawn`, `Ulduz`, `Nada`, ...) are on purpose.
export interface NameSet {
  m: string[]
  f: string[]
  fam: string[]
  /** gf: given then family; fg: family first (Vietnamese); fgj: family first, joined (Korean). */
  order: "gf" | "fg" | "fgj"
  /** A script without letter case: no capitals style. */
  caseless?: boolean
  /** Comma style (`Family, Given`) is not written in this locale. */
  noComma?: boolean
}

export const NAMES_A: Record<string, NameSet> = {
  "en-US": {
    m: ["Tyler", "DeShawn", "Brandon", "Marcus", "Travis", "Jamal", "Cody", "Luis", "Darnell", "Hunter"],
    f: ["Ashley", "Brittany", "Dawn", "Joy", "Faith", "Summer", "Keisha", "Madison", "Tamika", "Shelby"],
    fam: ["Washington", "Ramirez", "Kowalski", "O'Connor", "Jefferson", "Nakamura", "Delgado", "Whitaker", "Okafor", "McAllister"],
    order: "gf",
  },
  "en-GB": {
    m: ["Callum", "Rhys", "Alfie", "Kieran", "Dylan", "Ciaran", "Harvey", "Imran", "Declan", "Ewan"],
    f: ["Imogen", "Siobhan", "Chloe", "Dawn", "Joy", "Summer", "Nadia", "Bethany", "Aisling", "Harriet"],
    fam: ["Ashworth", "Pritchard", "Fairbairn", "Thornton", "Okonkwo", "Begum", "Hussain", "Llewellyn", "Blackwood", "Sutcliffe"],
    order: "gf",
  },
  "ka-GE": {
    m: ["გიორგი:giorgi", "დავით:davit", "ლევან:levan", "ნიკა:nika", "ლაშა:lasha", "ირაკლი:irakli", "ზურაბ:zurab", "თორნიკე:tornike"],
    f: ["ნინო:nino", "მარიამ:mariam", "თამარ:tamar", "ეკატერინე:ekaterine", "ნატო:nato", "ლალი:lali", "სალომე:salome", "ქეთევან:ketevan"],
    fam: ["ბერიძე:beridze", "კაპანაძე:kapanadze", "გელაშვილი:gelashvili", "მაისურაძე:maisuradze", "ლომიძე:lomidze", "ჯაფარიძე:japaridze", "ნოზაძე:nozadze", "ჩიქოვანი:chikovani", "წერეთელი:tsereteli", "ხარაიშვილი:kharaishvili"],
    order: "gf",
    caseless: true,
  },
  "hy-AM": {
    m: ["Արամ:aram", "Տիգրան:tigran", "Նարեկ:narek", "Դավիթ:davit", "Հայկ:hayk", "Արմեն:armen", "Սամվել:samvel", "Վահե:vahe"],
    f: ["Անի:ani", "Արև:arev", "Անուշ:anush", "Գոհար:gohar", "Լիլիթ:lilit", "Մարիամ:mariam", "Նարինե:narine", "Սոնա:sona"],
    fam: ["Հովհաննիսյան:hovhannisyan", "Պետրոսյան:petrosyan", "Սարգսյան:sargsyan", "Գրիգորյան:grigoryan", "Կարապետյան:karapetyan", "Մկրտչյան:mkrtchyan", "Ավետիսյան:avetisyan", "Խաչատրյան:khachatryan", "Վարդանյան:vardanyan", "Ղազարյան:ghazaryan"],
    order: "gf",
  },
  "az-AZ": {
    m: ["Elvin", "Rəşad", "Tural", "Orxan", "Kamran", "Aydın", "Elçin", "Fərid"],
    f: ["Aysel", "Günay", "Leyla", "Nərmin", "Sevinc", "Ulduz", "Günəş", "Könül"],
    fam: ["Məmmədov/Məmmədova", "Əliyev/Əliyeva", "Hüseynov/Hüseynova", "Quliyev/Quliyeva", "Həsənov/Həsənova", "İsmayılov/İsmayılova", "Abbasov/Abbasova", "Rəhimov/Rəhimova", "Nəsirli", "Cəfərli"],
    order: "gf",
  },
  "kk-KZ": {
    m: ["Нұрлан:nurlan", "Ерлан:erlan", "Асқар:askar", "Дәурен:dauren", "Бақыт:bakyt", "Серік:serik", "Айдос:aidos", "Жандос:zhandos"],
    f: ["Айгүл:aigul", "Жұлдыз:zhuldyz", "Динара:dinara", "Әсем:asem", "Гүлнар:gulnar", "Мадина:madina", "Сәуле:saule", "Ақмарал:akmaral"],
    fam: ["Жақсыбеков:zhaksybekov/Жақсыбекова:zhaksybekova", "Омаров:omarov/Омарова:omarova", "Сәрсенбаев:sarsenbaev/Сәрсенбаева:sarsenbaeva", "Қасымов:kasymov/Қасымова:kasymova", "Әбенов:abenov/Әбенова:abenova", "Тоқаев:tokaev/Тоқаева:tokaeva", "Бекмұхамбетов:bekmukhambetov/Бекмұхамбетова:bekmukhambetova", "Исаев:isaev/Исаева:isaeva"],
    order: "gf",
  },
  "uz-UZ": {
    m: ["Aziz", "Jasur", "Sardor", "Otabek", "Bekzod", "Rustam", "Shoxrux", "Oʻtkir"],
    f: ["Dilnoza", "Gulnora", "Madina", "Nodira", "Zarina", "Lola", "Oydin", "Shahnoza"],
    fam: ["Karimov/Karimova", "Rahimov/Rahimova", "Yusupov/Yusupova", "Toshmatov/Toshmatova", "Xoʻjayev/Xoʻjayeva", "Gʻulomov/Gʻulomova", "Abdullayev/Abdullayeva", "Ergashev/Ergasheva", "Qodirov/Qodirova", "Nazarov/Nazarova"],
    order: "gf",
  },
  "mk-MK": {
    m: ["Александар:aleksandar", "Никола:nikola", "Марко:marko", "Горан:goran", "Стефан:stefan", "Дејан:dejan", "Бојан:bojan", "Слава:slava"],
    f: ["Елена:elena", "Марија:marija", "Зора:zora", "Вера:vera", "Ивана:ivana", "Билјана:biljana", "Сања:sanja", "Катерина:katerina"],
    fam: ["Стојановски:stojanovski/Стојановска:stojanovska", "Петровски:petrovski/Петровска:petrovska", "Николовски:nikolovski/Николовска:nikolovska", "Трајковски:trajkovski/Трајковска:trajkovska", "Јовановски:jovanovski/Јовановска:jovanovska", "Димитров:dimitrov/Димитрова:dimitrova", "Георгиев:georgiev/Георгиева:georgieva", "Ристов:ristov/Ристова:ristova"],
    order: "gf",
  },
  "bs-BA": {
    m: ["Emir", "Adnan", "Haris", "Amar", "Jasmin", "Kenan", "Tarik", "Mirza"],
    f: ["Amra", "Lejla", "Selma", "Merima", "Nada", "Emina", "Ajla", "Zora"],
    fam: ["Hodžić", "Begić", "Kovačević", "Delić", "Mehmedović", "Hadžić", "Šehić", "Osmanović", "Karić", "Ibrahimović"],
    order: "gf",
  },
  "ro-MD": {
    m: ["Vasile", "Andrei", "Mihai", "Sergiu", "Dumitru", "Florin", "Iurie", "Veaceslav"],
    f: ["Doina", "Speranța", "Natalia", "Cristina", "Tatiana", "Mariana", "Lilia", "Corina"],
    fam: ["Rusu", "Ciobanu", "Ceban", "Lungu", "Munteanu", "Cojocaru", "Țurcanu", "Guțu", "Bălan", "Roșca", "Sîrbu"],
    order: "gf",
  },
  "fo-FO": {
    m: ["Jóan", "Rógvi", "Sjúrður", "Heðin", "Bárður", "Tróndur", "Eyðun", "Símun"],
    f: ["Guðrun", "Turið", "Bára", "Sól", "Rakul", "Marjun", "Sunneva", "Ragnhild"],
    fam: ["Joensen", "Jacobsen", "Poulsen", "Olsen", "Danielsen", "Nolsøe", "Mikkelsen", "Johannesen", "Hammershaimb", "Dam"],
    order: "gf",
  },
}
