"""Bytes of the wheel pip picks for each pin, on Linux for Python 3.13, from PyPI's index.

Reads `name==version` lines on stdin and the platform (`x86_64` or `aarch64`) as the first
argument; prints one JSON object: {"name": bytes, ...}. The wheel is the one whose tag ranks
first for the image (Debian 13's glibc 2.41), as pip ranks them; PyPI's JSON index (PEP 691)
gives each file's size. A pin without such a wheel stops the script with its name.
"""
import json
import sys
import urllib.request

from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

arch = sys.argv[1]
platforms = [f"manylinux_2_{minor}_{arch}" for minor in range(41, 16, -1)] + [f"manylinux2014_{arch}"]
if arch == "x86_64":
    platforms += ["manylinux2010_x86_64", "manylinux1_x86_64"]
platforms.append(f"linux_{arch}")
ranked = list(cpython_tags((3, 13), abis=["cp313", "abi3", "none"], platforms=platforms))
ranked += list(compatible_tags((3, 13), "cp313", platforms))
rank = {tag: index for index, tag in enumerate(ranked)}

sizes = {}
for line in sys.stdin:
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, version = line.split("==", 1)
    request = urllib.request.Request(
        f"https://pypi.org/simple/{canonicalize_name(name)}/",
        headers={"Accept": "application/vnd.pypi.simple.v1+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        files = json.load(response)["files"]
    best = None
    for file in files:
        if not file["filename"].endswith(".whl"):
            continue
        _, wheel_version, _, tags = parse_wheel_filename(file["filename"])
        if str(wheel_version) != version:
            continue
        score = min((rank[tag] for tag in tags if tag in rank), default=None)
        if score is not None and (best is None or score < best[0]):
            best = (score, file["size"])
    if best is None:
        sys.exit(f"{name}=={version} has no wheel for Python 3.13 on {arch} Linux")
    sizes[name] = best[1]
print(json.dumps(sizes))
