/**
 * A Hugo reference site for the benchmark: the same releases and the same page set as
 * Thalaeng (release pages, the paginated home list, paginated ministry and province
 * pages, and their RSS feeds), with templates as plain as Hugo allows, so that the
 * ratio Thalaeng/Hugo measures the site generator rather than the design.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const BASE_OF = `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
`;

const SINGLE = `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ range .GetTerms "ministry" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{ range .GetTerms "provinces" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ .Content }}</article>
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}
`;

const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pages := where .Site.RegularPages "Section" "!=" "" }}{{ if not .IsHome }}{{ $pages = .Pages }}{{ end }}
{{ $pager := .Paginate $pages.ByDate.Reverse }}
<ol>{{ range $pager.Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 Jan 2006" }}</time><p>{{ .Summary | plainify | truncate 200 }}</p></li>{{ end }}</ol>
{{ with $pager.Prev }}<a href="{{ .URL }}">ก่อนหน้า</a>{{ end }}{{ with $pager.Next }}<a href="{{ .URL }}">ถัดไป</a>{{ end }}{{ end }}
`;

const TERMS = `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`;

/** Writes the Hugo project into `dir`, reading releases from `releasesDir`. */
export async function writeHugoSite(dir: string, releasesDir: string, publishDir: string): Promise<void> {
  const layouts = path.join(dir, 'layouts/_default');
  await mkdir(layouts, { recursive: true });
  await writeFile(
    path.join(dir, 'config.json'),
    JSON.stringify(
      {
        baseURL: 'https://thalaeng.example/',
        languageCode: 'th',
        title: 'แถลง',
        contentDir: releasesDir,
        publishDir,
        paginate: 20,
        taxonomies: { ministry: 'ministry', province: 'provinces' },
        disableKinds: ['sitemap', 'robotsTXT', '404'],
        outputs: { home: ['HTML', 'RSS'], section: ['HTML'], taxonomy: ['HTML'], term: ['HTML', 'RSS'] },
        services: { rss: { limit: 50 } },
        markup: { goldmark: { renderer: { unsafe: false } } },
      },
      null,
      2,
    ),
  );
  await writeFile(path.join(layouts, 'baseof.html'), BASE_OF);
  await writeFile(path.join(layouts, 'single.html'), SINGLE);
  await writeFile(path.join(layouts, 'list.html'), LIST);
  await writeFile(path.join(layouts, 'terms.html'), TERMS);
}

/** Debian's hugo, installed when missing (the benchmark machines run as root). */
export function ensureHugo(): string {
  try {
    return execFileSync('hugo', ['version']).toString().trim();
  } catch {
    execFileSync('apt-get', ['install', '-y', 'hugo'], { stdio: 'ignore' });
    return execFileSync('hugo', ['version']).toString().trim();
  }
}
