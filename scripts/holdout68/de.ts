// de-DE and de-AT texts, written one by one: Lounge-Schalter, Crowdfunding, Tierversicherung, Sprachschule, Solaranlagen,
// Pfandleihhaus, Ticketbörse, Weinclub, Hausverwaltung.
import { mk } from "./mk.ts"

const de = mk("de-DE")
const at = mk("de-AT")

export const DE_DE = [
  de("chat", `Sonnenfeld Solartechnik – Chat
Kunde: Hallo, der Wechselrichter zeigt seit Montag Fehler E-204
{{PERSON|Katrin}} (Sonnenfeld): Guten Tag! Welche Firmware steht im Menü?
Kunde: {{neg:version|2.11.4}}
{{PERSON|Katrin}} (Sonnenfeld): Danke. Bitte nennen Sie mir noch die IP-Adresse aus dem Display.
Kunde: {{IP_ADDRESS|192.168.178.44}} 😕
{{PERSON|Katrin}} (Sonnenfeld): Ich schicke Ihnen Herrn {{PERSON|Yilmaz}} vorbei, Auftrag {{neg:order-number|SF-2026-4471}}.`),
  de("note", `Pfotenschutz Tierversicherung – Rückruf: Frau {{PERSON|Annegret Hoffmann}} wegen Hüft-OP ihres Hundes, Rechnung {{neg:amount|1.874,30 €}}. Schaden-Nr. {{neg:claim-number|PS-88120-D}}. Erstattung auf {{IBAN|DE97 5001 0517 2841 0966 33}}. Tel. {{PHONE|0221 4482 9107}}, ab {{neg:time|17 Uhr}}.`),
  de("email", `Von: {{PERSON|Jonas Becker}} <{{EMAIL|jonas.becker@example.net}}>
Betreff: Kursbuchung Deutsch B2 → Spanisch A1

Hallo Sprachschule Wortwerk,
ich möchte meinen Kurs ab {{neg:date|12. Januar}} tauschen. Teilnehmernummer {{neg:student-number|WW-24-1187}}. Die Gebühr von {{neg:amount|420 €}} ist bezahlt.
Bitte rufen Sie mich an: {{PHONE|0176 88431209}}.
Viele Grüße
{{PERSON|Jonas Becker}}`),
  de("summary", `Gesprächsnotiz Ticketbörse Platzwechsel: Anrufer {{PERSON|Mehmet Aydın}} hat 2 Karten für das Konzert am {{neg:date|28.02.2027}} verkauft, Auszahlung {{neg:amount|186,00 €}} fehlt. Alte IBAN mit Zahlendreher: {{neg:iban-checksum|DE12 5001 0517 2841 0966 33}}. Richtig: {{IBAN|DE57 3705 0299 1108 8442 17}}. Rückruf {{PHONE|030 5520 8814}}.`),
  de("transcript", `AGENT: Weinkontor Rebfreunde, {{PERSON|Sabine Krause}}, guten Tag.
ANRUFER: Ja hallo, {{PERSON|Friedhelm Baumann}}, ich wollte mein Abo kündigen.
AGENT: Schade! Ihre Kundennummer?
ANRUFER: {{neg:customer-number|RF 4471 902}}
AGENT: Danke. Und für die Bestätigung Ihre Telefonnummer?
ANRUFER: {{PHONE|null acht neun, zwei eins acht null, vier vier eins eins}}
AGENT: Also {{PHONE|null acht neun, zwei eins acht null, vier vier eins eins}}. Die letzte Lieferung kommt am {{neg:date|15. Dezember}}.`),
  de("ticket", `Hausverwaltung Elbblick – Störungsmeldung {{neg:ticket-number|HV-10932}}
Mieterin: {{PERSON|Dragana Petrović}}
Wohnung: Rothenbaumchaussee 112, {{neg:postcode|20148}} Hamburg
Telefon: {{PHONE|040 4130 8872}}
Mail: {{EMAIL|d.petrovic@example.org}}
Heizung ausgefallen seit dem {{neg:date|3.12}}, Kinder im Haushalt`),
  de("chat", `Pfandhaus Goldwaage – WhatsApp
{{PERSON|Lukas}}: Hallo, kann ich die Uhr am Samstag auslösen? Pfandschein {{neg:reference|PW 0071 44}}
Pfandhaus: Ja, Samstag bis {{neg:time|13:00}}. Betrag inkl. Gebühr {{neg:amount|312,40 €}}.
{{PERSON|Lukas}}: super 👍 mein Bruder {{PERSON|Tobias Engel}} holt sie ab, Nummer {{PHONE|+49 152 0934 7718}}`),
]

export const DE_AT = [
  at("chat", `Lounge-Desk Flughafen Wien – Chat
Gast: Servus, ich hab meine Lounge-Karte verloren 😬
{{PERSON|Florian}} (Lounge): Grüß Gott! Auf welchen Namen läuft sie?
Gast: {{PERSON|Theresa Pichler}}, Mitgliedsnummer {{neg:member-number|AL 2209 5518}}
{{PERSON|Florian}} (Lounge): Danke, Frau {{PERSON|Pichler}}. Neue Karte kostet {{neg:amount|15 €}}, geht an {{neg:postcode|1070}} Wien?`),
  at("note", `Hausverwaltung Donaublick: Mieter {{PERSON|Stefan Gruber}} meldet Wasserschaden Top 14. Installateur {{PERSON|Ivan Horvat}}, {{PHONE|0664 3418 220}}. Termin {{neg:date|9.12.2026}} {{neg:time|8:00}}. Mieter erreichbar {{PHONE|01 5871 234}}.`),
  at("email", `Betreff: Rückerstattung Crowdfunding-Projekt „Alpenschuh“

Sehr geehrte Damen und Herren,
das Projekt wurde am {{neg:date|30. November}} abgebrochen. Bitte überweisen Sie meine {{neg:amount|89 Euro}} auf {{IBAN|AT81 2011 1842 7509 1633}}.
Mit freundlichen Grüßen
{{PERSON|Magdalena Wimmer}}
{{PHONE|+43 676 4410 928}}`),
  at("summary", `Gesprächszusammenfassung Tierversicherung Pfotenschutz AT: Kundin {{PERSON|Elif Demir}} fragt nach Deckung für Katze, Polizze {{neg:policy-number|PAT-331982}}. Beitrag {{neg:amount|24,90 €}} monatlich. Rückruf unter {{PHONE|0316 873 4410}}, E-Mail {{EMAIL|elif.demir@example.com}}.`),
]
