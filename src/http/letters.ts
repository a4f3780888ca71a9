// Sends a letter as a DOCX or PDF download, for the back office and the applicant's status page alike.
import type { FastifyReply } from 'fastify';
import type { LetterContent } from '../requests/letter.ts';
import { letterDocx, letterPdf } from '../requests/render-letter.ts';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

export async function sendLetter(reply: FastifyReply, l: LetterContent, format: 'docx' | 'pdf') {
  const body = format === 'docx' ? await letterDocx(l) : await letterPdf(l);
  const name = encodeURIComponent(`${l.title}-${l.number}.${format}`);
  return reply.type(TYPES[format]).header('content-disposition', `attachment; filename*=UTF-8''${name}`).send(body);
}
