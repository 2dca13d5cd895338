// pt-PT texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("pt-PT")

export const PT_PT = [
  t("chat", `Farmácia Estrela – apoio online
[09:20] Visitante: bom dia, a receita da minha mãe já chegou? É a {{PERSON|Maria da Conceição Pires}}
[09:22] Dra. {{PERSON|Filipa}} (Farmácia Estrela): Bom dia! Já temos a receita. O medicamento chega amanhã depois das {{neg:time|11h}}.
[09:22] Visitante: ótimo. podem ligar-me quando estiver? {{PHONE|936 118 402}}, sou o {{PERSON|Rui}}
[09:23] Dra. {{PERSON|Filipa}} (Farmácia Estrela): Com certeza, {{PERSON|Rui}}.`),
  t("email", `Assunto: Devolução de caução – T2 na Rua de Cedofeita, 212

Cara Sra. D. {{PERSON|Luísa Carvalho}},

Após a vistoria de {{neg:date|29 de novembro}}, confirmamos a devolução integral da caução no valor de {{neg:amount|1.300,00 €}}. A transferência será feita para o IBAN {{IBAN|PT50 0036 0162 9910 0042 1884 5}} até {{neg:date|12 de dezembro}}.

Com os melhores cumprimentos,
{{PERSON|Nuno Magalhães}}
Invicta Imobiliária – {{PHONE|226 081 442}}
{{EMAIL|arrendamentos@invicta-imo.example}}`),
  t("transcript", `AGENTE: Clínica Veterinária do Restelo, fala a {{PERSON|Joana}}, bom dia.
CLIENTE: Bom dia. O meu gato está a vomitar desde ontem. Chamo-me {{PERSON|Henrique Bettencourt}}.
AGENTE: Pode trazê-lo hoje às {{neg:time|16h30}}? Qual o seu contacto?
CLIENTE: {{PHONE|nove seis dois, cinco zero um, sete três três}}.
AGENTE: {{PHONE|novecentos e sessenta e dois, quinhentos e um, setecentos e trinta e três}}, certo?
CLIENTE: Certo.`),
  t("note", `Intermediação crédito hab. – casal {{PERSON|Tavares}}: {{PERSON|Diogo}} e {{PERSON|Beatriz Tavares Mendes}}. Imóvel Almada {{neg:amount|245.000 €}}, LTV 90%. Falta declaração IRS 2025 da {{PERSON|Beatriz}}. Tel. {{PHONE|917 330 264}}. Reunião {{neg:date|18/12}} {{neg:time|10h}}.`),
  t("sms", `RápidoPost: a sua encomenda {{neg:tracking-number|RP 4418 2207 PT}} será entregue hoje entre as {{neg:time|14h}} e as {{neg:time|18h}}. Alterar: {{PHONE|210 340 118}}`),
  t("ticket", `Pedido {{neg:ticket-number|ULX-CAND-2291}} – Candidaturas Mestrado
Candidato: {{PERSON|SANTOS, Edson Ribeiro dos}}
Nacionalidade: cabo-verdiana
Questão: pagamento da taxa ({{neg:amount|51 €}}) não reconhecido
Contactos: {{EMAIL|edson.santos@estudante.example}}, {{PHONE|+238 991 44 27}}
Responsável: {{PERSON|Catarina Lobo}}`),
  t("email", `Assunto: Alteração de donativo mensal

Boa tarde,

Sou doadora da Associação Mãos Dadas há cinco anos ({{neg:amount|10 €}} por mês). Gostaria de aumentar para {{neg:amount|20 €}} a partir de janeiro. O débito é feito na conta {{IBAN|PT50 0010 0000 4890 1127 3010 9}}.

Obrigada,
{{PERSON|Teresa Quintela}}
{{PHONE|00351 218 402 119}}`),
  t("chat", `Tu (22:15): boa noite, cancelei a subscrição mas continuam a cobrar-me
Filmeira Apoio – {{PERSON|Tiago}} (22:17): Boa noite! Vejo uma cobrança de {{neg:amount|7,99 €}} a {{neg:date|1 de dezembro}}. O cancelamento ficou registado a {{neg:date|2 de dezembro}}, por isso vou reembolsar.
Tu (22:17): obrigado! o meu email é {{EMAIL|andre.f.lopes@sapo.example}}
Filmeira Apoio – {{PERSON|Tiago}} (22:18): Recibo enviado.`),
  t("note", `Rent-a-car Faro: cliente {{PERSON|Siobhan O'Neill}} (IE) contrato {{neg:contract-number|FAO-770413}} – portagens não pagas {{neg:amount|€ 23,40}}. Cobrar no cartão {{neg:masked-card|•••• 5064}}. Tel. {{PHONE|+353 87 264 9130}}.`),
  t("transcript", `[00:00:02] agente: clínica dentária sorriso boa tarde é a {{PERSON|inês}}
[00:00:05] cliente: boa tarde queria marcar uma consulta para o meu filho
[00:00:08] agente: claro qual é o nome da criança
[00:00:10] cliente: {{PERSON|gonçalo pereira}}
[00:00:12] agente: e o seu contacto
[00:00:14] cliente: {{PHONE|nove um dois, oito oito quatro, zero sete um}}
[00:00:19] agente: ficou marcado para dia dezassete... às {{neg:time|17h}}`),
  t("ticket", `Processo bagagem {{neg:reference|LISTP88120}} – Atlântico Airlines
Passageiro: Sr. {{PERSON|Adriano Fonseca}}
Voo {{neg:flight-number|TP 1351}} Paris–Lisboa, {{neg:date|05/12/2026}}
Mala: preta, etiqueta {{neg:tracking-number|TP 440219}}
Entrega: Av. da República 44, {{neg:postcode|1050-196}} Lisboa
Contacto: {{PHONE|962 118 540}}`),
  t("sms", `Consultório Dr. {{PERSON|Abreu}}: a consulta do {{PERSON|Martim}} está confirmada para {{neg:date|22/12}} às {{neg:time|9h30}}. Desmarcar: {{PHONE|253 612 207}}`),
  t("email", `Assunto: Resgate do fundo de pensões – {{PERSON|Manuel Sarmento}}

Exmos. Senhores,

Venho solicitar o resgate parcial do meu plano de pensões (nº de participante {{neg:member-number|FP-0042291}}) por motivo de doença grave. Junto o relatório médico.

Pagamento para {{IBAN|PT50 0007 0218 0441 5566 7213 4}}.

Com os melhores cumprimentos,
{{PERSON|Manuel Sarmento}}
{{PHONE|239 441 802}}`),
  t("chat", `[sáb 11:30] {{PERSON|carolina}}: olá, o iPhone que comprei na loja não liga
[sáb 11:32] {{PERSON|Bruno}} – TelemóvelPlus Colombo: Olá {{PERSON|Carolina}}! Tem a fatura?
[sáb 11:32] {{PERSON|carolina}}: sim, {{neg:invoice-number|FT 2026/18842}}
[sáb 11:34] {{PERSON|Bruno}} – TelemóvelPlus Colombo: Pode trazê-lo à loja, trocamos na hora. Deixe-me um contacto.
[sáb 11:34] {{PERSON|carolina}}: {{PHONE|968 402 771}}`),
  t("note", `Donativo único por telefone – Sr. {{PERSON|Fernando Almeida}} ({{neg:amount|100 €}}). Cartão {{CARD|3714 496353 98431}}, validade {{neg:card-expiry|09/28}}. Recibo para {{EMAIL|f.almeida@netcabo.example}}. Atendeu {{PERSON|Sónia}}.`),
  t("ticket", `Ticket {{neg:ticket-number|RP-30921}} – RápidoPost
Remetente: Loja Bordados Minho
Destinatária: {{PERSON|Alzira Gomes}}, {{neg:postcode|4700-320}} Braga
Problema: encomenda devolvida por morada incompleta
Contacto destinatária: {{PHONE|253 200 118}}
Nota de {{PERSON|Rúben}}: morada corrigida, nova tentativa {{neg:date|10/12}}.`),
  t("sms", `Farmácia Estrela: {{PERSON|Rui}}, o medicamento da D. {{PERSON|Conceição}} já chegou. Estamos abertos até às {{neg:time|20h}}.`),
]
