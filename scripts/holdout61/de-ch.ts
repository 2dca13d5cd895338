// de-CH texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-CH")

export const DE_CH = [
  t("email", `Betreff: Rezept für Dauermedikation – {{PERSON|Ruth Zimmermann}}

Grüezi

Meine Mutter, {{PERSON|Ruth Zimmermann}}, braucht ihr Blutdruckmittel wieder. Dr. {{PERSON|Bachmann}} hat das Rezept gestern gefaxt. Können Sie es am Freitag, {{neg:date|12. Dezember}} an die Seefeldstrasse 88, {{neg:postcode|8008}} Zürich liefern?

Rückfragen bitte an mich: {{PHONE|079 412 88 03}}.

Freundliche Grüsse
{{PERSON|Beat Zimmermann}}`),
  t("transcript", `AGENT: Kleintierpraxis Aarebogen, {{PERSON|Schürch}}, grüezi.
ANRUFER: Grüezi, {{PERSON|Fabienne Rohner}} am Apparat. Unsere Katze hinkt seit gestern.
AGENT: Oh je. Wir haben heute um {{neg:time|16.30}} noch etwas frei.
ANRUFER: Perfekt.
AGENT: Ihre Nummer?
ANRUFER: {{PHONE|null sieben acht, sechs sechs eins, zwanzig, vierundneunzig}}.
AGENT: {{PHONE|078 661 20 94}}, danke, Frau {{PERSON|Rohner}}.`),
  t("chat", `Alpenmiet Autovermietung – Chat
[14:05] Gast: Hallo, kann ich das Auto in Genf statt Basel zurückgeben?
[14:06] {{PERSON|Reto}} (Alpenmiet): Grüezi! Ja, gegen eine Einweggebühr von {{neg:amount|CHF 180.–}}. Reservationsnummer?
[14:06] Gast: {{neg:booking-ref|ALM-44102}}, auf {{PERSON|Meier-Lüthi}}
[14:07] {{PERSON|Reto}} (Alpenmiet): Danke, Herr {{PERSON|Meier-Lüthi}}. Ist angepasst, Rückgabe Genf Flughafen {{neg:date|22.12.2026}}.`),
  t("note", `PK Helvetia Vorsorge: Vers. {{PERSON|Keller, Andreas}} ({{neg:member-number|HV-204417}}). Fragt Einkauf {{neg:amount|CHF 20'000}} vor {{neg:date|31.12}}. Tel {{PHONE|031 322 45 10}}.`),
  t("ticket", `Ticket {{neg:ticket-number|SB-10488}} – Swissbox Kurier
Empfänger: {{PERSON|Alessandro Bernasconi}}, Via Nassa 12, {{neg:postcode|6900}} Lugano
Sendung: {{neg:tracking-number|99.40.118822.10048}}
Problem: Paket beschädigt, Inhalt (Vase) zerbrochen
Kontakt: {{PHONE|+41 91 921 44 70}}
Bearbeitet von: {{PERSON|Nadja}}`),
  t("sms", `Zahnarztpraxis Dr. {{PERSON|Gerber}}: {{PERSON|Livia}}, Ihr Termin am {{neg:date|16.12}}. um {{neg:time|10:45}} ist bestätigt. Verschieben: {{PHONE|061 271 33 09}}`),
  t("email", `Betreff: Spendenquittung 2026

Sehr geehrte Frau {{PERSON|Huber-Dang}}

Herzlichen Dank für Ihre Spenden von insgesamt {{neg:amount|CHF 1'240.50}} im Jahr 2026. Die Spendenbescheinigung senden wir Ihnen bis Ende Januar zu.

Ihre Spenden gingen vom Konto {{IBAN|CH53 0483 5024 7110 2000 7}} ein. Falls sich Ihre Bankverbindung ändert, teilen Sie uns dies bitte mit.

Freundliche Grüsse
Stiftung Bergkinder
{{PERSON|Corinne Wyss}}, Spenderservice, {{PHONE|044 268 41 17}}`),
  t("note", `Handyshop Oerlikon: Kd. {{PERSON|Dzemaili}} will Nummer von Sunrise portieren. Nummer {{PHONE|076 318 49 92}}. Vertrag läuft bis {{neg:date|28.2.2027}}. Hat altes Gerät ({{neg:imei|352099001761481}}) zurückgegeben.`),
  t("transcript", `[00:00:01] agent: universität zürichsee zulassung grüezi {{PERSON|lea}} am apparat
[00:00:04] anrufer: grüezi ich habe meine unterlagen geschickt aber keine bestätigung bekommen
[00:00:08] agent: wie ist ihr name
[00:00:09] anrufer: {{PERSON|tenzin dolkar}} {{PERSON|d o l k a r}}
[00:00:14] agent: ich sehe das dossier ist vollständig sie bekommen die bestätigung an {{EMAIL|tenzin.dolkar@bluewin.example}}
[00:00:20] anrufer: super danke`),
  t("chat", `Du (20:11): Hallo, warum kostet mein Streaming-Abo plötzlich {{neg:amount|CHF 21.90}}?
SerienHaus Support – {{PERSON|Jana}} (20:13): Hoi! Dein Abo wurde am {{neg:date|1.12}}. auf Premium umgestellt, Anmeldung von {{IP_ADDRESS|2001:db8:ca5:1::3b}}.
Du (20:13): Das war ich nicht!
SerienHaus Support – {{PERSON|Jana}} (20:15): Ich habe das Abo zurückgestellt und alle Geräte abgemeldet. Bitte ändere dein Passwort.`),
  t("ticket", `Fall {{neg:case-number|HYP-2026-331}} – Hypothekarvermittlung Limmat
Kunde: {{PERSON|STAUFFACHER, Marco}}
Partnerin: {{PERSON|Yvonne Stauffacher-Pham}}
Objekt: EFH in Wädenswil, Kaufpreis {{neg:amount|CHF 1'450'000}}
Tel: {{PHONE|0041 79 508 12 66}}
Notiz: Festhypothek 10J angefragt, Termin {{neg:date|18.12}}. {{neg:time|9:00}}.`),
  t("sms", `Gepäckservice Flughafen Zürich: Ihr Koffer (Ref {{neg:reference|ZRHLX77201}}) wird heute zwischen {{neg:time|18:00}} und {{neg:time|21:00}} geliefert. Kontakt {{PHONE|043 816 22 10}}`),
  t("email", `Hoi {{PERSON|Jürg}}

Kannst du bitte der Tierarztrechnung für Bello nachgehen? Rechnung {{neg:invoice-number|TA-88120}} über {{neg:amount|CHF 312.–}}. Die Praxis hat {{CARD|4024 0071 5283 4171}} zweimal belastet.

Gruss
{{PERSON|Manuela}}
{{PHONE|079 660 14 28}}`),
  t("note", `Rückruf Kd. Frau {{PERSON|Caduff}} wg. Mietzinserhöhung Whg. 3.OG, Bahnhofstr. 14 Chur. Hypothekarischer Referenzzins. Sie bittet um schriftl. Begründung. {{PHONE|081 252 77 39}}`),
  t("chat", `[10:02] {{PERSON|samira}}: hallo, ich suche meinen Rucksack, Flug {{neg:flight-number|LX 1817}} von Palma
[10:04] {{PERSON|Urs}} – Lost & Found: Grüezi {{PERSON|Samira}}, haben Sie schon eine Verlustmeldung?
[10:04] {{PERSON|samira}}: ja, {{neg:reference|ZRHLX77348}}
[10:06] {{PERSON|Urs}} – Lost & Found: Gefunden! Er ist in Palma. Wir schicken ihn morgen mit. Bitte Adresse bestätigen.`),
  t("transcript", `AGENT: Vorsorgestiftung Säntis, {{PERSON|Iris Kälin}}.
KUNDE: Grüezi, hier {{PERSON|Paul Ammann}}. Ich wechsle die Stelle und möchte mein Freizügigkeitsguthaben überweisen.
AGENT: Gerne. Auf welches Konto?
KUNDE: {{IBAN|CH18 0900 0008 7122 0410 5}}.
AGENT: Danke. Ich wiederhole: {{IBAN|CH18 0900 0008 7122 0410 5}}. Und eine Telefonnummer?
KUNDE: {{PHONE|071 222 84 40}}.`),
  t("sms", `Mobilshop Bern: Hoi {{PERSON|Nico}}, dein neues Handy ist da! Abholen bis {{neg:date|20.12}}.. Fragen: {{PHONE|031 311 90 27}}`),
]
