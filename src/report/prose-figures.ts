// The figures a report's prose states, with where it states them: 主动公开信息条数, 本年收到申请数, 行政复议 and 行政诉讼
// counts. The reader fills the report's `narrative` from them and NARRATIVE.MISMATCH points at the sentence. "未接到…
// 申请" states 0; a text that says nothing states nothing (null, never 0).
import type { Narrative } from './model.ts';

/** `loose`: said without a verb of receiving ("共办理申请75件"), so it may count the carried-over or the handled cases. */
export type Figure = { value: number; at: number; end: number; loose?: boolean };
export type ProseFigures = Record<keyof Narrative, Figure | null>;

const N = '(\\d+)';
/** Within a sentence; within a clause (no comma either). */
const STOP = '[^。；;！!？?]';
const CLAUSE = '[^。；;！!？?，,]';
const PROACTIVE = [
  new RegExp(`主动公开${STOP}{0,40}?${N}\\s*余?\\s*条`),
  new RegExp(`(?:发布|公开)${STOP}{0,20}?政府信息\\s*(?:共|合计|总计|累计)?\\s*${N}\\s*余?\\s*条`),
];
const RECEIVED = [
  new RegExp(
    `(?:新收|收到|受理|接到|共收)${CLAUSE}{0,20}?申请\\s*(?:信息)?\\s*(?:共\\s*|数量为?\\s*)?${N}\\s*[件个条]`,
  ),
  new RegExp(`申请\\s*(?:共\\s*)?${N}\\s*件`),
];
const NO_APPLICATIONS = [/(?:未|没有)(?:接到|收到|受理|发生)[^。；;]{0,12}申请/];
const RECONSIDERATIONS = [new RegExp(`行政复议${CLAUSE}{0,8}?${N}\\s*[件起宗]`)];
const LAWSUITS = [new RegExp(`(?:行政)?诉讼${CLAUSE}{0,8}?${N}\\s*[件起宗]`)];
const NO_RECONSIDERATION = [/(?:未|没有)(?:发生|出现|收到)[^。；;]{0,16}行政复议/];
const NO_LAWSUIT = [/(?:未|没有)(?:发生|出现|收到)[^。；;]{0,16}(?:行政诉讼|诉讼)/];

function first(prose: string, res: readonly RegExp[], loose: readonly RegExp[] = []): Figure | null {
  for (const re of res) {
    const m = re.exec(prose);
    if (m) {
      const digits = m[1] as string;
      const at = m.index + m[0].lastIndexOf(digits);
      return { value: Number(digits), at, end: at + digits.length, ...(loose.includes(re) ? { loose: true } : {}) };
    }
  }
  return null;
}

function none(prose: string, res: readonly RegExp[]): Figure | null {
  for (const re of res) {
    const m = re.exec(prose);
    if (m) return { value: 0, at: m.index, end: m.index + m[0].length };
  }
  return null;
}

export function proseFigures(prose: string): ProseFigures {
  return {
    proactiveCount: first(prose, PROACTIVE),
    applicationsReceived: first(prose, RECEIVED, RECEIVED.slice(1)) ?? none(prose, NO_APPLICATIONS),
    reconsiderations: first(prose, RECONSIDERATIONS) ?? none(prose, NO_RECONSIDERATION),
    lawsuits: first(prose, LAWSUITS) ?? none(prose, NO_LAWSUIT),
  };
}

export function narrativeOf(prose: string): Narrative {
  const f = proseFigures(prose);
  return {
    proactiveCount: f.proactiveCount?.value ?? null,
    applicationsReceived: f.applicationsReceived?.value ?? null,
    reconsiderations: f.reconsiderations?.value ?? null,
    lawsuits: f.lawsuits?.value ?? null,
  };
}
