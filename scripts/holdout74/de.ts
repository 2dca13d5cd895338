// German texts (de-DE, de-AT), written one by one: KI-Gesprächszusammenfassungen, Gesprächsnotizen, Eskalations-E-Mails
// mit weitergeleiteten Kundennachrichten, Web-Chats und Gesprächsprotokolle.
import { mk } from "./mk.ts"

const de = mk("de-DE")
const at = mk("de-AT")

export const DE_DE = [
  de("summary", `KI-Zusammenfassung – Rheinland Vorsorge (Altersvorsorge & Sparen), Anruf 12:48 min
Anruferin: {{PERSON|Sabine Kröger-Aydın}}, Vertrag {{neg:contract-number|RV-2019-448172}}. Sie möchte die Riester-Zulage für das Jahr 2026 prüfen lassen und ihre Bankverbindung ändern.
Neue IBAN: {{IBAN|DE18 5001 0517 4478 2039 15}} (zuerst falsch diktiert als {{neg:iban-checksum|DE81 5001 0517 4478 2039 15}}).
Ihr Ehemann, {{PERSON|Murat Aydın}}, ist bevollmächtigt und erreichbar unter {{PHONE|0151 2384 7716}}. Frau {{PERSON|Kröger-Aydın}} selbst: {{PHONE|0221 9472318}}.
Beraterin {{PERSON|Jana Pohl}} hat den Fall an {{PERSON|Henrik}} (Fachabteilung) übergeben. Guthaben: {{neg:amount|38.417,22 €}}. Stimmung: 😐 → 🙂.`),
  de("note", `Gesprächsnotiz Technik-Hotline (Internet & TV), Ticket {{neg:ticket-number|INC-4471208}}
Kunde {{PERSON|Dieter Brandstätter}}, {{neg:postcode|50667}} Köln. Router-Oberfläche unter {{IP_ADDRESS|192.168.178.1}}, Receiver bekommt {{IP_ADDRESS|192.168.178.43}}, Firmware {{neg:version|7.57.1}}.
Bild friert seit {{neg:date|01.12.2026}} ein. Techniker-Termin {{neg:date|09.12.2026}}, {{neg:time|08:00}}–{{neg:time|12:00 Uhr}}.
Rückruf: {{PHONE|+49 170 4429831}}; Tochter {{PERSON|Lena}} ist tagsüber da. – {{PERSON|MW}}`),
  de("email", `Von: {{EMAIL|vorab-genehmigung@example.com}}
An: {{EMAIL|medizinischer-dienst@example.com}}
Betreff: WG: Kostenübernahme Hüft-OP, Versicherungsnr. {{neg:policy-number|PKV-55-0193377}}

Hallo {{PERSON|Katrin}},

bitte übernimm. Der behandelnde Arzt, Dr. {{PERSON|Friedemann Voss}}, Praxis {{PHONE|089 23418876}}, drängt auf eine Antwort bis {{neg:date|15. Dezember}}.

-------- Weitergeleitete Nachricht --------
Von: {{EMAIL|g.lindqvist-meyer@example.net}}
Sehr geehrte Damen und Herren, mein Name ist {{PERSON|Gisela Lindqvist-Meyer}}. Die OP kostet laut Klinik {{neg:amount|14.800 €}}. Mein Sohn {{PERSON|Thorsten}} kümmert sich um alles, bitte rufen Sie ihn an: {{PHONE|0176 48213095}}.
Mit freundlichen Grüßen
{{PERSON|G. Lindqvist-Meyer}}

Gruß
{{PERSON|Ole Brinkmann}}`),
  de("chat", `Webchat – AutoBörse24 (Gebrauchtwagen)
Bot: Hallo! 👋 Wie heißt du?
Besucher: {{PERSON|Yusuf Demirci}}
Bot: Danke, {{PERSON|Yusuf}}. Worum geht es?
Besucher: Golf VII, Kennzeichen {{neg:plate|HH-YD 2041}}, Verkäufer meldet sich nicht. Habe {{neg:amount|500 €}} Anzahlung mit Karte {{CARD|5236 4419 0072 8156}} bezahlt
Agentin {{PERSON|Svenja}}: Hallo {{PERSON|Yusuf}}, hier ist {{PERSON|Svenja}}. Bitte keine vollständigen Kartennummern im Chat 🙏. Ich sehe die Zahlung vom {{neg:date|02.12.2026}} um {{neg:time|16:12}}.
Agentin {{PERSON|Svenja}}: Ich kontaktiere den Verkäufer, Herrn {{PERSON|Kessler}}. Fallnummer {{neg:case-number|AB-88172}}.`),
  de("transcript", `Gesprächsprotokoll (QA) – Umzüge Hansa, Hamburg
AGENT: Umzüge Hansa, {{PERSON|Maike}} am Apparat.
ANRUFER: Guten Tag, {{PERSON|Bernd Ostermann}}. Wir ziehen am {{neg:date|20. Dezember}} von Altona nach Lübeck.
AGENT: Unter welcher Nummer erreiche ich Sie?
ANRUFER: {{PHONE|null eins sechs null, vier acht zwei, sieben drei, neun eins}}.
AGENT: Also {{PHONE|0160 482 73 91}}.
ANRUFER: Genau. Meine Frau {{PERSON|Ulrike}} ist auch erreichbar, {{PHONE|040 3186 5527}}.
AGENT: Angebot {{neg:order-number|UH-2026-3312}} über {{neg:amount|2.950,00 €}}.`),
  de("note", `Notiz Parkraumbewirtschaftung – Bürgeranruf
{{PERSON|Ingrid Schäfer-Nowak}} widerspricht Knöllchen {{neg:reference|VW-2026-117430}} für {{neg:plate|B-IS 7731}} vom {{neg:date|28.11.2026}}, {{neg:time|10:42}}. Bewohnerparkausweis lag aus.
Verwarngeld {{neg:amount|35 €}} ausgesetzt. Mail an {{EMAIL|ingrid.sn@example.org}}, Tel. {{PHONE|030 8847 2215}}.
Sachbearbeiter {{PERSON|Ralf Dittmer}} prüft bis {{neg:date|12.12.2026}}.`),
  de("summary", `Zusammenfassung (automatisch erstellt) – Hundesalon Struppi, Filiale Leipzig
Kundin {{PERSON|Anke Wiedemann}} beschwert sich: Pudel "Flocke" hatte nach dem Termin am {{neg:date|29. November}} gerötete Haut. Tierärztin Dr. {{PERSON|Petra Lorenz}} hat eine Salbe verschrieben; Praxis {{PHONE|0341 2193 884}}.
Filialleiterin {{PERSON|Doreen}} bietet Erstattung von {{neg:amount|49,90 €}} an. Kundin erreichbar unter {{PHONE|0172 9381046}} und {{EMAIL|anke.wiedemann@example.com}}.`),
  de("email", `Betreff: Eskalation Hochzeitslocation – Doppelbuchung {{neg:date|12.06.2027}}
Von: {{EMAIL|hochzeiten@example.org}}
An: {{EMAIL|geschaeftsfuehrung@example.org}}

Hallo Herr {{PERSON|Baumgart}},

das Brautpaar {{PERSON|Laura Fink}} und {{PERSON|Tobias Reuter}} hat eine Bestätigung (Buchung {{neg:booking-ref|SG-27-0612}}), aber der Saal ist auch an eine Firma vergeben. {{PERSON|Laura}} schreibt:

> Wir haben {{neg:amount|4.000 €}} Anzahlung auf {{IBAN|DE39 7015 0000 0019 2837 46}} überwiesen. Bitte rufen Sie uns an: {{PHONE|+49 911 4471 2093}}.

Viele Grüße
{{PERSON|Carina Weiß}} ({{PERSON|CW}})`),
  de("note", `Nachbearbeitung – Altersvorsorge, Todesfallmeldung
Anrufer {{PERSON|Jörg Ludwig}}, Sohn des verstorbenen Versicherten {{PERSON|Helmut Ludwig}}, Vertrag {{neg:contract-number|RV-1998-220417}}. Notar Dr. {{PERSON|Axel Brenner}} hat den Erbschein. Rückruf {{PHONE|0211 5839 207}}.
Offen und ehrlich Auskunft gegeben: Auszahlung ca. {{neg:amount|12.300 €}}.`),
  de("chat", `Chat – KabelNetz Nord Störungshilfe
Kunde: seit {{neg:time|19:30}} kein Internet
Bot: Bitte nenne deine Kundennummer.
Kunde: {{neg:customer-number|KN-3390112}}
Agent {{PERSON|Timo}}: Hallo, {{PERSON|Timo}} hier. Ich sehe dein Modem unter {{IP_ADDRESS|fd12:3456:789a::1}}, Software {{neg:version|4.3.9}}. Ist das {{PERSON|Sven Abramowski}}?
Kunde: ja. Handy {{PHONE|0157 3318 2046}}
Agent {{PERSON|Timo}}: Danke, Neustart läuft.`),
  de("email", `Von: {{EMAIL|kundenservice.umzug@example.net}}
An: {{EMAIL|schadenregulierung@example.net}}
Betreff: WG: Schaden an Vitrine – Auftrag {{neg:order-number|UM-2026-4471}}, Umzug Dresden → Jena

Hallo {{PERSON|Konstantin}},

bitte prüfen. Kolonnenführer war {{PERSON|Ronny Schubert}}, Beifahrer {{PERSON|Enrico}}. Die Kundin hat Fotos geschickt.

-------- Weitergeleitete Nachricht --------
Von: {{EMAIL|ch.vogelsang@example.com}}
Gesendet: {{neg:date|03.12.2026}}, {{neg:time|21:14}}
Guten Abend, ich bin {{PERSON|Christiane Vogelsang}}. Die Glasvitrine meiner Großmutter ist gesprungen 😢, Wert laut Gutachten {{neg:amount|1.850 €}}. Mein Schwager {{PERSON|Heiko Brandl}} war beim Auspacken dabei und kann das bezeugen ({{PHONE|0361 6634 2187}}). Mich erreichen Sie unter {{PHONE|+49 1522 4870 316}}.
Bitte überweisen Sie auf {{IBAN|DE28 1203 0000 0010 4482 75}}.
Mit freundlichen Grüßen, {{PERSON|C. Vogelsang}}

Gruß {{PERSON|Annett}} ({{PERSON|AR}})`),
]

