// pt-PT texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("pt-PT")

export const PT_2 = [
  t("chat", `(22:01) Você: a box não liga à internet
(22:02) {{PERSON|Pedro}} · Nortel Apoio Técnico: Olá! Abra {{IP_ADDRESS|192.168.1.254}} e diga-me o IP público
(22:04) Você: {{IP_ADDRESS|198.51.100.9}}
(22:04) {{PERSON|Pedro}} · Nortel Apoio Técnico: E o IPv6?
(22:05) Você: {{IP_ADDRESS|2001:db8:aaaa:1::100}}
(22:06) {{PERSON|Pedro}} · Nortel Apoio Técnico: Vou atualizar o firmware para {{neg:version|5.6.2}}. A box reinicia em 2 minutos.`),
  t("note", `cliente {{PERSON|Vítor Branco}} quer mudar a conta do débito direto para uma conta espanhola: {{IBAN|ES66 2100 0418 4012 3456 7891}}. primeiro ditou {{neg:iban-checksum|PT51 0033 0000 4531 8794 1120 5}} (erro). alteração a partir de {{neg:date|1 de junho}}. tlm {{PHONE|917 882 304}}`),
  t("email", `Olá,

Fui cobrada {{neg:amount|29,99 €}} por um tarifário que cancelei em janeiro. O meu número é o {{PHONE|965 441 208}} e o NIF está na ficha de cliente. Peço a devolução.

Obrigada,
{{PERSON|Marta Sousa}}
{{EMAIL|marta.sousa@example.org}}`),
  t("email", `De: {{EMAIL|sinistros@segurosestrada.example}}
Para: {{EMAIL|helder.monteiro@example.com}}
Assunto: Participação {{neg:claim-number|SE-SIN-2026-0077}}

Caro Sr. {{PERSON|Monteiro}},

Recebemos a declaração amigável assinada pela outra condutora, Sra. {{PERSON|Patrícia Lima}}. O perito, {{PERSON|Filipe Neves}}, irá contactá-lo em 48 horas através do {{PHONE|934 110 287}}.

Cumprimentos,
Departamento de Sinistros
{{PHONE|800 201 734}}`),
  t("transcript", `Operadora: Banco Atlântico, cartões, fala a {{PERSON|Raquel}}.
Cliente: Boa noite, roubaram-me a carteira.
Operadora: Lamento. O seu nome completo?
Cliente: {{PERSON|Bruno Miguel Teixeira}}.
Operadora: Tem o número do cartão?
Cliente: Tenho: {{CARD|5398 2210 6654 0312}}.
Operadora: Está bloqueado. Enviamos SMS para o {{PHONE|nove seis dois, três três quatro, cinco cinco um}}?
Cliente: Sim.`),
  t("transcript", `operadora: clínica sorriso atlântico bom dia fala a {{PERSON|rita}}
paciente: bom dia queria marcar uma limpeza
paciente: o meu nome é {{PERSON|lurdes gaspar}}
operadora: tenho quinta-feira às {{neg:time|9h30}}
paciente: pode ser
operadora: o seu contacto
paciente: {{PHONE|mais três cinco um, nove um dois, trinta e quatro, cinquenta e seis, setenta}}`),
  t("summary", `Chamada de {{PERSON|Domingos Varela}} sobre encomenda extraviada ({{neg:tracking-number|EC 4471 0082 1PT}}). Valor {{neg:amount|210,00 €}}. Aberto inquérito. A filha, {{PERSON|Sónia Varela}}, será o contacto: {{PHONE|926 330 118}}, {{EMAIL|sonia.varela@example.net}}.`),
  t("summary", `Cliente {{PERSON|Carla Nogueira}} pede fatura detalhada de eletricidade de fevereiro de 2026. Enviada por email para {{EMAIL|carla.nogueira@example.com}}. Pagou com cartão Amex {{CARD|3714 496353 98431}}.`),
  t("form", `| campo | valor |
| nome | {{PERSON|Henrique Cardoso}} |
| telefone | {{PHONE|239 841 552}} |
| voo | {{neg:flight-number|TP 1040}} |
| data | {{neg:date|28/07/2026}} |
| hora | {{neg:time|07:15}} |`),
  t("form", `Apelido, Nome: {{PERSON|Matos, Leonor}}
Tel.: {{PHONE|+351 21 796 4410}}
Telemóvel: {{PHONE|914-228-307}}
NIPC/NIF: (não fornecido)
Código postal: {{neg:postcode|1050-094}}
Observações: cliente pediu para não ligar depois das {{neg:time|21h}}`),
  t("chat", `[sáb 11:15] {{PERSON|Diogo}}: boas, cancelei a subscrição mas continuo a pagar
[sáb 11:16] Suporte Telaviva: Olá {{PERSON|Diogo}}! Qual o email da conta?
[sáb 11:16] {{PERSON|Diogo}}: {{EMAIL|diogo.pinto@example.com}}
[sáb 11:18] Suporte Telaviva: Devolvemos {{neg:amount|11,99 €}} nos próximos dias. Referência {{neg:case-number|TV-88120}}.`),
  t("note", `pedido de contacto: {{PERSON|Aurora da Luz Freitas}}, {{PHONE|253 617 400}}, reclama leitura estimada ({{neg:amount|148,30 €}}). contrato {{neg:contract-number|ES-CTR-2291004}}`),
]
