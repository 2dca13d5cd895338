// sv-SE texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("sv-SE")

export const SV_1 = [
  t("chat", `Kundtjänst ({{PERSON|Elin}}): Hej! Välkommen till Vårdcentralen Norrmalm. Vad kan jag hjälpa till med?
Du: hej jag behöver boka om min tid hos läkaren, {{PERSON|Oskar Lindqvist}}
Kundtjänst ({{PERSON|Elin}}): Absolut, {{PERSON|Oskar}}. Jag har {{neg:date|3 mars}} kl. {{neg:time|14:10}}. Passar det?
Du: ja. ring mig på {{PHONE|070-318 44 27}} om något ändras`),
  t("note", `Bedrägeri – kund {{PERSON|Ingrid Håkansson}} ser köp på {{neg:amount|2 450 kr}} hon inte gjort. Kort {{neg:masked-card|**** 8830}} spärrat. Återkoppling {{PHONE|073-442 19 06}}. Ärende {{neg:case-number|BF-2026-7712}}.`),
  t("transcript", `handläggare: försäkringsbolaget skadeavdelningen du pratar med {{PERSON|johan}}
kund: hej det är {{PERSON|maja}} {{PERSON|ekström}} jag har fått en vattenskada
handläggare: oj vad tråkigt vilket nummer når jag dig på
kund: {{PHONE|noll sju noll, fyra fyra ett, tjugotre, femtiosex}}
handläggare: tack jag lägger upp skadan nu`),
  t("email", `Ämne: Flytt av el-avtal

Hej,

Vi flyttar den {{neg:date|1 april}} till Storgatan 5, {{neg:postcode|411 38}} Göteborg. Återbetalning av eventuellt överskott till:
{{IBAN|SE45 5000 0000 0583 9825 7466}}

Vänliga hälsningar
{{PERSON|Anders Nyström}}
{{PHONE|031-711 42 90}}`),
  t("sms", `MatExpress: Hej {{PERSON|Linnea}}! Budet {{PERSON|Ahmed}} är framme om 5 min. Order {{neg:order-number|ME-41022}}. Frågor? Ring {{PHONE|08-522 187 40}}`),
  t("ticket", `Ärende {{neg:ticket-number|BRB-882014}} – bredband ligger nere
Kund: {{PERSON|Berglund, Karin}}
Router: {{IP_ADDRESS|192.168.0.1}}, publik IP {{IP_ADDRESS|203.0.113.145}}
Kommentar ({{PERSON|Mattias}}): tekniker bokad {{neg:date|12/5}} kl. {{neg:time|9:00}}.`),
  t("email", `Hej {{PERSON|Sofia}},

Ditt medlemskap på Gymkraft är nu pausat till {{neg:date|1 augusti}}. Månadsavgiften {{neg:amount|399 kr}} dras inte under tiden.

Mvh
{{PERSON|Erik Sandberg}}
Medlemsservice
{{EMAIL|medlem@gymkraft.example}}`),
]
