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

## Files in the data folders

F005 = this file belongs to no indicator and is not used
    .title = An indicator's data or metadata without its indicator
    .explain =
        Indicator figures (content/indicators/<id>.csv) and Open SDG metadata
        (content/indicators/<id>.md) are published with the indicator of the same id, described in
        content/indicators/<id>.yaml. Without that file they appear nowhere. For Open SDG data, a
        YAML file holding `sdg_indicator: 3.2.1` can be enough.
    .hint = describe the indicator in content/indicators/{ $id }.yaml (for Open SDG data, `sdg_indicator: 3.2.1` can be enough)

F006 = this is not an IATI activity file and is ignored
    .title = A file in content/iati/ that is not an IATI activity file
    .explain =
        content/iati/ holds the IATI activity files (XML) that donors and agencies publish, as
        downloaded. Other files there (a spreadsheet, a PDF) are not read.
    .hint = content/iati/ holds IATI activity files (XML, ending .xml)

F007 = this file is not data bayan reads and is ignored
    .title = A file in a data folder that bayan does not read
    .explain =
        Each data folder reads files of its own kinds: content/projects/ YAML files, and
        content/indicators/ YAML, CSV and Open SDG metadata files, each named by its id
        (schools-built.yaml). Other files there are not published.
    .hint = name data files { $names }, like { $example }

F008 = the id `{ $id }` cannot be used in a web address
    .title = A data file whose name cannot be an id
    .explain =
        The name of a project's or indicator's file is its id and part of its web address, so it is
        written in lowercase ASCII letters, digits and hyphens: water-wells-kanem.yaml, not
        "Water Wells.yaml" or آبار.yaml. The title in any language goes inside the file.
    .hint = rename the file `{ $file }`: lowercase ASCII letters, digits and hyphens
