// A stored letter's content drawn as a 公文 (GB/T 9704-2012 信函格式): DOCX by letter-docx.ts, PDF by letter-pdf.ts.
export { letterDocx } from './letter-docx.ts';
export { letterPdf } from './letter-pdf.ts';
