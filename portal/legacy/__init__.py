"""Moving the old site over (issue 10): its saved pages and web archives become articles, and every
old address keeps working.

The package has the shape of style.md §c2, "parsers plus one writer":

- `sources`: reads SOURCE arguments (folders of saved pages, WARC files) into `Document`s.
- `parsers`: one small parser per old page kind (English `content_N.htm`, English `c_N.htm`,
  Chinese `WS….html`); each turns a `Document` into plain data, an `OldPage` (`pages`), without
  touching the database. They are tested on fixtures alone.
How the writer uses the two (tests/test_legacy_parsers.py shows each step on the fixtures):

    sources = read_sources(paths, on_skip=report)    # report(origin, reason): revisits, 404s …
    for document in sources:                         # pages, stylesheets …; pictures are not
        try:
            page = parse(document)                   # an OldPage
        except SectionListPage as listed:            # a Skipped: redirect listed.address
            ...                                      # to listed.section_name's section
            continue
        except Skipped as skipped:
            report(document.origin, str(skipped))
            continue
        for image in page.images:
            data = sources.open_resource(image.src, document)   # bytes, or None if not saved

- `importer`: the one writer. It joins the pages of a long article, maps old section names to our
  sections, and saves through the same model code as the admin (sanitiser, image checks), so an
  imported article is indistinguishable from an edited one.
"""
