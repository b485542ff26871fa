#!/usr/bin/env bash
# Developer entry point on Debian 12:
#   ./dev.sh run    install what is missing, build (release) and start the planner
#   ./dev.sh test   install what is missing, build (warnings are errors) and run every test
# Extra arguments after `run` are passed to the application.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 qt6-svg-dev libqt6opengl6-dev libgl-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    fonts-noto-cjk
    poppler-utils
)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

case "${1:-}" in
run)
    shift
    install_missing
    build release
    exec ./build/release/app/ocr-cost-planner "$@"
    ;;
test)
    install_missing
    build ci
    ctest --preset ci --output-on-failure
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
