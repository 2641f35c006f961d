#!/usr/bin/env bash
# The GitHub Action's lint step, run by action.yml in the checked-out repository. It lints the
# paths given, else the postmortems that the pull request (or push) changes; writes SARIF for
# code scanning; prints the findings in the chosen format; and exits as fail-on says.
#
# Environment:
#   POSTMORTEM_CLI      the CLI to run (the package's cli.js)
#   INPUT_PATHS         files, folders or globs, one per line; empty: the changed postmortems
#   INPUT_CONFIG        a configuration file instead of the nearest .postmortem.yaml
#   INPUT_FORMAT        the log's format: stylish, json, sarif or github
#   INPUT_FAIL_ON       error (exit 1 on errors), warning (on errors or warnings) or never
#   INPUT_UPLOAD_SARIF  true: write SARIF into RUNNER_TEMP and name it in the sarif-file output
#   BASE_SHA            a pull request's base commit; BEFORE_SHA: the commit a push started from
#   RUNNER_TEMP, GITHUB_OUTPUT  as GitHub Actions sets them
# Exit status: the CLI's (0 fine, 1 findings that fail-on fails on, 2 a usage or configuration error).
set -euo pipefail

usage_error() {
  echo "::error title=postmortem::$1"
  exit 2
}

case "${INPUT_FAIL_ON:=error}" in
  error) fail_on=() ;;
  warning) fail_on=(--max-warnings 0) ;;
  never) fail_on=() ;;
  *) usage_error "fail-on must be error, warning or never, not '${INPUT_FAIL_ON}'" ;;
esac

options=()
[ -n "${INPUT_CONFIG:-}" ] && options+=(--config "$INPUT_CONFIG")

paths=()
if [ -n "${INPUT_PATHS:-}" ] && [ -n "${INPUT_PATHS//[[:space:]]/}" ]; then
  mapfile -t paths < <(sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d' <<<"$INPUT_PATHS")
else
  base=${BASE_SHA:-${BEFORE_SHA:-}}
  # No commit to compare with (a push that creates a branch, a manual or scheduled run): every postmortem.
  if [ -z "$base" ] || [[ $base =~ ^0+$ ]]; then
    paths=(.)
  else
    git rev-parse --quiet --verify "${base}^{commit}" >/dev/null ||
      usage_error "commit ${base} is not in the clone, so the changed postmortems are unknown: check out with actions/checkout's fetch-depth: 0"
    mapfile -d '' -t paths < <(git diff --name-only -z --diff-filter=d "${base}...HEAD" -- '*.md' '*.markdown')
    echo "Markdown files changed since ${base:0:12}: ${#paths[@]}"
    # With no file to name, an empty folder stands in: the CLI then writes a SARIF log with no
    # results, whose upload closes the alerts of this pull request's earlier runs.
    [ ${#paths[@]} -eq 0 ] && paths=("$(mktemp -d "${RUNNER_TEMP:-/tmp}/no-postmortems.XXXXXX")")
  fi
  options+=(--only-postmortems --pass-with-no-postmortems)
fi

lint() {
  node "$POSTMORTEM_CLI" lint "${options[@]}" "$@" -- "${paths[@]}"
}

if [ "${INPUT_UPLOAD_SARIF:-true}" = true ]; then
  sarif_file="$(mktemp -d "${RUNNER_TEMP:-/tmp}/postmortem-sarif.XXXXXX")/postmortem.sarif"
  lint --format sarif >"$sarif_file" || true
  # Empty when the command line was wrong; the lint below says why.
  if [ -s "$sarif_file" ]; then echo "sarif-file=${sarif_file}" >>"${GITHUB_OUTPUT:-/dev/null}"; fi
fi

status=0
lint --format "${INPUT_FORMAT:-stylish}" "${fail_on[@]}" || status=$?
if [ "$status" -eq 1 ] && [ "$INPUT_FAIL_ON" = never ]; then status=0; fi
exit "$status"
