// One more text per non-English locale (voicemails and callback lists) and a few more English ones with cards, all
// written one by one after the first 227 texts, to bring the smaller locales up.
import { mk } from "./markup.ts"

const de = mk("de-DE")
const fr = mk("fr-FR")
const es = mk("es-ES")
const it = mk("it-IT")
const nl = mk("nl-NL")
const pt = mk("pt-PT")
const sv = mk("sv-SE")
const da = mk("da-DK")
const us = mk("en-US")
const gb = mk("en-GB")

const BATCH = [
  de("sms", `Mailbox-Nachricht von {{PHONE|+49 172 8834512}} (0:36): „Ja hallo, hier ist {{PERSON|Ursula Brandt}} wegen dem Wasserschaden im Keller, bitte rufen Sie mich zurück unter {{PHONE|null eins sieben zwei, acht acht drei vier, fünf eins zwei}}, danke."`),
  fr("note", `Rappels litiges carte – lundi : {{PHONE|06 33 18 74 02}} (double débit station-service), {{PHONE|0032 2 514 77 80}} (client belge, compte {{IBAN|BE12 3101 8227 3392}}), {{PHONE|03 88 21 44 19}} (commerçant). Dossier {{neg:case-number|LC-2026-5581}}. Montant total {{neg:amount|318,45 €}}.`),
  es("sms", `Buzón de voz de {{PHONE|916 402 118}} (0:22): "hola soy {{PERSON|Nerea}} de LunaRápida, el taller necesita mover su cita al jueves, llámeme al {{PHONE|nueve uno seis, cuarenta, veintiuno, dieciocho}}, gracias"`),
  it("note", `Richiamate contestazioni carta: {{PHONE|06 4471 2283}} (sig. {{PERSON|Lombardi}}, doppio addebito), {{PHONE|+39 333 604 1178}} (cliente in viaggio), {{PHONE|0041 91 922 18 40}} (esercente svizzero). Carta rifiutata {{neg:luhn-invalid|5377 2410 0981 6427}}, quella corretta è {{CARD|5377 2410 0981 6426}}.`),
  nl("sms", `Voicemail van {{PHONE|020 418 3306}} (0:41): "goedemorgen met {{PERSON|Ingrid}} van de stadionkassa, uw nieuwe seizoenkaart ligt klaar, bel gerust terug op {{PHONE|nul twintig, vier een acht, drieëndertig, nul zes}}"`),
  pt("sms", `Mensagem de voz de {{PHONE|+351 218 446 300}} (0:29): "bom dia, fala a {{PERSON|Catarina}} do Cartão Lusitano sobre a sua reclamação, pode ligar para o {{PHONE|dois um oito, quatro quatro seis, três zero zero}}, obrigada"`),
  sv("note", `Återuppringning glasskador: {{PHONE|070-412 88 37}} (ruta bytt, sensor lyser), {{PHONE|+47 412 88 370}} (norsk kund, bil i Strömstad), {{PHONE|090-14 22 71}} (verkstad Umeå). Ärende {{neg:claim-number|RS-55120}}.`),
  da("sms", `Telefonsvarer fra {{PHONE|70 22 41 90}} (0:33): "hej det er {{PERSON|Birgitte}} fra Sund Plus, din forhåndsgodkendelse er klar, ring på {{PHONE|halvfjerds, toogtyve, enogfyrre, halvfems}} hvis du har spørgsmål"`),
  us("note", `Card declined at stadium box office window – fan {{PERSON|Terrence Boateng}} read card as {{neg:luhn-invalid|4024 0071 3390 8152}}, re-keyed {{CARD|4024 0071 3390 8151}}, approved. 2 tix sec 221, {{neg:amount|$138.00}}. Receipt to {{EMAIL|tboateng@example.net}}.`),
  us("ticket", `Harborstone – Balance transfer request
Applicant: {{PERSON|Greer, Lindsay}}
Transfer from card: {{CARD|5155 7720 4418 3099}}
Amount: {{neg:amount|$6,200.00}}
Promo APR: 0% for 15 months
Phone: {{PHONE|503-988-2140}}
IP: {{IP_ADDRESS|2001:db8:1f::a07}}`),
  us("sms", `Tri-County Water: Leak detected by your smart meter ({{neg:meter-number|TCW-0051203}}) – continuous flow since {{neg:time|2:10 AM}}. Check toilets and outdoor taps. Help {{PHONE|412.255.2423}}.`),
  gb("chat", `[17:02] {{PERSON|Hamza}} (Westline Rail): Hi, how can I help with your season ticket?
[17:03] Customer: my direct debit failed, I think I gave the wrong IBAN {{neg:iban-checksum|GB98 WEST 6093 1877 2044 19}}
[17:04] {{PERSON|Hamza}} (Westline Rail): That one doesn't validate. Can you check it?
[17:05] Customer: sorry, {{IBAN|GB91 WEST 6093 1877 2044 19}}
[17:05] {{PERSON|Hamza}} (Westline Rail): Perfect, updated. Next collection {{neg:date|1 January}}.`),
  gb("transcript", `agent: eastmere parking permits {{PERSON|yvonne}} speaking
caller: hi my national insurance number is {{UK_NINO|WP 81 44 02 C}} they said i need it for the blue badge bit
caller: no sorry thats my husband's, mine's different, hold on
agent: it's fine we don't actually need it for the permit just the blue badge number
caller: oh right its {{neg:reference|BB 4471 2209}}
agent: lovely and a number to reach you
caller: {{PHONE|oh one two one, six seven five, three three oh two}}`),
]

export const DE_DE_2 = BATCH.filter((r) => r.lang === "de-DE")
export const FR_FR_2 = BATCH.filter((r) => r.lang === "fr-FR")
export const ES_ES_2 = BATCH.filter((r) => r.lang === "es-ES")
export const IT_IT_2 = BATCH.filter((r) => r.lang === "it-IT")
export const NL_NL_2 = BATCH.filter((r) => r.lang === "nl-NL")
export const PT_PT_2 = BATCH.filter((r) => r.lang === "pt-PT")
export const SV_SE_2 = BATCH.filter((r) => r.lang === "sv-SE")
export const DA_DK_2 = BATCH.filter((r) => r.lang === "da-DK")
export const EN_US_4 = BATCH.filter((r) => r.lang === "en-US")
export const EN_GB_3 = BATCH.filter((r) => r.lang === "en-GB")
