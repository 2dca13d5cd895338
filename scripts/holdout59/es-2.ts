// es-ES texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("es-ES")

export const ES_2 = [
  t("chat", `(18:02) Tú: tengo el router con la luz roja parpadeando
(18:03) {{PERSON|Álvaro}} · Soporte Movilia: Hola! Entra en {{IP_ADDRESS|192.168.0.1}} y dime qué IP pública aparece
(18:05) Tú: {{IP_ADDRESS|203.0.113.140}}
(18:05) {{PERSON|Álvaro}} · Soporte Movilia: Y la IPv6?
(18:06) Tú: {{IP_ADDRESS|2001:db8:ac10:fe01::2}}
(18:07) {{PERSON|Álvaro}} · Soporte Movilia: Vale, la conexión llega bien. Actualizo el firmware a la {{neg:version|2.1.9}} y reinicio.`),
  t("note", `Sra. {{PERSON|Blanca Nieto}} llama: quiere cambiar la cuenta de domiciliación. Nueva cuenta portuguesa {{IBAN|PT50 0002 0123 1234 5678 9015 4}}. Primero dictó {{neg:iban-checksum|ES61 0049 1500 0512 3456 7892}} y da error de dígito de control. Cambio efectivo el {{neg:date|1 de junio}}. Tel {{PHONE|633 104 287}}`),
  t("email", `Hola,

Os escribo porque me habéis cobrado {{neg:amount|59,90 €}} por una permanencia que ya había terminado el {{neg:date|15/01/2026}}. Mi número de cliente es {{neg:customer-number|MV-00382291}} y la línea es la {{PHONE|611 77 32 09}}.

Espero una respuesta pronto. Mi otro teléfono es el {{PHONE|96 351 88 42}} (trabajo).

Saludos,
{{PERSON|Enrique Valverde}}`),
  t("email", `De: {{EMAIL|atencion@segurosruta.example}}
Para: {{EMAIL|ainhoa.larranaga@example.com}}
Asunto: Parte de siniestro {{neg:claim-number|SR-SIN-2026-0418}}

Estimada Sra. {{PERSON|Larrañaga}}:

Hemos recibido el parte amistoso firmado con el otro conductor, D. {{PERSON|Rubén Herrera}}. El perito, {{PERSON|Ignacio Palacios}}, le contactará en un plazo de 48 horas.

Un cordial saludo,
Departamento de Siniestros
{{PHONE|900 123 456}}`),
  t("transcript", `Agente: Banco Costa, tarjetas, le atiende {{PERSON|Isabel}}.
Cliente: Sí, hola, me han robado la cartera.
Agente: Lo siento. ¿Me da su nombre completo?
Cliente: {{PERSON|Diego Serrano Ortiz}}.
Agente: Gracias. ¿Tiene el número de la tarjeta?
Cliente: Sí, lo tengo apuntado: {{CARD|4548 8120 4412 9905}}.
Agente: Queda bloqueada. ¿Le llamamos al {{PHONE|seis cero nueve, treinta y dos, dieciocho, cuarenta}}?
Cliente: Sí, a ese.`),
  t("transcript", `agente: clínica dental sonrisa le atiende {{PERSON|noelia}}
paciente: hola quería pedir cita para una limpieza
agente: claro a nombre de quién
paciente: {{PERSON|consuelo paz romero}}
agente: tengo el martes a las {{neg:time|9:45}} le va bien
paciente: perfecto
agente: me deja un teléfono
paciente: el {{PHONE|más treinta y cuatro, seiscientos cincuenta y dos, cero uno, veintiocho, noventa y nueve}}`),
  t("summary", `Resumen: D. {{PERSON|Rafael Moreno Gil}} solicita cambio de titular del contrato de luz a nombre de su hija {{PERSON|Andrea Moreno Sáez}} ({{EMAIL|andrea.moreno.saez@example.org}}). Pendiente de recibir DNI. Dirección de suministro: C/ Mayor 12, {{neg:postcode|46001}} Valencia.`),
  t("summary", `Cliente {{PERSON|Xiaoling Chen}} pregunta por qué su paquete ({{neg:tracking-number|EY2026033902ES}}) está retenido en aduanas. Se le informa del pago de {{neg:amount|21,30 €}} de IVA. Paga con tarjeta {{CARD|5402 3318 7765 0129}}. Liberación en 24-48 h. Móvil {{PHONE|642 88 19 03}}.`),
  t("form", `DATOS DEL PASAJERO
Apellidos, nombre: {{PERSON|García-Lorca Benítez, Álvaro}}
Teléfono: {{PHONE|(+34) 655 900 218}}
Correo: {{EMAIL|alvaro.glb@example.com}}
Reserva: {{neg:booking-ref|VY8K2T}}
Vuelo: {{neg:flight-number|VY 1126}} – {{neg:date|22/08/2026}} – {{neg:time|06:40}}`),
  t("form", `| Campo | Valor |
| Cliente | {{PERSON|María Jiménez}} |
| Teléfono | {{PHONE|958 22 41 70}} |
| Tarjeta | {{neg:masked-card|XXXX-XXXX-XXXX-4417}} |
| Importe | {{neg:amount|312,00 €}} |
| Nota | envolver en papel {{neg:name-word|rosa}} |`),
  t("chat", `[09:05] {{PERSON|pablo}}: hola!! me ha llegado un sms de que mi tarjeta está bloqueada
[09:06] Banco Costa: Hola {{PERSON|Pablo}}. No enviamos enlaces por SMS. ¿Desde qué número te escribieron?
[09:06] {{PERSON|pablo}}: {{PHONE|+34 722 19 08 45}}
[09:07] Banco Costa: Es un intento de fraude. Tu tarjeta sigue activa. No pulses el enlace.`),
  t("note", `Reclamación: cliente {{PERSON|Tomás Aguilar}} dice que le cortaron la línea por impago pero tiene justificante de pago del {{neg:date|3/4}}, {{neg:amount|45,00 €}}. Se reactiva. Se envía confirmación a {{EMAIL|tomas.aguilar@example.net}}. Llamar si hay más problemas al {{PHONE|611-203-448}}.`),
]
