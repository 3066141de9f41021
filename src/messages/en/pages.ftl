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

P002 = the page still holds the placeholder text “{ $line }” that `bayan new page` wrote
    .title = A placeholder left in a page
    .hint = write the page's text in its place
    .explain =
        `bayan new page` writes placeholder text for the writer to replace. A page published with it would show it to readers. It is an error when building the site and a warning in the preview.

        Fix: replace the placeholder with the page's text.

P003 = the title is still the placeholder “{ $title }” that `bayan new page` wrote
    .title = A placeholder page title
    .hint = write the page's title in place of it
    .explain =
        `bayan new page` writes a placeholder title in the file of a language the given title is not written in. Published, it would be the page's title.

        Fix: write the title in this file's language.

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
