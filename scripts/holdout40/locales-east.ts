// Slovak, Slovenian, Hungarian, Bulgarian and Ukrainian (Cyrillic), Serbian (Latin).
import type { Locale } from "./types.ts"

export const EAST: Locale[] = [
  {
    tag: "sk-SK", country: "SK", iban: ["SK"], spoken: false,
    names: {
      m: ["Peter", "Martin", "Juraj", "Marek", "Tomáš", "Ľubomír", "Miroslav", "Dušan", "Ján"],
      f: ["Viera", "Zuzana", "Katarína", "Jana", "Mária", "Ľubica", "Ruža", "Zora", "Soňa"],
      family: ["Horváth|Horváthová", "Kováč|Kováčová", "Varga|Vargová", "Tóth|Tóthová", "Baláž|Balážová", "Molnár|Molnárová", "Lukáč|Lukáčová", "Polák|Poláková", "Šimko|Šimková"],
      title: ["pán", "pani"],
    },
    w: {
      hi: ["Dobrý deň {given},", "Ahoj {given},"], bye: ["S pozdravom\n{name}", "Ďakujem, {name}"], me: ["volám sa {name}", "tu je {name}"],
      call: ["zavolajte mi na {phone}", "moje číslo je {phone}"], call2: ["{phone} alebo {phone2}"], mail: ["môj e-mail je {email}"], card: ["číslo karty {card}"], iban: ["vrátenie na účet {iban}"],
      topic: {
        optician: ["Vyšetrenie zraku {date} o {time}, nové dioptrie {lens}.", "Rám {sku} je v oprave, zákazka {repair}, cena {amount}.", "Predplatné šošoviek {plan} sa obnoví {date}."],
        staffing: ["Uchádzač {cand} odovzdal výkaz {ts}.", "Mzdová referencia {payref}: vyplatené {amount} dňa {date}.", "Daňová referencia {taxref} je neplatná."],
        funeral: ["Pohrebný plán {fplan}, pohreb {date} o {time}.", "Kremačný register {reg}, hrobové miesto {plot}."],
        caravan: ["Sezónne miesto {pitch} od {date}, elektromer {meter}.", "Karavan VIN {vin}, ťažné auto {vreg}."],
      },
      third: {
        optician: ["Optometristka {third} odporúča kontrolu o rok."], staffing: ["Referenciu poskytol {third}."],
        funeral: ["Zosnulý {third} bude pochovaný v rodinnom hrobe.", "Najbližší príbuzný: {third}."], caravan: ["Správca kempu {third} má kľúč."],
      },
      words: ["[Viera] v Boha pomáha pozostalým.", "Biela [ruža] na veniec.", "Ranná [zora] nad Tatrami bola nádherná."],
      agent: ["Volá sa mi {agent} z podpory."], vm: ["Dobrý deň, tu je {name}"], vmcall: ["moje číslo je {phone}"], thanks: ["Ďakujem pekne.", "Pekný deň."],
      keys: { name: "Meno", first: "Meno", last: "Priezvisko", phone: "Telefón", email: "E-mail", ref: "Č. ref.", date: "Dátum", note: "Poznámka", subject: "Predmet", customer: "Zákazník", agent: "Operátor", fwd: "---------- Preposlaná správa ----------", from: "Od", to: "Komu", sent: "Dátum", amount: "Suma", post: "PSČ" },
    },
    fmt: { dec: ",", thou: " ", money: ["{n} €", "{n} EUR"], date: ["d.m.y", "d. m. y"], months: [], clock: "24", post: (r) => `${r.int(811, 991)} ${r.digits(2)}` },
    biz: { optician: ["Očná optika Jasný pohľad", "jasnypohlad.sk"], staffing: ["Personálna agentúra Práca+", "pracaplus.sk"], funeral: ["Pohrebníctvo Pokoj", "pohrebnictvopokoj.sk"], caravan: ["Autokemp Liptov", "kempliptov.sk"] },
    hosts: ["gmail.com", "azet.sk", "centrum.sk"],
  },
  {
    tag: "sl-SI", country: "SI", iban: ["SI"], spoken: false,
    names: {
      m: ["Luka", "Matej", "Janez", "Marko", "Jure", "Žiga", "Gregor", "Primož"],
      f: ["Nada", "Vesna", "Zora", "Maja", "Špela", "Nina", "Mojca", "Petra", "Urška"],
      family: ["Novak", "Horvat", "Krajnc", "Zupančič", "Kovačič", "Potočnik", "Mlakar", "Vidmar", "Golob", "Novak-Kranjc", "Turk", "Kos"],
      title: ["g.", "ga."],
    },
    w: {
      hi: ["Pozdravljeni, {given},", "Živjo {given},"], bye: ["Lep pozdrav,\n{name}", "Hvala, {name}"], me: ["ime mi je {name}", "tukaj {name}"],
      call: ["pokličite me na {phone}", "moja številka je {phone}"], call2: ["{phone} ali {phone2}"], mail: ["moj e-naslov je {email}"], card: ["številka kartice {card}"], iban: ["vračilo na račun {iban}"],
      topic: {
        optician: ["Pregled vida {date} ob {time}, nova dioptrija {lens}.", "Okvir {sku} na popravilu, nalog {repair}, {amount}.", "Naročnina na leče {plan} se podaljša {date}."],
        staffing: ["Kandidat {cand} je oddal evidenco ur {ts}.", "Plačilna referenca {payref}: {amount} izplačano {date}.", "Davčna referenca {taxref} ni pravilna."],
        funeral: ["Pogrebni načrt {fplan}, pogreb {date} ob {time}.", "Upepelitveni register {reg}, grobno mesto {plot}."],
        caravan: ["Sezonsko mesto {pitch} od {date}, števec elektrike {meter}.", "Prikolica VIN {vin}, vozilo {vreg}."],
      },
      third: {
        optician: ["Optometristka {third} priporoča kontrolo čez leto dni."], staffing: ["Priporočilo je dal {third}."],
        funeral: ["Pokojni {third} bo pokopan na Žalah.", "Najbližji svojec: {third}."], caravan: ["Upravnik kampa {third} ima ključ."],
      },
      words: ["Naša [nada] je, da bo okvir hitro popravljen.", "Jutranja [zora] nad jezerom je čudovita.", "Rdeča [roža] na krsti."],
      agent: ["Z vami je {agent}."], vm: ["Dober dan, tukaj {name}"], vmcall: ["moja številka je {phone}"], thanks: ["Najlepša hvala.", "Lep dan."],
      keys: { name: "Ime", first: "Ime", last: "Priimek", phone: "Telefon", email: "E-pošta", ref: "Št.", date: "Datum", note: "Opomba", subject: "Zadeva", customer: "Stranka", agent: "Agent", fwd: "---------- Posredovano sporočilo ----------", from: "Od", to: "Za", sent: "Datum", amount: "Znesek", post: "Poštna št." },
    },
    fmt: { dec: ",", thou: ".", money: ["{n} €", "{n} EUR"], date: ["d.m.y", "d. m. y"], months: [], clock: "24", post: (r) => String(r.int(1000, 9265)) },
    biz: { optician: ["Optika Bistri pogled", "bistripogled.si"], staffing: ["Kadrovska agencija Most", "agencija-most.si"], funeral: ["Pogrebno podjetje Mir", "pogrebnomir.si"], caravan: ["Kamp Soča", "kampsoca.si"] },
    hosts: ["gmail.com", "siol.net", "t-2.net"],
  },
  {
    tag: "hu-HU", country: "HU", iban: ["HU"], spoken: false,
    names: {
      m: ["László", "István", "Zoltán", "Gábor", "Attila", "Balázs", "Péter", "Ferenc", "Tamás"],
      f: ["Katalin", "Erzsébet", "Zsuzsanna", "Virág", "Hajnal", "Rózsa", "Eszter", "Réka", "Anikó"],
      family: ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Szőke-Tóth"],
      title: ["", ""], familyFirst: true,
    },
    w: {
      hi: ["Kedves {given}!", "Szia {given},"], bye: ["Üdvözlettel:\n{name}", "Köszönöm, {name}"], me: ["a nevem {name}", "{name} vagyok"],
      call: ["hívjon a {phone} számon", "a mobilszámom {phone}"], call2: ["{phone} vagy {phone2}"], mail: ["az e-mail címem {email}"], card: ["kártyaszám: {card}"], iban: ["kérem, utalják vissza a {iban} számlára"],
      topic: {
        optician: ["Szemvizsgálat {date} {time}, új dioptria {lens}.", "Keret {sku} javításon, munkalap {repair}, ára {amount}.", "Kontaktlencse-előfizetés {plan}, megújul {date}."],
        staffing: ["A jelölt ({cand}) leadta a jelenléti ívet: {ts}.", "Bérszámfejtési hivatkozás {payref}: {amount} kifizetve {date}.", "Adóazonosító hivatkozás {taxref} javítandó."],
        funeral: ["Temetési terv {fplan}, szertartás {date} {time}.", "Hamvasztási nyilvántartás {reg}, sírhely {plot}."],
        caravan: ["Szezonális parcella: {pitch}, kezdés {date}, villanyóra {meter}.", "Lakókocsi alvázszám {vin}, rendszám {vreg}."],
      },
      third: {
        optician: ["{third} optometrista egy év múlva kontrollt javasol."], staffing: ["Az ajánlást {third} adta."],
        funeral: ["Az elhunyt, {third}, a Farkasréti temetőben nyugszik majd.", "Legközelebbi hozzátartozó: {third}."], caravan: ["{third} kempinggondnok ellenőrizte a csatlakozót."],
      },
      words: ["A koszorúra fehér [rózsa] kerül.", "Kora [hajnal] óta esik.", "A teraszon sok a [virág]."],
      agent: ["{agent} vagyok az ügyfélszolgálattól."], vm: ["Jó napot, {name} vagyok"], vmcall: ["a számom {phone}"], thanks: ["Köszönöm szépen.", "Szép napot."],
      keys: { name: "Név", first: "Utónév", last: "Vezetéknév", phone: "Telefon", email: "E-mail", ref: "Hiv. szám", date: "Dátum", note: "Megjegyzés", subject: "Tárgy", customer: "Ügyfél", agent: "Ügyintéző", fwd: "---------- Továbbított üzenet ----------", from: "Feladó", to: "Címzett", sent: "Dátum", amount: "Összeg", post: "Irányítószám" },
    },
    fmt: { dec: ",", thou: " ", money: ["{n} Ft", "{n} HUF"], date: ["y.m.d.", "y. m. d."], months: [], clock: "24", post: (r) => String(r.int(1011, 9985)) },
    biz: { optician: ["Tiszta Látás Optika", "tisztalatas.hu"], staffing: ["Munkaerő Partner Kft.", "munkaeropartner.hu"], funeral: ["Kegyelet Temetkezés", "kegyelettemetkezes.hu"], caravan: ["Balatoni Kemping", "balatonikemping.hu"] },
    hosts: ["gmail.com", "freemail.hu", "citromail.hu"],
  },
  {
    tag: "bg-BG", country: "BG", iban: ["BG"], spoken: false,
    names: {
      m: ["Георги", "Иван", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Любомир"],
      f: ["Мария", "Надежда", "Вяра", "Елена", "Десислава", "Цветелина", "Роза", "Йорданка", "Любов"],
      family: ["Иванов|Иванова", "Георгиев|Георгиева", "Димитров|Димитрова", "Петров|Петрова", "Николов|Николова", "Стоянов|Стоянова", "Христов|Христова", "Тодоров|Тодорова", "Попов|Попова"],
      title: ["г-н", "г-жа"],
    },
    w: {
      hi: ["Здравейте, {given},", "Здрасти {given},"], bye: ["Поздрави,\n{name}", "Благодаря, {name}"], me: ["казвам се {name}", "обажда се {name}"],
      call: ["обадете ми се на {phone}", "телефонът ми е {phone}"], call2: ["{phone} или {phone2}"], mail: ["имейлът ми е {email}"], card: ["номер на карта {card}"], iban: ["възстановяване по сметка {iban}"],
      topic: {
        optician: ["Преглед на очите на {date} в {time} ч., нов диоптър {lens}.", "Рамка {sku} на ремонт, поръчка {repair}, {amount}.", "Абонамент за лещи {plan} се подновява на {date}."],
        staffing: ["Кандидат {cand} подаде отчет за часовете {ts}.", "Референция за заплата {payref}: изплатени {amount} на {date}.", "Данъчна референция {taxref} трябва да се коригира."],
        funeral: ["Погребален план {fplan}, опело на {date} в {time} ч.", "Регистър за кремация {reg}, гробно място {plot}."],
        caravan: ["Сезонно място {pitch} от {date}, електромер {meter}.", "Каравана VIN {vin}, автомобил {vreg}."],
      },
      third: {
        optician: ["Оптометристът {third} препоръчва контролен преглед."], staffing: ["Препоръката е от {third}."],
        funeral: ["Поклонението за {third} ще е в ритуалната зала.", "Най-близък роднина: {third}."], caravan: ["Управителят на къмпинга, {third}, има ключа."],
      },
      words: ["Имаме [надежда] рамката да е готова до петък.", "Бяла [роза] за венеца.", "С [вяра] и търпение."],
      agent: ["Разговаряте с {agent}."], vm: ["Здравейте, обажда се {name}"], vmcall: ["номерът ми е {phone}"], thanks: ["Благодаря предварително.", "Хубав ден."],
      keys: { name: "Име", first: "Име", last: "Фамилия", phone: "Телефон", email: "Имейл", ref: "Реф. №", date: "Дата", note: "Бележка", subject: "Относно", customer: "Клиент", agent: "Оператор", fwd: "---------- Препратено съобщение ----------", from: "От", to: "До", sent: "Дата", amount: "Сума", post: "Пощенски код" },
    },
    fmt: { dec: ",", thou: " ", money: ["{n} лв.", "{n} лева", "BGN {n}"], date: ["d.m.y"], months: [], clock: "24", post: (r) => String(r.int(1000, 9999)) },
    biz: { optician: ["Оптика Ясен поглед", "yasenpogled.bg"], staffing: ["Агенция Работа Плюс", "rabotaplus.bg"], funeral: ["Ритуална агенция Покой", "pokoi-bg.com"], caravan: ["Къмпинг Черноморец", "camping-chernomorets.bg"] },
    hosts: ["abv.bg", "gmail.com", "mail.bg"],
  },
  {
    tag: "uk-UA", country: "UA", iban: ["UA"], spoken: false,
    names: {
      m: ["Олександр", "Андрій", "Тарас", "Богдан", "Дмитро", "Сергій", "Олег", "Мирослав"],
      f: ["Олена", "Надія", "Віра", "Оксана", "Наталія", "Ірина", "Калина", "Любов", "Тетяна"],
      family: ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Ковальчук", "Мельник", "Бойко", "Кравчук", "Олійник", "Петренко", "Лисенко", "Гнатюк"],
      title: ["пан", "пані"],
    },
    w: {
      hi: ["Добрий день, {given}!", "Привіт, {given},"], bye: ["З повагою,\n{name}", "Дякую, {name}"], me: ["мене звати {name}", "це {name}"],
      call: ["зателефонуйте мені на {phone}", "мій номер {phone}"], call2: ["{phone} або {phone2}"], mail: ["моя пошта {email}"], card: ["номер картки {card}"], iban: ["повернення на рахунок {iban}"],
      topic: {
        optician: ["Перевірка зору {date} о {time}, новий рецепт {lens}.", "Оправа {sku} в ремонті, замовлення {repair}, {amount}.", "Підписка на лінзи {plan} поновлюється {date}."],
        staffing: ["Кандидат {cand} подав табель {ts}.", "Платіжне посилання {payref}: виплачено {amount} {date}.", "Податкове посилання {taxref} потрібно виправити."],
        funeral: ["Похоронний план {fplan}, прощання {date} о {time}.", "Реєстр кремації {reg}, місце поховання {plot}."],
        caravan: ["Сезонне місце {pitch} з {date}, лічильник {meter}.", "Причіп VIN {vin}, авто {vreg}."],
      },
      third: {
        optician: ["Оптометрист {third} радить повторний огляд."], staffing: ["Рекомендацію надав {third}."],
        funeral: ["Покійний — {third}.", "Найближчий родич: {third}."], caravan: ["Адміністратор кемпінгу {third} має ключ."],
      },
      words: ["Є [надія], що оправу полагодять швидко.", "Біла [калина] біля входу до кемпінгу.", "[Любов] і пам'ять назавжди."],
      agent: ["З вами {agent}, служба підтримки."], vm: ["Добрий день, це {name}"], vmcall: ["мій номер {phone}"], thanks: ["Дякую.", "Гарного дня."],
      keys: { name: "Ім'я", first: "Ім'я", last: "Прізвище", phone: "Телефон", email: "Ел. пошта", ref: "№ заявки", date: "Дата", note: "Примітка", subject: "Тема", customer: "Клієнт", agent: "Оператор", fwd: "---------- Переслане повідомлення ----------", from: "Від", to: "Кому", sent: "Дата", amount: "Сума", post: "Індекс" },
    },
    fmt: { dec: ",", thou: " ", money: ["{n} грн", "₴{n}", "{n} UAH"], date: ["d.m.y"], months: [], clock: "24", post: (r) => String(r.int(1001, 99999)).padStart(5, "0") },
    biz: { optician: ["Оптика Чистий зір", "chystyizir.ua"], staffing: ["Кадрова агенція Праця", "pratsia.com.ua"], funeral: ["Ритуальна служба Спокій", "spokii.ua"], caravan: ["Кемпінг Карпати", "kemping-karpaty.ua"] },
    hosts: ["ukr.net", "gmail.com", "i.ua"],
  },
  {
    tag: "sr-Latn-RS", country: "RS", iban: ["RS"], spoken: false,
    names: {
      m: ["Nikola", "Marko", "Stefan", "Miloš", "Dragan", "Nemanja", "Dušan", "Vuk", "Đorđe"],
      f: ["Jelena", "Milica", "Nada", "Vera", "Zora", "Ana", "Ivana", "Ljubica", "Snežana"],
      family: ["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović", "Kovačević-Ilić", "Popović", "Lazić"],
      title: ["g.", "gđa"],
    },
    w: {
      hi: ["Zdravo {given},", "Dobar dan, {given},"], bye: ["Srdačan pozdrav,\n{name}", "Hvala, {name}"], me: ["zovem se {name}", "ovde {name}"],
      call: ["pozovite me na {phone}", "moj broj je {phone}"], call2: ["{phone} ili {phone2}"], mail: ["moj imejl je {email}"], card: ["broj kartice {card}"], iban: ["povraćaj na račun {iban}"],
      topic: {
        optician: ["Pregled vida {date} u {time}, nova dioptrija {lens}.", "Ram {sku} na popravci, nalog {repair}, {amount}.", "Pretplata na sočiva {plan} ističe {date}."],
        staffing: ["Kandidat {cand} predao je evidenciju sati {ts}.", "Referenca za platu {payref}: isplaćeno {amount} dana {date}.", "Poreska referenca {taxref} nije tačna."],
        funeral: ["Pogrebni plan {fplan}, sahrana {date} u {time}.", "Registar kremacije {reg}, grobno mesto {plot}."],
        caravan: ["Sezonsko mesto {pitch} od {date}, strujomer {meter}.", "Kamp prikolica VIN {vin}, vozilo {vreg}."],
      },
      third: {
        optician: ["Optometrista {third} preporučuje kontrolu."], staffing: ["Preporuku je dao {third}."],
        funeral: ["Pokojnik {third} biće sahranjen na Novom groblju.", "Najbliži srodnik: {third}."], caravan: ["Upravnik kampa {third} ima ključ."],
      },
      words: ["Postoji [nada] da ram bude gotov sutra.", "[Zora] nad Dunavom je prelepa.", "Bela [ruža] za venac."],
      agent: ["Razgovarate sa agentom {agent}."], vm: ["Dobar dan, ovde {name}"], vmcall: ["moj broj je {phone}"], thanks: ["Hvala unapred.", "Prijatan dan."],
      keys: { name: "Ime", first: "Ime", last: "Prezime", phone: "Telefon", email: "Imejl", ref: "Br.", date: "Datum", note: "Napomena", subject: "Predmet", customer: "Klijent", agent: "Operater", fwd: "---------- Prosleđena poruka ----------", from: "Od", to: "Za", sent: "Datum", amount: "Iznos", post: "Poštanski broj" },
    },
    fmt: { dec: ",", thou: ".", money: ["{n} din.", "{n} RSD", "RSD {n}"], date: ["d.m.y.", "d. m. y."], months: [], clock: "24", post: (r) => String(r.int(11000, 38000)) },
    biz: { optician: ["Optika Jasan vid", "jasanvid.rs"], staffing: ["Agencija Posao Plus", "posaoplus.rs"], funeral: ["Pogrebno preduzeće Mir", "pogrebnomir.rs"], caravan: ["Kamp Zlatibor", "kampzlatibor.rs"] },
    hosts: ["gmail.com", "eunet.rs", "yahoo.com"],
  },
]
