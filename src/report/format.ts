// The national annual-report format as data (domain.md §3): sections, the tables, row keys, verbatim 中文 labels and
// column keys, for the 2021 format (国办公开办函〔2021〕30号) and the 2019 试行 format (国办公开办函〔2019〕60号).
// Parser, checks and renderers all read these tables, so a row added here appears everywhere.
// Every row key, column key and label of the three tables is typed here once; the report model, the outcome taxonomy,
// the renderers and the parser take their unions and labels from this file.

/** The two national formats: 国办公开办函〔2021〕30号, and the 2019 试行 format it replaced. */
export type FormatVersion = '2021' | '2019';

export const FORMAT_NAMES: Record<FormatVersion, string> = {
  '2021': '国办公开办函〔2021〕30号格式',
  '2019': '2019年试行格式（国办公开办函〔2019〕60号）',
};

/** Section headings of the report body, in the national order (§3.3; the 2019 format uses the same six). */
export const SECTIONS = [
  { key: 'overview', label: '一、总体情况' },
  { key: 'proactive', label: '二、主动公开政府信息情况' },
  { key: 'applications', label: '三、收到和处理政府信息公开申请情况' },
  { key: 'appeals', label: '四、政府信息公开行政复议、行政诉讼情况' },
  { key: 'problems', label: '五、存在的主要问题及改进情况' },
  { key: 'other', label: '六、其他需要报告的事项' },
] as const;

// ── 表三 ──────────────────────────────────────────────────────────────────────────────────────────────────────────
/** The applicant columns whose sum is the row's 总计, in printed order. */
export const APPLICANT_PARTS = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg'] as const;
export type ApplicantPart = (typeof APPLICANT_PARTS)[number];
/** The five kinds of 法人或其他组织: an organisation applying says which. */
export const ORGANISATION_KINDS = [
  'commercial',
  'research',
  'social',
  'legal',
  'otherOrg',
] as const satisfies readonly ApplicantPart[];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type ApplicantColumn = ApplicantPart | 'total';
/** The header above the applicant columns, and the group heading of the five organisation columns. */
export const APPLICANTS_HEADER = '申请人情况';
export const ORGANISATIONS = '法人或其他组织';
export const APPLICANT_COLUMNS: readonly { key: ApplicantColumn; label: string; group?: string }[] = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业', group: ORGANISATIONS },
  { key: 'research', label: '科研机构', group: ORGANISATIONS },
  { key: 'social', label: '社会公益组织', group: ORGANISATIONS },
  { key: 'legal', label: '法律服务机构', group: ORGANISATIONS },
  { key: 'otherOrg', label: '其他', group: ORGANISATIONS },
  { key: 'total', label: '总计' },
];
export const APPLICANT_LABELS = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, c.label])) as Readonly<
  Record<ApplicantColumn, string>
>;
export const isApplicantColumn = (key: string): key is ApplicantColumn => Object.hasOwn(APPLICANT_LABELS, key);

export type ApplicationRowKind = 'intake' | 'result' | 'total' | 'carriedOut';
type ApplicationRowDef = {
  key: string;
  /** Verbatim label as printed (the group prefix such as "（三）" is in `group`). */
  label: string;
  /** Group heading printed before the first row of a group, with no numbers of its own. */
  group?: string;
  kind: ApplicationRowKind;
  formats: readonly FormatVersion[];
};

