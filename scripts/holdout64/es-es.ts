// es-ES texts: written one by one (lunas del coche, reclamaciones de tarjeta, autorizaciones de seguro médico, fugas
// de agua, aparcamiento de residentes, taquilla de estadio, abono de Cercanías, plataforma de cursos, garantía del hogar).
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_ES = [
  t("chat", `LunaRápida – Chat de siniestros
[10:22] Tú: hola, me ha saltado una piedra y tengo la luna rajada
[10:23] {{PERSON|Nerea}} (LunaRápida): ¡Hola! ¿Qué aseguradora tienes y cuál es la matrícula?
[10:23] Tú: Seguros Atalaya, {{neg:plate|4471 KLM}}
[10:24] {{PERSON|Nerea}} (LunaRápida): Perfecto, te lo cubre. ¿Te viene bien el {{neg:date|9 de diciembre}} a las {{neg:time|16:00}} en el taller de Getafe?
[10:25] Tú: sí. mi móvil es el {{PHONE|612 48 90 37}}`),
  t("transcript", `AGENTE: Tarjetas Íbero, departamento de reclamaciones, le atiende {{PERSON|Javier}}.
CLIENTE: Buenas, tengo un cargo de una web de apuestas que yo no he hecho.
AGENTE: ¿Me dice su nombre completo?
CLIENTE: {{PERSON|Rocío Fernández Albarracín}}.
AGENTE: ¿Importe?
CLIENTE: trescientos veinte euros.
AGENTE: Bloqueo la tarjeta y abrimos la reclamación {{neg:case-number|RC-2026-11904}}. ¿Un teléfono de contacto?
CLIENTE: {{PHONE|seiscientos cincuenta y cinco, doscientos uno, ochocientos ochenta y cuatro}}.`),
  t("email", `De: {{PERSON|Álvaro Gutiérrez}} <{{EMAIL|alvaro.gtz@example.es.example.net}}>
Para: {{EMAIL|autorizaciones@saludplena.example}}
Asunto: Autorización resonancia magnética

Buenos días:

Mi traumatólogo, el Dr. {{PERSON|Sanz}}, me ha pedido una resonancia de rodilla. Adjunto el volante. Mi número de póliza es {{neg:policy-number|SP-88 1042 77}}.

Podéis llamarme al {{PHONE|91 447 28 16}} por las mañanas.

Un saludo,
{{PERSON|Álvaro}}`),
  t("sms", `Canal del Agua: detectamos un consumo anómalo en su contador. Posible fuga. Llame al {{PHONE|900 120 447}} (gratuito). Ref. {{neg:reference|FG-30119}}`),
  t("note", `Aviso fuga – {{PERSON|Ibrahim El Amrani}}, C/ Toledo 41, {{neg:postcode|28005}}. Mancha de humedad en la acera. Tel. {{PHONE|+34 655 201 884}}. Cuadrilla asignada, llegada aprox. {{neg:time|13:30}}. Devolución por fuga a {{IBAN|ES91 2100 0418 4502 0005 1332}}.`),
  t("ticket", `Ayuntamiento de Valencia – Distintivo de residente (ORA)
Apellidos: {{PERSON|Ferrer Puig}}
Nombre: {{PERSON|Montserrat}}
Matrícula: {{neg:plate|2209 HBT}}
Teléfono: {{PHONE|963 218 604}}
Email: {{EMAIL|montse.ferrer@example.com}}
IBAN domiciliación: {{IBAN|ES87 0049 1500 0902 7163 4921}}
IBAN anterior (devuelto): {{neg:iban-checksum|ES98 2100 0418 4502 0005 1332}}`),
  t("chat", `Taquilla Estadio del Turia
aficionado_22: no me llegan las entradas del sábado
{{PERSON|Lucía}} (Taquilla): ¡Hola! ¿Número de pedido?
aficionado_22: {{neg:order-number|ET-448102}}
{{PERSON|Lucía}} (Taquilla): Las reenvío a {{EMAIL|pablo.ruiz.22@example.org}}, ¿correcto?
aficionado_22: sí gracias 🙌`),
  t("transcript", `agente: abonos cercanías le atiende {{PERSON|marta}}
cliente: hola perdí la tarjeta del abono anual
agente: vale me da el dni o el nombre
cliente: {{PERSON|jesús ortega}}
agente: la bloqueo y le mandamos un duplicado cuesta cinco euros
agente: teléfono de contacto
cliente: {{PHONE|seis uno cuatro, veintidós, ochenta y uno, cero nueve}}`),
  t("ticket", `AulaViva – Ticket {{neg:ticket-number|AV-ES-20418}}
Alumno: {{PERSON|Chen Wei}}
Email: {{EMAIL|chen.wei@example.com}}
Curso: Excel avanzado
Incidencia: no carga el vídeo del módulo 3
IP: {{IP_ADDRESS|10.40.2.17}}
Teléfono: {{PHONE|0034 93 218 60 44}}`),
]
