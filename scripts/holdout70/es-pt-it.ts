// es-ES, pt-PT and it-IT texts: written one by one (a gym chain, a flat share, a bike-repair shop, a telco, a padel club,
// a hair salon, a car-sharing app, a ferry to the islands, a hostel, a pizzeria, a football school).
import { mk } from "./mk.ts"

const e = mk("es-ES")
const p = mk("pt-PT")
const it = mk("it-IT")

export const ES_ES = [
  e("note", `cli {{PERSON|Nacho Ferrández}} llama x baja del gym, dice q se muda a Valencia. cuota {{neg:amount|39,90 €}} cobrada el {{neg:date|1 de diciembre}}, pide devolución. tlf {{PHONE|655 214 873}}. hablar con {{PERSON|Vero}} (encargada) asap`),
  e("sms", `Hola soy {{PERSON|Lucía}} del piso, el casero quiere la fianza por transferencia a {{IBAN|ES52 2100 0418 4807 4930 2165}} antes del {{neg:date|15/12}}. si no llámale al {{PHONE|+34 622 908 415}}, se llama don {{PERSON|Anselmo}}`),
  e("chat", `Twitter
@{{PERSON|PacoMartinR}}: @MovilStar llevo 3 días sin fibra y nadie me coge el teléfono 🤬🤬
@MovilStar: Hola {{PERSON|Paco}}, lo sentimos mucho. Escríbenos por DM tu DNI y un móvil de contacto y lo miramos.
@{{PERSON|PacoMartinR}}: ya os lo he mandado, es el {{PHONE|611 473 092}}, sorry por el tono`),
  e("summary", `Resumen de llamada – Club de Pádel Norte
Socio: {{PERSON|ARRIETA, Begoña}}
Motivo: cambiar tarjeta de la cuota, nueva {{CARD|6500 3127 4819 0635}}
Antes dio {{neg:luhn-invalid|6500 3127 4819 0636}} (se equivocó)
Tlf: {{PHONE|seis tres nueve, cuatro dos uno, cero cero siete}}
Pista reservada sáb {{neg:time|10:00}}`),
  e("email", `Asunto: cita peluqueria

hola buenas tardes quería pedir cita para mechas para mi y mi hija {{PERSON|Carla}}, el sabado si puede ser. mi numero es el {{PHONE|91 412 3876}} o al movil. ah y me pasais el precio? la ultima vez fueron {{neg:amount|65€}}

un saludo {{PERSON|Mari Carmen Soto}}`),
  e("note", `handover turno tarde: {{PERSON|jorge}} dejó pendiente la reclamación {{neg:claim-number|REC-2026-0419}} de Sra. {{PERSON|Inmaculada Vidal}}, cuenta {{IBAN|ES34 0081 6192 4206 3814 7205}} para el abono. Ojo que en el formulario puso {{neg:iban-checksum|ES43 0081 6192 4206 3814 7205}}. CP {{neg:postcode|46021}}`),
  e("chat", `App coches compartidos – chat
Usuario: el coche {{neg:reference|4471-KLB}} no abre!! estoy en la calle con lluvia
{{PERSON|Álex}} (soporte): Hola! Reinicio el módulo, prueba en 1 min. Tu email de cuenta?
Usuario: {{EMAIL|Nerea.Goni@correo.example}}
{{PERSON|Álex}} (soporte): listo, ya debería abrir 🙌`),
  e("transcript", `AGENTE: Naviera Balear, le atiende {{PERSON|Toni}}
CLIENTE: hello, sorry my spanish is not good, I book ferry to Ibiza
AGENTE: no problem, booking?
CLIENTE: {{neg:booking-ref|NB-77Q3}}, name {{PERSON|Ingrid Halvorsen}}
AGENTE: ok, the {{neg:time|18:30}} is full, I move you to {{neg:time|21:00}}. A phone for SMS?
CLIENTE: {{PHONE|+47 412 88 305}}`),
]

