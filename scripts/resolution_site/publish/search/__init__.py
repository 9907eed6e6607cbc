"""The site's search, built with the site: one index per edition, read by search-core.js.

- ``tokens``: how text becomes terms (and the rules search-core.js needs to do the same);
- ``sections``: the sections a page shows, read back from its Markdown;
- ``documents``: what search finds (provisions from the data, every other page's sections);
- ``index``: the index file, the contract with search-core.js, and its display shards.
"""

from .documents import META, PROVISION_TIER, TEXT, TITLE, TOPIC, Field, SearchDoc, documents, kinds
from .index import (
    FORMAT,
    INDEX_PATH,
    SHARD_PATH,
    SHARD_SIZE,
    VARINT_DIGITS,
    build_index,
    decode_postings,
    encode_postings,
    expand,
    render_files,
    render_index,
)
from .tokens import STOPWORDS, fold, query_words, terms, words

__all__ = [
    "FORMAT",
    "INDEX_PATH",
    "META",
    "PROVISION_TIER",
    "SHARD_PATH",
    "SHARD_SIZE",
    "STOPWORDS",
    "TEXT",
    "TITLE",
    "TOPIC",
    "VARINT_DIGITS",
    "Field",
    "SearchDoc",
    "build_index",
    "decode_postings",
    "documents",
    "encode_postings",
    "expand",
    "fold",
    "kinds",
    "query_words",
    "render_files",
    "render_index",
    "terms",
    "words",
]
