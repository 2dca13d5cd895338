// German texts of holdout71 (de-DE, de-CH, de-AT), written one by one: Briefe mit Betreff und Bezugszeichen,
// Beschwerden, Aktenvermerke und Gesprächsnotizen von Versicherern, Banken, Krankenkassen, Kliniken, Stadtwerken,
// Behörden, Kanzleien und Inkassobüros.
import { mk } from "./mk.ts"

const de = mk("de-DE")
const ch = mk("de-CH")
const at = mk("de-AT")

export const DE_DE = [
  de("email", `Hanseatische Gebäudeversicherung AG · Postfach 10 44 21 · {{neg:postcode|20030}} Hamburg

Frau
Dr. {{PERSON|Henrike von Saldern}}
Elbchaussee 212
{{neg:postcode|22605}} Hamburg

Ihr Zeichen: HvS/Dach
Unser Zeichen: {{neg:claim-number|SCH-2026-447102}}
Datum: {{neg:date|03.12.2026}}

Betreff: Sturmschaden vom {{neg:date|14. November 2026}}, Versicherungsschein {{neg:policy-number|HGV-W-8830417}}

Sehr geehrte Frau Dr. {{PERSON|von Saldern}},

vielen Dank für Ihre Schadenmeldung. Unser Gutachter, Herr {{PERSON|Malte Jürgensen}}, wird sich bei Ihnen melden. Die Selbstbeteiligung beträgt {{neg:amount|500,00 €}}.

Mit freundlichen Grüßen

i. A. {{PERSON|Svenja Harms}}
Schadenregulierung Wohngebäude
Telefon {{PHONE|+49 (0)40 3346 2218}} · Fax {{PHONE|+49 (0)40 3346 2299}}
{{EMAIL|s.harms@hanseatische-gv.example}}`),
  de("note", `Aktenvermerk – Kanzlei Brandt & Oltmanns, Az. {{neg:case-number|17/2026 Ol/kr}}
Mandant: Herr {{PERSON|Yusuf Demirtaş}}
Gegner: Rheinische Inkasso GmbH, deren Forderung {{neg:amount|1.287,40 €}} (Rechnung {{neg:invoice-number|RI-2026-55012}})
Mandant rief am {{neg:date|02.12.2026}} an: Zahlung bereits am {{neg:date|12.08.2026}} von {{IBAN|DE06 3705 0198 0027 4613 95}} geleistet; Beleg folgt per Mail an {{EMAIL|kanzlei@brandt-oltmanns.example}}.
Rückruf unter {{PHONE|0221 9874-330}}. Zeuge der Überweisung: seine Schwester {{PERSON|Elif Demirtaş}}.`),
  de("summary", `Gesprächsnotiz – Techniker-Krankenkasse-ähnliche Musterkasse, Kundenservice
Anrufer: Herr {{PERSON|Wolfgang Pietsch}}, Versichertennummer {{neg:member-number|K204718833}}
Anliegen: Widerspruch gegen Ablehnung der Reha. Sein Hausarzt Dr. {{PERSON|Anselm Brückner}} schickt Befund nach.
Rückrufnummer laut Anrufer: {{PHONE|null drei null, zwei acht acht acht, vier vier eins null}} – wiederholt als {{PHONE|null drei null, zwei acht acht acht, vier vier eins null}}.
Frist: {{neg:date|18.12.2026}}. Bearbeiterin: {{PERSON|Nadine Köhler}}`),
  de("email", `Von: {{PERSON|Jörg-Peter Albrecht}} <{{EMAIL|jp.albrecht@example.de.example}}>
An: Beschwerdemanagement Stadtwerke Lindenau <{{EMAIL|beschwerde@sw-lindenau.example}}>
Betreff: Beschwerde – Kundennummer {{neg:customer-number|SWL-330918}}

Sehr geehrte Damen und Herren,

seit {{neg:date|1. Oktober}} buchen Sie {{neg:amount|214 €}} statt {{neg:amount|96 €}} Abschlag ab. Den Zählerstand ({{neg:meter-number|1ESY1160 4471 22}}) habe ich am {{neg:date|30.09.2026}} gemeldet. Im {{neg:name-word|Sommer}} war alles korrekt.

Bitte erstatten Sie die Differenz auf {{IBAN|DE36 5001 0517 0648 8239 14}}.

Mit freundlichen Grüßen
{{PERSON|Jörg-Peter Albrecht}}
Tel. {{PHONE|0171 4428309}}`),
  de("transcript", `[00:00:02] AGENTIN: Hallo, Sparkasse Musterstadt, Kartensperre, mein Name ist {{PERSON|Jana}}.
[00:00:06] ANRUFER: Ja, {{PERSON|Kowalczyk}} hier, {{PERSON|Artur Kowalczyk}}, meine Karte wurde gestohlen.
[00:00:12] AGENTIN: Haben Sie die Kartennummer?
[00:00:15] ANRUFER: {{CARD|fünf drei sieben sechs, eins vier acht zwei, null null neun drei, drei sieben sieben null}}
[00:00:24] AGENTIN: Also {{CARD|fünf drei sieben sechs, eins vier acht zwei, null null neun drei, drei sieben sieben null}}. Gesperrt um {{neg:time|21:14 Uhr}}. Sperrnummer {{neg:reference|SP-77102-K}}.`),
  de("note", `Vermerk Inkasso – Forderungsmanagement Weserbogen GmbH
Schuldnerin: Frau {{PERSON|Marlene Sommerfeld}}, Akte {{neg:case-number|WB-INK-2026-00418}}
Ratenzahlung vereinbart: 6 × {{neg:amount|85,00 €}} ab {{neg:date|15.01.2027}}. Ihr Betreuer (gesetzl. Betreuung, Beschluss AG Bremen) ist Herr {{PERSON|Ralf Ostendorp}}, Tel. {{PHONE|0421 33 48 207}}.
Hinweis: Schuldnerin bittet, nicht vor {{neg:time|9 Uhr}} anzurufen. {{neg:name-word|Lange}} Wartezeit in der Hotline bemängelt.`),
  de("email", `Universitätsklinikum Musterfeld · Patientenverwaltung
Postfach 30 11 40 · {{neg:postcode|01307}} Dresden

Herrn
{{PERSON|Konstantin Weißgerber}}
Bautzner Str. 41
{{neg:postcode|01099}} Dresden

Rechnungsnr.: {{neg:invoice-number|UKM-R-2026-118830}}
Datum: {{neg:date|01.12.2026}}

Betreff: Wahlleistungen, Aufenthalt vom {{neg:date|04.11.2026}} bis {{neg:date|09.11.2026}}

Sehr geehrter Herr {{PERSON|Weißgerber}},

Ihre private Zusatzversicherung hat nur {{neg:amount|640,00 €}} übernommen. Für Rückfragen steht Ihnen Frau {{PERSON|Katrin Leuschner}} unter {{PHONE|0351 4402 187}} zur Verfügung.

Mit freundlichen Grüßen
Prof. Dr. med. {{PERSON|Ulrich Baumgärtel}}
Ärztlicher Direktor`),
  de("summary", `Telefonnotiz Bürgeramt / Elterngeldstelle
Anruferin: Frau {{PERSON|Leonie Hartkopf-Yilmaz}}, Az. {{neg:case-number|EG-44-2026-7731}}
Fragt nach Bearbeitungsstand. Bescheid geht diese Woche raus. Neue Handynummer: {{PHONE|0152 2841 6630}}. Mail: {{EMAIL|leonie.hy@example.com}}.
Partner {{PERSON|Deniz Yilmaz}} reicht Gehaltsnachweise nach.`),
  de("ticket", `Online-Formular Schadenmeldung Kfz (Portal {{neg:version|4.3.1}})
Versicherungsnehmer: {{PERSON|Hannelore Fuchsberger}}
Kennzeichen: M-HF 2207
Unfallgegner: {{PERSON|Sebastian Krämer}}, Tel. {{PHONE|089 5432 1176}}
Zeuge: {{PERSON|Onur Çakır}}, {{PHONE|0176 3310 4428}}
Schadennr.: {{neg:claim-number|KFZ-2026-99410}}
Log: Absenden von {{IP_ADDRESS|192.168.178.24}}`),
  de("chat", `Chat – Direktbank Nordlicht
Bot: Willkommen! Ein Mitarbeiter übernimmt.
{{PERSON|Timo}} (Kundenservice): Guten Tag, wie kann ich helfen?
Kunde: Meine Überweisung an {{IBAN|DE68 7601 0085 0391 7422 60}} kam zurück.
{{PERSON|Timo}} (Kundenservice): Sie hatten {{neg:iban-checksum|DE86 7601 0085 0391 7422 60}} eingegeben – Prüfziffer falsch. Bitte neu anweisen.
Kunde: Danke. Ich bin übrigens {{PERSON|Greta Lindemann}}, falls Sie zurückrufen: {{PHONE|0511 3377 214}}.`),
]

