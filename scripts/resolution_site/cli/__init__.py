"""The commands and the measuring tools, apart from the build.

Each module holds one command's logic and a ``main`` (installed as an entry
point in ``pyproject.toml``, and run by a thin ``scripts/<name>.py``):
``build`` (the pipeline from the command line), ``published_urls`` (the
published-URL list), ``schemas`` (the editors' JSON Schemas), ``bench``,
``search_eval`` and ``linkcheck`` (measurements, run by hand); ``browser`` is
what the measurements and the tests share to drive Chromium.

The build path (``pipeline``, ``render``, ``publish``, ``editions``) never
imports from here: ``tests/test_layers.py`` checks it.
"""
