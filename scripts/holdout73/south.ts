// Spanish, Mexican Spanish, Italian and Brazilian Portuguese texts, written one by one: chats, notas, e-mails, resúmenes,
// transcripts and SMS of a repair desk, a grocery delivery line, a glass-and-breakdown insurer, a mobile bank, a scooter
// rental, a course platform, a kitchen planner and a ticket desk.
import { mk } from "./mk.ts"

const es = mk("es-ES")
const mx = mk("es-MX")
const it = mk("it-IT")
const br = mk("pt-BR")

export const ES_ES = [
  es("chat", `Chat Voltaro – servicio técnico 📺
{{PERSON|maria jose}}: hola, la tele se apaga sola, nº serie {{neg:serial-number|VT55-ES-90314}}
Agente {{PERSON|Iker}}: ¡Hola! ¿Me da su nombre completo y un teléfono?
{{PERSON|maria jose}}: {{PERSON|María José Fernández de Córdoba}}, {{PHONE|612 48 30 97}}
Agente {{PERSON|Iker}}: Gracias. Recogida el {{neg:date|10/12/2026}}, incidencia {{neg:case-number|INC-ES-77120}}.`),
  es("note", `Nota agente – Nimbo, bloqueo de tarjeta
Cliente {{PERSON|GARCÍA PÉREZ, Álvaro}} llama a las {{neg:time|02:37}} desde Valencia: robo del móvil y la cartera. Tarjeta {{neg:masked-card|**** 2585}} bloqueada.
Cargo dudoso {{neg:amount|187,60 €}}. Reembolso a {{IBAN|ES76 0049 1500 0127 1014 6253}}. Contacto alternativo: su pareja {{PERSON|Nerea}} {{PHONE|+34 655 210 874}}.`),
  es("email", `De: {{EMAIL|rocio.amador@example.org}}
Asunto: Pedido {{neg:order-number|FCE-3309817}} sin entregar

Hola, el pedido del supermercado no llegó y me cobraron {{neg:amount|64,35 €}}. Por favor, devolved el importe a la cuenta {{IBAN|ES41 2085 4113 3203 3018 4572}} (no a {{neg:iban-checksum|ES14 2085 4113 3203 3018 4572}}, que es antigua).
Un saludo, {{PERSON|Rocío Amador Heredia}} · {{PHONE|91 432 18 70}}`),
  es("summary", `Resumen de llamada – Roadwise lunas y asistencia
Asegurado: {{PERSON|Jordi Casals i Vila}}, luna delantera rota en la AP-7. Póliza {{neg:policy-number|RWE-LU-448190}}. Cita el {{neg:date|14 de diciembre}} a las {{neg:time|9:00}}.
Teléfono {{PHONE|+34 93 318 45 62}}, móvil {{PHONE|634-772-019}}. Franquicia {{neg:amount|90 €}}.`),
  es("transcript", `[Transcripción – taquilla Loudhall]
AGENTE: ¿Un teléfono de contacto?
CLIENTE: {{PHONE|seis dos siete, cuarenta y ocho, noventa y uno, trece}}
AGENTE: {{PHONE|627 48 91 13}}, perfecto. ¿A nombre de quién?
CLIENTE: {{PERSON|Lucía Ortega}}. Son tres entradas para el {{neg:date|22 de enero}}, localizador {{neg:booking-ref|LHE-4QZ81}}.`),
  es("note", `Learnhive ES – incidencia de acceso
Alumno: {{PERSON|Wang Lei}} ({{PERSON|wanglei}}), acceso bloqueado desde {{IP_ADDRESS|192.168.1.130}}. Versión app {{neg:version|6.0.2}}.
Correo {{EMAIL|wang.lei@example.com}}, tel. {{PHONE|699 03 52 18}}. Resuelto {{neg:date|3/12/2026}}.`),
  es("chat", `Cocinas Hogar Norte – cita
Cliente: hola!! queremos diseñar la cocina 😍 somos {{PERSON|Paco}} y {{PERSON|Itziar}}
Diseñadora {{PERSON|Lorena}}: ¡Genial! ¿Teléfono?
Cliente: {{PHONE|688.41.27.90}}
Diseñadora {{PERSON|Lorena}}: Cita {{neg:date|8 de enero}} a las {{neg:time|17:30}}, presupuesto {{neg:reference|PRE-BIO-2210}} de {{neg:amount|6.900 €}}.`),
  es("sms", `Zipp Madrid: {{PERSON|Dani}}, tu patinete quedó fuera de zona ({{neg:time|23:58}}). Cargo {{neg:amount|10 €}}. Ayuda: {{PHONE|910 55 73 20}}`),
  es("email", `Asunto: Tarjeta rechazada al comprar entradas

Hola, intenté pagar con la Visa {{neg:luhn-invalid|4929 3704 1265 5589}} y dio error; luego probé con {{CARD|4929 3704 1265 5588}} y se cobró dos veces (2 × {{neg:amount|45 €}}).
{{PERSON|Santiago Ruiz-Tagle}}, {{PHONE|+34 611 908 337}}`),
  es("summary", `Resumen – Voltaro garantía
{{PERSON|Encarnación Molina}} ({{PERSON|Encarni}}) reclama el robot aspirador (compra {{neg:date|2 de mayo}}). Sustitución aprobada. CP {{neg:postcode|41003}}.
Tel. {{PHONE|954 21 66 08}}.`),
]

