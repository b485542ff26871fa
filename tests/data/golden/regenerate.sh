#!/bin/sh
# Writes the golden outputs that tests/OutputsUnchangedTest.cpp compares with byte for byte.
#
#   tests/data/golden/regenerate.sh PLANNER [CLI_TESTS]
#
# PLANNER: the ocr-cost-planner binary whose outputs are the reference. The files here were
# written by the planner built from commit 2721261, before the model was split into layered
# libraries. Every case of cases.txt runs in a fresh folder with the inputs copied in, with an
# isolated home and settings and nothing else in its environment; its standard output,
# standard error, exit code and every file it created or changed are kept in cli/NAME/.
#
# CLI_TESTS (optional): a cli_tests binary; it rewrites model/, the files saved in-process by
# ScenarioFile::save and PlanFile::save (the command line writes no plan file). The files in
# model/ were written by cli_tests of branch test-support, whose model is that of commit
# ab08f91, which keeps the pre-refactor behaviour.
set -eu

planner=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../../.." && pwd)

inputs() {
    cp "$source_dir/resources/scenarios/sample.json" "$1/sample.json"
    cp "$source_dir/tests/data/budget-2027.ocrplan" "$1/budget-2027.ocrplan"
    cp "$here/usage.csv" "$1/usage.csv"
}

grep -v '^#' "$here/cases.txt" | grep -v '^ *$' | while read -r name language arguments; do
    work=$(mktemp -d)
    home=$(mktemp -d)
    inputs "$work"
    pristine=$(mktemp -d)
    inputs "$pristine"
    if [ "$language" = zh ]; then
        locale=zh_CN.UTF-8
        mkdir -p "$home/config/ocr-cost-planner"
        printf '[General]\nlanguage=zh_CN\n' > "$home/config/ocr-cost-planner/ocr-cost-planner.conf"
    else
        locale=C.UTF-8
    fi
    rm -rf "${here:?}/cli/$name"
    mkdir -p "$here/cli/$name"
    set +e
    # shellcheck disable=SC2086 # the arguments are split at spaces on purpose
    (cd "$work" && env -i HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" QT_QPA_PLATFORM=offscreen LC_ALL=$locale LANG=$locale \
        "$planner" $arguments > "$here/cli/$name/stdout" 2> "$here/cli/$name/stderr")
    echo $? > "$here/cli/$name/exit-code"
    set -e
    for file in "$work"/* "$work"/.[!.]*; do
        [ -e "$file" ] || continue
        base=$(basename "$file")
        if ! cmp -s "$file" "$pristine/$base"; then
            mkdir -p "$here/cli/$name/files"
            cp "$file" "$here/cli/$name/files/$base"
        fi
    done
    rm -rf "$work" "$home" "$pristine"
done

if [ $# -ge 2 ]; then
    OCP_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
        "$2" --gtest_filter='OutputsUnchanged.SavedFile*'
fi
