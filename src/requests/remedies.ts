// 救济途径 in a letter that decides something: where and within what period the applicant may apply for 行政复议 or sue.
// The periods are stated as the law states them, counted from the applicant's receipt of the letter ("自收到本告知书之日起
// 60日内", "6个月内"): a calendar date counted from the issue date would misstate them, since they run from when the
// applicant knows the act (行政复议法第二十条, 行政诉讼法第四十六条). The 复议机关 is named (appeals/jurisdiction.ts).
import type { ReviewBody } from '../appeals/jurisdiction.ts';
import { PERIODS } from '../clock/rules.ts';

const RECONSIDERATION = `《中华人民共和国${PERIODS.reconsideration.basis.replace('第', '》第')}第一款`;

/**
 * `refusal`: 行政复议法第二十三条第一款第（四）项 — against 不予公开 (wholly, or the withheld part of 区分处理) the
 * applicant must first apply for 行政复议, and 第二十三条第二款 obliges the agency to say so in the letter.
 */
export function remediesText(body: ReviewBody, refusal: boolean, letter: '本告知书' | '本通知' = '本告知书'): string {
  const act = letter === '本通知' ? '本通知' : '本答复';
  const where = `自收到${letter}之日起${PERIODS.reconsideration.length}日内向${body.name}申请行政复议`;
  const law = `${RECONSIDERATION}、${body.basis.replace('行政复议法', '')}`;
  if (refusal) {
    return `如对${act}不服，应当先申请行政复议（《中华人民共和国行政复议法》第二十三条第一款第（四）项、第二款）：请${where}（${law}）；对行政复议决定不服的，可以自收到行政复议决定书之日起${PERIODS.litigationAfterReconsideration.length}日内依法向人民法院提起行政诉讼（《中华人民共和国${PERIODS.litigationAfterReconsideration.basis.replace('第', '》第')}）。`;
  }
  return `如对${act}不服，可以${where}（${law}），也可以自收到${letter}之日起${PERIODS.litigationDirect.length}个月内依法向人民法院提起行政诉讼（《中华人民共和国${PERIODS.litigationDirect.basis.replace('第', '》第')}）。`;
}
