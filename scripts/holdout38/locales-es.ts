// Spanish of Mexico and Argentina.
import type { Locale } from "./locale-types.ts"

export const ES: Locale[] = [
  {
    tag: "es-MX", cc: "MX", ssn: true, nfd: true,
    given: ["Rosario/f", "Dolores/f", "Consuelo/f", "Guadalupe/f", "Ximena/f", "Itzel/f", "Fernanda/f", "Araceli/f", "Juan Carlos/m", "Jesús/m", "Alejandro/m", "Eduardo/m", "Luis Ángel/m", "Rodrigo/m", "Emiliano/m", "Octavio/m"],
    family: ["Hernández López", "García Ramírez", "Martínez Cruz", "Pérez Gómez", "Sánchez Flores", "Ramírez Ortiz", "Torres Vázquez", "Mendoza", "Castillo", "de la Garza", "Jiménez", "Cervantes", "Ochoa", "Villaseñor"],
    domains: ["hotmail.com", "gmail.com", "prodigy.net.mx"], cities: ["Puebla", "Monterrey", "Guadalajara", "Querétaro"],
    brands: { courier: "PaqueLocker", council: "Municipio de Puebla", tickets: "Taquilla Express", funeral: "Funerales La Paz" },
    w: {
      hi: ["Hola", "Buenas tardes", "Buen día"], bye: ["Saludos", "Gracias", "Quedo atento"], thanks: "Gracias", or: "o", ext: "ext.",
      intro: ["me llamo {name}", "mi nombre es {name}", "habla {name}"],
      call: ["márquenme al {phone}", "mi celular es {phone}", "pueden llamarme al {phone}"],
      mail: ["mi correo es {email}", "escríbanme a {email}"],
      help: "¿En qué le puedo ayudar?", ask: "¿Me regala un número por si se corta la llamada?", done: "Listo, ya quedó actualizado.",
      cust: "Cliente", agent: "Asesor", caller: "Llamada de", summary: "Resumen de llamada",
      keys: "Nombre|Teléfono|Correo|Tarjeta|IBAN|Notas|Asesor|Fecha|Hora|Monto|C.P.|CURP|Referencia|Número de guía|Locker|NIP|Permiso núm.|Placas|Cuenta predial|Clave catastral|Pedido|Boleto núm.|Asiento|Puerta|Lote|Fosa|Reservación|Repartidor|Esposa|Titular del boleto|Finado|Familiar",
      roles: {
        driver: ["el repartidor, {other}, dice que no había nadie", "el chofer {other} dejó aviso"],
        partner: ["mi esposa {other} también está en la cuenta/f", "{other} también vive aquí"],
        holder: ["los boletos a nombre de {other}, por favor", "titular del boleto: {other}"],
        deceased: ["es por el funeral de mi papá, {other}/m", "finado: {other}", "mi mamá, {other}, falleció el domingo/f"],
        kin: ["familiar de contacto: {other}", "avísenle también a {other}"],
      },
      subject: { courier: "Mi paquete no está en el locker", council: "Permiso de estacionamiento y predial", tickets: "Duda con mis boletos", funeral: "Servicios funerarios" },
      topics: {
        courier: ["La guía {trk} aparece entregada en el locker {locker} el {date}, pero el NIP {pin} no abre.", "El rastreo de {trk} no se ha movido desde el {date}.", "El locker {locker} estaba lleno y el paquete regresó; ¿lo pueden entregar después de las {time}?"],
        council: ["Necesito renovar el permiso de residente {permit} para el carro con placas {plate}.", "De la cuenta predial {ctax} me cobraron {amount} pesos dos veces.", "Nos mudamos el {date}; den de baja la cuenta {ctax} del predio {property}."],
        tickets: ["Pedido {order}: compré dos boletos para el {date} y solo llegó el boleto {ticket}.", "¿Puedo cambiar el asiento {seat} por uno más cerca de la puerta {gate}?", "El partido del {date} se movió a las {time}; ¿me regresan los {amount} pesos del pedido {order}?"],
        funeral: ["La misa es el {date} a las {time}, reservación {booking}.", "La fosa familiar está en el lote {plot}, fosa {grave}.", "La cotización fue de {amount} pesos; ¿confirman la cremación {booking}?"],
      },
      words: ["Rezamos el [rosario] a las ocho.", "Han sido puros [dolores] de cabeza con esto.", "Gracias por el [consuelo] en estos días.", "La misa será en la Basílica de [Guadalupe]."],
      ssn: ["trabajó años en Texas, su número de Seguro Social (SSN) es {ssn}", "el SSN del finado para el trámite del consulado es {ssn}"],
    },
  },
  {
    tag: "es-AR", cc: "AR", nfd: true,
    given: ["Luz/f", "Mercedes/f", "Victoria/f", "Milagros/f", "Agustina/f", "Florencia/f", "Rocío/f", "Camila/f", "Facundo/m", "Santiago/m", "Matías/m", "Gonzalo/m", "Nicolás/m", "Joaquín/m", "Lautaro/m", "Tomás/m"],
    family: ["González", "Rodríguez", "Fernández", "Gómez", "Díaz", "Romero", "Sosa", "Álvarez", "Benítez", "Acosta", "Medina", "Bianchi", "Ferraro", "Russo"],
    domains: ["gmail.com", "hotmail.com.ar", "fibertel.com.ar"], cities: ["Córdoba", "Mendoza", "La Plata", "Salta"],
    brands: { courier: "Envíos Ya", council: "Municipalidad de Córdoba", tickets: "Boletería Central", funeral: "Cochería del Parque" },
    w: {
      hi: ["Hola", "Buenas", "Buen día"], bye: ["Saludos", "Gracias", "Abrazo"], thanks: "Gracias", or: "o", ext: "int.",
      intro: ["me llamo {name}", "soy {name}", "les habla {name}"],
      call: ["llamame al {phone}", "mi celu es {phone}", "pueden ubicarme al {phone}"],
      mail: ["mi mail es {email}", "escribime a {email}"],
      help: "¿En qué te puedo ayudar?", ask: "¿Me pasás un número por si se corta?", done: "Listo, ya quedó.",
      cust: "Cliente", agent: "Operador", caller: "Llamó", summary: "Resumen del llamado",
      keys: "Nombre|Teléfono|Mail|Tarjeta|IBAN|Notas|Operador|Fecha|Hora|Importe|CP|CUIL|Referencia|Número de seguimiento|Locker|PIN|Permiso N.º|Patente|Partida ABL|Partida inmobiliaria|Pedido|Entrada N.º|Ubicación|Puerta|Sección|Parcela|Reserva|Repartidor|Pareja|Titular de la entrada|Fallecido|Familiar",
      roles: {
        driver: ["el repartidor, {other}, dice que no había nadie", "el chofer {other} dejó aviso"],
        partner: ["mi pareja {other} también figura en la cuenta", "{other} también vive acá"],
        holder: ["las entradas a nombre de {other}", "titular de la entrada: {other}"],
        deceased: ["es por el sepelio de mi viejo, {other}/m", "fallecido: {other}", "mi mamá, {other}, falleció el domingo/f"],
        kin: ["familiar a contactar: {other}", "avisale también a {other}"],
      },
      subject: { courier: "El paquete no está en el locker", council: "Permiso de estacionamiento y ABL", tickets: "Consulta por entradas", funeral: "Servicio de sepelio" },
      topics: {
        courier: ["El envío {trk} figura entregado en el locker {locker} el {date}, pero el PIN {pin} no abre.", "El seguimiento de {trk} no se mueve desde el {date}.", "El locker {locker} estaba lleno y el paquete volvió; ¿lo pueden traer después de las {time}?"],
        council: ["Tengo que renovar el permiso de residente {permit} para el auto patente {plate}.", "De la partida {ctax} me debitaron ${amount} dos veces.", "Nos mudamos el {date}; den de baja la partida {ctax} del inmueble {property}."],
        tickets: ["Pedido {order}: compré dos entradas para el {date} y solo me llegó la {ticket}.", "¿Puedo cambiar la ubicación {seat} por una más cerca de la puerta {gate}?", "El partido del {date} pasó a las {time}; ¿me devuelven los ${amount} del pedido {order}?"],
        funeral: ["El velatorio es el {date} a las {time}, reserva {booking}.", "La parcela familiar está en la sección {plot}, parcela {grave}.", "El presupuesto fue de ${amount}; ¿confirman la cremación {booking}?"],
      },
      words: ["Viajamos a [Rosario] el finde.", "La sucursal de [Mercedes] cierra temprano.", "La [luz] y el gas vencen el 10.", "Fue una [victoria] ajustada."],
    },
  },
]
