// Invented people, companies and places per locale. First and last names are
// drawn independently, so no pair names a real person on purpose.

export interface Pool {
  first: readonly string[]
  last: readonly string[]
  domains: readonly string[]
}

const EN_FIRST = ['Daniel', 'Kayla', 'Marcus', 'Shannon', 'Tyler', 'Brianna', 'Connor', 'Deborah', 'Ewan', 'Morag',
  'Callum', 'Isla', 'Siobhán', 'Niamh', 'Priya', 'Rahul', 'Chiamaka', 'Oluwaseun', 'Mei', 'Wei', 'Fatima', 'Yusuf',
  'Aaliyah', 'DeShawn', 'Zoë', 'Renée', 'Malik', 'Heather', 'Graham', 'Lachlan', 'Ainsley', 'Tremaine', 'Hamish', 'Jordan', 'Grace', 'Florence', 'Mark', 'Faith']
const EN_LAST = ['Whitaker', 'McAllister', 'Okonkwo', 'Henderson', 'Fraser', 'MacLeod', "O'Donnell", 'Patel', 'Nguyen',
  'Thornton', 'Abernethy', 'Adeyemi', 'Chaudhry', 'Lindqvist', 'Brennan', 'Cruickshank', 'Delacroix-Hart', 'Ramsay',
  'Okafor', 'Hollings', 'Tremblay', 'Gagnon', 'Sutherland', 'Ferreira', 'Haddad', 'Kowalczyk', 'Yamamoto', 'Rhys-Evans']
const PL_FIRST = ['Agnieszka', 'Łukasz', 'Małgorzata', 'Krzysztof', 'Zuzanna', 'Wojciech', 'Grzegorz', 'Joanna', 'Bartłomiej']
const PL_LAST = ['Wiśniewska', 'Kowalczyk', 'Zieliński', 'Szymańska', 'Wróbel', 'Dąbrowski', 'Lewandowska', 'Grabowski']
const PH_FIRST = ['Maricel', 'Jhun', 'Rowena', 'Arnel', 'Lovely', 'Jerico', 'Marites', 'Bong', 'Kristine Joy', 'Rommel']
const PH_LAST = ['Dela Cruz', 'Bautista', 'Macaraeg', 'Villanueva', 'Pangilinan', 'Santos', 'Dimaculangan', 'Manalo']