export const ES_MX = [
  mx("chat", `FreshCart México – chat
{{PERSON|lupita}}: hola buenas, mi súper no ha llegado 😩 pedido {{neg:order-number|FCM-552014}}
{{PERSON|Emiliano}} (FreshCart): ¡Hola {{PERSON|Lupita}}! ¿Me confirmas tu celular?
{{PERSON|lupita}}: {{PHONE|55 4129 8803}}
{{PERSON|Emiliano}} (FreshCart): Listo, llega hoy antes de las {{neg:time|20:00}}, sin costo de envío ({{neg:amount|$49 MXN}}).`),
  mx("note", `Nota – Roadwise asistencia vial (Guadalajara)
Asegurada {{PERSON|Hernández Xolalpa, Citlali}}: llanta ponchada en periférico. Cel {{PHONE|+52 33 1842 6097}}. Póliza {{neg:policy-number|RWM-AV-0073312}}.
Grúa a las {{neg:time|13:40}}, CP {{neg:postcode|44600}}. Pago de {{neg:amount|$850}} con Amex {{CARD|3791 045667 20184}}.`),
  mx("email", `De: {{EMAIL|rodrigo.tlatoa@example.com}}
Asunto: Devolución de curso Learnhive

Buenas tardes, cancelé el diplomado y me cobraron {{neg:amount|MXN 2,400}}. Mi CLABE es {{neg:account-number|012180015403918273}}.
Saludos, {{PERSON|Rodrigo Tlatoa Mendoza}}, tel. {{PHONE|(55) 5280 1147}}`),
  mx("summary", `Resumen de llamada – Nimbo bloqueo
{{PERSON|Ximena Garza}} reporta robo del celular en Monterrey. Tarjeta {{neg:masked-card|•••• 0169}} bloqueada a las {{neg:time|22:15}}. Número de respaldo de su mamá, doña {{PERSON|Rebeca}}, {{PHONE|81 8340 2275}}.
Cargo no reconocido {{neg:amount|$3,499.00}}.`),
  mx("transcript", `[Transcripción – Voltaro línea de garantía]
AGENTE: ¿A qué número le marcamos?
CLIENTE: {{PHONE|cincuenta y cinco, treinta y uno, cero ocho, setenta y siete, sesenta y dos}}
AGENTE: {{PHONE|55 3108 7762}}, gracias. ¿Nombre?
CLIENTE: {{PERSON|Juan Pablo Ayala}}. La bocina tiene serie {{neg:serial-number|VSP-MX-10442}}.`),
  mx("note", `Cocinas Casa Forma – levantamiento
Clientes: {{PERSON|Sofía Villaseñor}} y {{PERSON|Tomás}}. Presupuesto {{neg:version|v2.1}}: {{neg:amount|$78,500 MXN}}.
Tel. {{PHONE|33 3615 2209}} / {{EMAIL|sofia.vs@example.net}}. Visita {{neg:date|12 de enero}}.`),
  mx("sms", `Zipp CDMX: {{PERSON|Memo}}, viaje terminado {{neg:time|07:55}}, {{neg:amount|$32 MXN}}. Dudas: {{PHONE|55 8526 4410}}`),
  mx("email", `Asunto: boletos concierto – cambio de nombre

Hola, compré 2 boletos (orden {{neg:order-number|LHM-88102}}) a nombre de {{PERSON|Karla Itzel Domínguez}}; quiero pasar uno a {{PERSON|Andrés Kuri}}. Pagué con Mastercard {{CARD|5584 0236 1179 8047}}.
Mi correo {{EMAIL|karla.itzel@example.org}}`),
  mx("chat", `Learnhive MX – soporte
{{PERSON|beto}}: no me deja entrar desde la oficina
Soporte {{PERSON|Valeria}}: veo intentos desde {{IP_ADDRESS|10.12.0.77}} y {{IP_ADDRESS|2001:db8:1f::9}}. ¿Es su red?
{{PERSON|beto}}: sí. soy {{PERSON|Alberto Quintanilla}}, cel {{PHONE|656 213 4090}}
Soporte {{PERSON|Valeria}}: Listo 🙌`),
  mx("summary", `Resumen – Roadwise cristales
{{PERSON|Guadalupe Cárdenas}}: parabrisas estrellado en Puebla. Siniestro {{neg:claim-number|RWM-CR-30918}}. Tel. {{PHONE|222 248 7130}}. Cita {{neg:date|15/12/2026}} {{neg:time|11:00}}.`),
]

