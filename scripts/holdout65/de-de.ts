// de-DE texts: written one by one (Rundfunkbeitrag-Servicestelle, Netzbetreiber-Störungsstelle, Gartencenter-Lieferung,
// Küchenstudio, Fotodruck, Kontaktlinsen-Abo, Taxi-App-Fundsachen, Sprachlern-App, Buchhandlung, Reifenservice,
// Krankenfahrten).
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_DE = [
  t("email", `Betreff: Abmeldung Beitragskonto {{neg:customer-number|BN-417882903}}

Sehr geehrte Damen und Herren,

meine Mutter, Frau {{PERSON|Irmgard Wiechmann}}, ist am {{neg:date|14.11.2026}} in ein Pflegeheim gezogen. Ich bitte daher um Abmeldung ihrer Wohnung zum {{neg:date|30.11.2026}} und um Erstattung zu viel gezahlter Beiträge ({{neg:amount|55,08 €}}) auf ihr Konto {{IBAN|DE81 4306 0967 7781 2055 00}}.

Für Rückfragen erreichen Sie mich unter {{PHONE|0421 / 33 81 74}}.

Mit freundlichen Grüßen
{{PERSON|Jörg Wiechmann}}

> Von: Beitragsservice NordFunk <{{EMAIL|service@nordfunk-beitrag.example.com}}>`),
  t("transcript", `AGENT: Netzbetrieb Weserland, Störungsannahme, mein Name ist {{PERSON|Kühn}}.
ANRUFERIN: Ja, guten Abend, hier ist {{PERSON|Petra Lindemann}} aus Achim, bei uns ist seit einer Stunde der Strom weg, in der ganzen Siedlung.
AGENT: Das ist uns bekannt, Frau {{PERSON|Lindemann}}, ein Kabelschaden. Die Kollegen sind vor Ort. Unter welcher Nummer dürfen wir Sie zurückrufen, falls es länger dauert?
ANRUFERIN: {{PHONE|null vier zwei null zwei, acht drei, sechzehn, fünfundvierzig}}
AGENT: Ich wiederhole: {{PHONE|04202 83 16 45}}. Danke.`),
  t("note", `Gartencenter Grünfink – Lieferdienst. Kd. {{PERSON|Ayşe Korkmaz}}, 3x Kübel-Olivenbaum + 12 Sack Erde, Lieferung Sa {{neg:date|12.12}}. vorm. Hinterhof, Tor über Nachbar Herr {{PERSON|Blaschke}} (hat Schlüssel). Tel. Kd. {{PHONE|0176 / 2290 4418}}. Betrag {{neg:amount|289,70 €}} bar bei Lieferung. Kübel erst im {{neg:name-word|Sommer}} umtopfen (Kd. informiert).`),
  t("chat", `Küchenmanufaktur Eichblatt – Kundenchat
[10:05] Sie: Hallo, der Monteur hat die Arbeitsplatte falsch ausgeschnitten, das Kochfeld passt nicht 😡
[10:06] {{PERSON|Swetlana}} (Innendienst): Oh, das tut mir leid! Auftragsnummer?
[10:06] Sie: {{neg:order-number|KE-26-00417}}
[10:07] {{PERSON|Swetlana}} (Innendienst): Danke. Das war Montag, Monteur {{PERSON|Holger Brandt}}. Ich schicke jemanden mit neuer Platte. Passt Donnerstag {{neg:time|8.00 Uhr}}?
[10:08] Sie: ja. bitte vorher anrufen, {{PHONE|0511 4793 220}}
[10:08] {{PERSON|Swetlana}} (Innendienst): Gern. Die fehlende Blende bringt er auch mit 🙂`),
  t("sms", `Blitzbild Fotodruck: Hallo {{PERSON|Mareike}}, dein Fotokalender 2027 ist unterwegs! Sendungsnr. {{neg:tracking-number|00340434188620447913}}. Fragen? 📞 {{PHONE|040 3018 2257}} (Mo–Fr 8–18 Uhr)`),
  t("ticket", `Linsenklar Optik – Kontaktlinsen-Abo
Kunde: {{PERSON|Schulze-Ebbinghaus, Friedrich}}
Kundennr.: {{neg:customer-number|LK-004417-3}}
Linsen: Monatslinse torisch, L −1,75 / R −2,25
Abbuchung: {{neg:amount|39,90 €}} monatlich
IBAN: {{IBAN|DE07 2519 0001 0394 7266 12}}
Mobil: {{PHONE|+49 (0)157 3849 2106}}
E-Mail: {{EMAIL|f.schulze-ebbinghaus@example.net}}`),
  t("note", `Taxi Flink Fundbüro – {{neg:date|03.12.2026}}, {{neg:time|23.40 Uhr}}: Fahrgast Dr. {{PERSON|Konstantin Papadopoulos}} meldet Laptoptasche vergessen, Fahrt Hbf → Südstadt, Fahrer {{PERSON|Nuri}}. Fahrer bestätigt Fund. Übergabe morgen Zentrale. Rückruf Fahrgast {{PHONE|0160 8834 517}}, geschäftl. {{PHONE|0221 / 9 47 38-0}}.`),
  t("email", `Betreff: Kündigung Lernfix Premium

Hallo,

ich möchte mein Lernfix-Abo zum {{neg:date|31.12.2026}} kündigen. Angemeldet bin ich mit {{EMAIL|lennart.voss@example.com}}, App-Version {{neg:version|3.8.0}}. Bitte bestätigen Sie die Kündigung schriftlich.

Viele Grüße
{{PERSON|Lennart Voß}}
Tel. {{PHONE|0151 2384 7716}}

--
Von meinem iPhone gesendet`),
  t("transcript", `kunde: ja hallo {{PERSON|weber}} mein name ich hab bei ihnen ein buch bestellt das ist nie angekommen
agentin: oh das tut mir leid haben sie die bestellnummer
kunde: b h s vier sieben eins null zwei
agentin: ja ich sehe es herr {{PERSON|weber}} das paket ist zurückgekommen weil die hausnummer fehlte
kunde: ach so ja die ist zwölf a
agentin: ich schicke es nochmal raus soll der bote sie anrufen
kunde: ja bitte {{PHONE|null eins sieben null, fünf zwei, achtundneunzig, dreiundvierzig, eins}}`),
  t("sms", `Reifendienst Spurtreu: Ihr Termin zum Räderwechsel am {{neg:date|05.12}}. um {{neg:time|9:15 Uhr}} ist bestätigt. Einlagerung {{neg:amount|25 €}}. Absagen: {{PHONE|07031/6 42 18 90}}. Ihr Team in Böblingen`),
  t("ticket", `Krankenfahrdienst – Fahrauftrag Klinikum Nordheide
Patientin: {{PERSON|Nowicka, Halina}}
Geb.: {{neg:date|22.02.1938}}
Abholung: Lindenallee 7, {{neg:postcode|21244}} Buchholz
Ziel: Strahlentherapie, Termin {{neg:date|08.12.2026}} {{neg:time|10:30}}
Tragestuhl: ja
Ansprechpartner: Sohn {{PERSON|Marek Nowicki}}, {{PHONE|04181 / 21 77 03}}
Kostenträger: AOK, Vers.-Nr. {{neg:reference|B 471182930}}`),
  t("note", `NordFunk Beitragsservice, Telefonnotiz: Anruf Herr {{PERSON|Ernst-August Lange}}, 81, versteht Mahnung nicht ({{neg:amount|110,16 €}}). Hat Befreiung wg. Grundsicherung beantragt, Bescheid liegt vor. Sohn {{PERSON|Rüdiger}} faxt Nachweis. Rückruf über Nichte {{PERSON|Sabine Okonkwo}} {{PHONE|+49 30 2847 1193}}.`),
  t("chat", `Netzbetrieb Weserland – Störungs-Chat
Bot: Bitte geben Sie Ihre Postleitzahl ein.
Du: {{neg:postcode|28309}}
Bot: Danke. Für {{neg:postcode|28309}} liegt eine Störung vor. Möchten Sie mit einem Mitarbeiter sprechen?
Du: ja
{{PERSON|Yannick}}: Hallo, {{PERSON|Yannick}} hier. Die Störung betrifft die Straßen Am Sommerdeich und Hemelinger Heerstraße. Voraussichtlich behoben gegen {{neg:time|17:45}}.
Du: ok danke, mein Kühlschrank mit Insulin… kann ich jemanden anrufen?
{{PERSON|Yannick}}: Bei medizinischen Geräten bitte {{PHONE|0800 1 77 44 22}}, rund um die Uhr.`),
  t("email", `Von: {{PERSON|Gül Aydın-Hartmann}} <{{EMAIL|guel.aydin@example.org}}>
An: {{EMAIL|bestellung@buchhaus-seitenwind.example.com}}
Betreff: Rechnung doppelt bezahlt

Guten Tag,

ich habe Rechnung {{neg:invoice-number|RE-2026-18834}} ({{neg:amount|64,40 €}}) versehentlich zweimal überwiesen. Bitte erstatten Sie einen Betrag auf {{IBAN|DE78 7015 0000 0021 6844 73}}. Die IBAN {{neg:iban-checksum|DE33 7015 0000 0021 6844 73}} aus meiner ersten Mail war ein Tippfehler.

Freundliche Grüße
{{PERSON|G. Aydın-Hartmann}}`),
  t("ticket", `Blitzbild Fotodruck – Zahlungsstörung
Bestellung: {{neg:order-number|BB-90318274}}
Name: {{PERSON|Tim Ostermann}}
Kreditkarte: {{CARD|4041 1728 3650 9224}}
Fehler: 3-D Secure abgebrochen
Alternative Karte (abgelehnt, ungültig): {{neg:luhn-invalid|5264 8910 7733 4154}}
Login-IP: {{IP_ADDRESS|192.168.178.34}}
Tel.: {{PHONE|089/23184470}}`),
]
