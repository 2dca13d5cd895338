// Invented name pools by locale: given names and surnames of the language's own letters. Some given names are also
// ordinary words of the language (English Joy, Faith, Sunny, Bill...; Dutch Roos; Turkish Deniz, Umut; Czech Sláva;
// Hungarian Virág; Norwegian Liv; Croatian Nada; Portuguese Graça; Spanish Luz, Consuelo; French Aurore).
export interface Group { given: string[]; family: string[]; familyFirst?: boolean }
export interface Pool { given: string[]; family: string[]; familyFirst?: boolean; domains: string[]; groups?: Group[] }
// given names that are also ordinary words, drawn more often so that each is somebody somewhere
export const WORD_NAMES: Record<string, string[]> = {
  'en-wls': ['Grace', 'Will', 'Hope', 'Mark'], 'en-ca': ['Bill', 'Joy', 'May', 'Sunny'], 'en-ke': ['Faith', 'Grace'], 'en-sg': ['Sunny', 'Joy'],
  'en-jm': ['Hope', 'Rose', 'Joy', 'Faith'], 'en-za': ['Mark', 'May'], nl: ['Roos'], pt: ['Graça', 'Rosa'], cs: ['Sláva'], hu: ['Virág'], no: ['Liv'],
  tr: ['Deniz', 'Umut'], hr: ['Nada'], es: ['Luz', 'Consuelo', 'Esperanza'], fr: ['Aurore', 'Constance'],
}

