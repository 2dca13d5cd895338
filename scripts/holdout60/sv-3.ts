// sv-SE texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("sv-SE")

export const SV_3 = [
  t("note", `Vårdcentral – {{PERSON|Kerstin Lund}} ringde om sin man {{PERSON|Göran}}, vill ha tid för blodprov {{neg:date|15 mars}}. Återkom på {{PHONE|08-654 21 90}} eller mobil {{PHONE|070-991 24 38}}.`),
  t("sms", `Röstmeddelande från {{PHONE|+46 31 702 45 10}}: "Hej det är {{PERSON|Tove}} på Bredbandsbolaget Väst, teknikern kommer {{neg:date|12 april}} mellan {{neg:time|8:00}} och {{neg:time|12:00}}. Hej då."`),
  t("chat", `{{PERSON|ludvig}} 19:31: maten kom aldrig
Matbud Support 19:32: Förlåt {{PERSON|Ludvig}}! Vi återbetalar {{neg:amount|245 kr}}.
{{PERSON|ludvig}} 19:32: tack`),
  t("email", `Ämne: Återbetalning av skatt

Hej,

Jag väntar på återbäring på {{neg:amount|4 120 kr}}. Betala gärna till {{IBAN|SE72 8000 0810 3400 0978 3242}}. Det första kontonumret jag angav, {{neg:iban-checksum|SE45 5000 0000 0583 9825 7467}}, var fel.

Med vänlig hälsning
{{PERSON|Mikael Johansson}}
{{PHONE|073-228 90 14}}`),
  t("transcript", `handläggare: försäkringskassan hej du pratar med {{PERSON|emma}}
kund: hej jag heter {{PERSON|per}} {{PERSON|olsson}} och har en fråga om en skada på huset
handläggare: ditt telefonnummer
kund: {{PHONE|noll sju noll, sju sju tre, fyrtiotvå, nittioett}}`),
  t("ticket", `Ärende {{neg:ticket-number|RET-SE-44190}}
Kund: {{PERSON|Eriksson, Hanna}}
E-post: {{EMAIL|hanna.eriksson@example.org}}
Order {{neg:order-number|SE-9920184}}, {{neg:amount|799 kr}}
Kommentar ({{PERSON|Albin}}): retur mottagen {{neg:date|2026-05-04}}.`),
]
