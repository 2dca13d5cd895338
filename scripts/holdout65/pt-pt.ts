// pt-PT texts: written one by one (avarias da rede elétrica, centro de jardinagem, cozinhas, revelação de fotografias,
// lentes de contacto por subscrição, perdidos numa app de táxi, livraria, pneus, transporte de doentes).
import { mk } from "./markup.ts"

const t = mk("pt-PT")

export const PT_PT = [
  t("transcript", `OPERADOR: Rede Elétrica do Douro, avarias, fala o {{PERSON|Nuno}}.
CLIENTE: Boa noite, o meu nome é {{PERSON|Maria de Fátima Carvalho}}, estamos sem luz em Gondomar desde as oito.
OPERADOR: Sim, minha senhora, temos uma avaria num posto de transformação. Quer receber um SMS quando a luz voltar?
CLIENTE: Quero, sim. {{PHONE|novecentos e doze, quatrocentos e quarenta e oito, zero trinta e um}}
OPERADOR: {{PHONE|912 448 031}}. Fica registado, dona {{PERSON|Fátima}}.`),
  t("email", `Assunto: Entrega de oliveiras – encomenda {{neg:order-number|CJA-40712}}

Olá {{PERSON|Rui}},

Confirmamos a entrega das duas oliveiras no dia {{neg:date|14 de dezembro}}, entre as {{neg:time|9h}} e as {{neg:time|13h}}. O nosso motorista, {{PERSON|Sérgio}}, liga para o {{PHONE|+351 936 204 117}} antes de chegar.

Valor a pagar na entrega: {{neg:amount|420,00 €}}.

Com os melhores cumprimentos,
{{PERSON|Inês Figueiredo}}
Centro de Jardinagem Alecrim, Sintra
{{EMAIL|entregas@alecrim.example.com}} | {{PHONE|21 354 78 20}}`),
  t("note", `Cozinhas Bordalo – medição {{neg:date|02/12}} em casa do Sr. {{PERSON|Adriano Tavares}}, Rua do Bonjardim 118, {{neg:postcode|4000-117}} Porto. Bancada em granito, lava-loiça inox. Orçamento {{neg:amount|7.850,00 €}}. Sinal por transferência de {{IBAN|PT50 0035 0697 0003 8291 4750 9}}. Tel. {{PHONE|00351 22 208 41 37}}, tlm. mulher ({{PERSON|Célia}}) {{PHONE|96 318 44 27}}.`),
  t("chat", `FotoInstante – apoio
Você: olá, as fotos do meu álbum saíram todas escuras
{{PERSON|Beatriz}} (FotoInstante): Olá! Lamentamos muito. Pode indicar o número da encomenda?
Você: {{neg:order-number|FI-2290417}}
{{PERSON|Beatriz}} (FotoInstante): Obrigada. Vamos reimprimir sem custos. Envio para {{PERSON|Tiago Moreira}}, certo?
Você: sim, sou eu
{{PERSON|Beatriz}} (FotoInstante): Perfeito, chega em 3 dias úteis 📷`),
  t("ticket", `Ótica Olhar – subscrição de lentes de contacto
Cliente: {{PERSON|Gonçalves, Marta}}
Débito direto: {{IBAN|PT50 0033 0000 4539 1827 1066 4}}
IBAN recusado: {{neg:iban-checksum|PT51 0033 0000 4539 1827 1066 4}}
Valor: {{neg:amount|27,90 €}}/mês
Telemóvel: {{PHONE|229 417 305}}
Email: {{EMAIL|marta.goncalves@example.com}}`),
  t("sms", `TáxiJá: Olá {{PERSON|Duarte}}, o motorista {{PERSON|Anselmo}} encontrou o seu casaco. Pode levantá-lo na nossa loja do Saldanha até {{neg:date|18/12}}. Ajuda: {{PHONE|218 404 559}}`),
  t("ticket", `Transporte de doentes não urgente – pedido
Utente: {{PERSON|Ferreira da Silva, Albertina}}
Nascimento: {{neg:date|30/08/1937}}
Destino: Hospital de Santo António, hemodiálise {{neg:date|07/12/2026}} {{neg:time|7h30}}
Morada: Travessa da Fábrica 5, {{neg:postcode|4050-255}} Porto
Contacto: neto {{PERSON|Vasco Silva}} {{PHONE|+351 917 330 482}}
Acesso ao portal a partir de: {{IP_ADDRESS|172.16.8.44}}`),
  t("transcript", `funcionária: livrarias papiro boa tarde
cliente: boa tarde é o {{PERSON|joaquim antunes}} encomendei um livro para a minha neta já chegou
funcionária: deixe ver sim senhor {{PERSON|antunes}} chegou hoje
cliente: pode mandar mensagem quando puder ir buscar para o {{PHONE|nove três seis, dois zero quatro, um um sete}}
funcionária: com certeza`),
]
