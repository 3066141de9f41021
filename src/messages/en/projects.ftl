## Projects and partners: content/projects/<id>.yaml and content/partners.yaml

project-did-you-mean = did you mean `{ $best }`?

project-one-of = write one of: { $list }

D010 = the partner id `{ $id }` cannot be used in a web address
    .title = A partner id that cannot be a web address
    .hint = ids are lowercase Latin letters (a-z), digits and hyphens, like `undp` or `red-crescent`
    .explain =
        Each partner of content/partners.yaml is written under its id, which names it in projects and stories and becomes the address of its page (/en/partners/undp/). An id therefore holds only lowercase Latin letters, digits and hyphens.

        Example: `UNDP:` or `الهلال-الأحمر:` at the start of a line

        Fix: write the id like `undp:` or `red-crescent:`, and the organisation's name in each language under `name:`.

D011 = unknown partner type `{ $value }`
    .title = A partner type bayan does not know
    .explain =
        `type:` says what kind of organisation a partner is, to group and filter the directory of partners. It is one of: un-agency, multilateral, regional, government, ngo, foundation, private, academic, other.

        Example: `type: charity`

        Fix: write the nearest word, like `type: ngo`, or `type: other` when none fits.

D020 = the project has no `title`
    .title = A project without a title
    .hint = write `title: {"{"}en: "...", ar: "..."{"}"}`
    .explain =
        Every project needs a title in each language of the site: it heads the project's page and its card in lists.

        Fix: add a line like `title: {"{"}en: "Village wells", ar: "آبار القرى"{"}"}`.

D021 = the project has no `status`
    .title = A project without a status
    .hint = write `status:` and one of: { $list }
    .explain =
        The status tells readers whether the work is planned, under way or over, and sorts the list of projects. It is one of the IATI statuses: planned, ongoing, finalising, completed, suspended, cancelled.

        Fix: add a line like `status: ongoing`.

D022 = unknown project status `{ $value }`
    .title = A project status bayan does not know
    .explain =
        `status:` is one of six words, written in English whatever the language of the site, and shown translated on the pages: planned, ongoing, finalising, completed, suspended, cancelled.

        Example: `status: active`

        Fix: write the nearest word, like `status: ongoing`.

D023 = `{ $value }` is not a date
    .title = A project date that cannot be read
    .hint = write the date as YYYY-MM-DD, like 2024-05-12
    .explain =
        The dates of projects, budgets and transactions are written year-month-day with the digits 0-9, so that they read the same in every country.

        Example: `start: 12/05/2024` (the 12th of May, or the 5th of December?)

        Fix: `start: 2024-05-12`

D024 = the project ends before it starts
    .title = A project that ends before it starts
    .hint = check `start` and `end`: dates are written YYYY-MM-DD
    .explain =
        `end:` cannot come before `start:`; most often a year was mistyped, or the two dates were swapped.

        Example: `start: 2025-01-01` with `end: 2024-01-01`

        Fix: check both dates against the project's agreement.

D025 = the project ended on { $end } but its status is `ongoing`
    .title = An ongoing project whose end date has passed
    .hint = write `status: completed`, or correct `end` if the project was extended
    .explain =
        A project still marked ongoing after its end date reads wrong to the public: either the work is over, or it was extended and its new end date is missing. The site is still published.

        Fix: write `status: completed` (or `finalising`), or write the new date under `end:`.

D026 = the project started on { $start } but its status is `planned`
    .title = A planned project whose start date has passed
    .hint = write `status: ongoing`, or correct `start` if the work has not begun
    .explain =
        A project still marked planned after its start date reads wrong to the public: either the work has begun, or it was postponed and its new start date is missing. The site is still published.

        Fix: write `status: ongoing`, or write the new date under `start:`.

D027 = the project is `completed` but ends on { $end }
    .title = A completed project whose end date is still to come
    .hint = write `status: ongoing`, or correct `end` if the work is over
    .explain =
        A project marked completed cannot end in the future: either the work goes on, or it finished early and its real end date is missing. The site is still published.

        Fix: write `status: ongoing`, or write the day the work ended under `end:`.

D028 = this project is left out of /data/iati-activities.xml: IATI needs a start or an end date
    .title = A project left out of the IATI file for lack of dates
    .hint = write `start:` (and `end:` when it is known) as YYYY-MM-DD
    .explain =
        When the site publishes its projects to IATI (`iati: publisher:` in site.yaml), each of them needs at least one date. A project without `start:` or `end:` keeps its page on the site, but is missing from the file that donors and the IATI registry read.

        Fix: add `start: 2024-03-01`, and `end:` once it is known.

