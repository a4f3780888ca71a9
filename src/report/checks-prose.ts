// Rules on what the report's prose says: its figures against the tables, what the agency calls itself, prompts and
// draft marks left in a published text, and a file that is no annual report at all. A finding points at the words
// it is about (`source`) when the report was read from a document.
import { finding } from './finding.ts';
import type { CheckContext, Finding, Report, TextSpan } from './model.ts';
import { proseFigures } from './prose-figures.ts';
import { PLACEHOLDER, TEXT_BLOCKS } from './texts.ts';

const at = (ctx: CheckContext, from: number, to: number): { source?: TextSpan } =>
  ctx.locate ? { source: ctx.locate(from, to) } : {};

/** The sentence around an offset, to read what a figure counts ("含上年结转1件"). */
function sentenceAt(prose: string, offset: number): string {
  const start = Math.max(...['。', '；', '\n'].map((c) => prose.lastIndexOf(c, offset))) + 1;
  const ends = ['。', '；', '\n'].map((c) => prose.indexOf(c, offset)).filter((i) => i >= 0);
  return prose.slice(start, ends.length ? Math.min(...ends) : prose.length);
}

/**
 * Figures in the prose against the tables (§3.5: "narrative numbers must agree with the tables"). 本年收到申请 is 表三's
 * 一、本年新收: a prose count that adds the carried-over cases must say so in its sentence ("含上年结转").
 */
export function checkNarrative(report: Report, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const prose = ctx.prose ?? '';
  const fig = proseFigures(prose);
  const n = report.narrative;
  const apps = report.tables.applications;
  const appeals = report.tables.appeals;
  const received = apps?.received?.total ?? null;
  const carried = apps?.carriedIn?.total ?? null;
  const said = n.applicationsReceived;
  if (said !== null && received !== null && said !== received) {
    const f = fig.applicationsReceived;
    const withCarried = carried !== null && said === received + carried;
    // "收到申请N件" is 本年新收 unless its sentence counts the carried-over too; "共办理申请N件" may be either, or （七）总计.
    const counted =
      f &&
      (f.loose
        ? withCarried || said === (apps?.total?.total ?? null)
        : withCarried && /结转|上年/.test(sentenceAt(prose, f.at)));
    if (!counted) {
      out.push(
        finding(
          'NARRATIVE.MISMATCH',
          `正文称本年收到政府信息公开申请 ${said} 件，表三「一、本年新收政府信息公开申请数量」总计为 ${received}`,
          {
            table: 'applications',
            row: 'received',
            column: 'total',
            expected: received,
            actual: said,
            ...(f ? at(ctx, f.at, f.end) : {}),
          },
        ),
      );
    }
  }
  const rec = appeals?.reconsideration.total ?? null;
  if (n.reconsiderations !== null && rec !== null && n.reconsiderations !== rec) {
    const f = fig.reconsiderations;
    out.push(
      finding('NARRATIVE.MISMATCH', `正文称行政复议 ${n.reconsiderations} 件，表四行政复议总计为 ${rec}`, {
        table: 'appeals',
        row: 'reconsideration',
        column: 'total',
        expected: rec,
        actual: n.reconsiderations,
        ...(f ? at(ctx, f.at, f.end) : {}),
      }),
    );
  }
  const direct = appeals?.litigationDirect.total ?? null;
  const after = appeals?.litigationAfterReconsideration.total ?? null;
  if (n.lawsuits !== null && direct !== null && after !== null && n.lawsuits !== direct + after) {
    const f = fig.lawsuits;
    out.push(
      finding('NARRATIVE.MISMATCH', `正文称行政诉讼 ${n.lawsuits} 件，表四行政诉讼两组总计之和为 ${direct + after}`, {
        table: 'appeals',
        row: 'litigationDirect',
        column: 'total',
        expected: direct + after,
        actual: n.lawsuits,
        ...(f ? at(ctx, f.at, f.end) : {}),
      }),
    );
  }
  return out;
}

type Kind = '省' | '市' | '县' | '区' | '乡' | '镇' | '街道' | '机关';
const TERRITORIAL = ['省', '市', '县', '区', '乡', '镇', '街道'] as const;
/** For each kind, the self-references that are another kind's: 全X is said of one's own territory too, so only 我/本 for higher units. */
const WRONG: Record<Kind, { any: readonly string[]; own: readonly string[] }> = {
  乡: { any: ['镇', '街道'], own: [] },
  镇: { any: ['乡', '街道'], own: [] },
  街道: { any: ['乡', '镇'], own: [] },
  区: { any: ['县'], own: ['乡', '镇', '街道'] },
  县: { any: ['区'], own: ['乡', '镇', '街道'] },
  市: { any: [], own: ['县', '区', '乡', '镇', '街道'] },
  省: { any: [], own: ['市', '县', '区', '乡', '镇', '街道'] },
  机关: { any: [], own: ['省', '市', '县', '区', '乡', '镇', '街道'] },
};
const SELF_WORD = /(我|本|全)(街道|省|市|县|区|乡|镇)(?![长委级属域间镇村])/g;

