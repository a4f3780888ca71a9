// What a password must not be (pure): the ones guessers try first. Length is checked by the form (staff/form.ts);
// these are the rest: the login name inside it, one character or a short run repeated, a run of letters, digits or
// keys, or a common password (also with digits and symbols added). NIST SP 800-63B §5.1.1.2 asks for exactly such
// a check against "commonly-used, expected, or compromised" values, with the reason shown, rather than composition rules.

/** Among the most used passwords in published leaks, English and Chinese (CSDN, 天涯, RockYou), of 10 characters or more. */
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '0987654321',
  '9876543210',
  '1111111111',
  '0000000000',
  '123456789a',
  'a123456789',
  '1234567890a',
  'qwertyuiop',
  'asdfghjkl;',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qazwsxedcrfv',
  'zaq12wsxcde3',
  'woaini1314',
  'woaini520',
  'iloveyou1314',
  '5201314520',
  '1314520520',
  'password123',
  'password1234',
  'passw0rd123',
  'p@ssw0rd123',
  'administrator',
  'admin123456',
  'qwerty123456',
  'abc123456789',
  'abcd123456',
  'aa123456789',
  'qq123456789',
  '147258369a',
  '1472583690',
  '1357924680',
  '3141592653',
  '31415926535',
  '1122334455',
  '1234554321',
  '12345678910',
  'iloveyou123',
  'princess123',
  'sunshine123',
  'football123',
  'baseball123',
  'superman123',
  'trustno1234',
  'dearbook123',
  'zxcvbnm123',
  'zxcvbnmasdf',
  'asdfghjkl123',
  'qweasdzxc123',
  'qweqweqwe123',
]);

/** Words that stay common with digits or symbols around them (password2024!, Woaini1314520). Letters only, lower case. */
const COMMON_WORDS = new Set([
  'password',
  'passw',
  'pass',
  'pwd',
  'admin',
  'administrator',
  'root',
  'user',
  'guest',
  'test',
  'welcome',
  'letmein',
  'iloveyou',
  'woaini',
  'aiwo',
  'qwerty',
  'qwertyuiop',
  'asdf',
  'asdfgh',
  'asdfghjkl',
  'zxcv',
  'zxcvbnm',
  'qaz',
  'qazwsx',
  'qazwsxedc',
  'qwe',
  'qweasd',
  'qweasdzxc',
  'abc',
  'abcd',
  'abcdef',
  'abcdefg',
  'a',
  'aa',
  'q',
  'qq',
  'wsx',
  'edc',
  'princess',
  'sunshine',
  'football',
  'baseball',
  'superman',
  'dragon',
  'monkey',
  'shadow',
  'master',
  'trustno',
  'dearbook',
  'china',
  'zhongguo',
  'beijing',
  'shanghai',
  'gov',
  'zhengfu',
  'gongkai',
  'xinxi',
  'xinxigongkai',
  'huawei',
]);

const RUNS = [
  '01234567890',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv5tgb',
];

export const PASSWORD_REASONS = {
  username: '密码不能包含登录名，请换一句容易记住的话。',
  repeated: '密码不能由同一个字符或一小段字符重复组成（如 aaaaaaaaaa、abcabcabc），请换一句容易记住的话。',
  run: '密码不能是连续的字母、数字或键盘按键（如 1234567890、qwertyuiop），请换一句容易记住的话。',
  common: '这是常见密码（或常见密码加上数字、符号），很容易被猜到，请换一个。',
} as const;

/** Why `password` is refused for the account `username`, or undefined when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | undefined {
  const lower = password.toLowerCase();
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return PASSWORD_REASONS.username;
  if (/^(.{1,4})\1+$/su.test(lower) || new Set(lower).size < 4) return PASSWORD_REASONS.repeated;
  if (RUNS.some((run) => run.includes(lower) || [...run].reverse().join('').includes(lower)))
    return PASSWORD_REASONS.run;
  if (COMMON.has(lower)) return PASSWORD_REASONS.common;
  const letters = lower.replace(/[^a-z]/g, '');
  if (/^[\x21-\x7e]+$/.test(lower) && COMMON_WORDS.has(letters)) return PASSWORD_REASONS.common;
  return undefined;
}
