// 依申请公开 cases: the case row (current state, an optimistic `version`), its append-only event history, the letters
// issued, and the outbox of messages to applicants. Every table carries agency_id so every query can be scoped.
// Personal data (ID numbers, phones, addresses) is stored sealed (AES-256-GCM, src/privacy/seal.ts), never in clear.
import type { Kysely } from 'kysely';
import { idColumn } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('requests'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('access_hash', 'text', (c) => c.notNull())
    .addColumn('submit_nonce', 'text', (c) => c.unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('receipt_evidence', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_hash', 'text', (c) => c.notNull())
    .addColumn('id_type', 'text')
    .addColumn('id_number_sealed', 'text')
    .addColumn('org_code', 'text')
    .addColumn('legal_rep', 'text')
    .addColumn('contact_person', 'text')
    .addColumn('phone_sealed', 'text')
    .addColumn('email', 'text')
    .addColumn('address_sealed', 'text')
    .addColumn('info_title', 'text', (c) => c.notNull())
    .addColumn('info_doc_number', 'text')
    .addColumn('info_description', 'text', (c) => c.notNull())
    .addColumn('form_wanted', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('handler_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('outcome', 'text')
    .addColumn('outcome_basis', 'text')
    .addColumn('transferred_from', 'integer', (c) => c.references('agencies.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('requests_agency_state').on('requests').columns(['agency_id', 'state']).execute();
  await db.schema.createIndex('requests_applicant').on('requests').columns(['applicant_hash', 'received_on']).execute();

  await idColumn(db, db.schema.createTable('request_events'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('state_after', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_events_request').on('request_events').columns(['request_id', 'id']).execute();

  await idColumn(db, db.schema.createTable('request_letters'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_letters_request').on('request_letters').column('request_id').execute();

  await idColumn(db, db.schema.createTable('request_attachments'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('stored_as', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_attachments_request').on('request_attachments').column('request_id').execute();

  await idColumn(db, db.schema.createTable('outbox'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['outbox', 'request_attachments', 'request_letters', 'request_events', 'requests'])
    await db.schema.dropTable(t).execute();
}
