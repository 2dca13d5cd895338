// de-DE texts, written one by one: ein Bestattungshaus, Bußgeldstelle, Park-App, Campingplätze, Heizungswartung,
// Lotto-Annahme, Dentallabor, Schädlingsbekämpfung, Schlüsseldienst.
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_DE = [
  t("asr", `agent: bestattungshaus lindgrün guten tag sie sprechen mit frau {{PERSON|yilmaz}}
anrufer: ja guten tag äh mein vater ist heute nacht verstorben im klinikum
agent: mein herzliches beileid wie ist ihr name bitte
anrufer: {{PERSON|henrik schütte}}
agent: und unter welcher nummer erreiche ich sie
anrufer: {{PHONE|null eins fünf eins, zwei drei acht vier, sieben sieben eins neun}}
agent: also {{PHONE|null eins fünf eins zwei drei acht vier sieben sieben eins neun}} richtig
anrufer: genau`),
  t("legacy", `BUSSGELDSTELLE  VORGANG {{neg:case-number|BG-2026-771904}}          DAT {{neg:date|28.11.2026}}
BETROFFENER   {{PERSON|KRASNIQI, ARBEN}}
KENNZEICHEN   {{neg:plate|K-AK 4471}}
BETRAG        {{neg:amount|70,00 EUR}}   FAELLIG {{neg:date|12.12.2026}}
TELEFON       {{PHONE|0221 3490 2275}}
BEMERKUNG     ANRUF - MOECHTE RATENZAHLUNG, 2 RATEN`),
  t("sms", `ParkFix: dein parkvorgang in zone {{neg:reference|1042}} endet um {{neg:time|18:30}}. verlängern? antworte mit JA. hilfe: {{PHONE|030 2847 1193}}`),
  t("voicemail", `Sprachnachricht von {{PHONE|0049 176 4418 2093}}, 0:38
„Ja hallo, hier ist {{PERSON|Magdalena Brückner}}, wir haben für Pfingsten einen Stellplatz am Seecamp gebucht, Buchung {{neg:booking-ref|SC-33018}}, und wollten fragen ob wir einen Tag früher kommen können, also am {{neg:date|22. Mai}}. Rufen Sie mich gern zurück. Tschüss."`),
  t("ivr", `IVR-LOG lottoservice 2026-12-02 10:41:07
anrufernummer={{PHONE|+498945217730}}
menue=gewinnabfrage eingabe=2
spielschein={{neg:serial-number|LS-7731-0042-8819}}
asr_name="{{PERSON|ernst kowalski}}" konf=0,66
weiterleitung=gewinnauszahlung`),
  t("email", `Von: {{PERSON|Aylin Demirtaş}} <{{EMAIL|a.demirtas@example.org}}>
An: {{EMAIL|auftrag@dentallabor-mittelweg.example}}
Betreff: Auftrag {{neg:order-number|DL-88021}} – Farbe A2 statt A3

Hallo Herr {{PERSON|Wendt}},

die Krone für Patient {{neg:reference|P-4471}} kam in der falschen Farbe. Bitte rufen Sie mich in der Praxis an: {{PHONE|040 3190 2274}}. Rechnung bitte erst nach Korrektur, Konto wie immer {{IBAN|DE44 5001 0517 5407 3249 31}}.

Viele Grüße
{{PERSON|Aylin Demirtaş}}`),
  t("asr", `[00:00:04] Agent: kammerjäger nord grüß gott
[00:00:07] Kunde: ja hallo wir haben wespen im rollladenkasten
[00:00:11] Agent: ok wie ist die adresse
[00:00:13] Kunde: lindenweg zwölf {{neg:postcode|24103}} kiel
[00:00:18] Agent: und ihr name
[00:00:19] Kunde: {{PERSON|jovana petrović}}
[00:00:23] Agent: telefon
[00:00:24] Kunde: {{PHONE|null vier drei eins, fünf sechs, sieben zwei, achtzehn}}`),
  t("note", `Heizungswartung: Kunde {{PERSON|Sommer}} meldet Störung F.75 an Vaillant ecoTEC. Termin am {{neg:date|4.12.2026}} {{neg:time|8 Uhr}}. Rückruf unter {{PHONE|0511 8820 417}}. Hinweis: Hund im Keller.`),
  t("legacy", `SCHLUESSELDIENST AUFTRAG  NR {{neg:order-number|SD-40018}}
KUNDE     {{PERSON|WEISSGERBER, LUTZ}}
ADRESSE   KANTSTR. 9, {{neg:postcode|10623}} BERLIN
TEL       {{PHONE|0157 3920 8814}}
BETRAG    {{neg:amount|189,00 EUR}}  BEZAHLT EC  KARTE {{neg:masked-card|**** 8130}}`),
  t("asr", `sprecher 1: so dann bräuchte ich noch ihre kartennummer
sprecher 2: ja das ist {{CARD|fünf drei neun eins, vier sieben zwei null, acht acht eins sechs, drei neun zwei fünf}}
sprecher 1: danke und gültig bis
sprecher 2: {{neg:card-expiry|11/28}}
sprecher 1: alles klar frau {{PERSON|nakamura}} die zahlung über {{neg:amount|120 euro}} ist durch`),
  t("email", `Betreff: Rückerstattung Parkgebühr

Sehr geehrte Damen und Herren,

am {{neg:date|19.11.2026}} wurde mir die Parkgebühr von {{neg:amount|4,80 €}} doppelt abgebucht. Bitte erstatten Sie den Betrag auf {{IBAN|DE91 1203 0000 1064 8392 75}} (nicht {{neg:iban-checksum|DE92 1203 0000 1064 8392 75}}, da hatte ich mich im Formular vertippt).

Mit freundlichen Grüßen
{{PERSON|Konstantin Lehmann-Ibe}}
Tel. {{PHONE|0171 5520 391}}`),
  t("sms", `hallo hier {{PERSON|ilse}} vom bestattungshaus, die trauerfeier ist am {{neg:date|9. dezember}} um {{neg:time|11 Uhr}}. bei fragen {{PHONE|0351 4402 873}} 🕊️`),
  t("voicemail", `Mailbox-Transkript (Vertrauen: mittel)
Anruf von {{PHONE|0231 5508 227}}
„hallo hier ist {{PERSON|marek nowak}} vom dentallabor ich hab die abdrücke bekommen aber der biss fehlt bitte zurückrufen danke"`),
  t("note", `Lotto-Annahmestelle Kiosk Ost: Gewinner {{PERSON|Gül Arslan}} holt {{neg:amount|850 €}} ab, Ausweis geprüft. E-Mail für Quittung {{EMAIL|gul.arslan@example.com}}. Kassen-PC {{IP_ADDRESS|192.168.178.24}} hing wieder.`),
  t("ivr", `bot: Willkommen bei Heizwerk Service. Nennen Sie Ihre Kundennummer.
sie: {{neg:customer-number|HW 204 918}}
bot: Danke. Spreche ich mit {{PERSON|Friederike Haas}}?
sie: ja
bot: Ihr nächster Wartungstermin ist am {{neg:date|15.01.2027}}. Möchten Sie ihn verschieben?`),
]
