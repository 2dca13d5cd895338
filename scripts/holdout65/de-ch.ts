// de-CH texts: written one by one (Radio-TV-Abgabe, Skipass-Büro, Kontaktlinsen-Abo, Pneuwechsel, Buchhandlung,
// Patiententransport, Sprach-App, Gartencenter).
import { mk } from "./markup.ts"

const t = mk("de-CH")

export const DE_CH = [
  t("chat", `Bergbahnen Gletschhorn – Ticketchat
[07:48] Gast: Grüezi, mein Saisonabo funktioniert am Drehkreuz nicht mehr
[07:49] {{PERSON|Reto}} (Kasse Talstation): Grüezi! Können Sie mir die Abonummer durchgeben? Sie steht unten auf der Karte.
[07:49] Gast: {{neg:member-number|01-1614-2288-4471}}
[07:50] {{PERSON|Reto}} (Kasse Talstation): Danke. Das Abo ist auf {{PERSON|Lea Marti-Gashi}} ausgestellt, sind Sie das?
[07:50] Gast: ja
[07:51] {{PERSON|Reto}} (Kasse Talstation): Der Chip ist defekt. Kommen Sie an Schalter 2, neue Karte kostet nichts. ❄️`),
  t("email", `Betreff: Befreiung von der Abgabe – Ergänzungsleistungen

Sehr geehrte Damen und Herren

Mein Vater, {{PERSON|Giuseppe Caduff}}, bezieht seit {{neg:date|1. Oktober 2026}} Ergänzungsleistungen zur AHV. Den Entscheid lege ich bei. Bitte stellen Sie die Rechnung über {{neg:amount|CHF 335.00}} ein.

Sie erreichen mich unter {{PHONE|081 921 45 33}} oder mobil {{PHONE|079 418 22 67}}.

Freundliche Grüsse
{{PERSON|Corina Caduff}}
{{EMAIL|corina.caduff@example.com}}
Via Plazza 4, {{neg:postcode|7013}} Domat/Ems`),
  t("note", `Sehwerk Optik Winterthur – Linsen-Abo. Kundin Frau {{PERSON|Bühlmann}} ({{PERSON|Verena}}) will Abo pausieren, geht 3 Monate nach Australien. Lastschrift über {{IBAN|CH97 0839 0036 1714 0000 1}} bis {{neg:date|15.03.2027}} sistieren. Erreichbar dort: {{PHONE|+61 412 386 905}}. Hier: {{PHONE|052 213 67 40}}.`),
  t("transcript", `AGENT: Pneu-Center Aaretal, {{PERSON|Bajrami}}, grüezi.
KUNDE: Grüezi, {{PERSON|Fankhauser}} hier, ich hätte gern einen Termin für den Radwechsel, die Winterpneus sind bei Ihnen eingelagert.
AGENT: Ja, Herr {{PERSON|Fankhauser}}, ich sehe sie, Lagerplatz {{neg:reference|C-114}}. Ginge Mittwoch um {{neg:time|13.30}}?
KUNDE: Ja, das geht.
AGENT: Unter welcher Nummer erreiche ich Sie?
KUNDE: {{PHONE|null sieben neun, drei drei fünf, neunzehn, null zwei}}
AGENT: Also {{PHONE|079 335 19 02}}. Merci vielmal.`),
  t("ticket", `Buchhandlung Leseinsel – Bestellformular
Titel: Schweizer Alpenflora, 4. Auflage
Besteller/in: {{PERSON|Nüesch, Andrea}}
E-Mail: {{EMAIL|andrea.nueesch@example.org}}
Telefon: {{PHONE|+41 31 381 44 20}}
Abholung: Filiale Bern Marktgasse
Bezahlung: Karte {{CARD|5167 4401 9283 3065}}
Preis: {{neg:amount|Fr. 48.50}}`),
  t("sms", `Spital Limmattal Patiententransport: Guten Tag Hr. {{PERSON|Stalder}}. Ihr Transport zur Dialyse am {{neg:date|09.12.2026}} wird um {{neg:time|06:40}} abgeholt. Änderungen bitte an {{PHONE|044 733 21 00}}.`),
  t("ticket", `Sprach-App Parlamo – Rückerstattung
Benutzer: {{EMAIL|d.rexhepi@example.com}}
Name: {{PERSON|Drilon Rexhepi}}
Abo: Jahresabo {{neg:amount|CHF 119.90}}
Grund: doppelte Abbuchung
IBAN für Rückzahlung: {{IBAN|CH55 0900 0000 8472 3615 0}}
Falsch angegeben zuerst: {{neg:iban-checksum|CH12 0900 0000 8472 3615 0}}
IP bei Kauf: {{IP_ADDRESS|10.12.4.201}}`),
  t("note", `Gartencenter Seeblick, Lieferung Christbaum: Kd. {{PERSON|Marie-Theres Schnyder}}, Nordmanntanne 2 m, Fr. 89.–, Liefertermin {{neg:date|19.12}}. nachmittags. Ruft vorher an: {{PHONE|0041 44 910 38 72}}. Falls niemand da, bei Nachbarin Frau {{PERSON|Keller}} abgeben.`),
]
