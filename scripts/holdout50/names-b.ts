// Names of the Hebrew, Arabic, Korean, Vietnamese, Indonesian, Malay, Filipino, Kenyan, Spanish-speaking American and
// Tunisian locales (encoding as in names-a.ts).
import type { NameSet } from "./names-a.ts"

const ES_F = ["Rocío", "Consuelo", "Pilar", "Soledad", "Milagros"]
export const NAMES_B: Record<string, NameSet> = {
  "he-IL": {
    m: ["נועם:noam", "איתי:itai", "יונתן:yonatan", "אורי:uri", "עומר:omer", "אביב:aviv", "אלון:alon", "עידו:ido"],
    f: ["נועה:noa", "שירה:shira", "תמר:tamar", "מיכל:michal", "יעל:yael", "תקווה:tikva", "הדס:hadas", "רוני:roni"],
    fam: ["כהן:cohen", "מזרחי:mizrahi", "פרץ:peretz", "ביטון:biton", "אברהם:avraham", "פרידמן:friedman", "שפירא:shapira", "אזולאי:azoulay", "גולדברג:goldberg"],
    order: "gf",
    caseless: true,
  },
  "ar-AE": {
    m: ["محمد:mohammed", "أحمد:ahmed", "خالد:khaled", "سعيد:saeed", "راشد:rashid", "يوسف:youssef", "حمدان:hamdan", "منصور:mansour"],
    f: ["فاطمة:fatima", "مريم:mariam", "نور:nour", "أمل:amal", "سارة:sara", "هند:hind", "ليلى:layla", "جميلة:jamila"],
    fam: ["المنصوري:almansouri", "الشامسي:alshamsi", "الكعبي:alkaabi", "النعيمي:alnuaimi", "الظاهري:aldhaheri", "المهيري:almheiri", "الحمادي:alhammadi", "البلوشي:albalushi", "حداد:haddad", "خوري:khoury"],
    order: "gf",
    caseless: true,
    noComma: true,
  },
  "ko-KR": {
    m: ["민준:minjun", "서준:seojun", "도윤:doyun", "지호:jiho", "현우:hyunwoo", "하늘:haneul", "보람:boram", "준혁:junhyuk"],
    f: ["서연:seoyeon", "지우:jiwoo", "하은:haeun", "수빈:subin", "민서:minseo", "하늘:haneul", "보람:boram", "예린:yerin"],
    fam: ["김:kim", "이:lee", "박:park", "최:choi", "정:jung", "강:kang", "조:cho", "윤:yoon", "장:jang", "임:lim"],
    order: "fgj",
    caseless: true,
    noComma: true,
  },
  "vi-VN": {
    m: ["Văn Hùng", "Minh Tuấn", "Đức Cường", "Quốc Bảo", "Hữu Phúc", "Văn Dũng", "Hoàng Long", "Minh Quân"],
    f: ["Thị Mai", "Thị Xuân", "Ngọc Lan", "Thu Hương", "Thị Thu", "Ngọc Trâm", "Phương Linh", "Thị Hồng"],
    fam: ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"],
    order: "fg",
    noComma: true,
  },
  "id-ID": {
    m: ["Budi", "Agus", "Rizky", "Dimas", "Arief", "Bayu", "Fajar", "Hendra"],
    f: ["Dewi", "Siti", "Putri", "Indah", "Ayu", "Rina", "Wulan", "Ratna"],
    fam: ["Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Lestari", "Kusuma", "Nugroho", "Setiawan", "Siregar"],
    order: "gf",
  },
  "ms-MY": {
    m: ["Hafiz", "Amirul", "Faizal", "Syafiq", "Azman", "Firdaus", "Hakim", "Zulkifli"],
    f: ["Aisyah", "Intan", "Bunga", "Mawar", "Cahaya", "Nurul", "Farah", "Siti Aminah"],
    fam: ["bin Ismail/binti Ismail", "bin Abdullah/binti Abdullah", "bin Othman/binti Othman", "bin Yusof/binti Yusof", "bin Hamzah/binti Hamzah", "bin Rahman/binti Rahman", "bin Salleh/binti Salleh"],
    order: "gf",
    noComma: true,
  },
  "fil-PH": {
    m: ["Jose", "Paolo", "Rommel", "Angelo", "Carlo", "Jomar", "Rodel", "Nestor"],
    f: ["Ligaya", "Tala", "Dalisay", "Kristine", "Rowena", "Marites", "Jhoanna", "Maricel"],
    fam: ["Santos", "Reyes", "dela Cruz", "Bautista", "Ocampo", "Mendoza", "Villanueva", "Aquino", "Macaraeg", "Pangilinan"],
    order: "gf",
  },
  "sw-KE": {
    m: ["Baraka", "Otieno", "Kamau", "Kiprop", "Omondi", "Juma", "Mutua", "Wekesa"],
    f: ["Amani", "Neema", "Zawadi", "Wanjiru", "Achieng", "Njeri", "Akinyi", "Chebet"],
    fam: ["Mwangi", "Odhiambo", "Kiprotich", "Wanjala", "Njoroge", "Kariuki", "Ochieng", "Muthoni", "Onyango", "Kipchumba"],
    order: "gf",
  },
  "es-PE": {
    m: ["Renzo", "Jhon", "Piero", "Gianfranco", "Wilmer", "Edwin"],
    f: [...ES_F, "Yesenia", "Flor"],
    fam: ["Quispe", "Mamani", "Huamán", "Condori", "Vásquez", "Chávez", "Ramos", "Ccahuana"],
    order: "gf",
  },
  "es-CR": {
    m: ["Esteban", "Fabián", "Mauricio", "Andrés", "Josué", "Gerardo"],
    f: [...ES_F, "Daniela", "Hazel"],
    fam: ["Solano", "Mora", "Rojas", "Alvarado", "Vargas", "Jiménez", "Quesada", "Arias"],
    order: "gf",
  },
  "es-DO": {
    m: ["Yeison", "Wander", "Francisco", "Raulin", "Starlin", "Alexis"],
    f: [...ES_F, "Yokasta", "Massiel"],
    fam: ["Peña", "Batista", "Almonte", "Féliz", "Guzmán", "Polanco", "Tavárez", "Encarnación"],
    order: "gf",
  },
  "es-UY": {
    m: ["Facundo", "Maximiliano", "Agustín", "Nicolás", "Matías", "Santiago"],
    f: [...ES_F, "Florencia", "Agustina"],
    fam: ["Pereira", "Techera", "Olivera", "Sosa", "Silveira", "Cabrera", "Bentancor", "Acosta"],
    order: "gf",
  },
  "fr-TN": {
    m: ["Mounir", "Sami", "Walid", "Hatem", "Yassine", "Anis", "Slim", "Karim"],
    f: ["Amel", "Ines", "Sana", "Rania", "Olfa", "Constance", "Blanche", "Reine"],
    fam: ["Ben Salah", "Trabelsi", "Jebali", "Gharbi", "Chebbi", "Mejri", "Ben Amor", "Hammami", "Khelifi", "Dridi"],
    order: "gf",
  },
}
