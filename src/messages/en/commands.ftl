## The output folder (build)

W100 = this folder was not made by bayan, so it will not be replaced
    .title = An output folder bayan did not make
    .explain =
        A build replaces its output folder as a whole. So that it never deletes someone's files,
        bayan only replaces a folder it made itself (it leaves a marker file in it). Build into a
        new or empty folder, or into the folder of an earlier build.
    .hint = choose another output folder with --output DIR; bayan only replaces folders it created itself

W101 = the output folder would overlap the site's own files in { $sources }
    .title = An output folder inside the site's sources
    .explain =
        The output folder is replaced by every build. If it were the site folder, held it, or sat
        inside content/, static/ or the theme, a build would overwrite the writers' own files.
        Write the site to a folder of its own, like public/ beside content/.
    .hint = write the site to a folder of its own, like --output public

W102 = the output folder is the folder bayan is running in, which a build replaces as a whole
    .title = The output folder is the current folder
    .explain =
        A build swaps its output folder for a new one in one step. The folder a program runs in
        cannot be swapped under it. Run bayan from the folder above, or choose another folder.
    .hint = build into a folder of its own, like --output public, run from the folder above it

W103 = this folder holds the public site, and a build with --drafts or --preview would put unpublished stories in it
    .title = A preview aimed at the public site's folder
    .explain =
        A preview holds drafts and stories under embargo. Written into the public site's folder,
        one upload or `git add` would publish them before their time. Without --output, a preview
        goes to preview/ in the site folder, apart from the public site.
    .hint = leave out --output: a preview is written to preview/ in the site folder, apart from the public site

W104 = cannot write the site: { $reason }
    .title = The site cannot be written
    .explain =
        The output folder could not be written: the disk is full, the folder is read-only, or
        another program holds a file in it. Nothing is half-written: the previous output stays
        as it was.
    .hint = check that the folder is writable and the disk has space; the previous output is unchanged

W105 = a share card this build kept in .bayan-cache cannot be read back: { $reason }
    .title = A share card gone from the cache
    .explain =
        A build keeps the share cards it draws in the site's .bayan-cache/ folder, and copies
        them into the output folder only when it writes the site. Between the two, this file was
        deleted or could not be read: the cache folder was emptied while the build ran, or the
        disk failed. Nothing is half-written: the previous output stays as it was.
    .hint = delete .bayan-cache and build again; the cards are drawn anew

## bayan init and bayan new

U001 = this folder is not empty, so nothing was written
    .title = bayan init into a folder that holds files
    .explain =
        `bayan init` writes a new site into a folder that does not exist yet or is empty, so
        that it never overwrites anything. Give it a new folder name.
    .hint = choose a new folder name, or an empty folder

U002 = `{ $slug }` cannot be used in a web address
    .title = A name that cannot be part of a web address
    .explain =
        The name of a new story, page, project, indicator or partner becomes part of its web
        address, so it is written in lowercase ASCII letters, digits and hyphens: school-meals,
        not "School Meals" or وجبات.
    .hint = use lowercase ASCII letters, digits and hyphens, like `{ $suggestion }`

U003 = a headline in Arabic letters gives no name for the story's web address
    .title = An Arabic headline without --slug
    .explain =
        `bayan new story` makes the story's web address from its headline. An address is written
        in Latin letters, so an Arabic headline needs a name given with --slug, like
        `bayan new story "وجبات مدرسية" --slug school-meals`.
    .hint = add one with --slug, in lowercase ASCII letters, digits and hyphens, like --slug school-meals

U004 = this file already exists, so nothing was written
    .title = bayan new would overwrite a file
    .explain =
        `bayan new` never overwrites a file. A file of that name exists: edit it, or choose
        another name.
    .hint = choose another name, or edit the file

U005 = there is already a partner `{ $id }`, so nothing was written
    .title = bayan new partner with an id in use
    .explain =
        Each partner in content/partners.yaml has its own id. One with this id is there already:
        edit it there, or give the new partner another id.
    .hint = choose another id, or edit the partner there

U006 = cannot write: { $reason }
    .title = bayan init or new cannot write
    .explain =
        A file of the new site or content could not be written: the folder is read-only or the
        disk is full. Check the folder, then run the command again.
    .hint = check that the folder is writable and the disk has space
