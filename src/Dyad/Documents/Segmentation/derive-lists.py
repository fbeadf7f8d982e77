#!/usr/bin/env python3
"""Derives the data-driven sections of english-lists.txt from the UD English train files.

Usage (from the repository root):
    python3 src/Dyad/Documents/Segmentation/derive-lists.py \
        ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \
        ../shared/data/ud-english-gum/en_gum-ud-train.conllu > derived.txt
then paste the printed sections into english-lists.txt. Only train files are read (dev/test stay unseen).
"""
import collections, re, sys

abbrev = collections.Counter()      # gold tokens: letters followed by one period
first = collections.Counter()       # lower-cased word opening a sentence
mid_lower = collections.Counter()   # word seen lower-case mid-sentence
mid_upper = collections.Counter()   # word seen capitalised mid-sentence
hy_joined = collections.Counter()   # prefix of a gold token that keeps its hyphen (non-avian)
hy_split = collections.Counter()    # word before a hyphen the gold splits off (Eye - Tracking)
mwt_plain = collections.Counter()   # multiword tokens without an apostrophe, with the first word's length

for path in sys.argv[1:]:
    toks, skip, pending = [], set(), None
    for line in open(path, encoding='utf8'):
        if line.startswith('#'):
            continue
        if not line.strip():
            for i, (form, space) in enumerate(toks):
                low = form.lower()
                if i == 0 and form[:1].isalpha():
                    first[low] += 1
                elif i > 0 and form[:1].isalpha():
                    (mid_lower if form[:1].islower() else mid_upper)[low] += 1
                if form == '-' and 0 < i < len(toks) - 1 and not toks[i - 1][1] and not space:
                    hy_split[toks[i - 1][0].lower()] += 1
            toks, skip = [], set()
            continue
        c = line.rstrip('\n').split('\t')
        if '.' in c[0]:
            continue
        if '-' in c[0]:
            a, b = map(int, c[0].split('-'))
            skip.update(range(a, b + 1))
            pending = (c[1].lower(), a) if re.fullmatch(r'[A-Za-z]+', c[1]) else None
            continue
        form = c[1]
        if int(c[0]) in skip:
            if pending and int(c[0]) == pending[1]:
                mwt_plain[(pending[0], len(form))] += 1
            continue
        toks.append((form, 'SpaceAfter=No' not in c[9]))
        if re.fullmatch(r'[A-Za-z]+\.', form):
            abbrev[form.lower()] += 1
        m = re.match(r'^([A-Za-z]+)-[A-Za-z]', form)
        if m:
            hy_joined[m.group(1).lower()] += 1

print('[abbreviations]  # gold tokens "letters." seen at least twice in train')
# Left out: abbreviations that are also common words ending sentences ("the sun.", "said no.").
COMMON_WORDS = {'a', 'i', 'no', 'sun', 'sat', 'wed', 'la', 'mon', 'reps', 'arrv', 'div'}
for w, n in sorted(abbrev.items()):
    if n >= 2 and w[:-1] not in COMMON_WORDS:
        print(w[:-1])
print('[starters]  # opens >= 15 train sentences and is lower-case mid-sentence more often than capitalised')
for w, n in sorted(first.items()):
    if n >= 15 and mid_lower[w] > mid_upper[w]:
        print(w)
print('[hyphen-prefixes]  # gold keeps "prefix-word" together at least twice and more often than it splits it')
for w, n in sorted(hy_joined.items()):
    if n >= 2 and n > hy_split[w] and len(w) > 1 or w == 'e':
        print(w)
print('[split-words]  # multiword tokens without an apostrophe seen at least 5 times: word, length of first part')
# Left out: forms that are also ordinary words or too ambiguous to split blindly.
AMBIGUOUS = {'its', 'your', 'im', 'ive', 'cant', 'wont', 'id', 'were', 'hes', 'shes', 'well', 'ill', 'lets'}
for (w, k), n in sorted(mwt_plain.items()):
    if n >= 5 and w not in AMBIGUOUS:
        print(w, k)
