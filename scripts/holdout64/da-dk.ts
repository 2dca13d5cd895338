// da-DK texts: written one by one (glasskader, kortindsigelser, forhåndsgodkendelse fra sundhedsforsikringen,
// vandlækager, beboerlicenser til parkering, stadionbilletter, pendlerkort, e-læring).
import { mk } from "./markup.ts"

const t = mk("da-DK")

export const DA_DK = [
  t("chat", `Ruden A/S – chat
[08:20] Du: hej, jeg har fået et stenslag i forruden på motorvejen
[08:21] {{PERSON|Mette}} (Ruden): Hej! Hvad er din nummerplade?
[08:21] Du: {{neg:plate|AB 12 345}}
[08:22] {{PERSON|Mette}} (Ruden): Vi kan reparere det i morgen kl. {{neg:time|9.30}} i Odense. Din selvrisiko er {{neg:amount|0 kr.}}
[08:22] Du: super, mit nummer er {{PHONE|20 44 81 73}}`),
  t("transcript", `MEDARBEJDER: Dankort Nord, indsigelser, du taler med {{PERSON|Rasmus}}.
KUNDE: Hej, der er trukket {{neg:amount|1.249 kr.}} for et abonnement, jeg har opsagt.
MEDARBEJDER: Hvad er dit navn?
KUNDE: {{PERSON|Signe Mikkelsen}}.
MEDARBEJDER: Og dit telefonnummer?
KUNDE: {{PHONE|fyrre, enoghalvfjerds, niogtyve, femogtredive}}.
MEDARBEJDER: Beløbet tilbageføres til {{IBAN|DK85 3000 0017 7286 03}}.`),
  t("email", `Fra: {{PERSON|Lars Østergaard}} <{{EMAIL|lars.ostergaard@example.dk.example.org}}>
Til: {{EMAIL|godkendelse@sundplus.example}}
Emne: Forhåndsgodkendelse – MR-scanning

Hej,

Min læge har henvist mig til MR-scanning af ryggen på privathospital. Kan I forhåndsgodkende det? Policenummer {{neg:policy-number|SP-4410-2207}}.

Ring gerne på {{PHONE|33 12 84 60}}.

Venlig hilsen
{{PERSON|Lars Østergaard}}`),
  t("sms", `Aarhus Vand: Vandbrud på Vestergade. Vandet er lukket til ca. kl. {{neg:time|15.00}}. Info: {{PHONE|70 20 14 88}}`),
  t("note", `Vandlæk meldt af {{PERSON|Ahmad Rahimi}}, Nørregade 4, {{neg:postcode|8000}} Aarhus C. Vand i kælder. Tlf. {{PHONE|+45 40 71 29 35}}. Montør {{PERSON|Jesper}} sendt {{neg:date|8. december}}. Refusion til {{IBAN|DK75 5295 0004 1822 16}}.`),
  t("ticket", `Københavns Kommune – Beboerlicens
Navn: {{PERSON|Frederiksen, Ida}}
Nummerplade: {{neg:plate|CD 98 765}}
Telefon: {{PHONE|28 91 44 02}}
E-mail: {{EMAIL|ida.frederiksen@example.com}}
Gebyr: {{neg:amount|195 kr.}}
Tidligere IBAN (afvist): {{neg:iban-checksum|DK92 3000 0017 7286 03}}`),
  t("chat", `Parken Billetservice
fan: mine billetter til søndag er ikke kommet
{{PERSON|Kasper}} – Billetservice: Hej! Ordrenummer?
fan: {{neg:order-number|PB-770412}}
{{PERSON|Kasper}} – Billetservice: De er sendt igen til {{EMAIL|mads.holm@example.net}} 👍`),
  t("transcript", `kundeservice: pendlerkort du taler med {{PERSON|freja}}
kunde: hej mit pendlerkort virker ikke
kunde: jeg hedder {{PERSON|emil sørensen}}
kundeservice: jeg sender et nyt hvad er dit nummer
kunde: {{PHONE|treogtyve, femogfyrre, atten, toogtres}}`),
  t("ticket", `LæringsHuset – Sag {{neg:ticket-number|LH-DK-330}}
Bruger: {{PERSON|Nanna Kristensen}}
E-mail: {{EMAIL|nanna.k@example.org}}
Problem: kan ikke se kursusbevis
IP: {{IP_ADDRESS|192.0.2.201}}
Telefon: {{PHONE|0045 86 12 40 77}}`),
]
