// The citizen's name and contact on a feedback item, opened from their sealed form: whole for staff who answer
// feedback, masked for everyone else and in every list.
import type { Config } from '../config.ts';
import { maskContact, maskName } from '../privacy/mask.ts';
import { sealer } from '../privacy/seal.ts';
import type { Feedback } from './store.ts';

export type WithContact = Feedback & { name: string | null; contact: string | null };

export function withContact(config: Pick<Config, 'dataKeys' | 'secret'>, f: Feedback, whole: boolean): WithContact {
  const s = sealer(config);
  const name = f.nameSealed === null ? null : s.open(f.nameSealed);
  const contact = f.contactSealed === null ? null : s.open(f.contactSealed);
  if (whole) return { ...f, name, contact };
  return { ...f, name: name === null ? null : maskName(name), contact: contact === null ? null : maskContact(contact) };
}
