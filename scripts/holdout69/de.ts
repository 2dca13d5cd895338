// German texts of holdout69 (de-DE, de-CH), written one by one: threads with "Am … schrieb …:", forwarded headers
// (Von:/Gesendet:/An:/Betreff:), Signaturen, chat exports, CRM-Zeilen, Gesprächsnotizen and ticket histories.
import { mk } from "./mk.ts"

const de = mk("de-DE")
const ch = mk("de-CH")

export const DE_DE = [
  de("email", `Hallo Frau {{PERSON|Obermaier}},

anbei die korrigierte Rechnung.

Mit freundlichen Grüßen
{{PERSON|Jannik Schwerdtfeger}}
Sachbearbeiter Forderungsmanagement
Stadtwerke Rheinaue GmbH
Tel.: {{PHONE|0228 9143 772}} | Mobil: {{PHONE|0171 4419 032}}
Diese E-Mail enthält vertrauliche Informationen.

Am 03.03.2025 um 14:17 schrieb {{PERSON|Liesel Obermaier}} <{{EMAIL|l.obermaier@posteo.example}}>:
> Die Abschlagszahlung von {{neg:amount|112,00 €}} wurde doppelt abgebucht.
> Mein Konto: {{IBAN|DE53 3705 0198 2264 9107 58}}`),
  de("chat", `[05.03.25, 09:41] {{PERSON|Mehmet Yıldırım}}: Guten Morgen, mein Paket {{neg:tracking-number|JJD0001420573}} ist nicht angekommen
[05.03.25, 09:42] Kundenservice-Bot: Ich verbinde Sie mit einer Mitarbeiterin.
[05.03.25, 09:44] {{PERSON|Svenja Hartkopf}}: Hallo Herr {{PERSON|Yıldırım}}, ich sehe eine Zustellung an die Packstation in {{neg:postcode|50667}}. 
[05.03.25, 09:45] {{PERSON|Mehmet Yıldırım}}: Da war ich nicht. Rufen Sie mich an: {{PHONE|0152 2876 4410}}`),
  de("note", `Kunde;Telefon;E-Mail;Anliegen
{{PERSON|Friederike Lanz}};{{PHONE|030 4482 9165}};{{EMAIL|f.lanz@example.de.example}};Zählerstand {{neg:date|28.02.2025}} fehlt
{{PERSON|Bogdan Ilić}};{{PHONE|+49 160 9327 5518}};;Ratenzahlung {{neg:amount|45 €}}/Monat`),
  de("summary", `Gesprächsnotiz ({{neg:date|04.03.2025}}, {{neg:time|10:20}} Uhr)
Anrufer: Herr {{PERSON|Konstantin Rauscher}}
Anliegen: Kündigung Mobilfunkvertrag {{neg:contract-number|MV-2291740}} zum {{neg:date|31.05.2025}}.
Rückrufnummer am Telefon diktiert: {{PHONE|null eins sieben eins, drei acht zwei, vier vier sieben eins}} — notiert als {{PHONE|null eins sieben eins, drei acht zwei, vier vier sieben eins}}.
Bearbeitet von {{PERSON|Anke Vollmer}}.`),
  de("email", `-----Ursprüngliche Nachricht-----
Von: {{PERSON|Dragan Kovačević}} <{{EMAIL|dragan.kovacevic@example.net}}>
Gesendet: Montag, 3. März 2025 08:02
An: Vertrieb <{{EMAIL|vertrieb@moebelhaus-lindner.example}}>
Betreff: Lieferung Sofa Auftrag {{neg:order-number|AU-4410328}}

Guten Tag, bitte liefern Sie erst nach dem {{neg:date|17. März}}. Bei Fragen: {{PHONE|0711 6034 8821}}.
Gruß {{PERSON|Dragan Kovačević}}`),
  de("ticket", `Ticket {{neg:ticket-number|IT-2025-03381}}
03.03. 08:15 – {{PERSON|Pascal Wendt}}: Nutzerin {{PERSON|Ilka Brandstätter}} kein VPN, Client {{neg:version|4.11.2}}, IP {{IP_ADDRESS|10.8.33.201}}
03.03. 10:02 – {{PERSON|Pascal Wendt}}: Rückruf unter {{PHONE|089 2180 4476}}, Zertifikat erneuert
04.03. 07:50 – {{PERSON|Nora Demir}}: geschlossen`),
  de("chat", `{{PERSON|Ole Brinkmann}}  14:03
@{{PERSON|Fatma}} kannst du Frau {{PERSON|Grünwald}} zurückrufen? Sie hat wegen der Lastschrift geschrieben
{{PERSON|Fatma Aksoy}}  14:05
klar, Nummer?
{{PERSON|Ole Brinkmann}}  14:05
{{PHONE|0341 5529 0183}}, und sie will den Abschlag ab {{neg:date|1. April}} vom Konto {{IBAN|DE60 8605 5592 1090 4478 12}} abbuchen lassen`),
  de("note", `**Kunde:** {{PERSON|Hans-Peter Quade}}
**Karte:** {{CARD|5168 4410 2976 5537}}
**Erst genannt:** {{neg:luhn-invalid|5168 4410 2976 5530}} (Zahlendreher)
**Mobil:** {{PHONE|0176 3381 2094}}
- Im {{neg:name-word|Sommer}} umgezogen, neue PLZ {{neg:postcode|24103}}`),
  de("summary", `Zusammenfassung (automatisch)
• Anruferin: {{PERSON|Tamara Schindelholz}}
• Thema: Rückerstattung {{neg:amount|89,90 €}} für Bestellung {{neg:order-number|BE-5520917}}
• Kontoangabe: {{IBAN|AT93 2011 1822 3907 4415}}
• Kontakt: {{EMAIL|tamara.sch@example.at.example}}, {{PHONE|+43 664 3920 115}}`),
  de("transcript", `AGENT: Versicherungskammer Nord, {{PERSON|Lukas}} am Apparat.
ANRUFER: Ja, {{PERSON|Wolfram Esser}} hier, es geht um meine Hausratversicherung.
AGENT: Die Versicherungsnummer bitte?
ANRUFER: {{neg:policy-number|HR-7730215}}.
AGENT: Und Ihre Telefonnummer für Rückfragen?
ANRUFER: {{PHONE|0421 3398 2650}}.
AGENT: Danke, der Schaden vom {{neg:date|22.02.2025}} über {{neg:amount|1.340 €}} wird geprüft.`),
]

