#!/bin/sh
# Installs the fidelint release binary (issue 17): downloads
# fidelint-VERSION-linux-ARCH.tar.gz and its .sha256 from the release URL, verifies the checksum,
# and puts the executable in PREFIX/bin. Needs sh, tar, sha256sum and curl or wget (or a local
# release folder). Nothing is built and no package is installed.
#
#   curl -fsSL https://github.com/fidelint/fidelint/releases/download/v0.1.0/install.sh | sh
#   sh install.sh [--version 0.1.0] [--prefix ~/.local] [--base-url URL_OR_FOLDER]
#
# --base-url is the folder or URL that holds vVERSION/ subfolders (GitHub's release layout:
# BASE/vVERSION/fidelint-VERSION-linux-x86_64.tar.gz), or the release files themselves when
# they are directly in it. FIDELINT_VERSION, FIDELINT_PREFIX and FIDELINT_BASE_URL set the same.
# Exit status: 0 installed; 1 download, checksum or unpacking failed; 2 a usage error.
set -eu
version=${FIDELINT_VERSION:-0.1.0}
prefix=${FIDELINT_PREFIX:-$HOME/.local}
base=${FIDELINT_BASE_URL:-https://github.com/fidelint/fidelint/releases/download}
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=${2:?--version needs a value}; shift 2 ;;
    --prefix) prefix=${2:?--prefix needs a value}; shift 2 ;;
    --base-url) base=${2:?--base-url needs a value}; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" 2>/dev/null || true; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
case "$version" in v*) version=${version#v} ;; esac
case "$(uname -s)" in Linux) ;; *) echo "install.sh: only Linux release binaries exist; build from source (README)" >&2; exit 1 ;; esac
arch=$(uname -m)
case "$arch" in x86_64|amd64) arch=x86_64 ;; *) echo "install.sh: no release binary for $arch; build from source (README)" >&2; exit 1 ;; esac
name=fidelint-$version-linux-$arch.tar.gz

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fetch() {   # fetch FILE: from BASE/vVERSION/FILE or BASE/FILE into $tmp
  for url in "$base/v$version/$1" "$base/$1"; do
    case "$url" in
      http://*|https://*)
        if command -v curl >/dev/null 2>&1; then curl -fsSL "$url" -o "$tmp/$1" 2>/dev/null && return 0
        elif command -v wget >/dev/null 2>&1; then wget -q "$url" -O "$tmp/$1" && return 0
        else echo "install.sh: curl or wget is needed to download $url" >&2; exit 1; fi ;;
      file://*) [ -f "${url#file://}" ] && cp "${url#file://}" "$tmp/$1" && return 0 ;;
      *) [ -f "$url" ] && cp "$url" "$tmp/$1" && return 0 ;;
    esac
  done
  echo "install.sh: cannot get $1 from $base (version $version)" >&2
  exit 1
}
fetch "$name"
fetch "$name.sha256"
expected=$(cut -d' ' -f1 < "$tmp/$name.sha256")
actual=$(sha256sum "$tmp/$name" | cut -d' ' -f1)
if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
  echo "install.sh: checksum mismatch for $name (expected ${expected:-nothing}, got $actual); not installed" >&2
  exit 1
fi
tar -C "$tmp" -xzf "$tmp/$name" || { echo "install.sh: $name cannot be unpacked" >&2; exit 1; }
bin=$(find "$tmp" -type f -name fidelint | head -1)
[ -n "$bin" ] || { echo "install.sh: $name holds no fidelint executable" >&2; exit 1; }
mkdir -p "$prefix/bin"
# Copied beside the target and renamed over it, so a running fidelint is never half-written.
cp "$bin" "$prefix/bin/.fidelint.new.$$"
chmod 755 "$prefix/bin/.fidelint.new.$$"
mv -f "$prefix/bin/.fidelint.new.$$" "$prefix/bin/fidelint"
"$prefix/bin/fidelint" --version >/dev/null || { echo "install.sh: the installed $prefix/bin/fidelint does not run" >&2; exit 1; }
echo "install.sh: fidelint $version installed in $prefix/bin/fidelint"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "install.sh: add $prefix/bin to PATH" ;; esac
