import type { CohortSection } from '../engine/cohort/cohort-sections.ts';
import { escapeHtml, markupText } from '../engine/cohort/markup.ts';

// The page stands alone (a trainer mails it or a scheduled job publishes it): its few styles travel inside it.
const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}th,td{border:1px solid #c8ccd2;padding:.25rem .5rem;text-align:left}
th{background:#eef1f4}figure{margin:1rem 0}svg{max-width:100%;height:auto}.bar-fill,.week-calls{fill:#5b7fa6;stroke:#1b1f24}
.bar-label,.bar-value,.axis-label,.legend,.week-mean-value,.week-calls-value{font-size:12px;fill:#1b1f24}.week-calls-value{fill:#fff}
.week-mean-line{stroke:#1b1f24;stroke-width:2;fill:none}.week-mean-marker{fill:#fff;stroke:#1b1f24;stroke-width:2}.axis{stroke:#1b1f24}`;

/** The cohort summary as one HTML page: each section's chart and table, and what was read to make it. */
export function reportHtml(sections: readonly CohortSection[], source: string[]): string {
  const body = sections.map(({ table, chart }) => {
    const head = `<tr>${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
    const rows = table.rows.map((row) => `<tr>${row.map((value) => `<td>${escapeHtml(String(value))}</td>`).join('')}</tr>`).join('\n');
    return `<section id="${table.id}">\n<h2>${escapeHtml(table.title)}</h2>\n<p>${escapeHtml(table.about)}</p>\n${chart ? markupText(chart) : ''}\n<table>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</section>`;
  });
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Frontline cohort report</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<h1>Frontline cohort report</h1>\n${source.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}\n${body.join('\n')}\n</body>\n</html>\n`;
}
