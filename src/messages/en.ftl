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

## Files and their names

io-not-utf8 = the file is not saved as UTF-8 text

io-not-found = the file does not exist

io-permission = permission denied

io-other = { $detail }

F001 = cannot read the file: { $reason }
    .title = A file that cannot be read
    .explain =
        bayan reads stories, pages and data as UTF-8 text. A file saved in another
        encoding (Windows-1256, for example, which older Arabic Windows editors use), or a file
        bayan has no permission to read, cannot be published.

        Example: content/stories/gaza/index.ar.md saved from Notepad as "ANSI".

        Fix: open the file, choose Save As, and pick the encoding UTF-8.

F001-utf8 = save it again as UTF-8 text (in most editors: Save As, encoding UTF-8)
F002 = cannot read the file: it is a link to a file elsewhere, which bayan does not follow
    .title = A link instead of a file
    .hint = copy the file itself here instead of a link to it
    .explain =
        bayan publishes only files inside the site folder and does not follow links
        (shortcuts) to files elsewhere, so that nothing outside the site is published by mistake.

        Fix: copy the file itself into the story folder.

F003 = cannot read the folder: { $reason }
    .title = A folder that cannot be read
    .explain =
        bayan could not list the files of this folder, usually because it has no
        permission to. Fix: give the user who runs bayan the right to read the folder.

N001 = a file directly in content/stories/ is ignored
    .title = A file beside the story folders
    .hint = each story is a folder: content/stories/<slug>/index.en.md
    .explain =
        Every story is a folder of its own in content/stories/, holding one text file per
        language and its images. A file put directly in content/stories/ belongs to no story.

        Example: content/stories/school-meals.md

        Fix: make a folder content/stories/school-meals/ and move the text into it as index.en.md
        (or run `bayan new story "Headline"`, which makes both files).

N002 = the story folder name `{ $name }` cannot be used in a web address
    .title = A story folder name that is not a web address
    .hint = rename the folder `{ $suggestion }`: lowercase ASCII letters, digits and hyphens
    .explain =
        A story's folder name becomes its web address (content/stories/school-meals/ is
        published at /en/stories/school-meals/), and is the same in every language. It may hold only
        lowercase Latin letters, digits and hyphens.

        Example: content/stories/School Meals/ or content/stories/وجبات-مدرسية/

        Fix: rename the folder, like school-meals. The story's titles stay in each language.

N003 = this looks like a story's text, but the name `{ $name }` is not read as one, so this translation would not be published
    .title = A story's text under a name bayan does not read
    .hint = rename it to { $right }, in small letters
    .explain =
        bayan reads a story's text only from files named index.<language>.md in small
        letters, like index.en.md and index.ar.md. A file named otherwise would be left out, and
        its translation would silently disappear.

        Examples: Index.ar.md, index.AR.md, index.ar.md.txt (Windows hides the .txt ending)

        Fix: rename the file to index.ar.md.

N003-txt = rename it to { $right }, without .txt at the end (Windows hides known endings: in File Explorer, View, tick "File name extensions" to see it)

N003-both = { $right } is in this folder too: keep the right one of the two and delete the other

N004 = this markdown file is not a story translation and is ignored
    .title = A markdown file that is not a story text
    .hint = name a story's text index.<language>.md, like index.en.md
    .explain =
        In a story folder, bayan reads the text of each language from index.<language>.md.
        Other .md files are not published.

        Example: content/stories/school-meals/notes.md

        Fix: if it is the story's text, rename it index.en.md (or index.ar.md); if it is a note,
        keep it elsewhere.

N005 = the file name `{ $name }` cannot be used in a web address
    .title = A file name that is not a web address
    .hint = rename it with ASCII letters, digits, `-`, `_` and `.` only, like `class-photo.jpg`
    .explain =
        Images and other files of a story are published under their own name, which
        becomes part of a web address. Spaces, Arabic letters and signs such as # or ? break
        addresses in some browsers and mail programs.

        Example: صورة الافتتاح.jpg or opening photo.jpg

        Fix: rename the file, like opening-photo.jpg, and use the new name in the story.

N006 = this story folder has no text and is not published
    .title = A story folder without text
    .hint = add index.en.md or index.ar.md (bayan new story "Headline" creates both)
    .explain =
        A story folder needs at least one text file, index.en.md or index.ar.md. This one
        has none, so the story is not published.

        Fix: add the text, or delete the folder if the story was abandoned.

N007 = `{ $lang }` is not one of the site's languages, so this file is not published
    .title = A file in a language the site does not have
    .hint = name it with one of the site's language codes ({ $known }), or add `{ $lang }` to `languages` in site.yaml
    .explain =
        The language code in a file's name (index.ar.md) must be one of the languages in
        site.yaml. A file in another language is not published.

        Example: index.arb.md, or index.fr.md on a site of ar and en.

        Fix: correct the code in the name, or add the language to `languages:` in site.yaml.

N007-rename = rename the file { $right }

N008 = folders and links inside a story folder are not published
    .title = A folder inside a story folder
    .hint = keep a story's images directly in its folder
    .explain =
        bayan publishes the files directly inside a story folder. Folders within it, and
        links to files elsewhere, are left out.

        Example: content/stories/school-meals/photos/class.jpg

        Fix: move the images up, next to index.en.md, and link them by name.

