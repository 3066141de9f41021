## The words around every problem

label-error = error
label-warning = warning
label-hint = hint
pointer-column = ^ column { $column }: { $word }

## Summaries

summary-problems = { PLURAL($count) ->
    [one] { $count } problem
   *[other] { $count } problems
}
summary-warnings = { PLURAL($count) ->
    [one] { $count } warning
   *[other] { $count } warnings
}
summary-not-built = The site was not built: { $problems } to fix. The previous output, if any, is unchanged.
summary-to-fix = { $problems } to fix.
summary-built = Built { $pages } pages and { $feeds } feeds ({ PLURAL($stories) ->
    [one] { $stories } story
   *[other] { $stories } stories
}, { $files } files) into { $output } in { $millis } ms
summary-with-warnings = , with { $warnings }
summary-images = Images: { $encoded } cleaned of camera and place data, { $reused } unchanged since the last build
summary-preview = This is a preview: it may hold drafts and stories under embargo, and asks search engines to stay away. Do not publish { $output }; build without --drafts and --preview for the public site.
summary-no-errors = No errors: { $pages } pages would be built
summary-withheld = Not published in this build:
withheld-draft = draft (build with --drafts to preview it)
withheld-embargo = under embargo until { $until }; build again after that time
serve-listening = Serving the site at { $address } (press Ctrl+C to stop)
serve-built = Built in { $millis } ms ({ $files } files updated)
serve-failed = The site could not be built: fix the problem and save; the preview rebuilds by itself and keeps showing the last version that built.
overlay-title = The site could not be built. Fix the problem below and save: this page reloads by itself. Until then the preview shows the last version that built.
explain-unknown = `{ $code }` is not a code of bayan's messages.
    .hint = a code is a letter and three digits, as printed in square brackets after "error" or "warning", like S101
explain-list = bayan's messages, by code:

## bayan status

status-embargoed = Under embargo ({ $count })

status-embargo-line = { $slug } ({ $langs }): published at { $local }, { $utc } UTC

status-drafts = Drafts ({ $count })

status-dated-later = Published now though dated later, with no embargo ({ $count })

status-untranslated = Missing a translation ({ $count })

status-untranslated-line = { $slug }: written in { $written }, not in { $missing }

status-stale = Translations that may be out of date ({ $count })

status-stale-line = { $slug }: { $translation } changed { $changed }, its original { $original } changed { $original_changed }

status-all-published = Everything written is published: no drafts, embargoes or missing translations.

status-errors = The content has { PLURAL($count) ->
    [one] { $count } error
   *[other] { $count } errors
}: run `bayan check` to see them.

## The command line

init-created = Created a bilingual site in { $dir } ({ $files } files).

init-next = Next: run `bayan serve --root { $dir }` to preview it, and edit { $dir }/site.yaml.

new-created = Created { $file }

new-draft = The story is a draft: preview it with `bayan serve --drafts`, check it with `bayan check --drafts`, and remove the `draft: true` lines to publish it.

usage-now = --now must be an instant with its timezone, like 2024-05-13T09:00:00+03:00

usage-base-url = --base-url must be the http(s) address the site is published at, like https://example.org/

serve-cannot-start = cannot start the preview: { $detail }

serve-cannot-start-hint = another program may use the port; try --port 0

open-in-browser = Open { $url } in your browser.

progress-reading = Reading and rendering the site

progress-waiting = Waiting for another build writing the same output folder

progress-images = Cleaning images

progress-writing = Writing files

## bayan new

new-page-draft = The page is a draft: write its title and text in each file, preview it with `bayan serve --drafts`, and remove the `draft: true` lines to publish it.

new-project = The project is published with the next build: write its name in every language and its details (the lines starting with `#` show the keys it can have).

new-indicator = The indicator is published with the next build, without figures until you add them: write its name in every language, then its values, baseline and target.

new-partner = The partner is published with the next build: write its name in every language and its type.
