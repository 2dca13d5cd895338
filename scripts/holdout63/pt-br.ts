// pt-BR texts: written one by one (clínica de fertilidade, transporte escolar, cinema, ração por assinatura, energia
// solar por assinatura, autoescola, recarga de carro elétrico, biblioteca, balsa com veículo, plano funerário, bicicletaria).
import { mk } from "./markup.ts"

const t = mk("pt-BR")

export const PT_BR = [
  t("chat", `Clínica Fértil Vida – atendimento
[14:05] Você: oi, preciso remarcar minha consulta de retorno
[14:06] {{PERSON|Thaís}} (Recepção): Olá! Qual o nome da paciente?
[14:06] Você: {{PERSON|Juliana Albuquerque}}
[14:07] {{PERSON|Thaís}} (Recepção): Obrigada! Tenho sexta, {{neg:date|18 de dezembro}}, às {{neg:time|9h30}} com a Dra. {{PERSON|Okamoto}}.
[14:07] Você: pode ser, meu celular é {{PHONE|(11) 98472-3316}}`),
  t("sms", `Fértil Vida: {{PERSON|JULIANA}}, sua consulta foi remarcada para {{neg:date|18/12}} às {{neg:time|9h30}}. Dúvidas: {{PHONE|(11) 3058-2271}}`),
  t("note", `Van escolar Tio Beto: mãe {{PERSON|Vitória Nascimento}} avisa que {{PERSON|Enzo}} não vai na sexta. Mensalidade {{neg:amount|R$ 420,00}} em aberto desde {{neg:date|05/11}}. Pai {{PERSON|Cláudio}} paga via Pix. Cel {{PHONE|(31) 99104-5528}}. CEP {{neg:postcode|30140-071}}.`),
  t("email", `Assunto: Cobrança em dobro – ingressos

Olá, equipe CineMaré,

Comprei 2 ingressos para o dia {{neg:date|5 de dezembro}} (pedido {{neg:order-number|CM-44120877}}) e o valor de {{neg:amount|R$ 64,00}} foi cobrado duas vezes no cartão final {{neg:masked-card|**** 3907}}.

Meu telefone: {{PHONE|+55 21 97731-0486}}

Att.,
{{PERSON|Rafael Teixeira}}
{{EMAIL|rafa.teixeira@caixapostal.example}}`),
  t("transcript", `ATENDENTE: PetRação em Casa, {{PERSON|Larissa}} falando, bom dia.
CLIENTE: Bom dia, é a {{PERSON|Graça Moreira}}, quero mudar o endereço da entrega da ração.
ATENDENTE: Claro, dona {{PERSON|Graça}}. Pode confirmar o telefone do cadastro?
CLIENTE: {{PHONE|quatro oito, nove nove, seis um três, dois dois, oito sete}}
ATENDENTE: {{PHONE|48 99613-2287}}, perfeito.`),
  t("ticket", `SOLAR COMPARTILHADO – SOLICITAÇÃO DE CANCELAMENTO
Titular: {{PERSON|Sebastião Rocha Lima}}
Unidade consumidora: {{neg:account-number|7002 1184 39}}
Telefone: {{PHONE|(62) 3241-7709}}
E-mail: {{EMAIL|sebastiao.lima@provedor.example}}
Motivo: desconto na conta de {{neg:name-word|luz}} menor que o prometido`),
  t("chat", `Autoescola Via Certa
Cliente: oi, quero marcar aula de baliza
{{PERSON|Wellington}} (Via Certa): Oi! Nome do aluno?
Cliente: {{PERSON|Kauã Ferreira}}
{{PERSON|Wellington}} (Via Certa): Tenho sábado às {{neg:time|8h}}. Pacote de 5 aulas sai {{neg:amount|R$ 350}}.`),
  t("note", `EletroPosto: usuária {{PERSON|Aline Tanaka}} relata cobrança de {{neg:amount|R$ 58,90}} em recarga que não iniciou, posto {{neg:charger-id|EP-SP-3307}}. App versão {{neg:version|2.9.1}}. Estorno pedido. Contato {{PHONE|11 94420-8813}}.`),
  t("email", `De: Biblioteca Pública Municipal <{{EMAIL|atendimento@bibliotecapublica.example}}>
Para: {{PERSON|Marcos Vinícius Souza}}
Assunto: Renovação de cadastro

Prezado {{PERSON|Marcos Vinícius}},
Sua carteirinha {{neg:member-number|BPM 2201 4478}} vence em {{neg:date|31/12/2026}}. Para renovar, traga comprovante de residência ou ligue {{PHONE|(71) 3117-4025}}.`),
  t("transcript", `atendente travessia balsa boa tarde aqui é o {{PERSON|josé carlos}}
cliente boa tarde quero reservar a balsa pra ilhabela com carro no sábado
atendente qual o nome
cliente {{PERSON|renata oliveira}}
atendente e telefone
cliente {{PHONE|um dois, nove nove, sete oito um, quatro quatro, zero três}}`),
  t("ticket", `PLANO FUNERÁRIO BOM PASTOR – ALTERAÇÃO DE DÉBITO
Titular: {{PERSON|Francisca das Chagas Silva}}
Contrato: {{neg:contract-number|BP-0099-4471}}
Telefone: {{PHONE|(85) 98821-0417}}
Conta: {{IBAN|BR97 0036 0305 0000 1000 9795 493P 1}}`),
  t("sms", `Bike Mania: oi {{PERSON|Diego}}, sua bike tá pronta! Valor {{neg:amount|R$ 185,00}}. Funcionamos até {{neg:time|18h}}. Zap {{PHONE|(41) 99733-2180}}`),
]
