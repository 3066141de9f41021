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
