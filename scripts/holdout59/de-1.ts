// de-DE texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("de-DE")

export const DE_1 = [
  t("chat", `[11:20] Kunde: Hallo, meine SIM-Karte geht seit gestern nicht mehr
[11:21] {{PERSON|Jannik}} (FunkNetz Service): Hallo! Das tut mir leid. Um welche Rufnummer geht es?
[11:21] Kunde: {{PHONE|0151 23456781}}
[11:22] {{PERSON|Jannik}} (FunkNetz Service): Danke. Und auf wen läuft der Vertrag?
[11:22] Kunde: {{PERSON|Katharina Böhm}}
[11:24] {{PERSON|Jannik}} (FunkNetz Service): Frau {{PERSON|Böhm}}, die Karte wurde wegen einer offenen Rechnung über {{neg:amount|47,90 €}} gesperrt. Nach Zahlung ist sie in ca. 2 Std. wieder aktiv.`),
  t("chat", `{{PERSON|Mehmet}}: hi, wo ist mein paket?? sendungsnummer {{neg:tracking-number|PB 0042 7781 3390}}
PaketBlitz: Hallo {{PERSON|Mehmet}} 👋 Ihr Paket liegt in der Filiale Hauptstraße 12, {{neg:postcode|50667}} Köln, abholbereit bis {{neg:date|14.03}}.
{{PERSON|Mehmet}}: kann mein bruder das abholen? {{PERSON|Emre Yıldız}}
PaketBlitz: Ja, mit Vollmacht und seinem Ausweis. Ich fasse mich {{neg:name-word|kurz}}: Vollmacht ausdrucken, unterschreiben, fertig.`),
  t("note", `RR Kd. Hr. {{PERSON|Schulze-Wendt}} wg. Kartensperre. Karte {{neg:masked-card|**** 7731}} gesperrt, neue Karte an Meldeadresse. Rückruf erbeten unter {{PHONE|0171/4432190}} ab {{neg:time|17:30}}. Vorgang {{neg:case-number|HB-24-118830}}`),
  t("note", `kundin frau {{PERSON|ewa nowicka}} ruft an, zählerstand strom 48213 kWh, zählernr {{neg:meter-number|1ESY 1160 4432}}. abschlag soll von {{neg:amount|92 €}} auf {{neg:amount|110 €}} erhöht werden, ab {{neg:date|01.05.2026}}. tel {{PHONE|0211 58839240}}. ok erledigt (MA 2231)`),
  t("email", `Betreff: Schadenmeldung Vertrag {{neg:policy-number|EV-KFZ-7720193}}

Sehr geehrte Damen und Herren,

am {{neg:date|3. Februar}} wurde mein geparktes Auto (Kennzeichen {{neg:plate|HH-KL 482}}) beim Ausparken von einem anderen Fahrzeug beschädigt. Der Unfallgegner, Herr {{PERSON|Torsten Lindemann}}, hat mir seine Daten gegeben: {{PHONE|040 22867139}}.

Bitte melden Sie sich bei mir unter {{PHONE|+49 176 55120483}}.

Mit freundlichen Grüßen
{{PERSON|Anneliese Brandt}}`),
  t("email", `Hallo Herr {{PERSON|Aydın}},

vielen Dank für Ihren Anruf. Wie besprochen haben wir Ihren Termin zur Zahnreinigung auf Dienstag, den {{neg:date|21.04.2026}} um {{neg:time|9:30 Uhr}} verschoben.

Die Kosten von {{neg:amount|89,00 €}} werden nicht von der Kasse übernommen.

Freundliche Grüße
{{PERSON|Sabine Kranz}}
Praxis Dr. {{PERSON|Hoffmeister}} – Zahnmedizin
Tel. {{PHONE|(0711) 2268491}} · {{EMAIL|empfang@zahnarzt-stuttgart.example}}`),
  t("transcript", `Agent: Stadtwerke Nordheim, Sie sprechen mit {{PERSON|Lukas Brenner}}, guten Tag.
Anrufer: Ja, Tag, {{PERSON|Wolfgang Reuter}} hier, ich wollte den Umzug melden.
Agent: Gern. Ihre Kundennummer?
Anrufer: {{neg:customer-number|KD-44001873}}
Agent: Danke. Unter welcher Nummer erreichen wir Sie?
Anrufer: {{PHONE|null eins sieben zwei, drei drei acht, neunundvierzig, fünfundfünfzig}}
Agent: Also {{PHONE|null eins sieben zwei drei drei acht neun vier fünf fünf}}, richtig?
Anrufer: Genau.`),
  t("transcript", `[00:00:03] agentin: hansabank kartenservice mein name ist {{PERSON|lena}} was kann ich für sie tun
[00:00:07] kunde: ja hallo meine kreditkarte ist weg ich glaub geklaut
[00:00:11] agentin: oh das ist ärgerlich wie ist ihr name
[00:00:13] kunde: {{PERSON|dieter krause}}
[00:00:15] agentin: herr {{PERSON|krause}} haben sie die kartennummer zur hand
[00:00:18] kunde: ja {{CARD|4532 7713 0928 1140}}
[00:00:29] agentin: danke die karte ist jetzt gesperrt
[00:00:31] kunde: und rufen sie mich bitte an auf {{PHONE|null eins sechs null, neun eins, zwo drei, vier vier, acht}}`),
  t("summary", `Gesprächszusammenfassung
Anrufer: {{PERSON|Petra Vogelsang}}
Anliegen: Streaming-Abo doppelt abgebucht (2 × {{neg:amount|13,99 €}})
Lösung: Erstattung einer Zahlung, Ticket {{neg:ticket-number|STR-DE-55018}}
Rückmeldung per E-Mail an {{EMAIL|petra.vogelsang@example.com}}`),
  t("summary", `Zusammenfassung: Herr {{PERSON|Grigorij Neufeld}} meldet Steinschlag an der Frontscheibe (Vertrag {{neg:policy-number|EV-KFZ-6610342}}). Termin bei Partnerwerkstatt am {{neg:date|12.06}}. vereinbart. Selbstbeteiligung {{neg:amount|150 €}}. Ehefrau {{PERSON|Olga Neufeld}} bringt das Auto, erreichbar unter {{PHONE|0157 71230954}}.`),
  t("form", `Name: {{PERSON|Krüger, Heinz-Peter}}
Straße: Lindenallee 7
PLZ/Ort: {{neg:postcode|04109}} Leipzig
Telefon: {{PHONE|0341 9127455}}
Mobil: {{PHONE|+49 (0)162 8830174}}
E-Mail: {{EMAIL|hp.krueger@example.net}}
IBAN: {{IBAN|DE19 8605 5592 1090 2245 77}}
Geburtsdatum: {{neg:date|17.08.1958}}`),
  t("form", `kunde={{PERSON|Dragana Petrović}}; tel={{PHONE|+4915901234567}}; mail={{EMAIL|d.petrovic@example.org}}; tarif=Allnet L; vertragsnr={{neg:contract-number|FN-88120337}}; router_ip={{IP_ADDRESS|192.168.178.1}}; fw={{neg:version|7.57.1}}`),
]
