// nb-NO texts: written one by one (nettselskapets strømbruddslinje, hagesenter, kjøkkenmontør, linseabonnement,
// glemte gjenstander i en taxiapp, bokhandel, dekkhotell, pasientreiser, heiskort).
import { mk } from "./markup.ts"

const t = mk("nb-NO")

export const NB_NO = [
  t("transcript", `KUNDESENTER: Fjordnett, feilmelding, du snakker med {{PERSON|Sindre}}.
INNRINGER: Hei, dette er {{PERSON|Ragnhild Sætre}} på Os. Strømmen har vært borte siden i morges.
KUNDESENTER: Det stemmer, vi har en feil på en høyspentlinje etter uværet. Skal vi sende deg en SMS når den er tilbake?
INNRINGER: Ja, takk. {{PHONE|ni to åtte, fire en, sju tre null}}
KUNDESENTER: {{PHONE|928 41 730}}. Da er det registrert.`),
  t("email", `Emne: Levering av julegran – ordre {{neg:order-number|HB-77031}}

Hei {{PERSON|Torbjørn}},

Juletreet (rødgran, 2,5 m) leveres {{neg:date|16. desember}} mellom {{neg:time|12.00}} og {{neg:time|16.00}}. Sjåføren vår, {{PERSON|Piotr}}, ringer deg på {{PHONE|+47 412 83 906}} når han nærmer seg.

Å betale ved levering: {{neg:amount|kr 899}}.

Med vennlig hilsen
{{PERSON|Solveig Haugland}}
Hagesenteret Bjørkely
{{EMAIL|levering@bjorkely.example.com}}
Tlf. {{PHONE|55 30 21 44}}`),
  t("chat", `TaxiNå – glemte gjenstander
Du: hei, jeg glemte lua og skjerfet mitt i taxien i går kveld
{{PERSON|Maren}} (TaxiNå): Hei! Hvilken tur var det?
Du: fra Aker Brygge til Grünerløkka, rundt {{neg:time|23.30}}
{{PERSON|Maren}} (TaxiNå): Sjåføren {{PERSON|Mohammed Yusuf}} har levert inn en lue og et skjerf. Hva heter du?
Du: {{PERSON|Ingvild Brekke}}
{{PERSON|Maren}} (TaxiNå): Takk {{PERSON|Ingvild}}, du kan hente det på kontoret i Schweigaards gate 🧣`),
  t("note", `Linseklubben – kunde {{PERSON|Eirik Solheim}} vil endre kontonummer for trekk ({{neg:amount|199 kr}}/mnd). Nytt: {{IBAN|NO74 1503 2719 402}}. Gammelt ({{neg:iban-checksum|NO47 1503 2719 402}}) slettes. Tlf. {{PHONE|915 22 608}}. Optiker {{PERSON|Hege Lund}} har godkjent ny styrke.`),
  t("sms", `Bokloftet: Hei {{PERSON|Astrid}}! Boken du bestilte ({{neg:order-number|BL-31190}}) er klar til henting i Bergen sentrum innen {{neg:date|18.12.2026}}. Spørsmål: {{PHONE|0047 55 30 21 99}}`),
  t("ticket", `Dekksenteret Lillestrøm – dekkhotell
Kunde: {{PERSON|Nguyen, Thanh Hai}}
Reg.nr.: {{neg:plate|EL 41277}}
Hjulskift: {{neg:date|04.12.2026}} {{neg:time|08.30}}
Pris: {{neg:amount|kr 790,00}}
Betaling: Visa {{CARD|4024 0071 5532 8841}}
Mobil: {{PHONE|+47 934 18 207}}
E-post: {{EMAIL|thanhhai.nguyen@example.com}}`),
  t("ticket", `Pasientreiser – bestilling
Pasient: {{PERSON|Kristoffersen, Odd}}
Født: {{neg:date|11.09.1939}}
Reise: hjem → Ullevål, {{neg:date|10.12.2026}} kl. {{neg:time|09.00}}
Adresse: Kirkeveien 60, {{neg:postcode|0368}} Oslo
Pårørende: datter {{PERSON|Kari Kristoffersen}} {{PHONE|22 47 18 30}}
Innlogget fra: {{IP_ADDRESS|192.168.0.12}}`),
]
