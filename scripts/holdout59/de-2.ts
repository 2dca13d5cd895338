// de-DE texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_2 = [
  t("chat", `14:05 Besucher: guten tag, ich komme nicht ins WLAN, router zeigt rote LED
14:06 {{PERSON|Svenja}} | FunkNetz Technik: Hallo! Können Sie bitte {{IP_ADDRESS|192.168.2.1}} im Browser öffnen? Was steht bei „Internet-Adresse"?
14:08 Besucher: {{IP_ADDRESS|203.0.113.88}} und darunter IPv6 {{IP_ADDRESS|2001:db8:85a3::8a2e:370:7334}}
14:09 {{PERSON|Svenja}} | FunkNetz Technik: Verbindung steht also. Dann liegt es am WLAN-Modul, Firmware {{neg:version|1.08.3}} ist veraltet. Ich schicke Ihnen eine Anleitung.
14:10 Besucher: danke! ich bin übrigens {{PERSON|Ralf Hinrichs}}, falls das wichtig ist`),
  t("note", `Rückruf an Fr. {{PERSON|Lena Langer}} (Name im CRM falsch geschrieben, korrigiert). Tel. {{PHONE|089 21096547}}. Wartezeit war ihr zu {{neg:name-word|lange}}, Beschwerde aufgenommen, Gutschrift {{neg:amount|10 €}}.`),
  t("email", `Sehr geehrte Frau {{PERSON|Okafor-Schmidt}},

Ihre Rückbuchung über {{neg:amount|318,40 €}} vom {{neg:date|2. März}} haben wir erhalten. Damit wir die Lastschrift künftig korrekt einziehen können, bestätigen Sie bitte Ihre neue Bankverbindung. Sie hatten uns {{neg:iban-checksum|DE45 5001 0517 5407 3249 31}} genannt – diese IBAN ist leider ungültig (Prüfziffer).

Mit freundlichen Grüßen
{{PERSON|Jörg Wiesner}}
Stadtwerke Nordheim · Kundenservice
Telefon {{PHONE|0800 3301000}} (kostenfrei)`),
  t("email", `Hallo,

ich möchte mein Konto bei euch kündigen. Mein Name ist {{PERSON|Niklas Sommerfeld}}, Kundennummer {{neg:customer-number|SV-2201774}}. Das Abo läuft noch bis {{neg:date|30.09.2026}}.

Bitte überweist das Restguthaben auf mein österreichisches Konto:
{{IBAN|AT61 1904 3002 3457 3201}}

Danke und Gruß aus dem {{neg:name-word|Winter}} in Tirol
{{PERSON|Niklas}}
{{PHONE|+43 664 1234567}}`),
  t("transcript", `Agent: PaketBlitz Kundenservice, {{PERSON|Aylin}} am Apparat.
Kundin: Ja, guten Tag, hier ist {{PERSON|Brigitte Hollmann}}. Ich warte seit einer Woche auf ein Paket.
Agent: Haben Sie die Sendungsnummer?
Kundin: {{neg:tracking-number|PB 0042 9917 4408}}.
Agent: Danke. Ich sehe, es wurde an die Nachbarin, Frau {{PERSON|Kaya}}, zugestellt.
Kundin: Ach so! Und kann der Fahrer das nächste Mal anrufen? {{PHONE|Null drei null, fünf sechs, sieben acht, neun eins, zwei drei}}.
Agent: Ich notiere null drei null, fünfundsechzig... Entschuldigung, {{PHONE|null drei null fünf sechs sieben acht neun eins zwei drei}}.`),
  t("transcript", `agent: elbtal versicherung schadenservice {{PERSON|markus}} hallo
kunde: ja hallo {{PERSON|friedrich}} hier {{PERSON|friedrich ahrens}} ich hatte einen wildunfall
kunde: reh auf der B27 heute morgen um {{neg:time|6:40}}
agent: oh je sind sie verletzt
kunde: nein nur die motorhaube
agent: gut dann brauche ich ihre versicherungsnummer
kunde: {{neg:policy-number|EV-KFZ-5531208}}
agent: und ihre handynummer für den gutachter
kunde: {{PHONE|null eins fünf zwei, vierundfünfzig, dreiundzwanzig, achtzehn, sieben sieben}}`),
  t("summary", `Anruf {{neg:date|05.11}}. {{neg:time|10:14}} – Kunde {{PERSON|Anton Weißhaupt}}
- wollte Flug LH-Partner {{neg:flight-number|SW 1408}} umbuchen
- neues Datum {{neg:date|12.11.2026}}, Gebühr {{neg:amount|60 €}}
- Karte {{CARD|5168 4412 0093 7723}} belastet (Kunde hat Nummer vorgelesen)
- Bestätigung an {{EMAIL|a.weisshaupt@example.com}}`),
  t("summary", `Kundin {{PERSON|Marija Kovačević}} ruft für ihre Mutter {{PERSON|Zora Kovačević}} an (Vollmacht liegt vor). Stromzähler wurde ohne Ankündigung gewechselt, neue Zählernummer {{neg:meter-number|1EMH 0071 8826}}. Alles ok, nur Info gewünscht. Rückruf an Tochter: {{PHONE|0176 40218856}}.`),
  t("form", `Vorname: {{PERSON|Ernst-August}}
Nachname: {{PERSON|von Bredow}}
Tel. privat: {{PHONE|030 / 8813 4420}}
Tel. dienstl.: {{PHONE|030 2546-1170}}
E-Mail: {{EMAIL|eavonbredow@example.com}}
Karte: {{neg:masked-card|XXXX-XXXX-XXXX-0418}}
Gültig bis: {{neg:card-expiry|08/27}}`),
  t("form", `| Feld | Wert |
| Name | {{PERSON|Sophie Klein}} |
| Telefon | {{PHONE|0221-4718832}} |
| Zahnarzt | Dr. {{PERSON|Yilmaz}} |
| Termin | Mo, {{neg:date|7.9}}. {{neg:time|15:00}} |
| Kasse | AOK, Vers.-Nr. {{neg:policy-number|A123456789}} |`),
  t("chat", `{{PERSON|Frank}}: hallo, ich will meine rufnummer mitnehmen zu euch
FunkNetz: Hallo {{PERSON|Frank}}! Gern. Die Nummer und der bisherige Anbieter?
{{PERSON|Frank}}: {{PHONE|0170 5523341}}, bisher bei einem anderen netz
FunkNetz: Danke. Portierung zum {{neg:date|01.12}}. möglich. Bitte noch Ihr Geburtsdatum.
{{PERSON|Frank}}: {{neg:date|23.04.1975}}`),
  t("note", `Kd {{PERSON|Yusuf Arslan}} meldet Abbuchung {{neg:amount|249,99 €}} die er nicht kennt. Karte gesperrt. Hat bei Sperrung zuerst {{neg:luhn-invalid|4916 2280 7713 5540}} genannt (Zahlendreher), richtig ist {{CARD|4916 2280 7731 5549}}. Neue Karte bestellt. Erreichbar {{PHONE|0157-38812094}}.`),
]
