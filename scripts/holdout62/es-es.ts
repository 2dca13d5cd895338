// es-ES texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_ES = [
  t("chat", `Seguros Hogar Mediterráneo – Partes
[10:02] Tú: hola, se ha roto una tubería en el baño y ha calado al vecino de abajo
[10:03] {{PERSON|Alba}} (Siniestros): Hola, lo siento mucho. ¿Me indicas el nombre del titular y el número de póliza?
[10:04] Tú: {{PERSON|Javier Ortega Ruiz}}, póliza {{neg:policy-number|HM-55204417}}
[10:05] {{PERSON|Alba}} (Siniestros): Gracias {{PERSON|Javier}}. Tu parte es el {{neg:claim-number|SN-2026-0448190}}. El perito te llamará. ¿A qué teléfono?
[10:05] Tú: {{PHONE|612 48 39 07}}`),
  t("note", `Siniestro {{neg:claim-number|SN-2026-0451377}}. Asegurada {{PERSON|Lucía Fernández García}}, Valencia {{neg:postcode|46005}}. Daños por agua en cocina, perito Sr. {{PERSON|Medina}} visita el {{neg:date|11 de diciembre}} a las {{neg:time|10:00}}. Franquicia {{neg:amount|150 €}}. Tel. {{PHONE|963 52 71 40}}.`),
  t("email", `Asunto: Solicitud de carencia – préstamo hipotecario {{neg:loan-number|HIP 0449 2210 77}}

Buenos días,

Debido a un ERTE, solicito acogerme a un periodo de carencia de seis meses. La cuota actual es de {{neg:amount|812,44 €}}. Adjunto certificado de la empresa.

La cuenta de cargo es {{IBAN|ES42 0049 1500 0101 2345 6789}}.

Un saludo,
{{PERSON|Nerea Etxeberria}}
Tel. {{PHONE|+34 688 210 453}}`),
  t("transcript", `AGENTE: Banco Levante, hipotecas, le atiende {{PERSON|Raúl}}.
CLIENTE: Hola, buenas, soy {{PERSON|Wilson Mendoza}}, quería saber cuánto me queda de hipoteca.
AGENTE: Claro, don {{PERSON|Wilson}}. Para verificar, ¿me dice su teléfono de contacto?
CLIENTE: {{PHONE|seiscientos cuarenta y cuatro, treinta y dos, diecinueve, setenta y siete}}.
AGENTE: Gracias. Le quedan {{neg:amount|98.420,17 €}} de capital pendiente.`),
  t("sms", `OndaMóvil: Hola {{PERSON|Oksana}}, tu factura de {{neg:amount|29,90 €}} ya está disponible. Se cargará el {{neg:date|15/12}}. Info: {{PHONE|900 812 334}}`),
  t("ticket", `RECLAMACIÓN FACTURA
Cliente: {{PERSON|BENJELLOUN, Ahmed}}
Línea: {{PHONE|677 301 928}}
N.º cliente: {{neg:customer-number|OM-7730219}}
Motivo: cobro de {{neg:amount|45,00 €}} por permanencia tras portabilidad el {{neg:date|02/11/2026}}
Correo: {{EMAIL|a.benjelloun@correo.example}}
IP: {{IP_ADDRESS|2001:db8:77::4}}`),
  t("chat", `CestaFresca – Atención al cliente
CestaFresca Bot: ¡Hola! ¿En qué podemos ayudarte?
Cliente: el pedido {{neg:order-number|CF-2026-99104}} llegó sin el pescado
{{PERSON|Marta}} de CestaFresca: ¡Perdona! Te devuelvo {{neg:amount|12,35 €}} ahora mismo. ¿El repartidor puede llamarte antes la próxima vez?
Cliente: sí al {{PHONE|655 90 14 27}}`),
  t("note", `CestaFresca - queja. Cliente {{PERSON|Carmen Rodríguez}} (mayor) no recibió el pedido, repartidor marcó entregado a las {{neg:time|13:20}}. Reembolso {{neg:amount|74,60 €}}. Su nieto {{PERSON|Adrián}} gestiona la cuenta, tel {{PHONE|91 447 28 63}}.`),
  t("email", `Asunto: Baja suscripción TeleOcio

Hola,

Quiero dar de baja mi suscripción a partir del {{neg:date|1 de enero}}. Abonado n.º {{neg:member-number|TO-44120983}}. No me cobréis más en la tarjeta {{CARD|5358 0021 7743 6097}}.

Gracias,
{{PERSON|Jordi Puig i Soler}}
{{EMAIL|jordi.puig@correu.example}}`),
  t("transcript", `agente hoteles {{neg:name-word|sol}} y mar reservas le atiende {{PERSON|rocío}}
cliente hola quería cambiar la fecha de mi reserva en málaga
agente dígame el localizador
cliente {{neg:booking-ref|sm 4471 09}}
agente y el nombre del titular
cliente {{PERSON|pablo herrera}}
agente gracias {{PERSON|pablo}} le cambio al {{neg:date|20 de diciembre}} y le mando la confirmación al {{PHONE|seis uno cinco, dos dos ocho, cuatro cuatro uno}}
cliente perfecto`),
  t("sms", `Asistencia en Carretera: Sra. {{PERSON|Ionescu}}, la grúa llegará en unos 40 min. Conductor: {{PERSON|Manolo}}. Expediente {{neg:reference|AC-2209174}}. Tel. {{PHONE|954 21 66 08}}`),
  t("note", `Avería A-4 km 312, sin batería. Asegurado {{PERSON|Guillermo Sánchez Pastor}}, matrícula {{neg:plate|4471 KZB}}. Grúa enviada {{neg:time|16:10}}. Móvil {{PHONE|699 42 08 13}}. Póliza {{neg:policy-number|AUT-3308412}}.`),
  t("ticket", `OBJETOS PERDIDOS – Metro
Nombre: {{PERSON|Valentina Rossi Gómez}}
Línea: L5, {{neg:date|3 de diciembre}}, hacia las {{neg:time|19:40}}
Objeto: cartera marrón con DNI
Teléfono: {{PHONE|634 718 205}}
Email: {{EMAIL|vale.rossi@correo.example}}
CP: {{neg:postcode|08026}}`),
  t("email", `Asunto: Fraccionamiento factura agua, contrato {{neg:contract-number|AG 8812 3047}}

Estimada Sra. {{PERSON|Domínguez}}:

Conforme a lo hablado, acepto pagar la factura de {{neg:amount|386,20 €}} en tres plazos. Domiciliación en {{IBAN|ES80 2085 2066 6703 3011 2233}}. (La cuenta que di primero, {{neg:iban-checksum|ES91 2085 2066 6703 3011 2233}}, estaba mal.)

Atentamente,
{{PERSON|Francisco Javier Luque}}
{{PHONE|957 48 30 21}}`),
  t("chat", `Hospital Virgen del Mar – Citas consultas externas
[12:10] Tú: necesito cambiar la cita de traumatología de mi padre
[12:11] {{PERSON|Noelia}} (Citaciones): Claro. Nombre y fecha de nacimiento del paciente
[12:11] Tú: {{PERSON|Antonio Molina}}, {{neg:date|23/05/1944}}
[12:13] {{PERSON|Noelia}} (Citaciones): Le doy el {{neg:date|14 de enero}} a las {{neg:time|9:45}}. Le enviaremos SMS al {{PHONE|620 33 17 94}}.`),
  t("sms", `Hospital Virgen del Mar: Recordatorio de cita {{neg:date|10/12}} {{neg:time|11:20}}, Consultas Externas, planta 1. Para anular llame al {{PHONE|950 01 66 40}}.`),
]
