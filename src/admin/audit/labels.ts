// The audit log in words: each action, object and summary field by its Chinese name, and the values of the known
// vocabularies (case states and steps, outcomes, channels, roles, catalogue states …) by their labels. The tables are
// keyed by the closed union of audit events, so a new action without a label does not compile.
import { AGENCY_KIND_LABELS } from '../../agencies/kinds.ts';
import { APPEAL_KINDS, DECISIONS } from '../../appeals/outcomes.ts';
import type { AuditEvent } from '../../audit/events.ts';
import { ROLE_LABELS } from '../../auth/roles.ts';
import { CHANNEL_LABELS } from '../../catalogue/channels.ts';
import { DISCLOSURE_LABELS, GENRE_LABELS, VALIDITY_LABELS } from '../../catalogue/item.ts';
import { ACTION_LABELS as REVIEW_ACTIONS, STATE_LABELS as ENTRY_STATES } from '../../catalogue/review.ts';
import { INTAKE_LABELS } from '../../requests/clock.ts';
import { EVENT_LABELS, STATE_LABELS } from '../../requests/lifecycle.ts';
import { OUTCOMES } from '../../requests/outcomes.ts';
import { LETTER_TITLES } from '../../requests/letter-kinds.ts';
import { REPORT_STATE_LABELS } from '../../report/store.ts';

export const AUDIT_ACTION_LABELS = {
  'agency.created': '新建机关', 'agency.updated': '修改机关信息', 'user.created': '新建账号', 'user.roles_changed': '调整角色',
  'user.password_changed': '修改密码', 'user.password_change_required': '要求下次登录时修改密码', 'user.disabled': '停用或启用账号', 'user.unlocked': '解除锁定', 'user.locked': '登录失败过多，账号锁定',
  'user.login': '登录', 'user.login_failed': '登录失败', 'user.logout': '退出登录', 'token.created': '创建接口令牌', 'token.revoked': '吊销接口令牌',
  'access.denied': '拒绝访问', 'calendar.year_loaded': '载入年度放假安排', 'calendar.deadlines_moved': '放假安排变化，重算期限',
  'demo.seeded': '载入演示数据', 'feedback.received': '收到意见', 'feedback.replied': '答复意见', 'feedback.published': '公开或撤下意见答复',
  'training.recorded': '记录培训', 'accountability.recorded': '记录责任追究', 'responsibility.assigned': '明确工作职责', 'rule.adopted': '制定或修订制度',
  'assessment.opened': '发起工作考核', 'assessment.scored': '考核打分', 'key_task.added': '新增重点工作任务', 'key_task.completed': '重点工作任务完成',
  'appeal.recorded': '登记复议或诉讼', 'appeal.updated': '更新复议或诉讼进展', 'appeal.document_added': '归档复议或诉讼文书',
  'catalogue.columns_created': '建立目录栏目', 'catalogue.column_quiet': '栏目暂无更新说明', 'catalogue.settings_changed': '修改目录设置',
  'catalogue.entry_created': '新建公开信息', 'catalogue.entry_updated': '修改公开信息', 'catalogue.reviewed': '审查公开信息',
  'catalogue.published': '发布公开信息', 'catalogue.withdrawn': '撤下公开信息', 'catalogue.corrected': '更正公开信息',
  'catalogue.correction_drafted': '起草更正', 'catalogue.attachment_added': '添加附件', 'catalogue.attachment_removed': '删除附件',
  'catalogue.scanned': '敏感信息扫描', 'catalogue.decisions_recorded': '登记第二十条事项', 'catalogue.standard_item_saved': '保存标准目录事项',
  'catalogue.media_account_saved': '保存新媒体账号', 'catalogue.channel_posted': '在其他渠道发布', 'catalogue.finding_resolved': '处理扫描发现',
  'request.submitted': '收到申请', 'request.step': '办理步骤', 'request.transferred': '转送申请', 'request.assigned': '指定承办人',
  'request.personal_viewed': '查看申请人完整个人信息', 'request.attachment_viewed': '查看申请附件', 'request.lookup_refused': '查询码核对失败',
  'request.letter_issued': '出具告知书', 'data.rekeyed': '更换个人信息加密密钥', 'request.reminders_queued': '发送到期提醒',
  'request.deadline_notice_seen': '确认期限变化提示', 'report.texts_saved': '保存年度报告文字', 'report.frozen': '年度报告年终封账',
  'report.published': '公布年度报告', 'report.finding_reviewed': '审核检查发现', 'report.uploaded': '上传报告检查', 'report.rechecked': '重新检查报告',
  'catalogue.column_reminded': '提醒栏目更新', 'catalogue.column_owner_set': '指定栏目责任人', 'catalogue.column_notice_seen': '确认栏目提醒',
  'outbox.retry': '重新发送邮件',
} as const satisfies Record<AuditEvent['action'], string>;

