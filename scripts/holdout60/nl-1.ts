// nl-NL texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_1 = [
  t("chat", `[ma 09:02] Bezoeker: hoi, mijn pakket retour is nog niet verwerkt
[ma 09:03] Klantenservice – {{PERSON|Sanne}}: Goedemorgen! Wat is je ordernummer?
[ma 09:03] Bezoeker: {{neg:order-number|NL-2209183}}, op naam van {{PERSON|Joost van der Linden}}
[ma 09:05] Klantenservice – {{PERSON|Sanne}}: Dank je {{PERSON|Joost}}, de terugbetaling van {{neg:amount|€ 49,95}} staat klaar voor {{neg:date|14 mei}}.`),
  t("note", `Fraude – mevr. {{PERSON|Bakker-Visser}} belt, pas {{neg:masked-card|**** 7713}} gebruikt in Spanje. Geblokkeerd. Terugbellen op {{PHONE|06 4188 2039}}. Zaak {{neg:case-number|FRD-NL-44102}}. Ze kocht een {{neg:name-word|bos}} bloemen bij de kiosk, die {{neg:amount|€ 12,50}} klopt wel.`),
  t("transcript", `medewerker: goedemiddag u spreekt met {{PERSON|femke}} van de energieverhuisservice
klant: ja hallo met {{PERSON|pieter}} {{PERSON|dekker}} wij verhuizen volgende maand
medewerker: prima wat is uw nieuwe postcode
klant: {{neg:postcode|2511 ZH}}
medewerker: en een telefoonnummer
klant: {{PHONE|nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig}}`),
  t("email", `Onderwerp: Schadeclaim {{neg:claim-number|AUT-5501873}}

Geachte heer/mevrouw,

Op {{neg:date|3 februari}} is mijn auto beschadigd op de parkeerplaats. De tegenpartij, {{PERSON|Mehmet Aydın}}, is bereikbaar op {{PHONE|+31 6 2049 1187}}. Graag de uitkering op:
{{IBAN|NL91 ABNA 0417 1643 00}}

Met vriendelijke groet,
{{PERSON|Esther de Graaf}}`),
  t("sms", `Bezorgd.nl: {{PERSON|Daan}}, je bestelling {{neg:order-number|BZ-88421}} komt over 10 min. Je bezorger is {{PERSON|Youssef}}. Vragen? {{PHONE|020 893 4415}}`),
  t("ticket", `Storing {{neg:ticket-number|GLV-3371829}}
Klant: {{PERSON|Jansen, Ilse}}
Modem: {{IP_ADDRESS|192.168.2.254}}, WAN {{IP_ADDRESS|198.51.100.17}}
Firmware {{neg:version|2.6.14}}
Opmerking ({{PERSON|Ruud}}): monteur komt {{neg:date|22-03}} tussen {{neg:time|8:00}} en {{neg:time|12:00}}.`),
  t("email", `Beste {{PERSON|Noor}},

Je lidmaatschap bij SportPlaza is per {{neg:date|1 juni}} opgezegd. Het laatste bedrag van {{neg:amount|€ 29,99}} wordt afgeschreven op {{neg:date|28 mei}}.

Groet,
{{PERSON|Thijs Hoekstra}}
Ledenservice – {{PHONE|010 714 2266}}`),
]
