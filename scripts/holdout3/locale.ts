// Per-language conventions: which regions' phones and which countries' IBANs
// a contact center in that language meets, and how amounts, dates and
// postcodes are written there.
import { type PhoneStyle, type Rng, expand, int, pick } from "./values.ts"

export interface Locale {
  regions: string[]
  phoneStyles: PhoneStyle[]
  ibans: string[]
  companyDomains: string[]
  roles: string[]
  units: string[]
  amount: (r: Rng) => string
  date: (r: Rng) => string
  postcode: (r: Rng) => string
  vat: (r: Rng) => string
}

const pad = (n: number) => String(n).padStart(2, "0")
const euro = (r: Rng) => {
  const n = int(r, 3, 4999)
  const c = pad(int(r, 0, 99))
  const s = n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, "0")},${c}` : `${n},${c}`
  return pick(r, [`${s} €`, `€${s}`, `${s} EUR`, `EUR ${s}`])
}
const dmy = (sep: string) => (r: Rng) => `${pad(int(r, 1, 28))}${sep}${pad(int(r, 1, 12))}${sep}${int(r, 2025, 2026)}`
const months = (names: string) => (r: Rng) => `${int(r, 1, 28)} ${pick(r, names.split(" "))} ${int(r, 2025, 2026)}`

const base = {
  units: ["items", "pcs", "kg"],
  roles: ["support", "billing", "noreply", "service"],
}

export const LOCALE: Record<string, Locale> = {
  en: {
    ...base,
    regions: ["GB", "US", "GB", "US", "IE"],
    phoneStyles: ["national", "national", "dashed", "compact", "intl"],
    ibans: ["GB", "IE", "DE", "FR", "NL"],
    companyDomains: ["northwind-energy.co.uk", "brightline-telecom.com", "harbourbank.ie"],
    roles: ["support", "billing", "accounts", "complaints", "noreply"],
    amount: (r) => pick(r, [`£${int(r, 2, 999)}.${pad(int(r, 0, 99))}`, `$${int(r, 1, 9)},${String(int(r, 0, 999)).padStart(3, "0")}.${pad(int(r, 0, 99))}`, `${int(r, 5, 400)} GBP`, `USD ${int(r, 10, 900)}.00`]),
    date: (r) => pick(r, [`${int(r, 1, 12)}/${int(r, 1, 28)}/${int(r, 2025, 2026)}`, months("January March May June July August October December")(r), `${int(r, 2025, 2026)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`]),
    postcode: (r) => pick(r, [expand(r, "A[A-Z]X XAA"), expand(r, "AX XAA"), expand(r, "XXXXX"), expand(r, "XXXXX-XXXX")]),
    vat: (r) => expand(r, "GBXXX XXXX XX"),
  },
  de: {
    ...base,
    regions: ["DE", "DE", "DE", "AT", "CH"],
    phoneStyles: ["national", "national", "slash", "compact", "intl"],
    ibans: ["DE", "DE", "AT", "CH"],
    companyDomains: ["stadtwerke-lindenau.de", "telekabel-sued.at", "versicherung-alpina.ch"],
    roles: ["kundenservice", "rechnung", "info", "widerruf", "noreply"],
    units: ["Stück", "kWh", "Pakete"],
    amount: euro,
    date: (r) => pick(r, [dmy(".")(r), months("Januar März Mai Juni Juli Oktober Dezember")(r).replace(/^(\d+) /, "$1. ")]),
    postcode: (r) => pick(r, [expand(r, "[1-9]XXXX"), expand(r, "A-[1-9]XXX"), expand(r, "CH-[1-9]XXX")]),
    vat: (r) => expand(r, "DEXXXXXXXXX"),
  },
  fr: {
    ...base,
    regions: ["FR", "FR", "FR", "FR", "BE", "CH", "LU"],
    phoneStyles: ["national", "national", "dotted", "compact", "intl"],
    ibans: ["FR", "FR", "BE", "LU", "CH"],
    companyDomains: ["energie-du-val.fr", "telecom-azur.fr", "banque-lemans.be"],
    roles: ["service-client", "facturation", "contact", "ne-pas-repondre"],
    units: ["articles", "colis", "kWh"],
    amount: (r) => pick(r, [`${int(r, 2, 999)},${pad(int(r, 0, 99))} €`, `${int(r, 1, 9)} ${String(int(r, 0, 999)).padStart(3, "0")},${pad(int(r, 0, 99))} €`, `${int(r, 5, 99)} EUR`]),
    date: (r) => pick(r, [dmy("/")(r), months("janvier mars mai juin juillet octobre décembre")(r)]),
    postcode: (r) => pick(r, [expand(r, "[0-9]XXXX"), expand(r, "L-XXXX")]),
    vat: (r) => expand(r, "FRXX XXX XXX XXX"),
  },
  es: {
    ...base,
    regions: ["ES", "ES", "ES", "MX"],
    phoneStyles: ["national", "national", "compact", "intl"],
    ibans: ["ES", "ES", "PT"],
    companyDomains: ["energiasur.es", "telefonia-levante.es"],
    roles: ["atencionalcliente", "facturacion", "info", "noresponder"],
    units: ["unidades", "paquetes", "kWh"],
    amount: euro,
    date: (r) => pick(r, [dmy("/")(r), months("enero marzo mayo junio julio octubre diciembre")(r).replace(/ (\S+) /, " de $1 de ")]),
    postcode: (r) => expand(r, "[0-5]XXXX"),
    vat: (r) => expand(r, "ESAXXXXXXXX"),
  },
  it: {
    ...base,
    regions: ["IT", "IT", "IT", "CH"],
    phoneStyles: ["national", "national", "compact", "intl"],
    ibans: ["IT", "IT", "CH"],
    companyDomains: ["luce-gas-padana.it", "telefonia-tirreno.it"],
    roles: ["assistenza", "fatturazione", "info", "noreply"],
    units: ["pezzi", "colli", "kWh"],
    amount: euro,
    date: (r) => pick(r, [dmy("/")(r), months("gennaio marzo maggio giugno luglio ottobre dicembre")(r)]),
    postcode: (r) => expand(r, "[0-9]XXXX"),
    vat: (r) => expand(r, "ITXXXXXXXXXXX"),
  },
  nl: {
    ...base,
    regions: ["NL", "NL", "NL", "BE"],
    phoneStyles: ["national", "national", "dashed", "compact", "intl"],
    ibans: ["NL", "NL", "BE"],
    companyDomains: ["energie-polder.nl", "kabelnet-oost.nl"],
    roles: ["klantenservice", "facturen", "info", "noreply"],
    units: ["stuks", "pakketten", "kWh"],
    amount: (r) => pick(r, [`€ ${int(r, 2, 999)},${pad(int(r, 0, 99))}`, `€${int(r, 2, 99)},-`, `${int(r, 2, 999)},${pad(int(r, 0, 99))} euro`]),
    date: (r) => pick(r, [dmy("-")(r), months("januari maart mei juni juli oktober december")(r)]),
    postcode: (r) => expand(r, "[1-9]XXX AA"),
    vat: (r) => expand(r, "NLXXXXXXXXXBXX"),
  },
  pl: {
    ...base,
    regions: ["PL", "PL", "PL", "DE"],
    phoneStyles: ["national", "national", "compact", "intl", "intl"],
    ibans: ["PL", "PL", "DE"],
    companyDomains: ["energa-wschod.pl", "telekom-mazowsze.pl"],
    roles: ["obsluga", "faktury", "kontakt", "bok"],
    units: ["szt.", "paczki", "kWh"],
    amount: (r) => pick(r, [`${int(r, 2, 999)},${pad(int(r, 0, 99))} zł`, `${int(r, 1, 9)} ${String(int(r, 0, 999)).padStart(3, "0")},00 PLN`]),
    date: (r) => pick(r, [dmy(".")(r), months("stycznia marca maja czerwca lipca października grudnia")(r)]),
    postcode: (r) => expand(r, "XX-XXX"),
    vat: (r) => expand(r, "PLXXXXXXXXXX"),
  },
  pt: {
    ...base,
    regions: ["PT", "PT", "PT", "BR"],
    phoneStyles: ["national", "national", "compact", "intl"],
    ibans: ["PT", "PT", "ES"],
    companyDomains: ["energia-atlantico.pt", "telecom-douro.pt"],
    roles: ["apoio", "faturacao", "geral", "naoresponder"],
    units: ["unidades", "encomendas", "kWh"],
    amount: (r) => pick(r, [`${int(r, 2, 999)},${pad(int(r, 0, 99))} €`, `R$ ${int(r, 10, 999)},${pad(int(r, 0, 99))}`]),
    date: (r) => pick(r, [dmy("/")(r), months("janeiro março maio junho julho outubro dezembro")(r).replace(/ (\S+) /, " de $1 de ")]),
    postcode: (r) => expand(r, "[1-9]XXX-XXX"),
    vat: (r) => expand(r, "PT[1-5]XXXXXXXX"),
  },
  sv: {
    ...base,
    regions: ["SE", "SE", "SE", "NO"],
    phoneStyles: ["national", "national", "compact", "intl"],
    ibans: ["SE", "SE", "FI"],
    companyDomains: ["kraftbolaget.se", "bredbandsnord.se"],
    roles: ["kundtjanst", "faktura", "info"],
    units: ["st", "paket", "kWh"],
    amount: (r) => pick(r, [`${int(r, 20, 9999)} kr`, `${int(r, 2, 999)},${pad(int(r, 0, 99))} SEK`]),
    date: (r) => pick(r, [`${int(r, 2025, 2026)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`, months("januari mars maj juni juli oktober december")(r)]),
    postcode: (r) => expand(r, "[1-9]XX XX"),
    vat: (r) => expand(r, "SEXXXXXXXXXX01"),
  },
  da: {
    ...base,
    regions: ["DK", "DK", "DK", "SE"],
    phoneStyles: ["national", "national", "compact", "intl"],
    ibans: ["DK", "DK", "NO"],
    companyDomains: ["energi-fyn.dk", "telenet-jylland.dk"],
    roles: ["kundeservice", "faktura", "info"],
    units: ["stk.", "pakker", "kWh"],
    amount: (r) => pick(r, [`${int(r, 20, 9999)} kr.`, `${int(r, 2, 999)},${pad(int(r, 0, 99))} DKK`]),
    date: (r) => pick(r, [dmy(".")(r).replace(/^0/, ""), months("januar marts maj juni juli oktober december")(r).replace(/^(\d+) /, "$1. ")]),
    postcode: (r) => expand(r, "[1-9]XXX"),
    vat: (r) => expand(r, "DKXXXXXXXX"),
  },
  no: {
    ...base,
    regions: ["NO", "NO", "NO", "SE"],
    phoneStyles: ["national", "national", "compact", "intl"],
    ibans: ["NO", "NO", "DK"],
    companyDomains: ["kraftnett-vest.no", "fibernord.no"],
    roles: ["kundeservice", "faktura", "post"],
    units: ["stk", "pakker", "kWh"],
    amount: (r) => pick(r, [`${int(r, 20, 9999)} kr`, `NOK ${int(r, 2, 999)},${pad(int(r, 0, 99))}`]),
    date: (r) => pick(r, [dmy(".")(r), months("januar mars mai juni juli oktober desember")(r).replace(/^(\d+) /, "$1. ")]),
    postcode: (r) => expand(r, "[0-9]XXX"),
    vat: (r) => expand(r, "NOXXXXXXXXXMVA"),
  },
  fi: {
    ...base,
    regions: ["FI", "FI", "FI", "SE"],
    phoneStyles: ["national", "national", "compact", "intl"],
    ibans: ["FI", "FI", "SE"],
    companyDomains: ["sahkoyhtio-etela.fi", "laajakaista-pohjola.fi"],
    roles: ["asiakaspalvelu", "laskutus", "info"],
    units: ["kpl", "pakettia", "kWh"],
    amount: (r) => pick(r, [`${int(r, 2, 999)},${pad(int(r, 0, 99))} €`, `${int(r, 2, 99)} euroa`]),
    date: (r) => `${int(r, 1, 28)}.${int(r, 1, 12)}.${int(r, 2025, 2026)}`,
    postcode: (r) => expand(r, "[0-9]XXXX"),
    vat: (r) => expand(r, "FIXXXXXXXX"),
  },
}
