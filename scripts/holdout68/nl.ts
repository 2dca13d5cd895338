// nl-NL and nl-BE texts, written one by one: lounge, crowdfunding, dierenverzekering, taalschool, zonnepanelen,
// pandjeshuis, ticketdoorverkoop, wijnclub, vastgoedbeheer.
import { mk } from "./mk.ts"

const nl = mk("nl-NL")
const be = mk("nl-BE")

export const NL_NL = [
  nl("chat", `Zonnig Dak – chat
Klant: hoi, mijn omvormer staat op rood sinds gisteren
{{PERSON|Sanne}} (Zonnig Dak): Hoi! Welk IP-adres staat op het schermpje?
Klant: {{IP_ADDRESS|fd3c:22a1:9b04::17}}
{{PERSON|Sanne}} (Zonnig Dak): Dank je. Monteur {{PERSON|Bram Dekker}} komt {{neg:date|12 december}} tussen {{neg:time|8:00}} en {{neg:time|12:00}}. Klopt {{PHONE|06 4127 8830}} nog?
Klant: ja 👍`),
  nl("email", `Van: {{PERSON|Fleur van den Berg}} <{{EMAIL|fleur.vdberg@example.net}}>
Onderwerp: terugbetaling crowdfundingactie

Beste Steunstroom,
De actie "Buurtmoestuin Zuid" is gestopt. Ik heb {{neg:amount|€ 75,00}} gedoneerd op {{neg:date|3 oktober}}. Graag terugstorten op {{IBAN|NL40 RABO 0318 8402 75}}.
Groet,
{{PERSON|Fleur}}`),
  nl("summary", `Gespreksverslag Pootjes Verzekerd: klant {{PERSON|Mustafa El Amrani}} belt over vergoeding voor tandheelkunde kat, claim {{neg:claim-number|PV-55091}}, {{neg:amount|€ 418,20}}. Uitbetalen op {{IBAN|NL91 INGB 0006 7431 80}}. Terugbellen op {{PHONE|020 624 1187}}.`),
  nl("note", `Pandjeshuis De Lommerd – notitie: {{PERSON|Gerrit Jansen}} wil lening {{neg:loan-number|LM-2026-0871}} verlengen, rente {{neg:amount|€ 22,50}}. Sieraad: gouden ketting. Mobiel {{PHONE|06 2981 4470}}. Komt {{neg:date|18-12}} langs.`),
  nl("ticket", `Verhuurbeheer Grachtzicht – melding {{neg:ticket-number|VG-20917}}
Huurder: {{PERSON|Anouk Visser-Bos}}
Adres: Prinsengracht 402, {{neg:postcode|1016 JB}} Amsterdam
Tel: {{PHONE|+31 6 3902 7714}}
Probleem: cv-ketel geeft storing E119`),
]

export const NL_BE = [
  be("chat", `Taalhuis Gent
{{PERSON|Jelle De Smet}}: dag, kan ik nog inschrijven voor Spaans niveau 2?
{{PERSON|Lotte}} (Taalhuis): Dag {{PERSON|Jelle}}! Ja, start op {{neg:date|13 januari}}, {{neg:amount|€ 165}} voor 10 lessen.
{{PERSON|Jelle De Smet}}: top, mijn nummer is {{PHONE|0478 21 43 90}} 😊`),
  be("summary", `Samenvatting gesprek – Kelderclub Wijnen. Lid {{PERSON|Marleen Peeters}} zegt lidmaatschap op per {{neg:date|1 februari}}. Laatste pakket {{neg:amount|€ 59,90}}. Terugbetaling op {{IBAN|BE85 3630 9188 4706}}. Tel {{PHONE|03 231 44 87}}.`),
  be("email", `Onderwerp: ticket doorverkocht maar niet uitbetaald

Beste,
Ik verkocht op {{neg:date|22 november}} twee tickets via jullie platform (bestelling {{neg:order-number|TR-BE-441093}}). Ik kreeg nog niets. Rekening: {{IBAN|BE58 0682 2917 7479}}. Eerder gaf ik per ongeluk {{neg:iban-checksum|BE11 0682 2917 7479}} door.
Mvg,
{{PERSON|Koen Vermeulen}}
{{EMAIL|koen.vermeulen@example.com}}`),
  be("note", `Syndicus Residentie Schelde: mevrouw {{PERSON|Rachida Bouzid}} meldt lift defect. Technieker {{PERSON|Wouter Claes}} ({{PHONE|0495 66 18 27}}) komt morgen {{neg:time|10u}}. Bewoners verwittigd via {{EMAIL|info@residentieschelde.example}}.`),
]
