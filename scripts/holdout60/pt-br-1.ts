// pt-BR texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("pt-BR")

export const PT_BR_1 = [
  t("chat", `[14:20] Você: oi, meu pedido veio errado, quero trocar
[14:21] Atendimento LojaFácil – {{PERSON|Bruna}}: Oi! Me passa o número do pedido e seu nome completo?
[14:21] Você: {{neg:order-number|LF-8830127}}, {{PERSON|Rafael Nascimento Souza}}
[14:22] Atendimento LojaFácil – {{PERSON|Bruna}}: Obrigada, {{PERSON|Rafael}}! A coleta será no CEP {{neg:postcode|04567-010}} até {{neg:date|18/03}}.`),
  t("note", `Cliente Sra. {{PERSON|Conceição Almeida}} ligou p/ contestar compra de {{neg:amount|R$ 1.349,00}} no cartão {{neg:masked-card|**** 4471}}. Cartão bloqueado. Contato {{PHONE|(11) 98457-2210}}. Protocolo {{neg:case-number|20260311-88412}}.`),
  t("transcript", `atendente: central de sinistros boa tarde meu nome é {{PERSON|thiago}}
cliente: boa tarde aqui é a {{PERSON|juliana}} {{PERSON|ribeiro}} bateram no meu carro
atendente: poxa sinto muito dona {{PERSON|juliana}} qual seu telefone
cliente: {{PHONE|vinte e um, nove oito sete, seis cinco, quatro três, dois um}}
atendente: anotado vou abrir o sinistro {{neg:claim-number|SIN-774120}}`),
  t("email", `Assunto: Reembolso da reserva {{neg:booking-ref|PSD-22K91}}

Olá {{PERSON|Marcelo}},

Como combinado, segue a conta para o reembolso de {{neg:amount|R$ 890,00}}:
{{IBAN|BR18 0036 0305 0000 1000 9795 493C 1}}

Abraços,
{{PERSON|Fernanda Costa e Silva}}
{{EMAIL|fernanda.cs@example.net}}
{{PHONE|+55 21 99712-4803}}`),
  t("sms", `ComeJá: {{PERSON|Gabi}}, seu entregador {{PERSON|Wellington}} está a caminho! Pedido {{neg:order-number|CJ-55021}}. Dúvidas: {{PHONE|(11) 3456-7821}}`),
  t("ticket", `Chamado {{neg:ticket-number|NET-4418203}} – internet lenta
Cliente: {{PERSON|Pereira, Lucas}}
IP: {{IP_ADDRESS|192.168.15.1}} / {{IP_ADDRESS|2001:db8:beef::7}}
Obs ({{PERSON|Camila}}): técnico agendado {{neg:date|22/04}} das {{neg:time|8:00}} às {{neg:time|12:00}}.`),
  t("email", `Prezado Sr. {{PERSON|Otávio Rocha}},

Informamos que sua matrícula na academia foi cancelada a partir de {{neg:date|1º de julho}}. Valor pendente: {{neg:amount|R$ 119,90}}.

Atenciosamente,
{{PERSON|Patrícia Moura}}
Central do Aluno – {{PHONE|0800 725 1010}}`),
]
