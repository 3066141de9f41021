# What bayan says, in English. Every problem has a code: a letter for the kind of file and
# three digits (S: stories, N: file names, L: links, I: images, Y: YAML, M: markdown).
# `.hint` says how to fix it; `.explain` is what `bayan explain CODE` prints.
# ar.ftl holds the same ids with the same variables.

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
