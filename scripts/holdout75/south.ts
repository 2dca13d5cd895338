// Spanish, Italian and Portuguese texts (es-ES, it-IT, pt-PT), written one by one: call transcripts, voicemails, IVR
// logs and post-call summaries of a contact centre's voice channel.
import { mk } from "./mk.ts"

const es = mk("es-ES")
const it = mk("it-IT")
const pt = mk("pt-PT")

export const ES_ES = [
  es("transcript", `[transcripción automática · Aguas del Turia · facturación]
agente: aguas del turia buenos días le atiende {{PERSON|Nerea}}
cliente: hola eh mire es por la factura del agua
agente: ¿me dice su nombre?
cliente: {{PERSON|Abelardo Sanchís}}, {{PERSON|s a n c h i s}} con tilde
agente: ¿y un teléfono de contacto?
cliente: {{PHONE|seiscientos doce, trescientos ochenta y cuatro, novecientos cinco}}
agente: {{PHONE|seis uno dos, tres ocho cuatro, nueve cero cinco}}, apuntado
cliente: la lectura del contador es {{neg:reference|30917}} y me cobran {{neg:amount|146,20 €}}`),
  es("voicemail", `Buzón de voz · Banco Mirador bloqueo de tarjetas · {{neg:date|29 de noviembre}} {{neg:time|23:40}}
«hola soy {{PERSON|Itziar Goikoetxea}}, me han robado la cartera en el metro, la tarjeta es {{CARD|4820 5561 7039 9183}}, bloquéenla por favor, mi móvil es el {{PHONE|seis cinco cuatro, nueve cero dos, uno uno siete}}, gracias»`),
  es("transcript", `HABLANTE_1: banco mirador tarjetas, le atiende {{PERSON|Rubén}}
HABLANTE_2: hola he perdido la tarjeta de crédito
HABLANTE_1: ¿me lee el número?
HABLANTE_2: {{neg:luhn-invalid|5299 3047 1168 2508}}... no perdón, {{CARD|5299 3047 1168 2505}}
HABLANTE_1: ¿nombre del titular?
HABLANTE_2: {{PERSON|Macarena Villalobos}}
HABLANTE_1: el abono irá a la cuenta {{IBAN|ES32 0049 1500 0127 1048 3926}}
HABLANTE_2: sí, esa`),
  es("ivr", `IVR Hospital San Rafael citas · versión {{neg:version|2.8.6}}
ani={{PHONE|+34 91 447 23 86}} ip_origen={{IP_ADDRESS|192.0.2.160}}
dtmf_nhc={{neg:reference|NHC 550 4471}}
asr_nombre="{{PERSON|Remedios Cuadrado}}"
asr_fecha="{{neg:date|15 de diciembre}}" {{neg:time|12:40}}
resultado=cita_confirmada`),
  es("summary", `Resumen de llamada · Alquiler Costa Azahar asistencia
{{PERSON|Joaquín Albert}} informó de una avería en la AP-7 cerca de Castellón a las {{neg:time|18:25}}. Contrato {{neg:booking-ref|CAZ-70341}}. Móvil {{PHONE|687 330 415}}, correo {{EMAIL|jalbert@example.com}}. Grúa enviada; franquicia de {{neg:amount|400 euros}} no aplicada.`),
  es("transcript", `agente: movilia portabilidad, soy {{PERSON|Alba}}
cliente: hola quiero traerme mi número
agente: claro, ¿qué número es?
cliente: {{PHONE|siete dos dos, cuatrocientos dieciocho, novecientos seis}}
agente: ¿{{PHONE|siete dos dos cuatro uno ocho nueve cero seis}}?
cliente: eso es
agente: ¿y el titular?
cliente: {{PERSON|Xavier Puigdomènech}}
agente: la portabilidad será efectiva el {{neg:date|3 de diciembre}} de madrugada`),
  es("voicemail", `Mensaje de voz · Hotel Plaza Alameda reservas
«buenas tardes, soy {{PERSON|Consuelo Herrera}}, tengo la reserva {{neg:booking-ref|PA 3381}} para el {{neg:date|22 de diciembre}}, llegaremos tarde, hacia las {{neg:time|23:30}}, mi teléfono es el {{PHONE|nueve cinco cuatro, doscientos dieciocho, trescientos treinta}}, gracias»`),
  es("transcript", `HABLANTE_1: alquiler costa azahar asistencia en carretera
HABLANTE_2: hola se nos ha pinchado una rueda
HABLANTE_1: ¿a nombre de quién está el alquiler?
HABLANTE_2: {{PERSON|Leire Etxeberria}}
HABLANTE_1: ¿y un teléfono?
HABLANTE_2: {{PHONE|seis seis uno, cero ocho, cuarenta y dos, setenta y tres}}
HABLANTE_1: la matrícula
HABLANTE_2: {{neg:plate|4471 KXB}}
HABLANTE_1: el técnico llegará en unos cuarenta minutos`),
  es("summary", `Resumen (automático) · Aguas del Turia · agente {{PERSON|Sergio Alcaraz}}
La clienta {{PERSON|Purificación Navarro}} cambia la domiciliación a {{IBAN|ES54 2100 0318 0445 0273 9514}}. La cuenta que leyó primero, {{neg:iban-checksum|ES65 2100 0318 0445 0273 9514}}, no era válida. Plazo de {{neg:amount|52 €}} al mes desde el {{neg:date|1 de enero}}. CP {{neg:postcode|46001}}. Teléfono {{PHONE|963 514 207}}.`),
  es("ivr", `2026-12-01 10:21:07 movilia-porta ivr {{neg:version|5.1.0}}
cli={{PHONE|+34 654 902 117}} sip={{IP_ADDRESS|2001:db8:e5::1b}}
asr_nombre="{{PERSON|Gonzalo Ybarra}}"
asr_correo="{{EMAIL|gybarra@example.org}}"
estado=portabilidad_solicitada`),
  es("transcript", `agente: hospital san rafael citaciones, {{PERSON|Marta}} al habla
cliente: hola llamo por la cita de mi madre
agente: nombre de la paciente
cliente: {{PERSON|Encarnación Robles}}
agente: ¿y usted?
cliente: {{PERSON|Diego Robles}}, mi teléfono {{PHONE|seis uno nueve, cuarenta y cuatro, ochenta, treinta y uno}}
agente: le doy cita el {{neg:date|lunes 7 de diciembre}} a las {{neg:time|9:45}} en la consulta {{neg:room-number|214}}`),
  es("voicemail", `Buzón · Banco Mirador · {{neg:time|06:10}}
«hola, soy {{PERSON|Álvaro Quintana}}, el cajero se ha tragado mi tarjeta, la que termina en {{neg:masked-card|**** 4611}}, llámenme al {{PHONE|seis tres tres, cinco cero uno, dos ocho ocho}} o escríbanme a {{EMAIL|alvaro.quintana@example.net}}»`),
  es("summary", `Nota de llamada · Hotel Plaza Alameda
{{PERSON|Begoña Larrañaga}} reserva la habitación {{neg:room-number|305}} del {{neg:date|27 de diciembre}} al {{neg:date|30 de diciembre}}, {{neg:amount|118 €}} por noche. Tarjeta de garantía {{CARD|6504 1283 9917 4306}}. Pide una habitación con {{neg:name-word|luz}} natural. Contacto {{EMAIL|blarranaga@example.com}}.`),
  es("transcript", `HABLANTE_1: movilia, le atiende {{PERSON|Iván}}
HABLANTE_2: hola, me ha llegado un sms de que la portabilidad ha fallado
HABLANTE_1: ¿su número?
HABLANTE_2: {{PHONE|seis siete uno, dos dos cero, cuatro ocho tres}}
HABLANTE_1: ¿nombre?
HABLANTE_2: {{PERSON|Yolanda Cifuentes}}
HABLANTE_1: el dni no coincidía, abro incidencia {{neg:case-number|MV-40982}} y se reintenta a las {{neg:time|20:00}}`),
  es("ivr", `traza_ivr aguas-turia {{neg:version|3.0.4}} ani {{PHONE|96 382 14 70}} ip {{IP_ADDRESS|172.16.8.94}}
menú 1 > lectura > {{neg:reference|22107}}
menú 2 > asr_nombre "{{PERSON|Vicente Ballester}}"
cp "{{neg:postcode|46020}}"
fin {{neg:time|13:08}}`),
]

