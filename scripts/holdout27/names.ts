// Invented names by origin: given names and surnames combined at random, so no real person is copied.
// where surnames differ by gender (Czech, Lithuanian, Latvian), given/family are men's and f holds women's
export interface Origin { given: string[]; family: string[]; order?: 'family-first'; f?: { given: string[]; family: string[] } }
export const ORIGINS: Record<string, Origin> = {
  zulu: { given: ['Sipho', 'Thandeka', 'Nomvula', 'Sibusiso', 'Zanele', 'Mandla', 'Precious', 'Blessing', 'Gift', 'Lindiwe'], family: ['Dlamini', 'Ngcobo', 'Mthembu', 'Zulu', 'Khumalo', 'Ndlovu', 'Mkhize', 'Shabalala'] },
  xhosa: { given: ['Ayanda', 'Lwazi', 'Nosipho', 'Siyabonga', 'Thembeka', 'Luvuyo', 'Unathi', 'Gift'], family: ['Mahlangu', 'Jali', 'Nqakula', 'Mgqibi', 'Dyantyi', 'Sonjica', 'Qwabe'] },
  kikuyu: { given: ['Wanjiru', 'Njoroge', 'Wambui', 'Kamau', 'Nyambura', 'Muthoni', 'Faith', 'Joy', 'Grace'], family: ['Kariuki', 'Mwangi', 'Njoroge', 'Gitau', 'Wainaina', 'Kinyanjui', 'Ndung\'u'] },
  luo: { given: ['Otieno', 'Achieng', 'Awino', 'Omondi', 'Adhiambo', 'Ochieng', 'Hope', 'Mark'], family: ['Odhiambo', 'Ouma', 'Onyango', 'Okoth', 'Owino', 'Atieno', 'Oloo'] },
  yoruba: { given: ['Oluwaseun', 'Adéwálé', 'Folásadé', 'Tèmítọ́pẹ́', 'Bùkọ́lá', 'Ayọ̀dé', 'Blessing', 'Gift', 'Precious'], family: ['Adeyemi', 'Ògúnlé', 'Adébáyọ̀', 'Okonjo', 'Afọ́lábí', 'Olátúnjí', 'Babátúndé'] },
  igbo: { given: ['Chiamaka', 'Chinedu', 'Ngozi', 'Obinna', 'Ifeoma', 'Chukwuemeka', 'Nkechi', 'Blessing', 'Faith'], family: ['Okonkwo', 'Eze', 'Nwosu', 'Okafor', 'Nwachukwu', 'Obi', 'Uzoma', 'Ezeh'] },
  sgcn: { given: ['Jasmine Tan Hui Min', 'Lim Wei Jie', 'Tan Mei Ling', 'Jonathan Ong Kah Seng', 'Goh Siew Ling', 'Rachel Lee Xin Yi', 'Koh Jun Hao', 'Grace Teo Pei Shan', 'Sunny Chua Boon Kiat'], family: [] },
  malay: { given: ['Muhammad Faizal bin Rahman', 'Nur Aisyah binte Ismail', 'Ahmad Hafiz bin Osman', 'Siti Khadijah binte Yusof', 'Nurul Huda binte Salleh', 'Mohamed Irfan bin Kassim'], family: [] },
  tamil: { given: ['Priya d/o Ramasamy', 'Arjun s/o Krishnan', 'Kavitha Subramaniam', 'Ravi Chandran', 'Deepa d/o Muthusamy', 'Suresh Pillai'], family: [] },
  jamaican: { given: ['Shanique', 'Delroy', 'Tanisha', 'Kemar', 'Odane', 'Sunny', 'Shauna-Kay', 'Rohan', 'Joy', 'Will'], family: ['Campbell', 'Brown', 'Williams', 'Reid', 'McKenzie', 'Thompson', 'Grant', 'Clarke', 'Powell'] },
  scottish: { given: ['Ewan', 'Morag', 'Iain', 'Kirsty', 'Catriona', 'Hamish', 'Eilidh', 'Fraser', 'Bill', 'May', 'Rose', 'Grace', 'Will', 'Mark'], family: ['MacLeod', 'McIntyre', 'MacDonald', 'McLaren', 'MacKinnon', 'McAllister', 'Fraser', 'Sinclair', 'MacAulay', 'McGregor'] },
  maori: { given: ['Aroha', 'Tāne', 'Hēmi', 'Mereana', 'Rāwiri', 'Wiremu', 'Ngaio', 'Mere', 'Kahurangi', 'Hope', 'Grace'], family: ['Parata', 'Tūhiwai', 'Tamihana', 'Kīngi', 'Pōtae', 'Te Rangi', 'Walker', 'Horomona', 'Rāwiri'] },
  austrian: { given: ['Jürgen', 'Maria', 'Lukas', 'Anna', 'Matthias', 'Theresa', 'Florian', 'Katharina', 'Johanna', 'Ernst'], family: ['Huber', 'Gruber', 'Steiner', 'Brunner', 'Wögerbauer', 'Pichler', 'Moser', 'Haßlacher'] },
  swiss: { given: ['Reto', 'Ursula', 'Beat', 'Mia', 'Urs', 'Nicole', 'Jérôme', 'Seraina', 'Dölf', 'Ernst'], family: ['Müller', 'Käser', 'Zürcher', 'Lüthi', 'Bühler', 'Schärer', 'Nüssli', 'Aebischer'] },
  flemish: { given: ['Roos', 'Jens', 'Lotte', 'Wout', 'Sien', 'Maarten', 'Femke', 'Jef', 'Roos'], family: ['Peeters', 'Vermeulen', 'Claes', 'Van Damme', 'De Smet', 'Janssens', 'Verstraeten', 'Van den Bossche'] },
  brazilian: { given: ['Graça', 'Luz', 'João', 'Conceição', 'Thiago', 'Ana Luísa', 'Estêvão', 'Mariana', 'Cauã'], family: ['Ferreira', 'Nascimento', 'Gonçalves', 'Araújo', 'Simões', 'Magalhães', 'Brandão', 'Assunção'] },
  portuguese: { given: ['Graça', 'Luz', 'Tomás', 'Inês', 'Gonçalo', 'Leonor', 'Sebastião', 'Benedita'], family: ['Sousa', 'Carvalho', 'Lourenço', 'Patrício', 'Conceição', 'Falcão', 'Guimarães', 'Loureiro'] },
  czech: { given: ['Jiří', 'Tomáš', 'Ondřej', 'Radek', 'Vlastimil'], family: ['Dvořák', 'Kratochvíl', 'Šťastný', 'Pospíšil', 'Černý', 'Kučera'], f: { given: ['Vlasta', 'Zdeňka', 'Kateřina', 'Božena', 'Vlasta'], family: ['Nováková', 'Černá', 'Růžičková', 'Kučerová', 'Dvořáková', 'Šťastná'] } },
  hungarian: { given: ['Erzsébet', 'Zoltán', 'Gergő', 'Réka', 'Ildikó', 'Dániel', 'Győző', 'Zsófia', 'Ünige', 'Virág'], family: ['Szőke', 'Kovács', 'Tóth', 'Fehérvári', 'Nagy', 'Szűcs', 'Bőgel', 'Erdős', 'Hűvös'], order: 'family-first' },
  croatian: { given: ['Ivana', 'Đuro', 'Matija', 'Snježana', 'Željko', 'Tihana', 'Luka', 'Nada', 'Dražen'], family: ['Kovačević', 'Babić', 'Horvat', 'Perić', 'Marić', 'Jurić', 'Ćosić', 'Đurđević'] },
  slovenian: { given: ['Špela', 'Matej', 'Nataša', 'Urška', 'Blaž', 'Andraž', 'Živa', 'Nada'], family: ['Zupančič', 'Kranjc', 'Žagar', 'Kovač', 'Potočnik', 'Hribar', 'Vidmar', 'Golob'] },
  lithuanian: { given: ['Mindaugas', 'Žygimantas', 'Dovydas', 'Ąžuolas', 'Vytautas'], family: ['Petrauskas', 'Stankevičius', 'Šimkus', 'Paulauskas', 'Kazlauskas'], f: { given: ['Rūta', 'Ieva', 'Gintarė', 'Aušra', 'Jūratė', 'Rūta'], family: ['Kazlauskienė', 'Jankauskaitė', 'Vasiliauskienė', 'Butkutė', 'Petrauskienė', 'Šimkutė'] } },
  latvian: { given: ['Kārlis', 'Jānis', 'Ēriks', 'Ņikita', 'Ģirts'], family: ['Bērziņš', 'Kalniņš', 'Krūmiņš', 'Kļaviņš', 'Ķeniņš', 'Ozoliņš'], f: { given: ['Līga', 'Ilze', 'Laima', 'Māra', 'Rasa'], family: ['Ozoliņa', 'Liepiņa', 'Bērziņa', 'Kalniņa', 'Ābele', 'Kļaviņa'] } },
  estonian: { given: ['Mari', 'Tõnu', 'Kärt', 'Jüri', 'Õnne', 'Triin', 'Märt', 'Kätlin'], family: ['Tamm', 'Saar', 'Mägi', 'Sepp', 'Kask', 'Pärn', 'Õunapuu', 'Kõiv'] },
  turkish: { given: ['Deniz', 'Umut', 'Ayşe', 'Mehmet', 'Gülşen', 'İbrahim', 'Elif', 'Tuğba', 'Gökhan', 'Işıl'], family: ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Öztürk', 'Şahin', 'Doğan', 'Arslan', 'Aydın'] },
  danish: { given: ['Sol', 'Mette', 'Søren', 'Asger', 'Frida', 'Mads', 'Ditte', 'Bjørn'], family: ['Jørgensen', 'Mikkelsen', 'Kjær', 'Thøgersen', 'Bækgaard', 'Højgaard', 'Sørensen', 'Vestergård'] },
  norwegian: { given: ['Ingrid', 'Ole', 'Åse', 'Kari', 'Håkon', 'Sigrid', 'Ståle', 'Sol', 'Ørjan'], family: ['Haugen', 'Bjørnstad', 'Lien', 'Solberg', 'Ødegård', 'Fæste', 'Berg', 'Aasæther'] },
}
export interface Name { given: string; family: string; full: string; origin: string }

// given names that are also words: each is handed out first, so every one of them is somebody in the corpus
const FEATURED: Record<string, string[]> = {
  zulu: ['Precious', 'Blessing', 'Gift'], kikuyu: ['Faith', 'Joy', 'Grace'], luo: ['Hope', 'Mark'], yoruba: ['Blessing'], igbo: ['Faith'],
  jamaican: ['Sunny', 'Will', 'Joy'], scottish: ['Bill', 'May', 'Rose', 'Grace', 'Will', 'Mark'], maori: ['Hope'],
  austrian: ['Ernst'], swiss: ['Ernst'], flemish: ['Roos'], brazilian: ['Graça', 'Luz'], portuguese: ['Luz', 'Graça'], czech: ['Vlasta'], hungarian: ['Virág'],
  croatian: ['Nada'], slovenian: ['Živa', 'Nada'], lithuanian: ['Rūta'], latvian: ['Rasa'], estonian: ['Õnne'], turkish: ['Deniz', 'Umut'], danish: ['Sol'], norwegian: ['Sol'],
}
let pending = new Map<string, string[]>()
export function resetFeatured() { pending = new Map(Object.entries(FEATURED).map(([k, v]) => [k, [...v]])) }
export function nextFeatured(origin: string): string | undefined { return pending.get(origin)?.shift() }
resetFeatured()
