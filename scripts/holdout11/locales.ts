// Per market: names of many origins, mail domains, phones, and how dates,
// times and money are written there.
import type { PhoneCountry } from "./phones.ts"
import type { Rng } from "./render.ts"

export type Lang = "en" | "es" | "it" | "pt"

export type Locale = {
  id: string
  lang: Lang
  phone: PhoneCountry
  ibanCC: string
  first: readonly string[]
  last: readonly string[]
  domains: readonly string[]
  date(rng: Rng): string
  time(rng: Rng): string
  money(rng: Rng): string
}

const MONTHS_EN = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
const MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre"]
const MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre"]
const MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "setembro", "outubro"]

const p2 = (n: number) => String(n).padStart(2, "0")
const dmy = (r: Rng, sep: string) => `${p2(r.int(1, 28))}${sep}${p2(r.int(1, 12))}${sep}${r.pick([2026, 2027])}`
const t24 = (r: Rng) => `${p2(r.int(7, 20))}:${r.pick(["00", "15", "30", "45"])}`
const t12 = (r: Rng) => `${r.int(1, 12)}:${r.pick(["00", "15", "30", "45"])} ${r.pick(["am", "pm", "AM", "PM", "a.m.", "p.m."])}`
const thou = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const indian = (n: number) => {
  const s = String(n)
  if (s.length <= 3) return s
  return s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",") + "," + s.slice(-3)
}

const EN_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me"]

const base = {
  date: (r: Rng) => r.pick([dmy(r, "/"), `${r.int(1, 28)} ${r.pick(MONTHS_EN)} ${r.pick([2026, 2027])}`]),
  time: (r: Rng) => r.pick([t12(r), t24(r)]),
}

