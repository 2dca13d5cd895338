// Texts of Portugal and Spain, written one by one: apoio domiciliário and ayuda a domicilio, bombas de calor and
// aerotermia with painéis and placas solares on credit, a clube's quotas and a club's cantera, and a ração and pienso
// subscription.
import { mk } from "./mk.ts"

const pt = mk("pt-PT")
const es = mk("es-ES")

export const PT_PT = [
  pt("email", `De: {{PERSON|Teresa Figueiredo}} <{{EMAIL|teresa.figueiredo@example.pt}}>
Para: Apoio Domiciliário <{{EMAIL|apoio@example.pt}}>
Assunto: Horário da cuidadora da minha mãe

Bom dia,

A minha mãe, D. {{PERSON|Amélia Figueiredo}}, continua a precisar da ajuda no banho às terças e sextas. A cuidadora {{PERSON|Rosângela}} tem sido impecável.

Peço só que a fatura {{neg:invoice-number|FT 2026/1184}} ({{neg:amount|312,00 €}}) seja debitada na conta nova: {{IBAN|PT50 0035 0218 0004 1873 9266 9}}.

Morada: {{neg:street|Rua Almirante Reis}}, 118, 3.º Esq., {{neg:postcode|1150-019}} Lisboa.

Obrigada,
{{PERSON|Teresa}}
{{PHONE|912 384 507}}`),

  pt("call", `Transcrição automática — linha de bombas de calor — {{neg:date|10 de março de 2026}}
Operador: Bom dia, fala o {{PERSON|Rúben}}, em que posso ajudar?
Cliente: Bom dia. A bomba de calor que me instalaram em janeiro, a {{neg:product|Ariston Nuos}}, está a pingar água pela parede abaixo. Estragou-me a pintura da varanda.
Operador: Lamento. Isso é a água da condensação, o tubo de escoamento pode ter soltado. Está na garantia, mandamos um técnico. Qual é o número do contrato?
Cliente: {{neg:contract-number|GAR-26-0733}}.
Operador: Obrigado. E um número para o técnico ligar?
Cliente: {{PHONE|nove um seis, quatro zero três, setecentos e doze}}.
Operador: Fica registado. A pintura da varanda, tire fotografias, por favor.`),

  pt("sms", `Clube Desportivo: Olá! A quota de março ({{neg:amount|25 €}}) do sócio {{neg:member-number|CD-4417}} está em atraso. Pague por MB WAY para o {{PHONE|932 506 118}} ou ref. Multibanco {{neg:reference|Ent. 21870 Ref. 418 072 635}}. Obrigado ⚽`),

  pt("chat", `Chat — ração por subscrição
Cliente: olá, o meu gato {{neg:pet-name|Pantufa}} tem insuficiência renal, o veterinário mandou mudar para ração renal
Assistente: Lamento muito 🙁 Tem a receita do veterinário? Podemos trocar a encomenda {{neg:order-number|EN-PT-330918}}.
Cliente: tenho, envio para onde?
Assistente: Para {{EMAIL|veterinaria@example.pt}}. Qual é o seu nome?
Cliente: {{PERSON|Inês Carvalhais}}
Assistente: Obrigado, {{PERSON|Inês}}. A nova ração custa {{neg:amount|41,90 €}} por {{neg:weight|4 kg}}.`),

  pt("form", `Formulário — pedido de visita técnica (painéis solares)
Nome: {{PERSON|Joaquim Rebelo}}
Telemóvel: {{PHONE|+351 963 227 041}}
Email: {{EMAIL|j.rebelo@example.pt}}
Morada: {{neg:street|Travessa do Carmo}} 7, {{neg:postcode|4050-165}} Porto
Consumo anual: {{neg:capacity|5200 kWh}}
CPE: {{neg:meter-number|PT0002000073918846LK}}
Telhado: telha, orientação sul
IP: {{IP_ADDRESS|198.51.100.33}}`),

  pt("note", `Registo de visita — apoio domiciliário — {{neg:date|19/03/2026}}
Utente: Sr. {{PERSON|Armindo Pinto}}, 86 anos, Viseu. Chegada {{neg:time|09h10}}.
Tomou a medicação. Queixou-se de tonturas; medida a tensão 15/9. Avisada a filha, {{PERSON|Lurdes}}, pelo {{PHONE|232 418 905}}.
A cadela {{neg:pet-name|Estrela}} estava sem água, foi dada.
Cuidadora: {{PERSON|Filomena Rocha}}`),

  pt("email", `De: Secretaria — Formação <{{EMAIL|formacao@example.pt}}>
Para: {{EMAIL|nuno.sequeira@example.com}}
Assunto: Inscrição do {{PERSON|Tomás}} nos Sub-11

Caro {{PERSON|Nuno Sequeira}},

Recebemos a inscrição do {{PERSON|Tomás}} nos Sub-11 (n.º {{neg:member-number|SUB11-2026-092}}). Falta o exame médico desportivo e o pagamento da inscrição, {{neg:amount|60 €}}.

O treinador é o mister {{PERSON|Hélder Coutinho}}, {{PHONE|917 204 863}}. Treinos às terças e quintas, {{neg:time|18h30}}.

Cumprimentos,
Secretaria`),

  pt("crm", `Exportação CRM — crédito solar
id;cliente;telefone;email;estado
{{neg:contract-number|CS-2026-1102}};{{PERSON|Marta Quintela}};{{PHONE|224 917 336}};{{EMAIL|marta.q@example.pt}};aprovado {{neg:amount|8.900 €}}
{{neg:contract-number|CS-2026-1103}};{{PERSON|Fernando Gaspar}};{{PHONE|936 772 410}};{{EMAIL|fgaspar@example.pt}};recusado — IBAN {{neg:iban-checksum|PT51 0007 0147 0039 2816 5471 6}} inválido
{{neg:contract-number|CS-2026-1104}};{{PERSON|Sílvia Antunes}};{{PHONE|289 813 570}};—;a aguardar documentos`),

  pt("call", `Transcrição — apoio ao cliente da ração — 00:04:02
Assistente: Boa tarde, com quem falo?
Cliente: É a {{PERSON|Graça Lobato}}. Cobraram-me duas vezes este mês.
Assistente: Peço desculpa. Vejo dois débitos de {{neg:amount|36,50 €}} no cartão terminado em {{neg:masked-card|**** 7720}}. Vou devolver um.
Cliente: Está bem. E liguem-me para o {{PHONE|novecentos e trinta e três, cento e vinte e oito, quatrocentos e sete}} se houver problema.
Assistente: Fica registado. O cão é o {{neg:pet-name|Tejo}}, certo?
Cliente: Certo.`),

  pt("sms", `Olá {{PERSON|Dulce}} 🌞 a vistoria da E-Redes ao seu sistema solar ficou marcada para {{neg:date|3 de abril}}. Depois disso pode começar a vender excedente à rede. Dúvidas: {{PHONE|211 450 827}}. Processo {{neg:order-number|OB-5528}}`),

  pt("form", `Inscrição online — Ginásio do Clube
Nome: {{PERSON|Beatriz Vale}}
Data de nascimento: {{neg:date|07/05/2001}}
Telemóvel: {{PHONE|926 118 493}}
Email: {{EMAIL|bia.vale@example.pt}}
Mensalidade: {{neg:amount|32 €}}
Pagamento: cartão {{CARD|4485 2716 0934 7714}}, validade {{neg:card-expiry|09/27}}
Observações: treino de manhã, antes das {{neg:time|8h00}}`),

  pt("chat", `WhatsApp — Apoio Domiciliário Norte
Filho: Bom dia, a cuidadora não apareceu hoje em casa do meu pai
Coordenação: Bom dia! Peço imensa desculpa, a {{PERSON|Odete}} está doente. Mandamos outra colega às {{neg:time|11h}}. Qual é a morada?
Filho: {{neg:street|Rua de Camões}}, 64, Braga. Eu sou o {{PERSON|Vasco Macedo}}, o meu número é 📞 {{PHONE|253 617 902}}
Coordenação: Obrigada. Sobre o {{neg:name-word|pereira}} que caiu no quintal, já avisámos a câmara.`),

  pt("note", `Nota interna — bomba de calor — cliente estrangeiro
Cliente espanhol, casa de férias em Tavira. Quer pagar a partir da conta espanhola: {{IBAN|ES06 2100 0418 4202 0051 7736}}. Aceite. Instalação {{neg:date|2 de abril}}.
Contacto: {{PERSON|Álvaro Montes}}, {{PHONE|+34 622 418 903}}, {{EMAIL|alvaro.montes@example.es}}.`),

  pt("email", `De: {{EMAIL|luisa.m.brandao@example.pt}}
Para: Subscrições <{{EMAIL|subscricoes@example.pt}}>
Assunto: Re: Alterar entrega

Olá,
Mudei de casa. A nova morada é {{neg:street|Avenida da Liberdade}} 202, Castelo Branco. Pode ser entregue ao vizinho se eu não estiver.
{{PERSON|Luísa Brandão}}
{{PHONE|272 094 331}}

> Em {{neg:date|14/03/2026}}, Subscrições escreveu:
> A sua próxima caixa sai a {{neg:date|18 de março}}. Precisa de alterar alguma coisa?`),

  pt("crm", `Apoio domiciliário — lista de utentes (extração {{neg:timestamp|2026-03-20 07:45}})
utente, contacto família, telefone, plano
{{PERSON|Manuel Esteves}}, neta {{PERSON|Carolina}}, {{PHONE|966 503 184}}, higiene + refeições
{{PERSON|Albertina Sousa}}, filho, {{PHONE|234 381 962}}, medicação — apólice {{neg:policy-number|AP-77201934}}`),
]

