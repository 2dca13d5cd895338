// sv-SE texts: written one by one (elnätsbolagets avbrottslinje, trädgårdscenter, kök, fotoframkallning,
// linsabonnemang, hittegods i en taxiapp, språkapp, bokhandel, däckverkstad, sjukresor, skidort).
import { mk } from "./markup.ts"

const t = mk("sv-SE")

export const SV_SE = [
  t("transcript", `AGENT: Elnät Mälardalen, felanmälan, det är {{PERSON|Johanna}}.
KUND: Hej, {{PERSON|Mikael Lindgren}} här, vi har varit strömlösa i Köping i två timmar nu.
AGENT: Ja, vi har ett kabelfel i området, tekniker är på plats. Vill du ha ett sms när strömmen är tillbaka?
KUND: Ja tack. {{PHONE|noll sju noll, fyra ett åtta, tjugotvå, nittiotre}}
AGENT: {{PHONE|070-418 22 93}}, då skickar vi dit. Beräknat klart kl. {{neg:time|18.30}}.`),
  t("email", `Ämne: Leverans av äppelträd – order {{neg:order-number|TR-552019}}

Hej {{PERSON|Birgitta}}!

Dina två äppelträd levereras onsdag {{neg:date|9 december}} mellan {{neg:time|10.00}} och {{neg:time|14.00}}. Vår chaufför {{PERSON|Ali}} ringer {{PHONE|073-912 48 06}} när han är på väg. Planteringen gör du bäst i {{neg:name-word|vår}}, men träden klarar sig i kruka över vintern.

Vänliga hälsningar
{{PERSON|Pernilla Sjöberg}}
Trädgårdshuset Rosenlund
{{EMAIL|leverans@rosenlund.example.com}}
{{PHONE|08-518 204 66}}`),
  t("chat", `Klarsyn Optik – chatt
Du: hej, jag vill pausa mitt linsabonnemang, inte i {{neg:name-word|sommar}} utan nu över julen
{{PERSON|Ebba}} (Klarsyn): Hej! Det går bra. Vad heter du?
Du: {{PERSON|Farah Ismail}}
{{PERSON|Ebba}} (Klarsyn): Tack {{PERSON|Farah}}! Nästa leverans flyttas till {{neg:date|15 januari}}. Dragning {{neg:amount|249 kr}} skjuts upp.
Du: toppen 🙏`),
  t("note", `TaxiNu hittegods {{neg:date|2026-12-03}}: resenär {{PERSON|Oskar Nyberg}} glömde gitarr i bil 4417 (förare {{PERSON|Abdirahman}}). Hämtas på kontoret Ringvägen. Kund nås på {{PHONE|+46 73 912 48 60}} el. jobbet {{PHONE|0046 31 711 20 48}}.`),
  t("ticket", `Språkkompis – återbetalning
Användare: {{EMAIL|linnea.ek@example.org}}
Namn: {{PERSON|Linnéa Ek}}
Belopp: {{neg:amount|599 kr}}
Konto (IBAN): {{IBAN|SE48 5000 0000 0549 1026 3318}}
Felaktigt angivet först: {{neg:iban-checksum|SE84 5000 0000 0549 1026 3318}}
Inloggning från: {{IP_ADDRESS|fd12:3a4b:9c::21}}
Appversion: {{neg:version|2.14.1}}`),
  t("sms", `Bokhörnan: Hej {{PERSON|Gustav}}! Din beställning {{neg:order-number|BH-204471}} finns att hämta i butiken på Drottninggatan t.o.m. {{neg:date|20/12}}. Frågor: {{PHONE|0771-44 22 00}}`),
  t("ticket", `Däckverkstan Borås – arbetsorder
Kund: {{PERSON|Hassan, Rami}}
Reg.nr: {{neg:plate|KLM 44B}}
Arbete: byte till vinterdäck, balansering
Pris: {{neg:amount|695 kr}}
Betalt: kort {{neg:masked-card|**** 7317}}
Tel:{{PHONE|033-41 27 90}}`),
  t("note", `Sjukresor region – beställning: pat. {{PERSON|Gunnel Åkesson}}, 86 år, rullstol. Till Akademiska {{neg:date|8/12}} {{neg:time|09.15}}. Kontakt son {{PERSON|Lars-Erik Åkesson}} {{PHONE|070 552 31 18}}. Bor i Norge delvis, alt. {{PHONE|+47 915 22 608}}.`),
]
