## Indicators: content/indicators/<id>.yaml, its figures in <id>.csv, Open SDG metadata in <id>.md

indicator-did-you-mean = did you mean `{ $best }`?

indicator-one-of = write one of: { $list }

G001 = the indicator has no title
    .title = An indicator without a title
    .hint = add `title: {"{"}en: "...", ar: "..."{"}"}`, or `sdg_indicator: 3.2.1` to use the UN's official name
    .explain =
        Every indicator needs a name in each language of the site: it heads the indicator's page and its card.

        Fix: write title: {"{"}en: "Pupils enrolled", ar: "التلاميذ المسجلون"{"}"}, or name the global SDG indicator it measures, like sdg_indicator: 4.1.1, and bayan uses the UN's official name in English and Arabic.

G002 = `{ $code }` is not a global SDG indicator
    .title = An SDG indicator code that does not exist
    .explain =
        sdg_indicator: names one of the UN's global indicators of the Sustainable Development Goals by its code: goal, target and number, separated by dots.

        Example: sdg_indicator: 3.2 (a target, not an indicator) or 3.2.9 (no such indicator)

        Fix: write the code as the UN's list gives it, like 3.2.1 or 17.2.1.

G002-write = write the UN's code of the indicator, like 3.2.1 or 17.2.1

G003 = unknown direction `{ $value }`
    .title = A direction that is neither increase nor decrease
    .explain =
        direction: says which way is progress: increase when more is better (pupils enrolled), decrease when less is better (deaths of children under five). Without it, bayan counts a rise as progress.

        Fix: write direction: increase or direction: decrease.

G004 = unknown chart `{ $value }`
    .title = A chart style that is neither line nor bar
    .explain =
        chart: chooses how the indicator's figures are drawn: line (the default) or bar.

        Fix: write chart: line or chart: bar.

G005 = `{ $value }` { $why }
    .title = A year or period that cannot be read
    .hint = write a year like 2024, a fiscal year like 2023-24, a quarter like 2024 Q2 or a month like 2024-M03
    .explain =
        Every figure of an indicator belongs to a period, and bayan must read it exactly to place the figure on the chart and measure progress. It reads years from 1900 to 2100, written with the digits 0-9.

        Example: year: 20233, or 2024 Q5 in the Year column of the CSV file

        Fix: write a year like 2024, a fiscal year like 2023-24, a quarter like 2024 Q2, a half like 2024 H1 or a month like 2024-M03.

G005-year = is not a plausible year (bayan reads 1900 to 2100)

G005-not = is not a period

G005-part = is not a quarter, half or month

G005-range = has a quarter, half or month out of range

G005-month = is neither a month (01 to 12) nor a fiscal year like 2016-17

G005-backwards = ends before it starts

G006 = the value is not a number
    .title = A value that is not a number
    .hint = write a plain number, like 15 or 12.5
    .explain =
        The values of an indicator are published as figures, so each must be a number written with the digits 0-9 and a dot for decimals.

        Example: value: .nan

        Fix: write the figure, like value: 12.5, or leave out the year that has no figure.

G007 = `{ $value }` is too large a value to show exactly
    .title = A figure too large to be true
    .hint = { plausible-hint }
    .explain =
        bayan publishes figures smaller than a million billion (10^15). No figure of development work comes near it, so a larger one is a mistake in the file: a date, an identifier or a cell pasted into the value.

        Fix: check the figure against its source and write it as it is there.

G008 = the indicator has a target but no baseline
    .title = A target without a baseline
    .hint = add `baseline: {"{"}year: ..., value: ...{"}"}`: progress is measured from it
    .explain =
        Progress towards a target is measured from a baseline: where the figure stood when the work began.

        Fix: add the baseline beside the target, like baseline: {"{"}year: 2020, value: 15{"}"}.

G009 = the target's year is not after the baseline's
    .title = A target not later than its baseline
    .hint = the baseline is { $baseline }: the target comes later
    .explain =
        A target is a figure to reach by a year after the baseline; progress is measured along the years between them.

        Example: baseline: {"{"}year: 2024, value: 15{"}"} with target: {"{"}year: 2020, value: 40{"}"}

        Fix: check both years against the plan the indicator comes from.

G010 = the target is { $comparison } than the baseline, but the indicator counts { $counted } as progress (`direction: { $direction }`)
    .title = A target on the wrong side of the baseline
    .hint = write `direction: { $other }` if { $wanted } is progress, or check the numbers
    .explain =
        direction: says which way is progress, and bayan counts a rise as progress when it is not written. A target lower than the baseline of an indicator whose rise is progress (or higher, when a fall is) would show every step towards the target as going backwards.

        Example: deaths of children under five, baseline 30, target 20, without direction:

        Fix: write direction: decrease when less is better, or correct the baseline or the target.

G010-lower = lower

G010-higher = higher

G010-rise = a rise

G010-fall = a fall

