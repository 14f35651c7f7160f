#!/usr/bin/env python3
"""Write a synthetic storybook of N stories, the same bytes every time for the same N.

Usage: gen_corpus.py N OUT_DIR

Stories have realistic length (300-1400 words, about 700 on average), a Zipfian vocabulary
of 20,000 words, 1-3 features, 1-4 of 24 themes, a site, and some headings, lists and
quotes, so builds and searches do realistic work (the storybook issue 17 describes). Every
story is consented for every audience, so all N are published.

VOCAB=4000 THEMES=15 makes the storybook of the benchmarks before issue 17's third run.
"""
import itertools
import os
import random
import sys
from pathlib import Path

FEATURES = ["outcomes", "citizens", "voice", "networks", "access", "collaboration", "strengths", "learning"]
SITES = ["lambeth", "salford", "tameside-glossop", "edinburgh", "luton"]
THEMES = ["housing", "peer-support", "money", "employment", "loneliness", "allotment", "caring",
          "coaching", "debt", "music", "walking", "family", "volunteering", "faith", "sport",
          "art", "benefits", "college", "cooking", "gardening", "grief", "parenting", "recovery",
          "school"][:int(os.environ.get("THEMES", 24))]
SYLLABLES = ["ka", "lo", "mi", "ten", "ra", "sol", "ve", "dun", "pa", "ri", "gal", "for", "ne", "ush", "bel", "tor"]


def vocabulary(rng, n=int(os.environ.get("VOCAB", 20000))):
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def main():
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    rng = random.Random(20261121)
    vocab = vocabulary(rng)
    # Zipf: the k-th word is 1/k as common. Cumulative once, not on every draw: the same
    # draws as `weights=`, in linear time.
    weights = list(itertools.accumulate(1 / (i + 1) for i in range(len(vocab))))
    (out / "lived-experience").mkdir(parents=True, exist_ok=True)
    features_yaml = "\n".join(f"  - {{ id: {f}, name: {f.title()}, description: \"The {f} feature.\" }}" for f in FEATURES)
    sites_yaml = "\n".join(f"  - {{ id: {s}, name: {s.replace('-', ' ').title()} }}" for s in SITES)
    (out / "storybook.yaml").write_text(
        f"title: \"Synthetic storybook\"\nbase_url: \"https://example.org/bench/\"\nlanguage: en\n"
        f"licence: CC-BY-NC-ND-4.0\nfeatures:\n{features_yaml}\nsites:\n{sites_yaml}\n")
    for i in range(n):
        def sentence():
            words = rng.choices(vocab, cum_weights=weights, k=rng.randint(6, 18))
            return " ".join(words).capitalize() + "."
        paragraphs = []
        for p in range(rng.randint(5, 14)):
            roll = rng.random()
            if roll < 0.12:
                paragraphs.append("## " + " ".join(rng.choices(vocab, cum_weights=weights, k=3)).capitalize())
            elif roll < 0.2:
                paragraphs.append("\n".join("- " + sentence() for _ in range(rng.randint(2, 5))))
            elif roll < 0.26:
                paragraphs.append("> " + sentence())
            paragraphs.append(" ".join(sentence() for _ in range(rng.randint(3, 8))))
        feats = rng.sample(FEATURES, rng.randint(1, 3))
        themes = rng.sample(THEMES, rng.randint(1, 4))
        title = " ".join(rng.choices(vocab, cum_weights=weights, k=rng.randint(2, 5))).capitalize()
        front = (
            f"---\ntitle: \"{title}\"\nsummary: \"{sentence()}\"\nstoryteller: \"Teller {i}\"\n"
            f"date: {2020 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}\nsite: {rng.choice(SITES)}\n"
            f"features: [{', '.join(feats)}]\nthemes: [{', '.join(themes)}]\n"
            f"quote: \"{sentence()}\"\n"
            "consent:\n  status: given\n  scope: [web, workshop, print]\n  recorded: 2025-01-01\n  review: 2099-01-01\n---\n"
        )
        (out / "lived-experience" / f"story-{i:05d}.md").write_text(front + "\n\n".join(paragraphs) + "\n")


if __name__ == "__main__":
    main()
