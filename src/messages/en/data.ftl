## What every data file shares (projects, partners, indicators)

data-project = project
data-indicator = indicator
data-partner = partner

D001 = there is no { $what } `{ $id }`
    .title = A reference to a project, indicator or partner that does not exist
    .explain =
        Stories and data files name projects, indicators and partners by their id: the name of the
        project's or indicator's file (content/projects/wells.yaml is `wells`), or the key of the
        partner in content/partners.yaml. An id written with a typing mistake, or of a file that
        was renamed or removed, leads nowhere. Write the id as its file names it, or remove it.

D001-did-you-mean = did you mean `{ $best }`?

D001-define = define it in { $file }, or remove it

D002 = `{ $key }` has no { $languages } text
    .title = A text of a data file without a language of the site
    .explain =
        Texts of data files are written once per language of the site, like
        `title: {"{"}en: "Wells for Kanem", ar: "آبار لكانم"{"}"}`. Until the missing language is
        added, its pages show the text of the default language.
    .hint = add the translation, like {"{"}en: "...", ar: "..."{"}"}; until then the default language is shown

D003 = `{ $url }` is not a web address
    .title = A link in a data file that is not a web address
    .explain =
        Links of projects, partners and indicator sources must be full web addresses starting with
        https:// (or http://), so that nothing else, like a script, can hide in a link.
    .hint = write the full address, starting with https://

D004 = the name is still the placeholder “{ $name }” that `bayan new` wrote
    .title = A placeholder name in a data file
    .hint = write the name in Arabic in place of it
    .explain =
        `bayan new project`, `indicator` and `partner` write a placeholder Arabic name when the title given is not in Arabic. Published, it would be the project's, indicator's or partner's name on every Arabic page. It is an error when building the site and a warning in the preview.

        Fix: write the name in Arabic, like `title: {"{"}en: "School meals", ar: "وجبات مدرسية"{"}"}`.

plausible-hint = figures of a million billion (10^15) or more are a mistake in the file: a date, an identifier or an extra row of digits typed as a value