G011 = the periods are out of order: { $period } comes after { $previous }
    .title = Values out of time order
    .hint = list the values from the oldest period to the newest, one per period
    .explain =
        The values under series: are listed from the oldest period to the newest, each period once, so that the chart and the latest value are right.

        Fix: move the line to its place in time, or remove it if it repeats a period.

G012 = the values are given twice: here and in a CSV file
    .title = Values both in the YAML file and in a CSV file
    .hint = keep either `series:` here or { $csv }, not both
    .explain =
        An indicator's figures are written either under series: in its YAML file or in the CSV file of the same name beside it, never in both, so that no one has to guess which is right.

        Fix: keep the CSV file and remove series:, or the other way round.

G013 = unknown key `{ $key }` in the source
    .title = A source with a key bayan does not read
    .hint = write the source's name per language and its link: { $keys }
    .explain =
        source: gives the name of the organisation the figures come from, once per language of the site, and a link to them.

        Fix: source: {"{"}en: "Ministry of Education", ar: "وزارة التعليم", url: "https://example.org/data"{"}"}

G014 = `unit:` is not used: the data names the unit of each value
    .title = A unit the data replaces
    .hint = translate the data's units under `labels:`, like `labels: {"{"}"GBP (£)": {"{"}ar: "جنيه إسترليني"{"}"}{"}"}`
    .explain =
        When the CSV file has a Units column, each value is shown in its own unit, and unit: in the YAML file is left unused.

        Fix: remove unit:, and translate the units written in the data under labels:.

G015 = this indicator has no values yet, so its page shows no figure or progress
    .title = An indicator without values
    .explain =
        An indicator is published with its title and target even before it has figures, but its page shows no figure, chart or progress until values are added.

        Fix: add series: with a value per year, or a CSV file of the same name with the columns Year,Value.

G015-inline = add `series:` with yearly values, or a CSV file with columns Year,Value beside it

G015-csv = the CSV file beside it has no line with a value yet

G016 = unknown total `{ $value }`
    .title = A total that names no line
    .hint = write `total: none`, or name the line that stands for the whole, like `total: {"{"}Country: England{"}"}`
    .explain =
        total: names the line of the data whose figure stands for the whole, by the values of its disaggregation columns, or says with none that the data has no such line.

        Fix: total: {"{"}Country: England{"}"} or total: none.

G017 = the data has no disaggregation column `{ $column }`
    .title = A total that names a column the data lacks
    .explain =
        total: names the line that stands for the whole by the columns that split the data (disaggregations like Sex or Country) and their values. A column name must be written exactly as on the first line of the CSV file.

        Fix: correct the column name, like total: {"{"}Country: England{"}"}.

G017-columns = the disaggregation columns are: { $list }

G017-none = the data has no disaggregation columns, so each of its values is a total: remove `total:`

G018 = no line of the data has exactly these values{ $which }
    .title = A total that matches no line of the data
    .hint = name the disaggregation values of one line of the CSV file, leaving out the columns blank on it; the data has { $values }
    .explain =
        total: names one line of the data by the values of its disaggregation columns, exactly as the CSV file writes them. A value written differently, or a column left out that is filled on that line, matches no line, and the indicator would have no headline figure.

        Fix: copy the values from the line of the CSV file that stands for the whole.

G019 = no line of the data gives the total{ $which }, so there is no headline figure
    .title = Data without a total
    .hint = the total is on the lines whose disaggregation cells ({ $columns }) are all empty; if the data has none, name the line that stands for the whole in { $yaml }, like `total: {"{"}{ $first }: ...{"}"}`, or write `total: none`
    .explain =
        The headline figure of an indicator is its total: the line of the CSV file whose disaggregation cells (Sex, Country...) are all empty. Data that only gives the parts, like one line per country, has no such line, and bayan does not guess which one stands for the whole.

        Fix: name the line in the indicator's YAML file, like total: {"{"}Country: England{"}"}, or write total: none to publish the data without a headline figure.

indicator-for-all = {""}

indicator-for = {" "}for { $list }

indicator-for-plain = {" "}for the values without a series or unit

indicator-for-both = {" "}for { $list } and for the values without a series or unit

G020 = no values have this series and unit
    .title = A first view that names no values of the data
    .explain =
        show_first: chooses which series and unit of the data is shown first and on cards, by the words written in the Series and Units columns of the CSV file.

        Fix: copy the series and unit as the CSV file writes them, like show_first: {"{"}series: "Gross enrolment ratio", unit: "Percentage (%)"{"}"}.

G020-pairs = the data has: { $list }

G020-pairs-and-plain = the data has: { $list }; and values without a series or unit

G020-none = the data names no series or unit, so there is nothing to choose: remove `show_first:`

G021 = the data has no `{ $label }`
    .title = A label for a word the data does not have
    .explain =
        labels: translates the words written in the data (series, units, disaggregation values and column names) into the other languages of the site. A label whose word is not in the data, exactly as written there, translates nothing.

        Fix: copy the word as the CSV file writes it, or remove the label.

G021-words = labels translate the words of the data: series, units, disaggregations like Female or Rural, and column names

