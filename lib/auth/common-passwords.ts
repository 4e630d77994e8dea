/**
 * The most common passwords of 10 characters or more (shorter ones fail the length rule anyway), lowercase: the
 * first ones anyone guessing tries. Runs and repeats ("1234567890", "aaaaaaaaaa") are refused by rule, not listed.
 */
const list = [
  "password12", "password123", "password1234", "password12345", "password123456", "password01",
  "password2023", "password2024", "password2025", "password2026", "passw0rd123", "p@ssw0rd123",
  "passwordpassword", "mypassword", "mypassword123", "newpassword", "newpassword123",
  "qwertyuiop", "qwertyuiop1", "qwerty1234", "qwerty12345", "qwerty123456", "qwertyqwerty",
  "asdfghjkl1", "asdfghjkl123", "zxcvbnm123", "1qaz2wsx3edc", "1q2w3e4r5t", "1q2w3e4r5t6y",
  "q1w2e3r4t5", "q1w2e3r4t5y6", "qweasdzxc123", "123qweasdzxc", "zaq12wsxcde3",
  "letmein123", "letmein1234", "letmeinnow", "welcome123", "welcome1234", "welcome2024", "welcome2025", "welcome2026",
  "changeme123", "changeme12", "iloveyou12", "iloveyou123", "sunshine123", "princess123", "football123",
  "baseball123", "starwars123", "superman123", "batman12345", "trustno1234", "monkey12345", "dragon12345",
  "shadow12345", "master12345", "michael123", "charlie123", "liverpool1", "chelsea123", "jennifer123",
  "computer123", "internet123", "whatever123", "hello12345", "hello123456", "helloworld",
  "secret1234", "secret12345", "test123456", "testtest123", "guest12345", "default123", "login12345",
  "admin12345", "admin123456", "administrator", "root123456", "company123", "business123",
  "summer2024", "summer2025", "summer2026", "winter2024", "winter2025", "winter2026",
  "abc1234567", "abcd123456", "abcde12345", "a123456789", "123456789a", "1234567890a", "12345678910",
  "123123123123", "1234512345", "1234554321",
];

export const commonPasswords: ReadonlySet<string> = new Set(list);