function kindOf(name: string): Kind | null {
  const n = name.replace(/(?:人民政府|政府|办事处|管委会|管理委员会)$/, '');
  if (/街道$/.test(n)) return '街道';
  const last = /(省|市|县|区|乡|镇)$/.exec(n)?.[1];
  if (last) return last as Kind;
  return /(?:局|委|办|厅|署|中心|室|处|院|所|站|队)$/.test(n) ? '机关' : null;
}

/** A 乡 writing 我镇, a 区 writing 我县, a 市局 writing 我区: the agency calling itself what it is not. */
export function checkSelfReference(report: Report, ctx: CheckContext): Finding[] {
  const prose = ctx.prose ?? '';
  const words = [...prose.matchAll(SELF_WORD)].map((m) => ({
    prefix: m[1] as string,
    unit: m[2] as string,
    at: m.index ?? 0,
  }));
  if (words.length === 0) return [];
  const name = report.agency.name;
  const kind = (name && kindOf(name)) ?? dominant(words);
  if (!kind) return [];
  const rule = WRONG[kind];
  // A department named after its territory (某区教育局) speaks of that territory as 我区.
  const named = kind === '机关' && name ? new Set(TERRITORIAL.filter((u) => name.includes(u))) : new Set<string>();
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const w of words) {
    const word = w.prefix + w.unit;
    const wrong = rule.any.includes(w.unit) || (w.prefix !== '全' && rule.own.includes(w.unit) && !named.has(w.unit));
    if (!wrong || seen.has(word)) continue;
    seen.add(word);
    const who = name ? `${name}是${kind === '机关' ? '机关（部门）' : kind}` : `本报告通篇自称“${kind}”`;
    out.push(
      finding('IDENTITY.SELF_REFERENCE', `${who}，正文却自称“${word}”，请改为与本机关类别一致的称呼`, {
        actual: word,
        ...at(ctx, w.at, w.at + word.length),
      }),
    );
  }
  return out;
}

/** Without a name: the territorial kind the text calls itself most (at least twice). */
function dominant(words: readonly { unit: string }[]): Kind | null {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.unit, (counts.get(w.unit) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 ? (top[0] as Kind) : null;
}

const DRAFT_MARK = /[（(【[]\s*(草\s*稿|征求意见稿|送审稿|讨论稿)/g;
const PROMPT = /【\s*待填写[：:]?([^】\n]{0,80})】/g;

/** A published text with the builder's 【待填写】 prompts or a 草稿 mark is not a finished report (the builder's rule). */
export function checkPlaceholders(report: Report, ctx: CheckContext): Finding[] {
  if (report.source.kind === 'live' || !ctx.prose) return []; // a built report gets these from its own texts
  const out: Finding[] = [];
  for (const m of ctx.prose.matchAll(PROMPT)) {
    const hint = (m[1] ?? '').trim();
    const block = TEXT_BLOCKS.find((b) => b.hint === hint);
    const what = block ? `「${block.label}」` : `“${m[0]}”处`;
    out.push(
      finding('TEXT.PLACEHOLDER', `${what}尚未填写（仍是“${PLACEHOLDER}…】”提示），不是可以公布的报告`, {
        actual: block?.key ?? hint,
        ...at(ctx, m.index ?? 0, (m.index ?? 0) + m[0].length),
      }),
    );
  }
  const mark = DRAFT_MARK.exec(ctx.prose);
  DRAFT_MARK.lastIndex = 0;
  if (mark) {
    out.push(
      finding(
        'TEXT.PLACEHOLDER',
        `文中标有“${(mark[1] ?? '').replace(/\s/g, '')}”，这是未定稿的报告，不是正式公布的年度报告`,
        { actual: 'draft', ...at(ctx, mark.index, mark.index + mark[0].length) },
      ),
    );
  }
  return out;
}

/** Anything that reads as an annual report: a table, or the words of its title and headings. */
export function looksLikeReport(report: Report, prose: string | null | undefined): boolean {
  const t = report.tables;
  if (t.proactive || t.applications || t.appeals) return true;
  const p = prose ?? '';
  return (
    /政\s*府\s*信\s*息\s*公\s*开|政\s*务\s*公\s*开/.test(p) &&
    /年\s*度\s*报\s*告|总\s*体\s*情\s*况|主\s*动\s*公\s*开|依\s*申\s*请\s*公\s*开/.test(p)
  );
}

export function checkNotAReport(report: Report, ctx: CheckContext): Finding[] {
  if (report.source.kind === 'live' || looksLikeReport(report, ctx.prose)) return [];
  return [
    finding(
      'PARSE.NOT_A_REPORT',
      '这不是政府信息公开工作年度报告：既没有年度报告的标题和章节，也没有表二、表三、表四，请确认选对了文件',
    ),
  ];
}