N009 = this looks like a page, but the name `{ $name }` is not read as one, so it would not be published
    .title = A page under a name bayan does not read
    .hint = rename it to { $right }, with the language in small letters
    .explain =
        bayan reads pages from content/pages/<name>.<language>.md with the language in
        small letters, like about.ar.md. A page named otherwise would be left out.

        Examples: about.AR.md, about.ar.md.txt

        Fix: rename the file to about.ar.md.

N010 = this is not a page and is ignored
    .title = A file in content/pages/ that is not a page
    .hint = name pages <slug>.<language>.md, like about.en.md
    .explain =
        Every file in content/pages/ is a page named <name>.<language>.md. Other files
        there are not published.

        Fix: rename it, like about.en.md, or move it out of content/pages/.

N011 = the page name `{ $name }` cannot be used in a web address
    .title = A page name that is not a web address
    .hint = rename it `{ $suggestion }`: lowercase ASCII letters, digits and hyphens
    .explain =
        A page's name becomes its web address (about.en.md is published at /en/about/). It
        may hold only lowercase Latin letters, digits and hyphens.

        Example: content/pages/من-نحن.ar.md

        Fix: rename it, like about.ar.md; the page's title stays in Arabic.

## YAML and front matter

Y001 = nothing is written here
    .title = An empty front matter or YAML file
    .hint = write the keys this file needs, as in the README's example
    .explain =
        The front matter of a story (between the two --- lines) or a YAML data file is
        empty, so bayan does not know the story's title, date or the data's values.

        Fix: write the keys, one per line as `key: value`, like
            title: "Qatar opens 12 schools"
            date: 2024-05-12

Y002 = the file does not start with front matter
    .title = A story without front matter
    .hint = start the file with a line `---`, then `title: ...`, then another `---`
    .explain =
        A story or page begins with its front matter: a line ---, the keys (title, date,
        summary...), and another line ---. The text follows.

        Example of a right beginning:
            ---
            title: "Qatar opens 12 schools"
            date: 2024-05-12
            ---
            The text of the story.

Y003 = the front matter is never closed
    .title = Front matter without its closing line
    .hint = add a line `---` after the last front-matter key, before the text
    .explain =
        The front matter starts with a line --- and must end with another line ---. Without
        it, bayan cannot tell where the keys end and the story begins.

        Fix: add a line --- after the last key (often `summary:`), before the first paragraph.

Y004 = this value is in curly quotes “ ”, which YAML does not read as quotes: they would be published as part of the text
    .title = Curly quotes around a value
    .hint = type straight quotes " " instead (Word and some editors curl them as you type), or leave the quotes out
    .explain =
        Word and many editors turn straight quotes " into curly ones “ ” as you type. YAML
        reads only straight quotes as quotes: a title in curly quotes would be published with the
        quotes as part of it.

        Example: title: “Qatar opens 12 schools”

        Fix: title: "Qatar opens 12 schools" (or without quotes at all).

Y010 = unknown key `{ $name }`
    .title = A key bayan does not know
    .explain =
        Each file accepts a fixed set of keys; a key that is misspelt, or belongs elsewhere,
        would be lost without a word, so bayan refuses it. The hint names the nearest key.

        Example: titel: "Qatar opens 12 schools"

        Fix: title: "Qatar opens 12 schools". The README lists every key of stories, pages,
        projects, indicators and site.yaml.

Y010-did-you-mean = did you mean `{ $best }`?

Y010-nothing = remove it: nothing is allowed here

Y010-keys = the keys allowed here are: { $list }

Y010-values = the values allowed here are: { $list }

Y011 = unknown value `{ $name }`
    .title = A value that is not one of the allowed ones
    .explain =
        Some keys take one of a few words, like `status: ongoing` for a project or
        `content: summary` for feeds. bayan refuses any other word rather than guess.

        Example: status: on-going

        Fix: write one of the values the hint lists, like status: ongoing.

Y012 = a number seems to be written with commas
    .title = A number written with commas
    .hint = write numbers with digits only, without commas or spaces, like 1200000
    .explain =
        In YAML a comma separates the items of a list, so 1,200,000 reads as a list of three
        numbers.

        Fix: amount: 1200000 (the site shows it as 1,200,000, or ١٬٢٠٠٬٠٠٠ on Arabic pages if set).

Y013 = the required key `{ $name }` is missing
    .title = A required key is missing
    .hint = add `{ $name }: ...` beside the other keys of this part
    .explain =
        Some keys must be written, like a project's `status` or a budget's `currency`.

        Fix: add the key with its value beside the others of the same part.

Y014 = the key `{ $name }` is written twice
    .title = A key written twice
    .hint = keep only one of the two lines
    .explain =
        A key may appear once in its part. With two, one value would be lost.

        Example: two lines `title:` in the same front matter.

        Fix: keep the right line and delete the other.

Y020 = a list is expected here
    .title = A list is expected
    .hint = write a list in square brackets, like [4, 16] or [education]
    .explain =
        Some keys take a list: tags, sectors, countries, sdgs. A list is written in square brackets with commas between the items.

        Example: sdgs: [4, 16]

