#!/bin/sh
# Add Accelerator Planner to your desktop's application menu (for you only; no root needed):
#   ./install-desktop-entry.sh               add the menu entry and icon
#   ./install-desktop-entry.sh --uninstall   remove them again (your data stays; see README.txt)
# Run it again after moving this folder: the menu entry points at where the folder is now.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
icons="$data/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$apps" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$icons" || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$apps/accel-planner.desktop" "$icons/scalable/apps/accel-planner.svg"
    for size in $sizes; do rm -f "$icons/${size}x${size}/apps/accel-planner.png"; done
    refresh
    echo "Removed the Accelerator Planner menu entry and icon."
    exit 0
fi

case "$here" in
    *'"'*|*'`'*|*'$'*|*'\'*|*'|'*|*'&'*)
        echo "Move this folder to a path without \" \` \$ \\ | & characters first: $here" >&2
        exit 2 ;;
esac
program="$here/accel-planner"
if [ ! -x "$program" ]; then
    echo "No accel-planner program next to this script ($program)." >&2
    exit 2
fi

icon_source="$here/_internal/resources/icons"
for size in $sizes; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$icon_source/accel-planner-$size.png" "$icons/${size}x${size}/apps/accel-planner.png"
done
mkdir -p "$icons/scalable/apps" "$apps"
cp "$icon_source/accel-planner.svg" "$icons/scalable/apps/accel-planner.svg"
sed -e "s|@EXEC@|\"$program\"|" -e "s|@TRYEXEC@|$program|" "$here/accel-planner.desktop.in" \
    > "$apps/accel-planner.desktop"
chmod 644 "$apps/accel-planner.desktop"
refresh
echo "Added Accelerator Planner to your application menu ($apps/accel-planner.desktop)."
