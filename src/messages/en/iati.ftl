## IATI activity files (content/iati/): reading the XML

A001 = the file is saved as UTF-16
    .title = An activity file saved as UTF-16
    .hint = save it as UTF-8 (in most editors: Save As, encoding UTF-8), as IATI asks
    .explain =
        IATI activity files are UTF-8 text, as the standard asks. A file saved as UTF-16, as some
        Windows tools do, cannot be read.

        Fix: open it in a text editor and save it again as UTF-8, or download it again from its
        publisher.

A002 = the file is not well-formed XML, so it cannot be read: { $detail }
    .title = An activity file that is broken XML
    .hint = an element is not closed, is closed with another name, or a `<` or `&` stands in the text; download the file again, or tell its publisher
    .explain =
        An IATI file is XML: each <element> is closed by its </element>, and a < or & in a text is
        written &lt; or &amp;. A file cut short by a download, or changed by hand, breaks these
        rules, and none of its activities can be read.

        Example: <title> closed by </titel>.

        Fix: download the file again; if it is still broken, tell its publisher, or remove it
        from content/iati/.

A003 = this is not an IATI activity file: it starts with `<{ $name }>`
    .title = An XML file in content/iati/ that is not an activity file
    .hint = content/iati/ holds IATI activity files, which start with <iati-activities> (IATI organisation files are not read); remove this one
    .explain =
        content/iati/ holds IATI activity files, whose first element is <iati-activities>. Other
        XML files, such as IATI organisation files (<iati-organisations>), are not read.

        Fix: remove the file, or put the publisher's activity file in its place.

A004 = this text is not valid UTF-8: the file is saved in another encoding than it declares
    .title = An activity file in another encoding than it declares
    .hint = save the file again as UTF-8 (in most editors: Save As, encoding UTF-8), or ask its publisher for a UTF-8 file
    .explain =
        The file says it is UTF-8 but holds letters saved another way (often Latin-1 from an old
        tool), so names like Côte d'Ivoire would be published garbled.

        Fix: open it in a text editor and save it again as UTF-8, or ask the publisher for a
        UTF-8 file.

