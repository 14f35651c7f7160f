#!/usr/bin/env python3
"""Turn a storybook written by gen_corpus.py into an equivalent Hugo site, for bench/peer.sh.

Usage: hugo_site.py STORYBOOK OUT_DIR [--search]

Writes OUT_DIR/hugo.toml, OUT_DIR/content/lived-experience/<slug>.md (the same Markdown body,
front matter mapped to Hugo's: title, date, summary, storyteller, quote, and the taxonomies
features, themes and sites), an _index.md for every feature and site (their names and
descriptions, as storybook.yaml gives them), the theme's static files, and a copy of
bench/hugo/layouts/. With --search the home page also gets a `search.json` output: every
story's metadata and plain text, the usual Hugo way to feed a client-side search (lunr, Fuse),
to compare with storypress's prebuilt search index. Only the subset of YAML that gen_corpus.py writes is understood.
Standard library only.
"""
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

ITEM = re.compile(r"^\s*-\s*\{(.*)\}\s*$")


def inline_map(text):
    """`id: x, name: Y Z, description: "..."` → dict (the flow maps gen_corpus.py writes)."""
    out = {}
    for m in re.finditer(r'(\w+):\s*("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)', text):
        key, value = m.group(1), m.group(2).strip()
        out[key] = json.loads(value) if value.startswith('"') else value
    return out


def read_storybook(path):
    config = {"features": [], "sites": []}
    section = None
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            key, _, value = line.partition(":")
            value = value.strip()
            section = key if not value else None
            if value:
                config[key] = json.loads(value) if value.startswith('"') else value
        elif section in ("features", "sites") and ITEM.match(line):
            config[section].append(inline_map(ITEM.match(line).group(1)))
    return config


def scalar(value):
    value = value.strip()
    if value.startswith('"'):
        return json.loads(value)
    if value.startswith("["):
        return [v.strip() for v in value[1:-1].split(",") if v.strip()]
    return value


def split_story(text):
    """Front matter (top-level keys only; the nested consent block is skipped) and body."""
    assert text.startswith("---\n"), "a story starts with ---"
    end = text.index("\n---\n", 4)
    front = {}
    for line in text[4:end].splitlines():
        if line and not line.startswith(" "):
            key, _, value = line.partition(":")
            if value.strip():
                front[key] = scalar(value)
    return front, text[end + 5:]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def toml_key(k):
    return k if re.fullmatch(r"[A-Za-z0-9_]+", k) else q(k)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    search = "--search" in sys.argv[1:]
    book, out = Path(args[0]), Path(args[1])
    config = read_storybook(book / "storybook.yaml")
    if out.exists():
        shutil.rmtree(out)
    content = out / "content"
    (content / "lived-experience").mkdir(parents=True)

    site_names = {s["id"]: s["name"] for s in config["sites"]}
    toml = [
        f"baseURL = {q(config.get('base_url', 'https://example.org/'))}",
        f"languageCode = {q(config.get('language', 'en'))}",
        f"title = {q(config.get('title', 'Storybook'))}",
        "enableRobotsTXT = true",
        "paginate = 24",
        "disableKinds = []",
        "",
        "[taxonomies]",
        '  feature = "features"',
        '  site = "sites"',
        '  theme = "themes"',
        "",
        "[outputs]",
        "  home = " + json.dumps(["HTML", "RSS", "StoriesJSON"] + (["SearchIndex"] if search else [])),
        '  section = ["HTML"]',
        '  taxonomy = ["HTML"]',
        '  term = ["HTML", "RSS"]',
        '  page = ["HTML"]',
        "",
        "[outputFormats.StoriesJSON]",
        '  mediaType = "application/json"',
        '  baseName = "stories"',
        "  isPlainText = true",
        "",
        "[outputFormats.SearchIndex]",
        '  mediaType = "application/json"',
        '  baseName = "search"',
        "  isPlainText = true",
        "",
        "[params]",
        f"  description = {q(config.get('description', ''))}",
        f"  licence = {q(config.get('licence', ''))}",
        "",
        "[params.sitenames]",
        *(f"  {toml_key(k)} = {q(v)}" for k, v in site_names.items()),
        "",
    ]
    (out / "hugo.toml").write_text("\n".join(toml))

    # Listing pages' titles and descriptions, as storybook.yaml gives them.
    (content / "lived-experience" / "_index.md").write_text('---\ntitle: "Stories"\n---\n')
    for f in config["features"]:
        d = content / "features" / f["id"]
        d.mkdir(parents=True)
        (d / "_index.md").write_text(
            f"---\ntitle: {q(f['name'])}\ndescription: {q(f.get('description', ''))}\n---\n")
    for s in config["sites"]:
        d = content / "sites" / s["id"]
        d.mkdir(parents=True)
        (d / "_index.md").write_text(f"---\ntitle: {q(s['name'])}\n---\n")

    for md in sorted((book / "lived-experience").glob("*.md")):
        front, body = split_story(md.read_text())
        lines = [
            "---",
            f"title: {q(front['title'])}",
            f"date: {front['date']}",
            f"summary: {q(front.get('summary', ''))}",
            f"storyteller: {q(front.get('storyteller', ''))}",
            f"quote: {q(front.get('quote', ''))}",
            f"slug: {md.stem}",
            f"features: {q(front.get('features', []))}",
            f"themes: {q(front.get('themes', []))}",
            f"sites: {q([front['site']] if 'site' in front else [])}",
            "---",
        ]
        (content / "lived-experience" / md.name).write_text("\n".join(lines) + "\n" + body)

    shutil.copytree(HERE / "hugo" / "layouts", out / "layouts")
    shutil.copytree(REPO / "themes" / "default" / "static", out / "static")


if __name__ == "__main__":
    main()