G022 = the label `{ $label }` has no { $languages } text
    .title = A label without a translation
    .hint = add the translation, like {"{"}{ $lang }: "..."{"}"}; until then the data's own word is shown
    .explain =
        A label translates a word of the data into the other languages of the site; until a language is added, its pages show the word as the data writes it.

        Fix: labels: {"{"}Female: {"{"}ar: "إناث"{"}"}{"}"}

G023 = the texts the indicator takes from its metadata ({ $keys }) have no { $languages } text
    .title = Texts of the metadata in one language only
    .hint = translate them in this file, like `description: {"{"}{ $lang }: "..."{"}"}`; until then the pages show them in the default language
    .explain =
        Open SDG metadata (the indicator's .md file) is written in the site's default language only. Its texts are shown in every language until the indicator's YAML file translates them.

        Fix: write the text in the YAML file with each language, like description: {"{"}en: "...", ar: "..."{"}"}.

G024 = this metadata file is empty and is not used
    .title = An empty metadata file
    .hint = copy the indicator's file from the meta/ folder of the Open SDG data repository, or delete this one
    .explain =
        An indicator's .md file holds its Open SDG metadata: names, units, source. An empty one adds nothing to the indicator.

        Fix: copy the indicator's metadata file from the Open SDG data repository, or delete the empty file.

G025 = cannot read the CSV: { $detail }
    .title = A CSV file that cannot be read
    .hint = save it as CSV (comma-separated, UTF-8)
    .explain =
        An indicator's figures are read from a CSV file: plain text, one line per value, cells separated by commas.

        Fix: open the file in a spreadsheet, choose Save As, and pick CSV UTF-8 (comma delimited).

G026 = the first line must name the columns `Year` and `Value`
    .title = A CSV file without the columns Year and Value
    .hint = start the file with a line like `Year,Value` (more columns are disaggregations, like `Year,Sex,Value`, or attributes like `Units`)
    .explain =
        The first line of an indicator's CSV file names its columns, as Open SDG does: Year for the period, Value for the figure, and others that split the figures (Sex, Country) or describe them (Units, Series).

        Example: Jahr,Wert or a file whose first line is a figure

        Fix: start the file with a line like Year,Value or Year,Sex,Value.

G027 = this line has { PLURAL($cells) ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }, the first line has { $columns }
    .title = A line with more or fewer cells than the columns
    .hint = write numbers without thousands separators (1100, not 1,100), and put text with commas in double quotes
    .explain =
        Each line of a CSV file has one cell per column of its first line. A comma inside a number (1,100) or inside text not put in double quotes starts a new cell, and every figure after it would be read in the wrong column.

        Fix: write 1100 instead of 1,100, and "Kanem, Chad" in double quotes.

G028 = cannot read this line: { $detail }
    .title = A line of a CSV file that cannot be read
    .hint = write numbers without thousands separators (1100, not 1,100), and put text with commas in double quotes
    .explain =
        bayan could not read this line of the CSV file, most often because of a double quote left open.

        Fix: check the line's double quotes and commas, or save the file again as CSV UTF-8 from the spreadsheet.

G029 = `{ $value }` is ambiguous in a file saved with semicolons
    .title = A number that can be read two ways
    .hint = write the number without thousands separators and with a decimal comma, like 85148 or 85,148
    .explain =
        Spreadsheets set to a European language save CSV files with semicolons and a comma for decimals. In such a file a dot may separate thousands, so 85.148 could be 85148 or 85.148, and bayan does not guess a published figure.

        Fix: write 85148, or 85,148 for the decimal.

G030 = `{ $value }` is not a number
    .title = A value in a CSV file that is not a number
    .hint = write a plain number with a dot for decimals and no thousands separator, like 12500.5; leave the cell empty when there is no value
    .explain =
        The Value column holds figures written with the digits 0-9, a dot for decimals and no thousands separators, units or notes. A period without a figure leaves its cell empty.

        Example: 12 500, 45%, n/a

        Fix: write 12500 and 45, and leave the cell empty for n/a.

G031 = { $period } is the same period as { $earlier } on line { $line }{ $which }
    .title = A period given twice
    .hint = keep one value per period (and per series, unit and disaggregation)
    .explain =
        Each line of the data has one value per period. Two values for the same period, even written differently (2014-15 and 2014/15), leave the reader to guess which is right.

        Fix: keep the right value and delete the other line.

G031-total = {""}

G031-for = , for { $cells }

G032 = { PLURAL($count) ->
        [one] { $count } more line has problems
       *[other] { $count } more lines have problems
    }, besides the { $shown } shown
    .title = Too many bad lines to show them all
    .hint = check how the file was saved: as CSV, UTF-8, with the columns of its first line
    .explain =
        bayan shows the first problems of a CSV file one by one and counts the rest. So many bad lines usually mean the whole file was saved in another way, like with other separators or columns.

        Fix: save the file again as CSV UTF-8 (comma delimited) from the spreadsheet, and check its first line.
