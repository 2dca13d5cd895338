// pt-BR texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("pt-BR")

export const PT_BR_2 = [
  t("chat", `[08:30] Cliente: bom dia, quero agendar consulta com cardiologista
[08:31] Clínica Vida – {{PERSON|Larissa}}: Bom dia! Nome completo e data de nascimento, por favor?
[08:31] Cliente: {{PERSON|Antônio Carlos de Oliveira}}, {{neg:date|12/06/1959}}
[08:33] Clínica Vida – {{PERSON|Larissa}}: Obrigada, seu {{PERSON|Antônio}}. Temos {{neg:date|25/03}} às {{neg:time|14:30}} com a Dra. {{PERSON|Helena Prado}}. Confirmo no WhatsApp {{PHONE|(31) 99821-4470}}?`),
  t("transcript", `atendente: banco horizonte prevenção a fraudes boa noite sou a {{PERSON|vanessa}}
cliente: boa noite meu cartão foi clonado
atendente: sinto muito qual o nome do titular
cliente: {{PERSON|eduardo}} {{PERSON|e d u a r d o}} {{PERSON|lima}}
atendente: senhor {{PERSON|eduardo}} pode me ler o número do cartão
cliente: {{CARD|2223 0048 1957 3022}}
atendente: obrigada e um telefone para contato
cliente: {{PHONE|onze, nove nove quatro, cinco dois, um oito, sete três}}`),
  t("note", `Mudança de endereço – cliente {{PERSON|Jéssica Martins}} solicita transferência da conta de luz para Rua das Flores 210, CEP {{neg:postcode|80010-120}}, a partir de {{neg:date|05/04}}. Leitura {{neg:meter-number|0048821}}. Cel {{PHONE|(41) 98812-3307}}.`),
  t("sms", `Academia Corpo Livre: Oi {{PERSON|Renan}}! Sua mensalidade de {{neg:amount|R$ 99,90}} vence dia {{neg:date|10/05}}. Dúvidas? Fala com a {{PERSON|Tati}} no {{PHONE|(21) 2547-8810}}.`),
  t("ticket", `Protocolo {{neg:ticket-number|RF-20260418-772}}
Assunto: Restituição do imposto de renda
Contribuinte: {{PERSON|Santos, Maria Aparecida dos}}
E-mail: {{EMAIL|cida.santos@example.org}}
Telefone: {{PHONE|+55 61 3322-4419}}
Obs: restituição de {{neg:amount|R$ 2.314,55}} no lote de {{neg:date|31/07}}.`),
  t("email", `Assunto: Troca de produto – pedido {{neg:order-number|MG-4410298}}

Oi, tudo bem?

Recebi o tênis no tamanho errado. Meu nome é {{PERSON|Caio Henrique Barbosa}} e meu telefone é {{PHONE|(51) 99604-2218}}.

Obrigado!

Em {{neg:date|3 de maio}}, Loja Mega <{{EMAIL|sac@lojamega.example}}> escreveu:
> Seu pedido foi entregue.`),
]
