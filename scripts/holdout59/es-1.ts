// es-ES texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_1 = [
  t("chat", `[12:31] Cliente: hola, no me funcionan los datos móviles desde ayer
[12:32] {{PERSON|Lucía}} (Atención al cliente Movilia): ¡Hola! Lo siento mucho. ¿Me indicas el número de la línea?
[12:32] Cliente: {{PHONE|612 48 90 35}}
[12:33] {{PERSON|Lucía}} (Atención al cliente Movilia): Gracias. ¿El titular es {{PERSON|Javier Ruiz Montero}}?
[12:33] Cliente: sí, soy yo
[12:35] {{PERSON|Lucía}} (Atención al cliente Movilia): Has superado los 50 GB del mes. Te activo un bono extra de {{neg:amount|5 €}} hasta el {{neg:date|31 de marzo}}.`),
  t("chat", `{{PERSON|Carmen}}: buenas, el repartidor dice que no estaba pero estuve toda la mañana en casa 😡
EnvíaYa: Hola {{PERSON|Carmen}}, sentimos las molestias. ¿Nos das el número de envío?
{{PERSON|Carmen}}: {{neg:tracking-number|EY2026041877ES}}
EnvíaYa: Gracias. Reprogramamos la entrega para mañana entre las {{neg:time|10:00}} y las {{neg:time|14:00}} en calle Alcalá 201, {{neg:postcode|28028}} Madrid.
{{PERSON|Carmen}}: vale, y que me llame antes al {{PHONE|655 217 804}} por favor`),
  t("note", `llamada de dña. {{PERSON|pilar ortega vidal}}, reclama cargo de {{neg:amount|120,50 €}} en tarjeta terminada en {{neg:masked-card|**** 3307}}. abierto expediente {{neg:case-number|BNC-ES-77120}}. contacto {{PHONE|+34 699 41 27 80}}. se le explica plazo de 10 días hábiles`),
  t("note", `Cliente Sr. {{PERSON|Aitor Etxeberria}} llama por corte de luz en su vivienda (se fue la {{neg:name-word|luz}} a las {{neg:time|21:15}}). Avería general en {{neg:postcode|48005}}. Técnico asignado. Tel. fijo {{PHONE|944 23 71 08}}.`),
  t("email", `Asunto: Reembolso vuelo {{neg:flight-number|IB 3421}}

Buenos días:

El pasado {{neg:date|7 de febrero}} mi vuelo Madrid–Tenerife sufrió un retraso de más de cinco horas. Solicito la compensación correspondiente ({{neg:amount|400 €}}). Localizador: {{neg:booking-ref|PX7R2A}}.

Pueden ingresarla en mi cuenta: {{IBAN|ES91 2100 0418 4502 0005 1332}}

Un saludo,
{{PERSON|Rocío Fernández de la Cruz}}
{{PHONE|678 90 12 43}}`),
  t("email", `Estimado Sr. {{PERSON|Quispe}}:

Le confirmamos su cita en la Clínica Dental Sonrisa para el jueves {{neg:date|14 de mayo}} a las {{neg:time|17:30}} con la Dra. {{PERSON|Beatriz Molina}}.

Si necesita cambiarla, llámenos al {{PHONE|91 523 44 18}} o escriba a {{EMAIL|citas@clinicasonrisa.example}}.

Atentamente,
{{PERSON|Marta}}
Recepción`),
  t("transcript", `Agente: Movilia, le atiende {{PERSON|Sergio}}, ¿en qué puedo ayudarle?
Cliente: Hola, quiero dar de baja una línea de mi hijo.
Agente: De acuerdo. ¿Su nombre completo?
Cliente: {{PERSON|Francisco Javier Gómez Herrero}}.
Agente: ¿Y el número a dar de baja?
Cliente: El {{PHONE|seiscientos treinta y cuatro, veintiuno, noventa, cero ocho}}.
Agente: {{PHONE|Seiscientos treinta y cuatro, dos uno, nueve cero, cero ocho}}. Perfecto.`),
  t("transcript", `[00:00:01] agente: seguros ruta buenos días le atiende {{PERSON|raquel}}
[00:00:04] cliente: hola buenos días soy {{PERSON|manuel castro}} he tenido un golpe con el coche
[00:00:09] agente: vaya lo siento está usted bien
[00:00:11] cliente: sí sí solo chapa
[00:00:13] agente: me dice el número de póliza
[00:00:15] cliente: {{neg:policy-number|SR-4471902}}
[00:00:21] agente: y un teléfono de contacto
[00:00:23] cliente: {{PHONE|seis siete uno, cuarenta y cinco, veintidós, trece}}
[00:00:30] agente: el perito le llamará mañana por la mañana`),
  t("summary", `Resumen de la llamada
Cliente: {{PERSON|Nerea Sánchez Iglesias}}
Motivo: cargo duplicado en suscripción de streaming ({{neg:amount|9,99 €}} x2, {{neg:date|02/03/2026}})
Solución: devolución de un cargo. Ticket {{neg:ticket-number|STR-ES-11829}}
Contacto: {{EMAIL|nerea.sanchez@example.com}}`),
  t("summary", `Llamada de {{PERSON|Mohamed El Khattabi}} sobre su factura de gas ({{neg:amount|87,32 €}}). Lectura estimada; facilita lectura real 04127. Se rehace factura. Pide que se llame a su mujer {{PERSON|Fátima}} si no contesta: {{PHONE|622 30 19 74}}. Contrato {{neg:contract-number|GN-20193348}}.`),
  t("form", `Nombre: {{PERSON|Lorena}}
Apellidos: {{PERSON|del Río Castaño}}
Teléfono: {{PHONE|+34 91 418 20 77}}
Móvil: {{PHONE|687-221-093}}
Email: {{EMAIL|lorena.delrio@example.net}}
C.P.: {{neg:postcode|28010}}
Fecha nacimiento: {{neg:date|19/06/1984}}`),
  t("form", `titular={{PERSON|Ionuț Popescu}}; movil={{PHONE|0034 641 18 22 90}}; iban={{IBAN|ES79 2100 0813 6101 2345 6789}}; tarifa=Fibra 600; router={{IP_ADDRESS|192.168.1.1}}; ont_fw={{neg:version|3.4.11}}`),
]
