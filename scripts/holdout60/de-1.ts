// de-DE texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_1 = [
  t("chat", `[09:14] Besucher: Hallo, ich möchte meinen Termin in der Hautarztpraxis verschieben
[09:15] Praxis am Markt – {{PERSON|Svenja}}: Guten Morgen! Auf welchen Namen?
[09:15] Besucher: {{PERSON|Jürgen Albrecht-Özdemir}}, geb. {{neg:date|03.11.1967}}
[09:16] Praxis am Markt – {{PERSON|Svenja}}: Danke, Herr {{PERSON|Albrecht-Özdemir}}. Neuer Termin: {{neg:date|12. März}}, {{neg:time|8:30 Uhr}}. Rückfragen gern unter {{PHONE|0221 4785 3310}}.`),
  t("note", `Betrugsverdacht – Kd. Fr. {{PERSON|Wiebke Hansen}} meldet Abbuchung {{neg:amount|389,00 €}} vom {{neg:date|4.2}}., nicht autorisiert. Karte {{neg:masked-card|**** 5562}} gesperrt. Rückruf unter {{PHONE|0171 8843 207}} ab {{neg:time|17 Uhr}}. Ich fasse mich {{neg:name-word|kurz}}: Fall {{neg:case-number|BV-2026-00418}} an Team 2.`),
  t("email", `Betreff: Schadenmeldung Nr. {{neg:claim-number|KFZ-7731092}}

Sehr geehrte Damen und Herren,

am {{neg:date|18.01.2026}} wurde mein geparktes Auto in der Lindenstraße, {{neg:postcode|70173}} Stuttgart, angefahren. Der Verursacher, Herr {{PERSON|Dieter Krämer}}, hat mir seine Nummer gegeben: {{PHONE|+49 157 3348 1206}}.

Bitte überweisen Sie die Entschädigung auf mein Konto:
{{IBAN|DE44 5001 0517 5407 3249 31}}

Mit freundlichen Grüßen
{{PERSON|Annelie von Stein}}
Tel. {{PHONE|0711 2204 8817}}`),
  t("transcript", `agent: schönen guten tag sie sprechen mit {{PERSON|timo}} von der stadtwerke hotline
anrufer: ja hallo {{PERSON|kowalski}} hier wir ziehen um und brauchen den strom ab dem ersten
agent: gerne wie ist ihr vorname
anrufer: {{PERSON|renate}} {{PERSON|r e n a t e}}
agent: und eine telefonnummer
anrufer: {{PHONE|null eins sieben zwei, vier vier drei, acht neun null eins}}
agent: danke frau {{PERSON|kowalski}}`),
  t("sms", `FitWerk: Hallo {{PERSON|Lena}}, dein Probetraining ist am Samstag, {{neg:date|7. Juni}} um {{neg:time|10:00}}. Absagen? Ruf uns an: {{PHONE|089 2154 7730}}`),
  t("ticket", `Ticket {{neg:ticket-number|DSL-4471823}} – Internet bricht ab
Kunde: {{PERSON|Yılmaz, Emre}}
Kundennr.: {{neg:customer-number|K-88120341}}
Router-IP: {{IP_ADDRESS|192.168.178.1}}, WAN {{IP_ADDRESS|2001:db8:9c::42}}
Firmware: {{neg:version|7.57}}
Kommentar {{PERSON|M. Lange}}: Leitung neu synchronisiert, bitte 48h beobachten.`),
  t("email", `Hallo Frau {{PERSON|Brandt}},

Ihre Rücksendung zur Bestellung {{neg:order-number|200-4418273}} ist eingegangen. Den Betrag von {{neg:amount|59,90 €}} erstatten wir auf Ihre Kreditkarte.

Viele Grüße
{{PERSON|Kai Petersen}}
Kundenservice Retouren
{{PHONE|040 3098 5521}} Durchwahl 14`),
  t("transcript", `AGENT: Finanzamt Servicecenter, {{PERSON|Ahrens}}, guten Tag.
ANRUFER: Guten Tag, mein Name ist {{PERSON|Ernst Huber}}, ich rufe wegen meines Steuerbescheids an.
AGENT: Haben Sie eine Rückrufnummer, Herr {{PERSON|Huber}}?
ANRUFER: Ja, {{PHONE|null sechs neun, dreiundvierzig, zwanzig, siebzehn, null acht}}.
AGENT: Danke. Die Nachzahlung von {{neg:amount|412 €}} ist am {{neg:date|15. Mai}} fällig.`),
]
