#!/usr/bin/env bash
# The Python binding's tests: builds python/ into .venv (scripts/setup.sh --python makes it),
# then runs pytest over python/tests (the binding against the CLI, and Spark in local mode).
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

[ -x .venv/bin/python ] || bash scripts/setup.sh --python
# The CLI the tests compare with, from this checkout.
cargo build --release --bin wenxi
# pip builds the extension with maturin (release, into target/ beside the core's build).
.venv/bin/pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./python
.venv/bin/python -m pytest python/tests "$@"
