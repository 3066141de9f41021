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
F002 = the file is a link to a file elsewhere: { $reason }
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
