// Names in scripts with no capital letters (Arabic, Persian, Urdu, Hebrew, Devanagari, Chinese, Japanese, Korean) were
// never found: every other person rule reads capitals. They are found now after a word that says a name follows, in
// English or in the script's own language, and left alone without one.
import { expect, test } from "bun:test"
import { positive as pos, testRecognizer } from "../../../testing/index.ts"
import { analyze } from "../../../plugins/pii/index.ts"
import { personScript } from "../../../plugins/pii/recognizers/index.ts"

testRecognizer(personScript, {
  positives: [
    pos("Hi, my name is محمد العلي and my number is 07700 900123", "محمد العلي"),
    pos("Customer: أنا اسمي فاطمة الزهراء، رقمي +971 50 123 4567", "فاطمة الزهراء"),
    pos("اسمي محمد وأريد إلغاء الاشتراك", "محمد"),
    pos("שמי דוד כהן ואני רוצה לבטל", "דוד כהן"),
    pos("גב' שרה לוי התקשרה", "שרה לוי"),
    pos("اسم من علی رضایی است", "علی رضایی"),
    pos("میرا نام احمد خان ہے", "احمد خان"),
    pos("मेरा नाम राहुल शर्मा है", "राहुल शर्मा"),
    pos("我叫王小明，电话 13812345678", "王小明"),
    pos("名前は山田太郎です。", "山田太郎"),
    pos("제 이름은 김민준입니다", "김민준"),
    pos("Dear محمد العلي المحترم, thanks", "محمد العلي"),
    pos("الاسم: خالد يوسف\nالهاتف: 0501234567", "خالد يوسف"),
    pos("Kind regards,\nنور الهدى", "نور الهدى"),
    pos('{"name":"سارة أحمد","city":"دبي"}', "سارة أحمد"),
    pos("السيد محمد بن سلمان الدوسري اتصل", "محمد بن سلمان الدوسري"),
    pos("👋 Bonjour, je m'appelle ليلى بنسعيد", "ليلى بنسعيد"),
    // A long Arabic name through its particles; an honorific and a sentence going on after a CJK name left out.
    pos("name: محمد بن عبد الله آل سعود, vip", "محمد بن عبد الله آل سعود"),
    pos("Ms. 田中さん called", "田中"),
    pos("我叫王小明我想退货", "王小明"),
  ],
  negatives: [
    "Customer: أريد إلغاء الاشتراك",
    "Visited דובאי mall, שם היה נחמד",
    "Hi 你好, 我想退货",
    "شكرا جزيلا على المساعدة",
    "我想退货，订单号 123456",
    "The store in دبي was closed",
    "Thanks, 감사합니다",
    "Dear 客户, thanks",
    "Dear お客様",
  ],
})

test("a name in Arabic script inside an English note is scrubbed by the default analyzer", () => {
  const text = "Caller said: my name is محمد العلي, please call back"
  const persons = analyze(text).filter((f) => f.type === "PERSON").map((f) => text.slice(f.start, f.end))
  expect(persons).toEqual(["محمد العلي"])
})
