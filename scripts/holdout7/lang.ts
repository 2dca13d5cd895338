// Per-language data: names of many origins, towns, mail domains, phone
// countries, IBAN countries. Every name is invented as a combination.

export interface Lang {
  code: string
  /** male first names */
  first: string[]
  /** female first names */
  firstF: string[]
  last: string[]
  /** female surnames where the language inflects them (pl, cs); `last` is then male */
  lastF?: string[]
  mail: string[]
  phones: string[]
  ibans: string[]
  towns: string[]
}

export const LANGS: Record<string, Lang> = {
  en: {
    code: "en",
    first: ["Liam", "Ciarán", "Chukwuemeka", "Wei", "Mateusz", "Declan", "Jamal", "Tomasz", "Kwame", "Rhys", "Björn", "Lachlan", "Tevita", "Santiago", "Dmitri", "Oluwaseun", "Hamish"],
    firstF: ["Olivia", "Siobhán", "Priya", "Fatima", "Aoife", "Harper", "Mei-Ling", "Niamh", "Aaliyah", "Zoë", "Linh", "Maddison", "Ngaire"],
    last: ["Okafor", "O'Sullivan", "Raghunathan", "Zhang", "Al-Hassan", "MacLeod", "Nowak", "Fitzgerald", "Thompson", "Mensah", "Kowalczyk", "Ní Bhriain", "Hernández", "Papadopoulos", "Tran", "Achterberg", "Whitfield", "Nakamura", "Fonua", "McAllister", "Okonkwo-Reid", "Delacroix", "Abernethy", "Van der Berg", "Ramaswamy", "Kaur"],
    mail: ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "eircom.net", "bigpond.com", "icloud.com", "hotmail.com", "comcast.net", "optusnet.com.au", "tcd.ie", "student.unimelb.edu.au", "me.com", "protonmail.com", "mail.co.uk"],
    phones: ["US", "GB", "IE", "AU", "CA"],
    ibans: ["GB", "IE", "GB", "DE", "FR", "ES"],
    towns: ["Leeds", "Cork", "Ballarat", "Dayton", "Swansea", "Galway", "Wollongong", "Tulsa", "Reading", "Limerick"],
  },
  de: {
    code: "de",
    first: ["Jürgen", "Dragan", "Maximilian", "Mehmet", "Jonas", "Björn", "Emre", "Nikolai"],
    firstF: ["Ayşe", "Lena", "Anneliese", "Katharina", "Svetlana", "Hannelore", "Frieda"],
    last: ["Weiß", "Yılmaz", "Petrović", "Schulze-Brandt", "Müller", "Öztürk", "von Ahlen", "Krämer", "Nguyen", "Hoffmann", "Kowalski", "Baumgärtner", "Szymański", "Richter", "Al-Khatib"],
    mail: ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch"],
    phones: ["DE", "DE", "DE", "AT", "CH"],
    ibans: ["DE", "DE", "AT"],
    towns: ["Bielefeld", "Kassel", "Graz", "Chemnitz", "Würzburg", "Linz", "Lübeck"],
  },
  fr: {
    code: "fr",
    first: ["Mamadou", "Benoît", "Youssef", "Théo", "Grégoire", "Loïc", "Karim"],
    firstF: ["Aurélie", "Chloé", "Hélène", "Awa", "Inès", "Mathilde", "Élodie"],
    last: ["Lefèvre", "Diallo", "Nguyen", "Benali", "Dubois", "Rousseau", "Traoré", "Le Goff", "Mercier", "Haddad", "Girard", "Fontaine", "Da Silva", "Bénard"],
    mail: ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com"],
    phones: ["FR", "FR", "FR", "BE"],
    ibans: ["FR", "FR", "BE"],
    towns: ["Rennes", "Limoges", "Besançon", "Nancy", "Perpignan", "Angers"],
  },
  it: {
    code: "it",
    first: ["Giuseppe", "Niccolò", "Lorenzo", "Matteo", "Andrea", "Salvatore", "Bogdan", "Raffaele"],
    firstF: ["Chiara", "Francesca", "Aminata", "Giulia", "Ilaria", "Lucía"],
    last: ["Esposito", "De Luca", "Russo", "Ferrari", "D'Angelo", "Bianchi", "Colombo", "Popescu", "Greco", "Marino", "Lo Bianco", "Caruso", "Sow", "Bruno"],
    mail: ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com"],
    phones: ["IT", "IT", "IT", "CH"],
    ibans: ["IT", "IT"],
    towns: ["Bergamo", "Lecce", "Parma", "Trento", "Cagliari", "Pescara"],
  },
  nl: {
    code: "nl",
    first: ["Daan", "Mohamed", "Bram", "Jeroen", "Thijs", "Kofi"],
    firstF: ["Sanne", "Fleur", "Noor", "Anouk", "Sevda", "Ingrid", "Maartje"],
    last: ["van der Meer", "de Vries", "El Amrani", "Jansen", "Bakker", "van den Heuvel", "Yıldız", "Visser", "de Groot", "Mulder", "Pinas", "Verhoeven", "Smit"],
    mail: ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hotmail.nl", "telenet.be", "gmail.com"],
    phones: ["NL", "NL", "NL", "BE"],
    ibans: ["NL", "NL", "BE"],
    towns: ["Zwolle", "Tilburg", "Leeuwarden", "Amersfoort", "Gent", "Delft"],
  },
  pl: {
    code: "pl",
    first: ["Paweł", "Grzegorz", "Łukasz", "Zbigniew", "Wojciech", "Jędrzej", "Andriy"],
    firstF: ["Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Oksana", "Bożena"],
    last: ["Wójcik", "Zieliński", "Brzęczyszczykiewicz", "Kowalczyk", "Wiśniewski", "Dąbrowski", "Lewandowski", "Szczepański", "Kamiński", "Bondarenko", "Jabłoński", "Górecki", "Nowak"],
    lastF: ["Wójcik", "Zielińska", "Kowalczyk", "Wiśniewska", "Dąbrowska", "Lewandowska", "Szczepańska", "Kamińska", "Bondarenko", "Jabłońska", "Górecka", "Nowak"],
    mail: ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    phones: ["PL", "PL", "PL", "DE"],
    ibans: ["PL", "PL"],
    towns: ["Łódź", "Rzeszów", "Gdańsk", "Białystok", "Poznań", "Kielce"],
  },
  cs: {
    code: "cs",
    first: ["Jiří", "Přemysl", "Ondřej", "Vojtěch", "Radek", "Tomáš", "Mykola"],
    firstF: ["Tereza", "Lucie", "Zuzana", "Kateřina", "Hana", "Dagmar"],
    last: ["Dvořák", "Novák", "Šťastný", "Procházka", "Černý", "Kučera", "Veselý", "Horák", "Němec", "Marek", "Pospíšil", "Kovalenko", "Růžička"],
    lastF: ["Dvořáková", "Nováková", "Šťastná", "Procházková", "Černá", "Kučerová", "Veselá", "Horáková", "Němcová", "Marková", "Pospíšilová", "Kovalenko", "Růžičková"],
    mail: ["seznam.cz", "email.cz", "centrum.cz", "volny.cz", "gmail.com"],
    phones: ["CZ", "CZ", "CZ", "DE"],
    ibans: ["CZ", "CZ"],
    towns: ["Brno", "Olomouc", "Plzeň", "Jihlava", "Liberec", "Ostrava"],
  },
}