const BOTH = ['2021', '2019'] as const;
const ROWS = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', kind: 'intake', formats: BOTH },
  { key: 'carriedIn', label: '二、上年结转政府信息公开申请数量', kind: 'intake', formats: BOTH },
  { key: 'disclosed', label: '（一）予以公开', kind: 'result', formats: BOTH },
  {
    key: 'partiallyDisclosed',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    kind: 'result',
    formats: BOTH,
  },
  { key: 'withheld.stateSecret', group: '（三）不予公开', label: '1.属于国家秘密', kind: 'result', formats: BOTH },
  { key: 'withheld.prohibitedByLaw', label: '2.其他法律行政法规禁止公开', kind: 'result', formats: BOTH },
  { key: 'withheld.endangersSecurity', label: '3.危及“三安全一稳定”', kind: 'result', formats: BOTH },
  { key: 'withheld.thirdPartyRights', label: '4.保护第三方合法权益', kind: 'result', formats: BOTH },
  { key: 'withheld.internalAffairs', label: '5.属于三类内部事务信息', kind: 'result', formats: BOTH },
  { key: 'withheld.processInformation', label: '6.属于四类过程性信息', kind: 'result', formats: BOTH },
  { key: 'withheld.enforcementFile', label: '7.属于行政执法案卷', kind: 'result', formats: BOTH },
  { key: 'withheld.administrativeQuery', label: '8.属于行政查询事项', kind: 'result', formats: BOTH },
  {
    key: 'unavailable.notHeld',
    group: '（四）无法提供',
    label: '1.本机关不掌握相关政府信息',
    kind: 'result',
    formats: BOTH,
  },
  { key: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', kind: 'result', formats: BOTH },
  { key: 'unavailable.unclearAfterCorrection', label: '3.补正后申请内容仍不明确', kind: 'result', formats: BOTH },
  {
    key: 'notProcessed.petition',
    group: '（五）不予处理',
    label: '1.信访举报投诉类申请',
    kind: 'result',
    formats: BOTH,
  },
  { key: 'notProcessed.duplicate', label: '2.重复申请', kind: 'result', formats: BOTH },
  { key: 'notProcessed.publication', label: '3.要求提供公开出版物', kind: 'result', formats: BOTH },
  { key: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', kind: 'result', formats: BOTH },
  { key: 'notProcessed.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', kind: 'result', formats: BOTH },
  // 2021: （六）其他处理 has three sub-rows; 2019: one row of its own (§3.6).
  {
    key: 'other.noCorrection',
    group: '（六）其他处理',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    kind: 'result',
    formats: ['2021'],
  },
  {
    key: 'other.unpaidFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    kind: 'result',
    formats: ['2021'],
  },
  { key: 'other.other', label: '3.其他', kind: 'result', formats: ['2021'] },
  { key: 'other', label: '（六）其他处理', kind: 'result', formats: ['2019'] },
  { key: 'total', label: '（七）总计', kind: 'total', formats: BOTH },
  { key: 'carriedOut', label: '四、结转下年度继续办理', kind: 'carriedOut', formats: BOTH },
] as const satisfies readonly ApplicationRowDef[];
/** Every row key of 表三, of both formats. */
export type ApplicationRowKey = (typeof ROWS)[number]['key'];
/** The result rows （一）…（六）: what a case closes with. */
export type ResultRowKey = Extract<(typeof ROWS)[number], { kind: 'result' }>['key'];
/** The result rows of the 2021 format (the 2019 format's single （六） row aside): the rows the outcome taxonomy fills. */
export type ResultRowKey2021 = Exclude<ResultRowKey, 'other'>;
export type ApplicationRow = ApplicationRowDef & { key: ApplicationRowKey };
export const APPLICATION_ROWS: readonly ApplicationRow[] = ROWS;
export const APPLICATION_ROW_KEYS = ROWS.map((r) => r.key) as readonly ApplicationRowKey[];
export const APPLICATIONS_GROUP_LABEL = '三、本年度办理结果';
/** The only relation printed in the format (§3.5), in the top-left merged header cell. */
export const APPLICATIONS_BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export function applicationRows(format: FormatVersion): readonly ApplicationRow[] {
  return APPLICATION_ROWS.filter((r) => r.formats.includes(format));
}
/** How many rows each group heading （三）…（六） spans in a format (the rowspan of its merged cell). */
export function applicationGroupSpans(format: FormatVersion): Map<string, number> {
  const spans = new Map<string, number>();
  let current = '';
  for (const r of applicationRows(format)) {
    if (r.group) current = r.group;
    else if (!r.key.includes('.')) current = '';
    if (current) spans.set(current, (spans.get(current) ?? 0) + 1);
  }
  return spans;
}

/**
 * The six outcome groups of 表三 （一）…（六）, by the key their rows start with, labelled without their numbering
 * (（一）予以公开 → 予以公开, （三）不予公开's rows → 不予公开): the words of the outcome chart and the prose.
 */
export const RESULT_GROUPS: readonly { key: string; label: string }[] = (() => {
  const plain = (label: string) => label.replace(/^（[一二三四五六七]）/, '').replace(/（[^）]*）$/, '');
  const out: { key: string; label: string }[] = [];
  let group = '';
  for (const r of applicationRows('2021')) {
    if (r.group) group = r.group;
    else if (!r.key.includes('.')) group = '';
    if (r.kind !== 'result') continue;
    const key = r.key.split('.')[0] as string;
    if (!out.some((g) => g.key === key)) out.push({ key, label: plain(r.key.includes('.') ? group : r.label) });
  }
  return out;
})();
export const RESULT_GROUP_LABELS = Object.fromEntries(RESULT_GROUPS.map((g) => [g.key, g.label])) as Readonly<
  Record<string, string>
>;
/** Whether a 表三 row belongs to an outcome group (its key, or its key followed by a dot). */
export const inResultGroup = (row: string, group: string): boolean => row === group || row.startsWith(`${group}.`);

export const applicationRow = (key: string): ApplicationRow | undefined => APPLICATION_ROWS.find((r) => r.key === key);
/** A row's label without its numbering, for staff pages: "（三）不予公开 · 属于国家秘密". */
export function applicationRowLabel(key: ApplicationRowKey): string {
  let group = '';
  for (const r of APPLICATION_ROWS) {
    if (r.group) group = r.group;
    else if (!r.key.includes('.')) group = '';
    if (r.key === key) return `${r.key.includes('.') && group ? `${group} · ` : ''}${r.label.replace(/^\d+\./, '')}`;
  }
  return key;
}

// ── 表二 ──────────────────────────────────────────────────────────────────────────────────────────────────────────
type ProactiveColumnDef = {
  key: string;
  label: string /** May be negative (本年增/减). */;
  signed?: boolean /** May be fractional. */;
  fractional?: boolean;
};
type ProactiveBlockDef = {
  item: string;
  columns: readonly ProactiveColumnDef[];
  rows: readonly { key: string; label: string }[];
};

const ITEMS_2019 = [
  { key: 'previousItems', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', signed: true },
  { key: 'decisions', label: '处理决定数量' },
] as const;

const BLOCKS = {
  '2021': [
    {
      item: '第二十条第（一）项',
      columns: [
        { key: 'issued', label: '本年制发件数' },
        { key: 'repealed', label: '本年废止件数' },
        { key: 'inForce', label: '现行有效件数' },
      ],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocuments', label: '行政规范性文件' },
      ],
    },
    {
      item: '第二十条第（五）项',
      columns: [{ key: 'decisions', label: '本年处理决定数量' }],
      rows: [{ key: 'licensing', label: '行政许可' }],
    },
    {
      item: '第二十条第（六）项',
      columns: [{ key: 'decisions', label: '本年处理决定数量' }],
      rows: [
        { key: 'penalties', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      item: '第二十条第（八）项',
      columns: [{ key: 'amountWanYuan', label: '本年收费金额（单位：万元）', fractional: true }],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
  ],
  '2019': [
    {
      item: '第二十条第（一）项',
      columns: [
        { key: 'newlyMade', label: '本年新制作数量' },
        { key: 'newlyPublished', label: '本年新公开数量' },
        { key: 'totalPublished', label: '对外公开总数量' },
      ],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocuments', label: '规范性文件' },
      ],
    },
    {
      item: '第二十条第（五）项',
      columns: ITEMS_2019,
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'otherServices', label: '其他对外管理服务事项' },
      ],
    },
    {
      item: '第二十条第（六）项',
      columns: ITEMS_2019,
      rows: [
        { key: 'penalties', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      item: '第二十条第（八）项',
      columns: [ITEMS_2019[0], ITEMS_2019[1]],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
    {
      item: '第二十条第（九）项',
      columns: [
        { key: 'items', label: '采购项目数量' },
        { key: 'amount', label: '采购总金额', fractional: true },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购' }],
    },
  ],
} as const satisfies Record<FormatVersion, readonly ProactiveBlockDef[]>;

/** Every row key and column key of 表二, of both formats. */
export type ProactiveRowKey = (typeof BLOCKS)[FormatVersion][number]['rows'][number]['key'];
export type ProactiveColumnKey = (typeof BLOCKS)[FormatVersion][number]['columns'][number]['key'];
export type ProactiveColumn = ProactiveColumnDef & { key: ProactiveColumnKey };
export type ProactiveRow = { key: ProactiveRowKey; label: string };
export type ProactiveBlock = { item: string; columns: readonly ProactiveColumn[]; rows: readonly ProactiveRow[] };
export const PROACTIVE_BLOCKS: Readonly<Record<FormatVersion, readonly ProactiveBlock[]>> = BLOCKS;
export const PROACTIVE_HEADER = '信息内容';
/** Every 表二 row key of both formats, in print order (the 2019 rows in their places). */
export const PROACTIVE_ROW_KEYS: readonly ProactiveRowKey[] = [
  'regulations',
  'normativeDocuments',
  'licensing',
  'otherServices',
  'penalties',
  'coercion',
  'fees',
  'procurement',
];

/**
 * Header words that only one format prints, so a block's format can be told from its header (§3.6): the column labels
 * (their letters, without the unit in brackets) that no label of the other format contains (2019's 处理决定数量 is
 * inside 2021's 本年处理决定数量, so it marks nothing).
 */
export const PROACTIVE_HEADER_MARKERS: readonly { text: string; format: FormatVersion }[] = (() => {
  const letters = (l: string) => l.replace(/（[^）]*）/g, '').replace(/[^\u4e00-\u9fff]/g, '');
  const of = (f: FormatVersion) => [
    ...new Set(PROACTIVE_BLOCKS[f].flatMap((b) => b.columns.map((c) => letters(c.label)))),
  ];
  const other = (f: FormatVersion): FormatVersion => (f === '2021' ? '2019' : '2021');
  return (['2021', '2019'] as const).flatMap((f) =>
    of(f)
      .filter((t) => !of(other(f)).some((o) => o.includes(t)))
      .map((text) => ({ text, format: f })),
  );
})();

// ── 表四 ──────────────────────────────────────────────────────────────────────────────────────────────────────────
export const APPEAL_GROUP_KEYS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
export type AppealGroup = (typeof APPEAL_GROUP_KEYS)[number];
export type AppealColumn = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';
export const APPEAL_GROUPS: readonly { key: AppealGroup; label: string }[] = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'litigationDirect', label: '行政诉讼 · 未经复议直接起诉' },
  { key: 'litigationAfterReconsideration', label: '行政诉讼 · 复议后起诉' },
];
export const APPEAL_COLUMNS: readonly { key: AppealColumn; label: string }[] = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
];
export const APPEAL_PARTS: readonly AppealColumn[] = ['upheld', 'corrected', 'other', 'pending'];
