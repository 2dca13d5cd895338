// de-AT and de-CH texts, part 2: written one by one.
import { mk } from "./markup.ts"

const at = mk("de-AT")
const ch = mk("de-CH")

export const DE_AT_2 = [
  at("ticket", `Störung {{neg:ticket-number|SB-4410}} – Streaming-Box
Kunde: {{PERSON|Weninger, Roswitha}}
Problem: Box verbindet sich nicht mehr nach Update auf {{neg:version|5.0.3}}
Router-IP {{IP_ADDRESS|192.168.1.1}}, Box {{IP_ADDRESS|192.168.1.37}}, IPv6 {{IP_ADDRESS|fe80::a4c1:38ff:fe20:7b11}}
Rückruf: {{PHONE|0664 9021 377}} – Kundin ist nur {{neg:name-word|kurz}} vor Mittag erreichbar.
Techniker: {{PERSON|Gerhard}}`),
  at("email", `Betreff: AW: Ihre Spende an Kinderlachen Österreich

Liebe Frau {{PERSON|Sommerauer}},

herzlichen Dank für Ihre Spende von {{neg:amount|€ 150,00}}! Die Spendenbestätigung wird automatisch an das Finanzamt übermittelt. Bitte prüfen Sie, ob Ihr Geburtsdatum ({{neg:date|03.11.1961}}) stimmt.

Bei Fragen: {{EMAIL|spenderservice@kinderlachen.example}} oder {{PHONE|+43 1 405 22 18}}.

Herzliche Grüße
{{PERSON|Ulrike Hanzl}}`),
  at("transcript", `[00:00:01] agent: autoverleih alpenflitzer grüß gott {{PERSON|stefan}}
[00:00:03] anrufer: ja servus {{PERSON|thomas lechner}} ich hab einen wagen für morgen reserviert und brauch einen kindersitz
[00:00:08] agent: kein problem das kostet {{neg:amount|9 Euro}} pro tag ihre nummer für die bestätigung
[00:00:12] anrufer: {{PHONE|null sechs neun neun, eins acht acht, vier sieben drei, zwei null}}`),
]

export const DE_CH_2 = [
  ch("note", `Helpdesk Uni Bern: Bewerberin {{PERSON|Seraina Caflisch}} kann Dokumente nicht hochladen. Fehler bei IP {{IP_ADDRESS|198.51.100.77}}, Browser-Version {{neg:version|118.0.2}}. Mail an {{EMAIL|seraina.caflisch@hispeed.example}} mit Workaround. Rückruf {{PHONE|079 338 21 64}} nur {{neg:name-word|kurz}}, sie ist im Praktikum.`),
  ch("email", `Betreff: Kündigung Streaming-Abo

Guten Tag

Ich möchte mein Abo per {{neg:date|31. Dezember}} kündigen. Kundennummer {{neg:customer-number|SH-2204418}}. Die Zahlungen liefen über {{IBAN|CH18 0900 0008 7122 0410 5}}.

Bitte bestätigen Sie an {{EMAIL|r.vogt@gmx.example}}.

Freundliche Grüsse
{{PERSON|Rahel Vogt}}`),
  ch("transcript", `AGENT: Paketdienst Gotthard, {{PERSON|Claudia}}, grüezi.
KUNDE: Grüezi, {{PERSON|Marcel Studer}}. Mein Paket ist seit einer Woche unterwegs.
AGENT: Sendungsnummer?
KUNDE: {{neg:tracking-number|99.00.204418.33017}}.
AGENT: Es liegt in der Filiale Olten. Wir schicken Ihnen eine SMS an {{PHONE|null sieben neun, vier vier null, zwölf, achtundsechzig}}, stimmt das?
KUNDE: Ja, {{PHONE|079 440 12 68}}.`),
]