export const PT_PT = [
  p("note", `cliente {{PERSON|Zé Manel Carvalho}} ligou por causa da bicicleta, travões ainda a fazer barulho. tlm {{PHONE|936 702 114}}. diz q volta sábado. orçamento {{neg:amount|45 €}}. falar c/ {{PERSON|Rui}} da oficina`),
  p("sms", `Ola sou a {{PERSON|Inês}} do hostel, o seu check-in é dia {{neg:date|20 de dezembro}} a partir das {{neg:time|15h}}. pagamento do resto ({{neg:amount|120 €}}) pode ser por transf. para {{IBAN|PT50 0035 0027 0004 9183 6202 3}}. qq coisa {{PHONE|+351 915 207 846}}`),
  p("chat", `Instagram – Barbearia do Porto
{{PERSON|tiago.fsilva}}: boas, dá pra marcar corte amanha as 6?
Barbearia do Porto: Boas {{PERSON|Tiago}}! Amanhã {{neg:time|18h}} tens o {{PERSON|Bruno}} livre. Deixa o teu nº
{{PERSON|tiago.fsilva}}: {{PHONE|00351 934 220 671}} obg 🙏`),
  p("summary", `Resumo chamada – Operadora LusoNet
Cliente: Dona {{PERSON|Fernanda Pires}}
Assunto: fatura de nov. com {{neg:amount|89,30 €}} a mais
Nº contacto: {{PHONE|dois um oito, quatro três, nove nove zero dois}}
Router {{IP_ADDRESS|2001:db8:4c1::17}}, reiniciado
Próximo passo: ligar 2ª feira`),
  p("email", `Assunto: reembolso

Bom dia, cancelei a reserva {{neg:booking-ref|LX-30921}} e ainda nao recebi o dinheiro. o meu IBAN é {{IBAN|PT50 0018 0003 2851 7493 0251 3}} (antes mandei {{neg:iban-checksum|PT05 0018 0003 2851 7493 0251 3}} mas tinha erro). obrigado

{{PERSON|Hugo Figueiredo}}
{{EMAIL|hugo.figueiredo@sapo.example}}`),
  p("note", `passagem de turno: {{PERSON|FERREIRA, Ana Rita}} ligou 2x, quer falar c/ supervisor. tel fixo {{PHONE|22 601 4378}}. cód postal {{neg:postcode|4150-364}}. ver também o email dela {{EMAIL|AnaRita.F@example.com}}`),
  p("chat", `WhatsApp
cliente: hello I am english, my portuguese is bad, a encomenda {{neg:order-number|ENC-55820}} nao chegou
{{PERSON|Catarina}} (apoio): Hi! No problem, we speak English. Can you confirm name?
cliente: {{PERSON|Gareth Pugh}}, phone {{PHONE|+44 7781 560 243}}
{{PERSON|Catarina}} (apoio): Thanks {{PERSON|Gareth}}, it's with the courier, arrives {{neg:date|12/12}}`),
  p("transcript", `OPERADOR: Escola de Futebol Estrela, fala o {{PERSON|Nuno}}
MÃE: olá, queria inscrever o meu filho {{PERSON|Duarte}}, tem 8 anos
OPERADOR: Claro. Nome da mãe e telemóvel?
MÃE: {{PERSON|Sofia Mendes}}, {{PHONE|nove seis um, cinco oito sete, três três zero}}
OPERADOR: {{PHONE|961 587 330}}, certo. A mensalidade são {{neg:amount|35 euros}}.`),
]

export const IT_IT = [
  it("note", `cl {{PERSON|Gennaro Esposito}} chiama x la pizza, dice che è arrivata fredda 😤. ordine {{neg:order-number|PZ-88014}}. cell {{PHONE|333 901 2278}}. gli ho dato buono da {{neg:amount|10 €}}. parlare con {{PERSON|Ciro}} in cucina`),
  it("sms", `Ciao sono {{PERSON|Giulia}} della scuola calcio, allenamento spostato a giovedì {{neg:date|11 dicembre}} ore {{neg:time|17:30}}. per info {{PHONE|347 602 9185}}`),
  it("chat", `Recensione su app – Trattoria Il Glicine
{{PERSON|marco}}_b: tutto buono ma il cameriere non parlava inglese e mia moglie {{PERSON|Sarah}} is english so... 3 stelle
Trattoria Il Glicine: Grazie {{PERSON|Marco}}! Next time ask for {{PERSON|Lina}}, she speaks English 😉`),
  it("summary", `Riepilogo chiamata
Cliente: Sig.ra {{PERSON|Rosaria Lombardo}}
Problema: addebito doppio {{neg:amount|€ 54,20}} su carta {{neg:masked-card|**** 3318}}
Rimborso su IBAN {{IBAN|IT18 Y030 6909 6061 0000 0417 293}}
Tel {{PHONE|tre tre nove, quattro quattro due, uno sette sette otto}}
Richiamare dopo le {{neg:time|18:00}}`),
  it("email", `Oggetto: fattura sbagliata

Buongiorno, nella fattura {{neg:reference|FT-2026-1187}} c'è scritto un importo di {{neg:amount|€ 412,00}} ma il preventivo era 350. Per il bonifico uso {{IBAN|IT88 B020 0811 7700 0010 4829 371}} (non {{neg:iban-checksum|IT87 B020 0811 7700 0010 4829 371}} come scritto nel vostro sistema).

Cordiali saluti
{{PERSON|Davide Colombo}}
{{PHONE|02 8945 1172}}`),
  it("note", `passaggio consegne: {{PERSON|BIANCHI Federica}} aspetta richiamata per il noleggio, carta {{CARD|4916 7402 3318 5525}}. {{PERSON|Luca}} dice che il POS ha dato errore su {{neg:luhn-invalid|4916 7402 3318 5528}}. cell {{PHONE|+39 348 617 0092}}`),
  it("chat", `WhatsApp B&B Le Rondini
Guest: hi, we arrive late tonight, around {{neg:time|23:00}}, is ok?
{{PERSON|Franca}} (host): Sì sì no problem! Key is in box, code {{neg:reference|4821}}. Call me {{PHONE|380 774 5129}} if problem 👍
Guest: grazie mille! {{PERSON|Emma}} and {{PERSON|Jonas}}`),
  it("ticket", `Ticket {{neg:ticket-number|TK-30291}} – rete ufficio
utente: {{PERSON|P. Russo}} ({{EMAIL|p.russo@studiorusso.example}})
IP postazione {{IP_ADDRESS|10.20.3.114}}, stampante non risponde
versione driver {{neg:version|4.0.22}}
tel interno 214, cell {{PHONE|329 055 7713}}`),
]
