// The words of a question for a number, read by phone-other.ts: which number it asks for.

// The number an account or a file holds for the caller (`Can I take the number on the account?`): whom to call, as
// `the number on file` is (read on the question without its trailing blanks); not `the number for the account`, its own; not the account's own number (`your account number`), nor one printed on a thing (NUMBER_ON).
export const ON_FILE = /(?<![\p{L}])number (?:we have |you have |that's |that is )?on (?:the|your|this|that|my) (?:account|file|record|profile) ?\??$/iu

// The number printed on a thing (`the number on the back of the device`, `the number on your parking permit`).
export const NUMBER_ON = /(?<![\p{L}])number (?:is )?(?:on|from|of) (?:the|your|this|that|my)(?![\p{L}])/iu

// "Case" in a phrase that names no case (`in case the line drops`, `in any case`).
// Not one a number or a number's name follows (`filed in case 0207431882`, `in case no. 44`).
export const CASE_IDIOM = /(?<![\p{L}])(?:in(?: any| that| this| which)?|just in)[ \t]+case(?![\p{L}])(?![ \t]*(?:[#\d]|no\b|nr\b|number))/giu