Y021 = the quoted text ends early: a quote mark inside it closes it
    .title = A quote inside quoted text
    .hint = put the whole text in single quotes ('He said "yes"') or use curly quotes “ ” inside; or close a quote left open on a line above
    .explain =
        A value in double quotes ends at the next double quote. A quotation inside it ends the value too early.

        Example: title: "Minister says "yes" to schools"

        Fix: title: 'Minister says "yes" to schools'

Y022 = a colon inside this value confuses the front matter
    .title = A colon inside a value
    .hint = put the whole value in double quotes, like title: "Project: phase two" (or check this line's indentation)
    .explain =
        In YAML a colon followed by a space separates a key from its value, so a second one in the value is read as a new key.

        Example: title: Project: phase two

        Fix: title: "Project: phase two"

Y023 = a whole number is expected here
    .title = A whole number is expected
    .hint = write the digits 0-9 only, without commas, spaces or words, like 5000 or [4, 16]
    .explain =
        Counts, years and goal numbers are whole numbers written with the digits 0-9.

        Example: sdgs: [four]

        Fix: sdgs: [4]

Y024 = a number is expected here
    .title = A number is expected
    .hint = write digits only, with a dot for decimals and no commas, spaces, units or %, like 1200000 or 12.5
    .explain =
        Amounts and indicator values are numbers: digits, and a dot before decimals.

        Example: value: 12,5 %

        Fix: value: 12.5

Y025 = `true` or `false` is expected here
    .title = Yes or no is expected
    .hint = write true or false, without quotes
    .explain =
        Keys such as draft and press_release are yes or no, written true or false.

        Example: draft: yes please

        Fix: draft: true

Y026 = a single text is expected here, not a list or a group
    .title = A single text is expected
    .hint = write the text on the same line after the colon, in quotes if it contains a colon
    .explain =
        Keys such as title and summary take one text.

        Example: title: [Qatar, schools]

        Fix: title: "Qatar opens schools"

Y027 = several keys are expected here, not a single value
    .title = A group of keys is expected
    .hint = write them in braces after the colon, like `budget: {"{"}amount: 1200000, currency: USD{"}"}` or `baseline: {"{"}year: 2020, value: 15{"}"}`
    .explain =
        Some keys hold a group of keys of their own, like a budget (amount and currency) or a baseline (year and value).

        Example: budget: 1200000

        Fix: budget: {"{"}amount: 1200000, currency: USD{"}"}

Y028 = this line does not fit with the lines above it
    .title = A line that does not fit
    .hint = start each line at the left margin as `key: value`, and check the line above for a missing quote or colon
    .explain =
        YAML reads keys by their indentation. A line indented differently, or following a line with an open quote, cannot be read.

        Fix: start each key at the left margin and close every quote.

Y029 = a tab is used for indentation
    .title = A tab used for indentation
    .explain =
        YAML does not allow tabs at the start of a line.

        Fix: indent with spaces; most editors can turn tabs into spaces.

Y030 = this line is not `key: value`: the colon after the key is missing
    .title = A line without its colon
    .hint = write the key, a colon and a space, then the value, like `summary: "..."`; or close a quote left open on the line above
    .explain =
        Every line of front matter is a key, a colon and a space, then its value.

        Example: summary Ten new schools

        Fix: summary: "Ten new schools"

Y031 = wrong kind of value: { $detail }
    .title = A value of the wrong kind
    .hint = check the YAML syntax on this line: indentation, colons and quotes
    .explain =
        The value is not of the kind the key takes (a text where a number is expected, for
        example). The message quotes what the reader of the file found.

        Fix: write the value as the README shows for this key.

Y031-digits = write numbers with the digits 0-9: Arabic-Indic digits (٠-٩) are read as text here

Y032 = { $detail }
    .title = YAML that cannot be read
    .hint = check the YAML syntax on this line: indentation, colons and quotes
    .explain =
        The reader of YAML stopped at this line for a reason bayan has no plain words for;
        the message is the reader's own, in English.

        Fix: check the line and the one above it: indentation, a colon after every key, and quotes
        that are closed.

Y-tabs = YAML does not allow tabs at the start of a line: indent with spaces

T001 = an invisible { $name } (U+{ $code }) is in the text{ $also }
    .title = An invisible character in the text
    .hint = delete it (it is shown as a symbol above, and usually comes with text pasted from Word or a PDF); if your editor does not show it, retype the words around it
    .explain =
        Text pasted from Word, a PDF or a web page sometimes carries invisible control
        characters. They break feeds and some readers' software, so bayan does not publish them.

        Fix: delete the character (shown as a symbol such as ␀ or ␛ in the quoted line); if the
        editor does not show it, retype the words around it.

T001-more = {" "}(and { PLURAL($count) ->
    [one] one more
   *[other] { $count } more
} in this file)
char-null = null character

char-backspace = backspace

char-vertical-tab = vertical tab

char-page-break = page break (form feed)

char-escape = escape character

char-delete = delete character

char-non-character = non-character

char-control = control character

## Stories

S001 = the story has no `title`
    .title = A story without a title
    .hint = add a line `title: "..."` with the headline in this file's language
    .explain =
        Every translation of a story has its own headline, in its own language, in the front matter.

        Fix: add a line like
            title: "Qatar opens 12 schools in Gaza"

S002 = the story has no `date`
    .title = A story without a date
    .hint = add a line `date: 2024-05-12` to the front matter
    .explain =
        A story's date orders the lists and feeds, and is the same in every language (one file may give it for all).

        Fix: add date: 2024-05-12 (year, month, day, with the digits 0-9), or date: 2024-05-12T09:00:00+03:00 with a time.

S003 = the embargo ends before the story's date, so it holds nothing back
    .title = An embargo that ends before the story's date
    .hint = check the year and day of `embargo:`: the story is published as soon as that instant has passed
    .explain =
        An embargo holds a story back until an instant. One that ends before the story's own date is usually a typo in the year or the day.

        Example: date: 2024-05-12, embargo: 2023-05-12T09:00:00+03:00

S004 = this translation has no `press:` of its own: its press kit shows the quotes and notes written in { $other }
    .title = A press release without its own quotes
    .hint = add `press:` to this file with the quotes and notes in its language
    .explain =
        The press kit of each language quotes people in that language. A translation without `press:` borrows the other language's quotes.

        Fix: add press: with quotes: and notes: translated.

S005 = the story has no summary
    .title = A story without a summary
    .hint = add `summary: "..."`: one sentence shown in lists, feeds and search results
    .explain =
        The summary is the sentence readers see under the headline in lists, feeds, search results and shared links.

        Fix: summary: "Ten schools reopen for 6,000 pupils."

S006 = this story has no { $missing } translation, so it is published only in { $written } (fine if that is intended)
    .title = A story in one language only
    .hint = add index.{ $first }.md to publish it in every language
    .explain =
        Each language of the site has its own page of a story. A story without a translation is published in the languages it has, and its other pages do not exist.

        Fix: add the translation (index.ar.md or index.en.md), or leave it so if that is intended.

S007 = this file is not used by the story, so it is not published
    .title = A file the story does not use
    .hint = show it with ![description](file-name) or link to it from the text; files never linked stay private
    .explain =
        bayan publishes only the files a story shows or links to, so that drafts, notes and unused photos in a story folder stay private.

        Fix: show the image with ![what it shows](photo.jpg) or link to the file; or leave it if it is meant to stay private.

S008 = the story still holds the placeholder text “{ $line }” that `bayan new story` wrote
    .title = A placeholder left in the story
    .hint = write the story in its place
    .explain =
        `bayan new story` writes placeholder text for the writer to replace. A story published with it would show it to readers. It is an error when building the site and a warning in the preview.

        Fix: replace the placeholder with the story.

S009 = the title is still the placeholder “{ $title }” that `bayan new story` wrote
    .title = A placeholder headline
    .hint = write the story's headline in place of it
    .explain =
        `bayan new story` writes a placeholder headline in each language's file. Published, it would be the story's headline.

        Fix: write the headline in this file's language.

S010 = the story's date is in the future, but nothing holds it back: it is published now, dated later
    .title = A future date without an embargo
    .hint = to publish it at that time, add `embargo:` with the same instant (and build again then); to publish it now, give today's date
    .explain =
        A date does not hold a story back: only an embargo does. A story dated next week is published at once, under next week's date.

        Fix: to release it then, add embargo: 2024-05-20T09:00:00+03:00 and rebuild at that time (`bayan status` prints the next instant); else give today's date.

S011 = this press release names no media contact
    .title = A press release without a media contact
    .explain = Journalists who read a press release need someone to call. Contacts are defined once in site.yaml under press: contacts:, and each release names one with contact:.

S011-define = journalists need someone to call: define one in site.yaml under `press.contacts` and name it here with `contact:`

S011-name = add `contact:` under `press:` with one of: { $list }

S012 = this translation may be out of date: { $original } changed on { $original_changed }, after this file ({ $changed })
    .title = A translation that may be out of date
    .hint = bring it up to date; if it still says the same, add `translation_checked: { $today }` to its front matter
    .explain =
        The original of a story (in the site's first language) changed after its translation was last changed or checked, so the translation may miss the change. Times come from git when the site is a git repository, else from the files.

        Fix: update the translation; if it needs no change, add translation_checked: with today's date.

S013 = the image `{ $name }` has no description in `{ $lang }` for readers who cannot see it
    .title = An image without a description
    .hint =
        in images.yaml beside the story, write:
          { $name }:
            alt: {"{"}{ $lang }: "what the photograph shows"{"}"}
    .explain = Covers and figures are shown without a description in the text; blind readers, and everyone when the image fails to load, need one. It is written once per language in images.yaml beside the story.

S014 = there is no press contact `{ $name }`
    .title = An unknown press contact
    .explain = contact: names one of the press contacts defined in site.yaml under press: contacts:.

S014-did-you-mean = did you mean `{ $best }`? Press contacts are defined in site.yaml under `press.contacts`

S014-define = define the contact in site.yaml under `press: {"{"}contacts: {"{"}media-office: {"{"}name: ..., email: ...{"}"}{"}"}{"}"}`

S014-one-of = use one of the press contacts defined in site.yaml: { $list }

## Links

L001 = the page { $path } has no heading `#{ $wanted }`
    .title = A link to a heading that does not exist
    .explain =
        A link ending in #something leads to a heading of the page. Its address is the heading's text in small letters with dashes for spaces.

        Example: ## Results of the programme is reached with #results-of-the-programme

L001-remove = remove the `#...` part of the link

L001-anchors = the anchors there are: { $list }

L002 = the link to { $path } leads to the story `{ $slug }` ({ $lang }), which is a draft and is not published
    .title = A link to a draft
    .hint = publish that story first (remove its `draft: true`), or take the link out until then
    .explain = Readers would reach a page that does not exist yet.

L003 = the link to { $path } leads to the story `{ $slug }` ({ $lang }), which is under embargo until { $until }
    .title = A link to an embargoed story
    .hint = take the link out until then, or give this story the same `embargo:` so both are published together
    .explain = Readers would reach a page that does not exist until the embargo ends, and the link would reveal the story early.

L004 = the link to { $path } leads to no page: the story `{ $slug }` is not written in { $missing }
    .title = A link to a translation that does not exist
    .hint = link to its { $lang } page, { $address }, or add its { $missing } translation
    .explain = A story in one language has no page in the other.

L005 = the link to { $path } leads to a story's text file, which is not published
    .title = A link to a story's text file
    .hint = link to the story's address: write the same link without `{ $file }` at the end, like ../other-story/
    .explain = Stories link to each other by folder: ../other-story/ leads to the other story in the same language.

L006 = the link to { $path } leads to no page of the site
    .title = A link that leads nowhere
    .hint = check the address; a story in one language only has no page in the other
    .explain = bayan checks every link between the site's pages before publishing, so that readers never reach a missing page.

L007 = this { $what } is shown as plain text: its address `{ $address }` has a space, which markdown does not allow
    .title = A link or image with a space in its address
    .explain =
        In markdown an address ends at the first space, so a link or image with a space is not made at all and its brackets are published as text.

        Example: ![Pupils](opening photo.jpg)

        Fix: rename the file opening-photo.jpg and write ![Pupils](opening-photo.jpg).

L007-link = link

L007-image = image

L007-heading = a heading's address has dashes for spaces: write #{ $fixed }

L007-angle = write the address in angle brackets: (<{ $address }>)

L007-rename = rename the file without spaces, like { $renamed }, and write that name here

L007-remove = remove the spaces from the address, like { $renamed }

L010 = links starting with `{ $scheme }` are not allowed
    .title = A link of a kind that is not allowed
    .hint = link to an http:, https:, mailto: or tel: address
    .explain = Links that run code (javascript:) or open local files could harm readers, so only web, mail and telephone links are published.

L011 = the image { $url } is on another website
    .title = An image from another website
    .hint = copy the image into the story folder and write its file name, so readers' browsers contact no other site
    .explain = An image loaded from another website tells that website who reads the story, and disappears when it changes. bayan publishes only images the site holds.

L012 = images starting with `{ $scheme }` are not allowed
    .title = An image of a kind that is not allowed
    .hint = put the image file in the story folder and write its file name
    .explain = Images are files of the site: write the file name of an image in the story folder.

L013 = the image `{ $url }` cannot be found
    .title = An image of a page that cannot be found
    .hint = pages cannot have images beside them; put the image in the site's static/ folder and write /its-name.jpg
    .explain = Pages (content/pages/) have no folder of their own; their images live in static/.

L014 = the image `{ $url }` is outside the story folder
    .title = An image outside the story folder
    .hint = copy the image into the story's own folder and write just its file name
    .explain = A story shows only images of its own folder, so that each story can be moved or deleted whole.

L015 = the image `{ $url }` is not in the story folder
    .title = An image that is not in the story folder
    .explain = The image named in the story is not among the files of its folder: the name is misspelt (capitals count: Photo.JPG is not photo.jpg), or the file was not copied.

L015-add = add the file `{ $file }` to the story folder, or fix the name

L015-files = add the file `{ $file }` to the story folder, or fix the name (files there: { $list })

## Images

I001 = bayan cannot remove the hidden data (camera, place, date) from this kind of image, so it is not published
    .title = An image bayan cannot clean
    .hint = export it as JPEG (photographs) or PNG (drawings, charts) and use that file instead
    .explain = Photos carry hidden data: the camera, often the place where they were taken and when. bayan removes it from JPEG and PNG images before publishing, to protect the people in them; other kinds (TIFF, HEIC) are not published.

I002 = this image cannot be read: { $detail }
    .title = An image that cannot be read
    .hint = open it in an image editor and export it again as JPEG (photographs) or PNG (drawings)
    .explain = The image is damaged or in a form its reader does not know.

I003 = this image file is incomplete: it ends before the picture does, so its lower part would show grey
    .title = An image cut short
    .hint = copy or download it again from where it came from (a copy or download was interrupted); if it looks whole on your computer, export it again as JPEG
    .explain = A copy or a download was interrupted: the file holds only the top of the picture.

I004 = this file is not an image but a web page, as a browser saves when an image's link leads to a login or error page
    .title = A web page saved as an image
    .hint = open the image itself in the browser and save it from there (right click, Save image as), or ask its owner for the file
    .explain = Saving a link to a shared photo often saves the login page instead of the photo, under the photo's name.

I005 = this file is not a JPEG or PNG image: its first bytes are not those of an image
    .title = A file that is not an image
    .hint = open it in an image editor; if it opens, export it as JPEG (photographs) or PNG (drawings); if not, get the file again
    .explain = The file has an image's name but not an image's content.

I006 = this image is { $width } x { $height } pixels ({ $megapixels } megapixels), more than the { $limit } megapixels bayan reads
    .title = An image too large to read
    .hint = export it smaller (2,400 pixels wide is plenty for the web); if such images are expected, raise `images: max_megapixels:` in site.yaml
    .explain = A very large image takes a lot of memory to read; bayan reads images up to a limit set in site.yaml (64 megapixels unless changed).

I007 = this image is { $megabytes } MB: slow to load on a phone with a weak connection
    .title = A heavy image
    .hint = export it at most 2,400 pixels wide, as a JPEG of quality 80 or so
    .explain = bayan makes smaller copies for the pages, but the original is published too, for the press kit.

## Values in front matter

V001 = unknown sector `{ $name }`
    .title = A sector site.yaml does not define
    .explain = A story's sectors are ids of the sectors listed in site.yaml under sectors:, written as there (education, health...).

V001-did-you-mean = did you mean `{ $best }`? Sectors are defined in site.yaml

V001-define = define sectors in site.yaml under `sectors:` (id: name)

V001-one-of = use one of the sectors defined in site.yaml: { $list }

V002 = write the country code `{ $code }` in capitals
    .title = A country code in small letters
    .explain = Country codes are the two capital letters of ISO 3166-1, like SD or YE.

V-write = write `{ $right }`

V003 = `{ $code }` is not an ISO 3166-1 country code
    .title = A country code outside the standard
    .explain = Some codes in common use are not the standard's: the United Kingdom is GB (not UK), Greece is GR (not EL).

V004 = unknown country code `{ $code }`
    .title = An unknown country code
    .explain = countries: takes two-letter ISO 3166-1 codes, not names: SD for Sudan, YE for Yemen, PS for Palestine.

V004-code = write the two-letter ISO code `{ $code }`

V004-use = use the country's two-letter ISO 3166-1 code, like SD for Sudan or YE for Yemen

V005 = there is no Sustainable Development Goal { $number }
    .title = A goal number outside 1-17
    .explain = sdgs: lists the numbers of the 17 Sustainable Development Goals, from 1 to 17.

V005-use = use goal numbers from 1 to 17

V006 = this tag has no letters or digits
    .title = An empty tag
    .explain = Each tag makes a page of its own, whose address is made of its letters and digits.

V006-fix = remove it or write a word

V007 = this tag is { $length } characters long; a tag names a page of its own, and its address takes at most { $longest }
    .title = A tag too long
    .explain = A tag is a few words a reader would look for, not a sentence.

V007-fix = keep a tag to the few words a reader would look for, like `girls' education`

V008 = a story takes at most { $most } tags
    .title = Too many tags
    .explain = Each tag makes pages and feeds of its own in every language.

V008-fix = keep the tags readers would look for: each makes pages and feeds of its own

V009 = `{ $id }` is not a valid { $what } id
    .title = An id that is not valid
    .explain = Partners, projects, indicators and contacts are named by ids: lowercase Latin letters, digits and hyphens, like undp or 4-1-1.

V009-fix = ids are lowercase ASCII letters, digits and hyphens, like `undp`

what-partner = partner

what-project = project

what-indicator = indicator

V010 = `{ $value }` is not a date
    .title = A date that cannot be read
    .explain = Dates are written year-month-day, with the digits 0-9 or Arabic-Indic digits: 2024-05-12, or with a time and its UTC offset: 2024-05-12T09:00:00+03:00.

V010-fix = write the date as YYYY-MM-DD, like 2024-05-12 (or 2024-05-12T09:00:00+03:00)

V011 = the embargo `{ $value }` is not a date and time with its timezone
    .title = An embargo without its time zone
    .explain =
        An embargo is an exact instant; without its UTC offset it would be read differently in Doha, Geneva and New York.

        Example: embargo: 2024-05-13T09:00:00+03:00 (9 in the morning, Doha time)

V011-fix = write the release instant with its UTC offset, like 2024-05-13T09:00:00+03:00

V012 = the file `{ $name }` is not in the story folder
    .title = A cover that is not in the story folder
    .explain = cover: names an image file beside the story's text, like cover.jpg.

V012-plain = write just the file name of an image in the story folder, like cover.jpg

V012-add = add `{ $name }` to the story folder

V012-files = add `{ $name }` to the story folder or fix the name (files there: { $list })

V013 = the alias `{ $value }` cannot be used
    .title = An alias that cannot be used
    .explain = aliases: lists old addresses of a story or page that must keep working, each a path from the site root, like /en/news/old-title/.

alias-root-path = write the old address as a path from the site root, like /en/news/old-title/

alias-root = the site root `/` cannot be an alias

alias-empty = remove the empty `//` part of the path

alias-percent = a `%` in an alias must start a code like %D8%A3; write letters as they are

alias-dots = `.` and `..` are not allowed in an alias; write the full path from the site root

alias-long = a part of an alias between two `/` is too long to be a file name; shorten it to the old address as it really was

alias-letters = use only letters, digits, `-`, `_` and `.` between the `/` of an alias

## Markdown, pages, static files and addresses

M001 = the image `{ $url }` has no description for readers who cannot see it
    .title = An image without a description
    .hint = write what it shows between the brackets: ![Pupils in a classroom in Darfur]({ $url })
    .explain =
        Blind readers hear the description instead of the image, and everyone reads it when the image fails to load.

        Example: ![](class.jpg)

        Fix: ![Pupils in a classroom in Darfur](class.jpg)

M002 = the figure `{ $src }` is not in the story folder
    .title = A figure that is not in the story folder
    .hint = put the image beside the story's text and write its file name, like {"{{"} figure(src="class.jpg") {"}}"}
    .explain = A figure shows an image of the story's own folder, with its caption and credit from images.yaml.

M003 = `{ $id }` is not a valid id
    .title = A shortcode id that is not valid
    .hint = ids are lowercase ASCII letters, digits and hyphens, like `schools-built`
    .explain = Shortcodes name projects and indicators by their ids, as written in content/projects/ and content/indicators/.

M004 = this shortcode is not closed
    .title = A shortcode not closed
    .hint = end it with `{"}}"}` on the same line, like {"{{"} project(id="darfur-schools") {"}}"}
    .explain = A shortcode starts with two braces and ends with two braces on the same line.

M005 = a shortcode only works on a line of its own
    .title = A shortcode inside a paragraph
    .hint = put the {"{{"} ... {"}}"} on its own line, with an empty line before and after it
    .explain = A shortcode becomes a block of its own (a chart, a project card), so it cannot sit inside a sentence.

P001 = the page has no `title`
    .title = A page without a title
    .hint = add a line `title: "..."` to the front matter
    .explain = Every page has its title in its own language, in the front matter.

S015 = the title is empty
    .title = An empty title
    .hint = write the story's headline after `title:`
    .explain = title: is written but holds nothing.

S016 = there is no file `{ $name }` beside this story
    .title = Notes of an image that is not there
    .explain = images.yaml describes the images of the story folder by their file names; this name is not among them.

S016-did-you-mean = did you mean `{ $best }`?

S016-write = write the name of an image in this story's folder

S017 = { $what } of `{ $name }` has no { $missing } text
    .title = An image note missing a language
    .hint = add the translation, like {"{"}en: "...", ar: "..."{"}"}
    .explain = The description and caption of an image are written in every language of the site.

S017-description = the description

S017-caption = the caption

H001 = this hidden { $kind } is not published: hidden files and folders (.git, .env) often hold passwords and history
    .title = A hidden file in static/
    .hint = if it is meant for the public, list it in site.yaml: `publish_hidden: [{ $name }]`
    .explain = Files whose names start with a dot are hidden on most systems and often hold secrets: a .git folder holds the whole history, a .env file passwords. static/ publishes them only when site.yaml lists them.

H001-folder = folder

H001-file = file

F004 = cannot read: { $detail }
    .title = A file of static/ that cannot be read
    .explain = bayan could not read this file or folder of static/, usually for want of permission.

O001 = the alias { $alias } is the address of the story `{ $slug }` ({ $lang }), which is { $when }
    .title = An alias that takes a held-back story's address
    .hint = remove this alias: a story's own address is kept for it even while it is held back
    .explain = A story held back by draft: or an embargo keeps its address; an alias may not take it meanwhile.

O001-draft = a draft, published once its draft mark is removed

O001-embargo = under embargo until { $until }

O002 = two things would be published at /{ $path }: { $first } and { $second }
    .title = Two things at one address
    .hint = rename one of them, or change the alias that takes the other's address
    .explain = Each address of the site holds one page or file. Two sources would write the same one, and one would be lost.

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

## site.yaml

C001 = cannot read the site configuration: { $detail }
    .title = site.yaml cannot be read
    .explain = bayan reads site.yaml from the site folder (--root, or the folder it runs in).

C001-not-found = run bayan in the site folder (the one holding site.yaml), or pass --root DIR

C001-unreadable = check that the file is readable UTF-8 text

C002 = `base_url` is not an http(s) address: { $value }
    .title = A base_url that is not a web address
    .hint = write the address the site will be published at, like https://example.org/
    .explain = Feeds, share cards and press kits need the site's full address.

C003 = `languages` is empty
    .title = No language
    .hint = list at least one language code, the default first: languages: [en, ar]
    .explain = The site is published in the languages listed, the first being the default.

C004 = `{ $code }` is not a language code
    .title = A language code that is not one
    .hint = use a lowercase ISO 639-1 code such as en, ar, fr or ur
    .explain = Languages are named by their ISO 639-1 codes: ar for Arabic, en for English.

C005 = the language `{ $code }` is listed twice
    .title = A language listed twice
    .hint = remove the second one
    .explain = Each language is listed once.

C006 = `numerals` names `{ $code }`, which is not a site language
    .title = Numerals for a language the site does not have
    .hint = add it to `languages` or remove it from `numerals`
    .explain = numerals: sets the digits of a site language (latn 0-9 or arab ٠-٩).

C007 = `timezone` is not a UTC offset: { $value }
    .title = A timezone that is not an offset
    .hint = write it as an offset from UTC, like "+03:00" for Doha, or "UTC"
    .explain = timezone: is the offset applied to dates written without a time.

C008 = { $what } has no { $missing } text
    .title = site.yaml text missing a language
    .hint = add the translation; until then the default language is shown
    .explain = The site's title, description and sector names are written in every language of the site.

C008-title = `title`

C008-description = `description`

C008-sector = sector `{ $id }`

C009 = sector id `{ $id }` cannot be used in a URL
    .title = A sector id that is not an address
    .hint = use lowercase ASCII letters, digits and hyphens, like `health`
    .explain = Each sector has a page whose address is its id.

C010 = `feeds.items` is 0
    .title = Feeds of no story
    .hint = use the number of newest stories a feed carries, like 20
    .explain = feeds: items: is how many of the newest stories each feed carries.

C011 = `stories_per_page` is 0
    .title = Lists of no story
    .hint = use a number of stories per list page, like 12
    .explain = stories_per_page: is how many stories a list page shows.

C012 = `messages: { $value }` is not a language bayan speaks
    .title = A language bayan does not speak
    .hint = write `messages: ar` for Arabic or `messages: en` for English
    .explain = messages: sets the language of bayan's own messages: ar or en.

C013 = `{ $value }` is not an IATI organisation identifier
    .title = An IATI identifier that is not one
    .hint = write the identifier the IATI registry knows the organisation by, like XM-DAC-123 (no spaces)
    .explain = iati: publisher: ref: is the organisation identifier of the IATI registry.

C014 = unknown sector `{ $name }` in `iati: sectors:`
    .title = An IATI mapping of an unknown sector
    .explain = iati: sectors: maps the site's sectors (those under sectors:) to OECD DAC codes.

C014-did-you-mean = did you mean `{ $best }`? The sectors are those under `sectors:`

C014-name = name one of the sectors defined under `sectors:`

C015 = `{ $code }` is not an OECD DAC sector code
    .title = An unknown DAC sector code
    .hint = use 3-digit categories like 122 (basic health) or 5-digit purpose codes like 12220
    .explain = OECD DAC sector codes have 3 digits (categories) or 5 (purposes).

C016 = { $value } pixels is not a width bayan makes images at
    .title = An image width out of range
    .hint = use widths between 16 and 8192 pixels, like [480, 960, 1600]
    .explain = images: widths: lists the widths of the smaller copies made of every image.

C017 = { $value } is not an image quality
    .title = An image quality out of range
    .hint = use a quality from 1 to 100; 80 suits photographs
    .explain = images: quality: is the JPEG and WebP quality of the copies.

C018 = { $value } megapixels is not a size bayan can read images at
    .title = An image size limit out of range
    .hint = use a number of megapixels from 1 to { $most }; the default, { $default }, holds any camera's photographs
    .explain = images: max_megapixels: is the largest image bayan reads.

C019 = the email of press contact `{ $id }` is not an address: { $value }
    .title = A press email that is not an address
    .hint = write the address journalists should write to, like media@example.org
    .explain = Press kits give journalists the contact's email.

C020 = the phone of press contact `{ $id }` is not a number: { $value }
    .title = A press phone that is not a number
    .hint = write it with the country code, like "+974 4400 0000" (in quotes)
    .explain = Press kits give journalists the contact's phone, with its country code.

## Files and share cards in site.yaml

what-font = font

what-logo = logo

what-share-image = share image

C021 = the { $what } { $file } is outside the site folder
    .title = A file outside the site folder
    .hint = put the file in the site folder and name it from there, like brand/logo.png
    .explain = Files named in site.yaml are read from the site folder only, so that a build never publishes a file from elsewhere on the machine.

C022 = the { $what } { $file } is a link to a file elsewhere, which bayan does not follow
    .title = A link instead of a file
    .hint = copy the file itself into the site folder and name the copy
    .explain = bayan does not follow links (shortcuts) out of the site folder.

C023 = cannot read the { $what } { $file }: { $detail }
    .title = A file site.yaml names that cannot be read
    .hint = check the file name; it is read from the site folder (the one holding site.yaml)
    .explain = The file is missing, misspelt, or not readable.

C024 = the { $what } { $file } is not a JPEG or PNG
    .title = A logo or image that is not JPEG or PNG
    .hint = export it as PNG (drawings, logos with a transparent background) or JPEG (photographs) and name that file
    .explain = bayan cleans images of their hidden data before publishing them, which it can do for JPEG and PNG.

C025 = the { $what } { $file } is a file of the site's content, published with it
    .title = A brand file inside content/
    .hint = copy it to a folder of its own, like brand/: a story's photo may be under embargo, and its file can change with the story
    .explain = The logo and share image belong to the site, not to a story.

C026 = the { $what } { $file }: { $detail }
    .title = A logo or image bayan cannot use
    .explain = The image is too large, damaged or not an image; the message says which.
C027 = `social.handle` is not an account name on X: { $value }
    .title = A handle that is not an account name
    .hint = write the account as @ followed by up to 15 letters, digits or _, like @QatarDevelops
    .explain = social: handle: is the site's account on X, named in shared links.

C028 = `social.colour` is not a colour: { $value }
    .title = A colour that is not one
    .hint = write it as a hexadecimal colour in quotes, like "#8a1538"
    .explain = social: colour: is the background of share cards.

C029 = white text on { $value } has a contrast of { $contrast }:1, too low to read on a share card
    .title = A share card colour too light
    .hint = choose a darker colour: white text needs a contrast of at least 4.5:1
    .explain = Share cards write white text on this colour; readers with weak sight need a contrast of at least 4.5:1 (WCAG).

C030 = { $file } is not a font file bayan can read
    .title = A font bayan cannot read
    .hint = use TrueType (.ttf) or OpenType (.otf) files
    .explain = social: fonts: lists the brand fonts that share cards are drawn with.
