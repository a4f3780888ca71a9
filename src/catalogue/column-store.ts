// SQL for an agency's columns and catalogue settings (the 信息公开指南 contact block, whether 签发 is required).
import type { Db } from '../db/connect.ts';
import { bumpPublicVersion } from '../db/public-version.ts';
import type { ColumnTemplate, UpdateClass } from './columns.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export type Column = {
  id: number;
  agencyId: number;
  name: string;
  cls: UpdateClass;
  key: boolean;
  basis: string | null;
  nothingNewUntil: string | null;
  ownerUserId: number | null;
};

export type Guide = {
  office: string;
  address: string;
  hours: string;
  phone: string;
  fax: string;
  email: string;
  postcode: string;
  website: string;
};
export const EMPTY_GUIDE: Guide = {
  office: '',
  address: '',
  hours: '',
  phone: '',
  fax: '',
  email: '',
  postcode: '',
  website: '',
};
export type Settings = { requireSignOff: boolean; guide: Guide };

export async function listColumns(db: Q, agencyId: number): Promise<Column[]> {
  const rows = await db
    .selectFrom('catalogue_columns')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('sort')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    name: r.name,
    cls: r.update_class as UpdateClass,
    key: Number(r.is_key) === 1,
    basis: r.basis,
    nothingNewUntil: r.nothing_new_until,
    ownerUserId: r.owner_user_id === null ? null : Number(r.owner_user_id),
  }));
}

export async function insertColumns(
  db: Q,
  agencyId: number,
  template: readonly ColumnTemplate[],
  now: string,
): Promise<void> {
  await db
    .insertInto('catalogue_columns')
    .values(
      template.map((c, i) => ({
        agency_id: agencyId,
        name: c.name,
        update_class: c.cls,
        is_key: c.key ? 1 : 0,
        basis: c.basis ?? null,
        sort: (i + 1) * 10,
        created_at: now,
      })),
    )
    .execute();
  await bumpPublicVersion(db, agencyId); // the portal's column filter lists them
}

export async function setNothingNew(db: Q, agencyId: number, columnId: number, until: string): Promise<boolean> {
  const r = await db
    .updateTable('catalogue_columns')
    .set({ nothing_new_until: until })
    .where('id', '=', columnId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function getSettings(db: Q, agencyId: number): Promise<Settings | undefined> {
  const r = await db
    .selectFrom('catalogue_settings')
    .select(['require_sign_off', 'guide'])
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return (
    r && {
      requireSignOff: Number(r.require_sign_off) === 1,
      guide: { ...EMPTY_GUIDE, ...(JSON.parse(r.guide) as Partial<Guide>) },
    }
  );
}

export async function insertSettings(db: Q, agencyId: number, s: Settings, now: string): Promise<void> {
  await db
    .insertInto('catalogue_settings')
    .values({
      agency_id: agencyId,
      require_sign_off: s.requireSignOff ? 1 : 0,
      guide: JSON.stringify(s.guide),
      updated_at: now,
    })
    .execute();
}

export async function updateSettings(db: Q, agencyId: number, s: Settings, now: string): Promise<void> {
  await db
    .updateTable('catalogue_settings')
    .set({ require_sign_off: s.requireSignOff ? 1 : 0, guide: JSON.stringify(s.guide), updated_at: now })
    .where('agency_id', '=', agencyId)
    .execute();
  await bumpPublicVersion(db, agencyId); // the 指南 contact is in every portal page's footer
}

/** Date of the newest published entry per column (for the monitor). */
export async function lastPublishedByColumn(db: Q, agencyId: number): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('catalogue_entries')
    .select(['column_id'])
    .select((eb) => eb.fn.max('published_on').as('last'))
    .where('agency_id', '=', agencyId)
    .where('state', '=', 'published')
    .groupBy('column_id')
    .execute();
  return new Map(rows.filter((r) => r.last).map((r) => [Number(r.column_id), String(r.last)]));
}
