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
