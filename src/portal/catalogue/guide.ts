// 信息公开指南, generated from the agency's settings and columns so it never goes out of date (条例第十二条; the usual
// structure of township guides, domain.md §8.3). The time limits are quoted from the regulation, not typed in.
import type { Column } from '../../catalogue/column-store.ts';
import { html, type Html } from '../../html/html.ts';
import type { RequestAuth } from '../../http/session.ts';
import { type Chrome, portalPage } from '../layout.ts';

export function guidePage(c: Chrome, columns: Column[], gk: RequestAuth): Html {
  const a = c.agency;
  const g = c.contact;
  const row = (label: string, value?: string) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : null);
  return portalPage(c, gk, {
    title: '信息公开指南',
    section: 'guide',
    body: html`<h1>${a.name}政府信息公开指南</h1>
<h2>一、说明</h2>
<p>为便于公民、法人和其他组织获取本机关的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。本指南根据本机关的设置自动生成，设置变更时随即更新。</p>
<h2>二、主动公开</h2>
<h3>（一）公开范围</h3>
<p>本机关主动公开的政府信息按以下栏目编排，详见<a href="/${a.code}/catalogue">信息公开目录</a>：</p>
<ul>${columns.map((col) => html`<li><a href="/${a.code}/catalogue?column=${col.id}">${col.name}</a>${col.basis ? html` <span class="muted">（${col.basis}）</span>` : null}</li>`)}</ul>
<h3>（二）公开方式</h3>
<p>本机关通过本网站、政务新媒体、政务公开栏等方式主动公开政府信息。</p>
<h3>（三）公开时限</h3>
<p>属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开（《条例》第二十六条）。法律、法规对政府信息公开的期限另有规定的，从其规定。</p>
<h3>（四）目录使用方法</h3>
<p>可按栏目、主题分类、发布年份和有效性浏览，也可<a href="/${a.code}/search">按名称、文号、内容概述、正文和附件内容检索</a>。每条信息的索引号唯一且不变。</p>
<h2>三、依申请公开</h2>
<h3>（一）受理机构</h3>
${
  g && (g.office || g.address || g.phone)
    ? html`<dl class="meta">${row('名称', g.office)}${row('办公地址', g.address)}${row('办公时间', g.hours)}${row('联系电话', g.phone)}${row('传真号码', g.fax)}${row('电子邮箱', g.email)}${row('邮政编码', g.postcode)}${row('互联网联系方式', g.website)}</dl>`
    : html`<p class="muted">受理机构的联系方式尚未填写。</p>`
}
<h3>（二）答复期限</h3>
<p>能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日（条例第三十三条）。</p>
<h3>（三）收费</h3>
<p>提供政府信息不收取费用；申请数量、频次明显超过合理范围的，可以依照《政府信息公开信息处理费管理办法》收取信息处理费（条例第四十二条）。</p>
<h2>四、监督和救济</h2>
<p>认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。</p>`,
  });
}
