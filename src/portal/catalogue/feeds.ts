// Machine-readable outputs of the portal: an Atom feed per column and the agency's sitemap. XML escaped like HTML.
import type { Agency } from '../../agencies/store.ts';
import type { Column } from '../../catalogue/column-store.ts';
import type { PublicEntry } from '../../catalogue/entry.ts';
import { escapeHtml as x } from '../../html/html.ts';

export function atomFeed(
  base: string,
  a: Agency,
  col: Column,
  entries: ReadonlyArray<Pick<PublicEntry, 'id' | 'title' | 'summary' | 'publishedOn'>>,
  updated: string,
): string {
  const self = `${base}/${a.code}/columns/${col.id}/feed.atom`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${x(`${a.name} · ${col.name}`)}</title>
<id>${x(self)}</id>
<link rel="self" href="${x(self)}"/>
<link href="${x(`${base}/${a.code}/catalogue?column=${col.id}`)}"/>
<updated>${x(updated)}</updated>
<author><name>${x(a.name)}</name></author>
${entries
  .map(
    (e) => `<entry>
<title>${x(e.title)}</title>
<id>${x(`${base}/${a.code}/catalogue/${e.id}`)}</id>
<link href="${x(`${base}/${a.code}/catalogue/${e.id}`)}"/>
<updated>${x(`${e.publishedOn}T00:00:00+08:00`)}</updated>
<summary>${x(e.summary)}</summary>
</entry>`,
  )
  .join('\n')}
</feed>
`;
}

/** The agency's pages and its subtree's entries (each under the code of the agency that published it). */
export function sitemap(
  base: string,
  a: Agency,
  entries: ReadonlyArray<Pick<PublicEntry, 'id' | 'publishedOn'> & { agency: { code: string } }>,
): string {
  const urls = [`${base}/${a.code}/`, `${base}/${a.code}/catalogue`, `${base}/${a.code}/guide`].map(
    (u) => `<url><loc>${x(u)}</loc></url>`,
  );
  for (const e of entries)
    urls.push(
      `<url><loc>${x(`${base}/${e.agency.code}/catalogue/${e.id}`)}</loc><lastmod>${x(e.publishedOn ?? '')}</lastmod></url>`,
    );
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
