#!/usr/bin/env python3
"""Lambda bundles for provided.al2023: `make package`, `make build-<Name>Function` (sam build) and the benchmarks.

    package.py products             handler products: executable targets under Handlers/
    package.py stage PRODUCT DIR    release build, then DIR/bootstrap (stripped) and DIR/lib/ (bundled libraries)
    package.py zip PRODUCT ZIP      stage into a temporary folder and zip it
    package.py all DIST             every handler product <Name> -> DIST/<Name>Function.zip

PACKAGE_BUNDLE_ALSO="libcurl.so.4" bundles a library AL2023 ships anyway (with what it needs), e.g. to measure it.

A bootstrap is built with the static Swift standard library, a $ORIGIN/lib rpath, and scripts/package/
glibc-compat.c (binds the few symbols whose newest version is newer than Amazon Linux 2023's to older ones).
The shared libraries it needs that provided.al2023 does not ship (scripts/package/al2023-provided.txt) are
copied into lib/, with theirs, recursively. The bootstrap and every bundled library are then checked against
AL2023's symbol versions (glibc 2.34, GCC 11's libstdc++); a newer one fails the build, since it could not load.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "scripts", "package")
SWIFT = os.environ.get("SWIFT", "swift")
WRAPPED = ["hypot", "hypotf", "_ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE"]
# The newest symbol version provided.al2023 has, per version family.
VERSION_CAPS = {"GLIBC": (2, 34), "GLIBCXX": (3, 4, 29), "CXXABI": (1, 3, 13)}


class PackageError(Exception):
    pass


def run(command, **kwargs):
    return subprocess.run(command, check=True, text=True, **kwargs)


def output(command):
    return run(command, stdout=subprocess.PIPE, cwd=ROOT).stdout


def handler_products():
    """Executable targets whose path is under Handlers/ (each is a product of the same name)."""
    manifest = json.loads(output([SWIFT, "package", "dump-package"]))
    return sorted(
        target["name"]
        for target in manifest["targets"]
        if target["type"] == "executable" and (target.get("path") or "").startswith("Handlers/")
    )


def provided_sonames():
    """The sonames left to the system; PACKAGE_BUNDLE_ALSO (space-separated sonames) bundles some of them anyway."""
    with open(os.path.join(HERE, "al2023-provided.txt")) as file:
        provided = {line.strip() for line in file if line.strip() and not line.startswith("#")}
    return provided - set(os.environ.get("PACKAGE_BUNDLE_ALSO", "").split())


def compat_object():
    """Compiles glibc-compat.c once into .build/package/."""
    folder = os.path.join(ROOT, ".build", "package")
    os.makedirs(folder, exist_ok=True)
    source = os.path.join(HERE, "glibc-compat.c")
    target = os.path.join(folder, "glibc-compat.o")
    if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(source):
        compiler = shutil.which("clang") or shutil.which("cc")
        run([compiler, "-c", "-O2", "-fPIC", source, "-o", target])
    return target


def build(product):
    """`swift build -c release` of one product with the bundle's link flags; returns the binary's path."""
    flags = ["--static-swift-stdlib", "-Xlinker", "-rpath=$ORIGIN/lib", "-Xlinker", "--disable-new-dtags",
             "-Xlinker", compat_object()]
    for symbol in WRAPPED:
        flags += ["-Xlinker", f"--wrap={symbol}"]
    folder = output([SWIFT, "build", "-c", "release", "--show-bin-path"]).strip()
    binary = os.path.join(folder, product)
    # Always relink: SwiftPM tracks neither the compat object nor a change of link flags, and a plain
    # `swift build -c release` of the same product links it without them.
    if os.path.exists(binary):
        os.remove(binary)
    run([SWIFT, "build", "-c", "release", "--product", product] + flags, cwd=ROOT)
    return binary


def needed(path):
    """DT_NEEDED sonames of an ELF file."""
    dynamic = output(["readelf", "-d", "-W", path])
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


def resolved(path):
    """soname -> path as the build host's loader resolves them (ldd)."""
    found = {}
    for line in output(["ldd", path]).splitlines():
        match = re.match(r"\s*(\S+) => (/\S+)", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def libraries_to_bundle(binary, provided):
    """The libraries the binary needs, directly or through other bundled ones, that AL2023 does not ship."""
    bundle, queue, seen = {}, [binary], set()
    while queue:
        current = queue.pop()
        locations = resolved(current)
        for soname in needed(current):
            if soname in provided or soname in seen:
                continue
            seen.add(soname)
            if soname not in locations:
                raise PackageError(f"{os.path.basename(current)} needs {soname}, which is not on this machine")
            bundle[soname] = os.path.realpath(locations[soname])
            queue.append(bundle[soname])
    return bundle


def version_needs(path):
    """(library, version name) pairs from the ELF version-needs section."""
    text = output(["readelf", "-V", "-W", path])
    needs, library = [], None
    for line in text.splitlines():
        file_match = re.search(r"File: (\S+)", line)
        if file_match:
            library = file_match.group(1)
            continue
        name_match = re.search(r"Name: (\S+)\s+Flags", line)
        if name_match and library:
            needs.append((library, name_match.group(1)))
    return needs


def too_new(version):
    match = re.fullmatch(r"([A-Z]+)_([0-9.]+)", version)
    if not match or match.group(1) not in VERSION_CAPS:
        return False
    numbers = tuple(int(part) for part in match.group(2).split("."))
    return numbers > VERSION_CAPS[match.group(1)]


def check_versions(files, provided):
    """Fails when a file needs a symbol version newer than AL2023's from a library AL2023 provides."""
    problems = []
    for path in files:
        for library, version in version_needs(path):
            if library in provided and too_new(version):
                symbols = [line.split()[-1] for line in output(["objdump", "-T", path]).splitlines()
                           if f"({version})" in line and "*UND*" in line]
                problems.append(f"{os.path.basename(path)} needs {version} from {library}: {', '.join(symbols[:8])}")
    if problems:
        raise PackageError("newer than provided.al2023 (glibc 2.34, GCC 11 libstdc++):\n  " + "\n  ".join(problems))


def stage(product, folder):
    """Builds `product` and writes bootstrap + lib/ into `folder`."""
    binary = build(product)
    provided = provided_sonames()
    os.makedirs(folder, exist_ok=True)
    for stale in ("bootstrap", "lib"):
        path = os.path.join(folder, stale)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)
    bootstrap = os.path.join(folder, "bootstrap")
    run(["strip", "--strip-all", "-o", bootstrap, binary])
    os.chmod(bootstrap, 0o755)
    bundle = libraries_to_bundle(binary, provided)
    copies = []
    if bundle:
        os.makedirs(os.path.join(folder, "lib"))
        for soname, source in sorted(bundle.items()):
            copy = os.path.join(folder, "lib", soname)
            run(["strip", "--strip-unneeded", "-o", copy, source])
            os.chmod(copy, 0o755)
            copies.append(copy)
    check_versions([bootstrap] + copies, provided)
    system = sorted(set(needed(binary)) & provided)
    print(f"{product}: bootstrap {os.path.getsize(bootstrap):,} bytes; from provided.al2023: {', '.join(system)}; "
          f"bundled in lib/: {', '.join(sorted(bundle)) or 'nothing'}")
    return folder


