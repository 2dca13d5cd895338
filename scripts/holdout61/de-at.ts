// de-AT texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-AT")

export const DE_AT = [
  t("chat", `Apotheke Zum Goldenen Hirschen – Chat
[09:12] Besucher: Grüß Gott, ist mein Rezept für Thyrex schon da? Name {{PERSON|Brigitte Haberl}}
[09:14] Mag. {{PERSON|Kerstin}} (Apotheke): Guten Morgen Frau {{PERSON|Haberl}}! Ja, liegt bereit. Sie können es ab {{neg:time|14 Uhr}} abholen.
[09:14] Besucher: Danke, mein Sohn {{PERSON|Florian}} holt es. Falls was ist: {{PHONE|0664 2318847}}`),
  t("email", `Betreff: Schadensmeldung Mietwagen – Vertrag {{neg:contract-number|AV-2026-88142}}

Sehr geehrte Damen und Herren,

bei der Rückgabe am {{neg:date|3. Dezember}} in Salzburg wurde mir ein Kratzer an der Stoßstange verrechnet ({{neg:amount|€ 420,00}}). Dieser war bereits bei der Übernahme vorhanden, siehe Fotos im Anhang.

Bitte um Rückbuchung auf mein Konto {{IBAN|AT95 2011 1829 1837 4400}}.

Mit freundlichen Grüßen
Dipl.-Ing. {{PERSON|Harald Strobl}}
Tel. {{PHONE|+43 662 843 117}}`),
  t("transcript", `AGENT: Tierklinik Donaustadt, {{PERSON|Novak}}, grüß Gott.
ANRUFER: Grüß Gott, mein Hund hat Schokolade gefressen, was soll ich tun?
AGENT: Kommen Sie bitte sofort vorbei. Wie ist Ihr Name?
ANRUFER: {{PERSON|Emine Yıldırım}}.
AGENT: Und eine Rückrufnummer, falls wir Sie nicht erreichen?
ANRUFER: {{PHONE|null sechs sieben sechs, vier vier eins, zwei null neun drei}}.
AGENT: Also {{PHONE|0676 441 2093}}. Bis gleich.`),
  t("note", `Pensionskasse – Mitgl. {{PERSON|Gruber, Johann}} ({{neg:member-number|PK-118204}}) fragt wg. Auszahlung bei Pensionsantritt {{neg:date|1.3.2027}}. Witwe? nein, Gattin {{PERSON|Theresia}} lebt. Rückruf {{PHONE|0732 778 210}} vorm. Kto. neu: {{IBAN|AT26 3200 0000 1234 5678}}.`),
  t("sms", `Paketblitz: Ihr Paket {{neg:tracking-number|PB 4410 2291 AT}} wird heute zw. {{neg:time|10:00}} und {{neg:time|13:00}} zugestellt. Fahrer: {{PERSON|Dragan}}. Fragen: {{PHONE|01 5134 229}}`),
  t("ticket", `Ticket {{neg:ticket-number|HV-20931}} – Hausverwaltung Wienerwald
Mieter: {{PERSON|KRAUSZ, Ildikó}}
Objekt: Lerchenfelder Gürtel 41/7, {{neg:postcode|1160}} Wien
Anliegen: Heizung seit {{neg:date|1.12}}. kalt
Kontakt: {{PHONE|+43 699 18847320}}, {{EMAIL|i.krausz@aon.example}}
Zuständig: Herr {{PERSON|Pichler}} – Installateur für Mo. {{neg:time|8:00}} bestellt.`),
  t("email", `Betreff: Ihre Bewerbung – Universität Alpenland, Bachelor Informatik

Liebe Frau {{PERSON|Nikolić}},

vielen Dank für Ihre Bewerbung. Leider fehlt noch die beglaubigte Kopie Ihres Maturazeugnisses. Bitte laden Sie es bis {{neg:date|15. Jänner}} im Bewerbungsportal hoch.

Bei Fragen erreichen Sie uns unter {{PHONE|0316 872 4410}} oder {{EMAIL|studienservice@alpenland-uni.example}}.

Mit freundlichen Grüßen
Mag. {{PERSON|Sabine Reiterer}}
Studienservice`),
  t("chat", `Du (18:40): hallo, mein Handy ist beim Bestellen doppelt abgebucht worden
HandyWelt Support – {{PERSON|Lukas}} (18:42): Servus! Tut mir leid. Bestellnummer?
Du (18:42): {{neg:order-number|HW-660218}}
HandyWelt Support – {{PERSON|Lukas}} (18:44): Seh ich, 2x {{neg:amount|€ 699}}. Die zweite Buchung auf Karte {{neg:masked-card|**** 1092}} wird storniert, dauert 3–5 Werktage.`),
  t("note", `Spenderhotline: Hr. {{PERSON|Mayrhofer}} will Dauerauftrag von {{neg:amount|€ 25}} auf {{neg:amount|€ 40}} erhöhen ab Jänner. Bestehend IBAN {{neg:iban-checksum|AT59 2011 1829 1837 4400}} lt. System falsch → richtige IBAN per Post. Tel {{PHONE|0512 583 902}}.`),
  t("transcript", `[00:00:02] agent: zahnambulatorium favoriten guten tag sie sprechen mit {{PERSON|aleksandra}}
[00:00:05] anrufer: ja hallo {{PERSON|kovačević}} mein name ich hätte gern einen termin zur mundhygiene
[00:00:10] agent: gerne wir hätten am neunzehnten dezember um neun uhr
[00:00:14] anrufer: passt
[00:00:15] agent: ihre telefonnummer bitte
[00:00:17] anrufer: {{PHONE|null sechs sechs vier, dreiundzwanzig, achtzehn, siebenundvierzig}}`),
  t("sms", `Hallo {{PERSON|Sophie}}, hier Tierarztpraxis Dr. {{PERSON|Leitner}}. Minkas Laborwerte sind da, alles ok! LG, Praxis {{PHONE|02742 35 418}}`),
  t("ticket", `Fall {{neg:case-number|KF-77120}} | Gepäckermittlung Flughafen Wien
Passagier: {{PERSON|Agnes Wimmer-Costa}}
Flug {{neg:flight-number|OS 412}} aus Lissabon, {{neg:date|04.12.2026}}
Gepäckschein: {{neg:tracking-number|OS 229184}}
Kontakt: {{PHONE|+351 912 447 208}} (portug. Handy), {{EMAIL|agnes.wc@gmx.example}}
Status: Koffer in LIS geblieben, kommt mit Abendflug.`),
  t("email", `Hallo {{PERSON|Markus}},

anbei die Unterlagen für die Finanzierung der Wohnung in der Zieglergasse. Kaufpreis {{neg:amount|€ 389.000}}, Eigenmittel {{neg:amount|€ 80.000}}. Der Termin bei der Bank ist am {{neg:date|11.12}}. um {{neg:time|15:30}}.

Meine Frau {{PERSON|Ayşe}} kommt auch mit. Du erreichst mich unter {{PHONE|0650 771 3849}}.

LG
{{PERSON|Kemal}}`),
  t("chat", `[Sa 10:22] {{PERSON|julia}}: hi, gibt's das Streaming-Abo auch mit Jahreszahlung?
[Sa 10:23] FlimmerBox Hilfe ({{PERSON|Tobias}}): Hallo {{PERSON|Julia}}! Ja, {{neg:amount|€ 99,90}} im Jahr statt {{neg:amount|€ 9,99}} im Monat.
[Sa 10:24] {{PERSON|julia}}: ok und kann ich mit Kreditkarte zahlen? {{CARD|5423 1884 7520 1092}}
[Sa 10:25] FlimmerBox Hilfe ({{PERSON|Tobias}}): Bitte keine Kartennummern im Chat! Ich lasse die Nachricht löschen. Zahlung bitte im Konto unter "Abo".`),
  t("note", `Mietwagen Innsbruck: Kd. {{PERSON|Özdemir Hakan}} Fahrzeug {{neg:plate|I-884 KL}} Rückgabe verspätet ({{neg:time|19:40}} statt {{neg:time|17:00}}). Aufpreis {{neg:amount|€ 35}} erlassen, Kunde Stammkunde. {{PHONE|0676 3302 118}}`),
  t("transcript", `AGENT: Hypothekenberatung Inntal, {{PERSON|Elisabeth Steiner}}, grüß Gott.
KUNDE: Grüß Gott, hier {{PERSON|Wolfgang Auer}}. Ich hab online ein Angebot angefragt, meine IP war {{IP_ADDRESS|192.168.0.23}}, das Formular ist abgestürzt.
AGENT: Kein Problem, ich nehme es telefonisch auf. Ihre E-Mail?
KUNDE: {{EMAIL|w.auer@chello.example}}.
AGENT: Danke, Herr {{PERSON|Auer}}. Ich melde mich bis Mittwoch.`),
  t("sms", `Ordination Dr. {{PERSON|Pöltl}}: Ihr Termin am {{neg:date|9.12}}. um {{neg:time|8:15}} ist bestätigt. Absage bitte unter {{PHONE|01 408 2291}}.`),
]
