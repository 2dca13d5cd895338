// de-AT texts: written one by one (Kinderwunschklinik, Schulbus, Kino, Fahrschule, E-Ladestationen, Bücherei,
// Bestattungsvorsorge, Fahrradservice, Photovoltaik-Miete).
import { mk } from "./markup.ts"

const t = mk("de-AT")

export const DE_AT = [
  t("chat", `Kinderwunsch Institut Donaupark – Online-Terminservice
[08:30] Patientin: Grüß Gott, ich bräuchte einen Termin für die Punktion-Nachbesprechung
[08:31] {{PERSON|Theresa}} (Empfang): Guten Morgen! Name und SV-Nummer bitte.
[08:31] Patientin: {{PERSON|Mirjana Jovanović}}
[08:32] {{PERSON|Theresa}} (Empfang): Danke. Dienstag {{neg:date|15. Dezember}} um {{neg:time|11:30}} in der Ambulanz?
[08:32] Patientin: ja gerne, meine Nummer ist {{PHONE|0664 3817702}}`),
  t("sms", `KinoWelt Graz: Ihre Reservierung {{neg:booking-ref|KWG 7741 092}} für Sa {{neg:time|19:45}}, Saal 2, Reihe 8. Abholung bis 30 Min. vor Beginn. Infos {{PHONE|0316 71 44 90}}`),
  t("note", `Fahrschule Alpenkurve: Schüler {{PERSON|Florian Gruber}} will L17-Ausbildung beginnen, Begleiter Vater {{PERSON|Johann Gruber}}. Rückruf Mutter {{PHONE|+43 676 5129 338}}, nach {{neg:time|17 Uhr}}. Paketpreis {{neg:amount|€ 1.490}},- erklärt.`),
  t("email", `Betreff: Ladekarte funktioniert nicht

Sehr geehrtes Team von StromTank,

seit dem Update auf Version {{neg:version|3.1.2}} wird meine Ladekarte an der Säule in Wels nicht mehr erkannt. Kundennummer {{neg:customer-number|ST-AT-228104}}.

Bitte um Rückruf unter {{PHONE|07242 / 48 93 11}}.

Freundliche Grüße
Mag. {{PERSON|Ursula Pichler}}
{{EMAIL|u.pichler@mostviertel.example}}`),
  t("transcript", `AGENTIN: StromTank Hotline, {{PERSON|Lena}} am Apparat.
ANRUFER: Servus, {{PERSON|Huber}}, ich steh an der Ladesäule und sie startet nicht.
AGENTIN: Welche Säulennummer steht oben?
ANRUFER: {{neg:charger-id|AT-ST-E4471}}
AGENTIN: Ich starte sie neu. Falls es nicht klappt, unter welcher Nummer?
ANRUFER: {{PHONE|null sechs neun neun, eins null, vierundvierzig, siebenundachtzig, zweiundzwanzig}}
AGENTIN: Danke Herr {{PERSON|Huber}}.`),
  t("ticket", `BÜCHEREIEN WIEN – Anmeldung
Name: {{PERSON|Stojanović, Nikola}}
Adresse: Favoritenstraße 88, {{neg:postcode|1100}} Wien
Tel.: {{PHONE|01 60 44 713}}
E-Mail: {{EMAIL|n.stojanovic@wienpost.example}}
Leserausweis: {{neg:member-number|BW 0031 8827 4}}
Gebühr: {{neg:amount|€ 32,00}}`),
  t("chat", `Sie: Hallo, wann wird mein Fahrrad fertig?
{{PERSON|Mario}} – Radlwerk: Servus! Auftragsnummer?
Sie: {{neg:order-number|RW-7713}}
{{PERSON|Mario}} – Radlwerk: Das Schaltwerk kommt am {{neg:date|9.12.2026}}, dann ist es am nächsten Tag fertig.
Sie: super danke`),
  t("note", `Bestattungsvorsorge Lindenhof: Frau {{PERSON|Hermine Wallner}} ({{neg:date|12.04.1939}}) möchte Vorsorgevertrag {{neg:contract-number|BV-19-00471}} auf Feuerbestattung ändern. Sohn {{PERSON|Gerhard}} kommt mit Vollmacht. Tel. Sohn {{PHONE|0650 219 3380}}. Einmalbetrag {{neg:amount|€ 4.800}} bleibt.`),
  t("email", `Von: Photovoltaik Mietservice Sonnberg <{{EMAIL|abrechnung@sonnberg-pv.example}}>
An: {{PERSON|Karl Steinbauer}}
Betreff: Ihre Jahresabrechnung

Sehr geehrter Herr {{PERSON|Steinbauer}},

die Jahresabrechnung ergibt eine Gutschrift von {{neg:amount|€ 112,40}}. Diese überweisen wir auf {{IBAN|AT13 2011 1827 3645 0921}}. Ihr altes Konto {{neg:iban-checksum|AT14 2011 1827 3645 0921}} wurde gelöscht. Die nächste Zählerablesung erfolgt im {{neg:name-word|Mai}}.

Mit freundlichen Grüßen
Ihr Team Sonnberg, {{PHONE|02742 22 18 40}}`),
  t("transcript", `mitarbeiter schulbus service bezirk mödling {{PERSON|wolfgang}} grüß gott
mutter ja grüß gott {{PERSON|petra leitner}} der bus in der früh kommt seit montag immer zu spät
mitarbeiter welche linie
mutter die {{neg:route-number|264}} nach perchtoldsdorf
mitarbeiter ich gebe das weiter unter welcher nummer
mutter {{PHONE|null sechs sechs null vier vier eins neun zwei sieben acht}}`),
  t("sms", `Radlwerk Linz: Hallo {{PERSON|ANDREAS}}, Ihr Service ist erledigt. Betrag {{neg:amount|€ 64,00}}. Wir haben bis {{neg:time|18:00}} offen. Tel {{PHONE|0732 77 12 06}}`),
  t("ticket", `TIERFUTTER-ABO Pfotenglück – Zahlungsänderung
Kunde: {{PERSON|Sabine Moser}}
Kundennr.: {{neg:customer-number|PG-A-40917}}
Neue IBAN: {{IBAN|AT56 1200 0517 3829 4016}}
Tel.: {{PHONE|+43 699 1733 4058}}
Liefer-PLZ: {{neg:postcode|5020}}`),
]
