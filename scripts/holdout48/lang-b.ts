// Language packs: Slovak, Slovenian, Lithuanian, Latvian, Bulgarian (Cyrillic).
import type { Lang } from "./lang-type.ts"

export const sk: Lang = {
  digits: "nula jedna dva tri štyri päť šesť sedem osem deväť",
  nameWords: [["viera", "Moja {w} v ich služby klesla."], ["ruža", "Na pulte stála {w} vo váze."], ["zlata", "Hodinky boli zo {w} a striebra."]],
  hi: "Ahoj {n},", thanks: "Ďakujem, {n}.", regards: "S pozdravom,", dear: "Dobrý deň, {n},",
  call: "Prosím, zavolajte mi späť na {p}.", mail: "Môžete mi aj napísať na {e}.", paid: "Zaplatil som {a} kartou {c}.",
  refund: "Prosím, vráťte {a} na {i}.", declined: "Karta {c} bola zamietnutá.", badIban: "IBAN {i} bol vyhodnotený ako neplatný.",
  masked: "Uložená karta: {m}.", when: "Bolo to {d} o {t}.", vm: "Dobrý deň, tu je {n}, zavolajte mi prosím späť na {p}, ďakujem.",
  handover: "Odovzdané kolegovi: {n}.", ip: "Požiadavka prišla z {ip}.", notice: "Servisné oznámenie (bez osobných údajov)",
  keys: "Zákazník|Problém|Ďalší krok|Telefón|E-mail|Poznámka", issue: "Zákazník žiada informáciu o stave.",
  biz: {
    auction: ["Ide o položku {x}, moje číslo kupujúceho je {y}.", "Dražil som s číslom {z}."],
    blood: ["Číslo odberu bolo {x} a moje darcovské číslo je {y}.", "V zázname je krvná skupina {z}."],
    taxi: ["Jazda bola rezervovaná ako {x}, ID jazdy {y}.", "Vyzdvihli ma z letu {z}."],
    laundry: ["Ide o objednávku {x}, štítok {y}.", "PIN k schránke bol {z}."],
  },
}

export const sl: Lang = {
  digits: "nič ena dve tri štiri pet šest sedem osem devet",
  nameWords: [["vera", "Moja {w} v vašo storitev je padla."], ["nada", "Edina {w} je, da se to hitro uredi."], ["zora", "Ko je bila {w}, sem že čakal pred vrati."]],
  hi: "Pozdravljeni, {n},", thanks: "Hvala, {n}.", regards: "Lep pozdrav,", dear: "Spoštovani {n},",
  call: "Prosim, pokličite me nazaj na {p}.", mail: "Pišete mi lahko tudi na {e}.", paid: "Plačal sem {a} s kartico {c}.",
  refund: "Prosim, vrnite {a} na {i}.", declined: "Kartica {c} je bila zavrnjena.", badIban: "IBAN {i} je bil označen kot neveljaven.",
  masked: "Shranjena kartica: {m}.", when: "Bilo je {d} ob {t}.", vm: "Pozdravljeni, tukaj {n}, prosim pokličite me nazaj na {p}, hvala.",
  handover: "Predano sodelavcu: {n}.", ip: "Zahteva je prišla z {ip}.", notice: "Obvestilo o storitvi (brez osebnih podatkov)",
  keys: "Stranka|Težava|Naslednji korak|Telefon|E-pošta|Opomba", issue: "Stranka želi izvedeti stanje.",
  biz: {
    auction: ["Gre za predmet {x}, moja številka kupca je {y}.", "Licitiral sem s številko {z}."],
    blood: ["Številka odvzema je bila {x}, moja darovalska številka je {y}.", "V kartoteki piše krvna skupina {z}."],
    taxi: ["Vožnja je rezervirana pod {x}, ID vožnje {y}.", "Prevzeli so me z leta {z}."],
    laundry: ["Gre za naročilo {x}, oznaka {y}.", "PIN za omarico je bil {z}."],
  },
}

