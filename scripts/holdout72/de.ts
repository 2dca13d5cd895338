// German texts (de-DE, de-AT), written one by one: Kontaktformulare, CRM-Exporte, CSV und Festbreiten-Berichte,
// Buchungsbestätigungen, Rückruflisten, Abschlusscodes mit Notizen.
import { mk } from "./mk.ts"

const de = mk("de-DE")
const at = mk("de-AT")

export const DE_DE = [
  de("ticket", `Kontaktformular – Stadtwerke Elbtal
Anrede: Herr
Vorname: {{PERSON|Jörg}}
Nachname: {{PERSON|Hülsmann}}
Tel. (privat): {{PHONE|0351 4827 1193}}
Mobil: {{PHONE|0151 4287 1936}}
E-Mail: {{EMAIL|joerg.huelsmann@example.org}}
PLZ: {{neg:postcode|01099}}
Zählernummer: {{neg:meter-number|1ESY 1160 4471 22}}
Nachricht: Abschlag von {{neg:amount|94,00 €}} auf {{neg:amount|61,00 €}} senken`),
  de("note", `CRM-Export Kunde {{neg:customer-number|KD-3019442}}
Name: {{PERSON|SCHRÖDER, Annika}}
Kurzname: {{PERSON|A. Schröder}}
Login: {{PERSON|aschroeder}}
Tel. (geschäftlich): {{PHONE|040 3187 6621}}
IBAN: {{IBAN|DE56 3704 0044 0528 1739 46}}
IBAN alt (Zahlendreher): {{neg:iban-checksum|DE65 3704 0044 0528 1739 46}}
Letzter Kontakt: {{neg:date|3. Dezember}}`),
  de("email", `Betreff: Buchungsbestätigung {{neg:booking-ref|HRZ-44812}}
Sehr geehrte Frau {{PERSON|Dembélé}},
Ihr Zimmer im Hotel Rheinblick ist vom {{neg:date|19.12.2026}} bis {{neg:date|22.12.2026}} reserviert. Anreise ab {{neg:time|15:00 Uhr}}.
Garantie: Kreditkarte {{neg:masked-card|**** **** **** 0914}}, gültig bis {{neg:card-expiry|11/27}}.
Rezeption: {{PHONE|0221 9376 1140}}, {{EMAIL|rezeption@hotel-rheinblick.example}}`),
  de("summary", `Abschlusscode: RÜCKRUF
Mailbox-Nachricht (transkribiert): „Hallo, hier ist {{PERSON|Friederike Lamprecht}}, bitte rufen Sie mich an unter {{PHONE|null eins sieben sechs, drei drei zwei null, acht acht eins sieben}}, danke."
Vertrag {{neg:contract-number|VT-88120-3}}, offene Rechnung {{neg:amount|128,40 €}}.
Bearbeiterin: {{PERSON|Merve Yıldız}}`),
  de("note", `Kunden-CSV (Export, Semikolon)
Nachname;Vorname;Telefon;Ort
{{PERSON|Brandt}};{{PERSON|Kilian}};{{PHONE|089 4471 2290}};München
{{PERSON|Wojciechowski}};{{PERSON|Ilona}};{{PHONE|+49 172 390 4418}};Nürnberg
{{PERSON|Okonkwo}};{{PERSON|Chidi}};{{PHONE|0711 286 5503}};Stuttgart`),
  de("ticket", `kunde:
  vorname: {{PERSON|Lennart}}
  nachname: {{PERSON|Vogt}}
  telefon: "{{PHONE|030 2847 6619}}"
  email: {{EMAIL|lennart.vogt@example.com}}
router:
  firmware: {{neg:version|7.57.1}}
  wan_ip: {{IP_ADDRESS|198.51.100.144}}
  lan_ip: {{IP_ADDRESS|192.168.178.1}}`),
  de("chat", `Chat – Paketdienst Nordstern
Sie: Hallo, Sendung {{neg:tracking-number|NS 2207 4419 83}} kommt nicht an
{{PERSON|Jana}} (Support): Hallo! Auf welchen Namen?
Sie: {{PERSON|Hasan Aydoğan}}, Lieferadresse {{neg:postcode|28195}} Bremen
{{PERSON|Jana}} (Support): Zustellung morgen zwischen {{neg:time|10 Uhr}} und {{neg:time|14 Uhr}}, SMS an {{PHONE|0157 3382 0471}}.`),
  de("note", `Rückrufliste {{neg:date|08.12.2026}}
| Uhrzeit | Name               | Telefon           | Grund            |
| {{neg:time|09:30}}   | Herr {{PERSON|Konstantin Reuter}} | {{PHONE|0621 730 4182}}    | Kündigung        |
| {{neg:time|10:00}}   | Frau Dr. {{PERSON|Sabine Kempf}}  | {{PHONE|0341 298 7756}}    | Gutschrift {{neg:amount|25 €}} |`),
  de("email", `Bestellbestätigung {{neg:order-number|BE-7730192}}
Rechnungsadresse: {{PERSON|Mareike Pfeiffer}}
Lieferadresse: {{PERSON|Tobias Pfeiffer}}, Lindenstr. 4, {{neg:postcode|34117}} Kassel
Bezahlt mit Discover {{CARD|6011 7492 0385 1627}}.
Erster Versuch mit {{neg:luhn-invalid|6011 7492 0385 1628}} abgelehnt.
Fragen: {{EMAIL|kundenservice@moebel-lindner.example}}`),
  de("transcript", `AGENT: Versicherung Hanse, mein Name ist {{PERSON|Timo}}.
ANRUFER: Ja, {{PERSON|Reinhold Matuschek}}. Meine neue Nummer ist {{PHONE|null eins fünf zwei, fünf eins acht, null drei, neun neun vier}}.
AGENT: Also {{PHONE|0152 5180 3994}}. Schaden {{neg:claim-number|SCH-2026-4471}} vom {{neg:date|1. Dezember}}, richtig?`),
]