export const DE_CH = [
  ch("email", `Grüezi Herr {{PERSON|Imhof}}

Besten Dank für Ihre Nachricht. Die Rückzahlung erfolgt auf {{IBAN|CH93 0076 2011 6238 5295 7}}.

Freundliche Grüsse
{{PERSON|Corinne Bättig}}
Kundendienst | Aarewerk Energie AG
Direkt {{PHONE|031 321 44 80}}

Am 04.03.2025 um 16:40 schrieb {{PERSON|Reto Imhof}} <{{EMAIL|reto.imhof@bluewin.example}}>:
> Ich habe {{neg:amount|CHF 248.50}} zu viel bezahlt.`),
  ch("chat", `[06.03.25, 11:02] {{PERSON|Urs Zbinden}}: Hoi, mis Abo isch no nöd gkündigt
[06.03.25, 11:04] {{PERSON|Mirjam}} (Support): Grüezi Herr {{PERSON|Zbinden}}, d Kündigung isch per {{neg:date|31.03.2025}} erfasst.
[06.03.25, 11:05] {{PERSON|Urs Zbinden}}: Merci. Mini Nummer isch {{PHONE|079 584 21 36}}`),
  ch("note", `| Kunde | Telefon | PLZ | Bemerkung |
|---|---|---|---|
| {{PERSON|Seraina Caduff}} | {{PHONE|081 252 73 19}} | {{neg:postcode|7000}} | Zählerwechsel |
| {{PERSON|Besnik Hoxha}} | {{PHONE|076 310 48 92}} | {{neg:postcode|8004}} | Rechnung {{neg:amount|CHF 96.20}} |`),
  ch("summary", `Gesprächsnotiz {{neg:date|05.03.2025}}
Frau {{PERSON|Annelies Wyss}} meldet Schaden am Velo. Police {{neg:policy-number|VH-4418207}}. Sie diktiert ihre Nummer: {{PHONE|null sieben neun, vier zwei drei, fünfundachtzig, null sechs}} — {{PHONE|null sieben neun, vier zwei drei, fünfundachtzig, null sechs}}. Rückruf morgen {{neg:time|9:30}}.`),
  ch("email", `Von: {{PERSON|Dario Pedrazzini}} <{{EMAIL|d.pedrazzini@example.ch.example}}>
Gesendet: Mittwoch, 5. März 2025 07:55
An: Buchhaltung <{{EMAIL|buchhaltung@alpenblick-immo.example}}>
Cc: {{PERSON|Nadine Frei}} <{{EMAIL|n.frei@alpenblick-immo.example}}>
Betreff: Mietzins März

Guten Morgen, ich überweise ab sofort von {{IBAN|CH69 0900 0000 8522 4061 3}}. Die alte Nummer {{neg:iban-checksum|CH11 0900 0000 8522 4061 3}} bitte löschen.
Gruss {{PERSON|Dario}}`),
  ch("ticket", `Fall {{neg:case-number|ZH-88120}}
05.03. {{PERSON|Lea Gisler}}: Kundin {{PERSON|Verena Stucki}}, Tel. {{PHONE|044 382 61 07}}, Router IP {{IP_ADDRESS|192.168.178.1}}
05.03. {{PERSON|Lea Gisler}}: Firmware {{neg:version|7.57.1}} eingespielt
06.03. {{PERSON|Timo Aebischer}}: erledigt`),
  ch("chat", `{{PERSON|Sandro Good}}  08:31
hat jemand die Kreditkarte von Herr {{PERSON|Marti}} geprüft? {{CARD|4917 3302 8415 6622}}
{{PERSON|Jasmin Kälin}}  08:33
ja, gültig bis {{neg:card-expiry|09/27}}. Er erreicht man unter {{PHONE|+41 78 604 19 53}}`),
  ch("note", `Name: {{PERSON|Gian-Andrea Tscharner}}
Tel: {{PHONE|081 834 52 60}}
Mail: {{EMAIL|gat@engadin-post.example}}
Notiz: will Rechnung per Post, Abo {{neg:amount|CHF 39.00}}/Monat, Kundennr. {{neg:customer-number|K-5520814}}`),
  ch("summary", `Zusammenfassung des Anrufs
Anrufer {{PERSON|Matthias Rüegg}} (Mobile {{PHONE|077 412 96 30}}) fragt nach der Steuerbescheinigung. Versand an {{EMAIL|m.rueegg@example.com}} am {{neg:date|07.03.2025}}. Agentin: {{PERSON|Bettina Kuster}}.`),
  ch("transcript", `AGENT: Helvetia Reisen, {{PERSON|Noemi}}, grüezi.
ANRUFERIN: Grüezi, {{PERSON|Ursula Baumgartner}}, ich möchte meine Buchung {{neg:booking-ref|HR4K9T}} ändern.
AGENT: Auf welches Datum?
ANRUFERIN: Auf den {{neg:date|12.04.2025}}. Und bitte auf {{PHONE|062 823 40 71}} zurückrufen.
AGENT: Mehrpreis {{neg:amount|CHF 120}}, ich schicke die Bestätigung.`),
]