export const ES_ES = [
  es("call", `Transcripción automática — línea de aerotermia — {{neg:date|9 de marzo de 2026}}
Agente: Buenos días, le atiende {{PERSON|Nerea}}, ¿en qué puedo ayudarle?
Cliente: Hola, llamo por el presupuesto de aerotermia, el {{neg:quote-number|PRE-2026-0419}}. Me interesa financiarlo.
Agente: Perfecto. Es el equipo {{neg:product|Daikin Altherma 3}} de {{neg:capacity|8 kW}}, {{neg:amount|9.870 €}} instalado. ¿A qué número le llamamos?
Cliente: {{PHONE|Seis doce, cuarenta, ochenta y tres, treinta y siete}}.
Agente: Gracias. ¿Y el CUPS de la luz, lo tiene a mano?
Cliente: Sí, {{neg:meter-number|ES0031405712398457JK0F}}.
Agente: Estupendo, le mando la simulación del préstamo por correo.`),

  es("email", `De: {{PERSON|Carmen Urquijo}} <{{EMAIL|carmen.urquijo@example.es}}>
Para: Ayuda a Domicilio <{{EMAIL|ayudadomicilio@example.es}}>
Asunto: Cambio de cuidadora para mi padre

Buenos días:

Mi padre, D. {{PERSON|Ignacio Urquijo}}, está muy contento con {{PERSON|Milagros}}, pero a partir del {{neg:date|1 de abril}} ella pasa al turno de tarde. ¿Podría seguir con él aunque sea los lunes?

La factura de marzo ({{neg:invoice-number|F-2026-0388}}, {{neg:amount|486,40 €}}) se puede cargar en la cuenta de siempre.

Un saludo,
{{PERSON|Carmen}}
{{PHONE|944 215 078}} · {{PHONE|688 307 219}}`),

  es("chat", `Chat web — pienso por suscripción
Cliente: hola! mi perra {{neg:pet-name|Canela}} ha engordado, el veterinario dice que pase a light
Agente: ¡Hola! Sin problema 🐾 ¿Me dices el email de la cuenta?
Cliente: {{EMAIL|pablo.ferrandiz@example.es}}
Agente: Gracias, {{PERSON|Pablo}}. Cambio el pedido {{neg:order-number|PD-ES-775102}} a {{neg:product|Pienso Light Pavo}}, {{neg:weight|12 kg}}, {{neg:amount|52,90 €}}. La próxima entrega es el {{neg:date|20 de marzo}}.
Cliente: genial, y si no estoy que lo dejen en la portería, {{neg:street|Calle Doctor Fleming}} 14. El repartidor que me llame al {{PHONE|612 957 304}}`),

  es("sms", `C.D. Cantera: Hola! Mañana partido del Alevín B a las {{neg:time|10:30}} en el campo municipal. Cuota de marzo pendiente: {{neg:amount|30 €}}. Bizum al {{PHONE|644 092 183}} indicando nº de socio {{neg:member-number|CAN-2026-217}}. ⚽ {{PERSON|Quique}}, delegado`),

  es("form", `Solicitud de financiación — placas solares
Nombre: {{PERSON|Rocío Benjumea}}
Email: {{EMAIL|rocio.benjumea@example.com}}
Teléfono: {{PHONE|954 218 703}}
Dirección: {{neg:street|Avenida de la Constitución}} 31, 2º B, Sevilla {{neg:postcode|41001}}
Instalación: {{neg:capacity|4,5 kWp}}, 10 módulos + batería {{neg:capacity|5 kWh}}
Importe: {{neg:amount|7.640 €}}
Cuenta para domiciliar: {{IBAN|ES36 0049 1500 0328 1019 3742}}
IP: {{IP_ADDRESS|10.48.3.201}}`),

  es("note", `Parte de visita — ayuda a domicilio — {{neg:date|17/03/2026}}
Usuaria: {{PERSON|Remedios Castaño}}, 90 años, Oviedo. Entrada {{neg:time|9:00}}, salida {{neg:time|10:30}}.
Aseo, desayuno y paseo corto. Refiere dolor de rodilla. La hija {{PERSON|Begoña}} pide que la llamemos al {{PHONE|985 241 736}} si no quiere comer.
El canario, {{neg:pet-name|Pipo}}, sin alpiste: avisado.
Auxiliar: {{PERSON|Yolanda Prieto}}`),

  es("email", `De: Secretaría del Club <{{EMAIL|secretaria@example.es}}>
Para: {{EMAIL|javier.olmedo@example.es}}
Asunto: Devolución del recibo de socio

Hola {{PERSON|Javier}}:

El banco nos ha devuelto el recibo anual ({{neg:amount|180 €}}). La cuenta que nos diste, {{neg:iban-checksum|ES16 2100 0418 4202 0051 7736}}, no supera el dígito de control. ¿Puedes revisarla?

También puedes pagar con tarjeta en la web.

Saludos,
Secretaría · {{PHONE|91 532 0418}}`),

  es("crm", `Export CRM — instalaciones de aerotermia (Valencia)
ID;Cliente;Teléfono;Email;Estado
{{neg:contract-number|AE-VLC-3301}};{{PERSON|Vicente Llorca}};{{PHONE|963 528 114}};{{EMAIL|vllorca@example.es}};instalado {{neg:date|04/03/2026}}
{{neg:contract-number|AE-VLC-3302}};{{PERSON|Amparo Sanchis}};{{PHONE|722 418 605}};—;pendiente visita
{{neg:contract-number|AE-VLC-3303}};Comunidad de Propietarios {{neg:street|Calle Colón}} 8;{{PHONE|961 307 442}};{{EMAIL|admin.fincas@example.es}};presupuesto enviado`),

  es("chat", `WhatsApp — coordinación ayuda a domicilio
Familiar: buenas, soy la sobrina de Dña. {{PERSON|Consuelo Arnáiz}}. Mi tía dice que hoy no ha venido nadie
Coordinadora: Hola, perdona! La auxiliar tuvo un accidente de tráfico leve. Mandamos a otra a las {{neg:time|12:00}}.
Familiar: vale, gracias. Mi teléfono ☎️ {{PHONE|679 301 552}}, por si acaso
Coordinadora: Anotado. Y dile que la {{neg:name-word|paz}} del barrio vuelve, que ya han acabado las obras 😄`),

  es("call", `Transcripción — atención al cliente, pienso — 00:02:47
Agente: Hola, ¿con quién hablo?
Cliente: Con {{PERSON|Marisa Oteiza}}. Quiero cancelar la suscripción, mi gato {{neg:pet-name|Simba}} murió la semana pasada.
Agente: Lo siento muchísimo. Cancelo ahora mismo el pedido {{neg:order-number|PD-ES-771846}}. ¿Le devolvemos el último cargo de {{neg:amount|38,75 €}} a la tarjeta terminada en {{neg:masked-card|**** 3107}}?
Cliente: Sí, por favor. Si necesitan algo, mi móvil es {{PHONE|seiscientos cuarenta y ocho, treinta y uno, noventa, veintidós}}.
Agente: De acuerdo. Un abrazo.`),

  es("sms", `Hola {{PERSON|Jordi}}, somos el equipo de instalación ☀️ llegamos mañana a las {{neg:time|8:30}} a {{neg:street|Carrer de Provença}} 211. Dudas: {{PHONE|93 417 2286}}. Orden {{neg:order-number|OT-BCN-4410}}`),

  es("form", `Alta de socio — Club Deportivo (web)
Nombre y apellidos: {{PERSON|Lucía Mendizábal Otxoa}}
Fecha de nacimiento: {{neg:date|23/08/2013}}
Tutor/a: {{PERSON|Aitor Mendizábal}}
Móvil tutor: {{PHONE|+34 615 330 927}}
Email: {{EMAIL|aitor.mendizabal@example.es}}
Sección: baloncesto infantil
Pago: tarjeta {{CARD|5412 8830 1946 2274}}, cad. {{neg:card-expiry|11/27}}
Alergias: ninguna`),

  es("note", `Nota — riesgos laborales — {{neg:date|2026-03-12}}
Instalación en Cuenca, tejado de teja árabe a dos aguas. El cliente, Sr. {{PERSON|Moreno}}, nos avisa que hay nido de cigüeña; paramos hasta permiso. El inversor {{neg:product|Huawei SUN2000}} queda en el garaje, IP fija {{IP_ADDRESS|192.168.1.87}}.
Contacto obra: {{PHONE|969 214 583}}.`),

  es("email", `De: {{EMAIL|sofia.lindqvist@example.se}}
Para: Suscripciones <{{EMAIL|suscripciones@example.es}}>
Asunto: Pedido para mi madre en Alicante

Hola,

Vivo en Suecia y quiero regalar la suscripción de pienso a mi madre, {{PERSON|Birgitta Lindqvist}}, que vive en Altea con dos perros, {{neg:pet-name|Lobo}} y {{neg:pet-name|Nube}}.

Su teléfono español es {{PHONE|965 843 210}}. Pago con mi tarjeta, les llamo mañana.

Gracias,
{{PERSON|Sofía Lindqvist}}
{{PHONE|+46 70 318 42 95}}`),

  es("crm", `Ayuda a domicilio — incidencias (export {{neg:timestamp|2026-03-16 18:02:11}})
fecha;usuario;auxiliar;incidencia;teléfono familia
{{neg:date|14/03/2026}};{{PERSON|Eusebio Garrido}};{{PERSON|Rosa Ibáñez}};caída sin lesión;{{PHONE|923 261 870}}
{{neg:date|15/03/2026}};{{PERSON|Pilar Ochoa}};—;no abre la puerta, llamado 112;{{PHONE|659 204 718}}`),
]
