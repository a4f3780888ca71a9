// 政务公开事项标准目录 (国办发〔2019〕54号): each item's elements, the 公开渠道和载体 vocabulary and the standard column
// layout of the XLSX export (domain.md §6.3, identical across many published township catalogues). Pure.

export const CHANNEL_CARRIERS = [
  '政府网站',
  '两微一端',
  '广播电视',
  '公开查阅点',
  '便民服务站',
  '政府公报',
  '发布会/听证会',
  '纸质媒体',
  '政务服务中心',
  '入户/现场',
  '社区/企事业单位/村公示栏（电子屏）',
  '精准推送',
  '其他',
] as const;

export type StandardItem = {
  id?: number;
  level1: string; // 一级事项
  level2: string; // 二级事项
  content: string; // 公开内容（要素）
  basis: string; // 公开依据
  timeLimit: string; // 公开时限
  subject: string; // 公开主体
  channels: string[]; // 公开渠道和载体
  audience: 'all' | 'specific'; // 公开对象: 全社会 / 特定群众
  mode: 'active' | 'on_request'; // 公开方式: 主动 / 依申请公开
  tier: 'county' | 'township'; // 公开层级: 县级 / 乡级
  columnId?: number | null; // the 栏目 where the item's information is published
};

/** Two header rows with merged groups, as the published catalogues print them. */
export const HEADER_TOP = [
  '序号',
  '公开事项',
  '',
  '公开内容（要素）',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '',
  '公开方式',
  '',
  '公开层级',
  '',
];
export const HEADER_SUB = [
  '',
  '一级事项',
  '二级事项',
  '',
  '',
  '',
  '',
  '',
  '全社会',
  '特定群众',
  '主动',
  '依申请公开',
  '县级',
  '乡级',
];
/** Cells merged in the header: [top row, left col, bottom row, right col], 1-based. */
export const HEADER_MERGES: ReadonlyArray<[number, number, number, number]> = [
  [1, 1, 2, 1],
  [1, 2, 1, 3],
  [1, 4, 2, 4],
  [1, 5, 2, 5],
  [1, 6, 2, 6],
  [1, 7, 2, 7],
  [1, 8, 2, 8],
  [1, 9, 1, 10],
  [1, 11, 1, 12],
  [1, 13, 1, 14],
];

export function itemRow(n: number, it: StandardItem): string[] {
  const tick = (b: boolean) => (b ? '√' : '');
  const carriers = CHANNEL_CARRIERS.map((c) => `${it.channels.includes(c) ? '■' : '□'}${c}`).join(' ');
  return [
    String(n),
    it.level1,
    it.level2,
    it.content,
    it.basis,
    it.timeLimit,
    it.subject,
    carriers,
    tick(it.audience === 'all'),
    tick(it.audience === 'specific'),
    tick(it.mode === 'active'),
    tick(it.mode === 'on_request'),
    tick(it.tier === 'county'),
    tick(it.tier === 'township'),
  ];
}
