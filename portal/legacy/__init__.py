"""Moving the old site over (issue 10): its saved pages and web archives become articles, and every
old address keeps working.

The package has the shape of style.md §c2, "parsers plus one writer":

- `sources`: reads SOURCE arguments (folders of saved pages, WARC files) into `Document`s.
- `parsers`: one small parser per old page kind (English `content_N.htm`, English `c_N.htm`,
  Chinese `WS….html`); each turns a `Document` into plain data, an `OldPage` (`pages`), without
  touching the database. They are tested on fixtures alone.
- `importer`: the one writer. It joins the pages of a long article, maps old section names to our
  sections, and saves through the same model code as the admin (sanitiser, image checks), so an
  imported article is indistinguishable from an edited one.
"""
