// Spanish, Italian and Portuguese texts (es-ES, it-IT, pt-PT), written one by one: call summaries by the AI assistant,
// after-call notes, escalation e-mails with forwarded customer messages, web chats and call transcripts.
import { mk } from "./mk.ts"

const es = mk("es-ES")
const it = mk("it-IT")
const pt = mk("pt-PT")

export const ES_ES = [
  es("summary", `Resumen IA – Previsión Atalaya (planes de pensiones), llamada de 11 min
Titular: {{PERSON|María Belén Ortiz Caballero}}, plan {{neg:contract-number|PPA-2017-558301}}. Quiere movilizar {{neg:amount|22.400 €}} a otro plan y cambiar la cuenta de cobro a {{IBAN|ES10 2100 0418 4345 0205 1873}}.
Su marido, {{PERSON|Ignacio Ruiz}}, es beneficiario; teléfono {{PHONE|612 384 719}}. Ella: {{PHONE|91 457 2316}}.
Gestora: {{PERSON|Lucía Fernández}}. Pasado a {{PERSON|Álvaro}} en traspasos el {{neg:date|4 de diciembre}}. Tono: 🙂.`),
  es("note", `Nota tras llamada – soporte técnico fibra y TV, incidencia {{neg:ticket-number|INC-2026-771402}}
Cliente {{PERSON|Jorge Santamaría}}, {{neg:postcode|28013}} Madrid. Router {{IP_ADDRESS|192.168.3.1}}, deco {{IP_ADDRESS|192.168.3.35}}, firmware {{neg:version|2.31.4}}.
Cortes desde el {{neg:date|29 de noviembre}}. Técnico el {{neg:date|11/12/2026}} de {{neg:time|9:00}} a {{neg:time|14:00}}.
Contacto {{PHONE|+34 655 218 403}}; su suegra {{PERSON|Remedios}} abre la puerta. – {{PERSON|AC}}`),
  es("email", `De: {{EMAIL|autorizaciones@example.com}}
Para: {{EMAIL|direccion.medica@example.com}}
Asunto: RV: autorización previa resonancia – póliza {{neg:policy-number|SA-0093-448127}}

Hola {{PERSON|Marta}}:

te reenvío el mensaje del asegurado. El traumatólogo, el Dr. {{PERSON|Esteban Quiroga}}, llama desde {{PHONE|933 428 107}}.

---------- Mensaje reenviado ----------
De: {{EMAIL|pablo.herrera.gil@example.net}}
Buenas, soy {{PERSON|Pablo Herrera Gil}}. Me han cobrado {{neg:amount|180 €}} y la prueba estaba autorizada 😠. Mi mujer {{PERSON|Nuria}} tiene los papeles, móvil {{PHONE|678 219 054}}.

Un saludo,
{{PERSON|Raquel Domínguez}} ({{PERSON|RD}})`),
  es("transcript", `Transcripción (QA) – Mudanzas Guadalquivir, Sevilla
AGENTE: Mudanzas Guadalquivir, le atiende {{PERSON|Rocío}}.
CLIENTE: Hola, soy {{PERSON|Francisco Javier Moreno}}. Me mudo el {{neg:date|15 de diciembre}}.
AGENTE: ¿Un teléfono de contacto?
CLIENTE: {{PHONE|seiscientos cuarenta y cinco, trescientos doce, ochocientos setenta y siete}}.
AGENTE: {{PHONE|645 312 877}}, perfecto.
CLIENTE: Y el fijo de mi madre, {{PERSON|Carmen}}: {{PHONE|954 218 376}}.
AGENTE: Presupuesto {{neg:order-number|MG-4471}}: {{neg:amount|1.350 €}}.`),
  es("chat", `Chat web – CochesSegundaMano.es
Bot: ¡Hola! 👋 ¿Cómo te llamas?
Usuario: {{PERSON|Sergio Llorente}}
Bot: Gracias, {{PERSON|Sergio}}. Te paso con un agente.
{{PERSON|Irene}} (agente): Hola {{PERSON|Sergio}}, soy {{PERSON|Irene}}. ¿Qué coche?
Usuario: Seat León matrícula {{neg:plate|4821 KLM}}, el vendedor quiere la señal en {{IBAN|ES55 0049 1500 0927 1039 7566}}
{{PERSON|Irene}} (agente): No pagues fuera de la plataforma. Caso {{neg:case-number|CSM-22918}}.`),
  es("note", `Nota – oficina de aparcamiento regulado (ORA)
{{PERSON|Encarnación Vidal}} recurre la denuncia {{neg:reference|ORA-2026-338104}} a {{neg:plate|7731 HBD}} del {{neg:date|02/12/2026}} a las {{neg:time|12:20}}. Multa {{neg:amount|60 €}}. Correo {{EMAIL|encarna.vidal@example.org}}. Tel. {{PHONE|622 804 139}}.`),
  es("summary", `Resumen de llamada (IA) – Peluquería canina Guau, Valencia
Clienta {{PERSON|Amparo Soler}}: su perrita salió con un corte leve el {{neg:date|1 de diciembre}}. Veterinario {{PERSON|Vicente Climent}}, {{PHONE|963 51 27 48}}.
Encargada {{PERSON|Pilar}} devuelve {{neg:amount|35 €}} a la tarjeta {{neg:masked-card|**** 5521}}. Clienta: {{PHONE|633 275 914}}.`),
  es("email", `Asunto: Escalado – boda {{neg:date|22 de mayo de 2027}}, Finca Los Olivos
De: {{EMAIL|eventos@example.org}}
Para: {{EMAIL|gerencia@example.org}}

{{PERSON|Gonzalo}}:
los novios {{PERSON|Laura Campos}} y {{PERSON|Héctor Iglesias}} pagaron {{neg:amount|6.000 €}} por tarjeta {{CARD|5587 2106 4439 0713}} y no les llega confirmación. {{PERSON|Laura}}: {{PHONE|+34 699 140 382}}.
{{PERSON|Silvia}}`),
  es("note", `Nota tras llamada – planes de pensiones
{{PERSON|Tomás Arrieta}} pide el rescate por desempleo. Cuenta {{IBAN|ES63 0182 5322 2702 0150 3848}}; la primera que dio, {{neg:iban-checksum|ES36 0182 5322 2702 0150 3848}}, tenía mal el control. Tel. {{PHONE|944 231 607}}.`),
  es("chat", `Chat – Fibra Norte soporte
Agente {{PERSON|Diego}}: Hola, ¿tu nombre?
Cliente: {{PERSON|Ainhoa Etxeberria}}
Agente {{PERSON|Diego}}: Gracias {{PERSON|Ainhoa}}. Tu router {{IP_ADDRESS|fd7a:115c:a1e0::4}} tiene la versión {{neg:version|1.9.22}}. Reinicio en curso.`),
  es("email", `De: {{EMAIL|soporte.nivel2@example.net}}
Para: {{EMAIL|redes.noc@example.net}}
Asunto: RV: cliente sin TV desde hace 5 días – incidencia {{neg:ticket-number|INC-2026-772918}}

{{PERSON|Óscar}}, te paso esto: tercera llamada del cliente y {{PERSON|Begoña}} (nivel 1) ya hizo todo el guion.

Datos: titular {{PERSON|Rafael Quintana Sáez}}, {{neg:postcode|41010}} Sevilla. Deco con IP {{IP_ADDRESS|10.77.12.204}}, pasarela {{IP_ADDRESS|10.77.12.1}}, software {{neg:version|4.0.27}}.

---------- Mensaje reenviado ----------
De: {{EMAIL|rquintana@example.com}}
Llevo desde el {{neg:date|1 de diciembre}} sin tele y pago {{neg:amount|64,90 €}} al mes 😤. Mi hijo {{PERSON|Rubén}} está en casa por las tardes, llamadle al {{PHONE|611 470 825}}. Yo estoy en el {{PHONE|+34 954 63 20 17}}.
{{PERSON|R. Quintana}}

Gracias,
{{PERSON|Noelia Castro}}`),
]

