// de-DE, de-AT and nl-BE texts: written one by one (a Fitnessstudio, a Paketshop, a Handwerker, a Stadtwerke bill,
// a Heuriger, a Skischule, a ÖBB-style ticket desk, a Frituur, a kinderopvang, a fietsenwinkel, a Proximus-style telco).
import { mk } from "./mk.ts"

const d = mk("de-DE")
const a = mk("de-AT")
const n = mk("nl-BE")

export const DE_DE = [
  d("note", `Kd. {{PERSON|Jürgen Behrendt}} hat angerufen wg. Kündigung Fitnessstudio, sagt er hat schon im Okt gekündigt, wurde trotzdem {{neg:amount|29,90 €}} abgebucht. Rückruf {{PHONE|0151 2374 8810}} ab {{neg:time|16 Uhr}}. bitte mit {{PERSON|Sabine}} (Teamltg.) klären, asap`),
  d("sms", `Hi, hier ist {{PERSON|Kevin}} vom Paketshop, dein Paket {{neg:tracking-number|JJD0002217845}} liegt bei uns bis {{neg:date|13.12}}. Fragen? {{PHONE|0176 4412 9035}}. LG`),
  d("chat", `Google-Bewertung – Malerbetrieb Farbenfroh
{{PERSON|Svetlana Kraus}}: super arbeit, sehr sauber!! nur die rechnung kam 2x lol. Danke an Herr {{PERSON|Yilmaz}} 👍
Antwort des Inhabers: Danke {{PERSON|Svetlana}}! Die doppelte Rechnung ist storniert, sorry. VG {{PERSON|Torsten Krause}}`),
  d("summary", `Gesprächsnotiz Stadtwerke
Anrufer: Fr. Dr. {{PERSON|Heike Lorenz-Adebayo}}
Thema: Abschlag zu hoch ({{neg:amount|148 €}}), will auf 110 runter
neue Bankverbindung {{IBAN|DE81 5001 0517 6084 2319 75}}
Tel.: {{PHONE|null drei null, acht vier sieben eins, zwei zwei neun null}}
PLZ {{neg:postcode|10437}}`),
  d("email", `Betreff: Termin Heizung

hallo zusammen, unsere heizung ist seit gestern aus 🥶 könnt ihr morgen kommen? adresse schick ich per whatsapp. bin erreichbar unter {{PHONE|+49 (0) 89 2314 5567}} oder {{EMAIL|Familie.Oezdemir@web.example}}.

vg {{PERSON|Cem Özdemir}}... nicht der Politiker haha`),
  d("note", `Übergabe Spätschicht: {{PERSON|SCHULZE, Marlene}} – Karte {{CARD|5290 4716 3820 1757}} hinterlegt, Abo läuft ab {{neg:date|1.1.2027}}. alte IBAN {{neg:iban-checksum|DE39 1203 0000 1057 3829 46}} war falsch, richtig ist {{IBAN|DE93 1203 0000 1057 3829 46}}. mob {{PHONE|0172 908 4461}}`),
  d("chat", `Denglisch-Chat – Zalando-ähnlicher Shop "Kleiderkiste"
Kundin: hey, ich hab das dress in size M bestellt aber es ist too small 😭 kann ich exchangen?
{{PERSON|Leonie}} (Support): Hi! Klar, einfach Retourenlabel im Account downloaden. Order number?
Kundin: {{neg:order-number|KK-2291047}}, name {{PERSON|Jasmin Hoffmann}}
{{PERSON|Leonie}} (Support): Perfekt, {{PERSON|Jasmin}}, ist gemacht ✅`),
  d("ticket", `Ticket {{neg:ticket-number|IT-55132}}
User: {{PERSON|M. Weber}}
Problem: kein VPN seit Update {{neg:version|10.4.2}}
Client-IP {{IP_ADDRESS|2001:db8:ac10:fe01::9}}
Rückruf Durchwahl -318 oder mobil {{PHONE|0160 9321 5504}}`),
]

