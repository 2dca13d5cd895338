// de-DE texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_2 = [
  t("chat", `Du (14:02): Hallo, meine Karte wurde beim Bezahlen abgelehnt, obwohl genug drauf ist
Sparkasse Nordheide – {{PERSON|Björn}} (14:03): Hallo! Ich schaue gern nach. Wie lautet Ihr Name?
Du (14:03): {{PERSON|Magdalena Schulte-Rohde}}
Sparkasse Nordheide – {{PERSON|Björn}} (14:05): Danke, Frau {{PERSON|Schulte-Rohde}}. Die Karte wurde wegen einer verdächtigen Zahlung über {{neg:amount|1.249,00 €}} vorsorglich gesperrt. Die neue Karte {{CARD|5456 1639 2040 7180}} ist unterwegs, gültig bis {{neg:card-expiry|11/29}}.`),
  t("note", `Umzug – Kd. {{PERSON|Olaf Brenner}}, alte Adr. Gartenweg 4, {{neg:postcode|28199}} Bremen, Auszug {{neg:date|31.08}}.. Zählerstand {{neg:meter-number|045821}}. Neue Adresse folgt per Mail an {{EMAIL|o.brenner@example.net}}. Handy {{PHONE|0160 9944 1327}}.`),
  t("transcript", `[00:00:02] AGENT: Kundenservice Versicherung, mein Name ist {{PERSON|Katrin Weiß}}.
[00:00:05] KUNDE: Ja, guten Tag, {{PERSON|Gerhard Pohl}}. Bei mir ist ein Ast aufs Garagendach gefallen.
[00:00:11] AGENT: Oh je. Unter welcher Nummer erreichen wir Sie?
[00:00:14] KUNDE: {{PHONE|null fünf eins eins, vier sieben, zwei zwei, null drei}}. Nein, Moment, das ist die alte. Die neue ist {{PHONE|null fünf eins eins, vier sieben, zwei zwei, neun drei}}.
[00:00:26] AGENT: Danke. Ihre Schadennummer ist {{neg:claim-number|GB-2026-118204}}.`),
  t("sms", `Hallo {{PERSON|Tobias}}, hier ist {{PERSON|Mia}} von LieferLöwe 🦁 Dein Essen steht vor der Tür, Klingel geht nicht. Ruf mich an: {{PHONE|01522 4417 806}}`),
  t("email", `Betreff: AW: Rückerstattung Buchung {{neg:booking-ref|HB-55K12}}

Sehr geehrter Herr {{PERSON|Nowak}},

wir bestätigen die Stornierung. Die Erstattung von {{neg:amount|318,50 €}} geht auf das angegebene Konto {{IBAN|AT61 1904 3002 3457 3201}}. Das zuerst genannte Konto {{neg:iban-checksum|DE12 5001 0517 5407 3249 31}} war leider ungültig.

Freundliche Grüße
{{PERSON|Ulrike Sommer}}
Hotel Alpenblick, Reservierung

> Am {{neg:date|02.04.2026}} schrieb {{PERSON|Piotr Nowak}} <{{EMAIL|piotr.nowak@example.com}}>:
> Bitte stornieren Sie meine Buchung.`),
  t("ticket", `Ticket-Nr.: {{neg:ticket-number|FA-2026-33108}}
Betreff: Steuer-ID Anfrage
Anrufer: Dr. {{PERSON|Haas, Friederike}}
Rückruf: {{PHONE|+49 (0)30 2254 9917}}
Notiz: Bescheid vom {{neg:date|12.02.2026}} fehlt. Kopie per Post an {{neg:postcode|10115}} Berlin.`),
]
