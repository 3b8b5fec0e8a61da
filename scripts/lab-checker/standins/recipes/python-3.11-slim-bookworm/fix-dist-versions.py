"""Give Debian-packaged Python distributions that report version 0.0.0 their real version.

A few Debian packages (kiwisolver, mpmath, pure-eval, ...) install metadata saying 0.0.0, which an
exact pin in a lab's requirements would reject offline. dpkg knows the true upstream version.
"""
import pathlib
import re
import subprocess

SITE = pathlib.Path("/usr/lib/python3/dist-packages")


def debian_upstream_version(path: pathlib.Path) -> str | None:
    owner = subprocess.run(["dpkg", "-S", str(path)], capture_output=True, text=True)
    if owner.returncode != 0:
        return None
    package = owner.stdout.split(":", 1)[0].split(",")[0].strip()
    version = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True
    ).stdout.strip()
    version = re.sub(r"^\d+:", "", version)  # epoch
    version = re.sub(r"-[^-]*$", "", version)  # Debian revision
    version = re.split(r"[+~]", version)[0]  # repack labels
    return version or None


for meta_dir in list(SITE.glob("*.dist-info")) + list(SITE.glob("*.egg-info")):
    meta = meta_dir / ("METADATA" if meta_dir.suffix == ".dist-info" else "PKG-INFO")
    if not meta.is_file():
        continue
    text = meta.read_text(encoding="utf-8")
    if not re.search(r"^Version: 0\.0\.0$", text, flags=re.M):
        continue
    version = debian_upstream_version(meta_dir)
    if version:
        meta.write_text(re.sub(r"^Version: 0\.0\.0$", f"Version: {version}", text, count=1, flags=re.M), encoding="utf-8")
        print(f"fixed {meta_dir.name}: 0.0.0 -> {version}")
