// A second batch, written after the first 158 texts: more callback lists, sign-in logs and forms with fewer names, a
// few more NI numbers, cards and lookalikes, and more texts in the four non-English locales.
import { mk } from "./markup.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ca = mk("en-CA")
const au = mk("en-AU")
const de = mk("de-DE")
const fr = mk("fr-FR")
const es = mk("es-ES")
const it = mk("it-IT")

export const EN_US_2 = [
  us("note", `Callback list – Cedarpoint escrow, Mon
1) {{PHONE|(505) 334-8127}} – asked about PMI removal, 80% LTV reached
2) {{PHONE|+1 919 402 6630}} ext 204 – title company re payoff
3) digits left on VM: {{PHONE|2 0 7 – 8 8 1 – 4 4 0 3}}
4) loan {{neg:loan-number|0051-229-3318}}, no number left, send letter`),
  us("ticket", `Shopsy Trust & Safety – login audit, account {{neg:customer-number|C-00719342}}
{{neg:date|2026-12-02}} 03:14 UTC  login OK   {{IP_ADDRESS|192.0.2.71}}
{{neg:date|2026-12-02}} 03:16 UTC  card added {{CARD|6500 2218 7731 4405}}
{{neg:date|2026-12-02}} 03:17 UTC  card added {{neg:luhn-invalid|6500 2218 7731 4406}} (declined, bad check digit)
{{neg:date|2026-12-02}} 03:20 UTC  email changed to {{EMAIL|fastdeals99@example.net}}
Action: locked, owner notified by SMS at {{PHONE|+1-480-772-0915}}`),
]

export const EN_GB_2 = [
  gb("ticket", `HR – Right to work & payroll (Marchmont Hotels)
Employee 1: {{PERSON|Abimbola Okoro}}, NI {{UK_NINO|CE 30 41 77 A}}, start {{neg:date|05/01/2027}}
Employee 2: {{PERSON|Kacper Zieliński}}, NI {{UK_NINO|HJ 92 10 58 D}}, start {{neg:date|12/01/2027}}
Both hourly, {{neg:amount|£12.60}}. Bank details to follow.`),
  gb("sms", `Skyport Mobile: You're now roaming in the USA. Calls {{neg:amount|£1.50}}/min. Lost your phone abroad? Call {{PHONE|+44 7973 100 200}}. {{neg:name-word|Bill}} will be sent on the {{neg:date|5 January}}.`),
  gb("note", `Bluewing refunds: cancelled flight, pax requests cash not voucher. Card on booking {{CARD|3478 120056 19374}} (Amex). Refund {{neg:amount|£412.80}} raised. No answer on {{PHONE|01392 448 120}}, left VM.`),
]

export const EN_CA_2 = [
  ca("sms", `Laurentide Trust: Your mortgage payment of {{neg:amount|$1,842.16}} will be withdrawn {{neg:date|Dec 15}}. Questions? {{PHONE|1-888-641-2290}} or text HELP.`),
]

export const EN_AU_2 = [
  au("note", `Callbacks (Glowline switching desk, Tue): {{PHONE|02 9261 4478}} – wants to cancel before cooling-off ends; {{PHONE|+61 412 009 338}} – solar feed-in query; {{PHONE|07 3122 8904}} – concession card update. {{neg:name-word|Bill}} ran {{neg:amount|$0.00}} credit for the last one.`),
]

export const DE_DE_2 = [
  de("note", `Rückrufliste Roaming-Hotline, Dienstag:
– {{PHONE|0151 2274 9036}} (Kundin in Spanien, Datenpaket)
– {{PHONE|+41 79 442 18 06}} (Schweiz, Rechnung {{neg:amount|212 €}})
– {{PHONE|0049 170 3318 442}} (aus dem Ausland, SIM gesperrt)
– Vertrag {{neg:contract-number|FS-2026-88104}}, keine Nummer hinterlassen`),
  de("ticket", `Fitnesskette Kraftquelle – Ruhezeit-Antrag
Mitgliedsnummer: {{neg:member-number|KQ-004417}}
Grund: Auslandssemester
Zeitraum: {{neg:date|01.03.2027}} bis {{neg:date|31.08.2027}}
Zahlung der Ruhegebühr ({{neg:amount|4,90 €}}/Monat) per Karte {{CARD|4556 7003 3912 8717}}
Antrag gestellt von {{IP_ADDRESS|fd3c:91::4}}`),
  de("sms", `GlasNetz: Ihr Anschluss ist ab {{neg:time|8 Uhr}} aktiv. Router-Oberfläche: {{IP_ADDRESS|192.168.2.1}}. Hilfe: {{PHONE|0800 330 4417}}.`),
]

