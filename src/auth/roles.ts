// Roles of an agency's staff and what each may do. Data, checked by the compiler: a role without a row does not build.

/** 信息员 clerk · 审核人 reviewer · 保密审查员 secrecy reviewer · 工作机构负责人 head · 管理员 admin · 监督 supervisor. */
export const ROLES = ['clerk', 'reviewer', 'secrecy_reviewer', 'head', 'admin', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS = {
  clerk: '信息员',
  reviewer: '审核人',
  secrecy_reviewer: '保密审查员',
  head: '工作机构负责人',
  admin: '管理员',
  supervisor: '监督人员（上级）',
} as const satisfies Record<Role, string>;

export const PERMISSIONS = [
  'agency.read', // see the agency's own back office
  'subtree.read', // read every agency below its own (never write)
  'user.manage', // add staff, change roles, unlock accounts
  'audit.read', // read the agency's audit log
  'calendar.manage', // enter a year's holiday arrangement
  'request.handle', // register and handle 依申请公开 cases
  'request.approve_extension', // 第三十三条: extension needs the head's approval
  'catalogue.draft',
  'catalogue.review',
  'catalogue.secrecy_review',
  'catalogue.sign_off',
  'catalogue.publish', // release an approved entry, withdraw or correct a published one
  'catalogue.manage', // columns, settings, registers, standard catalogue, channels
  'report.build', // compute the annual report, write its text blocks
  'report.publish', // 年终封账 and publish the annual report (the head approves it)
  'feedback.handle', // reply to the public feedback box (社会评议)
  'feedback.moderate', // decide which replied feedback is shown publicly
  'supervision.record', // trainings, accountability records
  'appeal.record', // 行政复议 / 行政诉讼 cases about the agency's disclosure work
  'report.check', // upload published annual reports to the checker and review its findings
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS = {
  clerk: [
    'agency.read',
    'request.handle',
    'catalogue.draft',
    'catalogue.manage',
    'report.build',
    'feedback.handle',
    'appeal.record',
    'report.check',
  ],
  reviewer: ['agency.read', 'catalogue.review', 'catalogue.publish', 'report.build', 'feedback.moderate'],
  secrecy_reviewer: ['agency.read', 'catalogue.secrecy_review'],
  head: [
    'agency.read',
    'request.approve_extension',
    'catalogue.sign_off',
    'catalogue.publish',
    'report.build',
    'report.publish',
    'audit.read',
    'feedback.handle',
    'feedback.moderate',
    'supervision.record',
    'appeal.record',
  ],
  admin: ['agency.read', 'user.manage', 'audit.read', 'calendar.manage', 'catalogue.manage', 'supervision.record'],
  supervisor: ['agency.read', 'subtree.read', 'audit.read', 'report.check'],
} as const satisfies Record<Role, readonly Permission[]>;

export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
