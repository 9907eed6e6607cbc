"""The resolution's reference site, as one pipeline:

load (``load``) → models (``models``, ``dataset``) → validate (``validate``)
→ render (``render``: pages from templates, with the strings of ``catalogue``)
→ publish (``publish``: search index, open data, citations, chart, redirects)
→ write (``write``). ``pipeline`` runs them in that order.

Nothing here knows where the project lives on disk: the commands in
``scripts/`` and the MkDocs hook pass the folders in.
"""
