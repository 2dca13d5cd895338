// es-ES texts: written one by one (averías de la distribuidora eléctrica, vivero, cocinas, revelado de fotos,
// lentillas por suscripción, objetos perdidos de una app de taxi, app de idiomas, librería, neumáticos, transporte
// sanitario, forfaits de esquí).
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_ES = [
  t("transcript", `AGENTE: Distribuidora Eléctrica del Turia, averías, le atiende {{PERSON|Vicente}}.
CLIENTA: Hola, buenas noches, mire, en toda la calle nos hemos quedado sin luz.
AGENTE: ¿Me dice la dirección, por favor?
CLIENTA: Calle Sueca 41, Valencia, código postal {{neg:postcode|46006}}. Soy {{PERSON|Amparo Llopis}}.
AGENTE: Sí, señora {{PERSON|Llopis}}, tenemos una avería en el centro de transformación. ¿Un teléfono de contacto?
CLIENTA: {{PHONE|seiscientos doce, cuarenta y ocho, diecinueve, cero siete}}
AGENTE: {{PHONE|612 48 19 07}}. Le enviaremos un SMS cuando se restablezca.`),
  t("email", `Asunto: Entrega de olivos – pedido {{neg:order-number|VLA-30417}}

Hola {{PERSON|Jorge}}:

Te confirmo la entrega de los dos olivos centenarios el jueves {{neg:date|17 de diciembre}} por la mañana. Necesitamos grúa, así que el camión llegará sobre las {{neg:time|8:30}}. El conductor, {{PERSON|Fermín}}, te llamará al {{PHONE|699-21-47-83}}.

Total pendiente: {{neg:amount|1.240,00 €}}.

Un saludo,
{{PERSON|Rocío Benjumea}}
Vivero Los Almendros
{{EMAIL|pedidos@viveroalmendros.example.com}} · {{PHONE|954 41 72 30}}`),
  t("chat", `Óptica Miravista · chat
Tú: hola, quiero cambiar la graduación de mis lentillas mensuales
{{PERSON|Nerea}} (Miravista): ¡Hola! Claro. ¿Tienes la receta nueva de tu óptico-optometrista?
Tú: sí, me la hizo {{PERSON|Aitor Zubizarreta}} en la tienda de Bilbao
{{PERSON|Nerea}} (Miravista): Perfecto, la pido yo. ¿Tu nombre completo?
Tú: {{PERSON|Itziar Goikoetxea Ruiz}}
{{PERSON|Nerea}} (Miravista): Listo, {{PERSON|Itziar}}. El próximo envío saldrá con la nueva graduación ☀️`),
  t("note", `Taxilo objetos perdidos – {{neg:date|04/12/2026}} – usuaria {{PERSON|Mª Carmen Solís}} olvidó móvil en taxi, trayecto Atocha → Chamberí {{neg:time|22:15}}. Conductor {{PERSON|Wilson Paredes}} lo tiene. Contactar a la usuaria en el fijo de su hermana {{PHONE|91 531 44 82}} (el móvil es el perdido).`),
  t("ticket", `Hablalia – Solicitud de reembolso
Usuario: {{EMAIL|pablo.garciamarin@example.com}}
Nombre: {{PERSON|Pablo García Marín}}
Plan: Anual {{neg:amount|95,88 €}}
IBAN: {{IBAN|ES58 2100 0813 6402 0187 4536}}
IBAN anterior (erróneo): {{neg:iban-checksum|ES59 2100 0813 6402 0187 4536}}
IP: {{IP_ADDRESS|192.168.1.47}}
Móvil: {{PHONE|+34 622 10 59 38}}`),
  t("sms", `Librerías Tintero: Hola {{PERSON|Lucía}}, tu pedido {{neg:order-number|LT-7720914}} ya está en la tienda de Gran Vía. Lo guardamos hasta el {{neg:date|19/12}}. Dudas: {{PHONE|900 81 44 20}}`),
  t("transcript", `agente: neumáticos rueda firme buenas tardes
cliente: hola llamo por la cita de mañana para el coche de mi padre {{PERSON|ramón iglesias}}
agente: sí a las diez y media cambio de cuatro ruedas
cliente: eso es podéis llamarme a mí en vez de a él que no oye bien
agente: claro dime el número
cliente: {{PHONE|seis siete uno, cero dos, treinta y tres, ochenta y cuatro}}
agente: perfecto y tu nombre
cliente: {{PERSON|nuria}}`),
  t("ticket", `Transporte sanitario programado – Hospital Comarcal
Paciente: {{PERSON|Domínguez Vela, Encarnación}}
Fecha: {{neg:date|09/12/2026}} – rehabilitación {{neg:time|11:00}}
Recogida: Avda. de la Constitución 12, 3º B, {{neg:postcode|41920}}
Observaciones: tiene {{neg:name-word|dolores}} fuertes de espalda, silla de ruedas
Contacto: hijo {{PERSON|Francisco Javier}} {{PHONE|655 318 224}}`),
  t("email", `De: {{PERSON|Óscar Bermejo}} <{{EMAIL|obermejo@example.net}}>
Para: {{EMAIL|fotos@fotorapido.example.com}}
Asunto: Pago rechazado

Buenas,

Al pagar el álbum (pedido {{neg:order-number|FR-55130}}) la web me rechaza la tarjeta {{CARD|4388 1620 4957 7317}}, aunque tiene saldo. ¿Podéis cobrarlo por teléfono? Estoy en el {{PHONE|0034 963 52 18 44}}.

Gracias,
{{PERSON|Óscar}}`),
  t("note", `Estación Valdenieve – oficina de forfaits. Sr. {{PERSON|Hamid Benali}} reclama devolución del forfait de temporada ({{neg:amount|489 €}}) por lesión. Aporta informe médico. Transferir a {{IBAN|ES35 0049 1500 0227 1068 3449}}. Tel. {{PHONE|(+34) 958 22 61 09}}.`),
]