export const lt: Lang = {
  digits: "nulis vienas du trys keturi penki šeši septyni aštuoni devyni",
  nameWords: [["rasa", "Ryte ant žolės buvo {w}."], ["aušra", "Jau buvo {w}, kai paskambinau."], ["saulė", "Vakar visą dieną švietė {w}."]],
  hi: "Sveiki, {n},", thanks: "Ačiū, {n}.", regards: "Pagarbiai,", dear: "Laba diena, {n},",
  call: "Prašau perskambinti numeriu {p}.", mail: "Galite rašyti ir adresu {e}.", paid: "Sumokėjau {a} kortele {c}.",
  refund: "Prašau grąžinti {a} į {i}.", declined: "Kortelė {c} buvo atmesta.", badIban: "IBAN {i} grąžintas kaip neteisingas.",
  masked: "Išsaugota kortelė: {m}.", when: "Tai buvo {d} {t}.", vm: "Laba diena, čia {n}, prašau perskambinti {p}, ačiū.",
  handover: "Perduota kolegai: {n}.", ip: "Užklausa atėjo iš {ip}.", notice: "Paslaugos pranešimas (be asmens duomenų)",
  keys: "Klientas|Problema|Kitas žingsnis|Telefonas|El. paštas|Pastaba", issue: "Klientas prašo informacijos apie būseną.",
  biz: {
    auction: ["Klausiu dėl loto {x}, mano pirkėjo numeris {y}.", "Siūliau kainą su numeriu {z}."],
    blood: ["Donacijos numeris buvo {x}, donoro numeris {y}.", "Įraše nurodyta kraujo grupė {z}."],
    taxi: ["Kelionė užsakyta numeriu {x}, kelionės ID {y}.", "Mane paėmė nuo skrydžio {z}."],
    laundry: ["Dėl užsakymo {x}, etiketė {y}.", "Spintelės PIN buvo {z}."],
  },
}

export const lv: Lang = {
  digits: "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi",
  nameWords: [["liesma", "Svecei bija maza {w}."], ["ausma", "Bija jau {w}, kad zvanīju."], ["laima", "Tā bija tīrā {w}, ka paspēju uz reisu."]],
  hi: "Sveiki, {n},", thanks: "Paldies, {n}.", regards: "Ar cieņu,", dear: "Labdien, {n},",
  call: "Lūdzu, atzvaniet man uz {p}.", mail: "Varat rakstīt arī uz {e}.", paid: "Samaksāju {a} ar karti {c}.",
  refund: "Lūdzu, atmaksājiet {a} uz {i}.", declined: "Karte {c} tika noraidīta.", badIban: "IBAN {i} tika atzīts par nederīgu.",
  masked: "Saglabātā karte: {m}.", when: "Tas bija {d} plkst. {t}.", vm: "Labdien, te {n}, lūdzu atzvaniet uz {p}, paldies.",
  handover: "Nodots kolēģim: {n}.", ip: "Pieprasījums nāca no {ip}.", notice: "Pakalpojuma paziņojums (bez personas datiem)",
  keys: "Klients|Problēma|Nākamais solis|Tālrunis|E-pasts|Piezīme", issue: "Klients vēlas uzzināt statusu.",
  biz: {
    auction: ["Jautāju par lotu {x}, mans pircēja numurs ir {y}.", "Solīju ar numuru {z}."],
    blood: ["Ziedojuma numurs bija {x}, donora numurs {y}.", "Ierakstā norādīta asinsgrupa {z}."],
    taxi: ["Brauciens rezervēts ar numuru {x}, brauciena ID {y}.", "Mani paņēma no reisa {z}."],
    laundry: ["Par pasūtījumu {x}, birka {y}.", "Skapīša PIN bija {z}."],
  },
}

export const bg: Lang = {
  digits: "нула едно две три четири пет шест седем осем девет",
  nameWords: [["надежда", "Имам {w}, че ще се оправи."], ["вяра", "Губя {w} в услугата ви."], ["любов", "Правим го с {w} към клиентите."]],
  hi: "Здравейте, {n},", thanks: "Благодаря, {n}.", regards: "Поздрави,", dear: "Уважаеми {n},",
  call: "Моля, обадете ми се на {p}.", mail: "Може да ми пишете и на {e}.", paid: "Платих {a} с карта {c}.",
  refund: "Моля, възстановете {a} по {i}.", declined: "Картата {c} беше отказана.", badIban: "IBAN {i} беше върнат като невалиден.",
  masked: "Запазена карта: {m}.", when: "Беше на {d} в {t}.", vm: "Здравейте, обажда се {n}, моля върнете ми обаждане на {p}, благодаря.",
  handover: "Предадено на {n}.", ip: "Заявката дойде от {ip}.", notice: "Служебно съобщение (без лични данни)",
  keys: "Клиент|Проблем|Следваща стъпка|Телефон|Имейл|Бележка", issue: "Клиентът иска информация за статуса.",
  biz: {
    auction: ["Питам за лот {x}, моят купувачески номер е {y}.", "Наддавах с номер {z}."],
    blood: ["Номерът на дарението беше {x}, а донорският ми номер е {y}.", "В досието пише кръвна група {z}."],
    taxi: ["Курсът е резервиран като {x}, ID на курса {y}.", "Взеха ме от полет {z}."],
    laundry: ["Става дума за поръчка {x}, етикет {y}.", "ПИН кодът на шкафчето беше {z}."],
  },
}