export const IT_IT = [
  it("summary", `Sintesi IA – Fondo Pensione Laguna, chiamata in entrata (10 min)
Iscritta: {{PERSON|Giuseppina Russo Amato}}, posizione {{neg:member-number|FPL-3318270}}. Chiede un'anticipazione di {{neg:amount|15.000 €}} per spese sanitarie.
Accredito su {{IBAN|IT79 L030 6909 4201 0000 0045 871}}. Il figlio {{PERSON|Salvatore Amato}} la assiste: {{PHONE|347 218 4496}}. Lei: {{PHONE|06 4471 2938}}.
Operatore {{PERSON|Davide Colombo}}; pratica passata a {{PERSON|Francesca}} il {{neg:date|3 dicembre}}. Tono: 😟 → 🙂.`),
  it("note", `Nota post-chiamata – assistenza tecnica fibra/TV, ticket {{neg:ticket-number|TT-2026-448120}}
Cliente {{PERSON|Massimo Ferraro}}, {{neg:postcode|20121}} Milano. Modem {{IP_ADDRESS|192.168.100.1}}, decoder {{IP_ADDRESS|192.168.100.74}}, firmware {{neg:version|6.12.3}}.
Tecnico il {{neg:date|10/12/2026}} alle {{neg:time|9:30}}. Recapito {{PHONE|+39 333 781 2245}}; la moglie {{PERSON|Cinzia}} al {{PHONE|02 8734 1129}}. – {{PERSON|GB}}`),
  it("email", `Da: {{EMAIL|preautorizzazioni@example.com}}
A: {{EMAIL|ufficio.medico@example.com}}
Oggetto: I: richiesta presa in carico – polizza {{neg:policy-number|AL-2290-7713}}

Ciao {{PERSON|Elisa}},

ti inoltro. Il chirurgo, dott. {{PERSON|Renato Bellini}}, studio {{PHONE|011 562 8830}}.

---- Messaggio inoltrato ----
Da: {{EMAIL|a.marchetti@example.net}}
Buongiorno, sono {{PERSON|Antonella Marchetti}}. L'intervento è il {{neg:date|12 gennaio}}, costo {{neg:amount|7.800 €}}. Mio marito {{PERSON|Fabio}} risponde al {{PHONE|348 905 1172}}.

{{PERSON|Stefano Greco}}`),
  it("transcript", `Trascrizione (QA) – Traslochi Tevere, Roma
OPERATORE: Traslochi Tevere, sono {{PERSON|Chiara}}.
CLIENTE: Buongiorno, {{PERSON|Alessandro De Santis}}. Trasloco il {{neg:date|19 dicembre}}.
OPERATORE: Un numero?
CLIENTE: {{PHONE|tre quattro nove, due uno otto, quarantaquattro, novantasei}}.
OPERATORE: {{PHONE|349 218 44 96}}, giusto?
CLIENTE: Sì. Preventivo {{neg:order-number|TT-7712}} da {{neg:amount|1.900 €}}.`),
  it("chat", `Chat web – AutoUsate.it
Bot: Ciao! 👋 Come ti chiami?
Utente: {{PERSON|Federica Galli}}
Operatore {{PERSON|Matteo}}: Ciao {{PERSON|Federica}}, sono {{PERSON|Matteo}}. La Panda targa {{neg:plate|FX 482 KL}}?
Utente: sì, il venditore vuole bonifico su {{IBAN|IT86 B020 0801 6330 0010 1755 890}}
Operatore {{PERSON|Matteo}}: Paga solo in piattaforma. Pratica {{neg:case-number|AU-33104}}.`),
  it("note", `Nota – ufficio sosta, comune
{{PERSON|Gianfranco Esposito}} contesta il verbale {{neg:reference|VB-2026-118342}} per {{neg:plate|GA 331 PR}} del {{neg:date|28/11/2026}}, {{neg:time|11:40}}. Importo {{neg:amount|42 €}}. Email {{EMAIL|gf.esposito@example.org}}, tel. {{PHONE|081 552 7704}}.`),
  it("summary", `Riassunto (IA) – Toelettatura Fido Felice, Bologna
Cliente {{PERSON|Valentina Rinaldi}}: il barboncino ha un'irritazione. Veterinaria {{PERSON|Giulia Fontana}}, {{PHONE|051 227 4190}}.
Responsabile {{PERSON|Serena}} rimborsa {{neg:amount|38 €}}. Cliente: {{PHONE|340 662 1583}}.`),
  it("email", `Oggetto: Escalation – matrimonio {{neg:date|5 giugno 2027}}, Villa Aurelia
Da: {{EMAIL|eventi@example.org}}
A: {{EMAIL|direzione@example.org}}

{{PERSON|Roberto}}, gli sposi {{PERSON|Martina Conti}} e {{PERSON|Luca Barbieri}} hanno versato {{neg:amount|4.500 €}} ma il bonifico è andato su {{neg:iban-checksum|IT68 R031 1104 0030 0000 0782 613}} anziché su {{IBAN|IT90 R031 1104 0030 0000 0782 613}}. {{PERSON|Martina}}: {{PHONE|+39 339 406 2218}}.
{{PERSON|Paola}}`),
  it("note", `Nota post-chiamata – fondo pensione
{{PERSON|Ernesto Lombardi}} ha pagato il contributo con carta {{CARD|4175 0093 2261 4878}}. Richiamare al {{PHONE|055 284 9170}}.`),
  it("chat", `Chat – FibraVeloce assistenza
Operatore {{PERSON|Andrea}}: Nome?
Cliente: {{PERSON|Ilaria Pellegrini}}
Operatore {{PERSON|Andrea}}: Grazie {{PERSON|Ilaria}}, modem {{IP_ADDRESS|10.1.8.40}}, versione {{neg:version|8.2.1}}. Riavvio in corso.`),
]