export const NAMES: Record<string, Pool> = {
  'en-wls': {
    given: ['Rhys', 'Siân', 'Gwenllian', 'Dafydd', 'Iolo', 'Eirlys', 'Llinos', 'Bethan', 'Cerys', 'Emyr', 'Aled', 'Ffion', 'Gethin', 'Nia', 'Owain', 'Angharad', 'Siôn', 'Tomos', 'Heledd', 'Grace', 'Will', 'Hope', 'Mark'],
    family: ['ap Rhys', 'Llewelyn', 'Prydderch', 'Pritchard', 'Parry', 'Vaughan', 'Griffiths', 'ap Gwilym', 'Bowen', 'Morgan', 'Rees', 'Pugh', 'Gruffydd', 'Lloyd-Hughes', 'Tudur', 'Hopcyn'],
    domains: ['post.cymru', 'btinternet.com', 'gmail.com', 'outlook.com', 'llanmail.co.uk'],
  },
  'en-ca': {
    given: ['Geneviève', 'Mathieu', 'Priya', 'Connor', 'Amélie', 'Harpreet', 'Logan', 'Chloé', 'Jasmine', 'Étienne', 'Ravinder', 'Madison', 'Bill', 'Joy', 'May', 'Sunny', 'Noah', 'Aiyana'],
    family: ['Côté', 'Tremblay', 'Gill', 'MacIsaac', 'Bouchard', 'Sandhu', 'Kowalczyk', "O'Keefe", 'Lévesque', 'Thibodeau', 'Dhillon', 'McKenna', 'Paquette', 'Whitebird'],
    domains: ['sympatico.ca', 'gmail.com', 'rogers.com', 'shaw.ca', 'outlook.com'],
  },
  'en-ke': {
    given: ['Wanjiru', 'Kamau', 'Njeri', 'Mwangi', 'Wambui', 'Achieng', 'Otieno', 'Awino', 'Ochieng', 'Baraka', 'Zawadi', 'Amani', 'Neema', 'Juma', 'Rehema', 'Faith', 'Grace', 'Mercy', 'Nyambura'],
    family: ['Githinji', 'Kariuki', 'Odhiambo', 'Okoth', 'Onyango', 'Wafula', 'Mutua', 'Njoroge', 'Omondi', 'Wekesa', 'Mwakilema', 'Chebet', 'Atieno', 'Ngugi'],
    domains: ['gmail.com', 'yahoo.com', 'safmail.co.ke', 'outlook.com'],
  },
  'en-sg': {
    given: [], family: [],
    groups: [
      { given: ['Wei Ling', 'Jun Hao', 'Mei Xuan', 'Kai Wen', 'Hui Min', 'Zhi Hao'], family: ['Tan', 'Lim', 'Goh', 'Ng', 'Teo', 'Chua', 'Ong', 'Koh'], familyFirst: true },
      { given: ['Sunny', 'Joy', 'Rachel', 'Darren'], family: ['Tan', 'Lim', 'Chua', 'Ong', 'Koh'] },
      { given: ['Nurul Aisyah', 'Siti Nurhaliza', 'Farah Nadia'], family: ['binte Rahman', 'binte Osman', 'binte Yusof'] },
      { given: ['Muhammad Hafiz', 'Amirul', 'Faizal'], family: ['bin Ismail', 'bin Salleh', 'bin Ahmad'] },
      { given: ['Kavitha', 'Arun', 'Divya', 'Selvam', 'Thilaga', 'Murugan'], family: ['Ramasamy', 'Krishnan', 'Subramaniam', 'Pillai', 'Nadarajah'] },
    ],
    domains: ['singnet.com.sg', 'gmail.com', 'starhub.net.sg', 'hotmail.com'],
  },
  'en-jm': {
    given: ['Shanice', 'Delroy', 'Tajay', 'Kemar', 'Sashana', 'Oneil', 'Tamika', 'Andre', 'Shernette', 'Romaine', 'Kadian', 'Fitzroy', 'Hope', 'Rose', 'Joy', 'Faith', 'Marcia'],
    family: ['Campbell', 'Brown', 'Williams', 'Reid', 'Grant', 'McFarlane', 'Thompson', 'Gordon', 'Lindo', 'Bailey', 'Wynter', 'Henry', 'Chin-Quee', 'Barrett'],
    domains: ['gmail.com', 'yahoo.com', 'cwjamaica.com', 'hotmail.com'],
  },
  'en-za': {
    given: ['Johannes', 'Annelie', 'Pieter', 'Marike', 'Sipho', 'Thandeka', 'Nomvula', 'Sibusiso', 'Siyabonga', 'Nokuthula', 'Ayanda', 'Luvuyo', 'Thandiwe', 'Riaan', 'Zanele', 'Mark', 'May'],
    family: ['van der Merwe', 'Botha', 'du Plessis', 'Steyn', 'Dlamini', 'Mkhize', 'Zungu', 'Ndlovu', 'Mqhayi', 'Gqoba', 'Ntshona', 'Qwabe', 'Pretorius', 'Nel', 'Mahlangu'],
    domains: ['mweb.co.za', 'gmail.com', 'telkomsa.net', 'webmail.co.za'],
  },
  nl: {
    given: ['Roos', 'Sanne', 'Joost', 'Maarten', 'Femke', 'Thijs', 'Lieke', 'Bram', 'Anouk', 'Sjoerd', 'Marieke', 'Ruud', 'Eline', 'Geert'],
    family: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'van Dijk', 'Visser', 'de Boer', 'Mulder', 'van der Linden', 'Smit', 'Hendriks', 'Dekker'],
    domains: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
  },
  pt: {
    given: ['Graça', 'Rosa', 'João', 'Inês', 'Gonçalo', 'Beatriz', 'Tiago', 'Leonor', 'Rui', 'Conceição', 'André', 'Marta', 'Simão'],
    family: ['Magalhães', 'Gonçalves', 'Sousa', 'Ferreira', 'Araújo', 'Carvalho', 'Mendes Pinto', 'Lourenço', 'Brandão', 'Conceição', 'Teixeira', 'Fonseca'],
    domains: ['sapo.pt', 'gmail.com', 'netcabo.pt', 'outlook.pt'],
  },
  cs: {
    given: [], family: [],
    groups: [
      { given: ['Sláva', 'Jiří', 'Tomáš', 'Přemysl', 'Ondřej', 'Vojtěch', 'Radek'], family: ['Dvořák', 'Procházka', 'Černý', 'Růžička', 'Šťastný', 'Hájek', 'Říha', 'Zelenka', 'Kříž'] },
      { given: ['Dobromila', 'Kateřina', 'Zdeňka', 'Lucie', 'Markéta', 'Božena', 'Sláva'], family: ['Nováková', 'Kučerová', 'Veselá', 'Bartošová', 'Dvořáková', 'Růžičková', 'Šťastná', 'Říhová', 'Černá'] },
    ],
    domains: ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com'],
  },
  hu: {
    given: ['Virág', 'Zsófia', 'Bence', 'Réka', 'Gergő', 'Ildikó', 'Levente', 'Enikő', 'Tamás', 'Csilla', 'Ödön', 'Erzsébet', 'Dániel'],
    family: ['Kovács', 'Szabó', 'Tóth', 'Nagy', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Fűzfa', 'Szőke', 'Bíró', 'Győri'],
    familyFirst: true,
    domains: ['freemail.hu', 'citromail.hu', 'gmail.com', 't-online.hu'],
  },
  no: {
    given: ['Liv', 'Sølvi', 'Ørjan', 'Kjersti', 'Håkon', 'Astrid', 'Eirik', 'Ingrid', 'Bjørn', 'Åse', 'Sindre', 'Tone', 'Even'],
    family: ['Haugen', 'Bråthen', 'Løkken', 'Sæther', 'Johansen', 'Nygård', 'Fjærli', 'Hansen', 'Ødegård', 'Strøm', 'Aasen', 'Berg'],
    domains: ['online.no', 'gmail.com', 'hotmail.no', 'getmail.no'],
  },
  tr: {
    given: ['Deniz', 'Umut', 'Ayşe', 'Mehmet', 'Gülşen', 'İlker', 'Şebnem', 'Çağrı', 'Özge', 'Barış', 'Tuğba', 'Oğuz', 'İpek', 'Yağmur'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Özdemir', 'Güneş', 'Ateş'],
    domains: ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'ttmail.com'],
  },
  hr: {
    given: ['Nada', 'Ivana', 'Matej', 'Luka', 'Željka', 'Đurđica', 'Tomislav', 'Ana', 'Krešimir', 'Mirjana', 'Dražen', 'Snježana', 'Petra'],
    family: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Knežević', 'Vuković', 'Marković', 'Petrović', 'Đurić', 'Grgić', 'Ćosić'],
    domains: ['net.hr', 'gmail.com', 't-com.hr', 'inet.hr'],
  },
  es: {
    given: ['Luz', 'Consuelo', 'Esperanza', 'Andrés', 'Valentina', 'Julián', 'Ximena', 'Sebastián', 'Yolanda', 'Iñaki', 'Marisol', 'Nicanor', 'Rocío', 'Wilmer'],
    family: ['Muñoz Quispe', 'Restrepo', 'Gutiérrez', 'Ñahui', 'Córdoba', 'Mamani', 'Castañeda', 'Peña', 'Huamán', 'Londoño Ríos', 'Zapata', 'Chávez', 'Ibáñez'],
    domains: ['gmail.com', 'hotmail.com', 'une.net.co', 'speedy.com.pe', 'outlook.es'],
  },
  fr: {
    given: ['Aurore', 'Constance', 'Jérôme', 'Hélène', 'Loïc', 'Maëlle', 'Benoît', 'Anaïs', 'Gérald', 'Noémie', 'Raphaël', 'Céline', 'Joël'],
    family: ['Rochat', 'Favre', 'Muller', 'Perrin', 'Schmit', 'Weber', 'Reuter', 'Bonvin', 'Dubois', 'Hoffmann', 'Chevalley', 'Kieffer', 'Thill'],
    domains: ['bluewin.ch', 'gmail.com', 'pt.lu', 'sunrise.ch', 'internet.lu'],
  },
}
