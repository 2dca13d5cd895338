// German texts (de-DE, de-CH), written one by one: chats, Notizen, E-Mails, Gesprächszusammenfassungen, transcripts and
// SMS of a repair desk, a grocery delivery line, a glass-and-breakdown insurer, a mobile bank, a scooter rental, a course
// platform, a kitchen planner and a ticket desk.
import { mk } from "./mk.ts"

const de = mk("de-DE")
const ch = mk("de-CH")

export const DE_DE = [
  de("chat", `Voltaro Reparatur-Chat 🔧
{{PERSON|özlem}}: hallo, mein Tablet (SN {{neg:serial-number|VT-TAB-447812}}) startet nicht mehr seit Update {{neg:version|5.3.1}}
Agent {{PERSON|Jannik}}: Oh je 😬 Garantie läuft noch bis {{neg:date|12.03.2027}}. Wie heißen Sie vollständig?
{{PERSON|özlem}}: {{PERSON|Özlem Yıldırım-Becker}}, Handy {{PHONE|0151 2839 4470}}
Agent {{PERSON|Jannik}}: Danke! Reparaturauftrag {{neg:case-number|REP-2026-55190}} ist angelegt.`),
  de("note", `Notiz Kartensperre – Nimbo Bank
Kundin Frau {{PERSON|von der Heyden, Charlotte}} ruft um {{neg:time|23:05 Uhr}} an, Karte {{neg:masked-card|**** 3626}} im Zug verloren. Sperre gesetzt.
Rückruf an {{PHONE|+49 170 4418 293}}. Erstattungskonto {{IBAN|DE56 1203 0000 1029 3847 56}} (im Formular stand {{neg:iban-checksum|DE65 1203 0000 1029 3847 56}}).
Login zuletzt von {{IP_ADDRESS|192.168.178.24}}.`),
  de("email", `Von: {{EMAIL|kai-uwe.hartmann@example.com}}
Betreff: Lieferung {{neg:order-number|FK-DE-7730145}} – falsche Ware 🙄

Guten Tag, statt Hafermilch kamen 6 Flaschen Sekt ({{neg:amount|23,94 €}}). Bitte Gutschrift und Abholung.
Erreichbar unter {{PHONE|030 84712 396}} ab {{neg:time|17 Uhr}}.
Mit freundlichen Grüßen
{{PERSON|Kai-Uwe Hartmann}}`),
  de("summary", `Gesprächszusammenfassung – Roadwise Glas & Pannenhilfe
Anrufer: Herr {{PERSON|Nguyen Van Duc}} (nennt sich {{PERSON|Duc}}), Steinschlag Frontscheibe, Vertrag {{neg:policy-number|RWD-KFZ-0081423}}.
Termin Mobilservice Mi., {{neg:date|9. Dezember}} {{neg:time|8:30}}, PLZ {{neg:postcode|50667}}. Selbstbeteiligung {{neg:amount|150 €}}.
Frau {{PERSON|Mai}} (Ehefrau) erreichbar unter {{PHONE|0221 4690 1182}}.`),
  de("transcript", `[Transkript – Ticket-Hotline Loudhall]
AGENT: Wie lautet Ihre Rückrufnummer?
ANRUFER: {{PHONE|null eins sieben sechs, zwei drei, vierundvierzig, achtzehn, neun null}}
AGENT: Also {{PHONE|0176 23441890}}, richtig?
ANRUFER: Genau. {{PERSON|Leon Wisniewski}}, Tickets für das Konzert am {{neg:date|14. Februar}}, Buchung {{neg:booking-ref|LHD-8K3PQ}}.`),
  de("note", `Learnhive DE – Dozenten-Auszahlung
Dr. rer. nat. {{PERSON|Ingrid Sommerfeld}} (Login {{PERSON|isommerfeld}}) – Honorar {{neg:amount|1.240,00 €}} fehlt.
IBAN {{IBAN|DE73 4306 0967 1093 8472 61}}, Tel. {{PHONE|089/2031 5574}}. Ticket {{neg:ticket-number|LH-DE-20931}}. IP {{IP_ADDRESS|2001:db8:c0de::42}}.`),
  de("chat", `Küchenplanung Möbelhaus Brandt – Chat
Kunde: Hallo, wir wollen eine Küche planen lassen 😊 {{PERSON|Sven}} und {{PERSON|Ayşe Kowalski}}
Planerin {{PERSON|Rieke}}: Sehr gern! Telefonnummer für die Terminbestätigung?
Kunde: {{PHONE|0157-33128804}}, alternativ Festnetz {{PHONE|(040) 6789 2113}}
Planerin {{PERSON|Rieke}}: Termin {{neg:date|16.12}} um {{neg:time|15:30}} ist fix, Angebot {{neg:reference|KP-HH-4471}}.`),
  de("ticket", `Kontaktformular – Loudhall Tickets
Vorname: {{PERSON|Grzegorz}}
Nachname: {{PERSON|Schulte-Mbah}}
Telefon: {{PHONE|0711 4892 3301}}
E-Mail: {{EMAIL|g.schulte-mbah@example.net}}
Nachricht: Tickets für den {{neg:date|28. Februar}} doppelt abgebucht, 2 × {{neg:amount|74 €}} 😤`),
  de("sms", `Zipp Berlin: Hallo {{PERSON|Malte}}, dein Scooter wurde um {{neg:time|02:14}} außerhalb der Zone abgestellt. Gebühr {{neg:amount|15 €}}. Fragen: {{PHONE|030 5557 0190}}`),
  de("email", `Betreff: Karte gesperrt – neue Karte?

Hallo Nimbo-Team, meine alte Mastercard {{neg:luhn-invalid|5227 1884 9302 1752}} ist gesperrt, die neue {{CARD|5227 1884 9302 1751}} funktioniert im Online-Shop nicht. Ablauf {{neg:card-expiry|09/29}}.
Bitte melden unter {{EMAIL|j.oduya@example.net}} oder {{PHONE|+49 (0)172 990 1246}}.
Gruß {{PERSON|Jelena Oduya}}`),
  de("summary", `Anrufnotiz Voltaro Garantie – Agent {{PERSON|fmeier}}
Kunde {{PERSON|Brückner, Hans-Jürgen}}, Waschtrockner Fehler E17, gekauft {{neg:date|30.07.2025}}. Kaufpreis {{neg:amount|899 €}}. Techniker kommt {{neg:time|10 Uhr}}.
Tel. {{PHONE|0351 8847 296}}, Sohn {{PERSON|Mirko}} {{PHONE|0160 97312 884}}.`),
]

