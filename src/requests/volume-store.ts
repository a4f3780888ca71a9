// SQL for 第三十五条's volume panel: one applicant's applications to the agency in a window (matched on the identity
// hash the system keeps, never on a name), other applicants' requests in the same window (their number, date, title
// and state only: no personal data leaves this query), and the agency's thresholds.
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export async function countApplicantIn(
  db: Q,
  agencyId: number,
  applicantHash: string,
  from: string,
  to: string,
): Promise<number> {
  const r = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('applicant_hash', '=', applicantHash)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export type OtherRequest = {
  id: number;
  number: string;
  receivedOn: string;
  state: string;
  infoTitle: string;
  infoDescription: string;
};

/** Other applicants' requests to the agency received in [from, to], newest first, at most `limit`. */
export async function listOthersIn(
  db: Q,
  agencyId: number,
  applicantHash: string,
  from: string,
  to: string,
  limit: number,
): Promise<OtherRequest[]> {
  const rows = await db
    .selectFrom('requests')
    .select(['id', 'number', 'received_on', 'state', 'info_title', 'info_description'])
    .where('agency_id', '=', agencyId)
    .where('applicant_hash', '<>', applicantHash)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .orderBy('received_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    number: r.number,
    receivedOn: r.received_on,
    state: r.state,
    infoTitle: r.info_title,
    infoDescription: r.info_description,
  }));
}

export type VolumeThresholds = { per30Days: number; per12Months: number };

export async function findThresholds(db: Q, agencyId: number): Promise<VolumeThresholds | undefined> {
  const r = await db
    .selectFrom('request_volume_settings')
    .select(['per_30_days', 'per_12_months'])
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return r && { per30Days: Number(r.per_30_days), per12Months: Number(r.per_12_months) };
}

export async function saveThresholds(db: Q, agencyId: number, t: VolumeThresholds, now: string): Promise<void> {
  await db
    .insertInto('request_volume_settings')
    .values({ agency_id: agencyId, per_30_days: t.per30Days, per_12_months: t.per12Months, updated_at: now })
    .onConflict((oc) =>
      oc.column('agency_id').doUpdateSet({ per_30_days: t.per30Days, per_12_months: t.per12Months, updated_at: now }),
    )
    .execute();
}
