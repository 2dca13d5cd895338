// pt-PT texts: written one by one (vidros automóvel, reclamações de cartão, autorizações do seguro de saúde, fugas de
// água, dístico de residente, bilheteira do estádio, passe ferroviário, formação online).
import { mk } from "./markup.ts"

const t = mk("pt-PT")

export const PT_PT = [
  t("chat", `VidroJá – Assistência
[15:10] Você: boa tarde, o para-brisas partiu com uma pedra na A1
[15:11] {{PERSON|Inês}} (VidroJá): Boa tarde! Qual é a matrícula e a seguradora?
[15:11] Você: {{neg:plate|44-TR-18}}, Seguros Atlântida
[15:12] {{PERSON|Inês}} (VidroJá): Obrigada. Substituição na oficina de Matosinhos, dia {{neg:date|10 de dezembro}} às {{neg:time|9h30}}. Contacto?
[15:12] Você: {{PHONE|912 384 776}}`),
  t("transcript", `OPERADOR: Cartão Lusitano, reclamações, fala o {{PERSON|Tiago}}.
CLIENTE: Bom dia, tenho uma compra de {{neg:amount|89,90 €}} que não reconheço.
OPERADOR: Diga-me o seu nome, por favor.
CLIENTE: {{PERSON|Maria da Graça Sousa}}.
OPERADOR: Vou cancelar o cartão e pedir o reembolso para o IBAN {{IBAN|PT50 0035 0215 0006 2837 4517 1}}. Um contacto?
CLIENTE: {{PHONE|nove seis um, dois dois sete, nove zero quatro}}.`),
  t("email", `De: {{PERSON|Rui Carvalho}} <{{EMAIL|rui.carvalho@example.pt.example.com}}>
Para: {{EMAIL|autorizacoes@saudemar.example}}
Assunto: Pedido de autorização – cirurgia

Bom dia,

Venho pedir autorização prévia para a cirurgia às cataratas do meu pai, {{PERSON|Joaquim Carvalho}}, marcada para {{neg:date|12 de janeiro}}. Apólice n.º {{neg:policy-number|SM-2026-00418}}.

Contacto: {{PHONE|226 084 417}}.

Com os melhores cumprimentos,
{{PERSON|Rui Carvalho}}`),
  t("sms", `Águas do Tejo: detetámos uma possível fuga no seu contador. Ligue {{PHONE|808 200 314}}. Ref {{neg:reference|AT-LK-7710}}`),
  t("note", `Fuga comunicada por Sr. {{PERSON|Anselmo Pires}}, Rua da Prata 88, {{neg:postcode|1100-420}} Lisboa. Água na rua desde ontem. Tel. {{PHONE|+351 961 227 904}}. Equipa enviada {{neg:time|14:20}}. Acerto de fatura para {{IBAN|PT50 0007 0008 0015 9320 0478 7}}.`),
  t("ticket", `Câmara Municipal do Porto – Dístico de residente
Nome: {{PERSON|Beatriz Almeida Costa}}
Matrícula: {{neg:plate|AB-12-CD}}
Telefone: {{PHONE|225 108 473}}
Email: {{EMAIL|bia.costa@example.org}}
IBAN antigo (devolvido): {{neg:iban-checksum|PT57 0035 0215 0006 2837 4517 1}}
Zona: Bonfim`),
  t("chat", `Bilheteira Estádio do Mar
adepto: comprei bilhete para o jogo de domingo e não recebi email
{{PERSON|Rodrigo}} – Bilheteira: Olá! Número da encomenda?
adepto: {{neg:order-number|EM-330187}}
{{PERSON|Rodrigo}} – Bilheteira: Foi enviado para {{EMAIL|nuno.f@example.net}}. Está correto?
adepto: não, é nuno.ferraz, enganei-me
{{PERSON|Rodrigo}} – Bilheteira: Reenviado para {{EMAIL|nuno.ferraz@example.net}} ✅`),
  t("transcript", `operadora: passes ferroviários bom dia fala a {{PERSON|sofia}}
cliente: bom dia perdi o meu passe mensal
cliente: o meu nome é {{PERSON|andré lopes}}
operadora: emitimos segunda via custa sete euros
operadora: um telemóvel para avisarmos
cliente: {{PHONE|nove um dois, três oito quatro, sete sete seis}}`),
  t("ticket", `EduNet – Pedido {{neg:ticket-number|EN-PT-2290}}
Formando: {{PERSON|Leonor Martins}}
Email: {{EMAIL|leonor.martins@example.com}}
Problema: certificado com nome errado
IP: {{IP_ADDRESS|198.51.100.140}}
Telefone: {{PHONE|00351 217 940 552}}`),
]
