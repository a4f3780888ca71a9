// Progressive enhancement of the application form: while the applicant types the name or description of the
// information sought, the agency's already-published catalogue items that match are shown (debounced), in the
// aria-live region the server rendered. Without this script the form's "先查一查是否已公开" button does the same.
(() => {
  const box = document.querySelector('[data-suggest-url]');
  const results = box?.querySelector('#suggest-results');
  if (!box || !results || !window.fetch) return;
  const inputs = ['f-infoTitle', 'f-infoDescription'].map((id) => document.getElementById(id)).filter(Boolean);
  let timer = 0;
  let last = '';
  let seq = 0;

  function render(items) {
    results.replaceChildren();
    if (!items.length) return;
    const intro = document.createElement('p');
    intro.textContent = '以下信息已经主动公开，可以直接查看（在新窗口打开，本页填写的内容不会丢失）：';
    const list = document.createElement('ul');
    list.className = 'suggestions';
    for (const s of items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = s.title;
      const index = document.createElement('span');
      index.className = 'muted';
      index.textContent = `索引号 ${s.indexNo}`;
      li.append(a, ' ', index);
      list.append(li);
    }
    results.append(intro, list);
  }

  async function lookUp() {
    const q = inputs
      .map((i) => i.value)
      .join(' ')
      .trim()
      .slice(0, 500);
    if (q === last) return;
    last = q;
    const mine = ++seq;
    if (Array.from(q).length < 2) return render([]);
    try {
      const res = await fetch(`${box.dataset.suggestUrl}?q=${encodeURIComponent(q)}`, {
        headers: { accept: 'application/json' },
      });
      if (!res.ok) return;
      const body = await res.json();
      if (mine === seq) render(body.items || []);
    } catch {
      // offline or rate-limited: the button still works
    }
  }

  for (const input of inputs) {
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(lookUp, 400);
    });
  }
})();
