// Italian, Spanish and Portuguese texts (it-IT, es-ES, pt-PT), written one by one: moduli web, schede CRM, CSV,
// conferme d'ordine, voucher, code di richiamata; formularios, fichas, manifiestos; formulários, fichas, filas de retorno.
import { mk } from "./mk.ts"

const it = mk("it-IT")
const es = mk("es-ES")
const pt = mk("pt-PT")

export const IT_IT = [
  it("ticket", `Modulo di contatto – Assicurazioni Laguna
Nome: {{PERSON|Ludovica}}
Cognome: {{PERSON|Bertolazzi}}
Cellulare: {{PHONE|347 218 9960}}
Telefono fisso: {{PHONE|02 8734 1120}}
Email: {{EMAIL|ludo.bertolazzi@example.com}}
CAP: {{neg:postcode|20135}}
Messaggio: sinistro {{neg:claim-number|SIN-2026-30418}} del {{neg:date|2 dicembre}}, ancora nessuna risposta`),
  it("note", `Scheda CRM
Cognome e nome: {{PERSON|ESPOSITO Gennaro}}
Nome breve: {{PERSON|G. Esposito}}
Utente: {{PERSON|gesposito}}
Tel. casa: {{PHONE|081 552 6613}}
IBAN: {{IBAN|IT76 X030 6909 6061 0000 0147 293}}
IBAN precedente (errato): {{neg:iban-checksum|IT67 X030 6909 6061 0000 0147 293}}
Codice cliente: {{neg:customer-number|CL-700182}}`),
  it("email", `Oggetto: Conferma ordine {{neg:order-number|ORD-IT-40917}}
Gentile {{PERSON|Beatrice Fontanella}},
il suo ordine di {{neg:amount|€ 129,90}} sarà consegnato il {{neg:date|11 dicembre}}.
Pagamento: Discover {{CARD|6500 3827 1946 2057}}
Assistenza: {{EMAIL|assistenza@casadelcaffe.example}} – {{PHONE|055 234 7718}}`),
  it("summary", `Codice di chiusura: RICHIAMARE
Segreteria trascritta: "buongiorno sono {{PERSON|Raffaele Carbone}}, mi richiamate al {{PHONE|tre quattro zero, sette sette due, uno nove zero cinque}}, grazie"
Contratto {{neg:contract-number|LG-55102}}, scadenza {{neg:date|31/12/2026}}.
Operatrice: {{PERSON|Giorgia Sanna}}`),
  it("note", `cognome;nome;cellulare;città
{{PERSON|Lombardi}};{{PERSON|Matteo}};{{PHONE|333 902 1147}};Bergamo
{{PERSON|Ferraro}};{{PERSON|Chiara}};{{PHONE|+39 389 441 2076}};Torino
{{PERSON|Ndiaye}};{{PERSON|Awa}};{{PHONE|011 561 2283}};Torino`),
  it("ticket", `{"prenotazione":"{{neg:booking-ref|VEN-8821}}","ospite":"{{PERSON|Tommaso Guidi}}","telefono":"{{PHONE|06 4421 8839}}","email":"{{EMAIL|tguidi@example.org}}","arrivo":"{{neg:date|2026-12-20}}","ora":"{{neg:time|14:30}}"}`),
  it("chat", `Chat – Luce Verde Energia
{{PERSON|Elisa}} (operatrice): Buongiorno, a chi è intestato il contratto?
Tu: {{PERSON|Vittorio Mancuso}}
{{PERSON|Elisa}} (operatrice): Grazie. La bolletta di {{neg:amount|€ 76,20}} scade il {{neg:date|15/12/2026}}.
Tu: ok. app versione {{neg:version|4.9.2}} non si apre`),
  it("note", `Coda richiamate {{neg:date|09/12/2026}}
{{neg:time|09:00}} | Sig.ra {{PERSON|Marisa Delogu}} | {{PHONE|070 428 1193}} | reclamo
{{neg:time|09:30}} | Sig. {{PERSON|Aldo Pinna}} | {{PHONE|348 770 2216}} | carta {{neg:masked-card|**** 4480}}`),
  it("email", `Voucher {{neg:booking-ref|AGR-3307}} – Agriturismo Le Crete
Ospite: {{PERSON|Noemi Cattaneo}}
Arrivo {{neg:date|28 dicembre}}, cena ore {{neg:time|20:00}}
Caparra {{neg:amount|€ 200}} su {{IBAN|IT05 K020 0801 6330 0010 4827 561}}
Tel. ospite: {{PHONE|339 502 7784}}`),
  it("transcript", `OPERATORE: Servizio clienti, sono {{PERSON|Davide}}.
CLIENTE: Salve, sono {{PERSON|Annalisa Rota}}, il mio numero è {{PHONE|tre tre cinque, sei uno otto, quattro due zero sette}}
OPERATORE: {{PHONE|335 618 4207}}, perfetto. Pratica {{neg:case-number|PR-71120}}.`),
]

