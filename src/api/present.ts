// The JSON shapes the API returns, and their schemas for the OpenAPI document.
import { z } from 'zod';
import type { Agency } from '../agencies/store.ts';
import type { StaffUser } from '../staff/store.ts';

export const AgencyJson = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parent: z.string().nullable(),
  orgCode: z.string().nullable(),
});
export const UserJson = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  agency: z.string(),
  roles: z.array(z.string()),
  disabled: z.boolean(),
  locked: z.boolean(),
});

export function presentAgency(a: Agency, codeOf: (id: number) => string | undefined): z.infer<typeof AgencyJson> {
  return {
    code: a.code,
    name: a.name,
    kind: a.kind,
    parent: a.parentId ? (codeOf(a.parentId) ?? null) : null,
    orgCode: a.orgCode,
  };
}

export function presentUser(u: StaffUser, now: Date): z.infer<typeof UserJson> {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    agency: u.agencyCode,
    roles: u.roles,
    disabled: u.disabled,
    locked: !!u.lockedUntil && u.lockedUntil > now.toISOString(),
  };
}
