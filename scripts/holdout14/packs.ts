// Per-language data: names, mail domains, phone regions, IBAN countries and
// how dates and amounts are written. All names are invented combinations.
export interface Pack {
  lang: string
  seed: number
  first: string[]
  last: string[]
  titles: string[]
  domains: string[]
  regions: string[]
  ibans: string[]
  months: string[]
  currency: (n: number) => string
}

/** Names of many origins, mixed into every language. */
export const WORLD_FIRST = ["Chidi", "Adaeze", "Priya", "Arjun", "Wei", "Xiaoling", "Mohammed", "Fatima", "Oluwaseun", "Tomasz", "Agnieszka", "Nguyễn Thị", "Siobhán", "Dónal", "Yusuf", "Aylin", "Kwame", "Zoë", "Björn", "Łukasz", "Nikolai", "Aoife", "Mateus", "Kenji", "Ngozi", "Ravi"]
export const WORLD_LAST = ["Okonkwo", "Adeyemi", "Sharma", "Patel", "Zhang", "Chen", "Al-Masri", "Haddad", "Kowalczyk", "Wiśniewska", "Ó Súilleabháin", "Yılmaz", "Mensah", "Nakamura", "Gonçalves", "Nwosu", "Rahman", "Ivanova", "Mac Giolla Phádraig", "D'Souza"]

/** 1234567.89 -> 1,234,567.89 without locale data, so every runtime writes the same. */
const thousands = (s: string, sep: string) => s.replace(/^\d+/, (d) => d.replace(/\B(?=(\d{3})+$)/g, sep))

const eur = (n: number) => `€${n.toFixed(2)}`
const euc = (n: number) => `${n.toFixed(2).replace(".", ",")} €`

export const PACKS: Pack[] = [
  {
    lang: "en", seed: 1401,
    first: ["Oliver", "Amelia", "Declan", "Niamh", "Jack", "Chloe", "Harriet", "Liam", "Saoirse", "Callum", "Isla", "Mitchell", "Brooke", "Tegan", "Rhys", "Ciara", "Hamish", "Fionnuala", "Bronwyn", "Lachlan", "Eoin", "Maeve", "Gareth", "Poppy"],
    last: ["Whitfield", "Brennan", "Hargreaves", "O'Connell", "McAllister", "Pemberton", "Fitzgerald", "Kavanagh", "Thornbury", "Nguyen", "Llewellyn", "Ashworth", "Doherty", "Campbell-Reid", "Ferguson", "Sutcliffe", "MacLeod", "Quinlan"],
    titles: ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs."],
    domains: ["gmail.com", "outlook.com", "btinternet.com", "eircom.net", "bigpond.com.au", "yahoo.co.uk", "icloud.com", "hotmail.co.uk"],
    regions: ["GB", "GB", "IE", "AU"], ibans: ["GB", "IE", "GB"],
    months: ["January", "February", "March", "April", "June", "July", "September", "October", "November", "December"],
    currency: (n) => `${["£", "€", "A$", "£"][Math.round(n * 100) % 4]}${n >= 1000 && n % 2 < 1 ? thousands(n.toFixed(2), ",") : n.toFixed(2)}`,
  },
  {
    lang: "nl", seed: 1402,
    first: ["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram", "Marieke", "Thijs", "Anouk", "Wouter", "Eline", "Sem"],
    last: ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "van Dijk", "Smit", "Mulder", "de Jong", "Hoekstra", "van der Meer"],
    titles: ["meneer", "mevrouw", "dhr.", "mevr."],
    domains: ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    regions: ["NL", "NL", "BE"], ibans: ["NL", "NL", "BE"],
    months: ["januari", "februari", "maart", "april", "juni", "juli", "augustus", "oktober"],
    currency: eur,
  },
  {
    lang: "it", seed: 1403,
    first: ["Giulia", "Matteo", "Chiara", "Lorenzo", "Francesca", "Alessandro", "Federica", "Niccolò", "Ilaria", "Andrea"],
    last: ["Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "De Luca", "Fontana", "Caruso"],
    titles: ["sig.", "sig.ra", "dott.", "dott.ssa"],
    domains: ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
    regions: ["IT"], ibans: ["IT"],
    months: ["gennaio", "febbraio", "marzo", "aprile", "giugno", "luglio", "settembre", "ottobre"],
    currency: euc,
  },
  {
    lang: "pt", seed: 1404,
    first: ["João", "Beatriz", "Tiago", "Inês", "Rodrigo", "Mariana", "Gonçalo", "Leonor", "Duarte", "Carolina"],
    last: ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Conceição", "Magalhães"],
    titles: ["Sr.", "Sra.", "Dr.", "Dra.", "D."],
    domains: ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt"],
    regions: ["PT"], ibans: ["PT"],
    months: ["janeiro", "fevereiro", "março", "abril", "junho", "julho", "setembro", "outubro"],
    currency: euc,
  },
  {
    lang: "sv", seed: 1405,
    first: ["Astrid", "Erik", "Ingrid", "Johan", "Sofia", "Lars", "Elsa", "Mikael", "Maja", "Oskar"],
    last: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Eriksson", "Bergström", "Åkesson", "Sjöberg", "Lundgren"],
    titles: [], domains: ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"],
    regions: ["SE"], ibans: ["SE"],
    months: ["januari", "februari", "mars", "april", "juni", "juli", "augusti", "oktober"],
    currency: (n) => `${n.toFixed(2).replace(".", ",")} kr`,
  },
  {
    lang: "da", seed: 1406,
    first: ["Mette", "Rasmus", "Freja", "Mads", "Camilla", "Søren", "Ida", "Frederik", "Sofie", "Jens"],
    last: ["Nielsen", "Jensen", "Hansen", "Pedersen", "Sørensen", "Rasmussen", "Christiansen", "Møller", "Kjær", "Østergaard"],
    titles: [], domains: ["mail.dk", "gmail.com", "hotmail.dk", "stofanet.dk", "live.dk"],
    regions: ["DK"], ibans: ["DK"],
    months: ["januar", "februar", "marts", "april", "juni", "juli", "august", "oktober"],
    currency: (n) => (n % 2 < 1 ? `${n.toFixed(2).replace(".", ",")} kr` : `DKK ${n.toFixed(2).replace(".", ",")}`),
  },
  {
    lang: "hu", seed: 1407,
    first: ["Zsófia", "Bence", "Réka", "Gergő", "Eszter", "Ádám", "Dóra", "Levente", "Katalin", "Márton"],
    last: ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Lőrincz", "Szűcs"],
    titles: ["dr."], domains: ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu", "indamail.hu"],
    regions: ["HU"], ibans: ["HU"],
    months: ["január", "február", "március", "április", "június", "július", "augusztus", "október"],
    currency: (n) => `${thousands(String(Math.round(n * 400)), " ")} Ft`,
  },
]
