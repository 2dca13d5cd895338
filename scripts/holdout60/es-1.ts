// es-ES texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_1 = [
  t("chat", `[12:05] Cliente: hola, quiero devolver unas zapatillas, pedido {{neg:order-number|ES-4418702}}
[12:06] Atención al cliente – {{PERSON|Lucía}}: ¡Hola! Claro. ¿Me confirmas tu nombre y email?
[12:06] Cliente: {{PERSON|Álvaro Muñoz Pardo}}, {{EMAIL|alvaro.munoz@example.org}}
[12:07] Atención al cliente – {{PERSON|Lucía}}: Gracias, {{PERSON|Álvaro}}. Te reembolsamos {{neg:amount|74,95 €}} en 5 días hábiles.`),
  t("note", `Llamada de dña. {{PERSON|Pilar Echeverría}} – fraude tarjeta. Cargo de {{neg:amount|1.200,00 €}} en web extranjera el {{neg:date|8 de febrero}}. Bloqueada {{neg:masked-card|**** 2290}}. Contacto {{PHONE|655 201 487}}. Expediente {{neg:case-number|FR-ES-220193}}.`),
  t("transcript", `agente: seguros del hogar buenos días le atiende {{PERSON|raúl}}
cliente: hola buenos días mire se me ha ido la {{neg:name-word|luz}} y se ha estropeado la nevera
agente: vaya lo siento me dice su nombre
cliente: {{PERSON|concepción}} {{PERSON|ibarra}}
agente: y un teléfono de contacto
cliente: {{PHONE|seis uno dos, cuarenta y cinco, treinta y ocho, noventa y uno}}
agente: perfecto le abro el siniestro {{neg:claim-number|HG-2026-5517}}`),
  t("email", `Asunto: Cambio de titular – suministro eléctrico

Hola,

Me mudo el {{neg:date|1 de abril}} a Calle Mayor 12, {{neg:postcode|28013}} Madrid. Quiero dar de alta la luz a mi nombre y domiciliar los recibos en:
{{IBAN|ES91 2100 0418 4502 0005 1332}}

Un saludo,
{{PERSON|Marta Gil de la Fuente}}
Tel.: {{PHONE|+34 691 448 207}}`),
  t("sms", `GymActiva: Hola {{PERSON|Sergio}}, tu cuota de {{neg:amount|34,90 €}} no se ha podido cobrar. Llámanos al {{PHONE|910 88 42 17}} antes del {{neg:date|15/06}}.`),
  t("ticket", `Incidencia {{neg:ticket-number|FIB-771024}} – sin conexión de fibra
Titular: {{PERSON|Ortega Vidal, Nuria}}
Móvil: {{PHONE|622 907 314}}
IP pública: {{IP_ADDRESS|203.0.113.77}}
Técnico asignado: {{PERSON|J. Castaño}} – visita {{neg:date|10/09}} {{neg:time|9:00}}-{{neg:time|13:00}}`),
  t("email", `Estimada Sra. {{PERSON|Quintana}}:

Le confirmamos su reserva {{neg:booking-ref|BK-90T4L}} en el Hotel Mirador, del {{neg:date|12 de agosto}} al {{neg:date|15 de agosto}}. Total: {{neg:amount|486,00 €}}.

Atentamente,
{{PERSON|Daniel Roca}}
Central de Reservas – {{PHONE|971 22 81 40}}`),
]
