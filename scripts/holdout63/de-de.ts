// de-DE texts: written one by one (Kinderwunschzentrum, Schülerbeförderung, Kino, Tierfutter-Abo, Solar-Pacht,
// Fahrschule, Ladesäulen, Stadtbibliothek, Coworking, Sterbegeldversicherung, Fahrradwerkstatt).
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_DE = [
  t("chat", `Kinderwunschzentrum Elbufer – Terminchat
[09:11] Sie: Hallo, ich muss meinen Termin zur Follikelmessung verschieben
[09:12] {{PERSON|Merle}} (Praxisteam): Guten Morgen! Wie ist Ihr Name?
[09:12] Sie: {{PERSON|Svenja Albrecht}}
[09:13] {{PERSON|Merle}} (Praxisteam): Danke. Ich hätte Mittwoch, {{neg:date|9. Dezember}}, {{neg:time|7:45 Uhr}} in Raum 2.
[09:13] Sie: passt, bitte Bestätigung an {{PHONE|0176 41927735}}`),
  t("note", `Schülerbeförderung Kreis Pinneberg: Mutter {{PERSON|Katarina Nowak}} meldet, dass Linie {{neg:route-number|6663}} ihren Sohn {{PERSON|Luka}} an der Haltestelle Rosenweg nicht mitgenommen hat (Schülerticket {{neg:member-number|SB 2026 4471}}). Rückruf erbeten unter {{PHONE|04101 563 8821}}, ab {{neg:time|14 Uhr}}.`),
  t("email", `Betreff: Erstattung Kinokarten – Buchung {{neg:booking-ref|LH-99310472}}

Sehr geehrte Damen und Herren,

am {{neg:date|28.11.2026}} fiel die Vorstellung um {{neg:time|20:15}} im Saal 4 wegen eines Technikdefekts aus. Ich bitte um Erstattung von {{neg:amount|27,80 €}} auf mein Konto {{IBAN|DE44 5001 0517 5407 3249 31}}.

Mit freundlichen Grüßen
{{PERSON|Hans-Jürgen Brenner}}
Tel. {{PHONE|069 / 4471 2290}}

> Von: Lichthaus Kinos <{{EMAIL|service@lichthaus-kinos.example}}>
> Ihre Buchung wurde storniert.`),
  t("sms", `Futterfreund: Hallo {{PERSON|Jannik}}, dein Abo (Katze, Huhn & Lachs) wird am {{neg:date|10.12}}. versendet. Zahlung {{neg:amount|34,90 €}} per Lastschrift. Pausieren: futterfreund.example oder {{PHONE|030 2218 7740}}`),
  t("transcript", `AGENT: Sonnenpacht Service, {{PERSON|Tobias Krüger}}, guten Tag.
ANRUFER: Ja, {{PERSON|Ernst}} hier, {{PERSON|Ernst Sommer}}. Meine Anlage zeigt seit Tagen null Ertrag.
AGENT: Haben Sie Ihre Vertragsnummer?
ANRUFER: {{neg:contract-number|SP-2024-08817}}
AGENT: Danke, Herr {{PERSON|Sommer}}. Der Wechselrichter meldet Störung. Unter welcher Nummer erreicht der Techniker Sie?
ANRUFER: {{PHONE|null eins fünf eins, zwei sieben vier, sechsundfünfzig, achtundvierzig, drei}}
AGENT: Also {{PHONE|01512 7456483}}. Gut.`),
  t("ticket", `Fahrschule Kurvenglück – Anmeldung
Name: {{PERSON|Demir, Elif}}
Geburtsdatum: {{neg:date|03.07.2008}}
Führerscheinklasse: B197
Handy: {{PHONE|+49 157 3922 6614}}
E-Mail: {{EMAIL|elif.demir08@postfach.example}}
Grundbetrag: {{neg:amount|450,00 €}}
IBAN für Lastschrift: {{IBAN|DE56 1203 0000 1029 3847 56}}`),
  t("note", `Ladenetz Nord Hotline: Kd. {{PERSON|Wojciech Lewandowski}}, Ladekarte gesperrt nach 3 Fehlversuchen an Säule {{neg:charger-id|LNN-HH-0421}}. Karte entsperrt, Ladevorgang {{neg:amount|18,36 €}} gutgeschrieben. App-Version {{neg:version|4.2.0}}. Tel. {{PHONE|0160 9438 2271}}.`),
  t("chat", `Stadtbibliothek Bremen – Chat
Du: hallo, kann ich meinen Ausweis online verlängern?
{{PERSON|Frieda}} (Bibliothek): Ja! Ihre Ausweisnummer bitte.
Du: {{neg:member-number|0040 1178 2293}}
{{PERSON|Frieda}} (Bibliothek): Verlängert bis {{neg:date|31.12.2027}}. Die Jahresgebühr von {{neg:amount|20 €}} buchen wir ab.`),
  t("email", `Von: {{PERSON|Aylin Kaya}} <{{EMAIL|a.kaya@werkraum.example}}>
An: Werkraum Coworking
Betreff: Rechnung November

Hallo {{PERSON|Jonas}},

auf der Rechnung {{neg:invoice-number|WR-2026-1187}} steht der Fixdesk doppelt. Kannst du das korrigieren? Mein VPN zeigte übrigens die Adresse {{IP_ADDRESS|2001:db8:4a1:20::17}}, falls das fürs WLAN-Problem hilft.

Danke und Gruß
{{PERSON|Aylin}}
{{PHONE|0221 9932 4410}}`),
  t("transcript", `mitarbeiter sterbegeldkasse ruhewald mein name ist {{PERSON|brigitte lang}} was kann ich für sie tun
anrufer ja guten tag mein vater ist verstorben {{PERSON|horst weber}} die versicherungsnummer ist {{neg:policy-number|RW 4477 1203}}
mitarbeiter mein beileid herr {{PERSON|weber}} wir brauchen die sterbeurkunde und ihre bankverbindung
anrufer meine handynummer ist {{PHONE|null eins sieben zwei, vier vier, dreiundachtzig, einundzwanzig, null sechs}}`),
  t("sms", `Radhaus Werkstatt: Ihr Rad (Auftrag {{neg:order-number|RH-30918}}) ist fertig. Kosten {{neg:amount|86,50 €}}. Abholung Mo–Sa bis {{neg:time|18 Uhr}}. Rückfragen: {{PHONE|0711 6648 2031}}`),
  t("ticket", `KUNDENSTAMM Radhaus
Kunde: {{PERSON|Schröder, Malte}}
Tel: {{PHONE|0172 5518830}}
PLZ: {{neg:postcode|70176}}
Kundennummer: {{neg:customer-number|K-004471}}
Zahlung: Karte {{neg:masked-card|**** 1190}}
Notiz: Rahmen-Nr. {{neg:serial-number|WBK 2207 99413}}`),
]