export const DE_AT = [
  at("summary", `KI-Gesprächszusammenfassung – Donau Pensionskasse
Anrufer {{PERSON|Wolfgang Hirschmugl}}, Anwartschaft {{neg:member-number|DPK-771203}}. Möchte Kontoverbindung ändern auf {{IBAN|AT69 1200 0520 6658 3104}}.
Lebensgefährtin {{PERSON|Renate Pichler}} soll als Begünstigte eingetragen werden; sie ist unter {{PHONE|0664 318 2247}} erreichbar. {{PERSON|Wolfgang}} selbst: {{PHONE|+43 316 482917}}.
Betreuer {{PERSON|Stefan Gruber}} schickt das Formular an {{EMAIL|w.hirschmugl@example.net}}. Guthaben {{neg:amount|€ 57.210,40}}, Stand {{neg:date|30.11.2026}}.`),
  at("note", `Gesprächsnotiz Technik (Internet/TV), Ticket {{neg:ticket-number|ATV-228193}}
{{PERSON|Theresia Oberhauser}}, {{neg:postcode|6020}} Innsbruck. Modem {{IP_ADDRESS|10.0.0.138}}, Firmware {{neg:version|2.14.6}}. Ausfälle seit {{neg:date|3. Dezember}}.
Enkel {{PERSON|Lukas}} hilft ihr, Tel. {{PHONE|0676 8812403}}. – {{PERSON|BH}}`),
  at("email", `Von: {{EMAIL|genehmigungen@example.com}}
An: {{EMAIL|vertrauensarzt@example.com}}
Betreff: WG: Kostenzusage Physiotherapie – Polizze {{neg:policy-number|UQ-4418-AT-02}}

Lieber {{PERSON|Gerhard}},

die Versicherte {{PERSON|Elfriede Kainz}} hat geschrieben (unten). Ihr Physiotherapeut, {{PERSON|Matthias Hofer}}, ist unter {{PHONE|01 5023718}} erreichbar.

> Sehr geehrte Damen und Herren, ich benötige 10 Einheiten à {{neg:amount|€ 68}}. Bitte um Rückruf unter {{PHONE|0650 427 1183}}. {{PERSON|E. Kainz}}

LG {{PERSON|Verena}}`),
  at("transcript", `Protokoll – Hochzeitsschloss Seeblick, Anfrage
AGENT: Schloss Seeblick, {{PERSON|Katharina}}, grüß Gott.
ANRUFER: Servus, {{PERSON|Florian Leitner}}. Ist der {{neg:date|4. September 2027}} frei?
AGENT: Ja. Ihre Nummer bitte?
ANRUFER: {{PHONE|null sechs sechs vier, eins neun zwei, drei acht, fünf null}}.
AGENT: {{PHONE|0664 192 38 50}}, passt.
ANRUFER: Meine Verlobte {{PERSON|Miriam}} schickt die Anzahlung.
AGENT: {{neg:amount|€ 2.000}}, Referenz {{neg:booking-ref|SSB-0904}}.`),
  at("note", `Parkraum – Notiz zur Strafverfügung {{neg:reference|MA67-2026-44812}}
{{PERSON|Ewald Pöschl}} ruft an: Kennzeichen {{neg:plate|W-48213K}}, Kurzparkzone, {{neg:date|02.12.2026}} {{neg:time|14:05}}. Parkschein per App bezahlt, Screenshot an {{EMAIL|e.poeschl@example.org}}.
Betrag {{neg:amount|€ 36}}. Rückruf {{PHONE|+43 699 1827 4410}}.`),
  at("chat", `Webchat – Wiener Umzugsprofis
Bot: Servus! Für welches Datum?
Kunde: {{neg:date|19.12.2026}}, von {{neg:postcode|1100}} Wien nach Graz
Agentin {{PERSON|Sabrina}}: Hallo, {{PERSON|Sabrina}} hier. Name bitte?
Kunde: {{PERSON|Andreas Wimmer}}, Handy {{PHONE|0680 2219 473}}
Agentin {{PERSON|Sabrina}}: Danke {{PERSON|Andreas}}. Angebot {{neg:order-number|WUP-3318}} über {{neg:amount|€ 1.480}} kommt per Mail.`),
  at("summary", `Zusammenfassung (KI) – Pfotenpflege Salzburg
Kundin {{PERSON|Hannelore Strasser}}: Terrier wurde beim Trimmen verletzt. Tierarzt Dr. {{PERSON|Klaus Eder}}, Tel. {{PHONE|0662 871245}}, bestätigt eine kleine Schnittwunde.
Leiterin {{PERSON|Monika}} erstattet {{neg:amount|€ 42}}. Kundin: {{PHONE|0664 5502 918}}.`),
  at("note", `Nachbearbeitung Gebrauchtwagen-Plattform
Käufer {{PERSON|Gernot Haas}} meldet: Verkäufer {{PERSON|Milan Petrović}} will Zahlung auf {{IBAN|AT36 3200 0001 9283 4756}}; alte Angabe {{neg:iban-checksum|AT63 3200 0001 9283 4756}} war falsch.
{{PERSON|Gernot}}: {{PHONE|0676 3318 204}}. – {{PERSON|SG}}`),
  at("email", `Betreff: Beschwerde Hundesalon – Kundin {{PERSON|Brigitte Lechner}}
Von: {{EMAIL|filiale.linz@example.net}}
An: {{EMAIL|zentrale@example.net}}

Hallo {{PERSON|Jürgen}},

Frau {{PERSON|Lechner}} war sehr aufgebracht 😠. Rückruf unter {{PHONE|0732 774 219}}. Gutschein {{neg:reference|GS-2026-118}}.
{{PERSON|Nicole}}`),
  at("chat", `Chat – Alpen TV Technik
Kunde: Receiver zeigt Fehler
Agent {{PERSON|Dominik}}: Name?
Kunde: {{PERSON|Karl Reisinger}}
Agent {{PERSON|Dominik}}: Danke {{PERSON|Karl}}, Receiver {{IP_ADDRESS|192.168.0.23}}, Version {{neg:version|6.1.2}}. Update läuft.`),
]
