// What a queued message attaches, rendered when it leaves: a letter of a case as PDF from its stored snapshot (what
// was issued is what is sent, and a PDF is never kept twice). A table of kinds, one renderer each.
import type { Db } from '../db/connect.ts';
import type { LetterContent } from '../requests/letter.ts';
import { letterPdf } from '../requests/letter-pdf.ts';
import { findLetterById } from '../requests/letter-store.ts';
import type { AttachmentRef } from './store.ts';

export type MailFile = { filename: string; contentType: string; content: Buffer };

const RENDER = {
  async letter(db: Db, id: number): Promise<MailFile> {
    const l = await findLetterById(db, id);
    if (!l) throw new Error(`附件告知书 ${id} 不存在`);
    const content = l.content as unknown as LetterContent;
    return {
      filename: `${content.title}-${content.number}.pdf`,
      contentType: 'application/pdf',
      content: await letterPdf(content),
    };
  },
} satisfies Record<AttachmentRef['kind'], (db: Db, id: number) => Promise<MailFile>>;

export function renderAttachment(db: Db, ref: AttachmentRef): Promise<MailFile> {
  return RENDER[ref.kind](db, ref.id);
}
