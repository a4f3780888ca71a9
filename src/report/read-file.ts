// Reading a report file for the checker: size limit, kind by content (not by name), text encodings seen in
// practice (UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK); web pages are turned into text with their tables' grid. Anything else gets a Chinese reason, never an exception.
import { open, stat } from 'node:fs/promises';
import type { SourceKind } from './model.ts';
import mammoth from 'mammoth';
import { htmlToText } from './parse/html.ts';
import { checkDocxZip } from './parse/zip-guard.ts';
import { loadPdfParse } from '../files/pdf-parse.ts';

/** Annual reports are tens of kilobytes of text; a file far larger is not one (or is hostile). */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export type ReadResult =
  | { ok: true; kind: 'text' | 'html' | 'docx' | 'pdf'; text: string }
  | { ok: false; kind: SourceKind | 'unknown'; error: string };

export async function readReportFile(path: string): Promise<ReadResult> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return { ok: false, kind: 'unknown', error: '不是普通文件（可能是目录），请给出报告文件的路径' };
    size = s.size;
  } catch {
    return { ok: false, kind: 'unknown', error: '文件不存在或无法打开，请检查路径' };
  }
  if (size > MAX_TEXT_BYTES) {
    return {
      ok: false,
      kind: 'unknown',
      error: `文件过大（${(size / 1048576).toFixed(0)} MB），年度报告文本通常只有几十 KB，超过 ${MAX_TEXT_BYTES / 1048576} MB 的文件不予读取`,
    };
  }
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  return decodeReport(bytes);
}

/** Word tables become HTML tables (merged cells kept), then text with the same grid as a web page. */
async function readDocx(bytes: Buffer): Promise<ReadResult> {
  const guard = await checkDocxZip(bytes);
  if (!guard.ok) return { ok: false, kind: 'docx', error: guard.error };
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    return { ok: true, kind: 'docx', text: htmlToText(value) };
  } catch (err) {
    return {
      ok: false,
      kind: 'docx',
      error: `Word 文件无法解析（${(err as Error).message.slice(0, 80)}），请用 Word 另存为 .docx 后重试`,
    };
  }
}

/** PDF text items joined into lines, a tab where the horizontal gap between items shows a new cell. */
async function readPdf(bytes: Buffer): Promise<ReadResult> {
  const { PDFParse } = await loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const { text } = await parser.getText({ cellSeparator: '\t', pageJoiner: '' });
    if (!/[\u4e00-\u9fff]/.test(text))
      return { ok: false, kind: 'pdf', error: 'PDF 中没有可提取的文字（可能是扫描件图片），请先做文字识别（OCR）' };
    return { ok: true, kind: 'pdf', text };
  } catch (err) {
    return {
      ok: false,
      kind: 'pdf',
      error: `PDF 文件无法解析（${(err as Error).message.slice(0, 80)}），请确认文件完整`,
    };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

const NOT_YET = '的读取器尚未提供；请先转换为纯文本（例如 PDF 用 pdftotext -layout，网页或 Word 另存为 .txt）再检查';

export async function decodeReport(bytes: Buffer): Promise<ReadResult> {
  const head = bytes.subarray(0, 8);
  if (bytes.length >= 5 && head.subarray(0, 5).toString('latin1') === '%PDF-') return readPdf(bytes);
  if (bytes.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return readDocx(bytes);
  if (bytes.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0)
    return { ok: false, kind: 'docx', error: `这是旧版 Word（.doc）文件，Word ${NOT_YET}` };
  const text = decodeText(bytes);
  if (text === null)
    return { ok: false, kind: 'unknown', error: '不是文本文件（内容是二进制数据或编码无法识别），请确认选对了文件' };
  if (/^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)|<table[\s>]|<body[\s>]/i.test(text.slice(0, 4096))) {
    return { ok: true, kind: 'html', text: htmlToText(text) };
  }
  return { ok: true, kind: 'text', text };
}

function decodeText(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return tryDecode('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) return null;
  const text = tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes);
  if (text === null) return null;
  const control = (text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
  return control > Math.max(8, text.length / 100) ? null : text;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
