// A fifth batch, written one by one after the first 185: people whose names are also words (Will, Hope, Sunny, Rosa,
// Amparo, Summer, Grace), the same words used as words in other texts, and a few more short messages in every locale.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const nz = mk("en-NZ")
const za = mk("en-ZA")
const ind = mk("en-IN")
const de = mk("de-DE")
const fr = mk("fr-FR")
const es = mk("es-ES")
const it = mk("it-IT")
const nl = mk("nl-NL")
const pl = mk("pl-PL")
const pt = mk("pt-PT")

export const MIX_US = [
  us("chat", `Cellar Circle chat
{{PERSON|Will Ochieng}}: hey, the Pinot in my box was corked 🍷😬
{{PERSON|Summer}} (Cellar Circle): Oh no {{PERSON|Will}}! I'll send a replacement bottle. Same address?
{{PERSON|Will Ochieng}}: yes, and text {{PHONE|(617) 492-3358}} when it ships`),
  us("note", `Lounge desk: the {{neg:name-word|bill}} for the guest pass was {{neg:amount|$39}}, member disputes it. {{neg:name-word|Will}} {{neg:name-word|mark}} as courtesy and refund. Member line {{PHONE|(425) 603-1187}}.`),
]

export const MIX_GB = [
  gb("chat", `Keystone Lettings – WhatsApp
{{PERSON|Hope Adjei}}: hi, the letting agreement says the rent is due on the 1st, can I pay on the 5th instead?
Agent: Hi {{PERSON|Hope}}, I'll ask the landlord. Best number to reach you?
{{PERSON|Hope Adjei}}: {{PHONE|07983 221 407}} 🙂`),
  gb("summary", `Summary – Lingoria Brighton. {{neg:name-word|Grace}} period for fee payment extended to {{neg:date|10 January}} for the student from Seoul. {{neg:name-word|Mark}} the account as "payment plan". Student mobile {{PHONE|+82 10 4417 2093}}.`),
]

export const MIX_NZ = [
  nz("chat", `Sunridge Solar NZ
{{PERSON|Sunny Gill}}: hiya, my panels got covered in ash from the burn-off next door, can someone clean them?
Agent: Hi {{PERSON|Sunny}}! Cleaning is {{neg:amount|$180}}. We can come {{neg:date|15 December}}. Number?
{{PERSON|Sunny Gill}}: {{PHONE|027 604 3318}}`),
]

export const MIX_ZA = [
  za("note", `Kitefund SA: campaign owner called from {{PHONE|+27 83 604 2219}} about a chargeback of {{neg:amount|R750}} on pledge {{neg:reference|KF-ZA-99120}}. {{neg:name-word|Will}} send evidence to {{EMAIL|disputes@kitefund.example}}.`),
]

export const MIX_IN = [
  ind("note", `Pawbridge India: customer's {{neg:name-word|bill}} for the vet is {{neg:amount|₹18,200}}, claim {{neg:claim-number|PBI-7712}}. {{neg:name-word|May}} need second opinion. Customer {{PHONE|+91 97404 18832}}.`),
]

export const MIX_DE = [
  de("chat", `Pfotenschutz – Chat
{{PERSON|Rosa Brandt}}: Hallo, unsere Katze braucht eine Zahn-OP, ist das versichert?
{{PERSON|Till}} (Pfotenschutz): Hallo Frau {{PERSON|Brandt}}! Ja, im Tarif Plus bis {{neg:amount|1.500 €}} im Jahr 😊 Soll ich Sie anrufen?
{{PERSON|Rosa Brandt}}: gern, {{PHONE|0171 4420 9381}}`),
]

export const MIX_FR = [
  fr("transcript", `CONSEILLER : Gérance Les Tilleuls, bonjour.
APPELANTE : bonjour, c'est pour l'état des lieux de sortie
CONSEILLER : Votre numéro de locataire ?
APPELANTE : {{neg:customer-number|LT 40 8812}}
CONSEILLER : Merci. Rendez-vous le {{neg:date|30 décembre}} à {{neg:time|10h}}. Je vous envoie la confirmation au {{PHONE|06 72 18 49 30}}.`),
]

export const MIX_ES = [
  es("chat", `Academia Babel
{{PERSON|Amparo Soler}}: hola, ¿hay descuento para hermanos?
{{PERSON|Jorge}} (Babel): ¡Hola {{PERSON|Amparo}}! Sí, 10 % en el segundo. ¿Te llamo?
{{PERSON|Amparo Soler}}: sí porfa, al {{PHONE|622 904 118}} 😊`),
]

export const MIX_IT = [
  it("email", `Oggetto: Club del Vino Barrique – nuova carta

Buongiorno,
vi comunico la nuova carta per l'addebito mensile: {{CARD|4929 1830 5572 0464}}. La vecchia scade {{neg:card-expiry|01/27}}.
Grazie,
{{PERSON|Vittoria Santoro}}
{{PHONE|0039 335 718 2094}}`),
]

export const MIX_NL = [
  nl("summary", `Gespreksverslag Verhuurbeheer Grachtzicht: huurder meldt lekkage, loodgieter belt vanaf {{PHONE|020 771 4418}}. Huurder zelf bereikbaar op {{PHONE|+31 6 2094 7715}}. Melding {{neg:ticket-number|VG-21044}}.`),
]

export const MIX_PL = [
  pl("email", `Temat: Klub Wina – zmiana karty

Dzień dobry,
proszę obciążać nową kartę {{CARD|5452 0773 1894 0228}}... przepraszam, pomyłka, to karta męża. Moja to {{CARD|4026 9011 8437 2515}}.
Pozdrawiam,
{{PERSON|Ewa Dąbrowska}}, tel. {{PHONE|604 227 918}}`),
]

export const MIX_PT = [
  pt("chat", `Escola de Línguas Farol
{{PERSON|Rosário Nunes}}: boa tarde, o curso de inglês de {{neg:date|12 de janeiro}} ainda tem vagas?
Secretaria: Boa tarde! Tem sim, {{neg:amount|220 €}}. Quer que liguemos?
{{PERSON|Rosário Nunes}}: sim, {{PHONE|218 407 226}}`),
]
