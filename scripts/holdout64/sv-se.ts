// sv-SE texts: written one by one (glasskador, kortreklamationer, förhandsbesked från sjukförsäkringen, vattenläckor,
// boendeparkering, arenans biljettkontor, periodkort, e-lärande).
import { mk } from "./markup.ts"

const t = mk("sv-SE")

export const SV_SE = [
  t("chat", `Rutservice Norr – chatt
[07:45] Du: hej, fick ett stenskott på E4:an och nu har rutan spruckit
[07:46] {{PERSON|Elin}} (Rutservice): Hej! Tråkigt. Registreringsnummer?
[07:46] Du: {{neg:plate|KLM 41B}}
[07:47] {{PERSON|Elin}} (Rutservice): Tack. Vi byter rutan på torsdag {{neg:time|10:00}} i Umeå. Självrisk {{neg:amount|1 500 kr}}.
[07:47] Du: okej, ring {{PHONE|070-412 88 37}} om något ändras`),
  t("transcript", `HANDLÄGGARE: Kortservice Nordstjärnan, reklamationer, du pratar med {{PERSON|Oskar}}.
KUND: Hej, det har dragits {{neg:amount|2 349 kronor}} från mitt kort för en resa jag aldrig bokat.
HANDLÄGGARE: Jag spärrar kortet. Ditt namn?
KUND: {{PERSON|Astrid Lindholm}}.
HANDLÄGGARE: Och ett telefonnummer?
KUND: {{PHONE|noll sju tre, nio nio ett, tjugo, fyrtiosju}}.
HANDLÄGGARE: Pengarna sätts in på {{IBAN|SE45 5000 0000 0583 9825 7466}} när reklamationen är klar.`),
  t("email", `Från: {{PERSON|Mikael Johansson}} <{{EMAIL|mikael.johansson@example.se.example.com}}>
Till: {{EMAIL|forhandsbesked@tryggvard.example}}
Ämne: Förhandsbesked – knäoperation

Hej,

Jag har remiss till ortoped och behöver förhandsbesked för operation på privat klinik. Försäkringsnummer {{neg:policy-number|TV 8820-4471}}.

Nås bäst på {{PHONE|08-441 27 90}}.

Vänliga hälsningar
{{PERSON|Mikael Johansson}}`),
  t("sms", `Göteborgs Vatten: Vattenläcka på Linnégatan. Vattnet är avstängt till ca {{neg:time|16.00}}. Info: {{PHONE|031-704 22 18}}`),
  t("note", `Läcka anmäld av {{PERSON|Farah Hassan}}, Storgatan 12, {{neg:postcode|411 38}}. Vatten i källaren. Tel {{PHONE|+46 73 991 20 47}}. Reparatör {{PERSON|Nils}} på plats {{neg:date|8 december}}. Återbetalning till {{IBAN|SE63 8000 0810 3402 1765 5083}}.`),
  t("ticket", `Stockholms stad – Boendeparkering
Namn: {{PERSON|Karlsson, Ebba}}
Reg.nr: {{neg:plate|ABC 123}}
Telefon: {{PHONE|076-218 44 90}}
E-post: {{EMAIL|ebba.karlsson@example.org}}
Avgift: {{neg:amount|975 kr}}/månad
Tidigare IBAN (fel): {{neg:iban-checksum|SE52 5000 0000 0583 9825 7466}}`),
  t("chat", `Arenabiljetter Väst
besökare: jag har köpt fel datum på konserten
{{PERSON|Linnea}} – Biljettkontoret: Hej! Vad är ordernumret?
besökare: {{neg:order-number|AV-88120}}
{{PERSON|Linnea}} – Biljettkontoret: Jag flyttar biljetterna till {{neg:date|19 december}}. Bekräftelse till {{EMAIL|j.berglund@example.net}}.`),
  t("transcript", `kundtjänst: periodkort västtrafik du pratar med {{PERSON|hampus}}
kund: hej mitt årskort har slutat fungera
kund: jag heter {{PERSON|sara lindqvist}}
kundtjänst: jag skickar ett nytt kort och ett nummer där vi når dig
kund: {{PHONE|noll sju noll, fyra ett två, åttioåtta, trettiosju}}`),
  t("ticket", `Lärplattformen Kunskapa – Ärende {{neg:ticket-number|KU-SE-1207}}
Användare: {{PERSON|Jonas Eriksson}}
E-post: {{EMAIL|jonas.e@example.com}}
Problem: kursintyget saknas
IP: {{IP_ADDRESS|172.16.44.9}}
Telefon: {{PHONE|0046 8 520 174 60}}`),
]
