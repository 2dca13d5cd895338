// pt-PT, pl-PL, da-DK and nl-BE texts, part 2: written one by one.
import { mk } from "./markup.ts"

const pt = mk("pt-PT")
const pl = mk("pl-PL")
const da = mk("da-DK")
const nl = mk("nl-BE")

export const PT_PT_2 = [
  pt("ticket", `Incidente {{neg:ticket-number|INC-30418}} – Filmeira
Cliente: {{PERSON|Leonor Vasconcelos}}
Acesso não autorizado a partir de {{IP_ADDRESS|203.0.113.201}}; acesso legítimo de {{IP_ADDRESS|2001:db8:351:a::5}}
Ação: sessões terminadas, reembolso de {{neg:amount|11,99 €}}
Contacto: {{EMAIL|leonor.vasc@sapo.example}} / {{PHONE|+351 936 402 118}}`),
  pt("transcript", `AGENTE: Fundo de Pensões Tejo, fala o {{PERSON|Vasco}}.
CLIENTE: Boa tarde, sou a {{PERSON|Graça Moniz}}. Queria saber quando recebo a primeira pensão.
AGENTE: Dia {{neg:date|23 de janeiro}}, D. {{PERSON|Graça}}. Quer que lhe liguemos para confirmar?
CLIENTE: Sim, {{PHONE|duzentos e trinta e nove, quatrocentos e quarenta e um, oitocentos e dois}}.`),
]

export const PL_PL_2 = [
  pl("ticket", `Zgłoszenie {{neg:ticket-number|HD-88104}} – portal rekrutacyjny
Kandydat: {{PERSON|Szymon Baran}}
Błąd logowania z {{IP_ADDRESS|10.12.40.7}} (sieć akademika) i {{IP_ADDRESS|fd00:48:22::14}}
Wersja: {{neg:version|7.1.2}}
Kontakt: {{EMAIL|szymon.baran@student.example}}, {{PHONE|792 118 440}}`),
  pl("email", `Temat: Pies po zabiegu – pytanie

Dzień dobry Pani Doktor,

piszę w sprawie psa Pikusia po zabiegu z {{neg:date|2 grudnia}}. Szwy wyglądają dobrze, ale pies liże ranę. Czy mogę przyjechać jutro o {{neg:time|10:00}}?

Pozdrawiam
{{PERSON|Ewa Jankowska}}
{{PHONE|603 442 918}}`),
]

export const DA_DK_2 = [
  da("ticket", `Sag {{neg:ticket-number|IT-5120}} – Ansøgningsportal
Ansøger: {{PERSON|Mathias Nørgaard}}
Login fejler fra {{IP_ADDRESS|192.0.2.44}}; virker fra {{IP_ADDRESS|2001:db8:45:3::2}}
Portalversion {{neg:version|9.3.1}}
Kontakt: {{EMAIL|m.norgaard@stud.example}}, {{PHONE|+45 28 44 19 05}}`),
  da("email", `Emne: Vores hund Bobby

Hej Dyrlægehuset,

Tak for hjælpen i går. Bobby er ved at blive {{neg:name-word|rask}} igen og spiser fint. Regningen på {{neg:amount|2.340 kr.}} er betalt med kort {{CARD|4716 0255 1840 3393}}.

Hilsen {{PERSON|Karen Winther}}
{{PHONE|42 71 18 36}}`),
]

export const NL_BE_2 = [
  nl("ticket", `Melding {{neg:ticket-number|STR-20991}} – KijkKast
Klant: {{PERSON|Lien Vandenberghe}}
Verdachte aanmeldingen vanaf {{IP_ADDRESS|198.51.100.62}}; eigen netwerk {{IP_ADDRESS|192.168.0.104}}
Actie: wachtwoord gereset, mail naar {{EMAIL|lien.vdb@telenet.example}}
Terugbellen: {{PHONE|0479 20 14 66}}`),
  nl("email", `Onderwerp: Bloemen voor de opening

Dag {{PERSON|Kristof}},

Voor de opening van het nieuwe kantoor bestel ik een {{neg:name-word|bos}} bloemen... sorry, ik bedoel: een boeket voor {{neg:amount|€ 45}}. Kan jij de huurder van de benedenverdieping, mevrouw {{PERSON|Lambrecht}}, uitnodigen? Haar gsm is {{PHONE|0494 72 10 38}}.

Groeten,
{{PERSON|Els}}`),
]
