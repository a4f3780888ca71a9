// Mail settings come only from configuration: the folder by default, SMTP when GONGKAI_SMTP_URL is set (with a sender).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../config.ts';

const base = { GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_DATA_DIR: '/nonexistent-gongkai' };

test('without GONGKAI_SMTP_URL mail is dropped as files', () => {
  assert.deepEqual(loadConfig(base).mail, { kind: 'file' });
});

test('GONGKAI_SMTP_URL with GONGKAI_MAIL_FROM sends through SMTP', () => {
  const mail = loadConfig({
    ...base,
    GONGKAI_SMTP_URL: 'smtps://u:p@mail.example.gov.cn:465',
    GONGKAI_MAIL_FROM: 'gongkai@example.gov.cn',
  }).mail;
  assert.deepEqual(mail, { kind: 'smtp', url: 'smtps://u:p@mail.example.gov.cn:465', from: 'gongkai@example.gov.cn' });
});

test('an SMTP server without a sender address, or a URL of another scheme, is refused with how to fix it', () => {
  assert.throws(() => loadConfig({ ...base, GONGKAI_SMTP_URL: 'smtp://mail.example.gov.cn' }), /GONGKAI_MAIL_FROM/);
  assert.throws(
    () => loadConfig({ ...base, GONGKAI_SMTP_URL: 'http://mail.example.gov.cn', GONGKAI_MAIL_FROM: 'a@b.cn' }),
    /smtp:\/\//,
  );
});
