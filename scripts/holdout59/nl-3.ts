// nl-NL texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_3 = [
  t("transcript", `medewerker: zuidbank met {{PERSON|iris}} goedemiddag
klant: ja hallo met {{PERSON|frits van der zande}}
medewerker: waarmee kan ik u helpen meneer {{PERSON|van der zande}}
klant: ik wil mijn telefoonnummer wijzigen het nieuwe is {{PHONE|nul zes, vijftig, drie drie, achttien, negenennegentig}}
medewerker: en uw oude was {{PHONE|nul zes vijf nul drie drie achttien negen acht}}
klant: klopt`),
  t("email", `Beste,

Graag wil ik de automatische incasso voor mijn energiecontract wijzigen naar:
{{IBAN|NL29RABO0331208846}}
t.n.v. {{PERSON|A.J. Kuipers}}

Het oude rekeningnummer mag vervallen. Bel gerust: {{PHONE|06-21 44 90 83}}.

Groet,
{{PERSON|Anton Kuipers}}`),
  t("note", `klant {{PERSON|Priscilla Doelwijt}} 😡 – pakket {{neg:tracking-number|3SPKP 0060 1184 22}} beschadigd, inhoud: een {{neg:name-word|bos}} rozen en vaas. vergoeding {{neg:amount|€ 42,50}}. mail naar {{EMAIL|p.doelwijt@example.com}}`),
  t("form", `Naam: {{PERSON|Dijkstra, Hannah}}
Tel.: {{PHONE|(050) 318 4427}}
Creditcard: {{CARD|3400 000000 00009}}
Geldig t/m: {{neg:card-expiry|09/27}}
Postcode: {{neg:postcode|9711 LM}}`),
]
