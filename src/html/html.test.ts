import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html } from './html.ts';

test('interpolated text is escaped, so a script tag in user input is shown, not run', () => {
  const name = '<script>alert("x")</script>&\'';
  assert.equal(
    html`<p title="${name}">${name}</p>`.value,
    '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>',
  );
});

test('nested templates and lists are inserted as markup, empty values as nothing', () => {
  const items = ['甲', '<乙>'].map((x) => html`<li>${x}</li>`);
  assert.equal(html`<ul>${items}${null}${false}${undefined}</ul>`.value, '<ul><li>甲</li><li>&lt;乙&gt;</li></ul>');
});
