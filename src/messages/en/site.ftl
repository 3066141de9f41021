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

C031 = `indicators.license` is not a web address: { $value }
    .title = A licence that is not an address
    .hint = write the address of the licence, like "https://creativecommons.org/licenses/by/4.0/"
    .explain = indicators: license: is the licence of the indicators' open data; search engines that list datasets link to it.
