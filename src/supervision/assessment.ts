// 工作考核 (条例第四十六条): a scoring sheet of items with maximum points, and each unit's scores against it (pure).
import { invalidInput } from '../errors.ts';

export type SheetItem = { readonly name: string; readonly points: number };

/** The sheet typed as lines "项目 分值", e.g. "栏目按时更新 20". */
export function parseSheet(text: string): SheetItem[] {
  const items: SheetItem[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^(.+?)\s+(\d+(?:\.\d+)?)\s*分?$/.exec(line);
    const points = m ? Number(m[2]) : NaN;
    if (!m || !(points > 0) || points > 100)
      errors.push(`第 ${i + 1} 行应为“考核项目 分值”，分值 0–100，例如“栏目按时更新 20”`);
    else items.push({ name: m[1]!.trim(), points });
  });
  if (!errors.length && !items.length) errors.push('请至少填写一个考核项目');
  const total = items.reduce((s, x) => s + x.points, 0);
  if (!errors.length && total > 1000) errors.push(`总分 ${total} 过大，请核对`);
  if (errors.length) throw invalidInput(errors.join('；'), { items: errors.join('；') });
  return items;
}

/** One unit's scores, one per item, each between 0 and the item's points; returns the total. */
export function scoreUnit(sheet: readonly SheetItem[], scores: readonly number[]): number {
  const fields: Record<string, string> = {};
  if (scores.length !== sheet.length)
    throw invalidInput(`应为 ${sheet.length} 个项目逐项打分`, { scores: `应为 ${sheet.length} 个项目逐项打分` });
  sheet.forEach((item, i) => {
    const s = scores[i]!;
    if (!Number.isFinite(s) || s < 0 || s > item.points)
      fields[`scores.${i}`] = `“${item.name}”得分应在 0–${item.points} 之间`;
  });
  if (Object.keys(fields).length) throw invalidInput(Object.values(fields).join('；'), fields);
  return Math.round(scores.reduce((a, b) => a + b, 0) * 100) / 100;
}

export type KeyTaskStatus = 'done' | 'done_late' | 'open' | 'overdue';
export const KEY_TASK_LABELS = {
  done: '已完成',
  done_late: '逾期完成',
  open: '推进中',
  overdue: '已逾期',
} as const satisfies Record<KeyTaskStatus, string>;

/** Derived when read, never stored: a task is overdue once its due date has passed undone. */
export function keyTaskStatus(t: { dueOn: string; doneOn: string | null }, today: string): KeyTaskStatus {
  if (t.doneOn) return t.doneOn <= t.dueOn ? 'done' : 'done_late';
  return today > t.dueOn ? 'overdue' : 'open';
}
