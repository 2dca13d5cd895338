// pt-BR texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("pt-BR")

export const PT_BR_3 = [
  t("note", `Seguro auto – segurado {{PERSON|Rodrigo Teixeira}} relata colisão na Av. Paulista. Terceiro: {{PERSON|Luana Freitas}}, cel {{PHONE|(11) 97744-2310}}. Placa terceiro {{neg:plate|FGH-2B34}}. Franquia {{neg:amount|R$ 2.800,00}}. Vistoria {{neg:date|14/08}}.`),
  t("sms", `Recado de voz de {{PHONE|+55 11 3044-8812}}: "oi aqui é a {{PERSON|Priscila}} do hotel Mar Azul, é sobre a sua reserva do dia {{neg:date|20 de dezembro}}, me liga de volta por favor, obrigada"`),
  t("chat", `{{PERSON|duda}} 22:10: moço meu lanche veio frio e faltando batata
RangoJá 22:11: Poxa, {{PERSON|Duda}}! Vamos estornar {{neg:amount|R$ 32,90}} no seu cartão final {{neg:masked-card|**** 9921}}.
{{PERSON|duda}} 22:11: valeu`),
  t("email", `Assunto: Cancelamento de plano de internet

Prezados,

Solicito o cancelamento do plano (contrato {{neg:contract-number|CT-7710293}}) a partir de {{neg:date|1º de agosto}}. O roteador ({{IP_ADDRESS|192.168.0.1}}) será devolvido na loja.

Att.,
{{PERSON|Letícia Gonçalves}}
{{PHONE|(85) 98811-4027}}`),
  t("transcript", `atendente: receita federal atendimento bom dia meu nome é {{PERSON|rogério}}
contribuinte: bom dia aqui é {{PERSON|sebastião}} {{PERSON|nogueira}} caí na malha fina
atendente: entendo seu {{PERSON|sebastião}} vou precisar de um telefone
contribuinte: {{PHONE|sessenta e dois, nove oito quatro, um dois, três três, zero cinco}}`),
  t("ticket", `Chamado {{neg:ticket-number|TRC-88410}} – troca
Cliente: {{PERSON|Araújo, Beatriz}}
E-mail: {{EMAIL|bia.araujo@example.com}}
Pedido {{neg:order-number|PD-2201934}}, valor {{neg:amount|R$ 459,00}}
Obs.: coleta agendada, CEP {{neg:postcode|30130-010}}.`),
]
