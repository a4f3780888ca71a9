// 主动公开: columns (栏目), catalogue entries with their standard metadata and version history, review approvals,
// scanner findings, attachments, Article 20 registers, the agency's catalogue settings and the search index.
// Portable across SQLite and PostgreSQL; the search index is the one place the dialects differ (FTS5 vs tsvector).
import { type Kysely, sql } from 'kysely';
import { idColumn, isPostgres } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('catalogue_settings')
    .addColumn('agency_id', 'integer', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('require_sign_off', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('guide', 'text', (c) => c.notNull()) // JSON: office, address, hours, phone, fax, email, postcode
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('catalogue_columns'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('update_class', 'text', (c) => c.notNull())
    .addColumn('is_key', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('basis', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('nothing_new_until', 'text') // 本期无新增信息: declared quiet up to this date
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('catalogue_columns_name', ['agency_id', 'name'])
    .execute();

  await db.schema
    .createTable('catalogue_serials')
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('catalogue_serials_pk', ['agency_id', 'year'])
    .execute();

  await idColumn(db, db.schema.createTable('catalogue_entries'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('column_id', 'integer', (c) => c.notNull().references('catalogue_columns.id'))
    .addColumn('index_no', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('formed_on', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text')
    .addColumn('doc_no', 'text')
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('genre', 'text', (c) => c.notNull())
    .addColumn('disclosure', 'text', (c) => c.notNull())
    .addColumn('withheld_reason', 'text')
    .addColumn('validity', 'text', (c) => c.notNull())
    .addColumn('repealed_on', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('corrected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('reviewer_name', 'text')
    .addColumn('publisher_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('catalogue_entries_public')
    .on('catalogue_entries')
    .columns(['agency_id', 'state', 'published_on'])
    .execute();
  await db.schema
    .createIndex('catalogue_entries_column')
    .on('catalogue_entries')
    .columns(['column_id', 'state', 'published_on'])
    .execute();

  await idColumn(db, db.schema.createTable('catalogue_versions'))
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('catalogue_entries.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('catalogue_approvals'))
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('catalogue_entries.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('catalogue_attachments'))
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('catalogue_entries.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('text', 'text') // null: the text layer could not be read (blocks publication)
    .addColumn('removed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('catalogue_findings'))
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('catalogue_entries.id'))
    .addColumn('attachment_id', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text', (c) => c.notNull()) // masked: the finding itself is never stored in clear
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('catalogue_findings_entry')
    .on('catalogue_findings')
    .columns(['entry_id', 'state'])
    .execute();

  await idColumn(db, db.schema.createTable('catalogue_registers'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull().defaultTo(0)) // 行政事业性收费 in 分: money is never a float
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // What went out where (第二十三条 channels): WeChat article, bulletin-board notice, village broadcast.
  await idColumn(db, db.schema.createTable('catalogue_channel_posts'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('catalogue_entries.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  // 政务新媒体 accounts with their year-end figures (for the annual report).
  await idColumn(db, db.schema.createTable('media_accounts'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('followers', 'integer', (c) => c.notNull())
    .addColumn('posts', 'integer', (c) => c.notNull())
    .execute();

  // 政务公开事项标准目录 (国办发〔2019〕54号; columns of domain.md §6.3).
  await idColumn(db, db.schema.createTable('standard_items'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('level1', 'text', (c) => c.notNull())
    .addColumn('level2', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('time_limit', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('channels', 'text', (c) => c.notNull()) // JSON array of the 公开渠道和载体 vocabulary
    .addColumn('audience', 'text', (c) => c.notNull()) // all | specific
    .addColumn('mode', 'text', (c) => c.notNull()) // active | on_request
    .addColumn('tier', 'text', (c) => c.notNull()) // county | township
    .addColumn('column_id', 'integer')
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();

  // The search index holds published entries only: segmented tokens for words, the raw text for substrings.
  if (isPostgres(db)) {
    await db.schema
      .createTable('catalogue_search')
      .addColumn('entry_id', 'integer', (c) => c.primaryKey())
      .addColumn('agency_id', 'integer', (c) => c.notNull())
      .addColumn('tokens', 'text', (c) => c.notNull())
      .addColumn('raw', 'text', (c) => c.notNull())
      .execute();
    await sql`create index catalogue_search_tsv on catalogue_search using gin (to_tsvector('simple', tokens))`.execute(
      db,
    );
    await db.schema.createIndex('catalogue_search_agency').on('catalogue_search').column('agency_id').execute();
  } else {
    await sql`create virtual table catalogue_search using fts5(entry_id unindexed, agency_id unindexed, tokens, tokenize = 'unicode61')`.execute(
      db,
    );
    await sql`create virtual table catalogue_search_tri using fts5(entry_id unindexed, agency_id unindexed, raw, tokenize = 'trigram')`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await db.schema.dropTable('catalogue_search_tri').execute();
  for (const t of [
    'catalogue_search',
    'standard_items',
    'media_accounts',
    'catalogue_channel_posts',
    'catalogue_registers',
    'catalogue_findings',
    'catalogue_attachments',
    'catalogue_approvals',
    'catalogue_versions',
    'catalogue_entries',
    'catalogue_serials',
    'catalogue_columns',
    'catalogue_settings',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
