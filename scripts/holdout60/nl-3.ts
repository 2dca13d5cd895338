// nl-NL texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_3 = [
  t("note", `Ziekenhuis poli – mevr. {{PERSON|Yildiz}} belt namens haar vader, {{PERSON|Osman Yildiz}}, afspraak cardiologie {{neg:date|8 juni}} {{neg:time|10:15}} verzetten. Terugbellen {{PHONE|06 2877 4130}}.`),
  t("sms", `Voicemail van {{PHONE|030 239 7714}}: "Hallo, met {{PERSON|Marieke}} van Woonverzekeringen, over uw waterschade. Belt u even terug? Dank u."`),
  t("chat", `[za 12:44] {{PERSON|sem}}: mijn bezorger is al 40 min te laat
[za 12:45] SnelEten Support: Sorry {{PERSON|Sem}}! We zetten {{neg:amount|€ 5,00}} tegoed op je account.`),
  t("email", `Onderwerp: Verhuizing energiecontract

Beste klantenservice,

Wij verhuizen op {{neg:date|15 juli}} naar {{neg:postcode|3521 AL}} Utrecht. Graag het contract meeverhuizen. Voor de eindafrekening: {{IBAN|NL91 ABNA 0417 1643 00}}.

Groeten,
{{PERSON|Karin}} en {{PERSON|Wouter Mulder}}`),
  t("transcript", `medewerker: goedemorgen u spreekt met {{PERSON|lars}} van de fraudedesk
klant: goedemorgen met {{PERSON|greetje}} {{PERSON|hoekstra}} er staan rare betalingen op mijn rekening
medewerker: vervelend mevrouw {{PERSON|hoekstra}} ik blokkeer de pas op welk nummer bent u bereikbaar
klant: {{PHONE|nul zes, vijfentwintig, zevenenveertig, achttien, negenendertig}}`),
  t("ticket", `Ticket {{neg:ticket-number|NL-INT-88102}}
Klant: {{PERSON|de Vries, Anouk}}
IP-adres modem {{IP_ADDRESS|192.168.178.1}}, extern {{IP_ADDRESS|203.0.113.66}}
Opmerking: firmware {{neg:version|7.29}} geïnstalleerd door {{PERSON|Mohamed}}.`),
]
