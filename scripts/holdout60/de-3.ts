// de-DE texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_3 = [
  t("note", `Fitnessstudio – Mitglied {{PERSON|Sophie Klein}} will Vertrag kündigen, Sonderkündigung wg. Umzug nach Leipzig ({{neg:postcode|04109}}). Nachweis liegt vor. Letzter Beitrag {{neg:amount|24,90 €}} am {{neg:date|01.06.2026}}. Tel. {{PHONE|0176 2281 9043}}.`),
  t("chat", `[Di 11:20] {{PERSON|hans-peter}}: moin, wo bleibt meine retoure gutschrift??
[Di 11:21] Shopservice – {{PERSON|Nele}}: Moin! Wie lautet die Bestellnummer?
[Di 11:21] {{PERSON|hans-peter}}: {{neg:order-number|77120-DE-4419}}
[Di 11:23] Shopservice – {{PERSON|Nele}}: Gefunden. Die {{neg:amount|84,99 €}} gehen heute raus, Herr {{PERSON|Grabowski}}.`),
  t("sms", `Mailbox (0:19) von {{PHONE|+49 221 9987 4410}}: "Ja hallo hier ist {{PERSON|Schmitz}} von der Zahnarztpraxis Dr. {{PERSON|Öztürk}}, Ihr Termin morgen um {{neg:time|9:00 Uhr}} muss leider verschoben werden, bitte rufen Sie zurück."`),
  t("ticket", `Störung {{neg:ticket-number|GF-20441}}
Kunde: {{PERSON|Meier, Karl-Heinz}}
Anschluss: Glasfaser 1000
IPv4 {{IP_ADDRESS|198.51.100.231}}, IPv6 {{IP_ADDRESS|2001:db8:3e4::9}}
Notiz ({{PERSON|Jannik}}): Techniker am {{neg:date|14.10}}. zwischen {{neg:time|8 Uhr}} und {{neg:time|12 Uhr}}.`),
  t("email", `Betreff: Ihre Hotelbuchung in Dresden

Liebe Frau {{PERSON|Zimmermann}},

vielen Dank für Ihre Buchung {{neg:booking-ref|DD-8842K}} vom 3. bis {{neg:date|5. Oktober}}. Leider konnten wir die Karte {{neg:luhn-invalid|4929 1837 0046 2158}} nicht belasten. Bitte rufen Sie uns an: {{PHONE|0351 4862 2200}}.

Herzliche Grüße
{{PERSON|Sebastian Lorenz}}
Rezeption`),
  t("transcript", `agent: guten tag sie sind verbunden mit der betrugsprävention mein name ist {{PERSON|frank}} {{PERSON|lehmann}}
kundin: hallo ich glaube jemand hat meine daten ich bin {{PERSON|dilara}} {{PERSON|aksoy}}
agent: frau {{PERSON|aksoy}} unter welcher nummer sind sie erreichbar
kundin: {{PHONE|null eins fünf neun, null drei, vierundzwanzig, achtzehn, sechsundfünfzig}}`),
]