export const AUDIT_OBJECT_LABELS = {
  agency: '机关', user: '账号', api_token: '接口令牌', access: '访问', calendar_year: '年度放假安排', feedback: '意见', training: '培训',
  accountability: '责任追究', responsibility: '工作职责', rule_document: '制度', assessment_round: '工作考核', key_task: '重点工作任务',
  appeal: '复议或诉讼', catalogue_column: '目录栏目', catalogue_entry: '公开信息', request: '申请', annual_report: '年度报告',
  report_finding_review: '检查发现的审核', report_upload: '报告检查', outbox: '邮件',
} as const satisfies Record<AuditEvent['objectType'], string>;

/** Summary fields by name; a field not listed is shown by a generic label rather than its key. */
const FIELD_LABELS: Record<string, string> = {
  code: '代码', name: '名称', kind: '类型', parent: '上级', before: '变更前', after: '变更后', username: '账号', roles: '角色', disabled: '停用',
  until: '截至', failures: '失败次数', prefix: '前缀', what: '对象', reason: '理由', year: '年度', source: '来源', holidays: '放假天数',
  workdays: '调休上班天数', notice: '通知', moved: '变化件数', subject: '标题', anonymous: '匿名', published: '公开', heldOn: '培训日期',
  topic: '主题', decidedOn: '决定日期', person: '人员', duty: '职责', series: '制度', version: '版本', title: '标题', items: '项目数',
  unit: '单位', task: '任务', doneOn: '完成日期', body: '复议机关或法院', filedOn: '提出日期', step: '步骤', columns: '栏目数',
  action: '动作', comment: '意见', from: '原状态', to: '新状态', indexNo: '索引号', number: '申请编号', channel: '渠道',
  receivedOn: '收到日期', event: '步骤', outcome: '结果', onDate: '日期', handler: '承办人', attachmentId: '附件', count: '件数',
  texts: '文字', blocks: '段落数', justification: '说明', refreeze: '重新封账', errors: '错误数', warnings: '警告数', batch: '批次',
  files: '文件数', unread: '未能读取', fingerprint: '发现编号', decision: '决定', recipient: '收件人', recipients: '收件人数',
  queued: '排队数', due: '期限', newDue: '新期限', acceptedOn: '受理日期', copyReceivedOn: '收到副本日期', answeredOn: '答复日期',
  extendedDays: '延长天数', type: '类型', filename: '文件名', flag: '标记', platform: '平台', posts: '发布数', owner: '责任人',
  staleAfter: '更新周期', since: '起始', late: '逾期', legacy: '原索引号', publishedOn: '发布日期', proactive: '主动公开',
  requireSignOff: '需签发', how: '方式', total: '合计', rows: '行数', open: '未结', received: '收到', replaced: '替换', readable: '可读',
  followers: '关注数', amountFen: '金额（分）', attempts: '尝试次数', correctionId: '更正', findingId: '发现', note: '备注',
  platformName: '平台名称', to_agency: '转送机关', toAgency: '转送机关', fromAgency: '原机关', state: '状态',
};

const VALUE_LABELS: Record<string, string> = Object.assign({},
  STATE_LABELS, EVENT_LABELS, ENTRY_STATES, REVIEW_ACTIONS, INTAKE_LABELS, ROLE_LABELS, AGENCY_KIND_LABELS, CHANNEL_LABELS, DISCLOSURE_LABELS,
  GENRE_LABELS, VALIDITY_LABELS, LETTER_TITLES, REPORT_STATE_LABELS,
  Object.fromEntries(Object.entries(OUTCOMES).map(([k, o]) => [k, o.label])),
  Object.fromEntries(Object.entries(APPEAL_KINDS).map(([k, o]) => [k, o.label])),
  Object.fromEntries(Object.entries(DECISIONS).map(([k, o]) => [k, o.label])),
  { ordinary: '普通程序', simplified: '简易程序', dismissed: '不予采纳', confirmed: '确认', third_party: '第三方', agency: '其他机关' });

/** One summary value in words: booleans 是/否, known codes by their label, lists and nested objects spelled out. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.map(valueText).join('、') || '—';
  if (typeof v === 'object') return summaryText(v as Record<string, unknown>);
  const s = String(v);
  return Object.hasOwn(VALUE_LABELS, s) ? VALUE_LABELS[s]! : s;
}

/** A summary as “标题：…；结果：…”, each field by its Chinese name. */
export function summaryText(summary: Record<string, unknown>): string {
  return Object.entries(summary).map(([k, v]) => `${FIELD_LABELS[k] ?? '其他'}：${valueText(v)}`).join('；');
}