export const DE_CH = [
  ch("email", `Helvetia-ähnliche Musterversicherung AG
Postfach, CH-{{neg:postcode|8022}} Zürich

Herr
{{PERSON|Reto Brunner-Hess}}
Seestrasse 18
{{neg:postcode|8706}} Meilen

Unser Zeichen: {{neg:claim-number|SV-ZH-2026-3318}}
Zürich, {{neg:date|2. Dezember 2026}}

Betreff: Wasserschaden Ihrer Liegenschaft, Police {{neg:policy-number|HR-771042-9}}

Sehr geehrter Herr {{PERSON|Brunner-Hess}}

Wir bestätigen den Eingang Ihrer Meldung. Die Entschädigung von {{neg:amount|CHF 4'850.00}} überweisen wir auf {{IBAN|CH55 0839 0036 6152 0417 8}}.

Freundliche Grüsse

{{PERSON|Corinne Zbinden}}
Schadendienst Sachversicherung
Direkt {{PHONE|+41 (0)44 268 31 70}}`),
  ch("note", `Dossiernotiz – Sozialdienst Gemeinde Muri
Klientin: {{PERSON|Ursula Aebischer}}, Dossier {{neg:case-number|SD-2026-0417}}
Beiständin (KESB): lic. iur. {{PERSON|Andrea Gasser}}, {{PHONE|031 352 44 19}}
Krankenkasse zahlt Prämie nicht mehr ab {{neg:date|1.1.2027}}; IPV-Antrag gestellt.
Sohn {{PERSON|Mathias Aebischer}} (Natel {{PHONE|079 341 22 85}}) informiert.`),
  ch("summary", `Gesprächsnotiz Kundendienst Elektrizitätswerk Aaretal
Kunde Herr {{PERSON|Beat Zürcher}}, Vertragskonto {{neg:contract-number|EWA-40021877}}
Reklamiert Schlussrechnung {{neg:amount|CHF 312.65}} nach Umzug per {{neg:date|30.11.2026}}. Nachmieterin laut Kunde: Frau {{PERSON|Seraina Caflisch}}.
Rückruf auf: {{PHONE|null sieben sechs, fünf eins zwei, drei null, vier vier}} → {{PHONE|null sieben sechs, fünf eins zwei, drei null, vier vier}}.`),
  ch("email", `Von: {{PERSON|Nicole Imhof}} <{{EMAIL|nicole.imhof@example.ch.example}}>
An: Ombudsstelle Krankenversicherung <{{EMAIL|info@ombuds-kv.example}}>
Betreff: Beschwerde gegen meine Krankenkasse, Versichertennr. {{neg:member-number|756.4471.2208}}

Grüezi

Meine Kasse verweigert seit {{neg:date|14. Oktober}} die Kostengutsprache für die Physiotherapie, obwohl Dr. med. {{PERSON|Lukas Schärer}} sie verordnet hat. Ich lege die Verordnung bei.

Freundliche Grüsse
{{PERSON|Nicole Imhof}}
{{PHONE|061 275 88 40}}`),
  ch("transcript", `AGENT: Postfinanz-Beispielbank, {{PERSON|Flurina}} am Apparat.
KUNDE: Grüezi, {{PERSON|Käser}}, ich möchte meine Karte sperren.
AGENT: Vorname?
KUNDE: {{PERSON|Adrian}}.
AGENT: Herr {{PERSON|Adrian Käser}}, die Karte mit Endziffern {{neg:masked-card|**** 5521}} ist gesperrt. Eine neue kommt an Ihre Adresse in {{neg:postcode|3011}} Bern.`),
  ch("note", `Spital Emmental-Beispiel – Aktennotiz Patientenadministration
Patient {{PERSON|Hansruedi Moser}}, Fall {{neg:case-number|FID-2026-88412}}
Zahlungserinnerung {{neg:amount|CHF 1'120.00}}. Tochter {{PERSON|Brigitte Moser-Aeby}} (Vorsorgeauftrag) zahlt. Rechnungen neu an {{EMAIL|b.moser-aeby@example.com}}.
Hausarzt: Dr. {{PERSON|Peter Wyss}}, {{PHONE|034 422 17 60}}.`),
  ch("email", `Inkassobüro Jura Nord AG
Ihr Schreiben vom {{neg:date|20.11.2026}}
Unsere Referenz: {{neg:reference|JN-2026-11-704}}

Sehr geehrte Frau {{PERSON|Rahel Bieri}}

Wir bestätigen die Ratenvereinbarung über {{neg:amount|CHF 150.00}} monatlich. Einzahlungen bitte auf {{IBAN|CH09 0023 5041 8739 2601 1}}.

Freundliche Grüsse
{{PERSON|Marco Tschudin}}, Sachbearbeiter Inkasso
T {{PHONE|032 421 66 09}}`),
  ch("chat", `Chat Swisscom-Musteranbieter
Beraterin ({{PERSON|Ladina}}): Guten Tag! Wie kann ich helfen?
Kunde: Mein Abo wurde verlängert ohne Zustimmung, Kundennr {{neg:customer-number|SC-77104928}}
Beraterin ({{PERSON|Ladina}}): Ich prüfe das. Ihr Name?
Kunde: {{PERSON|Dario Camenzind}}, {{PHONE|078 624 17 90}}`),
  ch("summary", `Notiz Pensionskasse Beispiel, Team Leistungen
Versicherter {{PERSON|Giovanni Dell'Acqua}} ruft an wegen Vorbezug für Wohneigentum ({{neg:amount|CHF 80'000}}). Ehefrau {{PERSON|Franziska Dell'Acqua}} muss unterschreiben. Unterlagen an {{EMAIL|leistungen@pk-beispiel.example}}. Tel. {{PHONE|044 481 92 37}}.`),
]