export const ES_ES = [
  es("ticket", `Formulario web – Seguros Atalaya
Nombre: {{PERSON|Ainhoa}}
Apellidos: {{PERSON|Urrutia Goñi}}
Teléfono móvil: {{PHONE|654 201 778}}
Teléfono fijo: {{PHONE|944 231 870}}
Correo: {{EMAIL|ainhoa.urrutia@example.net}}
Código postal: {{neg:postcode|48008}}
Comentario: póliza {{neg:policy-number|AT-4471902}}, quiero cambiar la fecha de cobro al {{neg:date|5 de enero}}`),
  es("note", `Ficha cliente (CRM)
Nombre completo: {{PERSON|GARCÍA LÓPEZ, María Dolores}}
Nombre corto: {{PERSON|Loli García}}
Usuario: {{PERSON|mdgarcia}}
Teléfono: {{PHONE|915 337 204}}
IBAN: {{IBAN|ES21 2100 0813 6702 0194 6738}}
IBAN anterior (erróneo): {{neg:iban-checksum|ES12 2100 0813 6702 0194 6738}}`),
  es("email", `Asunto: Confirmación de pedido {{neg:order-number|PED-880214}}
Hola {{PERSON|Iker}},
Tu pedido de {{neg:amount|89,95 €}} sale hoy. Pagado con Mastercard {{CARD|2226 1403 8875 2907}}, caducidad {{neg:card-expiry|05/29}}.
Dirección: {{PERSON|Iker Zubizarreta}}, Calle Mayor 3, {{neg:postcode|31001}} Pamplona
Atención al cliente: {{EMAIL|clientes@tiendanorte.example}}`),
  es("summary", `Código de cierre: RELLAMADA
Buzón de voz transcrito: «hola soy {{PERSON|Remedios Cortés}}, llámenme al {{PHONE|seis siete siete, tres cinco cero, nueve uno dos}} por la tarde»
Expediente {{neg:case-number|EXP-20391}}, importe {{neg:amount|142,00 €}}.
Agente: {{PERSON|Jonathan Salas}}`),
  es("note", `apellido1,apellido2,nombre,teléfono
{{PERSON|Fernández}},{{PERSON|Ruiz}},{{PERSON|Álvaro}},{{PHONE|933 118 452}}
{{PERSON|Moreno}},{{PERSON|Castaño}},{{PERSON|Nuria}},{{PHONE|+34 699 812 034}}
{{PERSON|Benítez}},,{{PERSON|Yeray}},{{PHONE|922 640 315}}`),
  es("ticket", `<envio id="{{neg:tracking-number|ENV-5502718}}">
  <destinatario>{{PERSON|Macarena Oliva}}</destinatario>
  <telefono>{{PHONE|955 420 118}}</telefono>
  <cp>{{neg:postcode|41004}}</cp>
  <franja>{{neg:time|10:00}}-{{neg:time|14:00}}</franja>
</envio>`),
  es("chat", `Chat – Luz del Sur Energía
{{PERSON|Rocío}} (agente): ¡Hola! ¿Titular del contrato?
Tú: {{PERSON|Samuel Obiang}}
{{PERSON|Rocío}} (agente): Gracias. Veo un cargo de {{neg:amount|63,10 €}} del {{neg:date|1 de diciembre}}.
Tú: mi nueva cuenta es {{IBAN|ES66 0049 1500 0427 1830 4956}}`),
  es("note", `Cola de rellamadas – {{neg:date|10/12/2026}}
{{neg:time|11:00}}  Sra. {{PERSON|Encarnación Vidal}}  {{PHONE|722 145 390}}  baja
{{neg:time|11:20}}  Sr. {{PERSON|Paco Lozano}}  {{PHONE|968 231 507}}  factura {{neg:invoice-number|F-2026-1184}}
{{neg:time|11:40}}  Ferretería Hermanos Gil  {{PHONE|976 440 219}}  (empresa)`),
  es("email", `Bono de reserva {{neg:booking-ref|HSP-40217}} – Hostal Puerta del Sol
Huésped: {{PERSON|Nahia Etxeberria}}
Llegada {{neg:date|23 de diciembre}} a partir de las {{neg:time|14:00}}
Depósito {{neg:amount|60 €}}, tarjeta {{neg:masked-card|•••• •••• •••• 1739}}
Contacto del huésped: {{PHONE|688 207 341}}; recepción {{EMAIL|reservas@hostalpuertasol.example}}`),
  es("transcript", `AGENTE: Telefonía Ibérica, le atiende {{PERSON|Marta}}.
CLIENTE: Sí, soy {{PERSON|Fermín Echeverría}}. Apunte el móvil de mi hija: {{PHONE|seis uno cinco, cuatro cuatro ocho, dos siete tres}}.
AGENTE: {{PHONE|615 448 273}}. Incidencia {{neg:ticket-number|INC-33018}} abierta, IP del router {{IP_ADDRESS|192.168.1.254}}.`),
]

