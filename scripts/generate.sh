#!/usr/bin/env bash
# Rebuild generated/ (one client package per API version) from openapi/*.json.
#
#   scripts/generate.sh           regenerate generated/ in place (make generate)
#   scripts/generate.sh --check   regenerate into a temp dir; exit 1 if generated/ differs
#                                 (make check-generated)
#
# Pipeline per openapi/vX.Y.Z.json -> generated/slurmrest_vXYZZ/:
#   scripts/generator/patch_spec.py (spec fixes) -> openapi-python-client 0.26.2 with
#   scripts/generator/config.yaml + scripts/generator/templates, --fail-on-warning.
# The generator runs from a pinned virtualenv, .cache/generator-venv, created from
# scripts/generator/requirements.txt (re-created when that file changes).
# Environment: PYTHON (interpreter for the venv, default python3).
# See scripts/generator/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEN="$ROOT/scripts/generator"
SPECS="$ROOT/openapi"
DEST="$ROOT/generated"
VENV="$ROOT/.cache/generator-venv"
PYTHON=${PYTHON:-python3}

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }

check=0
case "${1:-}" in
  "") ;;
  --check) check=1 ;;
  -h | --help) usage; exit 0 ;;
  *) echo "generate.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
esac
[ $# -le 1 ] || { echo "generate.sh: too many arguments" >&2; exit 2; }

die() { echo "generate.sh: $*" >&2; exit 1; }

# vX.Y.Z -> slurmrest_vXYZZ (v0.0.42 -> slurmrest_v0042, v0.1.2 -> slurmrest_v0102)
package_name() {
  local v=${1#v} a b c
  IFS=. read -r a b c <<<"$v"
  printf 'slurmrest_v%d%d%02d' "$((10#$a))" "$((10#$b))" "$((10#$c))"
}

ensure_venv() {
  local want have=""
  want=$(sha256sum "$GEN/requirements.txt" | cut -d' ' -f1)
  [ -f "$VENV/.requirements.sha256" ] && have=$(cat "$VENV/.requirements.sha256")
  if [ "$want" = "$have" ] && [ -x "$VENV/bin/openapi-python-client" ]; then
    return
  fi
  echo "generate.sh: creating $VENV from scripts/generator/requirements.txt" >&2
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV" || die "cannot create a virtualenv with $PYTHON"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    -r "$GEN/requirements.txt" || die "pip install of the generator pins failed"
  echo "$want" >"$VENV/.requirements.sha256"
}

shopt -s nullglob
specs=("$SPECS"/v*.*.*.json)
[ ${#specs[@]} -gt 0 ] || die "no openapi/v*.json found"
# version order (v0.0.9 before v0.0.10)
mapfile -t specs < <(printf '%s\n' "${specs[@]}" | sort -V)

ensure_venv

tmp=$(mktemp -d "${TMPDIR:-/tmp}/slurm-proxy-generate.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
out="$tmp/generated"
mkdir -p "$out" "$tmp/patched" "$tmp/log"

for spec in "${specs[@]}"; do
  api=$(basename "$spec" .json)
  [[ $api =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "unexpected spec file name: $spec"
  pkg=$(package_name "$api")
  patched="$tmp/patched/$api.json"
  "$VENV/bin/python" "$GEN/patch_spec.py" --quiet "$spec" "$patched" \
    || die "patch_spec.py failed on $spec"
  # Run from the temp dir with the venv first on PATH: the post-hooks call `ruff`.
  if ! (cd "$tmp" && PATH="$VENV/bin:$PATH" "$VENV/bin/openapi-python-client" generate \
      --path "$patched" --meta none --output-path "$out/$pkg" \
      --config "$GEN/config.yaml" --custom-template-path "$GEN/templates" \
      --fail-on-warning) >"$tmp/log/$api.log" 2>&1; then
    cat "$tmp/log/$api.log" >&2
    die "openapi-python-client failed (or warned) on $api; see the output above"
  fi
  [ -f "$out/$pkg/__init__.py" ] || die "no package generated for $api"
  rm -rf "$out/$pkg/.ruff_cache"  # in case a ruff ignores --no-cache
  echo "generate.sh: $api -> generated/$pkg" >&2
done

cat >"$out/README.md" <<'EOF'
# generated/ — do not edit

One client package per slurmrestd API version (`slurmrest_v0042` = v0.0.42, ...), produced by
`scripts/generate.sh` (`make generate`) from `openapi/vX.Y.Z.json` with the patches and
templates in `scripts/generator/`. `make check-generated` fails when this folder differs from
what the pipeline produces. See `scripts/generator/README.md`.
EOF

if [ "$check" = 1 ]; then
  if [ ! -d "$DEST" ]; then
    die "generated/ does not exist; run scripts/generate.sh (make generate)"
  fi
  if ! diff -r -q -x __pycache__ -x '*.pyc' -x .mypy_cache -x .ruff_cache -x .pytest_cache \
      "$out" "$DEST" >"$tmp/diff.txt" 2>&1; then
    sed -e "s|$out|<regenerated>|g" -e "s|$DEST|generated|g" "$tmp/diff.txt" | head -40 >&2
    n=$(wc -l <"$tmp/diff.txt")
    echo "generate.sh --check: generated/ is out of date ($n difference(s) above) with" \
      "openapi/ and scripts/generator/. Run scripts/generate.sh (make generate) and" \
      "commit the result; never edit generated/ by hand." >&2
    exit 1
  fi
  echo "generate.sh --check: generated/ is up to date (${#specs[@]} API versions)" >&2
  exit 0
fi

# Replace generated/ as a whole so that removed versions/modules disappear too.
rm -rf "$DEST.new"
cp -R "$out" "$DEST.new"
rm -rf "$DEST"
mv "$DEST.new" "$DEST"
echo "generate.sh: generated/ rebuilt (${#specs[@]} API versions)" >&2