export const DE_AT = [
  a("note", `Anruf Hr. {{PERSON|Pichler Franz}} wg. Heurigen-Reservierung Sa, 14 Pers., Tel {{PHONE|0664 1827 309}}. Anzahlung {{neg:amount|€ 150}} noch offen. Mit {{PERSON|Resi}} abgesprochen.`),
  a("sms", `Servus, {{PERSON|Lukas}} von der Skischule. Kurs für {{PERSON|Mia}} startet {{neg:date|27. Dezember}} {{neg:time|9:30}} beim Lift. Restbetrag auf {{IBAN|AT18 3200 0381 7204 6591}}. Bei Fragen {{PHONE|0676 512 4409}}`),
  a("chat", `Chat ÖBB-ähnlich "Alpenbahn"
Fahrgast: hallo, mein Zug nach Salzburg fällt aus, bekomm ich das Geld zurück? Ticket {{neg:ticket-number|AB-4471920}}
Bot: Ich verbinde dich mit einer Mitarbeiterin.
{{PERSON|Katharina}} (Alpenbahn): Grüß Gott! Ja, {{neg:amount|€ 42,60}} werden erstattet. Auf welches Konto?
Fahrgast: {{IBAN|AT02 1420 0200 1028 3746}}, lautend auf {{PERSON|Stefan Gruber}}`),
  a("summary", `Gesprächsnotiz Mobilfunk
Kunde: {{PERSON|Aleksandar Jovanović}} (spricht eher Englisch)
Anliegen: roaming charges in Serbia, {{neg:amount|€ 87}}
Rückruf: {{PHONE|null sechs neun neun, eins acht zwei drei, vier vier sieben eins}}
Alternativ Gattin {{PERSON|Milica}} {{PHONE|+43 660 318 2275}}
PLZ {{neg:postcode|1100}}`),
  a("email", `Betreff: Wohnung Mängel

Sehr geehrte Hausverwaltung,

im Bad tropft es seit {{neg:date|3. Dezember}}. Bitte schicken Sie jemand. Mein Nachbar Herr {{PERSON|Wimmer}} hat das gleiche Problem.

mfg {{PERSON|Elisabeth Haider}}
{{PHONE|01 5324 781}}
{{EMAIL|e.haider@aon.example}}`),
  a("note", `Übergabe: {{PERSON|Moser}} (Nachtdienst) sagt Kd. {{PERSON|BRANDSTÄTTER Ingrid}} will Lastschrift stoppen, Konto {{IBAN|DE55 3704 0044 0532 9178 46}} (deutsches Konto). Rückruf {{PHONE|0043 699 1023 4471}} vorm. Ticket {{neg:case-number|FALL-20881}}`),
  a("chat", `WhatsApp Tischlerei Huber
Kundin: hallo! passt Dienstag für die Küche? lg {{PERSON|Vroni}}
Tischlerei Huber: Servus {{PERSON|Vroni}}, Di {{neg:time|8 Uhr}} passt, der {{PERSON|Sepp}} kommt. Bitte Nummer für den Monteur?
Kundin: {{PHONE|0650 773 1294}} 😊`),
  a("transcript", `AGENT: Wiener Wohnservice, {{PERSON|Dragan}} am Apparat
ANRUFER: grüß Gott, {{PERSON|Hofer}} mein Name, wegen Kaution
AGENT: Ihre Vertragsnummer bitte?
ANRUFER: {{neg:contract-number|WW-7730-21}}
AGENT: danke. Die Kaution von {{neg:amount|€ 1.800}} wird überwiesen. Telefon?
ANRUFER: {{PHONE|null sechs sechs vier, drei neun eins acht, zwei zwei sieben}}`),
]

export const NL_BE = [
  n("note", `klant {{PERSON|Wouter De Smedt}} belde ivm factuur frituur-materiaal, zegt {{neg:amount|€ 212,50}} te veel. gsm {{PHONE|0478 62 09 35}}. terugbellen na {{neg:time|14u}}. overleggen met {{PERSON|Ilse}} van boekhouding`),
  n("sms", `Dag, hier {{PERSON|Sarah}} van kinderopvang 't Kwetternest. {{PERSON|Lotte}} heeft wat koorts, kan iemand haar komen halen? Bel {{PHONE|09 224 31 68}} aub`),
  n("chat", `Facebook – Fietsen Vandamme
{{PERSON|Jens Peeters}}: hey my bike is ready? ik heb het binnengebracht op {{neg:date|2 december}}, the gears were broken
Fietsen Vandamme: Hoi {{PERSON|Jens}}! Yes, klaar vanaf morgen {{neg:time|10u}}. Kost {{neg:amount|€ 65}}.
{{PERSON|Jens Peeters}}: top, merci!!`),
  n("summary", `Gespreksverslag
Klant: Mevr. {{PERSON|Hilde Claes}}
Onderwerp: internet valt weg, modem {{IP_ADDRESS|192.168.1.47}}, firmware {{neg:version|18.2.0}}
Nummer: {{PHONE|nul vier zeven vijf, zestien, tweeëndertig, negenenveertig}}
Terugstorten op {{IBAN|BE24 0630 4187 5238}}`),
  n("email", `Onderwerp: terugbetaling abonnement

Beste,

ik heb mijn abonnement opgezegd maar jullie hebben nog {{neg:amount|€ 34,99}} afgehouden. Gelieve terug te storten op {{IBAN|BE49 7350 2841 9671}} (niet op {{neg:iban-checksum|BE94 7350 2841 9671}}, dat klopt niet).

Mvg,
{{PERSON|Kobe Vermeulen}}
{{EMAIL|Kobe.Vermeulen@telenet.example}}`),
  n("note", `overdracht vroege shift: {{PERSON|JANSSENS, An}} wacht op callback ivm levering {{neg:order-number|BST-60213}}, zeer boos. nummer {{PHONE|+32 496 33 18 72}}. rekening NL van haar zoon {{PERSON|Bram}}: {{IBAN|NL85 RABO 0317 4805 92}}. postcode {{neg:postcode|2018}}`),
  n("chat", `WhatsApp Bakkerij Mertens
Klant: goeiemorgen, kan ik een taart bestellen voor zaterdag? voor 12 pers
{{PERSON|Marleen}} (Bakkerij Mertens): Zeker! Naam en gsm?
Klant: {{PERSON|Gert Maes}}, {{PHONE|0032 471 90 26 58}}
{{PERSON|Marleen}} (Bakkerij Mertens): Genoteerd {{PERSON|Gert}}, af te halen vanaf {{neg:time|9u}} 🎂`),
  n("transcript", `AGENT: Proxitel, goeiendag, u spreekt met {{PERSON|Yasmina}}
KLANT: ja, hallo, {{PERSON|Dirk Wuyts}} hier, mijn gsm-rekening is veel te hoog
AGENT: Uw klantnummer?
KLANT: {{neg:customer-number|KL-4402918}}
AGENT: Ik zie roaming in Turkije. Ik bel u terug op {{PHONE|02 512 44 87}}?
KLANT: ja, na {{neg:time|17u}}`),
]
