// Invented people, by language, plus callers from elsewhere. [first, last].
// Hungarian names are written surname first, as Hungarians write them.

export const NAMES: Record<string, [string, string][]> = {
  US: [["James", "Carter"], ["María", "González"], ["DeShawn", "Williams"], ["Priya", "Raman"], ["Kevin", "Nguyen"], ["Olufemi", "Adeyemi"], ["Hannah", "Goldberg"], ["Tyler", "Brooks"], ["Aaliyah", "Johnson"], ["Wei", "Zhang"], ["Brianna", "McAllister"], ["Luis", "Ortega"], ["Megan", "O'Hara"], ["Darnell", "Fitzpatrick"]],
  GB: [["Oliver", "Bennett"], ["Amelia", "Hughes"], ["Rhys", "Pritchard"], ["Fatima", "Begum"], ["Callum", "McLeod"], ["Harpreet", "Sandhu"], ["Chloe", "Whitaker"], ["Tomasz", "Nowak"], ["Kwame", "Mensah"], ["Eleanor", "Ashworth-Clarke"], ["Imran", "Chaudhry"], ["Bethan", "Llewellyn"]],
  IE: [["Aoife", "Byrne"], ["Cian", "O'Sullivan"], ["Saoirse", "Kavanagh"], ["Pádraig", "Ó Murchú"], ["Darragh", "Fitzgerald"], ["Róisín", "McCarthy"], ["Eoin", "Gallagher"], ["Andrzej", "Kowalczyk"], ["Ngozi", "Okeke"], ["Síle", "Ní Bhriain"], ["Ciarán", "Mac Giolla"], ["Orla", "Dunne"]],
  ro: [["Andrei", "Popescu"], ["Ioana", "Ionescu"], ["Mihai", "Dumitrescu"], ["Ștefan", "Bălan"], ["Alexandra", "Țurcanu"], ["Cristina", "Mureșan"], ["Radu", "Constantinescu"], ["Elena", "Stănescu"], ["Bogdan", "Vlădescu"], ["Irina", "Păun"], ["Tudor", "Rădulescu"], ["Ancuța", "Șerban"]],
  hu: [["Péter", "Kovács"], ["Zsófia", "Nagy"], ["Gergő", "Szabó"], ["Eszter", "Tóth"], ["Bence", "Horváth"], ["Réka", "Varga"], ["Dávid", "Kiss"], ["Anikó", "Molnár"], ["Levente", "Farkas"], ["Csilla", "Balogh"], ["Ödön", "Szűcs"], ["Hajnalka", "Győri"]],
  hr: [["Ivan", "Horvat"], ["Ana", "Kovačević"], ["Marko", "Babić"], ["Petra", "Marić"], ["Luka", "Jurić"], ["Maja", "Novak"], ["Tomislav", "Knežević"], ["Ivana", "Vuković"], ["Dario", "Šarić"], ["Mateja", "Đurić"], ["Zvonimir", "Čolić"], ["Nikolina", "Žužić"]],
  sk: [["Ján", "Kováč"], ["Zuzana", "Horváthová"], ["Martin", "Varga"], ["Lucia", "Tóthová"], ["Peter", "Nagy"], ["Katarína", "Balážová"], ["Michal", "Šimko"], ["Jana", "Lukáčová"], ["Tomáš", "Ďuriš"], ["Ľubica", "Hrušovská"], ["Ľudovít", "Čierny"], ["Dagmar", "Kráľová"]],
  sl: [["Luka", "Novak"], ["Nina", "Horvat"], ["Matej", "Kranjc"], ["Maja", "Zupančič"], ["Jure", "Potočnik"], ["Tjaša", "Kovačič"], ["Gregor", "Vidmar"], ["Špela", "Golob"], ["Anže", "Kos"], ["Urška", "Mlakar"], ["Žiga", "Hribar"], ["Nataša", "Turk"]],
  lt: [["Jonas", "Kazlauskas"], ["Eglė", "Petrauskienė"], ["Mantas", "Jankauskas"], ["Rūta", "Žukauskaitė"], ["Tomas", "Stankevičius"], ["Gintarė", "Vasiliauskienė"], ["Darius", "Butkus"], ["Ieva", "Paulauskaitė"], ["Žygimantas", "Navickas"], ["Aušra", "Balčiūnienė"], ["Vytautas", "Šimkus"], ["Dovilė", "Urbonaitė"]],
  et: [["Mart", "Tamm"], ["Kadri", "Saar"], ["Jüri", "Sepp"], ["Liis", "Mägi"], ["Rasmus", "Kask"], ["Triin", "Kukk"], ["Andres", "Rebane"], ["Kätlin", "Ilves"], ["Tõnu", "Pärn"], ["Mari-Liis", "Lepik"], ["Õnne", "Kõiv"], ["Priit", "Väli"]],
  world: [["Aiko", "Tanaka"], ["Mohammed", "Al-Rashid"], ["Jing", "Chen"], ["Oluwaseun", "Bakare"], ["Lucía", "Fernández"], ["João", "Pereira"], ["Anastasia", "Ivanova"], ["Lars", "Johansson"], ["Zeynep", "Yılmaz"], ["Ahmed", "Hassan"], ["Kofi", "Boateng"], ["Sébastien", "Moreau"], ["Lan", "Nguyễn"], ["Rajesh", "Iyer"], ["Małgorzata", "Wiśniewska"]],
}

export const DOMAINS: Record<string, string[]> = {
  US: ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "proton.me"],
  GB: ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk"],
  IE: ["gmail.com", "eircom.net", "outlook.ie", "yahoo.ie", "icloud.com"],
  ro: ["gmail.com", "yahoo.ro", "mail.ro", "outlook.com"],
  hu: ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"],
  hr: ["gmail.com", "net.hr", "t-com.hr", "yahoo.com"],
  sk: ["azet.sk", "centrum.sk", "gmail.com", "zoznam.sk"],
  sl: ["siol.net", "gmail.com", "t-2.net", "amis.net"],
  lt: ["gmail.com", "one.lt", "inbox.lt", "takas.lt"],
  et: ["hot.ee", "mail.ee", "gmail.com", "neti.ee"],
}

/** The three companies (invented) and the role addresses staff write from. */
export const COMPANIES = {
  rental: { name: "Velora Car Rental", domain: "velora-rent.com" },
  hotel: { name: "Harbourline Hotels", domain: "harbourline-hotels.com" },
  assist: { name: "Roadsure Assist", domain: "roadsure-assist.eu" },
}

export const STREETS: Record<string, string[]> = {
  US: ["Lincoln Avenue", "Martin Luther King Jr Blvd", "Washington Street"],
  GB: ["Victoria Road", "Churchill Way", "Nelson Street"],
  IE: ["O'Connell Street", "Parnell Square", "Grafton Street"],
  ro: ["Strada Mihai Eminescu", "Bulevardul Ion Mihalache", "Calea Victoriei"],
  hu: ["Petőfi Sándor utca", "Kossuth Lajos tér", "Andrássy út"],
  hr: ["Ulica Ivana Gundulića", "Trg bana Jelačića", "Vukovarska ulica"],
  sk: ["Štúrova ulica", "Hviezdoslavovo námestie", "Ulica Ľudovíta Štúra"],
  sl: ["Prešernova cesta", "Trubarjeva ulica", "Cankarjeva cesta"],
  lt: ["Gedimino prospektas", "Vytauto gatvė", "Maironio gatvė"],
  et: ["Pärnu maantee", "Jakob Hurda tänav", "Lydia Koidula puiestee"],
}