export const DE_CH = [
  ch("chat", `FreshCart Schweiz – Chat
{{PERSON|reto}}: grüezi, d Lieferig isch nöd cho 😕 Bestellig {{neg:order-number|FC-CH-302918}}
{{PERSON|Nadia}} (FreshCart): Grüezi {{PERSON|Reto}}, das tuet mer leid. Welli Nummere?
{{PERSON|reto}}: {{PHONE|079 412 36 58}}
{{PERSON|Nadia}} (FreshCart): Neu am {{neg:date|10.12.2026}} zwüsche {{neg:time|18:00}} und {{neg:time|20:00}}, Lieferchoste {{neg:amount|CHF 7.90}} zrugg.`),
  ch("note", `Notiz Pannenhilfe Roadwise CH
Mitglied {{PERSON|Bühler-Gashi, Albulena}}, Panne A1 bei Winterthur. Natel {{PHONE|+41 78 615 22 90}}. Abschleppdienst um {{neg:time|16.45}} bestellt.
Police {{neg:policy-number|RW-CH-0044871}}, PLZ {{neg:postcode|8400}}. Rückerstattung auf {{IBAN|CH16 0900 0000 3482 7195 6}}.`),
  ch("email", `Von: {{EMAIL|lukas.hofer-ammann@example.net}}
Betreff: Kurs-Rechnung Learnhive

Sehr geehrte Damen und Herren
Für den Kurs "Excel für KMU" wurde {{neg:amount|Fr. 249.–}} zweimal abgebucht. Bitte einen Betrag an {{IBAN|CH04 0023 0004 5678 1239 0}} zurück (nicht an {{neg:iban-checksum|CH40 0023 0004 5678 1239 0}}).
Freundliche Grüsse
{{PERSON|Lukas Hofer-Ammann}}, {{PHONE|044 268 11 90}}`),
  ch("summary", `Gesprächsnotiz – Nimbo Kartensperre CH
Anruferin {{PERSON|Chiara Bernasconi}} ({{PHONE|076 338 90 14}}), Portemonnaie in Lugano gestohlen. Karte {{neg:masked-card|XXXX-XXXX-XXXX-0910}} um {{neg:time|21:12}} gesperrt.
Neue Karte an {{neg:postcode|6900}}. Betrag {{neg:amount|CHF 380.00}} strittig.`),
  ch("transcript", `[Transkript Voltaro Hotline CH]
AGENT: Ihre Telefonnummer bitte.
KUNDE: {{PHONE|null sieben neun, drei drei eins, zwei null, acht acht}}
AGENT: {{PHONE|079 331 20 88}}, merci. Und der Name?
KUNDE: {{PERSON|Urs Zgraggen}}. Das Handy hat Seriennummer {{neg:serial-number|VX-CH-77014}}.`),
  ch("note", `Küchenplanung – Wohnwelt Zürich
Kunde {{PERSON|Marco Dal Molin}} + Partnerin {{PERSON|Sabine Imhof}}. Budget {{neg:amount|CHF 24'000}}. Planversion {{neg:version|2.4}}.
Kontakt {{PHONE|043 501 77 32}} / {{EMAIL|s.imhof@example.org}}. Nächster Termin {{neg:date|7. Januar}} {{neg:time|9:30}}.`),
  ch("email", `Betreff: Tickets Konzert – Namensänderung

Grüezi, ich habe zwei Tickets (Buchung {{neg:booking-ref|LHC-5520Z}}) auf {{PERSON|Fabienne Rüegsegger}}. Bitte auf meinen Bruder {{PERSON|Jonas}} umschreiben.
Bezahlt mit Visa {{CARD|4556 7301 9284 4639}}. Tel. {{PHONE|+41 31 381 42 07}}
{{PERSON|Fabienne}}`),
  ch("sms", `Zipp Basel: Hoi {{PERSON|Elif}}, Fahrt beendet {{neg:time|08:41}}, {{neg:amount|CHF 4.20}}. Hilfe: {{PHONE|061 555 41 20}}`),
  ch("chat", `Learnhive Support
{{PERSON|dragana}}: hallo mein Login geht nöd, immer Fehler 403
Support {{PERSON|Timo}}: Grüezi! Ihre Anmeldungen kamen von {{IP_ADDRESS|10.20.3.15}} und {{IP_ADDRESS|fd4e:9a1c:3::7}} – ist das Ihr Netz?
{{PERSON|dragana}}: ja Büro. E-Mail {{EMAIL|dragana.petrovic@example.com}}
Support {{PERSON|Timo}}: Passwort-Link ist raus ✅`),
  ch("summary", `Zusammenfassung – Roadwise Glasschaden
{{PERSON|Walti}} ({{PERSON|Walter Tschümperlin}}) meldet Riss Heckscheibe. Schaden {{neg:claim-number|GL-CH-2026-8841}}. Natel {{PHONE|079 870 15 33}}, Festnetz {{PHONE|041 610 28 77}}.
Termin {{neg:date|15.12.2026}}, Selbstbehalt {{neg:amount|CHF 200}}.`),
]
