// de-DE texts: written one by one (Scheibenschäden, Kreditkarten-Reklamationen, Kostenübernahme der Krankenversicherung,
// Wasserrohrbrüche, Anwohnerparken, Stadion-Ticketcenter, Bahn-Abo, Lernplattform).
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_DE = [
  t("chat", `Scheibenklar Glasschaden-Service – Chat
[09:12] Sie: Steinschlag auf der A7, jetzt ist ein Riss in der Frontscheibe 😕
[09:13] {{PERSON|Jannik}} (Schadenservice): Das tut mir leid! Wie lang ist der Riss ungefähr?
[09:13] Sie: ca. 15 cm, direkt im Sichtfeld
[09:14] {{PERSON|Jannik}} (Schadenservice): Dann tauschen wir die Scheibe. Ihre Versicherung und Kennzeichen bitte.
[09:15] Sie: Elbtal Versicherung, {{neg:plate|HH-KL 4471}}, Vertrag {{neg:policy-number|EV-22 8810 93}}
[09:16] {{PERSON|Jannik}} (Schadenservice): Termin am {{neg:date|10.12.2026}} um {{neg:time|8:30 Uhr}}. Selbstbeteiligung {{neg:amount|150 €}}. Rückfragen: {{PHONE|040 3345 8812}}.`),
  t("email", `Von: {{PERSON|Margarete Vogelsang}} <{{EMAIL|m.vogelsang@example.de.example.com}}>
An: {{EMAIL|reklamation@nordkarte.example}}
Betreff: Widerspruch Kartenumsatz vom {{neg:date|27.11}}.

Sehr geehrte Damen und Herren,

auf meiner Abrechnung steht ein Umsatz über {{neg:amount|389,90 €}} bei einem Onlineshop, den ich nicht kenne. Meine Kartennummer lautet {{CARD|5499 1104 0073 8260}}. Bitte erstatten Sie den Betrag auf mein Girokonto {{IBAN|DE68 5007 0010 0488 2169 30}}.

Für Rückfragen erreichen Sie mich unter {{PHONE|0221 9438 1120}}.

Mit freundlichen Grüßen
{{PERSON|Margarete Vogelsang}}`),
  t("transcript", `AGENT: Alpina Krankenversicherung, Leistungsabteilung, mein Name ist {{PERSON|Schröder}}.
ANRUFERIN: Guten Tag, {{PERSON|Aylin Demir}} hier. Ich brauche eine Kostenübernahme für eine Reha nach der Knie-OP.
AGENT: Ihre Versichertennummer, bitte?
ANRUFERIN: {{neg:member-number|AK 4410 2293 7}}.
AGENT: Danke. Der Antrag liegt vor, es fehlt noch der Arztbericht. Können Sie den an {{EMAIL|leistung@alpina-kv.example}} schicken?
ANRUFERIN: Ja. Und rufen Sie mich bitte zurück, {{PHONE|null eins fünf eins, zweiundzwanzig vierundsiebzig, neunzig dreiundachtzig}}.
AGENT: Also {{PHONE|0151 2274 9083}}, notiert.`),
  t("note", `Rohrbruch gemeldet {{neg:time|06:40}}: Kd. Herr {{PERSON|Wolfgang Pietsch}}, Wasser tritt im Keller aus, Hauptleitung. Bereitschaft informiert ({{PERSON|Kowalski}}). Tel. Kd. {{PHONE|0561 / 70 22 418}}. Zählernr. {{neg:meter-number|SWK 0044 1872}}. PLZ {{neg:postcode|34117}}.`),
  t("sms", `Stadtwasser Kassel: Wegen eines Rohrbruchs in der Wilhelmshöher Allee ist die Versorgung heute bis ca. {{neg:time|14 Uhr}} unterbrochen. Infos: {{PHONE|0800 330 4477}}`),
  t("ticket", `Bürgerbüro Leipzig – Antrag Bewohnerparkausweis
Name: {{PERSON|Nguyen, Thi Lan}}
Kennzeichen: {{neg:plate|L-TN 2207}}
Zone: C-Süd
Gebühr: {{neg:amount|30,70 €}}
Telefon: {{PHONE|0341 / 225 81 94}}
E-Mail: {{EMAIL|thilan.nguyen@example.net}}
Eingang: {{neg:date|03.12.2026}}`),
  t("chat", `Ticketcenter Arena am Fluss
Besucher: hallo, ich hab 2 Karten für Samstag, kann ich die auf meinen Bruder übertragen?
{{PERSON|Svenja}} – Ticketcenter: Klar! Über die App unter „Weitergeben". Wie heißt Ihr Bruder?
Besucher: {{PERSON|Malte Brinkmann}}, {{EMAIL|malte.brinkmann@example.org}}
{{PERSON|Svenja}} – Ticketcenter: Erledigt, er bekommt eine Mail. Bestellnummer {{neg:order-number|AAF-220918}} bleibt gleich.`),
  t("transcript", `agent: hansebahn abo-service sie sprechen mit {{PERSON|dennis}}
anrufer: ja hallo ich möchte mein jahresabo kündigen ich zieh nach münchen
agent: das geht zum monatsende was ist ihre abo nummer
anrufer: {{neg:contract-number|HB 7730 1194}}
agent: und ihr name
anrufer: {{PERSON|friederike sommerfeld}}
agent: danke frau {{PERSON|sommerfeld}} die rückerstattung geht auf das konto mit der iban endend auf null acht`),
  t("ticket", `Lernwerk Online – Support-Ticket {{neg:ticket-number|LW-DE-44871}}
Nutzer: {{PERSON|Konstantin Wagner}}
E-Mail: {{EMAIL|k.wagner@example.com}}
Problem: Zertifikat wird nicht generiert
App-Version: {{neg:version|3.8.1}}
IP: {{IP_ADDRESS|fd4e:91::8}}
Rückruf: {{PHONE|+49 30 2841 7750}}`),
  t("email", `Betreff: Abbuchung Dispute – falsche IBAN

Hallo Frau {{PERSON|Okafor}},

die Gutschrift konnte nicht gebucht werden, weil die IBAN {{neg:iban-checksum|DE75 5007 0010 0488 2169 30}} ungültig ist. Bitte prüfen Sie Ihre Angaben. Alternativ können wir auf Ihr zweites Konto {{IBAN|DE06 3704 0044 0532 2077 18}} überweisen.

Viele Grüße
{{PERSON|Tobias Hahn}}
Nordkarte Kundenservice, {{PHONE|069 4411 2803}}`),
]
