// A third batch, two texts per locale, written one by one: call-back queues, CRM key: value dumps, sign-in logs and
// business SMS, where numbers outnumber names (ferry, EV charging, coworking, cinema, school transport, solar, pet food).
import { mk } from "./markup.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ca = mk("en-CA")
const za = mk("en-ZA")
const de = mk("de-DE")
const at = mk("de-AT")
const fr = mk("fr-FR")
const qc = mk("fr-CA")
const es = mk("es-ES")
const mx = mk("es-MX")
const it = mk("it-IT")
const br = mk("pt-BR")
const nl = mk("nl-NL")
const pl = mk("pl-PL")

export const EN_US_3 = [
  us("ticket", `CALLBACK QUEUE – Lakeshore Fertility billing ({{neg:date|12/07/2026}})
#1 {{PHONE|312-664-0917}} re: insurance denial, claim {{neg:claim-number|BCX 4471 2209 8}}
#2 {{PHONE|(847) 391-2206}} ext 14 — wants payment plan on {{neg:amount|$6,480}}
#3 {{PHONE|+1 773 508 4412}} — pharmacy, not a patient
#4 {{PHONE|630.221.4088}} — duplicate charge, see note
#5 {{PHONE|8155570392}} left vm twice`),
  us("note", `Hive & Desk security log review: member badge {{neg:member-number|HD-66120}} used at {{neg:time|2:14 AM}} from door controller {{IP_ADDRESS|10.40.0.21}}; member's phone on wifi as {{IP_ADDRESS|10.40.12.87}} and {{IP_ADDRESS|fe80::1c4:9ff:fe2a:7b10}}. Not an incident. Contact on file {{EMAIL|sunhee.park@studiomail.example}}, {{PHONE|720-541-3302}}. Old number {{PHONE|(720) 541-3320}} disconnected. Building version {{neg:version|8.2.1}}.`),
  us("sms", `PawPantry: Your box ships Tue. Questions? Text {{PHONE|704-338-9000}} or email {{EMAIL|help@pawpantry.example}}. Order {{neg:order-number|PP-2026-774402}}, total {{neg:amount|$64.99}}. SSN never required – if anyone asks, call {{PHONE|1-800-773-2219}}.`),
]
export const EN_GB_3 = [
  gb("ticket", `CRM EXPORT – ChargeGrid UK account
account_id: {{neg:account-number|CGUK-0049-2217}}
primary_phone: {{PHONE|07522 390 418}}
secondary_phone: {{PHONE|01452 729 331}}
email: {{EMAIL|p.desai@gloucestermail.example}}
last_login_ip: {{IP_ADDRESS|203.0.113.201}}
payment: {{CARD|5264-1883-0917-2040}}
NI number: {{UK_NINO|AB 72 91 40 C}}
postcode: {{neg:postcode|GL2 4PD}}`),
  gb("sms", `Solent Link Ferries: weather warning. The {{neg:time|06:30}} and {{neg:time|08:00}} sailings may be cancelled. Rebook free on {{PHONE|0330 912 4471}} or {{PHONE|+44 23 9283 1120}}. From abroad: {{PHONE|0044 330 912 4471}}.`),
]
export const EN_CA_2 = [
  ca("ticket", `PLUGNORTH – SUPPORT TICKET EXPORT
ticket: {{neg:ticket-number|PN-552091}}
caller_id: {{PHONE|+1 705 331 8274}}
callback: {{PHONE|705-726-4190}}
email: {{EMAIL|k.jacobs@barriemail.example}}
app_ip: {{IP_ADDRESS|192.0.2.144}}
charger: {{neg:charger-id|PN-ON-1187}}
amount_refunded: {{neg:amount|$22.64}}`),
  ca("sms", `Coastal Isles Ferries: booking {{neg:booking-ref|CIF 40922018}} moved to {{neg:time|5:45 PM}}. Questions: {{PHONE|250-386-3431}} or toll free {{PHONE|1 888 223 3779}}.`),
]
export const EN_ZA_2 = [
  za("ticket", `CALL-BACK LIST – SunVault Energy ({{neg:date|07/12/2026}})
1. {{PHONE|083 662 0195}} – inverter offline, ref {{neg:reference|SV 2209 4471}}
2. {{PHONE|+27 21 794 3350}} – debit order date
3. {{PHONE|0824419037}} – wants quote for battery
4. {{PHONE|(012) 342 8816}} – account {{neg:account-number|SV-ACC-30187}}
5. {{EMAIL|fatimaj@capemail.example}} – prefers email`),
  za("sms", `Ubuntu Cover: Your claim {{neg:claim-number|UC-CLM-77104}} has been paid, {{neg:amount|R15 000}}. Questions {{PHONE|0861 482 268}}, WhatsApp {{PHONE|071 338 2946}}.`),
]
export const DE_DE_3 = [
  de("ticket", `RÜCKRUFLISTE Ladenetz Nord – {{neg:date|07.12.2026}}
- {{PHONE|0160 9438 2271}} Ladekarte gesperrt
- {{PHONE|040 3378 2219}} Rechnung {{neg:invoice-number|LN-2026-44018}} doppelt
- {{PHONE|+49 171 4402 8836}} Säule defekt, {{neg:charger-id|LNN-HH-0733}}
- {{PHONE|0049 421 667 1102}} Firmenkunde, bitte {{EMAIL|fuhrpark@weserlogistik.example}}`),
  de("note", `Werkraum Coworking IT: Drucker nicht erreichbar, Gerät {{IP_ADDRESS|192.168.50.12}}, Laptop {{IP_ADDRESS|192.168.50.87}}. Ersatzdrucker eingerichtet. Rückmeldung an {{EMAIL|it@werkraum.example}} bzw. {{PHONE|0221 9932 4400}}.`),
]
export const DE_AT_2 = [
  at("ticket", `KUNDENDATEN StromTank
Kundennummer: {{neg:customer-number|ST-AT-228104}}
Telefon: {{PHONE|07242 48 93 11}}
Mobil: {{PHONE|0660 733 1928}}
E-Mail: {{EMAIL|u.pichler@mostviertel.example}}
IBAN: {{IBAN|AT66 3200 0000 1472 8830}}
Login-IP: {{IP_ADDRESS|2001:db8:a7:3::15}}`),
  at("sms", `Bestattungsvorsorge Lindenhof: Ihr Termin am {{neg:date|16.12}}. um {{neg:time|10:00}} ist bestätigt. Absage unter {{PHONE|+43 1 713 22 40}} oder {{PHONE|0664 221 4409}}.`),
]
export const FR_FR_3 = [
  fr("ticket", `RAPPELS À FAIRE – SoleilBail ({{neg:date|07/12/2026}})
{{PHONE|02 98 44 17 30}} – onduleur en panne
{{PHONE|06 72 18 44 90}} – échéancier, contrat {{neg:contract-number|SB-C-30918}}
{{PHONE|+33 5 56 81 22 47}} – devis batterie
{{PHONE|0033 6 41 08 37 22}} – client à l'étranger, préfère {{EMAIL|g.roux@boitemail.example}}`),
  fr("sms", `Croquettes & Compagnie : votre colis {{neg:tracking-number|6A 2207 4418 9913}} arrive demain. Une question ? {{PHONE|09 70 81 44 20}} ou {{EMAIL|aide@croquettes-compagnie.example}}`),
]
export const FR_CA_2 = [
  qc("ticket", `RAPPELS – Traverse Rivière-du-Loup
1) {{PHONE|418 862-5094}} VR 32 pi, rés. {{neg:booking-ref|TRL-88104}}
2) {{PHONE|(581) 802-3317}} remboursement {{neg:amount|61,25 $}}
3) {{PHONE|1-819-374-2208}} groupe scolaire
4) {{EMAIL|reservations@traverserdl.example}} à mettre en copie`),
  qc("sms", `Circuit Volt : connexion inhabituelle à votre compte depuis {{IP_ADDRESS|198.51.100.29}}. Pas vous ? Appelez le {{PHONE|1 855 704 2291}}.`),
]
export const ES_ES_3 = [
  es("ticket", `LLAMADAS PENDIENTES – Recarga Ibérica
· {{PHONE|93 318 47 20}} – cargo indebido {{neg:amount|12,40 €}}
· {{PHONE|+34 699 402 118}} – tarjeta RFID no llega
· {{PHONE|0034 91 447 22 86}} – empresa, flota de 12 coches, {{EMAIL|flota@transportesbeltran.example}}
· {{PHONE|611 70 33 84}} – app {{neg:version|5.4.2}} se cierra`),
  es("sms", `Navieras del Estrecho: su embarque {{neg:booking-ref|NE-ALG-44120}} sale a las {{neg:time|14:00}}. Presente el DNI y la tarjeta de embarque. Info {{PHONE|956 63 27 10}}.`),
]
export const ES_MX_2 = [
  mx("ticket", `REGISTRO DE LLAMADAS – VoltMéx
{{neg:date|07/12/2026}} {{neg:time|09:12}} {{PHONE|55 4821 3709}} – cargador sin conexión
{{neg:date|07/12/2026}} {{neg:time|09:40}} {{PHONE|+52 33 1874 6620}} – factura, correo {{EMAIL|facturas@gruposolis.example}}
{{neg:date|07/12/2026}} {{neg:time|10:05}} {{PHONE|81 8340 2217}} – cargo doble`),
  mx("sms", `Croquetas a tu Puerta: tu pedido {{neg:order-number|CP-88104-22}} va en camino. Dudas al {{PHONE|222 418 3306}} o WhatsApp {{PHONE|55 6218 4093}}.`),
]
export const IT_IT_3 = [
  it("ticket", `RICHIAMATE – Traghetti Tirreno
- {{PHONE|0565 91 44 02}} biglietteria Piombino
- {{PHONE|+39 340 772 1893}} cliente, auto + camper
- {{PHONE|0039 0789 24 11 08}} agenzia di Olbia
- {{EMAIL|gruppi@traghettitirreno.example}} per le comitive`),
  it("note", `CroccoBox: pagamento fallito per l'abbonamento {{neg:contract-number|CB-2026-33018}}. Cliente aggiorna IBAN: {{IBAN|IT24 Z030 6909 6061 0000 0091 822}}. Recapiti {{PHONE|349 661 2083}} e {{PHONE|02 4471 9903}}.`),
]
export const PT_BR_3 = [
  br("ticket", `RETORNOS PENDENTES – EletroPosto
• {{PHONE|(11) 94420-8813}} estorno de {{neg:amount|R$ 58,90}}
• {{PHONE|+55 21 3344-7120}} empresa, frota
• {{PHONE|(19) 99822-1047}} app travando na versão {{neg:version|2.9.1}}
• {{EMAIL|frota@transportadoraleste.example}} quer contrato anual`),
  br("sms", `Bom Pastor: seu boleto de {{neg:amount|R$ 49,90}} vence {{neg:date|10/12}}. Dúvidas {{PHONE|0800 702 4417}} ou {{PHONE|(85) 3261-0092}}.`),
]
export const NL_NL_3 = [
  nl("ticket", `TERUGBELLIJST – LaadNed ({{neg:date|07-12-2026}})
1. {{PHONE|06 19 44 70 38}} – pas geblokkeerd
2. {{PHONE|038 421 7730}} – factuur dubbel
3. {{PHONE|+31 6 4418 2093}} – paal {{neg:charger-id|NL-LDN-E07731}} defect
4. {{PHONE|0031 10 288 4416}} – zakelijk, mail {{EMAIL|wagenpark@havenbedrijf.example}}`),
  nl("note", `Brokkenbox: klant wil incasso naar nieuwe rekening {{IBAN|NL41 RABO 0318 2746 50}}. Inlog vanaf {{IP_ADDRESS|192.0.2.66}}. Bevestiging naar {{EMAIL|klantenservice@brokkenbox.example}}. Tel {{PHONE|085 401 2290}}.`),
]
export const PL_PL_3 = [
  pl("ticket", `DO ODDZWONIENIA – Ładuj.pl
1) {{PHONE|730 218 559}} – karta RFID nie działa
2) {{PHONE|+48 22 418 30 77}} – firma, faktura zbiorcza
3) {{PHONE|0048 604 118 372}} – podwójne obciążenie {{neg:amount|89,00 zł}}
4) {{EMAIL|flota@transkom.example}} – prośba o umowę`),
  pl("sms", `Prom Bałtyk: odprawa dla rezerwacji {{neg:booking-ref|PB-SWI-33017}} zamyka się o {{neg:time|21:30}}. Informacja {{PHONE|91 322 40 18}} lub {{PHONE|+48 91 321 77 60}}.`),
]