D030 = unknown organisation role `{ $value }`
    .title = An organisation role bayan does not know
    .explain =
        Each entry of `organisations:` names a partner and its role in the project, with one of the IATI roles: funding (gives the money), accountable (answers for the project), extending (manages the money for the funder) or implementing (does the work).

        Example: `- {"{"}partner: undp, role: implementer{"}"}`

        Fix: `- {"{"}partner: undp, role: implementing{"}"}`

D031 = `{ $code }` is not a DAC sector code
    .title = A DAC sector code that does not exist
    .hint = use 5-digit DAC purpose codes like 12220, or 3-digit categories like 122
    .explain =
        `dac_sectors:` lists the purposes of the aid with the OECD's codes (DAC sectors), as IATI does: a 5-digit purpose like 14030 (basic drinking water supply and basic sanitation) or a 3-digit category like 140. The site's own sectors go under `sectors:`.

        Example: `dac_sectors: [water]` or `dac_sectors: [14099]`

        Fix: `dac_sectors: [14030]`

D032 = `{ $code }` is not a region code
    .title = A region code that does not exist
    .hint = use OECD DAC region codes like 289 (South of Sahara, regional)
    .explain =
        `regions:` names the regions the aid goes to as a whole, with the OECD's region codes that IATI uses, like 289 (South of Sahara, regional) or 589 (Middle East, regional). Countries go under `countries:`, with their two-letter codes.

        Example: `regions: [Sahel]`

        Fix: `regions: [289]`

D033 = `{ $code }` is not an IATI document category
    .title = A document category that does not exist
    .hint = use a code of the DocumentCategory list, like A01 (pre- and post-project impact appraisal) or A07 (review of project performance and evaluation)
    .explain =
        `category:` says what kind of document is linked, with a code of IATI's DocumentCategory list: a letter and two digits, like A02 (objectives and purpose of the activity) or A07 (review of project performance and evaluation). It may be left out.

        Example: `category: evaluation`

        Fix: `category: A07`, or remove `category:`.

D034 = unknown transaction type `{ $value }`
    .title = A transaction type bayan does not know
    .explain =
        `type:` says how the money of a transaction moved: committed (promised by an agreement), disbursed (paid to a partner) or spent (paid for goods and services). The project's page adds up each type.

        Example: `type: paid`

        Fix: `type: disbursed`

D035 = the budget's period ends before it starts
    .title = A budget period that ends before it starts
    .hint = check its `start` and `end`
    .explain =
        A budget may cover a period of the project, from its `start:` to its `end:`, and the end cannot come before the start; most often a year was mistyped.

        Example: `budget: {"{"}amount: 50000, currency: USD, start: 2025-01-01, end: 2024-12-31{"}"}`

        Fix: check both dates; a budget for the whole project needs neither `start:` nor `end:`.

D036 = unknown currency `{ $value }`
    .title = A currency bayan does not know
    .explain =
        Amounts are written with the three-letter code of their currency (ISO 4217), like QAR, USD or EUR, so that amounts in different currencies are never added together.

        Example: `currency: riyal` or `currency: USS`

        Fix: `currency: QAR`

D036-did-you-mean = did you mean `{ $best }`? Currencies are written as their three-letter codes (ISO 4217)

D036-write = write the three-letter code of the currency (ISO 4217), like USD, EUR or QAR

D037 = the budget must be a positive amount
    .title = A budget below zero or not a number
    .hint = write the amount as a plain number, like 12000000
    .explain =
        A budget is the money set aside for the project, written as a plain number without a currency sign or thousands separators; its currency goes under `currency:`.

        Example: `amount: -500` or `amount: .nan`

        Fix: `budget: {"{"}amount: 12000000, currency: QAR{"}"}`

D038 = the amount is not a number
    .title = A transaction amount that is not a number
    .hint = write the amount as a plain number, like 250000
    .explain =
        The amount of a transaction is written as a plain number without a currency sign or thousands separators; its currency goes under `currency:`.

        Example: `amount: .inf`

        Fix: `amount: 250000`

D039 = `{ $amount }` is too large an amount to show exactly
    .title = An amount too large to be true
    .explain =
        bayan publishes amounts smaller than a million billion (10^15). No budget of development work comes near it, so a larger amount is a mistake in the file: a date, an identifier or digits typed twice.

        Fix: check the amount against the project's budget or its agreement, and write it as it is there.

D040 = `{ $key }` of an imported project comes from its IATI file
    .title = A key written for a project imported from IATI
    .hint = remove it here; it is changed in the IATI file itself (keys read from it: { $keys })
    .explain =
        A YAML file with `iati:` adds to a project imported from an IATI file what that file lacks: an Arabic title, a summary, sectors, indicators, partners. Its status, dates, money, organisations and places come from the IATI file alone, so that the site and IATI never disagree.

        Example: `budget:` in content/projects/wells.yaml beside `iati: XM-DAC-1-A`

        Fix: remove the key here, and have it corrected in the IATI file by whoever publishes it.