export const PT_PT = [
  pt("summary", `Resumo IA – Poupança Lusa (reforma e poupança), chamada de 8 min
Cliente: {{PERSON|Maria da Graça Figueiredo}}, apólice {{neg:policy-number|PL-2016-448109}}. Pede resgate parcial de {{neg:amount|5.000 €}} para {{IBAN|PT50 0035 0651 0000 2841 0374 9}}.
O marido, {{PERSON|Joaquim Figueiredo}}, é co-titular: {{PHONE|912 384 706}}. Ela: {{PHONE|21 384 7215}}.
Assistente {{PERSON|Inês Carvalho}}; caso passado a {{PERSON|Rui}} a {{neg:date|4 de dezembro}}.`),
  pt("note", `Nota pós-chamada – suporte técnico fibra/TV, ticket {{neg:ticket-number|NA-2026-330418}}
Cliente {{PERSON|Nuno Ribeiro}}, {{neg:postcode|1150-244}} Lisboa. Router {{IP_ADDRESS|192.168.15.1}}, box {{IP_ADDRESS|192.168.15.88}}, firmware {{neg:version|3.7.15}}.
Técnico a {{neg:date|11/12/2026}} às {{neg:time|10:00}}. Contacto {{PHONE|+351 936 472 118}}; a filha {{PERSON|Beatriz}} estará em casa. – {{PERSON|TM}}`),
  pt("email", `De: {{EMAIL|pre-autorizacoes@example.com}}
Para: {{EMAIL|auditoria.medica@example.com}}
Assunto: FW: pedido de autorização – apólice {{neg:policy-number|SL-4471-0918}}

Olá {{PERSON|Sofia}},

reencaminho. O cirurgião, Dr. {{PERSON|Henrique Matos}}, consultório {{PHONE|22 508 3141}}.

> De: {{EMAIL|fernanda.pinto@example.net}}
> Bom dia, sou {{PERSON|Fernanda Pinto}}. A cirurgia está marcada para {{neg:date|15 de janeiro}}. O meu irmão {{PERSON|Vasco}} ajuda: {{PHONE|965 102 847}}.

{{PERSON|Tiago Lopes}}`),
  pt("transcript", `Transcrição (QA) – Mudanças Douro, Porto
AGENTE: Mudanças Douro, fala a {{PERSON|Joana}}.
CLIENTE: Bom dia, {{PERSON|Ricardo Sousa}}. Mudança a {{neg:date|20 de dezembro}}.
AGENTE: Um contacto?
CLIENTE: {{PHONE|nove um seis, quatro três dois, um zero oito}}.
AGENTE: {{PHONE|916 432 108}}, certo.
CLIENTE: Orçamento {{neg:order-number|MD-3318}} de {{neg:amount|980 €}}?
AGENTE: Sim.`),
  pt("chat", `Chat web – CarrosUsados.pt
Bot: Olá! 👋 Como se chama?
Visitante: {{PERSON|André Teixeira}}
Agente {{PERSON|Marta}}: Olá {{PERSON|André}}, sou a {{PERSON|Marta}}. Qual o carro?
Visitante: Clio matrícula {{neg:plate|AB-12-CD}}, o vendedor pediu sinal para {{IBAN|PT50 0007 0147 0000 3918 2650 8}}
Agente {{PERSON|Marta}}: Não pague fora da plataforma. Processo {{neg:case-number|CU-22104}}.`),
  pt("note", `Nota – estacionamento municipal
{{PERSON|Manuel Azevedo}} contesta a coima {{neg:reference|EM-2026-77120}} para {{neg:plate|45-QX-18}} de {{neg:date|01/12/2026}}, {{neg:time|09:50}}. {{neg:amount|30 €}}. Email {{EMAIL|m.azevedo@example.org}}. Tel. {{PHONE|239 482 117}}.`),
  pt("summary", `Resumo (IA) – Banho & Tosquia, Braga
Cliente {{PERSON|Catarina Mendes}}: o cão ficou com irritação. Veterinário {{PERSON|Paulo Cunha}}, {{PHONE|253 617 204}}. Reembolso {{neg:amount|25 €}}. Cliente {{PHONE|934 218 570}}.`),
  pt("email", `Assunto: Escalamento – casamento {{neg:date|12 de junho de 2027}}, Quinta das Oliveiras
De: {{EMAIL|eventos@example.net}}
Para: {{EMAIL|direcao@example.net}}

{{PERSON|Miguel}}, os noivos {{PERSON|Daniela Rocha}} e {{PERSON|Hugo Neves}} pagaram {{neg:amount|3.500 €}}. A transferência foi para {{IBAN|PT50 0033 0000 4512 7364 8012 0}}. {{PERSON|Daniela}}: {{PHONE|+351 917 305 662}}.
{{PERSON|Ana}}`),
  pt("note", `Nota pós-chamada – poupança reforma
{{PERSON|Fernando Gaspar}} pagou com cartão {{CARD|4485 3376 2019 5588}}; tentativa anterior {{neg:luhn-invalid|4485 3376 2019 5581}} falhou. Tel. {{PHONE|289 804 331}}.`),
  pt("chat", `Chat – Fibra Atlântica suporte
Agente {{PERSON|Bruno}}: Nome?
Cliente: {{PERSON|Leonor Baptista}}
Agente {{PERSON|Bruno}}: Obrigado {{PERSON|Leonor}}. Router {{IP_ADDRESS|192.168.0.254}}, versão {{neg:version|2.4.9}}.`),
]
