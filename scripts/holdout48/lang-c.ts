// Language packs: Ukrainian (Cyrillic), French, German (Swiss), Spanish.
import type { Lang } from "./lang-type.ts"

export const uk: Lang = {
  digits: "нуль один два три чотири п'ять шість сім вісім дев'ять",
  nameWords: [["надія", "Є {w}, що це швидко вирішать."], ["віра", "Моя {w} у ваш сервіс зникає."], ["любов", "Робимо це з {w} до клієнтів."]],
  hi: "Добрий день, {n},", thanks: "Дякую, {n}.", regards: "З повагою,", dear: "Доброго дня, {n},",
  call: "Будь ласка, передзвоніть мені на {p}.", mail: "Можна також писати на {e}.", paid: "Я сплатив {a} карткою {c}.",
  refund: "Будь ласка, поверніть {a} на {i}.", declined: "Картку {c} було відхилено.", badIban: "IBAN {i} повернули як недійсний.",
  masked: "Збережена картка: {m}.", when: "Це було {d} о {t}.", vm: "Добрий день, це {n}, передзвоніть, будь ласка, на {p}, дякую.",
  handover: "Передано колезі: {n}.", ip: "Запит надійшов з {ip}.", notice: "Службове повідомлення (без персональних даних)",
  keys: "Клієнт|Проблема|Наступний крок|Телефон|Ел. пошта|Примітка", issue: "Клієнт просить повідомити статус.",
  biz: {
    auction: ["Питаю про лот {x}, мій номер покупця {y}.", "Я торгувався з номером {z}."],
    blood: ["Номер донації був {x}, мій донорський номер {y}.", "У картці вказано групу крові {z}."],
    taxi: ["Поїздку заброньовано як {x}, ID поїздки {y}.", "Мене забрали з рейсу {z}."],
    laundry: ["Щодо замовлення {x}, бирка {y}.", "PIN-код шафки був {z}."],
  },
}

export const fr: Lang = {
  digits: "zéro un deux trois quatre cinq six sept huit neuf",
  nameWords: [["rose", "Le formulaire était imprimé sur papier {w}."], ["claire", "La réponse n'était pas {w}."], ["prudence", "Par {w}, j'ai rappelé le service."], ["constance", "Merci de votre {w} dans ce dossier."]],
  hi: "Bonjour {n},", thanks: "Merci, {n}.", regards: "Cordialement,", dear: "À l'attention de {n},",
  call: "Merci de me rappeler au {p}.", mail: "Vous pouvez aussi m'écrire à {e}.", paid: "J'ai payé {a} avec la carte {c}.",
  refund: "Merci de rembourser {a} sur {i}.", declined: "La carte {c} a été refusée.", badIban: "L'IBAN {i} est revenu comme invalide.",
  masked: "Carte enregistrée : {m}.", when: "C'était le {d} à {t}.", vm: "Bonjour, c'est {n}, pouvez-vous me rappeler au {p}, merci.",
  handover: "Transmis à {n}.", ip: "La demande venait de {ip}.", notice: "Avis de service (aucune donnée personnelle)",
  keys: "Client|Problème|Prochaine étape|Téléphone|Courriel|Note", issue: "Le client souhaite un suivi.",
  biz: {
    auction: ["Je vous écris au sujet du lot {x}, mon numéro d'acheteur est {y}.", "J'ai enchéri avec la palette {z}."],
    blood: ["Mon numéro de don était {x} et mon numéro de donneur est {y}.", "Le dossier indique le groupe sanguin {z}."],
    taxi: ["La course est réservée sous {x}, identifiant de course {y}.", "On m'a pris à l'arrivée du vol {z}."],
    laundry: ["C'est au sujet de la commande {x}, étiquette {y}.", "Le code du casier était {z}."],
  },
}

export const de: Lang = {
  digits: "null eins zwei drei vier fünf sechs sieben acht neun",
  nameWords: [["ernst", "Die Lage ist {w}, bitte rasch melden."], ["frank", "Ich sage es {w} und frei."], ["rosa", "Das Formular war {w} eingefärbt."]],
  hi: "Hallo {n},", thanks: "Danke, {n}.", regards: "Freundliche Grüsse,", dear: "Guten Tag {n},",
  call: "Bitte rufen Sie mich unter {p} zurück.", mail: "Sie können mir auch an {e} schreiben.", paid: "Ich habe {a} mit der Karte {c} bezahlt.",
  refund: "Bitte erstatten Sie {a} auf {i}.", declined: "Die Karte {c} wurde abgelehnt.", badIban: "Die IBAN {i} wurde als ungültig zurückgemeldet.",
  masked: "Hinterlegte Karte: {m}.", when: "Das war am {d} um {t}.", vm: "Grüezi, hier ist {n}, bitte rufen Sie mich zurück unter {p}, danke.",
  handover: "Weitergeleitet an {n}.", ip: "Die Anfrage kam von {ip}.", notice: "Servicemeldung (keine Personendaten)",
  keys: "Kunde|Anliegen|Nächster Schritt|Telefon|E-Mail|Notiz", issue: "Der Kunde möchte einen Zwischenstand.",
  biz: {
    auction: ["Es geht um Los {x}, meine Käufernummer ist {y}.", "Ich habe mit der Bieternummer {z} geboten."],
    blood: ["Meine Spendenummer war {x}, meine Spendernummer ist {y}.", "Im Dossier steht Blutgruppe {z}."],
    taxi: ["Die Fahrt ist unter {x} gebucht, Fahrt-ID {y}.", "Ich wurde vom Flug {z} abgeholt."],
    laundry: ["Es geht um Auftrag {x}, Etikett {y}.", "Der PIN für das Schliessfach war {z}."],
  },
}

export const es: Lang = {
  digits: "cero uno dos tres cuatro cinco seis siete ocho nueve",
  nameWords: [["esperanza", "Tengo la {w} de que se resuelva."], ["paz", "Quiero quedar en {w} con esto."], ["luz", "Se cortó la {w} en la oficina."], ["consuelo", "Es poco {w} para el cliente."]],
  hi: "Hola {n},", thanks: "Gracias, {n}.", regards: "Saludos cordiales,", dear: "Buen día, {n},",
  call: "Por favor llámeme al {p}.", mail: "También puede escribirme a {e}.", paid: "Pagué {a} con la tarjeta {c}.",
  refund: "Por favor reembolsen {a} a {i}.", declined: "La tarjeta {c} fue rechazada.", badIban: "El IBAN {i} volvió como inválido.",
  masked: "Tarjeta registrada: {m}.", when: "Fue el {d} a las {t}.", vm: "Hola, habla {n}, por favor devuélvame la llamada al {p}, gracias.",
  handover: "Derivado a {n}.", ip: "La solicitud vino de {ip}.", notice: "Aviso de servicio (sin datos personales)",
  keys: "Cliente|Problema|Siguiente paso|Teléfono|Correo|Nota", issue: "El cliente pide una actualización.",
  biz: {
    auction: ["Consulto por el lote {x}, mi número de comprador es {y}.", "Pujé con la paleta {z}."],
    blood: ["Mi número de donación fue {x} y mi número de donante es {y}.", "El registro dice grupo sanguíneo {z}."],
    taxi: ["El viaje está reservado como {x}, ID de viaje {y}.", "Me recogieron del vuelo {z}."],
    laundry: ["Es por el pedido {x}, etiqueta {y}.", "El PIN del casillero era {z}."],
  },
}
