#!/usr/bin/env bash
# Installs what this machine lacks to build and test wenxi. Idempotent: a second run changes nothing.
#
#   scripts/setup.sh            wasm32 target, wasm-bindgen-cli (version from Cargo.lock), a C compiler,
#                               npm packages
#   scripts/setup.sh --browser  the same, plus Chromium and a CJK font for the browser tests
#                               (WENXI_BROWSER=1 does the same)
#   scripts/setup.sh --python   the same, plus Java 17 (for Spark) and a virtualenv `.venv` with
#                               maturin, pytest and pyspark with pandas and pyarrow (WENXI_PYTHON=1)
#
# Needs Rust (rustup), Node and npm. System packages come from apt-get (with sudo when not root).
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

browser="${WENXI_BROWSER:-0}"
python="${WENXI_PYTHON:-0}"
for arg in "$@"; do
  case "$arg" in
    --browser) browser=1 ;;
    --python) python=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# apt-get install, with sudo when not root; refreshes the package lists once per run.
apt_updated=0
apt_install() {
  command -v apt-get >/dev/null || die "cannot install $* here: no apt-get. Install $* yourself."
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "installing $* needs root; run as root or install sudo"
    sudo=(sudo)
  fi
  if [ "$apt_updated" = 0 ]; then
    "${sudo[@]}" apt-get update
    apt_updated=1
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

# --- system tools ----------------------------------------------------------------------------
command -v cargo >/dev/null && command -v rustup >/dev/null \
  || die "Rust is missing: install it with rustup (https://rustup.rs), then run this again"
command -v node >/dev/null && command -v npm >/dev/null || die "Node.js 20+ and npm are missing"

# cc links host build scripts (vendor/jieba-rs/build.rs packs jieba's data). No clang: jieba-rs is
# vendored without zstd, so no C code is compiled for wasm32; see vendor/jieba-rs/README.md.
missing=()
command -v cc >/dev/null || missing+=(gcc libc6-dev)
if [ "$browser" = 1 ]; then
  command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || missing+=(chromium)
  # Without a CJK font the page screenshot shows empty boxes instead of 汉字.
  if command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; then :; else
    missing+=(fonts-wqy-microhei)
  fi
fi
if [ "$python" = 1 ]; then
  command -v python3 >/dev/null || missing+=(python3)
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  # pyspark 4 runs on Java 17 or later.
  java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])' || missing+=(openjdk-17-jre-headless)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  apt_install "${missing[@]}"
fi

# --- Rust ------------------------------------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
want=$(node scripts/wasm-bindgen-version.mjs)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); this compiles for a few minutes"
  cargo install wasm-bindgen-cli --version "$want"
fi

# --- npm ---------------------------------------------------------------------------------------
# node_modules/.package-lock.json is written by npm on every install; older than the lock = stale.
if [ ! -f node_modules/.package-lock.json ] \
   || [ package.json -nt node_modules/.package-lock.json ] \
   || { [ -f package-lock.json ] && [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  if [ -f package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund
  else
    say "npm install"
    npm install --no-audit --no-fund
  fi
fi

# --- Python ------------------------------------------------------------------------------------
# A virtualenv of the project's own: the Python binding is built into it by scripts/test-python.sh.
if [ "$python" = 1 ]; then
  if [ ! -x .venv/bin/python ]; then
    say "making the virtualenv .venv"
    python3 -m venv .venv
  fi
  if ! .venv/bin/python -c 'import maturin, pytest, pyspark, pyarrow, pandas' 2>/dev/null; then
    say "installing maturin, pytest, pyspark, pyarrow and pandas into .venv"
    # pyspark[sql]: pandas and pyarrow, which mapInArrow needs; pyspark 4.3 warns on pandas 3.
    .venv/bin/pip install --quiet --disable-pip-version-check 'maturin>=1.7,<2' pytest 'pyspark[sql]>=3.5' 'pandas>=2.2,<3'
  fi
fi

say "ok"