export const IT_IT = [
  it("transcript", `[trascrizione automatica · Acque del Garda · fatturazione]
operatore: acque del garda buongiorno sono {{PERSON|Chiara}}
cliente: sì buongiorno ehm chiamo per la bolletta
operatore: mi dice il suo nome
cliente: {{PERSON|Ottavio Brambilla}}, {{PERSON|b r a m b i l l a}}
operatore: e un numero di telefono
cliente: {{PHONE|tre quattro sette, due uno otto, cinque cinque nove zero}}
operatore: {{PHONE|tre quattro sette due uno otto cinque cinque nove zero}}, perfetto
cliente: la lettura del contatore è {{neg:reference|14203}} e mi addebitate {{neg:amount|233,70 €}}`),
  it("voicemail", `Segreteria · Banca Lagunare blocco carte · {{neg:date|28 novembre}} {{neg:time|22:05}}
«buonasera sono {{PERSON|Ludovica Ferraresi}}, mi hanno rubato il portafoglio, la carta è {{CARD|5410 7730 2918 4632}}, bloccatela per favore, il mio cellulare è {{PHONE|tre tre tre, nove zero quattro, undici settantasei}}, grazie»`),
  it("transcript", `PARLANTE_1: banca lagunare carte, sono {{PERSON|Matteo}}
PARLANTE_2: buongiorno ho perso il bancomat
PARLANTE_1: mi legge il numero della carta
PARLANTE_2: {{CARD|4032 7158 9904 1260}}
PARLANTE_1: intestatario
PARLANTE_2: {{PERSON|Rosalba Giordano}}
PARLANTE_1: il rimborso va sull'iban {{IBAN|IT02 R030 6909 6061 0000 0117 832}}
PARLANTE_2: no, quello è chiuso, usi {{IBAN|IT25 X054 2811 1010 0000 0482 210}}`),
  it("ivr", `IVR Ospedale San Gerardo prenotazioni · release {{neg:version|4.3.2}}
ani={{PHONE|+39 02 8734 1152}} ip_src={{IP_ADDRESS|10.9.44.3}}
dtmf_cup={{neg:reference|CUP 2026 88417}}
asr_nome="{{PERSON|Graziella Pozzoli}}"
asr_data="{{neg:date|16 dicembre}}" {{neg:time|11:20}}
esito=confermato`),
  it("summary", `Riepilogo chiamata · Noleggio Riviera soccorso stradale
{{PERSON|Alessio Cattaneo}} ha segnalato un guasto sull'A10 vicino a Savona alle {{neg:time|19:05}}. Contratto {{neg:booking-ref|NR-22815}}. Cellulare {{PHONE|340 228 6613}}, email {{EMAIL|a.cattaneo@example.com}}. Carro attrezzi inviato, franchigia di {{neg:amount|250 €}} non applicata.`),
  it("transcript", `operatore: onda mobile portabilità, sono {{PERSON|Giulia}}
cliente: salve vorrei passare a voi mantenendo il numero
operatore: certo, qual è il numero
cliente: {{PHONE|tre due otto, sette sette cinque, zero quattro diciannove}}
operatore: {{PHONE|tre due otto sette sette cinque zero quattro uno nove}}
cliente: esatto
operatore: e l'intestatario della sim
cliente: {{PERSON|Fabrizio Lanzoni}}
operatore: la portabilità sarà attiva il {{neg:date|4 dicembre}}`),
  it("voicemail", `Messaggio in segreteria · Albergo Belvedere prenotazioni
«buongiorno sono {{PERSON|Cristina Valsecchi}}, ho la prenotazione {{neg:booking-ref|BV 4417}} per il {{neg:date|21 dicembre}}, arriviamo verso le {{neg:time|22:30}}, mi richiamate al {{PHONE|zero cinque cinque, due tre quattro, otto otto sette uno}}, grazie mille»`),
  it("transcript", `PARLANTE_1: noleggio riviera assistenza
PARLANTE_2: salve abbiamo bucato una gomma
PARLANTE_1: a nome di chi è il noleggio
PARLANTE_2: {{PERSON|Ilaria Fumagalli}}
PARLANTE_1: un numero
PARLANTE_2: {{PHONE|tre tre otto, sei uno due, quarantaquattro, ventuno}}
PARLANTE_1: la targa
PARLANTE_2: {{neg:plate|GF 482 TX}}
PARLANTE_1: il tecnico arriva in circa quaranta minuti`),
  it("summary", `Riepilogo (automatico) · Acque del Garda · operatore {{PERSON|Davide Zanetti}}
La cliente {{PERSON|Loredana Bertoli}} cambia l'addebito: l'iban letto per primo, {{neg:iban-checksum|IT13 R030 6909 6061 0000 0117 832}}, non era valido; poi ha confermato quello corretto. Rata di {{neg:amount|58 €}} al mese dal {{neg:date|1 gennaio}}. CAP {{neg:postcode|25015}}. Telefono {{PHONE|030 991 4472}}.`),
  it("ivr", `2026-12-01 08:40:19 onda-porta ivr {{neg:version|7.0.3}}
cli={{PHONE|+39 347 660 1285}} sip={{IP_ADDRESS|2001:db8:1a7::e4}}
asr_nome="{{PERSON|Pierluigi Sartori}}"
asr_email="{{EMAIL|pl.sartori@example.net}}"
stato=portabilita_richiesta`),
  it("transcript", `operatore: ospedale san gerardo prenotazioni, {{PERSON|Elisa}}
cliente: buongiorno chiamo per mia nonna
operatore: nome della paziente
cliente: {{PERSON|Assunta Colombo}}
operatore: e lei
cliente: {{PERSON|Federico Colombo}}, il mio numero {{PHONE|zero sei, quarantotto, ventuno, settantasette, trenta}}
operatore: le do appuntamento {{neg:date|lunedì 7 dicembre}} alle {{neg:time|8:50}}, ambulatorio {{neg:room-number|12}}`),
  it("voicemail", `Segreteria · Banca Lagunare · {{neg:time|05:55}}
«pronto sono {{PERSON|Gianmarco Sala}}, lo sportello ha trattenuto la mia carta, quella che finisce con {{neg:masked-card|**** 0629}}, richiamatemi al {{PHONE|tre quattro zero, uno cinque nove, due due otto sei}} o scrivete a {{EMAIL|gianmarco.sala@example.org}}»`),
  it("summary", `Nota chiamata · Albergo Belvedere
{{PERSON|Ornella Bassi}} prenota la camera {{neg:room-number|207}} dal {{neg:date|27 dicembre}} al {{neg:date|30 dicembre}}, {{neg:amount|132 €}} a notte. Carta a garanzia {{CARD|4712 3009 5518 6643}}. Chiede una camera tranquilla con vista sul lago per una vacanza {{neg:name-word|serena}}. Contatto {{EMAIL|ornella.bassi@example.com}}.`),
  it("transcript", `PARLANTE_1: onda mobile, sono {{PERSON|Tommaso}}
PARLANTE_2: buonasera mi è arrivato un sms che la portabilità non è andata
PARLANTE_1: il suo numero
PARLANTE_2: {{PHONE|tre nove due, quattro quattro uno, zero sette otto}}
PARLANTE_1: nome
PARLANTE_2: {{PERSON|Donatella Ruggeri}}
PARLANTE_1: il codice fiscale non coincideva, apro la pratica {{neg:case-number|OM-31207}}, riproviamo alle {{neg:time|21:00}}`),
  it("ivr", `traccia_ivr acque-garda {{neg:version|1.4.9}} ani {{PHONE|045 803 6619}} ip {{IP_ADDRESS|192.168.12.77}}
menu 1 > lettura > {{neg:reference|09915}}
menu 2 > asr_nome "{{PERSON|Bruno Castagnaro}}"
cap "{{neg:postcode|37121}}"
fine {{neg:time|17:33}}`),
]