def make_zip(product, archive):
    archive = os.path.abspath(archive)
    os.makedirs(os.path.dirname(archive), exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"bundle-{product}-") as folder:
        stage(product, folder)
        if os.path.exists(archive):
            os.remove(archive)
        entries = ["bootstrap"] + (["lib"] if os.path.isdir(os.path.join(folder, "lib")) else [])
        run(["zip", "-q", "-X", "-r", archive] + entries, cwd=folder)
    print(f"{product}: {os.path.relpath(archive, ROOT)} {os.path.getsize(archive):,} bytes")
    return archive


def main(arguments):
    if arguments[:1] == ["products"]:
        print("\n".join(handler_products()))
    elif len(arguments) == 3 and arguments[0] == "stage":
        stage(arguments[1], os.path.abspath(arguments[2]))
    elif len(arguments) == 3 and arguments[0] == "zip":
        make_zip(arguments[1], arguments[2])
    elif len(arguments) == 2 and arguments[0] == "all":
        products = handler_products()
        if not products:
            raise PackageError("no executable targets under Handlers/")
        for product in products:
            make_zip(product, os.path.join(arguments[1], f"{product}Function.zip"))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except PackageError as error:
        print(f"package: {error}", file=sys.stderr)
        sys.exit(1)
    except subprocess.CalledProcessError as error:
        print(f"package: {' '.join(map(str, error.cmd))} failed with status {error.returncode}", file=sys.stderr)
        sys.exit(1)
