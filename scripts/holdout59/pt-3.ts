// pt-PT texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("pt-PT")

export const PT_3 = [
  t("transcript", `operador: nortel boa tarde fala o {{PERSON|andré}}
cliente: boa tarde é o {{PERSON|joaquim rocha}} queria alterar o número de contacto
operador: diga
cliente: {{PHONE|nove um seis, duzentos e oitenta e três, quatrocentos e quarenta}} não desculpe {{PHONE|nove um seis, duzentos e oitenta e três, quatrocentos e quatro}}
operador: fica o segundo`),
  t("email", `Bom dia,

Envio os dados para o reembolso da franquia:
Titular: {{PERSON|Teresa Alves Correia}}
IBAN: {{IBAN|pt50 0036 0412 0099 1234 5670 1}}

Qualquer dúvida, o meu telemóvel é {{PHONE|968 220 147}}.

Obrigada,
{{PERSON|Teresa}} 🙂`),
  t("note", `sra. {{PERSON|Fátima Gomes}} ligou – fatura de água/luz duplicada ({{neg:amount|76,12 €}}). cliente diz que o campo em {{neg:name-word|branco}} no papel não aparece. confirmado erro. contacto {{PHONE|00351 917 003 228}}`),
  t("form", `Nome: {{PERSON|Kátia Semedo}}
Telefone: {{PHONE|+351 21 384 5520}}
Cartão: {{neg:luhn-invalid|4556 0192 3345 8810}} (recusado)
Cartão correto: {{CARD|4556 0192 3345 8819}}
Código postal: {{neg:postcode|2700-556}}`),
]
