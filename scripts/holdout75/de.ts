// German texts (de-DE), written one by one: Sprach-zu-Text-Transkripte, Voicemail-Abschriften, IVR-Protokolle und
// Gesprächszusammenfassungen eines Kundenservice.
import { mk } from "./mk.ts"

const de = mk("de-DE")

export const DE_DE = [
  de("transcript", `[STT · Stadtwerke Auental · Abrechnung]
agent: stadtwerke auental guten tag sie sprechen mit {{PERSON|Jana}}
anrufer: ja hallo äh ich hab eine frage zur jahresabrechnung
agent: wie ist ihr name bitte
anrufer: {{PERSON|Reinhold Baumgärtner}}, {{PERSON|b a u m g ä r t n e r}}
agent: und eine rückrufnummer
anrufer: {{PHONE|null eins fünf eins, zwei sechs sieben vier, drei drei neun null}}
agent: also {{PHONE|null eins fünf eins zwei sechs sieben vier drei drei neun null}}
anrufer: genau, der zählerstand war {{neg:reference|18342}} und sie haben {{neg:amount|412,80 €}} berechnet`),
  de("voicemail", `Voicemail · Hanseatische Sparbank Kartensperre · {{neg:date|29.11.2026}} {{neg:time|23:12}}
„ja hallo hier ist {{PERSON|Kerstin Albrecht}}, mir wurde die kreditkarte geklaut, die nummer ist {{CARD|4487 1209 3365 8205}}, bitte sperren, rufen sie mich an unter {{PHONE|null eins sieben sechs, vierundvierzig achtzehn, zweiundzwanzig null fünf}}, danke"`),
  de("transcript", `SPRECHER_1: hanseatische sparbank kartenservice {{PERSON|Timo}} am apparat
SPRECHER_2: guten abend ich {{neg:name-word|will}} meine karte sperren lassen
SPRECHER_1: wie lautet die kartennummer
SPRECHER_2: {{neg:luhn-invalid|4766 0031 8257 7414}}, nee moment, {{CARD|4766 0031 8257 7411}}
SPRECHER_1: und ihr name
SPRECHER_2: {{PERSON|Dilara Yıldırım}}
SPRECHER_1: die erstattung geht auf ihr konto {{IBAN|DE93 4306 0967 1182 7345 00}}, richtig
SPRECHER_2: ja`),
  de("ivr", `IVR Klinikum Lindenhof Terminvergabe · build {{neg:version|5.6.2}}
ani={{PHONE|+49 30 4407 3382}} src_ip={{IP_ADDRESS|192.168.100.23}}
dtmf_patientennr={{neg:reference|PN 447 1902}}
asr_name="{{PERSON|Hannelore Kießling}}"
asr_termin="{{neg:date|14. Dezember}}" {{neg:time|10:30 Uhr}}
ergebnis=umgebucht`),
  de("summary", `Gesprächszusammenfassung · Autovermietung Rheinland Pannenhilfe
{{PERSON|Maximilian Oberdorf}} meldete eine Panne auf der A3 bei Limburg um {{neg:time|16:20}}. Mietvertrag {{neg:booking-ref|AVR-60214}}. Rückruf {{PHONE|0171 3390724}}, E-Mail {{EMAIL|m.oberdorf@example.com}}. Abschleppwagen bestellt, Kosten {{neg:amount|0 €}}.`),
  de("transcript", `agent: funkwelle mobil rufnummernmitnahme {{PERSON|Svenja}} mein name
anrufer: hallo ich möchte meine nummer mitnehmen
agent: welche nummer ist es denn
anrufer: {{PHONE|null eins sechs zwei, neun acht, vierunddreißig, einundsiebzig, null drei}}
agent: {{PHONE|null eins sechs zwei neun acht drei vier sieben eins null drei}}
anrufer: richtig
agent: und auf welchen namen lief der alte vertrag
anrufer: {{PERSON|Björn Hagedorn}}
agent: die portierung erfolgt am {{neg:date|3. Dezember}} ab {{neg:time|6 Uhr}}`),
  de("voicemail", `Voicemail-Abschrift · Hotel Zur Linde Reservierung
„guten tag, {{PERSON|Ursula Brenninkmeyer}} hier, ich habe die buchung {{neg:booking-ref|ZL 20931}} für den {{neg:date|18. Dezember}}, wir kommen erst gegen {{neg:time|22 Uhr}}, bitte zimmer halten, meine nummer {{PHONE|null acht neun, zwei eins fünf vier, acht acht sieben null}}, danke"`),
  de("transcript", `SPRECHER_1: autovermietung rheinland pannenservice guten morgen
SPRECHER_2: morgen, der wagen springt nicht an
SPRECHER_1: wie ist ihr name
SPRECHER_2: {{PERSON|Emre Kaplan}}
SPRECHER_1: und das kennzeichen
SPRECHER_2: {{neg:plate|K-AV 4471}}
SPRECHER_1: eine telefonnummer bitte
SPRECHER_2: {{PHONE|null zwo zwo eins, neun drei vier sieben, eins eins fünf}}
SPRECHER_1: ein techniker ist in etwa vierzig minuten da`),
  de("summary", `Zusammenfassung (automatisch) · Stadtwerke Auental · Agent {{PERSON|Oliver Tschentscher}}
Kundin {{PERSON|Gisela Marquardt}} hat die Bankverbindung geändert: neu {{IBAN|DE44 5001 0517 5407 3249 31}}. Die zuerst genannte IBAN {{neg:iban-checksum|DE55 5001 0517 5407 3249 31}} war ungültig. Abschlag ab {{neg:date|01.01.2027}}: {{neg:amount|96 Euro}}. Zähler {{neg:meter-number|1ESY1160 4471 22}}. Rückruf {{PHONE|040 3861 2274}}.`),
  de("ivr", `2026-12-01 07:45:12 funkwelle-port ivr {{neg:version|4.0.11}}
cli={{PHONE|+49 176 4418 2205}} sip={{IP_ADDRESS|2001:db8:de:7::31}}
asr_name="{{PERSON|Lennart Voß}}"
asr_kundennr="{{neg:customer-number|FW 330 1847}}"
status=port_angefragt`),
  de("transcript", `agent: klinikum lindenhof terminvergabe {{PERSON|Aylin}}
anrufer: ja guten tag, ich rufe für meine mutter an
agent: wie heißt die patientin
anrufer: {{PERSON|Edeltraud Fischbach}}
agent: und ihr name
anrufer: {{PERSON|Jörg Fischbach}}, erreichbar unter {{PHONE|null sechs neun, einundsiebzig null vier, dreiunddreißig sechsundachtzig}}
agent: der termin wäre am {{neg:date|Montag, 7. Dezember}} um {{neg:time|9:15 Uhr}}, raum {{neg:room-number|B 214}}`),
  de("voicemail", `Voicemail · Hanseatische Sparbank · {{neg:time|05:40}}
„hallo, hier {{PERSON|Malte Ehlers}}, meine ec-karte ist weg, die endet auf {{neg:masked-card|**** 8813}}, ich bin erreichbar unter {{PHONE|null eins fünf zwei, drei drei null eins, vier vier sieben acht}}, oder per mail {{EMAIL|malte.ehlers@example.net}}, danke"`),
  de("summary", `Gesprächsnotiz · Hotel Zur Linde
Gast {{PERSON|Friederike von Arnim}} storniert Zimmer {{neg:room-number|12}} für den {{neg:date|24.12.2026}}. Anzahlung {{neg:amount|150 €}} wird zurückgebucht auf {{IBAN|AT61 1904 3002 3457 3201}}. Kontakt {{EMAIL|f.vonarnim@example.org}}. Das ist {{neg:name-word|frank}} gesagt ihr zweiter Storno dieses Jahr.`),
  de("transcript", `SPRECHER_1: funkwelle mobil {{PERSON|Dennis}} guten tag
SPRECHER_2: ja ich hab eine mail bekommen die portierung sei gescheitert
SPRECHER_1: wie ist ihre e-mail adresse
SPRECHER_2: {{EMAIL|h.kuehn@example.com}}
SPRECHER_1: und ihr name
SPRECHER_2: {{PERSON|Helga Kühn}}
SPRECHER_1: es lag am geburtsdatum, der alte anbieter hat {{neg:date|12.03.1971}}
SPRECHER_2: das stimmt aber
SPRECHER_1: dann reiche ich neu ein, vorgang {{neg:case-number|FM-55102}}`),
  de("ivr", `ivr_trace stadtwerke-auental {{neg:version|2.2.5}} ani {{PHONE|0341 9862 4410}} ip {{IP_ADDRESS|10.18.3.77}}
menue 1 > zaehlerstand > {{neg:reference|07718}}
menue 2 > asr_name "{{PERSON|Wolfgang Pietsch}}"
plz "{{neg:postcode|04109}}"
ende {{neg:time|18:02}}`),
]