export const LOCALES: Locale[] = [
  {
    id: "en-US", lang: "en", phone: "US", ibanCC: "DE",
    first: ["Jamal", "Ashley", "Tyler", "Mei-Ling", "DeShawn", "Brittany", "Carlos", "Nguyen Thi", "Kayla", "Ethan", "Grace", "Hunter", "Aaliyah", "Connor", "Priyanka", "Darnell", "Hope"],
    last: ["Washington", "Kowalczyk", "Nguyen", "Hernández", "O'Malley", "Goldberg", "Jefferson", "Yamamoto", "Abernathy", "Rivera", "Chen", "McAllister", "Baptiste"],
    domains: [...EN_DOMAINS, "aol.com", "comcast.net", "alumni.stateu.edu"],
    date: (r) => r.pick([`${r.int(1, 12)}/${r.int(1, 28)}/${r.pick([2026, 2027])}`, `${r.pick(MONTHS_EN)} ${r.int(1, 28)}, 2026`]),
    time: t12,
    money: (r) => `$${thou(r.int(20, 4800), ",")}.${p2(r.int(0, 99))}`,
  },
  {
    id: "en-GB", lang: "en", phone: "GB", ibanCC: "GB",
    first: ["Siobhan", "Rhys", "Oluwaseun", "Harriet", "Callum", "Aisling", "Ravinder", "Imogen", "Declan", "Zainab", "Will", "Bethan", "Tomasz"],
    last: ["Fairweather", "Okonkwo", "Llewellyn", "MacLeod", "Bhattacharya", "Pritchard", "Ní Bhriain", "Whitfield", "Adeyemi", "Kaczmarek", "Featherstonehaugh"],
    domains: [...EN_DOMAINS, "btinternet.com", "sky.com", "ed.ac.uk"],
    ...base, date: (r) => r.pick([dmy(r, "/"), `${r.int(1, 28)} ${r.pick(MONTHS_EN).slice(0, 3)} ${r.pick([2026, 2027])}`]),
    money: (r) => `£${thou(r.int(10, 3200), ",")}.${p2(r.int(0, 99))}`,
  },
  {
    id: "en-AU", lang: "en", phone: "AU", ibanCC: "GB",
    first: ["Lachlan", "Matilda", "Kirra", "Jarrah", "Minh", "Sienna", "Bronwyn", "Hamish", "Anh", "Faith", "Eleni", "Bodhi"],
    last: ["Papadopoulos", "Tran", "O'Sullivan", "Fitzgerald", "Nakamura", "Walker", "Costa", "Mabo", "Huang", "Henderson"],
    domains: [...EN_DOMAINS, "bigpond.com", "optusnet.com.au", "student.unimelb.edu.au"],
    ...base, money: (r) => `${r.pick(["$", "A$", "AUD "])}${thou(r.int(10, 2600), ",")}.${p2(r.int(0, 99))}`,
  },
  {
    id: "en-NZ", lang: "en", phone: "NZ", ibanCC: "GB",
    first: ["Aroha", "Tane", "Mere", "Nikau", "Hemi", "Ngaire", "Sione", "Olivia", "Manaia", "Joy", "Sunita"],
    last: ["Te Whata", "Ngata", "Fonoti", "Parata", "Tuilagi", "Stewart", "Wihongi", "McKenzie", "Falaniko", "Horomona"],
    domains: [...EN_DOMAINS, "xtra.co.nz", "slingshot.co.nz", "aucklanduni.ac.nz"],
    ...base, money: (r) => `${r.pick(["$", "NZ$", "NZD "])}${thou(r.int(10, 1900), ",")}.${p2(r.int(0, 99))}`,
  },
  {
    id: "en-ZA", lang: "en", phone: "ZA", ibanCC: "GB",
    first: ["Thandiwe", "Sipho", "Lerato", "Pieter", "Nomvula", "Riaan", "Kgomotso", "Ayesha", "Bongani", "Marelize", "Rose", "Themba"],
    last: ["Dlamini", "van der Merwe", "Nkosi", "Botha", "Mokoena", "Pillay", "Naidoo", "Mthembu", "Coetzee", "Ndlovu", "Khumalo", "Du Plessis"],
    domains: [...EN_DOMAINS, "mweb.co.za", "telkomsa.net", "myuct.ac.za"],
    ...base, money: (r) => r.pick([`R${thou(r.int(50, 9800), " ")},${p2(r.int(0, 99))}`, `R ${r.int(50, 9800)}.${p2(r.int(0, 99))}`, `ZAR ${thou(r.int(50, 9800), ",")}`]),
  },
  {
    id: "en-IN", lang: "en", phone: "IN", ibanCC: "GB",
    first: ["Aarav", "Priya", "Venkatesh", "Lakshmi", "Harpreet", "Rohan", "Ananya", "Mohammed Irfan", "Deepika", "Sathish", "Fatima", "Arjun"],
    last: ["Iyer", "Sharma", "Reddy", "Banerjee", "Gill", "Subramanian", "Khan", "Nair", "Chatterjee", "Deshpande", "Menon", "Patil"],
    domains: [...EN_DOMAINS, "rediffmail.com", "yahoo.co.in", "iitb.ac.in"],
    ...base, date: (r) => r.pick([dmy(r, "-"), dmy(r, "/"), `${r.int(1, 28)}th ${r.pick(MONTHS_EN)} 2026`]),
    money: (r) => r.pick([`₹${indian(r.int(500, 1250000))}`, `Rs. ${indian(r.int(500, 250000))}/-`, `INR ${indian(r.int(500, 950000))}`]),
  },
  {
    id: "es-MX", lang: "es", phone: "MX", ibanCC: "ES",
    first: ["Guadalupe", "José Luis", "Ximena", "Itzel", "Juan Pablo", "Citlali", "Fernanda", "Rubén", "Maricruz", "Ángel", "Alondra"],
    last: ["Hernández López", "Xicoténcatl", "García", "Ramírez Ortiz", "Castañeda", "Méndez", "Cuauhtémoc", "Zúñiga", "Villaseñor", "Ibarra"],
    domains: ["gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx", "yahoo.com.mx", "alumnos.unam.mx"],
    date: (r) => r.pick([dmy(r, "/"), `${r.int(1, 28)} de ${r.pick(MONTHS_ES)} de 2026`]),
    time: (r) => r.pick([t24(r), `${r.int(1, 12)}:${r.pick(["00", "30"])} ${r.pick(["p. m.", "a. m.", "hrs"])}`]),
    money: (r) => r.pick([`$${thou(r.int(100, 25000), ",")}.00 MXN`, `$${thou(r.int(100, 25000), ",")} pesos`]),
  },
  {
    id: "es-ES", lang: "es", phone: "ES", ibanCC: "ES",
    first: ["Iñaki", "Nuria", "Begoña", "Jordi", "Lucía", "Álvaro", "Montserrat", "Xabier", "Rocío", "Aitana", "Mohamed"],
    last: ["Etxeberria", "Fernández Ruiz", "Puig i Soler", "Núñez", "Ortega", "Gómez de la Serna", "Vidal", "Sáez", "Lozano", "El Amrani"],
    domains: ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "alumnos.upm.es", "outlook.es"],
    date: (r) => r.pick([dmy(r, "/"), dmy(r, "-"), `${r.int(1, 28)} de ${r.pick(MONTHS_ES)}`]),
    time: (r) => r.pick([t24(r), `${r.int(9, 20)}.${r.pick(["00", "30"])} h`]),
    money: (r) => r.pick([`${thou(r.int(20, 3000), ".")},${p2(r.int(0, 99))} €`, `${r.int(20, 300)} euros`]),
  },
  {
    id: "it-IT", lang: "it", phone: "IT", ibanCC: "IT",
    first: ["Giuseppe", "Chiara", "Niccolò", "Federica", "Gianluca", "Beatrice", "Salvatore", "Ilaria", "Emanuele", "Aurora", "Luca"],
    last: ["Esposito", "De Luca", "Russo", "Colombo", "D'Angelo", "Lo Bianco", "Ferrari", "Giordano", "Barbieri", "Dell'Orto", "Mancini"],
    domains: ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "studenti.unimi.it", "alice.it"],
    date: (r) => r.pick([dmy(r, "/"), dmy(r, "."), `${r.int(1, 28)} ${r.pick(MONTHS_IT)} 2026`]),
    time: (r) => r.pick([t24(r), `ore ${r.int(9, 19)}.${r.pick(["00", "30"])}`]),
    money: (r) => r.pick([`€ ${thou(r.int(20, 3000), ".")},${p2(r.int(0, 99))}`, `${r.int(20, 300)},00 euro`]),
  },
  {
    id: "pt-PT", lang: "pt", phone: "PT", ibanCC: "PT",
    first: ["João", "Inês", "Gonçalo", "Mariana", "Tiago", "Beatriz", "Rui", "Leonor", "Duarte", "Conceição", "Sónia"],
    last: ["Gonçalves", "Pereira", "Magalhães", "Sousa", "Carvalho", "Conceição", "Rebelo de Sousa", "Antunes", "Figueiredo", "Simões"],
    domains: ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "campus.ul.pt", "netcabo.pt"],
    date: (r) => r.pick([dmy(r, "/"), dmy(r, "-"), `${r.int(1, 28)} de ${r.pick(MONTHS_PT)}`]),
    time: (r) => r.pick([t24(r), `${r.int(9, 19)}h${r.pick(["00", "30"])}`]),
    money: (r) => r.pick([`${thou(r.int(20, 3000), ".")},${p2(r.int(0, 99))} €`, `${r.int(20, 300)} euros`]),
  },
  {
    id: "pt-BR", lang: "pt", phone: "BR", ibanCC: "PT",
    first: ["Thiago", "Larissa", "Luiz Henrique", "Ana Clara", "Kauã", "Juliana", "Raimundo", "Yasmin", "Cauê", "Vitória"],
    last: ["da Silva", "Oliveira", "Santos", "Nascimento", "Albuquerque", "Araújo", "Takahashi", "Brandão", "Lima", "Assunção"],
    domains: ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br", "usp.br"],
    date: (r) => r.pick([dmy(r, "/"), `${r.int(1, 28)} de ${r.pick(MONTHS_PT)} de 2026`]),
    time: (r) => r.pick([t24(r), `${r.int(9, 19)}h${r.pick(["00", "30"])}`]),
    money: (r) => `R$ ${thou(r.int(50, 9000), ".")},${p2(r.int(0, 99))}`,
  },
]