A005 = `&{ $name };` is not a character XML knows
    .title = An HTML character name in an activity file
    .hint = write the character itself (files are UTF-8), or &amp; for an ampersand
    .explain =
        XML knows only five named characters (&amp; &lt; &gt; &quot; &apos;) and numbered ones
        like &#160;. Names from HTML, like &nbsp; or &eacute;, are not XML.

        Fix: write the character itself (é), its number (&#233;), or &amp; for an ampersand; or
        tell the file's publisher.

A006 = this file holds invisible control characters, which XML does not allow; they are left out of the site
    .title = Invisible control characters in an activity file
    .hint = nothing to do here; tell the file's publisher if its texts look cut
    .explain =
        Some tools leave invisible control characters (like a vertical tab) in texts. XML does not
        allow them, so bayan leaves them out and publishes the rest of the text.

        Fix: nothing is needed; if a title or description looks cut on the site, tell the file's
        publisher.

A007 = the file holds no XML element
    .title = An empty activity file
    .hint = the file is empty or not XML: download it again, or remove it from content/iati/
    .explain =
        An IATI activity file starts with <iati-activities version="2.03">. This file is empty, or
        holds no XML at all, often because a download failed.

        Fix: download the file again from its publisher, or remove it.

A008 = the file holds no activity
    .title = An activity file without activities
    .hint = each project is an <iati-activity> inside <iati-activities>; remove the file if it is not needed
    .explain =
        The file is a right IATI activity file, but it holds no <iati-activity>, so it adds no
        project to the site.

        Fix: remove the file if it is not needed, or download it again from its publisher.

A009 = an attribute cannot be read: { $detail }
    .title = An attribute written wrong in an activity file
    .hint = write attributes as name="value", each once, with &amp; for an ampersand; or tell the file's publisher
    .explain =
        XML writes the attributes of an element as name="value", each name once, and an ampersand
        as &amp;.

        Example: <value currency=USD> (without quotes), or currency written twice.

        Fix: correct the attribute, or tell the file's publisher.

## IATI activities

A010 = this is an IATI { $version } file: bayan reads versions 2.01 to 2.03
    .title = An activity file of IATI version 1
    .hint = ask the publisher for the file in version 2.03 (IATI retired version 1 in 2019)
    .explain =
        bayan reads activity files of IATI versions 2.01, 2.02 and 2.03. Version 1 files, retired
        in 2019, are written differently and their activities are not read.

        Fix: ask the publisher for the file in version 2.03 (most publish it on the IATI
        registry), or remove it.

A011 = IATI version `{ $version }` is not one bayan knows
    .title = An unknown IATI version
    .hint = bayan reads versions 2.01, 2.02 and 2.03; check the `version` attribute of <iati-activities>
    .explain =
        The version an activity file declares, at its start, tells how it is written. bayan reads
        versions 2.01, 2.02 and 2.03; the activities of a file of another version are not read.

        Example: <iati-activities version="2.3"> for 2.03.

        Fix: correct the version if it is mistyped, or ask the publisher for a 2.03 file.

A012 = the file does not say which IATI version it follows
    .title = An activity file without its IATI version
    .hint = add version="2.03" to <iati-activities>; the file is read as 2.03
    .explain =
        Each IATI activity file declares its version at its start, like
        <iati-activities version="2.03">. Without it, bayan reads the file as version 2.03.

        Fix: add version="2.03", or tell the publisher.

A013 = this activity has no <iati-identifier>
    .title = An activity without its identifier
    .hint = every IATI activity needs its identifier (the publisher's organisation identifier, a hyphen and its own code); ask the publisher to add it
    .explain =
        The identifier names an activity everywhere, like XM-DAC-41114-PROJECT-1, and gives its
        project page its address. An activity without one is not published.

        Fix: ask the publisher to add <iati-identifier> to the activity; until then, write it in
        this file yourself, or remove the file.

A014 = the identifier `{ $identifier }` has a space
    .title = An activity identifier with a space
    .hint = IATI identifiers have no spaces; ask the publisher to correct it (its web address is made without it)
    .explain =
        IATI identifiers are written without spaces, so that other systems find the activity by
        it. The project page is still published, its address made without the space.

        Fix: tell the publisher.

A015 = the activity has more than one <title>
    .title = An activity with two titles
    .hint = IATI allows one title, with a narrative per language; the first is shown
    .explain =
        An activity has one <title>, holding one <narrative> per language. When there are more,
        the first is shown on the site.

        Fix: tell the publisher; to choose the title yourself, add content/projects/<id>.yaml
        with `iati: <identifier>` and `title: ...`.

A016 = the activity `{ $identifier }` has no title
    .title = An activity without a title
    .hint = an activity needs <title><narrative>...</narrative></title>; ask the publisher to add it
    .explain =
        Each project page is headed by the activity's title, so an activity without one is not
        published.

        Fix: ask the publisher to add <title><narrative>...</narrative></title>; until then,
        write it in this file yourself, or remove the file.

A017 = the activity has no { $missing } and is left out of /data/iati-activities.xml
    .title = An activity left out of the site's IATI file
    .hint = IATI asks it of every activity; ask the publisher to add it
    .explain =
        The site publishes its projects again as an IATI file, /data/iati-activities.xml. IATI
        asks every activity in it to name its reporting organisation (<reporting-org ref="...">)
        and a date (<activity-date>). An activity without them is left out of that file; its page
        is still published.

        Fix: ask the publisher to add what is missing.

A018 = activity date type `{ $type }` is not one of IATI's
    .title = An activity date of an unknown type
    .hint = type is 1 (planned start), 2 (actual start), 3 (planned end) or 4 (actual end); this date is not used
    .explain =
        Each <activity-date> says which date it is with type="1" to type="4". A date of another
        type is not used.

        Fix: tell the publisher.

A019 = `{ $value }` is not a date (in { $attribute } of <{ $element }>)
    .title = A date in an activity file that is not one
    .hint = IATI dates are written YYYY-MM-DD, like 2024-05-12; this one is left out
    .explain =
        IATI dates are written year, month, day: 2024-05-12. A date written otherwise, like
        12/05/2024, is left out.

        Fix: tell the publisher.

A020 = <{ $element }> has no { $attribute }
    .title = A date element without its date
    .hint = IATI dates are written { $attribute }="YYYY-MM-DD", like { $attribute }="2024-05-12"; this one is left out
    .explain =
        Dates of activity files are written in an attribute, like
        <period-start iso-date="2024-01-01"/>. An element without it gives no date.

        Fix: tell the publisher.

A021 = activity status `{ $code }` is not one of IATI's
    .title = An activity status of an unknown code
    .hint = the codes are 1 (pipeline) to 6 (suspended); from its dates it is shown as `{ $status }`
    .explain =
        <activity-status code="2"/> says whether an activity is planned (1), under way (2),
        finishing (3), closed (4), cancelled (5) or suspended (6). With another code, the status
        is taken from the activity's dates.

        Fix: tell the publisher; to set it yourself, add `status:` in content/projects/<id>.yaml
        with `iati: <identifier>`.

A022 = the activity has no <activity-status>
    .title = An activity without a status
    .hint = the codes are 1 (pipeline) to 6 (suspended); from its dates it is shown as `{ $status }`
    .explain =
        <activity-status code="2"/> says whether an activity is planned, under way, closed or
        cancelled. Without it, the status is taken from the activity's dates.

        Fix: tell the publisher.

A023 = a second narrative in `{ $language }` in <{ $element }>
    .title = A text written twice in one language
    .hint = give one narrative per language; the first is shown
    .explain =
        A title or description holds one <narrative> per language. When a language has two, the
        first is shown.

        Fix: tell the publisher; to choose the text yourself, write it in
        content/projects/<id>.yaml with `iati: <identifier>`.

A024 = organisation role `{ $role }` is not one of IATI's
    .title = An organisation of an unknown role
    .hint = role is 1 (funding), 2 (accountable), 3 (extending) or 4 (implementing); this organisation is left out
    .explain =
        Each <participating-org> says what it does with role="1" to role="4". An organisation with
        another role is not shown among the project's partners.

        Fix: tell the publisher; to name the partner yourself, add it under `partners:` in
        content/projects/<id>.yaml with `iati: <identifier>`.

A025 = this organisation has neither a name nor an identifier
    .title = An organisation without a name
    .hint = give it a ref="..." or a <narrative>; it is left out
    .explain =
        An organisation taking part is named by its identifier (ref="XM-DAC-41114") or by a
        <narrative>. One with neither cannot be shown, and is left out.

        Fix: tell the publisher.

## Money in IATI activities

A026 = `{ $value }` is not an amount
    .title = An amount that is not a plain number
    .hint = IATI amounts are plain numbers with a dot for decimals and no separators, like 150000.50
    .explain =
        Amounts are written as plain numbers: 150000.50. A comma could mean decimals (1,5) or
        thousands (1,500), and bayan never guesses which, so that no total is wrong.

        Fix: tell the publisher; until a corrected file comes, correct it in this file, or
        remove the file.

A027 = `{ $value }` is too large an amount to show exactly
    .title = An amount too large to be true
    .hint = { plausible-hint }
    .explain =
        No budget comes near a million billion (10^15). A figure that large is a mistake in the
        file, like a date or an identifier typed as the amount, and is left out.

        Fix: tell the publisher; until a corrected file comes, correct it in this file, or
        remove the file.

A028 = this amount has no currency
    .title = An amount without its currency
    .hint = give the value a currency="USD" attribute, or the activity a default-currency
    .explain =
        Each amount is in a currency: its own (<value currency="USD">) or the activity's
        (<iati-activity default-currency="USD">). An amount without one is left out, since any
        total shown with it would be wrong.

        Fix: tell the publisher; until a corrected file comes, correct it in this file, or
        remove the file.

A029 = `{ $currency }` is not an ISO 4217 currency code
    .title = An unknown currency
    .hint = currencies are three-letter codes like USD, EUR or QAR
    .explain =
        Currencies are written as their three-letter ISO 4217 codes: USD, EUR, QAR. An amount in
        another currency is left out.

        Fix: tell the publisher; until a corrected file comes, correct it in this file, or
        remove the file.

A030 = this amount has no value-date
    .title = An amount without the day of its exchange rate
    .hint = IATI asks for the day of the exchange rate, like value-date="2024-01-01"; the amount is shown as written
    .explain =
        IATI gives each amount the day its currency is converted on (value-date="2024-01-01"), so
        that amounts can be compared. Without it, the amount is shown as written.

        Fix: nothing is needed on the site; tell the publisher.

A031 = this budget has no <value>
    .title = A budget without an amount
    .hint = write the amount in <value currency="..." value-date="...">
    .explain =
        Each <budget> holds its amount in <value currency="USD" value-date="2024-01-01">.
        A budget without it is left out.

        Fix: tell the publisher; until a corrected file comes, correct it in this file, or
        remove the file.

A032 = the budget is negative ({ $value })
    .title = A negative budget
    .hint = a budget is an amount planned; a reduction is written as a revised budget (type="2")
    .explain =
        A budget is an amount planned, never below zero. A budget that was reduced is written
        again as a revised budget (type="2") with the new amount. The negative one is left out.

        Fix: tell the publisher; until a corrected file comes, correct it in this file, or
        remove the file.

A033 = the budget period ends ({ $end }) before it starts ({ $start })
    .title = A budget that ends before it starts
    .hint = check period-start and period-end
    .explain =
        A budget covers the days from its period-start to its period-end. One that ends before it
        starts is a mistake, and is left out.

        Fix: tell the publisher; until a corrected file comes, correct it in this file, or
        remove the file.

A034 = budget type `{ $type }` is not one of IATI's
    .title = A budget of an unknown type
    .hint = type is 1 (original) or 2 (revised); it is read as original
    .explain =
        A budget is original (type="1") or revised (type="2"), a revised one replacing the
        original of its period. A budget of another type is read as original.

        Fix: tell the publisher.

A035 = this transaction has no known transaction-type
    .title = A transaction of an unknown type
    .hint = the type is a code of IATI's TransactionType list, like 3 (disbursement); it is left out
    .explain =
        A transaction says what it is with <transaction-type code="3"/>: a commitment (2), a
        disbursement (3), an expenditure (4), and so on. One without a known type is left out.

        Fix: tell the publisher.

A036 = this transaction has no <value>
    .title = A transaction without an amount
    .hint = write the amount in <value currency="..." value-date="...">
    .explain =
        Each <transaction> holds its amount in <value currency="USD" value-date="2024-01-01">.
        A transaction without it is left out.

        Fix: tell the publisher; until a corrected file comes, correct it in this file, or
        remove the file.

A037 = this transaction has no date
    .title = A transaction without a date
    .hint = write <transaction-date iso-date="YYYY-MM-DD"/>
    .explain =
        Each transaction has its day, in <transaction-date iso-date="2024-03-01"/> (or else its
        value-date). A transaction without a date is left out.

        Fix: tell the publisher; until a corrected file comes, correct it in this file, or
        remove the file.

## Documents, results, places and sectors of IATI activities

iati-document-not-linked = a document link starts with https:// or http://; this document is not linked

A038 = this result has no title
    .title = A result without a title
    .hint = write <title><narrative>...</narrative></title>; the result is not shown
    .explain =
        Each <result> of an activity is shown under its title. A result without one is not
        shown.

        Fix: tell the publisher.

A039 = `{ $code }` is not an ISO 3166 country code
    .title = An unknown recipient country
    .hint = recipient countries are two-letter codes like SO or JO; this one is left out
    .explain =
        Recipient countries are written as their two-letter ISO 3166 codes: SO for Somalia, JO for
        Jordan. A country of another code is not shown.

        Fix: tell the publisher.

A040 = `{ $code }` is not an OECD DAC region code
    .title = An unknown recipient region
    .hint = regions are codes of the IATI Region codelist, like 289 (South of Sahara); this one is not shown
    .explain =
        Recipient regions are written as codes of the OECD DAC list: 289 for South of Sahara,
        589 for the Middle East. A region of another code is not shown.

        Fix: tell the publisher.

A041 = the percentages of the recipient countries and regions add up to { $sum }, not 100
    .title = Shares of countries and regions that do not make 100
    .hint = IATI asks the shares of all recipient countries and regions to make 100; the page shows them as written
    .explain =
        When an activity works in several countries or regions, each gets its share, and the
        shares make 100. The page shows them as written.

        Fix: tell the publisher.

A042 = percentage `{ $value }` is not a number from 0 to 100
    .title = A share that is not a percentage
    .hint = write the share as a plain number, like 40 or 33.5
    .explain =
        The share of a country, region or sector is a plain number from 0 to 100, like 40 or
        33.5, without a % sign. A share written otherwise is not shown.

        Fix: tell the publisher.

A043 = `{ $code }` is not an OECD DAC sector code
    .title = An unknown sector code
    .hint = sectors are 5-digit DAC purpose codes (11220) or 3-digit categories (112); this one is not shown
    .explain =
        Sectors are written as OECD DAC codes: 11220 for primary education, or 112 for basic
        education. A sector of another code is not shown.

        Fix: tell the publisher; to name the site's sector yourself, add `sectors:` in
        content/projects/<id>.yaml with `iati: <identifier>`.

A044 = the percentages of the sectors of vocabulary { $vocabulary } add up to { $sum }, not 100
    .title = Shares of sectors that do not make 100
    .hint = IATI asks the shares of the sectors of each vocabulary to make 100
    .explain =
        When an activity works in several sectors of one list (vocabulary), each gets its share,
        and the shares make 100. The page shows them as written.

        Fix: tell the publisher.

## IATI activities and the project files beside them

iati-file-line = { $file } (line { $line })

A045 = the activity `{ $identifier }` is already in { $file } (line { $line })
    .title = An activity in two files
    .hint = an identifier names one activity: remove one of the two, or keep the files of one publisher only once in content/iati/
    .explain =
        An activity is published once, under its identifier. The same identifier in two files is
        often one publisher's file downloaded twice, or an old file beside a new one.

        Fix: remove the older file from content/iati/.

A046 = { $file } already adds to the activity `{ $identifier }`
    .title = Two project files adding to one activity
    .hint = one YAML file adds to an activity: move what this one says into the other, and remove this one
    .explain =
        A file content/projects/<id>.yaml holding `iati: <identifier>` adds titles, sectors or
        stories to an imported activity. Each activity has one such file.

        Fix: move what this file says into the other, and remove this one.

A047 = no IATI activity in content/iati/ has the identifier `{ $identifier }`
    .title = A project file naming an activity that is not there
    .explain =
        `iati: <identifier>` in content/projects/<id>.yaml adds to the activity of that
        identifier, read from content/iati/. The identifier is written exactly as the IATI file
        does, capitals included.

        Fix: correct the identifier, add the IATI file holding it, or remove `iati:` to write a
        project of your own.

A047-did-you-mean = did you mean `{ $best }`? Write the identifier as the IATI file does

A047-add-file = put the IATI file holding the activity in content/iati/, or remove `iati:` to write a project of your own

A048 = the identifier `{ $identifier }` has no ASCII letter or digit to make a web address from
    .title = An activity whose identifier cannot make a web address
    .hint = give the project its address with a file content/projects/<id>.yaml holding `iati: { $identifier }` (an id is lowercase ASCII letters, digits and hyphens)
    .explain =
        A project's web address is made from its IATI identifier, with its Latin letters and
        digits. An identifier without them, like مشروع, gives no address.

        Fix: add content/projects/wells.yaml holding `iati: <identifier>`: the project's address
        is then /projects/wells/.

A049 = this file gives the activity `{ $identifier }` the project id `{ $id }`, which { $place } already has
    .title = A project file whose name another project has
    .hint = rename this file: its name is the project's id
    .explain =
        The name of a file content/projects/<id>.yaml is the id, and web address, of its project.
        Two projects cannot share one.

        Fix: rename this file, like wells-kanem.yaml.

A050 = the activity `{ $identifier }` would have the project id `{ $id }`, which { $place } already has
    .title = An activity whose web address another project has
    .hint = give it another id with a file content/projects/<another-id>.yaml holding `iati: { $identifier }`
    .explain =
        An imported activity's project id and web address are made from its identifier. When
        another project already has that id, the activity is not published.

        Fix: add content/projects/<another-id>.yaml holding `iati: <identifier>`.

A051 = the activity `{ $identifier }` has no { $missing } title
    .title = An activity without a title in a language of the site
    .explain =
        Each project page is published in every language of the site. An activity whose file
        has no title in one of them shows, on that language's pages, the title it has.

        Fix: add content/projects/<id>.yaml with `iati: <identifier>` and
        `title: {"{"}ar: "..."{"}"}`.

A051-add-title = add it in content/projects/{ $id }.yaml: `iati: { $identifier }` and `title: {"{"}{ $language }: "..."{"}"}`; until then the title is shown in { $shown }

A052 = { PLURAL($count) ->
        [one] { $count } activity has
       *[other] { $count } activities have
    } no title in some language of the site
    .title = Many activities of one file without a title in a language
    .hint = the first are at lines { $lines }, and so on; each shows its title in the language it has until a file content/projects/<id>.yaml with `iati: <identifier>` gives `title: {"{"}ar: "..."{"}"}`
    .explain =
        A file of many activities in one language would give a warning for each; they are
        counted in one. Each shows its title in the language it has.

        Fix: for the projects that matter, add content/projects/<id>.yaml with
        `iati: <identifier>` and `title: {"{"}ar: "..."{"}"}`.
