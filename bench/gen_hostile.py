#!/usr/bin/env python3
"""Writes a storybook holding one hostile story of one family at size N, for bench/hostile.sh.

Usage: gen_hostile.py FAMILY N DIR    (gen_hostile.py --list prints the families)

Each family repeats one construct N times, the way an outsider probing for a slow stage
would: the build must stay linear (or refuse with a located error) in every one of them.
"""
import os
import sys

CONFIG = """title: "Hostile storybook"
base_url: "https://example.org/storybook/"
language: en
licence: CC-BY-NC-ND-4.0
features:
  - { id: networks, name: Networks, description: "Activate supportive social networks." }
sites:
  - { id: salford, name: Salford }
"""

FRONT = """---
title: "Hostile"
summary: "A story built to be slow."
storyteller: "Nobody"
date: 2025-06-01
features: [networks]
consent:
  status: given
  scope: [web, workshop, print]
  recorded: 2025-05-01
  review: 2099-01-01
---
"""

FAMILIES = {
    # the same heading text, as ATX and as setext headings
    "headings": lambda n: "## Same\n" * n,
    "setext": lambda n: "Same\n----\n\n" * n,
    # raw HTML headings that all claim one id
    "html-ids": lambda n: '<h2 id="x">X</h2>\n\n' * n,
    # many references to one footnote, and many footnotes
    "footnote-refs": lambda n: "Text[^a].\n" * n + "\n[^a]: The note.\n",
    "footnotes": lambda n: "".join(f"Text[^n{i}].\n" for i in range(n))
    + "\n"
    + "".join(f"[^n{i}]: Note {i}.\n\n" for i in range(n)),
    # nesting: quotes, lists, emphasis
    "blockquotes": lambda n: "> " * n + "deep\n",
    "lists": lambda n: "- " * n + "deep\n",
    "emphasis": lambda n: "*" * n + "deep" + "*" * n + "\n",
    "brackets": lambda n: "[" * n + "deep" + "](x)" * n + "\n",
    # the personal-data scan on one line
    "emails": lambda n: " ".join(f"p{i}@example.org" for i in range(n)) + "\n",
    # digit groups, which the phone and NHS number scans split by hand
    "digit-groups": lambda n: "0161 " * n + "\n",
    # diagnostics, one per line
    "missing-links": lambda n: "".join(f"[gone](missing.md)\n" for _ in range(n)),
    "images-no-alt": lambda n: "![](missing.jpg)\n" * n,
    # shapes
    "long-line": lambda n: "word " * (n * 10) + "\n",
    "table-columns": lambda n: "|" + "a|" * n + "\n|" + "-|" * n + "\n|" + "1|" * n + "\n",
}


def main():
    if sys.argv[1:] == ["--list"]:
        print(" ".join(FAMILIES))
        return
    family, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(os.path.join(out, "lived-experience"), exist_ok=True)
    with open(os.path.join(out, "storybook.yaml"), "w") as f:
        f.write(CONFIG)
    with open(os.path.join(out, "lived-experience", "hostile.md"), "w") as f:
        f.write(FRONT + FAMILIES[family](n))


if __name__ == "__main__":
    main()
