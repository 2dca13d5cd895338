// es-ES texts: written one by one (hipotecas, instalación de fibra, equipajes, fidelización hotelera, renting, seguro de
// salud, tesorería universitaria, farmacia online, mudanzas, itinerancia, cambio de comercializadora, devoluciones,
// gimnasio, bicicleta compartida).
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_ES = [
  t("chat", `Banco Alcázar – Hipotecas
[12:10] Tú: hola, quiero cambiar la cuenta de cargo de la hipoteca
[12:11] {{PERSON|Nerea}} (Hipotecas): ¡Hola! Claro. ¿Cuál es la nueva cuenta?
[12:11] Tú: {{IBAN|ES91 2100 0418 4502 0005 1332}}
[12:12] {{PERSON|Nerea}} (Hipotecas): Perfecto, a partir del recibo del {{neg:date|5 de enero}}. Préstamo {{neg:loan-number|HP-0044-8812}}.`),
  t("email", `De: {{PERSON|Rosario Villalobos Peña}} <{{EMAIL|rvillalobos@example.com}}>
Para: {{EMAIL|instalaciones@fibranet.example}}
Asunto: Instalación de fibra sin realizar

Buenos días:

El técnico vino el {{neg:date|1 de diciembre}} pero dijo que faltaba la caja en la fachada. Pedido {{neg:order-number|FN-20261130-447}}. Necesito una nueva cita cuanto antes. Mi móvil es {{PHONE|612 48 39 07}} y el fijo {{PHONE|91 447 28 30}}.

Un saludo,
{{PERSON|Rosario Villalobos}}`),
  t("transcript", `AGENTE: FibraNet instalaciones, le atiende {{PERSON|Iker}}.
CLIENTE: Hola, soy {{PERSON|Joaquín Barrios}}, el router no enciende.
AGENTE: ¿Me da un teléfono de contacto?
CLIENTE: {{PHONE|Seiscientos cincuenta y cuatro, trescientos veintiuno, ochocientos noventa}}.
AGENTE: {{PHONE|seiscientos cincuenta y cuatro, trescientos veintiuno, ochocientos noventa}}. Le mando un técnico mañana.`),
  t("ticket", `Iberalas – Parte de irregularidad de equipaje
Expediente: {{neg:reference|MADIB20417}}
Pasajero: {{PERSON|Ochoa Ramírez, Guadalupe}}
Vuelo IB 6253 Bogotá–Madrid, {{neg:date|29/11/2026}}
Maleta: roja, etiqueta {{neg:tracking-number|IB 448201}}
Teléfono en España: {{PHONE|+34 699 218 447}}
Teléfono en Colombia: {{PHONE|+57 310 442 8190}}`),
  t("sms", `Iberalas: Su maleta llegará hoy a Valencia. El repartidor {{PERSON|Rubén}} le llamará desde el {{PHONE|963 11 82 40}}. Exp. {{neg:reference|VLCIB30288}}`),
  t("note", `Club Hoteles Brisamar: socia {{PERSON|Montserrat Puig i Ferrer}} reclama noches no acreditadas en Sitges ({{neg:date|12/11}} a {{neg:date|15/11}}). Acreditadas. Quiere que se llame a su marido {{PERSON|Jordi}} al {{PHONE|+34 93 218 44 71}} para la reserva de Reyes.`),
  t("chat", `RentaCoche Renting
Visitante: quiero ampliar mi contrato de renting 12 meses más
{{PERSON|Álvaro}} | RentaCoche: ¡Claro! Contrato {{neg:contract-number|RC-2209184}}, ¿verdad? La cuota quedaría en {{neg:amount|389 €}}.
Visitante: sí. soy {{PERSON|Marta Echeverría}}
{{PERSON|Álvaro}} | RentaCoche: Gracias, {{PERSON|Marta}}. Le envío la propuesta a {{EMAIL|marta.eche@example.org}}.`),
  t("email", `Asunto: Reembolso de consulta – Salud Aurora

Estimados señores:

Adjunto la factura de la consulta del Dr. {{PERSON|Castellanos}} ({{neg:amount|120 €}}). Les ruego el reembolso a mi cuenta {{IBAN|ES39 0081 0216 7977 3190 4528}}. Por error les di antes {{neg:iban-checksum|ES93 0081 0216 7977 3190 4528}}.

Póliza {{neg:policy-number|SA-77120934}}

Atentamente,
{{PERSON|Lucía Fernández Ortega}}
{{PHONE|655 082 391}}`),
  t("ticket", `Universidad de Triana – Tesorería
Solicitud de fraccionamiento
Estudiante: {{PERSON|Mohamed El Idrissi}}
DNI/NIE: {{neg:reference|Y4418203K}}
Importe: {{neg:amount|1.240,00 €}}
Tarjeta: {{CARD|6011 9822 3405 1160}}
Correo: {{EMAIL|m.elidrissi@alumnos.example.org}}`),
  t("transcript", `operadora: farmacia online botica azul buenas tardes soy {{PERSON|paloma}}
cliente: hola mire soy {{PERSON|ernesto guzmán}} me han cobrado dos veces el pedido
operadora: lo siento dígame el número de pedido
cliente: {{neg:order-number|BA-88120}}
operadora: efectivamente le devolvemos {{neg:amount|34,50 euros}} en tres días`),
  t("note", `Mudanzas Tajo: presupuesto familia {{PERSON|Okoye}}, Toledo → Madrid, {{neg:date|20/12}}. {{neg:amount|1.650 €}}. Contacto {{PERSON|Chinwe Okoye}} {{PHONE|675-44-81-20}}.`),
  t("sms", `MóvilSur: Has llegado a Marruecos. Tarifa {{neg:amount|2,99 €}}/día. Atención desde el extranjero: {{PHONE|+34 622 018 340}}.`),
  t("chat", `Luzverde Energía
Tú: me habéis cambiado de compañía sin mi permiso 😡😡
{{PERSON|Sergio}} (Luzverde): Lo siento mucho. ¿Me indica su CUPS?
Tú: {{neg:meter-number|ES0021 0000 1882 4471 QX}}
{{PERSON|Sergio}} (Luzverde): Veo un alta desde {{IP_ADDRESS|203.0.113.88}} el {{neg:date|2 de diciembre}}. Lo anulamos. ¿Nombre del titular?
Tú: {{PERSON|Remedios Carrasco}}`),
  t("ticket", `Mercadillo Online – Devolución
Comprador: {{PERSON|Santos, Bruno}}
Pedido: {{neg:order-number|MO-7731-0042}}
Motivo: talla incorrecta
Reembolso a: {{IBAN|ES60 2085 0361 0155 3004 1277}}
Teléfono: {{PHONE|0034 644 91 28 03}}`),
  t("email", `Asunto: Congelar cuota gimnasio

Hola {{PERSON|Ainhoa}}:

Me voy de Erasmus a Lisboa del {{neg:date|1 de febrero}} al {{neg:date|30 de junio}}. ¿Puedo congelar la cuota de GymForja? Mi número allí será {{PHONE|+351 936 204 118}}.

Gracias,
{{PERSON|Pablo Quintana}}`),
  t("sms", `Llamada perdida de {{PHONE|955 21 40 88}}. BiciSevilla: {{PERSON|Carmen}}, la bici {{neg:serial-number|BS-4471}} no se ancló. Llámanos al {{PHONE|nueve cinco cinco, veintiuno, cuarenta, ochenta y ocho}}.`),
]