export const DE_AT = [
  at("email", `Donauländische Versicherung AG
Postfach 88, {{neg:postcode|1011}} Wien

Frau
Mag. {{PERSON|Theresia Hofbauer-Lechner}}
Hauptplatz 7
{{neg:postcode|4020}} Linz

Unser Zeichen: {{neg:claim-number|DV-L-2026-40918}}
Wien, am {{neg:date|2. Dezember 2026}}

Betreff: Haushaltsversicherung – Einbruchdiebstahl vom {{neg:date|19. November}}

Sehr geehrte Frau Mag. {{PERSON|Hofbauer-Lechner}}!

Die Entschädigung von {{neg:amount|€ 3.480,00}} wird auf {{IBAN|AT82 2011 1827 1900 3647}} angewiesen.

Mit freundlichen Grüßen
Ing. {{PERSON|Gerald Pichlmayr}}
Schadenabteilung, DW 412
Tel. {{PHONE|+43 (0)1 532 41 87}}`),
  at("note", `Aktenvermerk Rechtsanwaltskanzlei Dr. {{PERSON|Elisabeth Strohmaier}}
GZ {{neg:case-number|RA-2026/117-S}}
Mandant {{PERSON|Florian Haidinger}} ruft an: Gegenseite (Vermieter Herr {{PERSON|Engelbert Gruber}}) hat Kaution {{neg:amount|€ 2.100,00}} nicht zurückgezahlt.
Rückruf {{PHONE|0664 281 4403}}. Termin {{neg:date|11.12.2026}} um {{neg:time|14:30}}.`),
  at("summary", `Gesprächsnotiz Pensionsversicherung (Musteranstalt), Landesstelle Steiermark
Anrufer: Herr {{PERSON|Johann Pölzl}} für seine Mutter Frau {{PERSON|Aloisia Pölzl}} (Erwachsenenvertreter bestellt).
Pflegegeldantrag Stufe 3 in Bearbeitung. Rückruf: {{PHONE|null drei eins sechs, acht zwei zwei, vier eins sieben}} – {{PHONE|null drei eins sechs, acht zwei zwei, vier eins sieben}}.`),
  at("email", `Von: {{EMAIL|kerstin.wallner@example.at.example}}
An: Kundenservice Alpenstrom <{{EMAIL|service@alpenstrom.example}}>
Betreff: Beschwerde Jahresabrechnung, Vertragskonto {{neg:contract-number|AS-2204719}}

Sehr geehrte Damen und Herren,

die Jahresabrechnung vom {{neg:date|28.11.2026}} über {{neg:amount|€ 1.064,20}} kann nicht stimmen. Ich bitte um Prüfung und Rückruf unter {{PHONE|0512 58 31 90}}.

Mit freundlichen Grüßen
{{PERSON|Kerstin Wallner}}`),
  at("note", `Landeskrankenhaus-Beispiel – Sozialdienst, Notiz
Pat. {{PERSON|Erwin Schweighofer}}, Aufnahme {{neg:date|27.11.2026}}
Angehörige: Tochter {{PERSON|Veronika Schweighofer}}, {{PHONE|0699 1024 7733}}
Hausärztin Dr. {{PERSON|Birgit Lackner}} übermittelt Medikamentenliste.`),
  at("transcript", `BERATERIN: Raiffeisen-Musterbank, Grüß Gott, {{PERSON|Sabine}}.
KUNDE: Grüß Gott, {{PERSON|Stefan Hinterberger}}, ich hab eine falsche Abbuchung.
BERATERIN: Auf welchem Konto?
KUNDE: {{IBAN|AT93 3200 0007 1452 8830}}.
BERATERIN: Ich sehe eine Lastschrift über {{neg:amount|€ 59,90}} vom {{neg:date|1.12.2026}}. Ich leite den Widerspruch ein, Referenz {{neg:reference|WS-2026-4417}}.`),
  at("email", `Inkasso Alpina GmbH
Unser Zeichen: {{neg:reference|IA-30418-26}}
Ihr Zeichen: –
Graz, {{neg:date|3. Dezember 2026}}

Sehr geehrter Herr {{PERSON|Dominik Kropf}},

Ihre Zahlung über {{neg:amount|€ 240,00}} ist eingelangt. Die Restforderung beträgt {{neg:amount|€ 412,17}}. Ihre Rechtsvertretung, Mag. {{PERSON|Nina Oberhofer}}, erhält eine Kopie an {{EMAIL|kanzlei.oberhofer@example.at.example}}.

Mit freundlichen Grüßen
{{PERSON|Herbert Unterweger}}, Sachbearbeitung
T {{PHONE|0316 822 430}} · F {{PHONE|0316 822 499}}`),
  at("summary", `Anrufnotiz Magenta-Mustertelekom
Kundin {{PERSON|Anneliese Wurzer}} reklamiert Mehrwertnummern {{neg:amount|€ 88,40}}. Sohn {{PERSON|Christoph Wurzer}} erreichbar unter {{PHONE|0732 77 20 41}}. Gutschrift beantragt, Ticket {{neg:ticket-number|MT-AT-550918}}.`),
  at("ticket", `Meldeformular Arbeiterkammer-Beispiel, Konsumentenschutz
Name: {{PERSON|Milica Stanković}}
Telefon: {{PHONE|0676 438 2105}}
E-Mail: {{EMAIL|milica.stankovic@example.com}}
Gegner: Kreditvermittler, Vertrag {{neg:contract-number|KV-2026-77031}}
Beschreibung: Bearbeitungsgebühr {{neg:amount|€ 590}} ohne Kredit.`),
]
