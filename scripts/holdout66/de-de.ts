// de-DE texts: written one by one (Baufinanzierung, Glasfaser-Anschluss, Gepäckermittlung, Hotel-Bonusprogramm,
// Autoleasing, Krankenversicherung, Studierendenverwaltung, Versandapotheke, Umzug, Roaming, Stromwechsel, Retouren,
// Fitnessstudio-Pausen, Leihräder).
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_DE = [
  t("chat", `Elbtal Hypothekenbank – Chat
[09:12] Sie: Guten Tag, ich möchte eine Sondertilgung machen, {{neg:amount|10.000 €}}
[09:13] {{PERSON|Jannik}} (Baufinanzierung): Gerne! Bitte überweisen Sie auf Ihr Darlehenskonto {{neg:account-number|DA-7700418219}} mit Verwendungszweck „Sondertilgung“.
[09:14] Sie: Von meinem Konto {{IBAN|DE38 7002 0270 0015 8237 46}} geht das?
[09:14] {{PERSON|Jannik}} (Baufinanzierung): Ja, das passt. Bei Fragen: {{PHONE|040 3822 1790}}.`),
  t("email", `Von: {{PERSON|Hannelore Brückner}} <{{EMAIL|h.brueckner@example.org}}>
An: {{EMAIL|anschluss@glasnetz.example}}
Betreff: Glasfaser – Termin geplatzt

Sehr geehrte Damen und Herren,

der Techniker ist am {{neg:date|3. Dezember}} nicht erschienen, obwohl ich mir freigenommen hatte. Auftragsnummer {{neg:order-number|GN-2026-448103}}. Bitte rufen Sie mich unter {{PHONE|0351 8827 4410}} oder mobil {{PHONE|0172 448 91 03}} an.

Mit freundlichen Grüßen
{{PERSON|Hannelore Brückner}}`),
  t("transcript", `AGENT: GlasNetz Installationsservice, {{PERSON|Merve Yıldız}}, guten Morgen.
ANRUFER: Ja, {{PERSON|Kowalczyk}} hier. Der Router zeigt nur rotes Licht.
AGENT: Unter welcher Nummer erreichen wir Sie, falls die Leitung abbricht?
ANRUFER: {{PHONE|Null eins sieben sechs, dreiundzwanzig, achtundvierzig, einundneunzig, zwölf}}.
AGENT: Also {{PHONE|null eins sieben sechs, dreiundzwanzig, achtundvierzig, einundneunzig, zwölf}}. Danke, Herr {{PERSON|Kowalczyk}}.`),
  t("ticket", `Gepäckermittlung – Himmelsfalke Air
Vorgang: {{neg:reference|FRAHF30918}}
Reisender: {{PERSON|Schneider-Öztürk, Aylin}}
Flug HF 442 Palma–Frankfurt, {{neg:date|28.11.2026}}
Koffer: grau, Hartschale, Anhänger {{neg:tracking-number|HF 220184}}
Zustelladresse: Mainzer Landstraße 112, {{neg:postcode|60327}} Frankfurt
Telefon: {{PHONE|+49 69 2739 4418}}
E-Mail: {{EMAIL|aylin.so@example.com}}`),
  t("sms", `Himmelsfalke Air: Ihr Gepäck wird heute zwischen {{neg:time|14:00}} und {{neg:time|18:00}} zugestellt. Fahrer {{PERSON|Dragan}} erreichen Sie unter {{PHONE|0160 9931 2205}}.`),
  t("note", `Bonusprogramm Hotel Lindenhof-Gruppe: Gast {{PERSON|Friedrich Wolters}} beschwert sich, Punkte aus Aufenthalt in Dresden fehlen ({{neg:date|14.11}}. bis {{neg:date|16.11}}.). Nachgebucht, 3.200 Punkte. Rückruf erbeten unter {{PHONE|0211 / 448 209 17}}.`),
  t("chat", `Autoleasing Kurbelwerk
Besucher: Hallo, mein Leasingvertrag läuft im Februar aus, kann ich den Wagen kaufen?
{{PERSON|Svenja}} | Kurbelwerk: Hallo! Ja, zum kalkulierten Restwert von {{neg:amount|18.450,00 €}}. Vertragsnummer?
Besucher: {{neg:contract-number|KW-LV-302918}}
{{PERSON|Svenja}} | Kurbelwerk: Danke, Frau {{PERSON|Lindemann}}. Ich schicke Ihnen das Angebot an {{EMAIL|k.lindemann@example.net}}.`),
  t("email", `Betreff: Rückgabeprotokoll – Einspruch

Hallo Herr {{PERSON|Albrecht}},

im Rückgabeprotokoll vom {{neg:date|1. Dezember}} wird eine Delle an der Heckklappe mit {{neg:amount|420 €}} berechnet. Die war schon bei Übernahme da, siehe Übergabeprotokoll Seite 2. Kennzeichen {{neg:plate|M-KW 4471}}.

Bitte um Rückmeldung.
{{PERSON|Dariusz Wiśniewski}}
Tel. {{PHONE|089 21 44 87 03}}`),
  t("ticket", `Krankenkasse Rheinbogen – Erstattungsantrag Zahnersatz
Versicherte/r: {{PERSON|Petrović, Jelena}}
Versichertennummer: {{neg:member-number|R448120934}}
Rechnungsbetrag: {{neg:amount|1.284,60 €}}
Erstattung auf: {{IBAN|DE44 5001 0517 5407 3249 31}}
Rückfragen: {{PHONE|0221 9930 4417}}`),
  t("transcript", `agentin: krankenkasse rheinbogen leistungsabteilung mein name ist {{PERSON|sabine}}
anrufer: ja hallo hier ist {{PERSON|konstantin haas}} es geht um die brille meiner tochter
agentin: wie heißt ihre tochter
anrufer: {{PERSON|lea}} {{PERSON|haas}} geboren {{neg:date|12.05.2015}}
agentin: gut die erstattung ist angewiesen sie bekommen {{neg:amount|50 euro}}`),
  t("note", `Studierendensekretariat Uni Hohenweide: {{PERSON|Oleksandr Bondarenko}} (Matrikel {{neg:student-number|MN 3318204}}) Semesterbeitrag {{neg:amount|312,50 €}} doppelt abgebucht. Rückzahlung auf {{IBAN|AT02 2011 1827 1639 0840}} (Konto in Wien). Mail an {{EMAIL|o.bondarenko@stud.example.org}}.`),
  t("sms", `Pillenbote Versandapotheke: Ihre Bestellung {{neg:order-number|PB-882041}} ist unterwegs. Rückfragen zur Einnahme: {{PHONE|0800 774 21 90}} (kostenlos).`),
  t("chat", `Pillenbote – Pharmazeutische Beratung
[20:11] Sie: Ich habe Ibuprofen und Marcumar bestellt, geht das zusammen? 😕
[20:12] Apothekerin Dr. {{PERSON|Ines Vogt}}: Bitte nicht ohne Rücksprache mit Ihrem Arzt, das erhöht das Blutungsrisiko. Ich storniere das Ibuprofen.
[20:13] Sie: Danke! Mein Hausarzt ist Dr. {{PERSON|Ahmadi}}, Praxis {{PHONE|06221 / 47 33 18}}.`),
  t("email", `Von: Umzüge Stadtkrone <{{EMAIL|dispo@stadtkrone-umzuege.example}}>
An: {{EMAIL|fam.b@example.com}}
Betreff: Ihr Umzug am {{neg:date|18.12.2026}}

Guten Tag Frau {{PERSON|Brandt}},

anbei das Angebot über {{neg:amount|2.340 €}} inkl. Halteverbotszone. Unser Teamleiter {{PERSON|Kemal}} meldet sich am Vortag unter {{PHONE|+49 (0)30 5520 8814}}.

Freundliche Grüße
{{PERSON|Uwe Hartmann}}`),
  t("transcript", `AGENT: Funkstern Roaming-Hotline, {{PERSON|Timo}}, was kann ich tun?
ANRUFERIN: Ich bin in der Türkei und habe eine Rechnung über {{neg:amount|380 Euro}}!
AGENT: Auweia. Auf welche Nummer läuft der Vertrag?
ANRUFERIN: {{PHONE|0157 3318 4402}}, auf {{PERSON|Gül Demir}}.
AGENT: Ich sehe es, die Türkei ist Ländergruppe 2. Ich kann ein Tagespaket rückwirkend buchen, dann sind es {{neg:amount|29,90 €}}.
ANRUFERIN: Ja bitte. Und rufen Sie meinen Sohn an, {{PHONE|+90 532 418 22 97}}, falls was ist.`),
  t("ticket", `Stromwechsel – Stadtstrom Havelland
Kunde: {{PERSON|Zimmermann, Reinhold}}
Zählernummer: {{neg:meter-number|1ESY1160442871}}
Lieferbeginn: {{neg:date|01.02.2027}}
Abschlag: {{neg:amount|94 €}}
Bankverbindung: {{IBAN|DE24 1203 0000 1020 8744 55}}
Falsch angegeben zuerst: {{neg:iban-checksum|DE42 1203 0000 1020 8744 55}}
Telefon: {{PHONE|03381 / 21 88 40}}`),
  t("note", `Retoure Marktplatz Kaufhallo: Käufer {{PERSON|Tobias Reuter}} schickt Kaffeemaschine zurück, Verkäufer lehnt ab. Käufer-IP {{IP_ADDRESS|192.168.178.24}} (Router), öffentliche {{IP_ADDRESS|198.51.100.7}}. Erstattung {{neg:amount|189,99 €}} auf Karte {{CARD|4761 7390 0211 4589}}. Tel {{PHONE|0176-88431207}}.`),
  t("sms", `FitWerkstatt: Hallo {{PERSON|Lena}}, deine Mitgliedschaft ruht vom {{neg:date|01.01}}. bis {{neg:date|31.03}}. Fragen? {{PHONE|0711 98 44 210}}`),
  t("ticket", `RadFlott Leihrad – Schadensmeldung
Nutzer: {{PERSON|Finn-Ole Petersen}}
Fahrt-ID: {{neg:reference|RF-4418-2207}}
Rad: {{neg:serial-number|RF 30771}}
App-Version {{neg:version|3.8.1}}
Problem: Bremse hinten defekt, Sturz in der Schanzenstraße
Rückruf: {{PHONE|+49 40 88 21 64 09}} / {{EMAIL|finnole@example.net}}`),
  t("note", `Gesprächsnotiz Baufinanzierung: Kundin {{PERSON|Ursula Ebner}} ruft an, sie hat Kreditkarte {{CARD|5162 8840 9913 6509}} für Bearbeitungsgebühr hinterlegt, bittet um Löschung. Gelöscht. Ehemann {{PERSON|Georg}} erreichbar unter {{PHONE|0043 664 218 3390}} (Österreich).`),
]