export const DE_AT = [
  at("ticket", `Webformular – Wiener Wohnservice
Anrede: Frau
Vorname: {{PERSON|Theresa}}
Familienname: {{PERSON|Hinterberger}}
Telefon: {{PHONE|0664 231 8770}}
E-Mail: {{EMAIL|t.hinterberger@example.net}}
PLZ: {{neg:postcode|1070}}
Anliegen: Betriebskosten {{neg:amount|€ 212,60}} vom {{neg:date|30. November}}`),
  at("note", `Kundenstamm (Export)
Nachname/Vorname: {{PERSON|Gruber, Florian}}
Anzeigename: {{PERSON|F. Gruber}}
Tel. (privat): {{PHONE|01 587 3229}}
Tel. (mobil): {{PHONE|+43 676 441 2093}}
IBAN: {{IBAN|AT87 2011 1829 4730 6152}}
Kundennummer: {{neg:customer-number|WS-220481}}`),
  at("email", `Buchungsbestätigung {{neg:booking-ref|ALP-3308}} – Gasthof Alpenrose
Gast: Herr {{PERSON|Leopold Stangl}}
Anreise: {{neg:date|27. Dezember}}, ab {{neg:time|14 Uhr}}
Anzahlung {{neg:amount|€ 180,00}} auf {{IBAN|AT27 3200 0004 1928 3746}} erhalten (zuerst als {{neg:iban-checksum|AT72 3200 0004 1928 3746}} angegeben).
Rückfragen: {{PHONE|05356 62714}}`),
  at("summary", `Abschlusscode: STÖRUNG-BEHOBEN
Kundin {{PERSON|Ecaterina Popescu}}, Rückrufnummer laut Mailbox: {{PHONE|null sechs neun neun, eins sieben zwei vier, drei drei acht null}}.
Modem {{neg:serial-number|SN 8841-AT-207}}, Firmware {{neg:version|2.4.11}}.
Bearbeitet von {{PERSON|Valentin Koller}}`),
  at("note", `Rückrufliste Graz, {{neg:date|09.12.2026}}
- {{neg:time|08:45}} {{PERSON|Krenn Ulrike}}, {{PHONE|0316 829 440}}, Zählerstand
- {{neg:time|09:10}} {{PERSON|Mirza Hodžić}}, {{PHONE|0699 1036 5521}}, Tarifwechsel
- {{neg:time|09:35}} Energie Steiermark Hotline, {{PHONE|0316 9000 50}} (Firmennummer)`),
  at("ticket", `{"auftrag":"{{neg:order-number|AT-55170}}","kunde":"{{PERSON|Johanna Pichler}}","tel":"{{PHONE|0512 577 801}}","mail":"{{EMAIL|jpichler@example.com}}","plz":"{{neg:postcode|6020}}","betrag":"{{neg:amount|€ 49,90}}"}`),
  at("chat", `Chat – A1-Partnershop Linz
{{PERSON|Sandra}} (Shop): Grüß Gott, wie heißen Sie bitte?
Sie: {{PERSON|Dominik Aigner}}
{{PERSON|Sandra}} (Shop): Danke. Ihre Bestellung {{neg:order-number|LZ-99104}} ist da, Abholung bis {{neg:date|12.12.2026}}.
Sie: Bitte SMS an {{PHONE|0680 229 4415}}`),
  at("note", `Festbreite-Export OFFENE_POSTEN
KDNR      NAME                   TELEFON         BETRAG
{{neg:customer-number|K-40017}}   {{PERSON|HUBER Magdalena}}        {{PHONE|0732 771 209}}     {{neg:amount|€ 318,20}}
{{neg:customer-number|K-40023}}   {{PERSON|ZAUNER Bernhard}}        {{PHONE|0650 331 7784}}    {{neg:amount|€ 42,00}}`),
  at("email", `Umfrageantwort Nr. {{neg:reference|U-2291}}
Bewertung: 5/5
Kommentar: „Herr {{PERSON|Wimmer}} war super. Falls Rückfragen: {{PHONE|null sechs sechs vier, acht acht eins, zwei drei, sieben null}}."
Absender: {{PERSON|Gerlinde Wimmer-Strobl}} ({{EMAIL|gerlinde.ws@example.org}})`),
  at("note", `Abschlusscode: ZAHLUNG-OFFEN / Notiz
Anrufer {{PERSON|Stefan Moser}} ({{PHONE|0664 902 1187}}) zahlt {{neg:amount|€ 95,00}} bis {{neg:date|15. Jänner}}. Karte {{neg:masked-card|XXXX XXXX XXXX 6650}} abgelaufen ({{neg:card-expiry|10/26}}).`),
]
