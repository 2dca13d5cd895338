// de-DE texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_DE = [
  t("chat", `Rheinhafen Versicherung – Schadenmeldung
[08:47] Sie: Guten Morgen, bei uns ist heute Nacht die Waschmaschine ausgelaufen, Parkett im Flur ist hin
[08:48] {{PERSON|Jana}} (Schadenservice): Guten Morgen! Das tut mir leid. Wie lautet Ihre Versicherungsnummer und Ihr Name?
[08:49] Sie: {{neg:policy-number|HR-4471-22903}}, {{PERSON|Murat Yılmaz}}
[08:50] {{PERSON|Jana}} (Schadenservice): Danke, Herr {{PERSON|Yılmaz}}. Ihre Schadennummer ist {{neg:claim-number|S-2026-0884127}}. Ein Gutachter meldet sich. Unter welcher Nummer?
[08:50] Sie: {{PHONE|0176 22418830}}`),
  t("note", `Leitungswasserschaden, VN {{PERSON|Katarzyna Nowicka}}, Köln-Ehrenfeld {{neg:postcode|50823}}. Trocknungsfirma beauftragt für {{neg:date|10.12}}. ab {{neg:time|8 Uhr}}. SB {{neg:amount|300 €}}. Vermieter Hr. {{PERSON|Brandt}} informiert, Tel. {{PHONE|0221 5540 7712}}. Rückruf VN: {{PHONE|0157 3390 2216}}.`),
  t("email", `Betreff: Sondertilgung Darlehen {{neg:loan-number|BD-7720 4419 03}}

Sehr geehrte Damen und Herren,

ich möchte zum {{neg:date|30. Dezember}} eine Sondertilgung in Höhe von {{neg:amount|10.000,00 €}} leisten. Bitte teilen Sie mir mit, auf welches Konto ich überweisen soll. Die Abbuchung kann auch von meinem Konto {{IBAN|DE44 5001 0517 5407 3249 31}} erfolgen.

Mit freundlichen Grüßen
{{PERSON|Dimitrios Georgiou}}
Tel.: {{PHONE|069 / 2384 1170}}`),
  t("transcript", `AGENT: Nordlicht Baufinanzierung, Sie sprechen mit {{PERSON|Sandra Kühn}}, was kann ich für Sie tun?
ANRUFER: Ja, hallo, {{PERSON|Lehmann}} hier, {{PERSON|Jörg Lehmann}}. Es geht um die Zinsbindung, die läuft im {{neg:name-word|Mai}} aus.
AGENT: Da helfe ich gern. Nennen Sie mir bitte Ihre Darlehensnummer?
ANRUFER: {{neg:loan-number|NB 3390 1127}}.
AGENT: Danke, Herr {{PERSON|Lehmann}}. Unter welcher Nummer erreicht Sie unser Berater?
ANRUFER: {{PHONE|null vier null, sechs neun, zwei eins, vier vier, null acht}}.
AGENT: Also {{PHONE|040 69214408}}, richtig?`),
  t("sms", `Funkwelle: Hallo {{PERSON|Svetlana}}, Ihre Rechnung Dezember über {{neg:amount|39,99 €}} ist online. Fragen? {{PHONE|0800 330 2244}} (kostenlos).`),
  t("ticket", `Rechnungsreklamation
Kundennr.: {{neg:customer-number|FW-8830194}}
Name: {{PERSON|Rahimi, Ahmad}}
Rufnummer: {{PHONE|0151 44720913}}
E-Mail: {{EMAIL|a.rahimi@postfach.example}}
Problem: Drittanbieter-Abo {{neg:amount|4,99 €}} seit {{neg:date|03.09.2026}} berechnet, nie bestellt
IP bei Buchung: {{IP_ADDRESS|10.44.17.203}}`),
  t("chat", `Frischkorb Kundenservice
Frischkorb Bot: Hallo! Wie können wir helfen?
Kunde: Bestellung {{neg:order-number|FK-20261203-5518}}, die Milch war sauer und die Eier kaputt
{{PERSON|Leonie}} von Frischkorb: Oh nein, das tut mir leid! Ich erstatte Ihnen {{neg:amount|5,47 €}}. Soll der Fahrer beim nächsten Mal vorher anrufen?
Kunde: ja bitte, {{PHONE|+49 170 8821934}}`),
  t("note", `Frischkorb - Beschwerde Lieferzeit. Kd. {{PERSON|Hildegard Sommerfeld}} (Rentnerin) wartete bis {{neg:time|21:40}}, Fenster war {{neg:time|18:00}}-{{neg:time|20:00}}. Gutschein {{neg:amount|10 €}}. Enkel {{PERSON|Finn}} bestellt für sie, Tel {{PHONE|030 41927730}}.`),
  t("email", `Betreff: Kündigung Kinoklick Abo

Hallo,

hiermit kündige ich mein Abo zum {{neg:date|31.12.2026}}. Kundennummer {{neg:customer-number|KK-22019384}}. Bitte buchen Sie nichts mehr von meiner Kreditkarte {{neg:masked-card|**** 7740}} ab.

Viele Grüße
{{PERSON|Tobias Krüger}}
{{EMAIL|tobias.krueger@mailbox.example}}`),
  t("transcript", `anrufer hallo ich ruf an wegen meiner buchung im hotel elbblick in dresden
agent ja gerne wie ist der name
anrufer {{PERSON|mehmet demir}}
agent und die buchungsnummer
anrufer {{neg:booking-ref|eb 44712}}
agent danke herr {{PERSON|demir}} ich sehe zwei nächte ab dem {{neg:date|19. dezember}}
anrufer genau wir kommen später erst so gegen zehn uhr abends an ist das ok
agent kein problem ich notier das und ihre nummer ist die {{PHONE|null eins sieben drei, fünf fünf, null zwei, neunzehn, vierundachtzig}}
anrufer ja`),
  t("sms", `Autoschutz Plus Pannenhilfe: Ihr Pannenhelfer {{PERSON|Uwe}} ist in ca. 30 Min. bei Ihnen. Auftrag {{neg:reference|AP-7730912}}. Rückfragen: {{PHONE|089 2294 4410}}`),
  t("note", `Panne A9 Rtg. Nürnberg, Parkplatz Fürholzen. Mitglied {{PERSON|Anja Hoffmann-Özkan}}, Kennz. {{neg:plate|M-AH 4471}}, Kupplung defekt. Abschleppen zur Werkstatt Fa. {{neg:name-word|Wolf}} & Söhne. Mitgl.-Nr. {{neg:member-number|AS 448 120 993}}. Handy {{PHONE|0160 91837724}}.`),
  t("ticket", `FUNDBÜRO – Verlustmeldung
Name: {{PERSON|Lea Schröder}}
Linie: S5, Fahrt am {{neg:date|02.12.2026}} gegen {{neg:time|17:20}}
Gegenstand: graue Mütze, Geldbörse mit Ausweis
Telefon: {{PHONE|0711 6630419}}
E-Mail: {{EMAIL|lea.schroeder@post.example}}
PLZ: {{neg:postcode|70180}}`),
  t("email", `Betreff: Ratenzahlung Abschlag Strom, Kundennr. {{neg:customer-number|SW 5520 1884}}

Sehr geehrte Frau {{PERSON|Berisha}},

danke für das Telefonat. Wie besprochen zahle ich die Nachforderung von {{neg:amount|642,80 €}} in sechs Raten. Bitte buchen Sie vom Konto {{IBAN|DE91 2004 1155 0834 2267 11}} ab. (In meinem ersten Schreiben stand versehentlich {{neg:iban-checksum|DE05 2004 1155 0834 2267 11}}.)

Zählernummer: {{neg:meter-number|1ESY1160447712}}

Freundliche Grüße
{{PERSON|Klaus-Dieter Wendt}}
{{PHONE|0341 2259 630}}`),
  t("chat", `Klinikum Am Stadtpark – Ambulanz-Terminvergabe
{{PERSON|Melanie}} (Terminservice): Guten Tag, wie kann ich helfen?
Sie: Ich brauche einen Termin in der Handchirurgie für meine Mutter
{{PERSON|Melanie}} (Terminservice): Gern. Name und Geburtsdatum der Patientin?
Sie: {{PERSON|Ursula Pietsch}}, {{neg:date|14.02.1947}}
{{PERSON|Melanie}} (Terminservice): Danke. Ich hätte den {{neg:date|15. Januar}} um {{neg:time|10:30 Uhr}}. Ich schicke eine SMS an welche Nummer?
Sie: an meine, {{PHONE|0172 5503918}}, {{PERSON|Sabine Pietsch}}`),
  t("sms", `Klinikum Am Stadtpark: Erinnerung an Ihren Termin Kardiologie-Ambulanz am {{neg:date|09.12}}. um {{neg:time|08:15}}. Absage bitte unter {{PHONE|0521 77 44 890}}.`),
]
