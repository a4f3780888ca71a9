// Which body hears a 行政复议 against an agency's reply (行政复议法, 2023年修订, 2024-01-01施行), derived from the agency
// tree and each agency's kind, so a letter names it concretely ("向示范县人民政府申请行政复议"). The 2023 revision ended
// the choice between 本级人民政府 and the 上一级主管部门 for local departments: 县级以上地方各级人民政府 hear cases
// against their own 工作部门, the 下一级人民政府 and their 派出机关 (第二十四条); the vertical systems go to the 上一级主管部门
// (第二十七条). Pure: the caller passes the agency and its ancestors, nearest first.
import type { AgencyKind } from '../agencies/kinds.ts';
import { DomainError } from '../errors.ts';

export type TreeAgency = { readonly name: string; readonly kind: AgencyKind };
export type ReviewBody = {
  readonly name: string /** The article that makes it the 复议机关. */;
  readonly basis: string;
};

const GOVERNMENTS: readonly AgencyKind[] = ['province', 'city', 'county'];
const government = (up: readonly TreeAgency[]) => up.find((a) => GOVERNMENTS.includes(a.kind));

type Rule = {
  readonly basis: string;
  /** The body, from the agency itself and its ancestors (nearest first). */
  readonly finds: (self: TreeAgency, up: readonly TreeAgency[]) => TreeAgency | undefined;
  /** What the tree must hold when the body is missing, for the message that says how to fix it. */
  readonly needs: string;
};

// One line per kind of agency: the body that hears the 复议 and the clause that says so.
export const REVIEW_BODIES = {
  // 第二十四条第一款第（一）项 "对本级人民政府工作部门作出的行政行为不服的" → 本级人民政府
  department: {
    basis: '行政复议法第二十四条第一款第（一）项',
    finds: (_s, up) => government(up),
    needs: '本级人民政府（县级以上）',
  },
  // 第（二）项 "对下一级人民政府作出的行政行为不服的": a 乡镇 → the county or district government above it
  township: {
    basis: '行政复议法第二十四条第一款第（二）项',
    finds: (_s, up) => government(up),
    needs: '上一级人民政府（县、区）',
  },
  // 第（三）项 "对本级人民政府依法设立的派出机关作出的行政行为不服的": a 街道办事处 is the district's 派出机关
  street: {
    basis: '行政复议法第二十四条第一款第（三）项',
    finds: (_s, up) => government(up),
    needs: '设立它的区（县级）人民政府',
  },
  county: { basis: '行政复议法第二十四条第一款第（二）项', finds: (_s, up) => government(up), needs: '上一级人民政府' },
  city: { basis: '行政复议法第二十四条第一款第（二）项', finds: (_s, up) => government(up), needs: '上一级人民政府' },
  // 第二十四条第二款 "省、自治区、直辖市人民政府同时管辖对本机关作出的行政行为不服的行政复议案件"
  province: { basis: '行政复议法第二十四条第二款', finds: (self) => self, needs: '' },
  // 第二十七条 "对海关、金融、外汇管理等实行垂直领导的行政机关、税务和国家安全机关的行政行为不服的，向上一级主管部门申请行政复议"
  vertical: {
    basis: '行政复议法第二十七条',
    finds: (_s, up) => up.find((a) => a.kind === 'vertical'),
    needs: '上一级主管部门（同一垂直管理系统）',
  },
} as const satisfies Record<AgencyKind, Rule>;

/** The 复议机关 of `self`; `conflict` naming what the agency tree lacks when it cannot be named. */
export function reviewBodyOf(self: TreeAgency, ancestorsNearestFirst: readonly TreeAgency[]): ReviewBody {
  const rule: Rule = REVIEW_BODIES[self.kind];
  const body = rule.finds(self, ancestorsNearestFirst);
  if (!body) {
    throw new DomainError(
      'conflict',
      `无法确定${self.name}的行政复议机关（${rule.basis}：${rule.needs}）：机关目录中没有这一级机关。请管理员在机关目录中把本机关放到其${rule.needs}之下，再出具告知书。`,
    );
  }
  return { name: body.name, basis: rule.basis };
}
