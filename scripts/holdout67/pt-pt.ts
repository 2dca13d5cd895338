// pt-PT texts, written one by one: agência funerária, coimas, app de estacionamento, parques de campismo, manutenção de
// caldeiras, lotaria, laboratório de prótese dentária, desinfestação.
import { mk } from "./markup.ts"

const t = mk("pt-PT")

export const PT_PT = [
  t("asr", `operador: agência funerária boa esperança bom dia fala a {{PERSON|filipa}}
cliente: bom dia olhe a minha mãe faleceu ontem no hospital de santa maria
operador: os meus sentimentos o seu nome por favor
cliente: {{PERSON|joão pedro carvalhais}}
operador: e um contacto
cliente: {{PHONE|nove um seis, quatro oito dois, três sete zero}}`),
  t("legacy", `COIMAS - CONSULTA PROCESSO   {{neg:case-number|CO-2026-331047}}
ARGUIDO   {{PERSON|SANTOS, MARIA DO ROSARIO}}
MATRICULA {{neg:plate|AA-18-QX}}
VALOR     {{neg:amount|120,00 EUR}}
TELEFONE  {{PHONE|21 384 29 17}}`),
  t("sms", `estacionaja: o seu estacionamento termina as {{neg:time|19:00}}. prolongar? ajuda {{PHONE|210 418 330}}`),
  t("voicemail", `Mensagem de voz de {{PHONE|+351 938 207 144}}
"Olá, fala {{PERSON|Beatriz Lacerda}}, tenho reserva no parque de campismo da Nazaré de {{neg:date|10 de agosto}} a {{neg:date|17 de agosto}}, reserva {{neg:booking-ref|NZ-4471}}. Queria saber se há eletricidade no lugar. Obrigada."`),
  t("ivr", `URA caldeiras 2026-12-02 08:30:12 chamador={{PHONE|+351226081447}}
opcao=avaria
cp={{neg:postcode|4150-190}}
nome_asr="{{PERSON|rui moreira da silva}}" conf=0.61
fila=tecnicos_porto`),
  t("email", `De: {{PERSON|Inês Albuquerque}} <{{EMAIL|ines.albuquerque@example.com}}>
Para: {{EMAIL|encomendas@laboratorioprotese.example}}
Assunto: Encomenda {{neg:order-number|LP-9904}}

Bom dia, a prótese da paciente {{neg:reference|PC-118}} tem uma fissura. Podem ligar para a clínica ({{PHONE|239 82 14 06}})? O pagamento foi feito para {{IBAN|PT50 0010 0000 9281 7440 1638 0}} no dia {{neg:date|20 de novembro}}.
Cumprimentos`),
  t("asr", `[00:00:04] Agente: desinfestações lusas bom dia
[00:00:07] Cliente: bom dia tenho térmitas no soalho
[00:00:10] Agente: o nome do titular
[00:00:12] Cliente: {{PERSON|adriano mendes}}
[00:00:15] Agente: e o telemóvel
[00:00:17] Cliente: {{PHONE|novecentos e sessenta e cinco, duzentos e dez, trezentos e quarenta e quatro}}`),
  t("note", `Lotaria: premiado {{PERSON|Kwame Mensah Fonseca}} levantou {{neg:amount|500 €}} na loja. Pediu recibo por email {{EMAIL|kwame.fonseca@example.net}}. Telemóvel {{PHONE|961 772 408}}.`),
  t("legacy", `CAMPISMO RESERVAS   RES {{neg:booking-ref|AL-20566}}   DATA {{neg:date|15/07/2027}}
TITULAR   {{PERSON|OLIVEIRA, GRACA}}
TEL       {{PHONE|964 218 530}}
PAGAMENTO CARTAO {{CARD|6011 3077 1842 2952}}
VALOR     {{neg:amount|84,00 EUR}}`),
  t("asr", `agente: para pagar a coima com cartão diga o número
cliente: {{CARD|cinco um seis oito, dois nove quatro quatro, zero três sete um, nove três oito quatro}}
agente: obrigado senhora {{PERSON|tavares}}`),
  t("sms", `ola sou o {{PERSON|nuno}} da assistência das caldeiras 🔥 chego as {{neg:time|10:30}}. qualquer coisa {{PHONE|917 450 221}}`),
  t("ivr", `bot: Olá! Sou a assistente EstacionaJá. Qual a matrícula?
você: {{neg:plate|54-RT-07}}
bot: Obrigada. A conta está em nome de {{PERSON|Helena Caldeira}}. Reembolso de {{neg:amount|1,90 €}} aprovado.`),
]