export const IT_IT = [
  it("chat", `Chat assistenza Voltaro 🎮
{{PERSON|giuseppe}}: salve, la console non legge i dischi, seriale {{neg:serial-number|VC-IT-55031}}
Operatrice {{PERSON|Chiara}}: Buongiorno! Mi lascia nome e cellulare?
{{PERSON|giuseppe}}: {{PERSON|Giuseppe Di Stefano}}, {{PHONE|347 218 5590}}
Operatrice {{PERSON|Chiara}}: Ritiro il {{neg:date|9 dicembre}}, pratica {{neg:case-number|RIP-IT-40021}}.`),
  it("note", `Nota operatore – Nimbo, blocco carta
Cliente {{PERSON|ROSSI BIANCHI Francesca}} chiama alle {{neg:time|06:50}}: carta {{neg:masked-card|**** 5588}} clonata. Bloccata.
Addebiti contestati {{neg:amount|€ 412,00}}. Rimborso su {{IBAN|IT38 K030 6909 6061 0000 0063 718}}. Tel. {{PHONE|+39 333 471 2086}}.`),
  it("email", `Da: {{EMAIL|a.esposito@example.net}}
Oggetto: Spesa a domicilio – ordine {{neg:order-number|FCI-207731}}

Buonasera, mancavano le mozzarelle ({{neg:amount|5,80 €}}). Vi prego di rimborsare sulla carta {{CARD|2300 4190 7736 2585}}.
Cordiali saluti, {{PERSON|Antonio Esposito}} – {{PHONE|081 552 9034}}`),
  it("summary", `Riepilogo chiamata – Roadwise cristalli e soccorso
{{PERSON|Marta Dell'Acqua}} segnala parabrezza scheggiato, polizza {{neg:policy-number|RWI-CR-118204}}. Intervento {{neg:date|11/12/2026}} ore {{neg:time|15.00}}, CAP {{neg:postcode|20121}}.
Tel. {{PHONE|02 8736 4410}}, marito {{PERSON|Ettore}} {{PHONE|339 640 1172}}.`),
  it("transcript", `[Trascrizione – biglietteria Loudhall]
OPERATORE: Un numero di telefono?
CLIENTE: {{PHONE|tre tre otto, quattro uno due, sette sette, zero nove}}
OPERATORE: {{PHONE|338 412 7709}}, grazie. Il nome?
CLIENTE: {{PERSON|Matteo Russo}}. Due biglietti per il {{neg:date|14 febbraio}}, ordine {{neg:order-number|LHI-30942}}.`),
  it("note", `Learnhive IT – pagamento docente
Docente {{PERSON|Nicoletta Bonanno}} (utente {{PERSON|nbonanno}}), compenso {{neg:amount|€ 960}} non ricevuto. IBAN corretto {{IBAN|IT54 R020 0803 2840 0010 4173 982}}; quello registrato {{neg:iban-checksum|IT45 R020 0803 2840 0010 4173 982}} era sbagliato.
Accessi da {{IP_ADDRESS|192.168.10.4}}. Tel. {{PHONE|06 4782 1193}}.`),
  it("chat", `Cucine Arredo Casa – appuntamento
Cliente: ciao! vorremmo progettare la cucina 🍝 siamo {{PERSON|Luca}} e {{PERSON|Ilaria}}
Progettista {{PERSON|Simona}}: Perfetto! Un recapito?
Cliente: {{PHONE|+39 348 90 11 256}}
Progettista {{PERSON|Simona}}: Appuntamento {{neg:date|7 gennaio}} {{neg:time|18:00}}, preventivo {{neg:reference|PV-TO-5519}}.`),
  it("ticket", `Modulo web – Cucine Arredo Casa
Nome e cognome: {{PERSON|Giovanni Battista Ferraro}}
Telefono: {{PHONE|011 562 3398}}
Email: {{EMAIL|gb.ferraro@example.com}}
Budget indicativo: {{neg:amount|€ 12.000}} · richiesta del {{neg:date|2 dicembre}}`),
  it("sms", `Zipp Milano: {{PERSON|Giorgia}}, corsa terminata alle {{neg:time|19:22}}, {{neg:amount|€ 2,90}}. Aiuto: {{PHONE|02 3056 7814}}`),
  it("email", `Oggetto: Accesso al corso bloccato

Buongiorno, non riesco più ad accedere (app {{neg:version|3.9.1}}). Email {{EMAIL|vale.conti@example.org}}, cellulare {{PHONE|320-554-8813}}.
Grazie, {{PERSON|Valentina Conti}}`),
  it("summary", `Riepilogo – Voltaro garanzia
{{PERSON|Salvatore La Rosa}} – frigorifero rumoroso, acquistato il {{neg:date|3 aprile}}. Tecnico il {{neg:date|15/12/2026}}. Tel. {{PHONE|091 611 2048}}.`),
]

