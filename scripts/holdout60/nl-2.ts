// nl-NL texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_2 = [
  t("chat", `Jij (20:14): hallo ik heb gisteren een verdachte sms gehad van "de bank"
KustBank Hulp – {{PERSON|Lotte}} (20:15): Goed dat je het meldt! Heb je op de link geklikt?
Jij (20:15): nee. ik ben {{PERSON|Willem Bos}}
KustBank Hulp – {{PERSON|Lotte}} (20:16): Top {{PERSON|Willem}}. Stuur de sms door naar {{EMAIL|fraude@kustbank.example}} en verwijder hem.`),
  t("transcript", `klant: ja goedemiddag met {{PERSON|van den Berg}}
medewerker: goedemiddag meneer {{PERSON|van den Berg}} u spreekt met {{PERSON|joris}} waarmee kan ik helpen
klant: mijn sportschoolabonnement wordt dubbel afgeschreven
medewerker: vervelend op welk nummer kan ik u terugbellen
klant: {{PHONE|nul zes, achtenveertig, eenenzestig, negentien, drieëntwintig}}
medewerker: dank u ik zet de {{neg:amount|€ 34,95}} terug`),
  t("note", `Schade {{neg:claim-number|WA-88120391}} – verzekerde {{PERSON|A.J. Kuipers}} aangereden door {{PERSON|Ricardo Martens}} ({{PHONE|06-53217840}}). Kenteken tegenpartij {{neg:plate|ZK-771-P}}. Expert {{neg:date|4 april}}.`),
  t("sms", `Hoi {{PERSON|Emma}}, dit is {{PERSON|Bas}} van Hotel Zeezicht. Je kamer is klaar vanaf {{neg:time|14.00}}. Boeking {{neg:booking-ref|HZ-4417}}. Bel {{PHONE|0223 614 220}} bij vragen.`),
  t("ticket", `Ticket {{neg:ticket-number|RET-NL-30291}}
Klant: {{PERSON|Smit, Roos}}
IBAN voor terugbetaling: {{IBAN|NL54 RABO 0310 9726 44}}
Order {{neg:order-number|OR-771920}}, bedrag {{neg:amount|€ 64,00}}
Notitie ({{PERSON|Fleur}}): retour ontvangen {{neg:date|12-05-2026}}.`),
  t("email", `Onderwerp: Vreemd bericht van de Belastingdienst

Beste helpdesk,

Ik kreeg een mail over een aanslag van {{neg:amount|€ 1.240,00}}. Kunt u mij terugbellen op {{PHONE|+31 (0)20 762 4418}}? Mijn naam is {{PERSON|Hendrik Visser}}.

Met vriendelijke groet,
{{PERSON|H. Visser}}`),
]
