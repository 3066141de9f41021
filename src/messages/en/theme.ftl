## Themes and templates

R001 = the theme `{ $theme }` does not exist
    .title = A theme that does not exist
    .hint = create the folder themes/{ $theme }/ beside site.yaml, or remove `theme:` to use the built-in theme
    .explain =
        theme: in site.yaml names a folder of themes/ in the site folder, whose files take the place of the built-in theme's.

        Example: theme: ministry, with no folder themes/ministry/.

        Fix: create that folder, or remove the line theme: to use the built-in theme.

R002 = the theme has no interface text for `{ $lang }`; menus and labels will be in `{ $default }`
    .title = A language without interface text
    .hint = add themes/{ $theme }/i18n/{ $lang }.yaml: copy the built-in theme's en.yaml there and translate it
    .explain = Menus, buttons and labels come from the theme's interface text, one file per language (i18n/en.yaml, i18n/ar.yaml). Until a language has its file, its pages show them in the site's default language.

R003 = the template cannot be read: { $detail }
    .title = A template with a mistake in its syntax
    .hint = fix the template's syntax (Tera 2) where it points; the built-in theme's templates are examples
    .explain =
        Templates are written in Tera 2: {"{{"} ... {"}}"} shows a value, and {"{%"} ... {"%}"} is an instruction such as if or for. A template with a misspelt or unclosed one cannot be used, and the site is not built.

        Example: <p>{"{{"} story.title {"}"}</p> lacks a brace.

        Fix: <p>{"{{"} story.title {"}}"}</p>

R004 = the template failed: { $detail }
    .title = A template that fails on a page
    .hint = check the variables the template uses against the theme documentation in the README
    .explain =
        A template shows the values bayan gives each page (story.title, page.lang). A value the page does not have, or one used the wrong way, stops the page from being made.

        Example: {"{{"} content.title {"}}"} in story.html, which receives `story`, not `content`.

        Fix: write {"{{"} story.title {"}}"}; the README lists the values each template receives.

theme-strings-lines = interface text files are `key: text` lines, like `home: Home`; a text with a count may instead hold one text per plural form under its key (`one:`, `two:`, `few:`, `many:`, `other:`)

## Shortcodes

-shortcode-examples = write {"{{"} indicator(id="schools-built", view="chart") {"}}"} or {"{{"} project(id="darfur-schools") {"}}"}

M100 = this is not a shortcode
    .title = Text that is not a shortcode
    .hint = { -shortcode-examples }
    .explain = A shortcode is written on a line of its own between two pairs of braces: its name, then its options in brackets, like {"{{"} project(id="darfur-schools") {"}}"}.

M101 = the shortcode has no `(`
    .title = A shortcode without brackets
    .hint = { -shortcode-examples }
    .explain =
        A shortcode's options are written in brackets after its name.

        Example: {"{{"} project id="darfur-schools" {"}}"}

        Fix: {"{{"} project(id="darfur-schools") {"}}"}

M102 = the shortcode does not end with `)`
    .title = A shortcode whose brackets are not closed
    .hint = { -shortcode-examples }
    .explain =
        The bracket opened after a shortcode's name is closed before the two closing braces.

        Example: {"{{"} project(id="darfur-schools" {"}}"}

        Fix: {"{{"} project(id="darfur-schools") {"}}"}

M103 = `{ $part }` is not written key="value"
    .title = A shortcode option not written key="value"
    .hint = { -shortcode-examples }
    .explain =
        Each option of a shortcode is its name, an equals sign and its value in quotes; options are separated by commas.

        Example: {"{{"} indicator(id "schools-built") {"}}"}

        Fix: {"{{"} indicator(id="schools-built") {"}}"}

M104 = the shortcode `{ $name }` has no option `{ $key }`
    .title = An option a shortcode does not have
    .hint = its options are: { $options }
    .explain =
        indicator takes id and view, project takes id, and figure takes src.

        Example: {"{{"} project(id="darfur-schools", size="big") {"}}"}

        Fix: remove size="big".

M105 = the shortcode `{ $name }` needs an id
    .title = A shortcode without an id
    .explain = indicator and project show an indicator or a project of the site, named by its id: the name of its file (content/projects/darfur-schools.yaml is `darfur-schools`).

M105-indicator = write {"{{"} indicator(id="...") {"}}"} with the id of the indicator: the name of its file in content/indicators/, without .yaml

M105-project = write {"{{"} project(id="...") {"}}"} with the id of the project: the name of its file in content/projects/, without .yaml

M106 = `{ $word }` is not a view of an indicator
    .title = An indicator view that does not exist
    .hint = use view="figure", view="chart" or view="progress"
    .explain = An indicator shows in a story as its latest figure (view="figure", the default), as a chart (view="chart") or as its progress towards its target (view="progress").

M107 = the shortcode `figure` needs a file
    .title = A figure without its image
    .hint = write {"{{"} figure(src="photo.jpg") {"}}"} with an image beside the story
    .explain = figure shows an image of the story folder with its caption and credit from images.yaml; src names the image's file.

M108 = there is no shortcode `{ $name }`
    .title = A shortcode that does not exist
    .hint = the shortcodes are indicator, project and figure: { -shortcode-examples }
    .explain =
        bayan knows three shortcodes: indicator, project and figure, written in small letters.

        Example: {"{{"} chart(id="schools-built") {"}}"}

        Fix: {"{{"} indicator(id="schools-built", view="chart") {"}}"}

M108-did-you-mean = did you mean `{ $best }`?

M109 = the value { $value } of `{ $key }` is not in quotes
    .title = A shortcode value without quotes
    .hint = put it in quotes: { $key }="{ $bare }"
    .explain =
        The values of a shortcode's options are written in quotes.

        Example: {"{{"} project(id=darfur-schools) {"}}"}

        Fix: {"{{"} project(id="darfur-schools") {"}}"}

## Outputs that cannot be made

-not-the-site = this is not a mistake in the site: build again, and if it happens again, send this message to whoever looks after bayan

W001 = cannot write the open data file { $file }: { $detail }
    .title = An open data file that cannot be made
    .hint = { -not-the-site }
    .explain = bayan could not make one of the open data files (a CSV or JSON file, or the archive all.zip). This does not come from the site's content: if building again does not help, report it with the message.

W002 = cannot make the press kit archive { $path }: { $detail }
    .title = A press kit archive that cannot be made
    .hint = { -not-the-site }
    .explain = bayan could not pack a story's press kit into its archive (.zip). This does not come from the story: if building again does not help, report it with the message.

W003 = cannot draw the share card { $path }: { $detail }
    .title = A share card that cannot be drawn
    .hint = { -not-the-site }
    .explain = bayan could not draw the picture shown when a page is shared (its share card). This does not come from the site's content: if building again does not help, report it with the message.

## The brand images named in site.yaml

C100 = the { $what } (`{ $key }`): { $detail }
    .title = A logo or share image that cannot be published
    .explain = The press logo (press: logo:) and the share image (social: image:) are cleaned of their hidden data before they are published, which needs the whole image to be read. This one could not be read to the end; the message says why.