export const PT_BR = [
  br("chat", `Chat Voltaro Brasil 📱
{{PERSON|thiago}}: oi, meu celular não carrega, série {{neg:serial-number|VPH-BR-88102}}
Atendente {{PERSON|Larissa}}: Oi! Me passa seu nome completo e telefone?
{{PERSON|thiago}}: {{PERSON|Thiago dos Santos Oliveira}}, {{PHONE|(11) 98734-2106}}
Atendente {{PERSON|Larissa}}: Coleta agendada {{neg:date|10/12/2026}}, protocolo {{neg:case-number|PRT-BR-50992}}.`),
  br("note", `Nota – Nimbo, bloqueio de cartão
Cliente {{PERSON|Conceição Aparecida Ferreira}} ligou às {{neg:time|03:12}}: cartão {{neg:masked-card|**** 0169}} roubado em Salvador. Bloqueado.
Compra contestada {{neg:amount|R$ 1.299,90}}. CPF {{neg:tax-id|529.982.247-25}}. Tel. {{PHONE|+55 71 99182-4470}}.`),
  br("email", `De: {{EMAIL|renata.yamamoto@example.com}}
Assunto: Pedido {{neg:order-number|FCB-771023}} – itens faltando

Olá, faltaram o arroz e o café ({{neg:amount|R$ 38,70}}). Favor estornar no cartão {{CARD|6510 2847 3392 0169}}.
Att., {{PERSON|Renata Yamamoto}} – {{PHONE|(41) 3322-8107}}`),
  br("summary", `Resumo da ligação – Roadwise vidros e guincho
Segurado {{PERSON|Francisco Nascimento}} ({{PERSON|Chico}}): para-brisa trincado na BR-116. Apólice {{neg:policy-number|RWB-VD-60217}}. Atendimento {{neg:date|12 de dezembro}} às {{neg:time|14:00}}, CEP {{neg:postcode|04538-132}}.
Reembolso em {{IBAN|BR16 6070 1190 0001 4000 1288 377C 1}}. Tel. {{PHONE|(11) 3045-7712}}.`),
  br("transcript", `[Transcrição – bilheteria Loudhall]
ATENDENTE: Qual o seu telefone?
CLIENTE: {{PHONE|vinte e um, nove oito sete, seis cinco, quatro três, dois um}}
ATENDENTE: {{PHONE|(21) 98765-4321}}, certo? E o nome?
CLIENTE: {{PERSON|Beatriz Lacerda}}. Dois ingressos para {{neg:date|20 de março}}, pedido {{neg:order-number|LHB-20418}}.`),
  br("note", `Learnhive BR – pagamento de instrutor
Instrutor {{PERSON|Kauê Tupinambá}} ({{PERSON|kaue.tupi}}) não recebeu {{neg:amount|R$ 2.150,00}}. Conta informada {{neg:iban-checksum|BR61 6070 1190 0001 4000 1288 377C 1}}, a certa é {{IBAN|BR97 0036 0305 0000 1000 9795 493P 1}}.
Acesso de {{IP_ADDRESS|192.168.15.3}}. Tel. {{PHONE|(85) 99641-3308}}.`),
  br("chat", `Cozinhas Lar Planejado – agendamento
Cliente: oi! queremos planejar a cozinha 😄 eu sou {{PERSON|Gabi}}, meu marido é o {{PERSON|Rafael Ishikawa}}
Projetista {{PERSON|Débora}}: Que ótimo! Um telefone?
Cliente: {{PHONE|(31) 99812-3344}}
Projetista {{PERSON|Débora}}: Visita {{neg:date|8 de janeiro}} às {{neg:time|10:00}}, orçamento {{neg:reference|ORC-BH-7731}}.`),
  br("ticket", `Formulário de contato – Learnhive Brasil
Nome: {{PERSON|Luana Pereira Guimarães}}
WhatsApp: {{PHONE|(19) 99734-1188}}
E-mail: {{EMAIL|luana.pg@example.org}}
Assunto: certificado saiu com nome errado (app {{neg:version|5.0.3}}) ✍️`),
  br("sms", `Zipp SP: {{PERSON|Duda}}, sua corrida terminou às {{neg:time|18:46}}, {{neg:amount|R$ 7,40}}. Ajuda: {{PHONE|(11) 4003-9876}}`),
  br("email", `Assunto: cartão recusado nos ingressos

Oi, tentei com o Visa {{neg:luhn-invalid|4532 0187 3366 1045}} e deu erro. Depois usei {{CARD|3412 398765 01240}} (Amex).
{{PERSON|Paulo Henrique Araújo}}, {{EMAIL|ph.araujo@example.net}}, {{PHONE|+55 61 98122-0477}}`),
  br("summary", `Resumo – Voltaro garantia
{{PERSON|Maria das Dores Souza}} – geladeira sem gelar, comprada em {{neg:date|5 de maio}}. Técnico {{neg:date|16/12/2026}}. Tel. {{PHONE|(81) 3221-6604}}.`),
]