export const PT_PT = [
  pt("transcript", `[transcrição automática · Águas do Mondego · faturação]
assistente: águas do mondego bom dia fala a {{PERSON|Inês}}
cliente: bom dia olhe é por causa da fatura da água
assistente: diga-me o seu nome
cliente: {{PERSON|Albano Figueiredo}}
assistente: e um contacto
cliente: {{PHONE|novecentos e doze, trezentos e oitenta e quatro, quinhentos e cinquenta e sete}}
assistente: {{PHONE|nove um dois, três oito quatro, cinco cinco sete}}, está registado
cliente: a leitura do contador é {{neg:reference|21706}} e cobraram {{neg:amount|97,30 €}}`),
  pt("voicemail", `Correio de voz · Banco Atlântida cancelamento de cartões · {{neg:date|29 de novembro}} {{neg:time|23:15}}
«boa noite, é a {{PERSON|Filipa Carvalhais}}, roubaram-me a carteira, o cartão é {{CARD|2229 8110 4736 5524}}, cancelem por favor, o meu telemóvel é {{PHONE|nove seis um, dois dois zero, quatro oito três}}, obrigada»`),
  pt("transcript", `ORADOR_1: banco atlântida cartões, fala o {{PERSON|Rui}}
ORADOR_2: boa tarde perdi o meu cartão
ORADOR_1: pode ler-me o número do cartão
ORADOR_2: {{CARD|6502 1744 8820 3616}}
ORADOR_1: nome do titular
ORADOR_2: {{PERSON|Teresa Magalhães}}
ORADOR_1: o reembolso vai para o iban {{IBAN|PT50 0007 0015 0040 0082 7360 8}}
ORADOR_2: sim está certo`),
  pt("ivr", `IVR Hospital de Santa Luzia marcações · versão {{neg:version|2.5.1}}
ani={{PHONE|+351 22 605 1934}} ip_origem={{IP_ADDRESS|198.51.100.9}}
dtmf_processo={{neg:reference|PROC 88 4102}}
asr_nome="{{PERSON|Glória Pimentel}}"
asr_data="{{neg:date|17 de dezembro}}" {{neg:time|10:50}}
resultado=confirmado`),
  pt("summary", `Resumo da chamada · Rent-a-Car Algarve Sul assistência
{{PERSON|Henrique Sequeira}} comunicou uma avaria na A22 perto de Lagos às {{neg:time|18:40}}. Contrato {{neg:booking-ref|RAS-51902}}. Telemóvel {{PHONE|932 771 045}}, email {{EMAIL|h.sequeira@example.com}}. Reboque enviado; franquia de {{neg:amount|350 €}} não aplicada.`),
  pt("transcript", `assistente: maré telecom portabilidade, fala a {{PERSON|Beatriz}}
cliente: olá queria passar o meu número para vocês
assistente: qual é o número
cliente: {{PHONE|nove um sete, seiscentos e quatro, trezentos e trinta e oito}}
assistente: {{PHONE|nove um sete seis zero quatro três três oito}}
cliente: isso
assistente: e o titular
cliente: {{PERSON|Nuno Cordeiro}}
assistente: a portabilidade fica ativa a {{neg:date|4 de dezembro}}`),
  pt("voicemail", `Mensagem de voz · Hotel Miradouro reservas
«bom dia, fala {{PERSON|Helena Brandão}}, tenho a reserva {{neg:booking-ref|MIR 6620}} para {{neg:date|23 de dezembro}}, chegamos por volta das {{neg:time|22:00}}, liguem-me para o {{PHONE|dois um, três oito quatro, sete sete dois zero}}, obrigada»`),
  pt("transcript", `ORADOR_1: rent-a-car algarve sul assistência
ORADOR_2: boa tarde furou-se um pneu
ORADOR_1: em nome de quem está o aluguer
ORADOR_2: {{PERSON|Sílvia Antunes}}
ORADOR_1: um contacto
ORADOR_2: {{PHONE|nove três dois, quarenta e quatro, dezoito, setenta e um}}
ORADOR_1: a matrícula
ORADOR_2: {{neg:plate|AB-12-CD}}
ORADOR_1: o técnico chega dentro de quarenta minutos`),
  pt("summary", `Resumo (automático) · Águas do Mondego · assistente {{PERSON|Tiago Loureiro}}
A cliente {{PERSON|Manuela Simões}} altera o débito direto para {{IBAN|PT50 0035 0651 0000 0482 1934 3}}. O iban lido primeiro, {{neg:iban-checksum|PT61 0035 0651 0000 0482 1934 3}}, não era válido. Prestação de {{neg:amount|41 €}} por mês a partir de {{neg:date|1 de janeiro}}. Código postal {{neg:postcode|3000-214}}. Telefone {{PHONE|239 481 226}}.`),
  pt("ivr", `2026-12-01 11:02:55 mare-porta ivr {{neg:version|6.0.8}}
cli={{PHONE|+351 917 604 338}} sip={{IP_ADDRESS|2001:db8:351::c0}}
asr_nome="{{PERSON|Vasco Trindade}}"
asr_email="{{EMAIL|vasco.trindade@example.org}}"
estado=portabilidade_pedida`),
  pt("transcript", `assistente: hospital de santa luzia marcações, {{PERSON|Joana}}
cliente: bom dia ligo por causa da consulta da minha avó
assistente: nome da utente
cliente: {{PERSON|Rosalina Couto}}
assistente: e o senhor
cliente: {{PERSON|Marco Couto}}, o meu número é {{PHONE|duzentos e cinquenta e três, seiscentos e catorze, novecentos e dois}}
assistente: fica marcada para {{neg:date|segunda-feira 7 de dezembro}} às {{neg:time|9:10}}, gabinete {{neg:room-number|14}}`),
  pt("voicemail", `Correio de voz · Banco Atlântida · {{neg:time|06:30}}
«olá, é o {{PERSON|Duarte Rebelo}}, a máquina ficou com o meu cartão, o que termina em {{neg:masked-card|**** 7267}}, liguem para {{PHONE|nove seis oito, três três zero, um dois cinco}} ou escrevam para {{EMAIL|duarte.rebelo@example.net}}»`),
  pt("summary", `Nota da chamada · Hotel Miradouro
{{PERSON|Carolina Vidal}} reserva o quarto {{neg:room-number|402}} de {{neg:date|27 de dezembro}} a {{neg:date|30 de dezembro}}, {{neg:amount|125 €}} por noite. Cartão de garantia {{CARD|6011 7730 2845 1397}}. Quer um quarto virado para o rio, tons de azul, nada {{neg:name-word|branco}}. Contacto {{EMAIL|carolina.vidal@example.com}}.`),
  pt("transcript", `ORADOR_1: maré telecom, fala o {{PERSON|Gonçalo}}
ORADOR_2: boa noite recebi uma sms a dizer que a portabilidade falhou
ORADOR_1: o seu número
ORADOR_2: {{PHONE|nove um dois, quinhentos e sete, oitocentos e quarenta e um}}
ORADOR_1: nome
ORADOR_2: {{PERSON|Lurdes Caldeira}}
ORADOR_1: o nif não coincidia, abro o processo {{neg:case-number|MT-27504}}, tentamos outra vez às {{neg:time|21:00}}`),
  pt("ivr", `traco_ivr aguas-mondego {{neg:version|3.2.2}} ani {{PHONE|239 824 107}} ip {{IP_ADDRESS|10.3.0.58}}
menu 1 > leitura > {{neg:reference|18833}}
menu 2 > asr_nome "{{PERSON|Armando Quelhas}}"
codigo postal "{{neg:postcode|3030-190}}"
fim {{neg:time|15:47}}`),
]
