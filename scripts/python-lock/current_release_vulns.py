"""Known vulnerabilities of pins that are their project's current release, from PyPI's project JSON.

pip-audit asks PyPI for each pinned release (/pypi/<name>/<version>/json). Where a network serves
only the project endpoint (/pypi/<name>/json), that endpoint still carries PyPI's vulnerability
list for the project's current release, so a pin equal to it can be audited from there. Reads
`name==version` lines on stdin; prints one JSON object per line: name, version, audited (bool),
vulns (ids), and why when not audited.
"""
import json
import sys
import urllib.error
import urllib.request

for line in sys.stdin:
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, version = line.split("==", 1)
    try:
        with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=60) as response:
            project = json.load(response)
    except (urllib.error.URLError, TimeoutError) as error:
        print(json.dumps({"name": name, "version": version, "audited": False, "why": f"PyPI did not answer: {error}"}))
        continue
    current = project["info"]["version"]
    if current != version:
        why = f"{version} is no longer PyPI's current release ({current}), and this network serves no per-release data"
        print(json.dumps({"name": name, "version": version, "audited": False, "why": why}))
        continue
    vulns = [vuln["id"] for vuln in project.get("vulnerabilities", [])]
    print(json.dumps({"name": name, "version": version, "audited": True, "vulns": vulns}))
