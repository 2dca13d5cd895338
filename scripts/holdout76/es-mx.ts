// es-MX texts, written one by one: a lift maintainer in Querétaro and an HVAC servicer in Monterrey, a SaaS (CFDI
// invoicing) help desk, a customs broker in Manzanillo and an office tower's tenant desk in Mexico City.
import { mk } from "./mk.ts"

const mx = mk("es-MX")

export const ES_MX = [
  mx("ticket", `Elevadores del Bajío · Reporte {{neg:ticket-number|EB-QRO-30817}}
Sitio: Torre Juriquilla, elevador 2, C.P. {{neg:postcode|76230}}
Reportó el {{neg:date|02/12/2026}} a las {{neg:time|08:20}} el jefe de mantenimiento {{PERSON|Efraín Olvera}}, cel. {{PHONE|442 218 4476}}
Técnico de guardia: {{PHONE|442 290 1846}}
Actualización {{neg:time|10:55}}: se cambió el operador de puertas, equipo en servicio. Pendiente firma de la orden {{neg:order-number|OS-7741}}.`),
  mx("email", `De: {{PERSON|Ximena Arriaga}} <{{EMAIL|ximena.arriaga@example.com}}>
Para: {{EMAIL|soporte@facturapp.example.com}}
Asunto: Agregar IP a la lista permitida

Buen día,
Nos cambiamos de proveedor de internet. ¿Pueden agregar {{IP_ADDRESS|203.0.113.45}} a la cuenta {{neg:account-number|FAP-MX-1187}} y quitar {{IP_ADDRESS|10.1.1.30}}?
Versión del conector: {{neg:version|3.4.10}}.

Saludos,
{{PERSON|Ximena Arriaga}}
Tel. {{PHONE|55 2841 6673}}`),
  mx("chat", `#guardia-clima · Climas Industriales de Monterrey
[07:05] Técnico Norte: chiller de la planta en Apodaca se botó, alarma de alta presión
[07:06] Mesa de guardia: el encargado es {{PERSON|Jesús Garza}}, {{PHONE|81 1934 5528}}, te espera en caseta
[07:08] Técnico Norte: voy. orden {{neg:order-number|CIM-22910}}
[07:09] Mesa de guardia: ojo, anoche se fue la {{neg:name-word|luz}} en todo el parque y así arrancó`),
  mx("form", `Alta de proveedor — Elevadores del Bajío
Razón social: Refacciones Elevamex S.A. de C.V.
Contacto: {{PERSON|Guadalupe Rentería}}
RFC: {{neg:tax-id|REL140822KT4}}
Teléfono: {{PHONE|+52 442 380 1196}}
Correo: {{EMAIL|ventas@elevamex.example.com}}
CLABE: {{neg:account-number|012180004471203389}}
C.P.: {{neg:postcode|76120}}`),
  mx("ticket", `Agencia Aduanal y Logística Manzanillo · Importación {{neg:booking-ref|AALM-IMP-44021}}
Contenedor {{neg:tracking-number|ONEU 118402 7}} descargado el {{neg:date|29 de noviembre}}
Importador: Muebles Tonalá, contacto {{PERSON|Araceli Zúñiga}}, {{PHONE|33 3615 9042}}
Fracción arancelaria {{neg:reference|9403.60.99}}, pedimento {{neg:reference|26 16 3420 6001882}}, impuestos {{neg:amount|$184,220.00 MXN}}
Tráfico del transportista {{PHONE|33 3826 5510}}, placas {{neg:plate|JU-41-827}}, entrega {{neg:date|3 de diciembre}}`),
  mx("email", `De: {{EMAIL|administracion@torre-reforma-norte.example.com}}
Para: {{PERSON|Santiago Villarreal}}
Asunto: Cuotas de mantenimiento — saldo a favor

Estimado {{PERSON|Santiago}}:
Le informamos un saldo a favor de {{neg:amount|$12,800.00 MXN}}. La tarjeta que nos indicó para el reembolso, {{neg:luhn-invalid|5128 4730 9918 2642}}, no es válida; ¿nos confirma {{CARD|5128 4730 9918 2649}}?
Dudas con {{PERSON|Fernanda Ibarra}} al {{PHONE|55 5280 1194}}.`),
  mx("ticket", `Facturapp Soporte · Ticket {{neg:ticket-number|FAP-60213}} · No entra con SSO
Solicitante: {{PERSON|Emiliano Robles}}
> 2026-12-01 11:40:02 ERROR saml.login user="{{PERSON|Renata Salgado}}" ip={{IP_ADDRESS|172.31.8.4}} reason=NoNameID
Respuesta de soporte ({{PHONE|55 5089 3371}}): falta el atributo NameID en su IdP. Se corrigió a las {{neg:time|13:15}}, versión {{neg:version|3.4.11}}.`),
  mx("chat", `Teams · Recepción Torre Reforma Norte
[09:30] Recepción: el inquilino del piso 14 pide gafetes para dos contratistas
[09:31] Administración: ¿nombres?
[09:31] Recepción: {{PERSON|Abraham Medina}} y {{PERSON|Yuki Tanaka}}, contacto del inquilino {{PHONE|55 4390 2718}}
[09:33] Administración: gafetes {{neg:serial-number|TRN-1190}} y {{neg:serial-number|TRN-1191}} listos, depósito {{neg:amount|$500 MXN}}`),
  mx("form", `orden,cliente,direccion,contacto,telefono,equipo,fecha
{{neg:order-number|CIM-23004}},Farmacia San Nicolás,Av. Universidad 410,{{PERSON|Brenda Elizondo}},{{PHONE|81 2283 6047}},Carrier 38AK (serie {{neg:serial-number|4417Q28801}}),{{neg:date|08/12/2026}}`),
  mx("email", `De: {{PERSON|Héctor Solís}} <{{EMAIL|hsolis@example.com}}>
Para: {{EMAIL|aduana@aalm.example.com}}
CC: {{PERSON|Karla Ochoa}}
Asunto: RV: Pago de impuestos guía aérea {{neg:tracking-number|139-40021876}}

Favor de cargar los impuestos ({{neg:amount|$38,400 MXN}}) a la tarjeta corporativa {{CARD|6011 2883 4701 9569}}.
---------- Mensaje reenviado ----------
> De: {{PERSON|Karla Ochoa}}
> El agente aduanal necesita el pago antes de las {{neg:time|15:00}} o la mercancía se queda en el recinto.`),
  mx("ticket", `Elevadores del Bajío · Pedido de refacciones {{neg:order-number|PR-2026-0551}}
Para: Hospital Ángeles Querétaro, montacamillas
Pedido por almacén {{PHONE|+52 81 8190 4452}} · proveedor {{PERSON|Osvaldo Ríos}} {{PHONE|477 712 4403}}
Pagado con tarjeta {{neg:masked-card|•••• 3318}}, {{neg:amount|$46,900 MXN}}
Nota: el cliente dice que con esto por fin tendrá {{neg:name-word|paz}} el turno de noche.`),
  mx("chat", `Slack #facturapp-cobranza
[16:02] Cobranza 1: cliente pagó dos veces la factura {{neg:invoice-number|FAP-F-2026-3381}}
[16:03] Cobranza 2: ¿con qué tarjeta?
[16:03] Cobranza 1: la pegó completa en el ticket 🙃 {{CARD|4539 8120 7746 3156}}, monto {{neg:amount|MXN 3,400.00}}
[16:05] Cobranza 2: ya la borro del ticket y mando el reembolso`),
  mx("form", `Registro de visitantes — Torre Reforma Norte
Visitante: {{PERSON|Julio César Ávila}}
Empresa: Refrigeración del Centro
Visita a: Despacho Pineda Abogados
Celular: {{PHONE|+52 55 1204 7783}}
Hora de entrada: {{neg:time|12:25}}`),
  mx("email", `De: {{PERSON|Lourdes Bautista}} <{{EMAIL|lourdes.bautista@example.org}}>
Para: {{EMAIL|servicio@climas-monterrey.example.com}}
Asunto: Póliza de mantenimiento — pago con tarjeta

Buenas tardes, la póliza anual ({{neg:amount|$28,500 MXN}}) se puede cargar a {{CARD|3762 118450 93383}}. Su técnico {{PERSON|Gilberto Cárdenas}} puede llamar al {{PHONE|+52 81 8347 2210}} para agendar.
Saludos, {{PERSON|Lourdes}}`),
  mx("ticket", `AALM · Exportación {{neg:booking-ref|AALM-EXP-90317}}
Exportador: Aguacates Michoacán del Sur, contacto {{PERSON|Joaquín Pérez Ledesma}}
Contenedor refrigerado {{neg:tracking-number|SEGU 940218 3}} · fracción {{neg:reference|0804.40.01}} · 20 tarimas
Consignatario: Fresh Valley Produce, Los Ángeles, attn {{PERSON|Adebayo Ogunleye}}
La asistente del consignatario {{PERSON|Soo-ah Kim}} pide llamada al {{PHONE|33 1277 4050}}.`),
]