export const PT_PT = [
  pt("ticket", `Formulário de contacto – Águas do Tejo
Nome: {{PERSON|Inês}}
Apelido: {{PERSON|Carvalho Sequeira}}
Telemóvel: {{PHONE|912 447 305}}
Telefone fixo: {{PHONE|213 480 227}}
Email: {{EMAIL|ines.sequeira@example.org}}
Código postal: {{neg:postcode|1150-244}}
Mensagem: fatura de {{neg:amount|47,30 €}} do {{neg:date|28 de novembro}} em duplicado`),
  pt("note", `Ficha de cliente
Nome: {{PERSON|MARTINS, João Pedro}}
Nome abreviado: {{PERSON|J. P. Martins}}
Utilizador: {{PERSON|jpmartins}}
Telemóvel: {{PHONE|+351 936 118 204}}
IBAN: {{IBAN|PT50 0035 0217 0004 8193 7620 2}}
IBAN antigo (errado): {{neg:iban-checksum|PT05 0035 0217 0004 8193 7620 2}}`),
  pt("email", `Assunto: Confirmação da encomenda {{neg:order-number|ENC-302918}}
Olá {{PERSON|Beatriz}},
A sua encomenda segue para {{PERSON|Beatriz Lobo}}, Rua de Cedofeita 210, {{neg:postcode|4050-174}} Porto.
Pago com American Express {{CARD|3447 208163 95022}}.
Dúvidas: {{EMAIL|apoio@livrariaribeira.example}} ou {{PHONE|225 093 417}}`),
  pt("summary", `Código de fecho: VOLTAR A LIGAR
Mensagem de voz transcrita: "boa tarde, fala {{PERSON|Adelino Fonseca}}, liguem para o {{PHONE|nove seis cinco, sete três dois, zero um oito}}"
Contrato {{neg:contract-number|CT-88013}}, leitura de {{neg:date|2 de dezembro}}.
Agente: {{PERSON|Tânia Correia}}`),
  pt("note", `nome;telemóvel;cidade
"{{PERSON|Rodrigues, Filipa}}";{{PHONE|917 008 342}};Braga
"{{PERSON|Semedo, Ivanildo}}";{{PHONE|939 512 770}};Amadora
"{{PERSON|Vaz, Teresa}}";{{PHONE|289 803 116}};Faro`),
  pt("ticket", `reserva:
  codigo: {{neg:booking-ref|QTA-2291}}
  hospede: {{PERSON|Gonçalo Meireles}}
  telefone: "{{PHONE|962 330 418}}"
  email: {{EMAIL|gmeireles@example.com}}
  chegada: {{neg:date|2026-12-30}}
  sinal: "{{neg:amount|90,00 €}}"`),
  pt("chat", `Chat – Net Atlântico
{{PERSON|Rita}} (assistente): Olá! Nome do titular?
Você: {{PERSON|Cristiano Baptista}}
{{PERSON|Rita}} (assistente): Obrigada. O router ({{neg:version|3.2.7}}) tem o IP {{IP_ADDRESS|fd12:9a0b:33::1}}, vou reiniciar.
Você: ok, liguem-me para o {{PHONE|927 604 158}} se precisarem`),
  pt("note", `Fila de retorno {{neg:date|11/12/2026}}
{{neg:time|10:00}} – Sr. {{PERSON|Armindo Tavares}} – {{PHONE|253 771 409}} – reclamação
{{neg:time|10:30}} – D. {{PERSON|Olinda Carreira}} – {{PHONE|968 223 517}} – cartão {{neg:masked-card|**** 2214}}`),
  pt("email", `Voucher de reserva {{neg:booking-ref|DOU-7740}} – Quinta do Rio
Hóspede: {{PERSON|Leonor Azevedo}}
Check-in {{neg:date|26 de dezembro}}, {{neg:time|16:00}}
Pagamento {{neg:amount|320,00 €}} por transferência para {{IBAN|PT50 0033 0000 4528 1937 4052 0}}
Contacto: {{PHONE|918 442 093}}`),
  pt("transcript", `ASSISTENTE: Seguros Lusitânia, fala a {{PERSON|Catarina}}.
CLIENTE: Bom dia, {{PERSON|Hélder Magalhães}}. O meu número é {{PHONE|nove três um, dois oito quatro, cinco cinco sete}}.
ASSISTENTE: {{PHONE|931 284 557}}, certo. Sinistro {{neg:claim-number|SN-44109}}.`),
]