export const FR_FR_2 = [
  fr("note", `Liste de rappels – Ondelle Mobile, service itinérance :
• {{PHONE|06 33 18 49 02}} : facture au Maroc, {{neg:amount|74 €}}
• {{PHONE|+32 475 21 88 40}} : client belge, carte SIM bloquée
• {{PHONE|0041 22 318 44 71}} : frontalier Genève
• dossier {{neg:case-number|ITN-44182}} : pas de numéro`),
  fr("ticket", `Location Longue Durée – Mandat de prélèvement
Titulaire : M. {{PERSON|Kouassi}}
IBAN : {{IBAN|BE90 3630 4418 2732}}
Contrat : {{neg:contract-number|LFX-220931}}
Mensualité : {{neg:amount|329,00 €}} le {{neg:date|10 janvier}}
Version du formulaire {{neg:version|2.4}}`),
  fr("sms", `Hôtels Orée : vos 2 nuits offertes expirent le {{neg:date|31 décembre}}. Réservez au {{PHONE|0 800 44 18 20}} (gratuit).`),
  fr("chat", `PharmaDirect – messagerie
Vous : ma carte a été débitée deux fois, {{neg:amount|23,40 €}}
Assistant PharmaDirect : Je transmets à un conseiller.
{{PERSON|Nadège}} : Bonjour, je vois un doublon sur la carte {{neg:masked-card|**** 7714}}. Remboursement sous 5 jours. Si besoin : {{PHONE|04-72-18-33-90}}.`),
]

export const ES_ES_2 = [
  es("note", `Llamadas pendientes – mudanzas:
· {{PHONE|+34 611 20 48 73}} – presupuesto guardamuebles
· {{PHONE|976 44 18 02}} – Zaragoza, piano
· {{PHONE|0033 6 18 22 40 91}} – traslado a Toulouse
· expediente {{neg:reference|MT-2026-0417}} sin teléfono`),
  es("ticket", `Seguro Salud Aurora – Alta de beneficiario
Titular: {{PERSON|Díaz Cabrera, Yolanda}}
Beneficiario: hijo, nacido el {{neg:date|14/03/2019}}
Cuenta de cargo: {{IBAN|ES40 0049 1877 4122 1014 5896}}
Pago de la primera cuota con tarjeta {{CARD|4123 5560 9183 7208}}; tarjeta rechazada antes: {{neg:luhn-invalid|4123 5560 9183 7209}}
Código postal {{neg:postcode|38003}}`),
  es("sms", `Bicipalma: tu bono anual vence el {{neg:date|3 de enero}}. Renueva en la app (versión {{neg:version|6.2.0}}) o llama al {{PHONE|971 21 44 80}}.`),
  es("transcript", `AGENTE: Luzverde, buenas tardes, le atiende {{PERSON|Noelia}}.
CLIENTE: Hola. Quiero cambiarme a ustedes desde otra comercializadora.
AGENTE: Perfecto. ¿Un teléfono?
CLIENTE: {{PHONE|Seis nueve cero, ciento doce, cuatrocientos treinta y ocho}}.
AGENTE: {{PHONE|seis nueve cero, ciento doce, cuatrocientos treinta y ocho}}. Le llamamos con la oferta.`),
  es("chat", `Alojamientos Sierra – Club de puntos
Tú: no me aparecen los puntos de la estancia en Granada
Asistente virtual: Un momento, te paso con una persona.
{{PERSON|Xiomara}}: ¡Hola! Ya están cargados, 1.800 puntos. ¿Quieres que te avise por SMS al {{PHONE|+34 650 33 81 29}}?`),
]

export const IT_IT_2 = [
  it("note", `Richiamate – ufficio mutui:
– {{PHONE|339 204 8817}} surroga, chiede tassi
– {{PHONE|+39 0471 922 184}} Bolzano, estinzione anticipata
– {{PHONE|0041 91 922 40 17}} frontaliere Lugano
– mutuo {{neg:loan-number|MU 0044 81977}}, nessun numero`),
  it("ticket", `Farmacia Online Salvia – Ordine {{neg:order-number|SAL-448120}}
Spedizione a: via dei Mille 12, {{neg:postcode|80121}} Napoli
Pagamento: {{CARD|2223 0041 8876 5191}}
Tentativo precedente: {{neg:luhn-invalid|2223 0041 8876 5192}} (rifiutata)
Totale {{neg:amount|46,80 €}}`),
  it("sms", `Alberghi Corallo: la sua prenotazione {{neg:booking-ref|CRL7Q2}} per il {{neg:date|12 febbraio}} è confermata. Reception: {{PHONE|0942 218 440}}.`),
  it("transcript", `OPERATRICE: Traslochi Fratelli Arno, buongiorno.
CLIENTE: Buongiorno, volevo spostare la data del trasloco, sono {{PERSON|Kateryna}}, il preventivo a nome {{PERSON|Shevchenko}}.
OPERATRICE: Certo. Mi lascia un numero?
CLIENTE: {{PHONE|Tre quattro sette, ventidue, zero otto, cinquantuno, quattordici}}.
OPERATRICE: {{PHONE|tre quattro sette, ventidue, zero otto, cinquantuno, quattordici}}. La richiamo entro le {{neg:time|17:00}}.`),
  it("email", `Oggetto: IBAN per rimborso reso – MercatoFacile

Buongiorno,

per il reso dell'ordine {{neg:order-number|MF-20931-8802}} vi indico l'IBAN {{IBAN|IT13 K020 0805 3640 0010 4483 921}}. Il pacco è stato ritirato il {{neg:date|2 dicembre}}.

Grazie,
{{PERSON|Tommaso Ricci}}
{{EMAIL|t.ricci@example.com}}`),
]
