// Spanish (Mexico, Argentina), Brazilian Portuguese, French (Québec, Romandy).
import type { Pack } from "./pack.ts"

export const ES: Pack = {
  or: "o",
  ext: ["ext.", "ext"],
  titles: { f: ["Sra.", "Lic.", "Dra."], m: ["Sr.", "Lic.", "Dr."] },
  greet: ["Hola {g1},", "Buen día {g1},", "Estimada/o {t1} {s1}:", "Buenas tardes {g1},"],
  sign: ["Saludos,", "Gracias,", "Un saludo cordial,", "Atentamente,"],
  callMe: ["Llámame al {ph1} si hay novedades.", "Mi celular es {ph1}.", "Me pueden localizar al {ph1}.", "Cualquier cosa, al {ph1}."],
  reach: ["Si no contesto, llamen a {g2} a la casa al {ph2}.", "Contacto alterno: {p2}, {ph2}.", "Un familiar, {p2}, tiene el {ph2}."],
  orLine: ["Estoy en el {ph1} {or} en el {ph3}.", "Llamar al {ph1} {or} al {ph3}."],
  extLine: ["Nuestro conmutador: {phx1}.", "Línea directa {phx1}."],
  timeLine: ["Llamar al {pht1} por favor.", "Marcar al {pht1}."],
  mailMe: ["Mi correo es {em1}.", "Mándalo a {em1}, por favor."],
  vm: ["Hola, habla {p3} de {biz}, este mensaje es para {g1}.", "Buenos días, le llama {g3} de {biz} para {t1} {s1}."],
  vmBack: ["Por favor devuélvanos la llamada al {ph1}.", "Puede regresar la llamada al {phx1}, de lunes a viernes."],
  tr: { agent: "Agente", caller: "Cliente", open: ["{biz}, le atiende {g3}, ¿en qué le puedo ayudar?"], askNum: ["¿A qué número le devuelvo la llamada?", "¿Me da un teléfono de contacto?"], give: ["Sí, es el {ph1}.", "Al {ph1}."], askName: ["¿A nombre de quién está?", "¿Me dice su nombre completo?"], close: ["Perfecto, {g1}, queda registrado.", "Listo, le enviamos un mensaje."] },
  lab: { name: "Nombre", phone: "Teléfono", mobile: "Celular", email: "Correo", notes: "Notas", status: "Estado", subject: "Asunto", customer: "Cliente", staff: "Atendió", date: "Fecha", amount: "Importe", card: "Tarjeta", iban: "Cuenta", id: "Identificación", priority: "Prioridad", ref: "Folio" },
  words: ["Se fue la {w:luz} en la colonia desde las 8.", "El perro tiene {w:dolores} en la pata trasera.", "Sucursal {w:Rosario}, calle Córdoba.", "El gato no tolera la {w:soledad} en la pensión.", "Revisamos la {w:luz} del tablero."],
  pay: { card: ["Pagó con tarjeta {card}.", "Tarjeta registrada: {card}."], iban: ["Cuenta para reembolso: {iban}."], badcard: ["Tarjeta de puntos {badcard} (no es de pago)."], badiban: ["La cuenta {badiban} fue rechazada."] },
  low: ["{lg1} volvió a llamar, marcarle al {ph1}", "quedé con {lg1} en mandar mensaje, {lg2} confirma", "dejé recado a {lg1}, probar {ph1} después de las {time}"],
  status: ["Abierto", "Pendiente", "Resuelto", "En espera"],
  biz: {
    vet: { names: ["Clínica Veterinaria San Roque", "Hospital Veterinario Patitas", "Seguros Mascota Segura"], domain: "patitasvet.mx", lines: ["{pet} tiene vacuna el {date}; microchip {chip} registrado.", "El siniestro {claim} de la póliza {pol} se aprobó por {amt}.", "{g1} trae a {pet} a las {time} para la limpieza dental.", "{p2} figura como segundo responsable en la póliza {pol}.", "La Dra. {s4} revisó a {pet} (chip {chip})."], neg: ["Recordatorio de vacuna: chip {chip}, el {date}.", "La póliza {pol} se renueva el {date}, prima {amt}.", "Siniestro {claim} pagado por {amt} el {date}."], subject: ["Vacuna de {pet}", "Siniestro {claim}", "Renovación póliza {pol}"] },
    car: { names: ["Rentautos del Bajío", "Autos Sur Alquiler", "Asistencia Vial 24"], domain: "rentautos.com.mx", lines: ["{p1} recogió el {plate} a las {time}, contrato {agr}.", "Avería del {plate} (NIV {vin}); la grúa llega a las {time}.", "Depósito de {amt} retenido en el contrato {agr} hasta el {date}.", "{g1} agregó a {p2} como segundo conductor del contrato {agr}."], neg: ["Contrato {agr}: {plate} devuelto el {date}, cargo de combustible {amt}.", "NIV {vin} con servicio el {date}."], subject: ["Contrato {agr}", "Avería {plate}"] },
    util: { names: ["Agua y Energía del Valle", "Distribuidora Luz Norte", "Aguas del Litoral"], domain: "aguayenergia.com", lines: ["{g1} reportó la lectura {read} del medidor {meter} el {date}.", "La cuenta {acct} debe {amt}; {p2} es cotitular.", "El suministro {supply} pasa a nombre de {p1} desde el {date}.", "Recibo estimado de {amt} en la cuenta {acct}; {g1} no está de acuerdo con la lectura {read}."], neg: ["Medidor {meter}: lectura {read} el {date}.", "Cuenta {acct}: pago de {amt} vence el {date}."], subject: ["Lectura cuenta {acct}", "Recibo de la cuenta {acct}"] },
    uni: { names: ["Dirección de Admisiones", "Residencias Universitarias", "Oficina de Alojamiento Estudiantil"], domain: "admisiones.edu.mx", lines: ["{p1} (matrícula {sid}) aceptó la oferta de la solicitud {app}.", "La habitación {room} queda reservada para {g1} desde el {date}; depósito {amt}.", "El aval de {g1}, {p2}, confirmó el {date}.", "A la solicitud {app} le falta el certificado; {g1} dice que lo envió el {date}."], neg: ["Solicitud {app} completa el {date}.", "Habitación {room} lista el {date}; renta {amt} al mes."], subject: ["Solicitud {app}", "Habitación {room}"] },
  },
}

