// The order of hits: entries whose title holds every word, then those where every word is a whole word (jieba) as
// well as in the title, ... in four tiers, each newest first:
//   0 title and whole word, 1 title only, 2 whole word only, 3 substring only (the word inside a longer word).
// "Title" is 名称; "whole word" means each word is one of jieba's words of the entry's text (低保 in 城乡低保对象, not
// 保对). SQLite reads the tiers one after another from its index (sqlite-store.ts); PostgreSQL ranks rows as it reads them
// (postgres-store.ts). Pure.

export const tierOf = (inTitle: boolean, wholeWord: boolean): number =>
  inTitle ? (wholeWord ? 0 : 1) : wholeWord ? 2 : 3;
