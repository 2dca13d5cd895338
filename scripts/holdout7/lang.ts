// Per-language data: names of many origins, towns, mail domains, phone
// countries, IBAN countries. Every name is invented as a combination.

export interface Lang {
  code: string
  first: string[]
  last: string[]
  mail: string[]
  phones: string[]
  ibans: string[]
  towns: string[]
}

export const LANGS: Record<string, Lang> = {
  en: {
    code: "en",
    first: ["Olivia", "Liam", "Siobhán", "Ciarán", "Priya", "Chukwuemeka", "Wei", "Fatima", "Mateusz", "Aoife", "Declan", "Harper", "Jamal", "Mei-Ling", "Tomasz", "Kwame", "Niamh", "Rhys", "Aaliyah", "Zoë", "Linh", "Björn", "Lachlan", "Maddison", "Tevita", "Ngaire", "Santiago", "Dmitri", "Oluwaseun", "Hamish"],
    last: ["Okafor", "O'Sullivan", "Raghunathan", "Zhang", "Al-Hassan", "MacLeod", "Nowak", "Fitzgerald", "Thompson", "Mensah", "Kowalczyk", "Ní Bhriain", "Hernández", "Papadopoulos", "Tran", "Achterberg", "Whitfield", "Nakamura", "Fonua", "McAllister", "Okonkwo-Reid", "Delacroix", "Abernethy", "Van der Berg", "Ramaswamy", "Kaur"],
    mail: ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "eircom.net", "bigpond.com", "icloud.com", "hotmail.com", "comcast.net", "optusnet.com.au"],
    phones: ["US", "GB", "IE", "AU", "CA"],
    ibans: ["GB", "IE", "GB", "DE", "FR", "ES"],
    towns: ["Leeds", "Cork", "Ballarat", "Dayton", "Swansea", "Galway", "Wollongong", "Tulsa", "Reading", "Limerick"],
  },
  de: {
    code: "de",
    first: ["Jürgen", "Ayşe", "Dragan", "Lena", "Maximilian", "Anneliese", "Mehmet", "Katharina", "Jonas", "Svetlana", "Björn", "Hannelore", "Emre", "Frieda", "Nikolai"],
    last: ["Weiß", "Yılmaz", "Petrović", "Schulze-Brandt", "Müller", "Öztürk", "von Ahlen", "Krämer", "Nguyen", "Hoffmann", "Kowalski", "Baumgärtner", "Szymański", "Richter", "Al-Khatib"],
    mail: ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch"],
    phones: ["DE", "DE", "DE", "AT", "CH"],
    ibans: ["DE", "DE", "AT"],
    towns: ["Bielefeld", "Kassel", "Graz", "Chemnitz", "Würzburg", "Linz", "Lübeck"],
  },
  fr: {
    code: "fr",
    first: ["Aurélie", "Mamadou", "Benoît", "Chloé", "Youssef", "Hélène", "Théo", "Awa", "Grégoire", "Inès", "Loïc", "Mathilde", "Karim", "Élodie"],
    last: ["Lefèvre", "Diallo", "Nguyen", "Benali", "Dubois", "Rousseau", "Traoré", "Le Goff", "Mercier", "Haddad", "Girard", "Fontaine", "Da Silva", "Bénard"],
    mail: ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com"],
    phones: ["FR", "FR", "FR", "BE"],
    ibans: ["FR", "FR", "BE"],
    towns: ["Rennes", "Limoges", "Besançon", "Nancy", "Perpignan", "Angers"],
  },
  it: {
    code: "it",
    first: ["Giuseppe", "Niccolò", "Chiara", "Francesca", "Lorenzo", "Aminata", "Matteo", "Giulia", "Andrea", "Ilaria", "Salvatore", "Bogdan", "Lucía", "Raffaele"],
    last: ["Esposito", "De Luca", "Russo", "Ferrari", "D'Angelo", "Bianchi", "Colombo", "Popescu", "Greco", "Marino", "Lo Bianco", "Caruso", "Sow", "Bruno"],
    mail: ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com"],
    phones: ["IT", "IT", "IT", "CH"],
    ibans: ["IT", "IT"],
    towns: ["Bergamo", "Lecce", "Parma", "Trento", "Cagliari", "Pescara"],
  },
  nl: {
    code: "nl",
    first: ["Sanne", "Daan", "Mohamed", "Fleur", "Bram", "Noor", "Jeroen", "Anouk", "Sevda", "Thijs", "Ingrid", "Kofi", "Maartje"],
    last: ["van der Meer", "de Vries", "El Amrani", "Jansen", "Bakker", "van den Heuvel", "Yıldız", "Visser", "de Groot", "Mulder", "Pinas", "Verhoeven", "Smit"],
    mail: ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hotmail.nl", "telenet.be", "gmail.com"],
    phones: ["NL", "NL", "NL", "BE"],
    ibans: ["NL", "NL", "BE"],
    towns: ["Zwolle", "Tilburg", "Leeuwarden", "Amersfoort", "Gent", "Delft"],
  },
  pl: {
    code: "pl",
    first: ["Katarzyna", "Paweł", "Grzegorz", "Małgorzata", "Łukasz", "Agnieszka", "Zbigniew", "Joanna", "Wojciech", "Oksana", "Jędrzej", "Bożena", "Andriy"],
    last: ["Wójcik", "Zieliński", "Brzęczyszczykiewicz", "Kowalczyk", "Wiśniewska", "Dąbrowski", "Lewandowska", "Szczepański", "Kamińska", "Bondarenko", "Jabłoński", "Górecka", "Nowak"],
    mail: ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    phones: ["PL", "PL", "PL", "DE"],
    ibans: ["PL", "PL"],
    towns: ["Łódź", "Rzeszów", "Gdańsk", "Białystok", "Poznań", "Kielce"],
  },
  cs: {
    code: "cs",
    first: ["Jiří", "Tereza", "Přemysl", "Lucie", "Ondřej", "Zuzana", "Vojtěch", "Kateřina", "Radek", "Hana", "Tomáš", "Dagmar", "Mykola"],
    last: ["Dvořák", "Nováková", "Šťastný", "Procházka", "Černá", "Kučera", "Veselá", "Horák", "Němcová", "Marek", "Pospíšil", "Kovalenko", "Růžičková"],
    mail: ["seznam.cz", "email.cz", "centrum.cz", "volny.cz", "gmail.com"],
    phones: ["CZ", "CZ", "CZ", "DE"],
    ibans: ["CZ", "CZ"],
    towns: ["Brno", "Olomouc", "Plzeň", "Jihlava", "Liberec", "Ostrava"],
  },
}