/** Argentine voseo and words. */
export const ES_AR: Partial<Pack> = {
  greet: ["Hola {g1},", "Buenas {g1},", "Estimada/o {t1} {s1}:"],
  callMe: ["Llamame al {ph1} si hay novedades.", "Mi celu es {ph1}.", "Escribime al {ph1} por WhatsApp.", "Cualquier cosa, al {ph1}."],
  reach: ["Si no atiendo, probá con {g2} al {ph2}.", "Contacto alternativo: {p2}, {ph2}."],
}

export const PT: Pack = {
  or: "ou",
  ext: ["ramal"],
  titles: { f: ["Sra.", "Dra."], m: ["Sr.", "Dr."] },
  greet: ["Olá {g1},", "Oi {g1},", "Prezada/o {t1} {s1},", "Bom dia {g1},"],
  sign: ["Abraços,", "Obrigado,", "Atenciosamente,", "Att.,"],
  callMe: ["Me liga no {ph1} se precisar.", "Meu celular é {ph1}.", "Pode chamar no WhatsApp {ph1}."],
  reach: ["Se eu não atender, liga para {g2} em casa no {ph2}.", "Contato alternativo: {p2}, {ph2}."],
  orLine: ["Estou no {ph1} {or} no {ph3}.", "Ligar para {ph1} {or} {ph3}."],
  extLine: ["Central: {phx1}.", "Telefone da recepção {phx1}."],
  timeLine: ["Ligar no {pht1} por favor.", "Pode ligar {pht1}."],
  mailMe: ["Meu e-mail é {em1}.", "Manda para {em1}, por favor."],
  vm: ["Oi, aqui é {p3} da {biz}, recado para {g1}.", "Bom dia, {g3} da {biz} falando, mensagem para {t1} {s1}."],
  vmBack: ["Por favor retorne no {ph1}.", "Pode retornar no {phx1} em horário comercial."],
  tr: { agent: "Atendente", caller: "Cliente", open: ["{biz}, {g3} falando, em que posso ajudar?"], askNum: ["Qual o melhor número para retorno?"], give: ["É {ph1}.", "Pode anotar: {ph1}."], askName: ["Em nome de quem está?"], close: ["Certo, {g1}, está anotado.", "Pronto, mandamos um SMS."] },
  lab: { name: "Nome", phone: "Telefone", mobile: "Celular", email: "E-mail", notes: "Observações", status: "Status", subject: "Assunto", customer: "Cliente", staff: "Atendente", date: "Data", amount: "Valor", card: "Cartão", iban: "IBAN", id: "Documento", priority: "Prioridade", ref: "Protocolo" },
  words: ["A primeira consulta é de {w:graça}.", "Fica na unidade {w:Glória}, perto do metrô.", "Pela {w:graça} de Deus o cachorro melhorou.", "Moro na {w:Glória}, no Rio."],
  pay: { card: ["Pago no cartão {card}.", "Cartão cadastrado: {card}."], iban: ["IBAN para reembolso internacional: {iban}."], badcard: ["Cartão fidelidade {badcard} (não é de crédito)."], badiban: ["O IBAN {badiban} foi recusado pelo banco."] },
  low: ["{lg1} ligou de novo, retornar no {ph1}", "combinei com {lg1} de mandar msg, {lg2} confirma", "deixei recado pra {lg1}, tentar {ph1} depois das {time}"],
  status: ["Aberto", "Pendente", "Resolvido", "Aguardando cliente"],
  biz: {
    vet: { names: ["Clínica Veterinária Bicho Feliz", "Hospital Vet Quatro Patas", "PetSeguro Saúde Animal"], domain: "bichofeliz.com.br", lines: ["{pet} tem vacina marcada para {date}; microchip {chip} cadastrado.", "O sinistro {claim} da apólice {pol} foi aprovado: {amt}.", "{g1} traz {pet} às {time} para a castração.", "{p2} é o segundo tutor na apólice {pol}.", "A Dra. {s4} atendeu {pet} (chip {chip})."], neg: ["Lembrete de vacina: chip {chip}, dia {date}.", "Apólice {pol} renova em {date}, prêmio {amt}."], subject: ["Vacina do {pet}", "Sinistro {claim}"] },
    car: { names: ["Locadora Rota Sul", "AutoLoca Brasil", "Assistência 24h Estrada"], domain: "rotasul.com.br", lines: ["{p1} retirou o {plate} às {time}, contrato {agr}.", "Pane no {plate} (chassi {vin}); guincho previsto às {time}.", "Caução de {amt} bloqueada no contrato {agr} até {date}.", "{g1} incluiu {p2} como condutor adicional no contrato {agr}."], neg: ["Contrato {agr}: {plate} devolvido em {date}, combustível {amt}.", "Chassi {vin} com revisão em {date}."], subject: ["Contrato {agr}", "Pane no {plate}"] },
    util: { names: ["Companhia de Água e Luz", "Energia Litoral", "Saneamento Serra Azul"], domain: "agualuz.com.br", lines: ["{g1} informou a leitura {read} do medidor {meter} em {date}.", "A conta {acct} está com {amt} em atraso; {p2} é cotitular.", "A instalação {supply} passa para {p1} a partir de {date}.", "Fatura estimada de {amt} na conta {acct}; {g1} contesta a leitura {read}."], neg: ["Medidor {meter}: leitura {read} em {date}.", "Conta {acct}: débito de {amt} em {date}."], subject: ["Leitura da conta {acct}", "Fatura {acct}"] },
    uni: { names: ["Secretaria de Admissões", "Moradia Estudantil", "Pró-Reitoria de Graduação"], domain: "admissoes.edu.br", lines: ["{p1} (matrícula {sid}) confirmou a vaga da inscrição {app}.", "O quarto {room} fica reservado para {g1} a partir de {date}; caução {amt}.", "O fiador de {g1}, {p2}, confirmou em {date}.", "Falta o histórico na inscrição {app}; {g1} diz que enviou em {date}."], neg: ["Inscrição {app} completa em {date}.", "Quarto {room} liberado em {date}; aluguel {amt}."], subject: ["Inscrição {app}", "Quarto {room}"] },
  },
}