export const POOLS: Record<string, Pool> = {
  en: { first: EN_FIRST, last: EN_LAST, domains: ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'icloud.com', 'shaw.ca', 'hotmail.co.uk', 'proton.me'] },
  pl: { first: PL_FIRST, last: PL_LAST, domains: ['wp.pl', 'gmail.com', 'o2.pl', 'outlook.com'] },
  ph: { first: PH_FIRST, last: PH_LAST, domains: ['yahoo.com', 'gmail.com', 'ymail.com'] },
  de: {
    first: ['Jürgen', 'Anneliese', 'Maximilian', 'Svenja', 'Büşra', 'Kerem', 'Friederike', 'Torben', 'Malte', 'Henrike', 'Dragan', 'Ursula', 'Lukas', 'Fabienne'],
    last: ['Brückner', 'Oberhauser', 'Kessler', 'Yıldız', 'Hoffmann-Reiter', 'Marxer', 'Büchel', 'Frommelt', 'Schäfer', 'von Arnim', 'Nowak', 'Wüst', 'Lichtenstein', 'Kaiser'],
    domains: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'adon.li', 'gmail.com'],
  },
  fr: {
    first: ['Héloïse', 'Gaëtan', 'Clémence', 'Yannick', 'Nadia', 'Loïc', 'Sébastien', 'Amandine', 'Karim', 'Maëlle', 'Wouter', 'Thibault', 'Océane'],
    last: ['Lefèvre', 'Dubois-Martin', 'Benali', 'Van Damme', 'Peeters', 'Rousseau', 'Mercier', 'De Smet', 'Fontaine', 'Lemaître', 'Claes'],
    domains: ['orange.fr', 'free.fr', 'laposte.net', 'skynet.be', 'telenet.be', 'gmail.com'],
  },
  es: {
    first: ['Íñigo', 'Nerea', 'Alejandro', 'Lucía', 'Begoña', 'Jordi', 'Montserrat', 'Álvaro', 'Ainhoa', 'Rocío', 'Xabier'],
    last: ['García Núñez', 'Etxeberria', 'Martínez de la Rosa', 'Puig', 'Fernández', 'Ortega Sanz', 'Castillo', 'Ibáñez', 'Roig'],
    domains: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
  },
  it: {
    first: ['Niccolò', 'Chiara', 'Gianluca', 'Federica', 'Salvatore', 'Ilaria', 'Pierpaolo', 'Beatrice', 'Raffaele', 'Giorgia'],
    last: ['Esposito', 'Colombo', "D'Angelo", 'Ferri', 'Lo Russo', 'Bianchi', 'De Luca', 'Marchetti', 'Sanfilippo'],
    domains: ['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'gmail.com'],
  },
  bg: {
    first: ['Георги', 'Десислава', 'Стоян', 'Цветелина', 'Милена', 'Христо', 'Радослав', 'Теодора', 'Ивайло', 'Йорданка'],
    last: ['Петрова', 'Иванов', 'Димитрова', 'Стоянов', 'Колева', 'Тодоров', 'Хаджиева', 'Николов', 'Ангелова'],
    domains: ['abv.bg', 'mail.bg', 'gmail.com', 'dir.bg'],
  },
  sk: {
    first: ['Ľubomír', 'Zuzana', 'Miroslav', 'Katarína', 'Ondrej', 'Jana', 'Dušan', 'Veronika', 'Peter', 'Ľudmila'],
    last: ['Horváthová', 'Kováč', 'Szabó', 'Baláž', 'Tóthová', 'Némethová', 'Šimko', 'Krajčír', 'Ďurišová'],
    domains: ['azet.sk', 'zoznam.sk', 'centrum.sk', 'gmail.com'],
  },
  lt: {
    first: ['Rūta', 'Mindaugas', 'Eglė', 'Žygimantas', 'Aušra', 'Darius', 'Gintarė', 'Vytautas', 'Ieva', 'Tomas'],
    last: ['Kazlauskienė', 'Jankauskas', 'Petrauskaitė', 'Žukauskas', 'Vasiliauskienė', 'Butkus', 'Paulauskas', 'Stankevičiūtė'],
    domains: ['gmail.com', 'one.lt', 'inbox.lt', 'takas.lt'],
  },
}

/** English texts draw most names from `en`, some from writers of Polish and Filipino origin. */
export function poolFor(lang: string, origin: string | undefined): Pool {
  const pool = POOLS[origin ?? lang] ?? POOLS[lang]
  if (!pool) throw new Error(`no name pool for ${lang}`)
  return pool
}

/** Companies per language and business (law, staff, ferry). Not PERSON. */
export const COMPANIES: Record<string, Record<string, readonly string[]>> = {
  en: { law: ['Harbour & Quay Legal', 'Tayside Law Centre', 'Maple Street Legal Aid'], staff: ['Brightside Staffing', 'Keystone Temps'], ferry: ['NorthSound Ferries', 'Atlantic Isles Cruises'] },
  de: { law: ['Kanzlei Brandt & Partner', 'Rechtsberatung Vaduz AG'], staff: ['ZeitWerk Personal AG'], ferry: ['Bodensee-Fähre GmbH', 'Nordsee-Linie'] },
  fr: { law: ['Cabinet Moreau Avocats'], staff: ['Intérim Plus', 'Flexi Jobs Liège'], ferry: ['Ferries de la Manche'] },
  es: { law: ['Bufete Arrieta'], staff: ['TempoRH'], ferry: ['Navieras del Estrecho'] },
  it: { law: ['Studio Legale Ferri'], staff: ['LavoroSubito'], ferry: ['Traghetti Tirreno'] },
  bg: { law: ['Адвокатско дружество Стоянов'], staff: ['Работа Плюс'], ferry: ['Черноморски фериботи'] },
  sk: { law: ['Advokátska kancelária Kováč'], staff: ['PersonaFlex'], ferry: ['Dunajská plavba'] },
  lt: { law: ['Advokatų kontora Butkus'], staff: ['Darbo Partneriai'], ferry: ['Baltijos keltai'] },
}
