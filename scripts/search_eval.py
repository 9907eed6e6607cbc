#!/usr/bin/env python3
"""Top-3 hit rate of the site's search on its evaluation set (a command; the test is tests/test_search_eval.py):

    python scripts/search_eval.py                 # builds the site into a temporary folder
    python scripts/search_eval.py --site site     # or uses an existing build

Serves the built site on 127.0.0.1, types every query of
resolution_site/search_eval.py into the header box of each edition in Chromium
(search.js itself does the ranking) and prints the hit rate per edition and
the misses. Exit status 1 when an edition is below the target (95 %).
"""

import argparse
import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from resolution_site import search_eval
from resolution_site.pipeline import load_dataset

ROOT = Path(__file__).resolve().parent.parent
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    data = load_dataset(ROOT / "data")
    with tempfile.TemporaryDirectory(prefix="search-eval-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                cwd=ROOT,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                check=True,
            )
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}"
        ok = True
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=args.chromium, args=FLAGS, headless=True)
                page = browser.new_page()
                for lang in ("fr", "en"):
                    ran = search_eval.run_cases(page, url, lang)
                    found, misses = search_eval.hits(data, lang, ran)
                    rate = found / len(ran)
                    ok &= rate >= search_eval.TARGET
                    print(f"{lang}: top-{search_eval.TOP} hit rate {100 * rate:.1f} % ({found}/{len(ran)})")
                    for case, urls in misses:
                        print(f"  miss {case.query!r}: expected {' or '.join(case.expected)}, got {urls[:3]}")
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
