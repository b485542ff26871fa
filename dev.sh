#!/usr/bin/env bash
# Developer entry point on Debian 12:
#   ./dev.sh run    install what is missing, build the application (release) and start it
#   ./dev.sh test   install what is missing, build everything (warnings are errors), run every test
#   ./dev.sh deps   only install what is missing
# Extra arguments after `run` are passed to the application (`./dev.sh run --smoke-test`
# starts, checks and quits). Logs: build/logs/.
set -euo pipefail
cd "$(dirname "$0")"

# Everything a clean Debian 12 needs, installed without Recommends: a package that is only
# recommended by another one must be named here (Qt6Charts' CMake config needs Qt6OpenGL, which
# qt6-base-dev merely recommends). CI checks this list in a brand-new root on every run.
PACKAGES=(
    # compilers and build tools
    build-essential cmake ninja-build pkg-config
    # Qt: the CMake configs the build loads (Core Gui Widgets Test, Charts, Svg, LinguistTools,
    # and OpenGL/OpenGLWidgets that Charts requires) and the translation tools
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev qt6-charts-dev qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # at run time: the X11/Wayland platform plugins for the window, Qt's own Chinese strings
    qt6-qpa-plugins qt6-translations-l10n
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev
    # the Chinese font of the window and the PDF; pdftotext reads the PDF report back in tests
    fonts-noto-cjk poppler-utils
)

LOGS=build/logs

missing_packages() {
    local p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

install_missing() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        echo "dev.sh: this script installs its packages with apt-get and needs Debian 12." >&2
        exit 1
    fi
    local missing
    mapfile -t missing < <(missing_packages)
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "dev.sh: these packages are missing and you are not root:" >&2
            echo "  ${missing[*]}" >&2
            echo "Install them as root (apt-get install --no-install-recommends ...) and run dev.sh again." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    mkdir -p "$LOGS"
    echo "Installing: ${missing[*]} (log: $LOGS/install.log)"
    if ! { "${sudo[@]}" apt-get update &&
           DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; } \
           >"$LOGS/install.log" 2>&1; then
        tail -n 20 "$LOGS/install.log" >&2
        echo "dev.sh: installing the packages failed; the whole log is $LOGS/install.log" >&2
        exit 1
    fi
}

# Configures and builds one preset (optionally one target); the output is shown and kept in
# build/logs/.
build() {
    local preset=$1 target=${2:-}
    mkdir -p "$LOGS"
    local log="$LOGS/build-$preset.log"
    if ! { cmake --preset "$preset" &&
           cmake --build --preset "$preset" ${target:+--target "$target"}; } 2>&1 | tee "$log"; then
        echo "dev.sh: the build failed; the whole log is $log" >&2
        exit 1
    fi
}

case "${1:-}" in
run)
    shift
    install_missing
    build app ocr-cost-planner
    exec ./build/app/app/ocr-cost-planner "$@"
    ;;
test)
    install_missing
    build ci
    # ctest keeps its own full log in build/ci/Testing/Temporary/LastTest.log.
    ctest --preset ci --output-on-failure
    ;;
deps)
    install_missing
    ;;
*)
    echo "usage: $0 run [APPLICATION ARGUMENTS] | test | deps" >&2
    exit 2
    ;;
esac
