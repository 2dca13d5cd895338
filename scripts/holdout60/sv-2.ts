// sv-SE texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("sv-SE")

export const SV_2 = [
  t("chat", `[16:02] Du: hej, jag vill returnera en jacka, order {{neg:order-number|SE-5520193}}
[16:03] Kundservice – {{PERSON|Frida}}: Hej! Vad heter du?
[16:03] Du: {{PERSON|Gustav Åberg}}
[16:04] Kundservice – {{PERSON|Frida}}: Tack {{PERSON|Gustav}}! Returetiketten skickas till {{EMAIL|gustav.aberg@example.com}}. Pengarna, {{neg:amount|1 299 kr}}, kommer inom 5 dagar.`),
  t("transcript", `kundtjänst: skatteupplysningen hej du pratar med {{PERSON|lena}}
uppringare: hej jag heter {{PERSON|björn}} {{PERSON|lundgren}} jag har frågor om min deklaration
kundtjänst: absolut vilket telefonnummer kan vi nå dig på om samtalet bryts
uppringare: {{PHONE|noll sju tre, sex sex två, femtioåtta, fyrtioett}}
kundtjänst: tack {{PERSON|björn}}`),
  t("note", `Gym – medlem {{PERSON|Sara Nilsson-Berg}} vill frysa kortet p.g.a. graviditet, {{neg:date|1 maj}}–{{neg:date|1 nov}}. Tel {{PHONE|076-552 18 30}}. Medlemsnr {{neg:member-number|GK-33019}}.`),
  t("sms", `Hotell Skärgården: Hej {{PERSON|Peter}}! Din bokning {{neg:booking-ref|HS-2291}} {{neg:date|12 juli}} är bekräftad. Incheckning från {{neg:time|15:00}}. Frågor: {{PHONE|+46 8 410 225 60}}`),
  t("ticket", `Ärende {{neg:ticket-number|FSK-990213}} – skada på bil
Försäkringstagare: {{PERSON|Holm, Annika}}
Reg.nr: {{neg:plate|ABC 12D}}
Motpart: {{PERSON|Jonas Ek}}, {{PHONE|0046 70 214 88 31}}
Notering ({{PERSON|Viktor}}): bärgning beställd {{neg:date|3/2}}.`),
  t("email", `Ämne: Kortbedrägeri

Hej,

Jag har sett en dragning på {{neg:amount|3 890 kr}} som jag inte känner igen. Kortet är {{CARD|4532 7188 0914 2264}}, snälla spärra det. Jag nås på {{PHONE|072-881 40 19}}.

Hälsningar
{{PERSON|Astrid Wikström}}`),
]
