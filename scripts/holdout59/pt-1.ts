// pt-PT texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("pt-PT")

export const PT_1 = [
  t("chat", `[16:10] Cliente: boa tarde, fiquei sem rede no telemóvel
[16:11] {{PERSON|Inês}} (Apoio ao Cliente Nortel): Boa tarde! Lamento. Qual é o número?
[16:11] Cliente: {{PHONE|912 345 671}}
[16:12] {{PERSON|Inês}} (Apoio ao Cliente Nortel): Obrigada. O titular é o Sr. {{PERSON|Rui Tavares}}?
[16:12] Cliente: sim sou eu
[16:14] {{PERSON|Inês}} (Apoio ao Cliente Nortel): Há uma avaria na zona {{neg:postcode|4050-123}}. Deve estar resolvida até às {{neg:time|19h00}}.`),
  t("chat", `{{PERSON|Beatriz}}: olá, a encomenda não chegou 🙁 {{neg:tracking-number|EC 4471 9920 3PT}}
Expresso Já: Olá {{PERSON|Beatriz}}! Está no ponto de recolha da Rua de Santa Catarina, {{neg:postcode|4000-447}} Porto.
{{PERSON|Beatriz}}: pode ser levantada pelo meu namorado? {{PERSON|Tiago Almeida}}
Expresso Já: Sim, com o código e o cartão de cidadão dele. Prazo até {{neg:date|15/03}}.`),
  t("note", `cliente {{PERSON|maria do céu pereira}} liga por cobrança de {{neg:amount|54,20 €}} não reconhecida. cartão {{neg:masked-card|**** 4810}} bloqueado. processo {{neg:case-number|BCP-PT-22391}}. ligar para {{PHONE|96 412 88 03}} depois das {{neg:time|18h}}`),
  t("note", `Sr. {{PERSON|Adilson Fortes}} reporta falta de luz desde as {{neg:time|20:30}}. Avaria na rede, técnicos no local. Contacto fixo {{PHONE|21 345 6789}}. Disse que a casa tem a fachada cor-de-{{neg:name-word|rosa}}, para o técnico encontrar.`),
  t("email", `Assunto: Reembolso voo {{neg:flight-number|TP 1342}}

Exmos. Senhores,

O meu voo Lisboa–Funchal de {{neg:date|9 de abril}} foi cancelado. Peço o reembolso de {{neg:amount|132,00 €}} (reserva {{neg:booking-ref|QW8T4N}}) para a conta:
{{IBAN|PT50 0035 0683 0000 0000 0772 9}}

Contacto: {{PHONE|+351 936 221 478}}

Com os melhores cumprimentos,
{{PERSON|Joana Carvalho Mendes}}`),
  t("email", `Cara Sra. {{PERSON|Gurung}},

Confirmamos a sua consulta na Clínica Dentária Sorriso Atlântico no dia {{neg:date|12 de maio}} às {{neg:time|10h30}} com o Dr. {{PERSON|Henrique Lopes}}.

Para remarcar, ligue {{PHONE|217 930 442}} ou escreva para {{EMAIL|marcacoes@sorrisoatlantico.example}}.

Atenciosamente,
{{PERSON|Catarina}}
Receção`),
  t("transcript", `Operador: Energia Sul, bom dia, fala o {{PERSON|Miguel}}.
Cliente: Bom dia, é a {{PERSON|Fernanda Rocha}}, queria dar a leitura do contador.
Operador: Com certeza, D. {{PERSON|Fernanda}}. Número de cliente?
Cliente: {{neg:customer-number|ES-PT-4410772}}.
Operador: E um contacto?
Cliente: {{PHONE|novecentos e dezanove, trezentos e quarenta e dois, duzentos e dezoito}}.
Operador: {{PHONE|Nove um nove, três quatro dois, dois um oito}}. Obrigado.`),
  t("transcript", `[00:00:02] operadora: seguros estrada boa tarde fala a {{PERSON|sofia}}
[00:00:05] cliente: boa tarde sou o {{PERSON|nuno ferreira}} tive um acidente ligeiro
[00:00:09] operadora: está bem
[00:00:10] cliente: sim sim só danos no carro
[00:00:12] operadora: número da apólice
[00:00:14] cliente: {{neg:policy-number|SE-AUTO-77102}}
[00:00:19] operadora: e o seu telemóvel
[00:00:21] cliente: {{PHONE|nove três seis, quinhentos e doze, zero quatro oito}}`),
  t("summary", `Resumo da chamada – {{neg:date|05/03/2026}}
Cliente: {{PERSON|Ana Luísa Martins}}
Motivo: débito em duplicado da subscrição de streaming ({{neg:amount|7,99 €}})
Resolução: reembolso pedido, ticket {{neg:ticket-number|STR-PT-6612}}
Contacto: {{EMAIL|analuisa.martins@example.com}}`),
  t("summary", `O Sr. {{PERSON|Oleksandr Shevchenko}} pediu a alteração do titular do contrato de gás para a esposa, {{PERSON|Iryna Shevchenko}}. Pendente envio do cartão de cidadão para {{EMAIL|documentos@energiasul.example}}. Contacto {{PHONE|+351 913 004 552}}.`),
  t("form", `Nome: {{PERSON|Gonçalo dos Santos Ribeiro}}
Telefone: {{PHONE|22 508 9917}}
Telemóvel: {{PHONE|00351 962 184 030}}
Email: {{EMAIL|goncalo.ribeiro@example.net}}
Código postal: {{neg:postcode|4200-319}}
Data de nascimento: {{neg:date|14/02/1983}}`),
  t("form", `cliente={{PERSON|Luana Nascimento}}; tlm={{PHONE|+351925118402}}; cartao={{CARD|4539 6612 0418 2274}}; validade={{neg:card-expiry|06/29}}; encomenda={{neg:order-number|EJ-559102}}; valor={{neg:amount|89,90 €}}`),
]
