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

plausible-hint = figures of a million billion (10^15) or more are a mistake in the file: a date, an identifier or an extra row of digits typed as a value
