const HEAD_NOUN =
  '(?:nämnd(?:en|erna|er)?|styrelse(?:n)?|kontor(?:et|en)?|förvaltning(?:en|arna|ar)?|råd(?:et|en)?)';
const LOWER_BODY_RE = new RegExp(`^\\p{Ll}[\\p{L}-]*(?:\\s+(?:och|för|i|\\p{L}+)){0,6}?\\s*\\p{L}*${HEAD_NOUN}(?:\\s+(?:i|för)\\s+[\\p{L} ]+)?$`, 'u');
console.log(LOWER_BODY_RE.test('arbetsmarknads- kultur- och fritidsnämnden'), LOWER_BODY_RE.test('kultur- och fritidsnämnden'));
